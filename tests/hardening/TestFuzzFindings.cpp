// One regression test for each bug the fuzz targets of tests/fuzz found; the inputs themselves are
// kept in tests/fuzz/corpus/<target>/found-*.
#include "StoreUrl.h"

#include <QtTest>

class TestFuzzFindings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // fuzz_store_url: a unit or organisation with a space, '&', '=', '%' or '#' printed as text
    // that did not parse back, so a saved profile named another unit or none.
    void crmUrlWithDelimitersInNamesReadsBack_data()
    {
        QTest::addColumn<QString>("organisation");
        QTest::addColumn<QString>("unit");
        QTest::newRow("space") << QStringLiteral("ORG1") << QStringLiteral("U 2");
        QTest::newRow("delimiters") << QStringLiteral("A&B=C") << QStringLiteral("50% #1 +x");
        QTest::newRow("non-ASCII") << QStringLiteral("Ωμέγα") << QStringLiteral("Zoë's unit");
    }
    void crmUrlWithDelimitersInNamesReadsBack()
    {
        QFETCH(QString, organisation);
        QFETCH(QString, unit);
        StoreUrl url;
        url.kind = StoreUrl::Kind::Crm;
        url.scheme = QStringLiteral("https");
        url.user = QStringLiteral("api_user");
        url.host = QStringLiteral("crm.example.org");
        url.port = 8443;
        url.basePath = QStringLiteral("/crmapi/rest/v2");
        url.organisation = organisation;
        url.unit = unit;
        const Result<StoreUrl> again = StoreUrl::parse(url.toString());
        QVERIFY2(again.ok(), qPrintable(url.toString()));
        QCOMPARE(again->organisation, organisation);
        QCOMPARE(again->unit, unit);
        QCOMPARE(again->toString(), url.toString());

        const Result<StoreUrl> typed = StoreUrl::parse(QStringLiteral(
            "crm+https://api_user@crm.example.org:8443/crmapi/rest/v2?organisation=ORG1&unit=U%202"));
        QVERIFY(typed.ok());
        QCOMPARE(typed->unit, QStringLiteral("U 2"));
        QCOMPARE(StoreUrl::parse(typed->toString())->unit, QStringLiteral("U 2"));
    }

    // fuzz_store_url: a base path of "//" was kept as "/", which printed as the default base.
    void crmBasePathOfSlashesIsTheDefault()
    {
        const Result<StoreUrl> url = StoreUrl::parse(QStringLiteral("crm+http://aorg://"));
        QVERIFY(url.ok());
        QCOMPARE(url->basePath, QStringLiteral("/crmapi/rest/v2"));
        QCOMPARE(StoreUrl::parse(url->toString())->toString(), url->toString());
        QCOMPARE(StoreUrl::parse(QStringLiteral("crm+https://h/base//?organisation=o"))->basePath,
                 QStringLiteral("/base"));
    }

    // fuzz_store_url: sqlite:////a// printed as sqlite://a//, which reads as the file a//.
    void sqlitePathStartingWithTwoSlashesReadsBack()
    {
        const Result<StoreUrl> url = StoreUrl::parse(QStringLiteral("sqlite:////a//"));
        QVERIFY(url.ok());
        QCOMPARE(url->path, QStringLiteral("//a//"));
        QCOMPARE(StoreUrl::parse(url->toString())->path, QStringLiteral("//a//"));
        QCOMPARE(StoreUrl::parse(QStringLiteral("sqlite:///tmp/t.sqlite"))->toString(),
                 QStringLiteral("sqlite:/tmp/t.sqlite"));
    }

    // fuzz_store_url: QUrl turns a Unicode non-character into U+FFFD, so a unit holding one read
    // back as another unit. Such a URL is refused; one with U+FFFD itself reads back.
    void nonCharacterInStoreUrlIsRefused()
    {
        const QString unit = QStringLiteral("U") + QString::fromUcs4(U"\U000FFFFF");
        const Result<StoreUrl> refused
            = StoreUrl::parse(QStringLiteral("crm+https://h/?organisation=O&unit=") + unit);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code(), Error::Code::Usage);
        QVERIFY(refused.error().message().contains(QLatin1String("U+fffff")));
        const Result<StoreUrl> replacement
            = StoreUrl::parse(QStringLiteral("crm+https://h/?organisation=O&unit=U%EF%BF%BD"));
        QVERIFY(replacement.ok());
        QCOMPARE(StoreUrl::parse(replacement->toString())->unit, replacement->unit);
    }

    // The CRM.COM finding above, for PostgreSQL: a database name with a space printed as text
    // that did not parse.
    void postgresDatabaseWithSpaceReadsBack()
    {
        StoreUrl url;
        url.kind = StoreUrl::Kind::Postgres;
        url.user = QStringLiteral("tokendesk");
        url.host = QStringLiteral("db.example.org");
        url.port = 5432;
        url.database = QStringLiteral("token store");
        const Result<StoreUrl> again = StoreUrl::parse(url.toString());
        QVERIFY2(again.ok(), qPrintable(url.toString()));
        QCOMPARE(again->database, url.database);
    }
};

QTEST_GUILESS_MAIN(TestFuzzFindings)
#include "TestFuzzFindings.moc"
