// The table's filter row on custom-field and UDF columns, pushed down to the SQLite store.
#include "SqlTokenFilter.h"
#include "SqlTokenStore.h"
#include "StoreUrl.h"
#include "TokenRowInserter.h"

#include <QTemporaryDir>
#include <QTest>

class TestSqlColumnFilters : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void customFieldFilterKeepsTokensWithAMatchingValue();
    void customFieldFilterEscapesWildcards();
    void udfNumberFilterMatchesTheDecimalPrefix();
    void udfTextFilterIsCaseInsensitive();
    // The stored text of dates and numbers is what sorting and keyset paging compare.
    void storedDatesAreFixedWidthUtcText();
    void storedDatesReadAsQtWritesThem();
    void tokenNumbersAreFixedWidth();

private:
    QStringList identifiers(const TokenQuery& query);
    void create(const QString& identifier, const QMap<QString, QString>& custom,
                std::optional<double> udfFloat, const QString& udfString);

    QTemporaryDir m_dir;
    std::unique_ptr<SqlTokenStore> m_store;
};

void TestSqlColumnFilters::initTestCase()
{
    QVERIFY(m_dir.isValid());
    StoreUrl url;
    url.kind = StoreUrl::Kind::Sqlite;
    url.path = m_dir.filePath(QStringLiteral("filters.sqlite"));
    m_store = std::make_unique<SqlTokenStore>(url, QString(), Clock::system());
    QVERIFY(m_store->open().ok());
    create(QStringLiteral("red@example.org"), { { QStringLiteral("colour"), QStringLiteral("Red") } }, 3.5,
           QStringLiteral("Gold"));
    create(QStringLiteral("redwood@example.org"), { { QStringLiteral("colour"), QStringLiteral("redwood") } },
           35.0, QStringLiteral("silver"));
    create(QStringLiteral("blue@example.org"), { { QStringLiteral("colour"), QStringLiteral("blue") } }, 1.25,
           QString());
    create(QStringLiteral("plain@example.org"), { { QStringLiteral("size"), QStringLiteral("red") } },
           std::nullopt, QStringLiteral("golden"));
    create(QStringLiteral("percent@example.org"), { { QStringLiteral("colour"), QStringLiteral("r%d") } },
           std::nullopt, QString());
}

void TestSqlColumnFilters::create(const QString& identifier, const QMap<QString, QString>& custom,
                                  std::optional<double> udfFloat, const QString& udfString)
{
    TokenPatch fields;
    fields.identifier = identifier;
    fields.passCode = QStringLiteral("pass1234");
    fields.customFieldSet = custom;
    if (udfFloat)
        fields.udfFloat[0] = *udfFloat;
    if (!udfString.isEmpty())
        fields.udfString[1] = udfString;
    const Result<TokenResult> created = m_store->create(fields);
    QVERIFY2(created.ok(), qPrintable(created.ok() ? QString() : created.error().message()));
}

QStringList TestSqlColumnFilters::identifiers(const TokenQuery& query)
{
    const Result<QList<AccessToken>> listed = m_store->list(query);
    if (!listed.ok())
        return { QStringLiteral("error: ") + listed.error().message() };
    QStringList names;
    for (const AccessToken& token : *listed)
        names.append(token.identifier);
    names.sort();
    return names;
}

void TestSqlColumnFilters::customFieldFilterKeepsTokensWithAMatchingValue()
{
    TokenQuery query;
    query.columnFilters.insert(QStringLiteral("custom:colour"), QStringLiteral("RE"));
    // Only the field named: "size: red" does not count, and the match is a case-insensitive prefix.
    QCOMPARE(identifiers(query),
             QStringList({ QStringLiteral("red@example.org"), QStringLiteral("redwood@example.org") }));
    QCOMPARE(m_store->count(query).value(), qint64(2));

    query.columnFilters.insert(QStringLiteral("custom:colour"), QStringLiteral("redw"));
    QCOMPARE(identifiers(query), QStringList({ QStringLiteral("redwood@example.org") }));
    query.columnFilters.insert(QStringLiteral("custom:missing"), QStringLiteral("r"));
    QCOMPARE(identifiers(query), QStringList());
}

void TestSqlColumnFilters::customFieldFilterEscapesWildcards()
{
    TokenQuery query;
    query.columnFilters.insert(QStringLiteral("custom:colour"), QStringLiteral("r%"));
    QCOMPARE(identifiers(query), QStringList({ QStringLiteral("percent@example.org") }));
}

void TestSqlColumnFilters::udfNumberFilterMatchesTheDecimalPrefix()
{
    TokenQuery query;
    query.columnFilters.insert(QStringLiteral("udf_float_1"), QStringLiteral("3"));
    QCOMPARE(identifiers(query),
             QStringList({ QStringLiteral("red@example.org"), QStringLiteral("redwood@example.org") }));
    query.columnFilters.insert(QStringLiteral("udf_float_1"), QStringLiteral("3.5"));
    QCOMPARE(identifiers(query), QStringList({ QStringLiteral("red@example.org") }));
}

void TestSqlColumnFilters::udfTextFilterIsCaseInsensitive()
{
    TokenQuery query;
    query.columnFilters.insert(QStringLiteral("udf_string_2"), QStringLiteral("GOLD"));
    QCOMPARE(identifiers(query),
             QStringList({ QStringLiteral("plain@example.org"), QStringLiteral("red@example.org") }));
}

void TestSqlColumnFilters::storedDatesAreFixedWidthUtcText()
{
    const QDateTime athens(QDate(2026, 3, 9), QTime(1, 2, 3, 7), Qt::OffsetFromUTC, 2 * 3600);
    QCOMPARE(SqlTokenFilter::storedDateTime(athens), QStringLiteral("2026-03-08T23:02:03.007"));
    const QDateTime utc(QDate(987, 12, 31), QTime(23, 59, 59, 999), Qt::UTC);
    QCOMPARE(SqlTokenFilter::storedDateTime(utc), QStringLiteral("0987-12-31T23:59:59.999"));
    QCOMPARE(SqlTokenFilter::loadedDateTime(SqlTokenFilter::storedDateTime(utc)), utc);
    QVERIFY(SqlTokenFilter::storedDateTime(QDateTime()).isNull());
}

void TestSqlColumnFilters::storedDatesReadAsQtWritesThem()
{
    for (const QDate& date : { QDate(2026, 3, 9), QDate(987, 12, 31), QDate(1, 1, 1), QDate(9999, 12, 31),
                               QDate(10000, 1, 1), QDate(-44, 3, 15) })
        QCOMPARE(SqlTokenFilter::storedDate(date), date.toString(Qt::ISODate));
    QCOMPARE(SqlTokenFilter::storedDate(QDate(2026, 3, 9)), QStringLiteral("2026-03-09"));
    QVERIFY(SqlTokenFilter::storedDate(QDate()).isNull());
}

void TestSqlColumnFilters::tokenNumbersAreFixedWidth()
{
    QCOMPARE(TokenRowInserter::tokenNumber(42), QStringLiteral("AT0000000042"));
    QCOMPARE(TokenRowInserter::tokenNumber(9999999999), QStringLiteral("AT9999999999"));
    QCOMPARE(TokenRowInserter::tokenNumber(12345678901), QStringLiteral("AT12345678901"));
}

QTEST_GUILESS_MAIN(TestSqlColumnFilters)
#include "tst_sql_column_filters.moc"
