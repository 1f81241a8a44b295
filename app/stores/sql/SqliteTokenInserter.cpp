#include "SqliteTokenInserter.h"

#include <QFuture>
#include <QScopeGuard>
#include <QStringEncoder>
#include <QThread>
#include <QtConcurrent/QtConcurrentRun>
#include <algorithm>
#include <sqlite3.h>

namespace {
// 40 MiB (a negative cache_size is in KiB): the unique indexes a million-row import probes stay
// cached, and the process stays under 150 MB.
constexpr int importCacheKiB = 40 * 1024;
// While deferred indexes are built: SQLite's sorter keeps up to this much per thread.
constexpr int indexBuildCacheKiB = 16 * 1024;
} // namespace

SqliteTokenInserter::SqliteTokenInserter(sqlite3* connection, const QStringList& columns, int numberColumn)
    : m_connection(connection)
    , m_numberColumn(numberColumn)
    , m_columnCount(int(columns.size()))
{
    m_insertSql = QStringLiteral("INSERT INTO tokens (%1) VALUES (%2)")
                      .arg(columns.join(QLatin1Char(',')),
                           QStringList(columns.size(), QStringLiteral("?")).join(QLatin1Char(',')));
    m_previousCacheSize = pragma("cache_size");
    exec(QByteArray("PRAGMA cache_size = -" + QByteArray::number(importCacheKiB)).constData());
    m_boundNull.fill(true, m_columnCount);
    if (QThread::idealThreadCount() > 1) {
        m_encoding = std::make_unique<QThreadPool>();
        m_encoding->setMaxThreadCount(1);
    }
}

SqliteTokenInserter::~SqliteTokenInserter()
{
    sqlite3_finalize(m_insertToken);
    sqlite3_finalize(m_insertField);
    for (sqlite3_stmt* lookup : std::as_const(m_lookups))
        sqlite3_finalize(lookup);
    restoreJournal();
    if (m_previousCacheSize != 0)
        exec(QByteArray("PRAGMA cache_size = " + QByteArray::number(m_previousCacheSize)).constData());
}

Error SqliteTokenInserter::failure(const QString& what) const
{
    return Error(Error::Code::Storage,
                 tr("The import could not %1: %2").arg(what, QString::fromUtf8(sqlite3_errmsg(m_connection))),
                 QStringLiteral("store"));
}

std::optional<qint64> SqliteTokenInserter::integer(const char* sql) const
{
    sqlite3_stmt* statement = nullptr;
    std::optional<qint64> value;
    if (sqlite3_prepare_v2(m_connection, sql, -1, &statement, nullptr) == SQLITE_OK
        && sqlite3_step(statement) == SQLITE_ROW)
        value = sqlite3_column_int64(statement, 0);
    sqlite3_finalize(statement);
    return value;
}

int SqliteTokenInserter::pragma(const char* name) const
{
    return int(integer(QByteArray("PRAGMA ").append(name).constData()).value_or(0));
}

Result<void> SqliteTokenInserter::exec(const char* sql)
{
    if (sqlite3_exec(m_connection, sql, nullptr, nullptr, nullptr) != SQLITE_OK)
        return failure(tr("run a query"));
    return {};
}

Result<void> SqliteTokenInserter::prepare()
{
    if (m_insertToken)
        return {};
    const QByteArray token = m_insertSql.toUtf8();
    if (sqlite3_prepare_v3(m_connection, token.constData(), -1, SQLITE_PREPARE_PERSISTENT, &m_insertToken,
                           nullptr)
            != SQLITE_OK
        || sqlite3_prepare_v3(m_connection,
                              "INSERT INTO token_custom_fields (token_id, name, value) VALUES (?, ?, ?)", -1,
                              SQLITE_PREPARE_PERSISTENT, &m_insertField, nullptr)
            != SQLITE_OK)
        return failure(tr("prepare a query"));
    return {};
}

Result<void> SqliteTokenInserter::begin()
{
    const std::optional<qint64> last = integer("SELECT value FROM number_sequence WHERE name = 'token'");
    if (!last)
        return failure(tr("draw a token number"));
    m_lastNumber = *last;
    return {};
}

std::optional<qint64> SqliteTokenInserter::tableSize() const
{
    // The largest rowid is an upper bound of the table's size, read from the table's last page,
    // where COUNT(*) reads the whole table; it comes down again when the last rows (say an import
    // that was undone) are deleted.
    return integer("SELECT MAX(rowid) FROM tokens");
}

bool SqliteTokenInserter::switchJournal(const char* mode, bool wait)
{
    const std::optional<qint64> timeout = integer("PRAGMA busy_timeout");
    if (!timeout)
        return false;
    if (!wait)
        sqlite3_busy_timeout(m_connection, 0);
    sqlite3_stmt* statement = nullptr;
    bool switched = false;
    if (sqlite3_prepare_v2(m_connection, QByteArray("PRAGMA journal_mode = ").append(mode).constData(), -1,
                           &statement, nullptr)
            == SQLITE_OK
        && sqlite3_step(statement) == SQLITE_ROW)
        switched = qstricmp(reinterpret_cast<const char*>(sqlite3_column_text(statement, 0)), mode) == 0;
    sqlite3_finalize(statement);
    sqlite3_busy_timeout(m_connection, int(*timeout));
    return switched;
}

void SqliteTokenInserter::chooseJournal(qint64 expectedRows)
{
    // WAL writes every page twice: into the log, then into the file at the checkpoint. A rollback
    // journal keeps only the pages a transaction changes, and the pages of a store filled from
    // nothing are all new, so a million-row first load writes them once: about 1.5 to 2.5 s of
    // 13 s. Readers then wait for the commit instead of reading the store as it was, which for a
    // store with next to nothing in it costs them little; a store that holds more keeps WAL.
    constexpr qint64 tokensPerExistingToken = 100;
    const std::optional<qint64> rows = tableSize();
    const std::optional<qint64> synchronous = integer("PRAGMA synchronous");
    if (!rows || !synchronous || *rows > expectedRows / tokensPerExistingToken)
        return;
    // Leaving WAL needs the store to itself: while another connection has it open the switch is
    // refused at once instead of after the busy timeout, and the import keeps WAL.
    if (!switchJournal("delete", false))
        return;
    m_leftWal = true;
    // NORMAL is safe with WAL only; with a rollback journal a power cut could corrupt the file.
    m_previousSynchronous = int(*synchronous);
    exec("PRAGMA synchronous = FULL");
}

void SqliteTokenInserter::restoreJournal()
{
    // Back into WAL waits for a reader that opened the store meanwhile, as any write would. Should
    // it still fail, the store stays safe (rollback journal, FULL sync) and the destructor tries
    // again; the next connection's own set-up (SqliteDialect::prepareSession) turns WAL on too.
    if (!m_leftWal || !switchJournal("wal", true))
        return;
    exec(QByteArray("PRAGMA synchronous = " + QByteArray::number(m_previousSynchronous)).constData());
    m_leftWal = false;
}

Result<void> SqliteTokenInserter::prepareLargeImport(qint64 expectedRows,
                                                     const QList<std::pair<QString, QString>>& indexes)
{
    const std::optional<qint64> rows = tableSize();
    if (!rows)
        return failure(tr("run a query"));
    if (*rows > expectedRows)
        return {};
    if (Result<void> read = readKnownKeys(); !read)
        return read;
    for (const auto& [name, create] : indexes) {
        if (Result<void> dropped = exec(QByteArray("DROP INDEX IF EXISTS " + name.toUtf8()).constData());
            !dropped)
            return dropped;
        m_deferredIndexes.append(create);
    }
    // CREATE INDEX sorts the whole table; with a helper thread per further core SQLite's sorter
    // keeps every core busy.
    m_previousThreads = pragma("threads");
    return exec(QByteArray("PRAGMA threads = " + QByteArray::number(qMax(QThread::idealThreadCount() - 1, 1)))
                    .constData());
}

Result<void> SqliteTokenInserter::readKnownKeys()
{
    sqlite3_stmt* statement = nullptr;
    if (sqlite3_prepare_v2(m_connection, "SELECT identifier, authentication_code FROM tokens", -1, &statement,
                           nullptr)
        != SQLITE_OK)
        return failure(tr("prepare a query"));
    std::vector<size_t> identifiers;
    std::vector<size_t> codes;
    int stepped = SQLITE_ROW;
    while ((stepped = sqlite3_step(statement)) == SQLITE_ROW) {
        for (int column = 0; column < 2; ++column) {
            if (sqlite3_column_type(statement, column) == SQLITE_NULL)
                continue;
            const auto* text = static_cast<const char16_t*>(sqlite3_column_text16(statement, column));
            (column == 0 ? identifiers : codes)
                .push_back(keyOf(QStringView(text, sqlite3_column_bytes16(statement, column) / 2)));
        }
    }
    sqlite3_finalize(statement);
    if (stepped != SQLITE_DONE)
        return failure(tr("run a query"));
    std::sort(identifiers.begin(), identifiers.end());
    std::sort(codes.begin(), codes.end());
    m_knownKeys[QStringLiteral("identifier")].before = std::move(identifiers);
    m_knownKeys[QStringLiteral("authentication_code")].before = std::move(codes);
    return {};
}

void SqliteTokenInserter::noteGenerated(const QString& column, const QString& value)
{
    const auto known = m_knownKeys.find(column);
    if (known != m_knownKeys.end())
        known->generated.insert(keyOf(value));
}

bool SqliteTokenInserter::KnownKeys::mayHold(size_t key) const
{
    return std::binary_search(before.cbegin(), before.cend(), key) || generated.contains(key);
}

size_t SqliteTokenInserter::keyOf(QStringView value)
{
    return qHash(value, size_t(0));
}

Result<void> SqliteTokenInserter::buildDeferredIndexes(const ImportFinishing& finishing)
{
    const int steps = int(m_deferredIndexes.size());
    exec(QByteArray("PRAGMA cache_size = -" + QByteArray::number(indexBuildCacheKiB)).constData());
    if (finishing.cancelled) {
        // A CREATE INDEX on a million rows takes a second or more: it is interrupted, not waited for.
        constexpr int instructionsBetweenChecks = 100000;
        sqlite3_progress_handler(
            m_connection, instructionsBetweenChecks,
            [](void* cancelled) { return (*static_cast<const std::function<bool()>*>(cancelled))() ? 1 : 0; },
            const_cast<std::function<bool()>*>(&finishing.cancelled));
    }
    const auto restore = qScopeGuard([this]() {
        sqlite3_progress_handler(m_connection, 0, nullptr, nullptr);
        exec(QByteArray("PRAGMA threads = " + QByteArray::number(m_previousThreads)).constData());
    });
    for (int done = 0; done < steps; ++done) {
        if (finishing.progressed)
            finishing.progressed(done, steps);
        if (Result<void> built = exec(m_deferredIndexes.constFirst().toUtf8().constData()); !built) {
            if (sqlite3_errcode(m_connection) == SQLITE_INTERRUPT)
                return Error(Error::Code::Cancelled,
                             tr("The import was cancelled while it built its indexes"),
                             QStringLiteral("store"));
            return built;
        }
        m_deferredIndexes.removeFirst();
    }
    if (finishing.progressed)
        finishing.progressed(steps, steps);
    return {};
}

int SqliteTokenInserter::deferredIndexCount() const
{
    return int(m_deferredIndexes.size());
}

Result<void> SqliteTokenInserter::beforeCommit(const ImportFinishing& finishing)
{
    if (!m_deferredIndexes.isEmpty()) {
        if (Result<void> built = buildDeferredIndexes(finishing); !built)
            return built;
    }
    return exec(QByteArray("UPDATE number_sequence SET value = " + QByteArray::number(m_lastNumber)
                           + " WHERE name = 'token'")
                    .constData());
}

std::optional<Result<QVariantList>> SqliteTokenInserter::idsWhere(const QString& column,
                                                                  const QStringList& values)
{
    sqlite3_stmt*& lookup = m_lookups[column];
    if (!lookup) {
        const QByteArray sql = "SELECT id FROM tokens WHERE " + column.toUtf8() + " = ?";
        if (sqlite3_prepare_v3(m_connection, sql.constData(), -1, SQLITE_PREPARE_PERSISTENT, &lookup, nullptr)
            != SQLITE_OK)
            return Result<QVariantList>(failure(tr("prepare a query")));
    }
    const auto known = m_knownKeys.constFind(column);
    QVariantList ids;
    for (const QString& value : values) {
        if (known != m_knownKeys.cend() && !known->mayHold(keyOf(value)))
            continue;
        sqlite3_bind_text16(lookup, 1, value.utf16(), int(value.size() * 2), SQLITE_STATIC);
        int stepped = SQLITE_ROW;
        while ((stepped = sqlite3_step(lookup)) == SQLITE_ROW)
            ids.append(QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(lookup, 0)),
                                         sqlite3_column_bytes(lookup, 0)));
        sqlite3_reset(lookup);
        if (stepped != SQLITE_DONE)
            return Result<QVariantList>(failure(tr("run a query")));
    }
    return Result<QVariantList>(std::move(ids));
}

void SqliteTokenInserter::encode(TokenInsert* rows, qsizetype from, qsizetype to,
                                 const TokenInsertSource& fill, EncodedRows& out) const
{
    QStringEncoder encoder(QStringEncoder::Utf8, QStringEncoder::Flag::Stateless);
    out.used = 0;
    out.cells.clear();
    for (qsizetype i = from; i < to; ++i) {
        TokenInsert& row = rows[i];
        fill(i, row);
        // write() reads m_columnCount cells a row.
        Q_ASSERT(row.values.size() == m_columnCount);
        for (int column = 0; column < row.values.size(); ++column) {
            const QVariant& value = row.values.at(column);
            EncodedRows::Cell cell;
            QString converted;
            QStringView text;
            if (column != m_numberColumn && !value.isNull()) {
                switch (value.typeId()) {
                case QMetaType::QString:
                    cell.kind = Kind::Text;
                    text = *static_cast<const QString*>(value.constData());
                    break;
                case QMetaType::Double:
                    cell.kind = Kind::Real;
                    cell.real = value.toDouble();
                    break;
                case QMetaType::Int:
                case QMetaType::LongLong:
                case QMetaType::UInt:
                case QMetaType::ULongLong:
                case QMetaType::Bool:
                    cell.kind = Kind::Integer;
                    cell.integer = value.toLongLong();
                    break;
                default:
                    cell.kind = Kind::Text;
                    converted = value.toString();
                    text = converted;
                    break;
                }
            }
            if (cell.kind == Kind::Text) {
                const qsizetype needed = out.used + encoder.requiredSpace(text.size());
                if (needed > out.text.size())
                    out.text.resize(qMax(needed, 2 * out.text.size()));
                char* const start = out.text.data() + out.used;
                const char* const end = encoder.appendToBuffer(start, text);
                cell.offset = out.used;
                cell.size = int(end - start);
                out.used += cell.size;
            }
            out.cells.push_back(cell);
        }
        // Freed here rather than on the store's thread: only the number and the custom fields
        // are read after the write.
        row.values = QVariantList();
    }
}

Result<void> SqliteTokenInserter::write(TokenInsert* rows, qsizetype from, const EncodedRows& encoded,
                                        QList<ImportRefusal>& refused)
{
    const qsizetype columns = m_columnCount;
    const qsizetype count = qsizetype(encoded.cells.size()) / columns;
    for (qsizetype r = 0; r < count; ++r) {
        const EncodedRows::Cell* cells = encoded.cells.data() + r * columns;
        const QString number = tokenNumber(m_lastNumber + 1);
        const QByteArray numberText = number.toLatin1();
        for (int column = 0; column < columns; ++column) {
            const int index = column + 1;
            const EncodedRows::Cell& cell = cells[column];
            if (column == m_numberColumn) {
                sqlite3_bind_text(m_insertToken, index, numberText.constData(), int(numberText.size()),
                                  SQLITE_STATIC);
                m_boundNull[column] = false;
                continue;
            }
            switch (cell.kind) {
            case Kind::Null:
                // Bindings outlive a reset: a column that was NULL in the row before stays so.
                if (!m_boundNull[column])
                    sqlite3_bind_null(m_insertToken, index);
                break;
            case Kind::Real:
                sqlite3_bind_double(m_insertToken, index, cell.real);
                break;
            case Kind::Integer:
                sqlite3_bind_int64(m_insertToken, index, cell.integer);
                break;
            case Kind::Text:
                sqlite3_bind_text(m_insertToken, index, encoded.text.constData() + cell.offset, cell.size,
                                  SQLITE_STATIC);
                break;
            }
            m_boundNull[column] = cell.kind == Kind::Null;
        }
        const int stepped = sqlite3_step(m_insertToken);
        sqlite3_reset(m_insertToken);
        if ((stepped & 0xff) == SQLITE_CONSTRAINT) {
            // Only the statement is undone: the transaction and the rows before stay.
            const QString message = QString::fromUtf8(sqlite3_errmsg(m_connection));
            const QString field = message.contains(QLatin1String("authentication_code"))
                ? QStringLiteral("authentication_code")
                : QStringLiteral("identifier");
            refused.append({ int(from + r),
                             Error(Error::Code::DuplicateIdentifier,
                                   tr("Another token already has this %1").arg(field), field) });
            continue;
        }
        if (stepped != SQLITE_DONE)
            return failure(tr("save a token"));
        ++m_lastNumber;
        TokenInsert& row = rows[from + r];
        row.number = number;
        // The id is the first column, already UTF-8 in the encoding.
        const char* const id = encoded.text.constData() + cells[0].offset;
        for (auto it = row.customFields.cbegin(); it != row.customFields.cend(); ++it) {
            sqlite3_bind_text(m_insertField, 1, id, cells[0].size, SQLITE_STATIC);
            sqlite3_bind_text16(m_insertField, 2, it.key().utf16(), int(it.key().size() * 2),
                                SQLITE_TRANSIENT);
            sqlite3_bind_text16(m_insertField, 3, it.value().utf16(), int(it.value().size() * 2),
                                SQLITE_TRANSIENT);
            const int added = sqlite3_step(m_insertField);
            sqlite3_reset(m_insertField);
            if (added != SQLITE_DONE)
                return failure(tr("save a custom field"));
        }
    }
    return {};
}

Result<QList<ImportRefusal>> SqliteTokenInserter::insert(QList<TokenInsert>& rows,
                                                         const TokenInsertSource& fill)
{
    if (Result<void> prepared = prepare(); !prepared)
        return prepared.error();
    QList<ImportRefusal> refused;
    if (rows.isEmpty())
        return refused;
    // Both threads reach the rows through this pointer: a detach now, not while they work.
    TokenInsert* const data = rows.data();
    const qsizetype count = rows.size();
    // The store's thread encodes the first rows of a batch itself: a short first run keeps that
    // wait short.
    constexpr qsizetype firstRun = 32;
    constexpr qsizetype run = 128;
    EncodedRows encoded[2];
    int current = 0;
    qsizetype from = 0;
    qsizetype to = qMin(firstRun, count);
    encode(data, from, to, fill, encoded[current]);
    QFuture<void> ahead;
    // However the loop ends, the encoding thread no longer touches the rows when it does, and no
    // binding points into the encodings, which are gone with this call.
    const auto finish = qScopeGuard([this, &ahead]() {
        ahead.waitForFinished();
        sqlite3_clear_bindings(m_insertToken);
        m_boundNull.fill(true);
    });
    while (from < count) {
        const qsizetype nextTo = qMin(to + run, count);
        EncodedRows& following = encoded[1 - current];
        if (to < count && m_encoding)
            ahead = QtConcurrent::run(m_encoding.get(), [this, data, to, nextTo, &fill, &following]() {
                encode(data, to, nextTo, fill, following);
            });
        if (Result<void> written = write(data, from, encoded[current], refused); !written)
            return written.error();
        if (to < count) {
            if (m_encoding)
                ahead.waitForFinished();
            else
                encode(data, to, nextTo, fill, following);
        }
        from = to;
        to = nextTo;
        current = 1 - current;
    }
    return refused;
}
