#include "SqliteDialect.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlQuery>
#include <sqlite3.h>

namespace {
constexpr int busyTimeoutMs = 5000;
constexpr int pageSize = 16384;

// lower() folding every letter, as SqlDialect::lowered() does: SQLite's own folds ASCII only, so a
// column filter for "ärzte" missed "Ärzte".
void unicodeLower(sqlite3_context* context, int, sqlite3_value** arguments)
{
    if (sqlite3_value_type(arguments[0]) == SQLITE_NULL) {
        sqlite3_result_null(context);
        return;
    }
    const auto* text = reinterpret_cast<const char*>(sqlite3_value_text(arguments[0]));
    const int size = sqlite3_value_bytes(arguments[0]);
    QByteArray lowered(text, size);
    bool ascii = true;
    for (char& c : lowered) {
        if (static_cast<unsigned char>(c) >= 0x80) {
            ascii = false;
            break;
        }
        if (c >= 'A' && c <= 'Z')
            c = char(c - 'A' + 'a');
    }
    if (!ascii)
        lowered = SqlDialect::lowered(QString::fromUtf8(text, size)).toUtf8();
    sqlite3_result_text(context, lowered.constData(), int(lowered.size()), SQLITE_TRANSIENT);
}
} // namespace

sqlite3* SqliteDialect::connectionOf(const QSqlDatabase& db)
{
    const QVariant handle = db.driver()->handle();
    return qstrcmp(handle.typeName(), "sqlite3*") == 0 ? *static_cast<sqlite3* const*>(handle.constData())
                                                       : nullptr;
}

QString SqliteDialect::driverName() const
{
    return QStringLiteral("QSQLITE");
}

Result<void> SqliteDialect::configure(QSqlDatabase& db, const StoreUrl& url, const QString&) const
{
    const QFileInfo file(url.path);
    const bool newFolder = !QFileInfo::exists(file.absolutePath());
    if (!QDir().mkpath(file.absolutePath()))
        return Error(Error::Code::Storage,
                     tr("The folder %1 for the store could not be created").arg(file.absolutePath()),
                     QStringLiteral("store"));
    if (newFolder)
        QFile::setPermissions(file.absolutePath(),
                              QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    // A new store, and its journals after it (SQLite gives them the store's permissions), is for
    // its owner alone: homes are world-readable on Debian. One that exists keeps what it was given.
    if (!file.exists()) {
        QFile created(url.path);
        if (created.open(QIODevice::WriteOnly | QIODevice::NewOnly))
            created.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        // Another TokenDesk may have made it in the meantime: that one set its permissions.
        else if (!QFileInfo::exists(url.path))
            return Error(Error::Code::Storage,
                         tr("The store %1 could not be created: %2").arg(url.path, created.errorString()),
                         QStringLiteral("store"));
    }
    db.setDatabaseName(url.path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(busyTimeoutMs));
    return {};
}

Result<void> SqliteDialect::prepareSession(QSqlDatabase& db) const
{
    // The page size only takes for a new, empty file, and must be set before WAL writes its first
    // page; an existing store keeps the size it was made with. 16 KiB pages cut a million-row
    // import by about a tenth (fewer pages to split, spill and build indexes from) while a token's
    // lookup or update stays well under a millisecond.
    // WAL lets readers work while a writer commits; NORMAL sync is safe with WAL and much faster.
    const QStringList pragmas = {
        QStringLiteral("PRAGMA page_size=%1").arg(pageSize),
        QStringLiteral("PRAGMA journal_mode=WAL"),
        QStringLiteral("PRAGMA foreign_keys=ON"),
        QStringLiteral("PRAGMA synchronous=NORMAL"),
        QStringLiteral("PRAGMA busy_timeout=%1").arg(busyTimeoutMs),
    };
    for (const QString& pragma : pragmas) {
        QSqlQuery query(db);
        if (query.exec(pragma))
            continue;
        // A first load holds the store with a rollback journal (SqliteTokenInserter::chooseJournal).
        if (std::optional<Error> busy = busyError(query.lastError()))
            return *busy;
        return Error(Error::Code::Storage,
                     tr("The store could not be prepared (%1): %2").arg(pragma, query.lastError().text()),
                     QStringLiteral("store"));
    }
    if (sqlite3* connection = connectionOf(db)) {
        if (sqlite3_create_function_v2(connection, "lower", 1, SQLITE_UTF8 | SQLITE_DETERMINISTIC, nullptr,
                                       unicodeLower, nullptr, nullptr, nullptr)
            != SQLITE_OK)
            return Error(Error::Code::Storage,
                         tr("The store could not be prepared (%1): %2")
                             .arg(QStringLiteral("lower()"), QString::fromUtf8(sqlite3_errmsg(connection))),
                         QStringLiteral("store"));
    }
    return {};
}

QString SqliteDialect::lowerCase(const QString& expression) const
{
    return QStringLiteral("lower(%1)").arg(expression);
}

QString SqliteDialect::description(const StoreUrl& url) const
{
    return url.path;
}

QString SqliteDialect::autoIncrementKey() const
{
    return QStringLiteral("INTEGER PRIMARY KEY AUTOINCREMENT");
}

QString SqliteDialect::integerType() const
{
    return QStringLiteral("INTEGER");
}

QString SqliteDialect::realType() const
{
    return QStringLiteral("REAL");
}

QString SqliteDialect::keyTextType() const
{
    // SQLite's default BINARY collation already compares bytes.
    return QStringLiteral("TEXT");
}

QStringList SqliteDialect::createNumberSequence() const
{
    return { QStringLiteral("CREATE TABLE number_sequence (name TEXT PRIMARY KEY, value INTEGER NOT NULL)"),
             QStringLiteral("INSERT INTO number_sequence (name, value) VALUES ('token', 0)") };
}

QStringList SqliteDialect::nextNumberStatements() const
{
    // Safe without a sequence object: every write transaction holds SQLite's single write lock.
    return { QStringLiteral("UPDATE number_sequence SET value = value + 1 WHERE name = 'token'"),
             QStringLiteral("SELECT value FROM number_sequence WHERE name = 'token'") };
}

QString SqliteDialect::beginWrite() const
{
    // IMMEDIATE takes the write lock up front, so two writers never deadlock upgrading a read lock.
    return QStringLiteral("BEGIN IMMEDIATE");
}

QString SqliteDialect::beginRead() const
{
    return QStringLiteral("BEGIN");
}

QString SqliteDialect::lockTokenRow() const
{
    return QString();
}

QString SqliteDialect::lockTable(const QString& table) const
{
    Q_UNUSED(table)
    return QString();
}

QString SqliteDialect::paging(int limit, int offset) const
{
    if (limit <= 0 && offset <= 0)
        return QString();
    QString clause = QStringLiteral(" LIMIT %1").arg(limit > 0 ? limit : -1);
    if (offset > 0)
        clause += QStringLiteral(" OFFSET %1").arg(offset);
    return clause;
}

bool SqliteDialect::isUniqueViolation(const QSqlError& error) const
{
    // SQLITE_CONSTRAINT_UNIQUE, SQLITE_CONSTRAINT_PRIMARYKEY, or the plain SQLITE_CONSTRAINT.
    const QString code = error.nativeErrorCode();
    return code == QLatin1String("2067") || code == QLatin1String("1555")
        || (code == QLatin1String("19") && error.databaseText().contains(QLatin1String("UNIQUE")));
}

bool SqliteDialect::isBusy(const QSqlError& error) const
{
    // SQLITE_BUSY, in its extended forms too (the low byte is the primary code).
    constexpr int sqliteBusy = 5;
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    return ok && (code & 0xff) == sqliteBusy;
}
