#include "PostgresDialect.h"

#include "PgChangeListener.h"

#include <QSqlDriver>
#include <QSqlQuery>
#include <libpq-fe.h>

QString PostgresDialect::driverName() const
{
    return QStringLiteral("QPSQL");
}

Result<void> PostgresDialect::configure(QSqlDatabase& db, const StoreUrl& url, const QString& secret) const
{
    db.setHostName(url.host);
    db.setPort(url.port > 0 ? url.port : 5432);
    db.setDatabaseName(url.database);
    db.setUserName(url.user);
    db.setPassword(secret);
    db.setConnectOptions(QStringLiteral("connect_timeout=10;application_name=TokenDesk"));
    return {};
}

Result<void> PostgresDialect::prepareSession(QSqlDatabase& db) const
{
    // Dates are kept as ISO text in UTC; the session zone must not reinterpret anything. Notices
    // ("already exists, skipping") would only reach stderr.
    for (const QString& statement :
         { QStringLiteral("SET TIME ZONE 'UTC'"), QStringLiteral("SET client_min_messages TO WARNING") }) {
        QSqlQuery query(db);
        if (!query.exec(statement))
            return Error(Error::Code::Storage,
                         tr("The store could not be prepared: %1").arg(query.lastError().text()),
                         QStringLiteral("store"));
    }
    return {};
}

QString PostgresDialect::description(const StoreUrl& url) const
{
    return url.toString();
}

QString PostgresDialect::autoIncrementKey() const
{
    return QStringLiteral("BIGSERIAL PRIMARY KEY");
}

QString PostgresDialect::integerType() const
{
    return QStringLiteral("BIGINT");
}

QString PostgresDialect::realType() const
{
    return QStringLiteral("DOUBLE PRECISION");
}

QString PostgresDialect::keyTextType() const
{
    // The "C" collation compares bytes: prefix ranges and keyset paging then mean the same as on
    // SQLite, whatever the server's locale.
    return QStringLiteral("TEXT COLLATE \"C\"");
}

QStringList PostgresDialect::createNumberSequence() const
{
    return { QStringLiteral("CREATE SEQUENCE token_number_sequence START 1") };
}

QStringList PostgresDialect::nextNumberStatements() const
{
    // A real sequence: concurrent clients never draw the same number, even uncommitted.
    return { QStringLiteral("SELECT nextval('token_number_sequence')") };
}

QString PostgresDialect::beginWrite() const
{
    return QStringLiteral("BEGIN");
}

QString PostgresDialect::beginRead() const
{
    return QStringLiteral("BEGIN");
}

QString PostgresDialect::lockTokenRow() const
{
    return QStringLiteral(" FOR UPDATE OF t");
}

QString PostgresDialect::lockSchema() const
{
    return QStringLiteral("LOCK TABLE schema_version IN EXCLUSIVE MODE");
}

QString PostgresDialect::paging(int limit, int offset) const
{
    QString clause;
    if (limit > 0)
        clause += QStringLiteral(" LIMIT %1").arg(limit);
    if (offset > 0)
        clause += QStringLiteral(" OFFSET %1").arg(offset);
    return clause;
}

bool PostgresDialect::isUniqueViolation(const QSqlError& error) const
{
    return error.nativeErrorCode() == QLatin1String("23505");
}

QString PostgresDialect::notifyChange() const
{
    // Delivered when (and only if) the transaction commits.
    return QStringLiteral("SELECT pg_notify('%1', ?)").arg(PgChangeListener::channel());
}

bool PostgresDialect::isConnectionLost(const QSqlDatabase& db) const
{
    if (!db.isOpen())
        return true;
    const QVariant handle = db.driver()->handle();
    if (qstrcmp(handle.typeName(), "pg_conn*") != 0 && qstrcmp(handle.typeName(), "PGconn*") != 0)
        return false;
    PGconn* connection = *static_cast<PGconn* const*>(handle.constData());
    return !connection || PQstatus(connection) != CONNECTION_OK;
}
