#include "StoreUrl.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTest>

// The one notation for stores of the connection dialog and --store.
class TestStoreUrl : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sqlite();
    void postgres();
    void postgresDefaultPort();
    void crmWithUser();
    void crmWithWebApiKey();
    void crmNamesLoseSpacesAtTheirEnds();
    void refusals_data();
    void refusals();
    void toStringRoundTrip_data();
    void toStringRoundTrip();
    void defaultSqliteIsInAppData();
};

void TestStoreUrl::sqlite()
{
    Result<StoreUrl> url = StoreUrl::parse(QStringLiteral("sqlite:/tmp/tokens.sqlite"));
    QVERIFY(url.ok());
    QCOMPARE(url->kind, StoreUrl::Kind::Sqlite);
    QCOMPARE(url->path, QStringLiteral("/tmp/tokens.sqlite"));

    url = StoreUrl::parse(QStringLiteral("sqlite:///var/lib/tokendesk/tokens.sqlite"));
    QVERIFY(url.ok());
    QCOMPARE(url->path, QStringLiteral("/var/lib/tokendesk/tokens.sqlite"));

    url = StoreUrl::parse(QStringLiteral("sqlite:relative/tokens.sqlite"));
    QVERIFY(url.ok());
    QCOMPARE(url->path, QStringLiteral("relative/tokens.sqlite"));
}

void TestStoreUrl::postgres()
{
    const Result<StoreUrl> url
        = StoreUrl::parse(QStringLiteral("postgres://desk@db.example.com:5433/tokens"));
    QVERIFY2(url.ok(), qPrintable(url.error().toString()));
    QCOMPARE(url->kind, StoreUrl::Kind::Postgres);
    QCOMPARE(url->user, QStringLiteral("desk"));
    QCOMPARE(url->host, QStringLiteral("db.example.com"));
    QCOMPARE(url->port, 5433);
    QCOMPARE(url->database, QStringLiteral("tokens"));
}

void TestStoreUrl::postgresDefaultPort()
{
    const Result<StoreUrl> url = StoreUrl::parse(QStringLiteral("postgresql://desk@127.0.0.1/tokens"));
    QVERIFY(url.ok());
    QCOMPARE(url->kind, StoreUrl::Kind::Postgres);
    QCOMPARE(url->port, 5432);
}

void TestStoreUrl::crmWithUser()
{
    const Result<StoreUrl> url = StoreUrl::parse(QStringLiteral(
        "crm+https://admin@crm.example.com:8443/api/base?organisation=Acme%20Ltd&unit=Admin%20Unit"));
    QVERIFY2(url.ok(), qPrintable(url.error().toString()));
    QCOMPARE(url->kind, StoreUrl::Kind::Crm);
    QCOMPARE(url->scheme, QStringLiteral("https"));
    QCOMPARE(url->user, QStringLiteral("admin"));
    QCOMPARE(url->host, QStringLiteral("crm.example.com"));
    QCOMPARE(url->port, 8443);
    QCOMPARE(url->basePath, QStringLiteral("/api/base"));
    QCOMPARE(url->organisation, QStringLiteral("Acme Ltd"));
    QCOMPARE(url->unit, QStringLiteral("Admin Unit"));
    QVERIFY(!url->usesWebApiKey());
    QCOMPARE(url->apiBase(), QStringLiteral("https://crm.example.com:8443/api/base/"));
}

void TestStoreUrl::crmWithWebApiKey()
{
    const Result<StoreUrl> url = StoreUrl::parse(QStringLiteral("crm+http://127.0.0.1:8080"));
    QVERIFY2(url.ok(), qPrintable(url.error().toString()));
    QCOMPARE(url->scheme, QStringLiteral("http"));
    QCOMPARE(url->basePath, QStringLiteral("/crmapi/rest/v2"));
    QVERIFY(url->usesWebApiKey());
    QCOMPARE(url->apiBase(), QStringLiteral("http://127.0.0.1:8080/crmapi/rest/v2/"));
}

// A space copied along with a name is not part of it; kept, a name ending in one would not read
// back the same once printed at the end of the URL (found by fuzz_store_url).
void TestStoreUrl::crmNamesLoseSpacesAtTheirEnds()
{
    const Result<StoreUrl> url = StoreUrl::parse(
        QStringLiteral("crm+https://admin@crm.example.com/?unit=Sales%C2%A0&organisation=%20Acme%C2%A0Ltd"));
    QVERIFY2(url.ok(), qPrintable(url.error().toString()));
    QCOMPARE(url->organisation, QStringLiteral("Acme\u00A0Ltd"));
    QCOMPARE(url->unit, QStringLiteral("Sales"));
    const Result<StoreUrl> again = StoreUrl::parse(url->toString());
    QVERIFY2(again.ok(), qPrintable(url->toString()));
    QCOMPARE(again->organisation, url->organisation);
    QCOMPARE(again->unit, url->unit);
}

void TestStoreUrl::refusals_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("field");
    QTest::newRow("sqlite without path") << "sqlite:"
                                         << "store";
    QTest::newRow("postgres with password") << "postgres://desk:hunter2@db/tokens"
                                            << "store";
    QTest::newRow("crm with password") << "crm+https://admin:hunter2@crm.example.com/?organisation=A"
                                       << "store";
    QTest::newRow("postgres without database") << "postgres://desk@db"
                                               << "store";
    QTest::newRow("postgres nested path") << "postgres://desk@db/a/b"
                                          << "store";
    QTest::newRow("crm user without organisation") << "crm+https://admin@crm.example.com"
                                                   << "organisation";
    QTest::newRow("plain https") << "https://crm.example.com"
                                 << "store";
    QTest::newRow("mysql") << "mysql://desk@db/tokens"
                           << "store";
    QTest::newRow("no host") << "postgres:///tokens"
                             << "store";
    QTest::newRow("bare path") << "/tmp/tokens.sqlite"
                               << "store";
    // parse() trims the text, so a path ending in such a character would not read back the same
    // (found by fuzz_store_url).
    QTest::newRow("crm path with a next-line character") << "crm+http://t/////\u0085/"
                                                         << "store";
    QTest::newRow("crm path with an encoded control") << "crm+http://t/api%C2%85"
                                                      << "store";
    QTest::newRow("database with a line separator") << "postgres://desk@db/tokens%E2%80%A8"
                                                    << "store";
}

void TestStoreUrl::refusals()
{
    QFETCH(QString, text);
    QFETCH(QString, field);
    const Result<StoreUrl> url = StoreUrl::parse(text);
    QVERIFY(!url.ok());
    QCOMPARE(url.error().code(), Error::Code::Usage);
    QCOMPARE(url.error().field(), field);
    // The password must not be repeated back into a terminal or a log.
    QVERIFY(!url.error().message().contains(QLatin1String("hunter2")));
}

void TestStoreUrl::toStringRoundTrip_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("sqlite") << "sqlite:/tmp/t.sqlite";
    QTest::newRow("postgres") << "postgres://desk@db.example.com:5433/tokens";
    QTest::newRow("crm") << "crm+https://admin@crm.example.com:8443/api?organisation=Acme&unit=U1";
    QTest::newRow("crm key") << "crm+http://127.0.0.1:8080";
}

void TestStoreUrl::toStringRoundTrip()
{
    QFETCH(QString, text);
    const Result<StoreUrl> url = StoreUrl::parse(text);
    QVERIFY(url.ok());
    const Result<StoreUrl> again = StoreUrl::parse(url->toString());
    QVERIFY2(again.ok(), qPrintable(url->toString()));
    QCOMPARE(again->kind, url->kind);
    QCOMPARE(again->path, url->path);
    QCOMPARE(again->user, url->user);
    QCOMPARE(again->host, url->host);
    QCOMPARE(again->port, url->port);
    QCOMPARE(again->database, url->database);
    QCOMPARE(again->scheme, url->scheme);
    QCOMPARE(again->basePath, url->basePath);
    QCOMPARE(again->organisation, url->organisation);
    QCOMPARE(again->unit, url->unit);
}

void TestStoreUrl::defaultSqliteIsInAppData()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("TokenDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("TokenDesk"));
    const QString earlier = QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
                                .filePath(QStringLiteral("tokens.sqlite"));
    QFile::remove(earlier);
    // A new store: in the application's data folder, not in one named twice.
    const StoreUrl url = StoreUrl::defaultSqlite();
    QCOMPARE(url.kind, StoreUrl::Kind::Sqlite);
    QVERIFY2(url.path.endsWith(QLatin1String("/TokenDesk/tokens.sqlite"))
                 && !url.path.contains(QLatin1String("TokenDesk/TokenDesk")),
             qPrintable(url.path));
    QCOMPARE(url.toString(), QStringLiteral("sqlite:") + url.path);

    // A store an earlier version made at .../TokenDesk/TokenDesk/ is the one still used.
    QVERIFY(QDir().mkpath(QFileInfo(earlier).path()));
    QFile file(earlier);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    QCOMPARE(StoreUrl::defaultSqlitePath(), earlier);
    QVERIFY(earlier.endsWith(QLatin1String("/TokenDesk/TokenDesk/tokens.sqlite")));
    QFile::remove(earlier);
}

QTEST_GUILESS_MAIN(TestStoreUrl)
#include "TestStoreUrl.moc"
