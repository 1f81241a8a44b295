#include "PgTokenInserter.h"

#include "PgCopyWriter.h"

#include <QSqlError>
#include <QSqlQuery>

namespace {
const QStringList customFieldColumns
    = { QStringLiteral("token_id"), QStringLiteral("name"), QStringLiteral("value") };
} // namespace

PgTokenInserter::PgTokenInserter(const QSqlDatabase& db, const QStringList& columns, int numberColumn)
    : m_db(db)
    , m_columns(columns)
    , m_numberColumn(numberColumn)
{
}

Result<void> PgTokenInserter::exec(const QString& sql)
{
    QSqlQuery query(m_db);
    if (!query.exec(sql))
        return Error(Error::Code::Storage,
                     tr("The import could not run a query: %1").arg(query.lastError().text()),
                     QStringLiteral("store"));
    return {};
}

Result<void> PgTokenInserter::begin()
{
    return {};
}

Result<void> PgTokenInserter::beforeCommit(const ImportFinishing& finishing)
{
    Q_UNUSED(finishing)
    return {};
}

Result<void> PgTokenInserter::copy(const QList<TokenInsert>& rows)
{
    {
        PgCopyWriter tokens(m_db);
        if (Result<void> begun = tokens.begin(QStringLiteral("tokens"), m_columns); !begun)
            return begun;
        for (const TokenInsert& row : rows) {
            if (Result<void> added = tokens.addRow(row.values); !added)
                return added;
        }
        if (Result<void> finished = tokens.finish(); !finished)
            return finished;
    }
    bool anyFields = false;
    for (const TokenInsert& row : rows)
        anyFields = anyFields || !row.customFields.isEmpty();
    if (!anyFields)
        return {};
    PgCopyWriter fields(m_db);
    if (Result<void> begun = fields.begin(QStringLiteral("token_custom_fields"), customFieldColumns); !begun)
        return begun;
    for (const TokenInsert& row : rows) {
        for (auto it = row.customFields.cbegin(); it != row.customFields.cend(); ++it) {
            if (Result<void> added = fields.addRow({ row.values.constFirst(), it.key(), it.value() }); !added)
                return added;
        }
    }
    return fields.finish();
}

Result<QList<ImportRefusal>> PgTokenInserter::insertOneByOne(const QList<TokenInsert>& rows)
{
    QList<ImportRefusal> refused;
    const QString sql = QStringLiteral("INSERT INTO tokens (%1) VALUES (%2)")
                            .arg(m_columns.join(QLatin1Char(',')),
                                 QStringList(m_columns.size(), QStringLiteral("?")).join(QLatin1Char(',')));
    for (int i = 0; i < rows.size(); ++i) {
        if (Result<void> saved = exec(QStringLiteral("SAVEPOINT import_row")); !saved)
            return saved.error();
        QSqlQuery query(m_db);
        query.prepare(sql);
        for (const QVariant& value : rows.at(i).values)
            query.addBindValue(value);
        bool ok = query.exec();
        for (auto it = rows.at(i).customFields.cbegin(); ok && it != rows.at(i).customFields.cend(); ++it) {
            QSqlQuery field(m_db);
            field.prepare(
                QStringLiteral("INSERT INTO token_custom_fields (token_id, name, value) VALUES (?, ?, ?)"));
            field.addBindValue(rows.at(i).values.constFirst());
            field.addBindValue(it.key());
            field.addBindValue(it.value());
            ok = field.exec();
        }
        if (ok) {
            if (Result<void> released = exec(QStringLiteral("RELEASE SAVEPOINT import_row")); !released)
                return released.error();
            continue;
        }
        if (query.lastError().nativeErrorCode() != QLatin1String("23505"))
            return Error(Error::Code::Storage,
                         tr("The import could not save a token: %1").arg(query.lastError().text()),
                         QStringLiteral("store"));
        if (Result<void> undone = exec(QStringLiteral("ROLLBACK TO SAVEPOINT import_row")); !undone)
            return undone.error();
        const QString field = query.lastError().databaseText().contains(QLatin1String("authentication_code"))
            ? QStringLiteral("authentication_code")
            : QStringLiteral("identifier");
        refused.append({ i,
                         Error(Error::Code::DuplicateIdentifier,
                               tr("Another token already has this %1").arg(field), field) });
    }
    return refused;
}

Result<QList<ImportRefusal>> PgTokenInserter::insert(QList<TokenInsert>& rows, const TokenInsertSource& fill)
{
    if (rows.isEmpty())
        return QList<ImportRefusal>();
    // COPY sends the batch as one stream, and a refused one is sent again row by row: every row's
    // values are needed at once.
    for (qsizetype i = 0; i < rows.size(); ++i)
        fill(i, rows[i]);
    QSqlQuery numbers(m_db);
    numbers.setForwardOnly(true);
    if (!numbers.exec(QStringLiteral("SELECT nextval('token_number_sequence') FROM generate_series(1, %1)")
                          .arg(rows.size())))
        return Error(Error::Code::Storage,
                     tr("The import could not draw token numbers: %1").arg(numbers.lastError().text()),
                     QStringLiteral("store"));
    for (TokenInsert& row : rows) {
        if (!numbers.next())
            return Error(Error::Code::Storage, tr("The import could not draw token numbers"),
                         QStringLiteral("store"));
        row.number = tokenNumber(numbers.value(0).toLongLong());
        row.values[m_numberColumn] = row.number;
    }
    if (Result<void> saved = exec(QStringLiteral("SAVEPOINT import_batch")); !saved)
        return saved.error();
    const Result<void> copied = copy(rows);
    if (copied)
        return exec(QStringLiteral("RELEASE SAVEPOINT import_batch")).ok()
            ? Result<QList<ImportRefusal>>(QList<ImportRefusal>())
            : Result<QList<ImportRefusal>>(Error(
                Error::Code::Storage, tr("The import could not save a batch"), QStringLiteral("store")));
    if (copied.error().code() != Error::Code::DuplicateIdentifier)
        return copied.error();
    if (Result<void> undone = exec(QStringLiteral("ROLLBACK TO SAVEPOINT import_batch")); !undone)
        return undone.error();
    return insertOneByOne(rows);
}
