#include "PostgresDialect.h"

#include "PgChangeListener.h"

#include <QDeadlineTimer>
#include <QRegularExpression>
#include <QSqlDriver>
#include <QSqlQuery>
#include <QThread>
#include <libpq-fe.h>

namespace {
constexpr int connectTimeoutSeconds = 10;
// Short: the probe runs after a failed attempt, which may already have waited connectTimeoutSeconds.
constexpr int probeTimeoutSeconds = 3;

// What a second, bare libpq attempt learns about a connection QPSQL could not open: the SQLSTATE of
// the server's refusal (QPSQL gives only the text, in the server's language), or that libpq
// needed a password it was not given. Empty when the attempt got through after all.
struct ConnectOutcome
{
    bool connected = false;
    bool neededPassword = false;
    QString sqlState;
    QString message;
};

ConnectOutcome tryConnect(const StoreUrl& url, const QString& secret)
{
    const QByteArray host = url.host.toUtf8();
    const QByteArray port = QByteArray::number(url.port > 0 ? url.port : 5432);
    const QByteArray database = url.database.toUtf8();
    const QByteArray user = url.user.toUtf8();
    const QByteArray password = secret.toUtf8();
    const QByteArray timeout = QByteArray::number(probeTimeoutSeconds);
    const char* keys[] = { "host", "port", "dbname", "user", "password", "connect_timeout", nullptr };
    const char* values[] = { host.constData(), port.constData(),     database.constData(),
                             user.constData(), password.constData(), timeout.constData(),
                             nullptr };
    ConnectOutcome outcome;
    PGconn* connection = PQconnectStartParams(keys, values, 0);
    if (!connection)
        return outcome;
    // Makes libpq write the server's error as "SEVERITY:  SQLSTATE" rather than localized text.
    PQsetErrorVerbosity(connection, PQERRORS_SQLSTATE);
    const QDeadlineTimer deadline(std::chrono::seconds(probeTimeoutSeconds + 1));
    PostgresPollingStatusType status
        = PQstatus(connection) == CONNECTION_BAD ? PGRES_POLLING_FAILED : PGRES_POLLING_WRITING;
    while (status != PGRES_POLLING_OK && status != PGRES_POLLING_FAILED && !deadline.hasExpired()) {
        status = PQconnectPoll(connection);
        if (status == PGRES_POLLING_READING || status == PGRES_POLLING_WRITING)
            QThread::msleep(5);
    }
    outcome.connected = status == PGRES_POLLING_OK;
    outcome.neededPassword = PQconnectionNeedsPassword(connection) == 1;
    outcome.message = QString::fromUtf8(PQerrorMessage(connection)).trimmed();
    static const QRegularExpression sqlState(QStringLiteral(":\\s+([0-9A-Z]{5})\\s*$"),
                                             QRegularExpression::MultilineOption);
    const QRegularExpressionMatch match = sqlState.match(outcome.message);
    if (match.hasMatch())
        outcome.sqlState = match.captured(1);
    PQfinish(connection);
    return outcome;
}
} // namespace

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
    db.setConnectOptions(
        QStringLiteral("connect_timeout=%1;application_name=TokenDesk").arg(connectTimeoutSeconds));
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
    QSqlQuery icu(db);
    m_icu = icu.exec(QStringLiteral("SELECT 1 FROM pg_collation WHERE collname = 'und-x-icu'")) && icu.next();
    return {};
}

QString PostgresDialect::lowerCase(const QString& expression) const
{
    // Final sigma as σ, as SqlDialect::lowered() has it.
    return QStringLiteral("translate(%1, 'ς', 'σ')")
        .arg(m_icu ? QStringLiteral("lower((%1) COLLATE \"und-x-icu\")").arg(expression)
                   : QStringLiteral("lower(%1)").arg(expression));
}

QString PostgresDialect::description(const StoreUrl& url) const
{
    return url.toString();
}

std::optional<Error> PostgresDialect::explainOpenFailure(const StoreUrl& url, const QString& secret) const
{
    const ConnectOutcome outcome = tryConnect(url, secret);
    const QString server = QStringLiteral("%1:%2").arg(url.host).arg(url.port > 0 ? url.port : 5432);
    // Class 28 is "invalid authorization": a wrong password, an unknown user (the server does not
    // say which) or a login pg_hba.conf does not allow.
    if (outcome.neededPassword || outcome.sqlState.startsWith(QLatin1String("28")))
        return Error(
            Error::Code::Auth,
            outcome.neededPassword && secret.isEmpty()
                ? tr("The PostgreSQL server %1 wants a password for the user \"%2\"; none was given.")
                      .arg(server, url.user)
                : tr("The PostgreSQL server %1 refused the login of the user \"%2\": the user name "
                     "or the password is wrong, or this user may not log in from here.")
                      .arg(server, url.user),
            QStringLiteral("password"));
    if (outcome.sqlState == QLatin1String("3D000"))
        return Error(Error::Code::Storage,
                     tr("The PostgreSQL server %1 has no database \"%2\".").arg(server, url.database),
                     QStringLiteral("database"));
    // No answer from a server at all: refused, timed out, unknown host.
    if (!outcome.connected && outcome.sqlState.isEmpty())
        return Error(
            Error::Code::Network,
            tr("The PostgreSQL server %1 cannot be reached: %2").arg(server, outcome.message.simplified()),
            QStringLiteral("store"));
    return std::nullopt;
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

QString PostgresDialect::lockTable(const QString& table) const
{
    return QStringLiteral("LOCK TABLE %1 IN EXCLUSIVE MODE").arg(table);
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
