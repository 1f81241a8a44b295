#include "SqlSchema.h"

#include <QSqlError>
#include <QSqlQuery>

SqlSchema::SqlSchema(const SqlDialect& dialect)
    : m_dialect(dialect)
{
}

int SqlSchema::latestVersion() const
{
    return int(migrations().size());
}

QList<QStringList> SqlSchema::migrations() const
{
    return { version1(), version2(), version3(), version4(), version5() };
}

QStringList SqlSchema::version5() const
{
    // An import's record counts the rows that named a token and changed nothing in it: an import
    // run again reads as "unchanged", not as one that did nothing.
    return { QStringLiteral("ALTER TABLE imports ADD COLUMN unchanged %1 NOT NULL DEFAULT 0")
                 .arg(m_dialect.integerType()) };
}

QStringList SqlSchema::version4() const
{
    // Most tokens name no classification, account or participant: indexing only those that do
    // keeps these indexes small, and a bulk import of such tokens builds them in a moment. Lookups
    // by an id (column = ?) and the foreign keys' checks use them as before.
    QStringList statements;
    for (const auto& [name, create] : referenceIndexes())
        statements << QStringLiteral("DROP INDEX ") + name << create;
    return statements;
}

QStringList SqlSchema::version3() const
{
    // Who runs an import and when it last committed a batch: a skip-invalid import that was cut
    // off is told from one still running (ImportWorker).
    return { QStringLiteral("ALTER TABLE imports ADD COLUMN worker TEXT"),
             QStringLiteral("ALTER TABLE imports ADD COLUMN progress_at TEXT") };
}

QStringList SqlSchema::version2() const
{
    const QString integer = m_dialect.integerType();
    // Every import, and what undoing one needs: the tokens it created carry its id, the previous
    // values of those it updated are kept (as JSON of the stored columns and custom fields).
    return {
        QStringLiteral(
            "CREATE TABLE imports (id %1, started_at TEXT NOT NULL, finished_at TEXT, user_name TEXT, "
            "unit TEXT, file_name TEXT, mapping TEXT, mode TEXT NOT NULL, created %2 NOT NULL, "
            "updated %2 NOT NULL, rejected %2 NOT NULL, errors TEXT, status TEXT NOT NULL)")
            .arg(m_dialect.autoIncrementKey(), integer),
        QStringLiteral(
            "CREATE TABLE import_updates (import_id %1 NOT NULL, token_id TEXT NOT NULL, "
            "version_after %1 NOT NULL, previous TEXT NOT NULL, PRIMARY KEY (import_id, token_id))")
            .arg(integer),
        // No index on import_id: only undo looks tokens up by it, and every imported row would pay for one.
        QStringLiteral("ALTER TABLE tokens ADD COLUMN import_id %1").arg(integer),
    };
}

QStringList SqlSchema::version1() const
{
    const QString key = m_dialect.keyTextType();
    const QString integer = m_dialect.integerType();
    const QString real = m_dialect.realType();
    const QString serial = m_dialect.autoIncrementKey();

    QString udfColumns;
    for (int i = 1; i <= 8; ++i)
        udfColumns += QStringLiteral(", udf_string_%1 TEXT").arg(i);
    for (int i = 1; i <= 4; ++i)
        udfColumns += QStringLiteral(", udf_float_%1 %2").arg(i).arg(real);
    for (int i = 1; i <= 4; ++i)
        udfColumns += QStringLiteral(", udf_date_%1 TEXT").arg(i);

    // The *_key columns hold the lower-cased value ('' when unset) that search, column filters,
    // sorting and keyset paging use, each indexed together with number: a case-insensitive prefix
    // is then an index range scan on both engines, and there are no NULLs to order.
    QStringList statements = {
        QStringLiteral("CREATE TABLE settings (scope TEXT NOT NULL, name TEXT NOT NULL, value TEXT NOT NULL, "
                       "PRIMARY KEY (scope, name))"),
        QStringLiteral("CREATE TABLE classifications (id TEXT PRIMARY KEY, name TEXT NOT NULL UNIQUE, "
                       "alternative_code TEXT, description TEXT)"),
        QStringLiteral("CREATE TABLE accounts_receivable (id TEXT PRIMARY KEY, number TEXT NOT NULL UNIQUE, "
                       "number_key %1 NOT NULL, name TEXT, name_key %1 NOT NULL, life_cycle_state TEXT, "
                       "owner_name TEXT)")
            .arg(key),
        QStringLiteral("CREATE INDEX ix_accounts_receivable_number_key ON accounts_receivable (number_key)"),
        QStringLiteral("CREATE INDEX ix_accounts_receivable_name_key ON accounts_receivable (name_key)"),
        QStringLiteral("CREATE TABLE reward_participants (id TEXT PRIMARY KEY, number TEXT NOT NULL UNIQUE, "
                       "number_key %1 NOT NULL, life_cycle_state TEXT)")
            .arg(key),
        QStringLiteral("CREATE INDEX ix_reward_participants_number_key ON reward_participants (number_key)"),
        QStringLiteral(
            "CREATE TABLE tokens (id TEXT PRIMARY KEY, number %1 NOT NULL UNIQUE, "
            "life_cycle_state %1 NOT NULL, identifier TEXT UNIQUE, identifier_key %1 NOT NULL, "
            "authentication_code TEXT NOT NULL UNIQUE, authentication_code_key %1 NOT NULL, "
            "card_masked_number TEXT, pass_code_hash TEXT, verification_code_hash TEXT, verified_date TEXT, "
            "classification_id TEXT REFERENCES classifications (id), classification_key %1 NOT NULL, "
            "account_id TEXT REFERENCES accounts_receivable (id), account_key %1 NOT NULL, "
            "participant_id TEXT REFERENCES reward_participants (id), participant_key %1 NOT NULL"
            "%2, created_date %1 NOT NULL, updated_date %1 NOT NULL, created_by_user TEXT, "
            "updated_by_user TEXT, created_by_unit TEXT, updated_by_unit TEXT, version %3 NOT NULL)")
            .arg(key, udfColumns, integer),
        QStringLiteral(
            "CREATE TABLE token_custom_fields (token_id TEXT NOT NULL REFERENCES tokens (id) "
            "ON DELETE CASCADE, name TEXT NOT NULL, value TEXT NOT NULL, PRIMARY KEY (token_id, name))"),
        QStringLiteral(
            "CREATE TABLE one_time_passwords (id %1, token_id TEXT NOT NULL REFERENCES tokens (id) "
            "ON DELETE CASCADE, hash TEXT NOT NULL, expires_at TEXT NOT NULL, used %2 NOT NULL)")
            .arg(serial, integer),
        QStringLiteral("CREATE INDEX ix_one_time_passwords_token ON one_time_passwords (token_id)"),
        QStringLiteral("CREATE TABLE outbox (id %1, kind TEXT NOT NULL, token_id TEXT, token_number TEXT, "
                       "recipient TEXT, created_at TEXT NOT NULL, details TEXT)")
            .arg(serial),
        QStringLiteral("CREATE TABLE audit_trail (id %1, at TEXT NOT NULL, user_name TEXT, unit TEXT, "
                       "operation TEXT NOT NULL, token_id TEXT, token_number TEXT, details TEXT)")
            .arg(serial),
        QStringLiteral("CREATE INDEX ix_audit_trail_token ON audit_trail (token_id, id)"),
        QStringLiteral("CREATE INDEX ix_audit_trail_number ON audit_trail (token_number, id)"),
    };
    // Spelled out, not taken from sortKeyColumns() or referenceColumns(): a shipped migration must
    // not change with them (version 4 narrowed the reference indexes).
    for (const char* column :
         { "life_cycle_state", "identifier_key", "authentication_code_key", "classification_key",
           "account_key", "participant_key", "created_date", "updated_date" })
        statements.append(
            QStringLiteral("CREATE INDEX ix_tokens_%1 ON tokens (%1, number)").arg(QLatin1String(column)));
    for (const char* column : { "classification_id", "account_id", "participant_id" })
        statements.append(
            QStringLiteral("CREATE INDEX ix_tokens_%1 ON tokens (%1)").arg(QLatin1String(column)));
    statements += m_dialect.createNumberSequence();
    return statements;
}

QList<std::pair<QString, QString>> SqlSchema::tokenLookupIndexes()
{
    QList<std::pair<QString, QString>> indexes;
    for (const QString& column : sortKeyColumns())
        indexes.append({ QStringLiteral("ix_tokens_") + column,
                         QStringLiteral("CREATE INDEX ix_tokens_%1 ON tokens (%1, number)").arg(column) });
    return indexes + referenceIndexes();
}

QStringList SqlSchema::sortKeyColumns()
{
    return { QStringLiteral("life_cycle_state"),
             QStringLiteral("identifier_key"),
             QStringLiteral("authentication_code_key"),
             QStringLiteral("classification_key"),
             QStringLiteral("account_key"),
             QStringLiteral("participant_key"),
             QStringLiteral("created_date"),
             QStringLiteral("updated_date") };
}

QStringList SqlSchema::referenceColumns()
{
    return { QStringLiteral("classification_id"), QStringLiteral("account_id"),
             QStringLiteral("participant_id") };
}

QList<std::pair<QString, QString>> SqlSchema::referenceIndexes()
{
    QList<std::pair<QString, QString>> indexes;
    for (const QString& column : referenceColumns())
        indexes.append(
            { QStringLiteral("ix_tokens_") + column,
              QStringLiteral("CREATE INDEX ix_tokens_%1 ON tokens (%1) WHERE %1 IS NOT NULL").arg(column) });
    return indexes;
}

Result<int> SqlSchema::currentVersion(QSqlDatabase& db) const
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT MAX(version) FROM schema_version")))
        return Error(Error::Code::Storage,
                     tr("The store could not read its schema version: %1").arg(query.lastError().text()),
                     QStringLiteral("store"));
    return query.next() && !query.value(0).isNull() ? query.value(0).toInt() : 0;
}

Error SqlSchema::newerSchema(int version) const
{
    return Error(Error::Code::Storage,
                 tr("The store has schema version %1, but this TokenDesk knows only up to version %2; "
                    "open it with a newer TokenDesk")
                     .arg(version)
                     .arg(latestVersion()),
                 QStringLiteral("store"));
}

Result<void> SqlSchema::migrate(QSqlDatabase& db) const
{
    auto fail = [this](const QSqlQuery& query) {
        if (std::optional<Error> busy = m_dialect.busyError(query.lastError()))
            return *busy;
        return Error(Error::Code::Storage,
                     tr("The store could not upgrade its schema: %1").arg(query.lastError().text()),
                     QStringLiteral("store"));
    };
    // A store already at this version is only read: it then opens while another program holds the
    // write lock, as an import does for most of a minute on a million rows.
    if (const Result<int> current = currentVersion(db); current && *current >= latestVersion())
        return *current == latestVersion() ? Result<void>() : Result<void>(newerSchema(*current));
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_version (version %1 NOT NULL)")
                        .arg(m_dialect.integerType())))
        return fail(query);
    if (!query.exec(m_dialect.beginWrite()))
        return fail(query);
    auto rollback = [&db]() {
        QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
    };
    if (const QString lock = m_dialect.lockTable(QStringLiteral("schema_version"));
        !lock.isEmpty() && !query.exec(lock)) {
        const Error error = fail(query);
        rollback();
        return error;
    }

    const Result<int> current = currentVersion(db);
    if (!current) {
        rollback();
        return current.error();
    }
    const QList<QStringList> steps = migrations();
    if (*current > steps.size()) {
        rollback();
        return newerSchema(*current);
    }
    for (int version = *current + 1; version <= steps.size(); ++version) {
        for (const QString& statement : steps.at(version - 1)) {
            if (!query.exec(statement)) {
                const Error error = fail(query);
                rollback();
                return error;
            }
        }
        query.prepare(QStringLiteral("INSERT INTO schema_version (version) VALUES (?)"));
        query.addBindValue(version);
        if (!query.exec()) {
            const Error error = fail(query);
            rollback();
            return error;
        }
    }
    if (!query.exec(QStringLiteral("COMMIT"))) {
        const Error error = fail(query);
        rollback();
        return error;
    }
    return {};
}
