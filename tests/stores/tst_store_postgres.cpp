#include "SqlStoreTestHooks.h"
#include "SqlTokenStore.h"
#include "StoreConformanceTest.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

namespace {
const QString inspector = QStringLiteral("tst_store_postgres_inspector");

// Stands in for the suite when no server is configured, so the skip is reported, not hidden.
class PostgresUnavailable : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void conformance()
    {
        QSKIP("Set TOKENDESK_TEST_PG_URL=postgres://USER@HOST:PORT/DB (and TOKENDESK_PASSWORD) to run the "
              "PostgreSQL store suite");
    }
};
} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QString urlText = qEnvironmentVariable("TOKENDESK_TEST_PG_URL");
    if (urlText.isEmpty()) {
        PostgresUnavailable skipped;
        return QTest::qExec(&skipped, argc, argv);
    }
    const Result<StoreUrl> url = StoreUrl::parse(urlText);
    if (!url.ok() || url->kind != StoreUrl::Kind::Postgres)
        qFatal("TOKENDESK_TEST_PG_URL is not a postgres:// URL");
    const QString password = qEnvironmentVariable("TOKENDESK_PASSWORD");

    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), inspector);
    db.setHostName(url->host);
    db.setPort(url->port);
    db.setDatabaseName(url->database);
    db.setUserName(url->user);
    db.setPassword(password);
    if (!db.open())
        qFatal("cannot connect to %s: %s", qPrintable(urlText), qPrintable(db.lastError().text()));

    QSqlQuery(db).exec(QStringLiteral("SET client_min_messages TO WARNING"));
    auto connection = []() {
        return QSqlDatabase::database(inspector);
    };
    // Each case starts from an empty database: the store's tables live in the public schema.
    auto reset = []() {
        QSqlQuery query(QSqlDatabase::database(inspector));
        if (!query.exec(QStringLiteral("DROP SCHEMA IF EXISTS public CASCADE"))
            || !query.exec(QStringLiteral("CREATE SCHEMA public")))
            qWarning("%s", qPrintable(query.lastError().text()));
    };

    int status = 0;
    {
        StoreConformanceTest test(
            [url = *url, password](ManualClock* clock) -> std::unique_ptr<TokenStore> {
                return std::make_unique<SqlTokenStore>(url, password, clock);
            },
            SqlStoreTestHooks::make(connection, reset));
        status = QTest::qExec(&test, argc, argv);
    }
    db.close();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(inspector);
    return status;
}

#include "tst_store_postgres.moc"
