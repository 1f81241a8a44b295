#include "SqlImportSession.h"

#include "ImportWorker.h"
#include "SecretGenerator.h"
#include "SqlSchema.h"
#include "SqlTokenFilter.h"
#include "TransitionTable.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>

namespace {
constexpr int codeDigits = 6;

// Errors that refuse one row; anything else (storage, network) stops the import.
bool isRowError(const Error& error)
{
    switch (error.code()) {
    case Error::Code::Validation:
    case Error::Code::DuplicateIdentifier:
    case Error::Code::InvalidState:
    case Error::Code::NotFound:
    case Error::Code::Conflict:
        return true;
    default:
        return false;
    }
}

QVariant nullableText(const QString& text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

// A token's stored columns and custom fields, as undoImport() puts them back.
QString snapshotOf(const QList<std::pair<QString, QVariant>>& columns,
                   const QMap<QString, QString>& customFields)
{
    QJsonObject values;
    for (const auto& [name, value] : columns)
        values.insert(name, value.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue::fromVariant(value));
    QJsonObject fields;
    for (auto it = customFields.cbegin(); it != customFields.cend(); ++it)
        fields.insert(it.key(), it.value());
    return QString::fromUtf8(QJsonDocument(QJsonObject { { QStringLiteral("columns"), values },
                                                         { QStringLiteral("custom_fields"), fields } })
                                 .toJson(QJsonDocument::Compact));
}
} // namespace

SqlImportSession::SqlImportSession(SqlTokenStore& store, const ImportSessionOptions& options,
                                   TokenSettings settings)
    : m_store(store)
    , m_options(options)
    , m_settings(std::move(settings))
    , m_hasher(SqlTokenStore::hasherFor(m_settings))
    , m_idPrefix(SecretGenerator::hexId().left(24))
{
    m_columns.append(QStringLiteral("id"));
    m_columns += SqlTokenStore::columnNames();
    m_columns.append(QStringLiteral("import_id"));
    m_inserter
        = TokenRowInserter::create(m_store.m_db, m_columns, int(m_columns.indexOf(QStringLiteral("number"))));
}

SqlImportSession::~SqlImportSession()
{
    if (m_inTransaction)
        m_store.run(QStringLiteral("ROLLBACK"));
    m_store.m_importOpen = false;
    // The inserter's statements must be gone before the store is used again.
    m_inserter.reset();
}

QString SqlImportSession::statusName(ImportTally::Status status)
{
    switch (status) {
    case ImportTally::Status::Running:
        return QStringLiteral("running");
    case ImportTally::Status::Completed:
        return QStringLiteral("completed");
    case ImportTally::Status::Cancelled:
        return QStringLiteral("cancelled");
    case ImportTally::Status::Failed:
        return QStringLiteral("failed");
    }
    return QString();
}

Result<std::unique_ptr<TokenImportSession>> SqlImportSession::begin(SqlTokenStore& store,
                                                                    const ImportSessionOptions& options)
{
    const Result<TokenSettings> settings = store.settings();
    if (!settings)
        return settings.error();
    std::unique_ptr<SqlImportSession> session(new SqlImportSession(store, options, settings.value()));
    session->m_startedAt = store.m_clock->now().toUTC();
    if (session->isLargeAtomic())
        session->m_inserter->chooseJournal(options.expectedRows);
    if (Result<void> opened = session->openTransaction(); !opened)
        return opened.error();
    if (options.dryRun)
        return std::unique_ptr<TokenImportSession>(std::move(session));
    if (Result<void> recorded = session->insertRecord(ImportTally()); !recorded)
        return recorded.error();
    if (session->isLargeAtomic()) {
        if (Result<void> prepared
            = session->m_inserter->prepareLargeImport(options.expectedRows, SqlSchema::tokenLookupIndexes());
            !prepared)
            return prepared.error();
    }
    // Skip-invalid shows up as running at once; an atomic import's record is part of its one
    // transaction.
    if (!options.atomic) {
        if (Result<QSqlQuery> committed = store.run(QStringLiteral("COMMIT")); !committed)
            return committed.error();
        session->m_inTransaction = false;
        store.m_importOpen = false;
    }
    return std::unique_ptr<TokenImportSession>(std::move(session));
}

Result<void> SqlImportSession::openTransaction()
{
    if (m_inTransaction)
        return {};
    // A dry run reads in one transaction: SQLite then takes and releases no lock per lookup.
    if (Result<QSqlQuery> begun
        = m_store.run(m_options.dryRun ? m_store.m_dialect->beginRead() : m_store.m_dialect->beginWrite());
        !begun)
        return begun.error();
    m_inTransaction = true;
    // Calls on the store made by the import (settings, references) join this transaction.
    m_store.m_importOpen = true;
    return m_options.dryRun ? Result<void>() : m_inserter->begin();
}

bool SqlImportSession::isLargeAtomic() const
{
    // Below this, building eleven indexes costs more than keeping them for the rows added.
    constexpr qint64 smallestLarge = 20000;
    return m_options.atomic && !m_options.dryRun && m_options.expectedRows >= smallestLarge;
}

int SqlImportSession::stepsAfterRows() const
{
    return m_inserter->deferredIndexCount();
}

Result<void> SqlImportSession::insertRecord(const ImportTally& tally)
{
    Result<QSqlQuery> inserted = m_store.run(
        QStringLiteral(
            "INSERT INTO imports (started_at, finished_at, user_name, unit, file_name, mapping, mode, "
            "created, updated, unchanged, rejected, errors, status, worker, progress_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
        { SqlTokenFilter::storedDateTime(m_startedAt),
          tally.status == ImportTally::Status::Running
              ? QVariant(QMetaType::fromType<QString>())
              : QVariant(SqlTokenFilter::storedDateTime(m_store.m_clock->now())),
          nullableText(m_store.m_user), nullableText(m_store.m_unit), m_options.fileName, m_options.mapping,
          ImportRecord::modeOf(m_options.atomic, m_options.upsertBy), tally.created, tally.updated,
          tally.unchanged, tally.rejected, nullableText(tally.errors), statusName(tally.status),
          ImportWorker::current(), SqlTokenFilter::storedDateTime(m_store.m_clock->now()) });
    if (!inserted)
        return inserted.error();
    if (!inserted->next())
        return Error(Error::Code::Storage, tr("The store could not record the import"),
                     QStringLiteral("store"));
    m_importId = inserted->value(0).toLongLong();
    return {};
}

Result<void> SqlImportSession::updateRecord(const ImportTally& tally)
{
    Result<QSqlQuery> updated = m_store.run(
        QStringLiteral(
            "UPDATE imports SET finished_at = ?, created = ?, updated = ?, unchanged = ?, rejected = ?, "
            "errors = ?, status = ?, progress_at = ? WHERE id = ?"),
        { tally.status == ImportTally::Status::Running
              ? QVariant(QMetaType::fromType<QString>())
              : QVariant(SqlTokenFilter::storedDateTime(m_store.m_clock->now())),
          tally.created, tally.updated, tally.unchanged, tally.rejected, nullableText(tally.errors),
          statusName(tally.status), SqlTokenFilter::storedDateTime(m_store.m_clock->now()), m_importId });
    if (!updated)
        return updated.error();
    return {};
}

Result<QList<AccessToken>> SqlImportSession::findExisting(const QString& field, const QStringList& values)
{
    if (field != QLatin1String("identifier") && field != QLatin1String("authentication_code"))
        return Error(Error::Code::Usage, tr("Tokens cannot be looked up by %1").arg(field), field);
    // In slices well below the engines' limits on the parameters of a statement.
    constexpr int slice = 1000;
    QList<AccessToken> tokens;
    for (qsizetype from = 0; from < values.size(); from += slice) {
        const qsizetype count = qMin<qsizetype>(slice, values.size() - from);
        QVariantList ids;
        if (std::optional<Result<QVariantList>> direct
            = m_inserter->idsWhere(field, values.mid(from, count))) {
            if (!*direct)
                return direct->error();
            ids = std::move(*direct).value();
        } else {
            QVariantList bindings;
            bindings.reserve(count);
            for (qsizetype i = from; i < from + count; ++i)
                bindings.append(values.at(i));
            // Ids first, from the unique index alone: with the joins of a full token, PostgreSQL's
            // planner (which has no statistics for rows this transaction wrote) chose a merge join
            // that scanned a whole index for every batch.
            Result<QSqlQuery> found
                = m_store.run(QStringLiteral("SELECT id FROM tokens WHERE %1 IN (%2)")
                                  .arg(field, QStringList(count, QStringLiteral("?")).join(QLatin1Char(','))),
                              bindings);
            if (!found)
                return found.error();
            while (found->next())
                ids.append(found->value(0));
        }
        if (ids.isEmpty())
            continue;
        Result<QList<SqlTokenStore::Row>> rows = m_store.selectRows(
            QStringLiteral(" WHERE t.id IN (%1)")
                .arg(QStringList(ids.size(), QStringLiteral("?")).join(QLatin1Char(','))),
            ids);
        if (!rows)
            return rows.error();
        for (const SqlTokenStore::Row& row : std::as_const(*rows))
            tokens.append(row.token);
    }
    return tokens;
}

std::optional<PassCodeHasher> SqlImportSession::passCodeHasher() const
{
    return m_hasher;
}

QString SqlImportSession::nextId()
{
    // Written by hand: every imported row takes one, and QString::arg plus toUpper cost three
    // allocations.
    static constexpr char16_t hex[] = u"0123456789ABCDEF";
    constexpr int counterDigits = 8;
    QString id(m_idPrefix.size() + counterDigits, Qt::Uninitialized);
    QChar* out = id.data();
    std::copy(m_idPrefix.cbegin(), m_idPrefix.cend(), out);
    quint32 counter = ++m_idCounter;
    for (int i = int(id.size()) - 1; i >= int(m_idPrefix.size()); --i, counter >>= 4)
        out[i] = QChar(hex[counter & 0xF]);
    return id;
}

Result<SqlTokenStore::Row> SqlImportSession::newRow(const ImportRow& in, QStringList& messages)
{
    SqlTokenStore::Row row;
    const TokenPatch& patch = in.patch;
    if (Result<void> references = m_store.applyReferences(patch, m_settings, row); !references)
        return references.error();
    const TokenRules& rules = m_settings.rulesFor(row.classificationId);
    // Refused before anything is generated or hashed for it.
    const LifeCycleState initial = rules.initialState();
    if (in.state == LifeCycleState::NotEffective) {
        if (Error refused = TransitionTable::check(Operation::SetNotEffective, initial); refused.isError())
            return refused;
    }
    AccessToken& t = row.token;
    patch.applyTo(t);

    if (!patch.identifier.isSet() && rules.identifierGeneration != TokenRules::IdentifierGeneration::None) {
        for (int attempt = 0; attempt < 8 && t.identifier.isEmpty(); ++attempt) {
            const QString candidate
                = rules.identifierGeneration == TokenRules::IdentifierGeneration::AutoNumber
                ? SecretGenerator::digits(10)
                : SecretGenerator::alphanumeric(10);
            Result<QSqlQuery> taken
                = m_store.run(QStringLiteral("SELECT 1 FROM tokens WHERE identifier = ?"), { candidate });
            if (!taken)
                return taken.error();
            if (!taken->next())
                t.identifier = candidate;
        }
        // A later row of the file may name the same identifier. Generated authentication codes
        // are random 128-bit values no file names by chance.
        if (!t.identifier.isEmpty())
            m_inserter->noteGenerated(QStringLiteral("identifier"), t.identifier);
    }
    if (!patch.authenticationCode.isSet()
        && rules.authenticationCodeGeneration == TokenRules::CodeGeneration::Auto)
        t.authenticationCode = SecretGenerator::hexId();

    if (patch.passCode.isSet() && !patch.passCode.value().isEmpty()) {
        row.passCodeHash
            = in.passCodeHash.isEmpty() ? m_hasher.hash(patch.passCode.value()) : in.passCodeHash;
        if (row.passCodeHash.isEmpty())
            return Error(Error::Code::Storage, SqlTokenStore::tr("The pass code could not be hashed"));
    } else if (!t.identifier.isEmpty() && rules.passCodeGeneration == TokenRules::CodeGeneration::Auto) {
        if (!t.isAssociated())
            return Error(
                Error::Code::Validation,
                SqlTokenStore::tr(
                    "A generated pass code must be sent to someone: give an accounts receivable or a "
                    "reward participant"),
                QStringLiteral("accounts_receivable"));
        row.passCodeHash = m_hasher.hash(SecretGenerator::passCode(rules.passCodeRules));
        messages.append(QStringLiteral("random_pass_code"));
    }
    t.hasPassCode = !row.passCodeHash.isEmpty();
    t.lifeCycleState = in.state == LifeCycleState::NotEffective ? LifeCycleState::NotEffective : initial;
    if (rules.verificationRequired) {
        row.verificationCodeHash = m_hasher.hash(SecretGenerator::digits(codeDigits));
        messages.append(QStringLiteral("verification_code"));
    }

    t.id = nextId();
    const QDateTime now = m_store.m_clock->now().toUTC();
    t.logInformation = { now, now, m_store.m_user, m_store.m_user, m_store.m_unit, m_store.m_unit };
    t.version = 1;
    return row;
}

Result<void> SqlImportSession::update(const ImportRow& in)
{
    Result<std::optional<SqlTokenStore::Row>> found
        = m_store.selectRow(QStringLiteral("t.id = ?"), { in.existingId }, true);
    if (!found)
        return found.error();
    if (!found->has_value())
        return Error(Error::Code::NotFound, tr("The token to update is gone"), QStringLiteral("id"));
    const SqlTokenStore::Row before = **found;
    SqlTokenStore::Row row = before;
    AccessToken& t = row.token;
    const TokenPatch& patch = in.patch;
    if (Result<void> references = m_store.applyReferences(patch, m_settings, row); !references)
        return references;
    patch.applyTo(t);
    if (patch.passCode.isSet() && !patch.passCode.value().isEmpty()) {
        row.passCodeHash
            = in.passCodeHash.isEmpty() ? m_hasher.hash(patch.passCode.value()) : in.passCodeHash;
        t.hasPassCode = true;
    }
    if (in.state && *in.state != t.lifeCycleState) {
        if (*in.state == LifeCycleState::PendingVerification)
            return Error(Error::Code::InvalidState,
                         tr("A token cannot be moved back to PENDING_VERIFICATION by an import"),
                         QStringLiteral("life_cycle_state"));
        const Operation operation = *in.state == LifeCycleState::NotEffective ? Operation::SetNotEffective
                                                                              : Operation::SetEffective;
        if (Error refused = TransitionTable::check(operation, t.lifeCycleState); refused.isError())
            return refused;
        t.lifeCycleState = *in.state;
    }
    m_store.touch(t);
    if (Result<void> written = m_store.writeRow(row, &before); !written)
        return written;
    Result<QSqlQuery> kept = m_store.run(
        QStringLiteral(
            "INSERT INTO import_updates (import_id, token_id, version_after, previous) VALUES (?, ?, ?, ?)"),
        { m_importId, t.id, t.version,
          snapshotOf(SqlTokenStore::columnsOf(before), before.token.customFields) });
    if (!kept)
        return kept.error();
    return {};
}

Result<QList<ImportRefusal>> SqlImportSession::write(const QList<ImportRow>& rows)
{
    if (m_options.dryRun)
        return Error(Error::Code::Usage, tr("A dry run writes no tokens"));
    if (Result<void> opened = openTransaction(); !opened)
        return opened.error();
    QList<ImportRefusal> refused;
    // The new tokens, built here on the store's thread (references and generated identifiers are
    // looked up in the store); the inserter turns them into column values as it writes.
    QList<SqlTokenStore::Row> built;
    QList<int> insertedFrom;
    // The few new tokens that queue a message, by their place in built.
    QList<std::pair<int, QStringList>> messages;
    built.reserve(rows.size());
    insertedFrom.reserve(rows.size());
    for (int i = 0; i < rows.size(); ++i) {
        const ImportRow& in = rows.at(i);
        if (!in.existingId.isEmpty()) {
            // A savepoint per update: a refused one leaves nothing, even on PostgreSQL, where a
            // failed statement would otherwise end the whole transaction.
            if (Result<QSqlQuery> saved = m_store.run(QStringLiteral("SAVEPOINT import_update")); !saved)
                return saved.error();
            const Result<void> updated = update(in);
            if (!updated) {
                m_store.run(QStringLiteral("ROLLBACK TO SAVEPOINT import_update"));
                if (!isRowError(updated.error()))
                    return updated.error();
                refused.append({ i, updated.error() });
            }
            if (Result<QSqlQuery> released = m_store.run(QStringLiteral("RELEASE SAVEPOINT import_update"));
                !released)
                return released.error();
            continue;
        }
        QStringList kinds;
        Result<SqlTokenStore::Row> row = newRow(in, kinds);
        if (!row) {
            if (!isRowError(row.error()))
                return row.error();
            refused.append({ i, row.error() });
            continue;
        }
        if (!kinds.isEmpty())
            messages.append({ int(built.size()), kinds });
        built.append(std::move(row).value());
        insertedFrom.append(i);
    }
    QList<TokenInsert> inserts(built.size());
    const qint64 importId = m_importId;
    const qsizetype columns = m_columns.size();
    Result<QList<ImportRefusal>> inserted
        = m_inserter->insert(inserts, [&built, importId, columns](qsizetype index, TokenInsert& insert) {
              const SqlTokenStore::Row& row = built.at(index);
              insert.values.reserve(columns);
              insert.values.append(row.token.id);
              SqlTokenStore::appendColumnValues(row, insert.values);
              insert.values.append(importId);
              insert.customFields = row.token.customFields;
          });
    if (!inserted)
        return inserted.error();
    QSet<int> failed;
    for (const ImportRefusal& refusal : inserted.value()) {
        refused.append({ insertedFrom.at(refusal.index), refusal.error });
        failed.insert(refusal.index);
    }
    for (const auto& [index, kinds] : std::as_const(messages)) {
        if (failed.contains(index))
            continue;
        for (const QString& kind : kinds) {
            AccessToken token = built.at(index).token;
            token.number = inserts.at(index).number;
            if (Result<void> queued = m_store.queueMessage(kind, token, m_store.recipientOf(token),
                                                           kind == QLatin1String("verification_code")
                                                               ? SqlTokenStore::tr("verification code issued")
                                                               : SqlTokenStore::tr("pass code generated"));
                !queued)
                return queued.error();
        }
    }
    std::sort(refused.begin(), refused.end(),
              [](const ImportRefusal& a, const ImportRefusal& b) { return a.index < b.index; });
    return refused;
}

Result<void> SqlImportSession::commit(const ImportTally& tally)
{
    if (m_options.dryRun)
        return {};
    if (Result<void> opened = openTransaction(); !opened)
        return opened;
    if (Result<void> recorded = updateRecord(tally); !recorded)
        return recorded;
    if (tally.status != ImportTally::Status::Running) {
        AccessToken none;
        if (Result<void> audited = m_store.audit(
                QStringLiteral("import"), none,
                QStringLiteral("import %1 of %2: %3 created, %4 updated, %5 unchanged, %6 rejected")
                    .arg(m_importId)
                    .arg(m_options.fileName)
                    .arg(tally.created)
                    .arg(tally.updated)
                    .arg(tally.unchanged)
                    .arg(tally.rejected));
            !audited)
            return audited;
    }
    // One notice to other clients for the whole import: "any token may have changed".
    if (Result<void> notified = m_store.notifyChanged(QString()); !notified)
        return notified;
    if (Result<void> numbered = m_inserter->beforeCommit(m_options.finishing); !numbered)
        return numbered;
    Result<QSqlQuery> committed = m_store.run(QStringLiteral("COMMIT"));
    if (!committed) {
        m_store.run(QStringLiteral("ROLLBACK"));
        m_inTransaction = false;
        m_store.m_importOpen = false;
        return committed.error();
    }
    m_inTransaction = false;
    m_store.m_importOpen = false;
    m_inserter->restoreJournal();
    return {};
}

Result<void> SqlImportSession::rollback(const ImportTally& tally)
{
    if (m_options.dryRun)
        return {};
    if (m_inTransaction) {
        m_store.run(QStringLiteral("ROLLBACK"));
        m_inTransaction = false;
        m_store.m_importOpen = false;
    }
    // What was tried stays on record, even when nothing of it remains.
    if (Result<void> opened = openTransaction(); !opened)
        return opened;
    Result<void> recorded = m_options.atomic ? insertRecord(tally) : updateRecord(tally);
    if (!recorded)
        return recorded;
    if (Result<QSqlQuery> committed = m_store.run(QStringLiteral("COMMIT")); !committed)
        return committed.error();
    m_inTransaction = false;
    m_store.m_importOpen = false;
    return {};
}
