// The item models: QAbstractItemModelTester on each, and the table model's windowing, paging and
// push-down of sorting and filtering to the store.

#include "AuditDetails.h"
#include "CustomFieldsModel.h"
#include "MemoryTokenStore.h"
#include "StateLabels.h"
#include "TokenService.h"
#include "TokenTableModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

class TestModels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void tableModelPassesTester();
    void firstPageComesBeforeTheCount();
    void firstRowsComeAsAScreenfulThenTheWholePage();
    void customFieldsModelPassesTester();
    void directoryStatesReadAsWords();
    void customFieldsChangesBecomeAFieldSet();
    void auditDetailsReadAsWords();
    void hundredThousandRowsStayWindowed();
    void lastRowIsReadFromTheFarEnd();
    void theFarEndIsReadOnlyWithACountOfNow();
    void locateFindsATokenOnlyWhereItIs();
    void sortingIsPushedDownToTheStore();
    void unsortableColumnKeepsTheOrder();
    void searchNarrowsAndDropsStaleResults();
    void refreshKeepsRowsAndSeesChanges();

private:
    void openStore(int tokens);

    MemoryTokenStore* m_store = nullptr;
    std::unique_ptr<TokenService> m_service;
};

void TestModels::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestModels::init()
{
    m_store = nullptr;
}

void TestModels::cleanup()
{
    m_service.reset();
}

void TestModels::openStore(int tokens)
{
    auto store = std::make_unique<MemoryTokenStore>();
    store->seed(tokens);
    m_store = store.get();
    auto owned = std::make_shared<std::unique_ptr<MemoryTokenStore>>(std::move(store));
    m_service
        = std::make_unique<TokenService>([owned]() { return std::unique_ptr<TokenStore>(owned->release()); });
    QFuture<Result<void>> opened = m_service->open();
    opened.waitForFinished();
    QVERIFY(opened.result().ok());
}

void TestModels::tableModelPassesTester()
{
    openStore(1000);
    TokenTableModel model(m_service.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setPageSize(50);
    model.setMaxPages(4);
    QTRY_VERIFY(model.isCountExact());
    QCOMPARE(model.rowCount(), 1000);
    // Reading rows all over the table fetches, evicts and refetches pages under the tester.
    for (int row : { 0, 120, 999, 500, 49, 50 }) {
        model.index(row, 0).data();
        QTRY_VERIFY(model.tokenAt(row).has_value());
    }
    QVERIFY(model.cachedPageCount() <= 4);
    model.sort(model.columnOf(QStringLiteral("identifier")), Qt::DescendingOrder);
    QTRY_VERIFY(model.isCountExact());
    model.setSearch(QStringLiteral("user99"));
    QTRY_VERIFY(model.isCountExact());
    QCOMPARE(model.rowCount(), 11);
    model.addCustomFieldColumn(QStringLiteral("colour"));
    model.removeCustomFieldColumn(QStringLiteral("colour"));
    model.refresh();
    QTRY_VERIFY(!model.isLoading());
}

void TestModels::firstPageComesBeforeTheCount()
{
    openStore(500);
    TokenTableModel model(m_service.get());
    QSignalSpy firstPage(&model, &TokenTableModel::firstPageLoaded);
    bool countKnownAtFirstPage = true;
    connect(&model, &TokenTableModel::firstPageLoaded, this,
            [&]() { countKnownAtFirstPage = model.isCountExact(); });
    model.refresh();
    QTRY_COMPARE(firstPage.count(), 1);
    QVERIFY(!countKnownAtFirstPage);
    QTRY_VERIFY(model.isCountExact());
    QCOMPARE(model.totalCount(), 500);
}

void TestModels::firstRowsComeAsAScreenfulThenTheWholePage()
{
    openStore(500);
    TokenTableModel model(m_service.get());
    model.refresh();
    QTRY_VERIFY(model.tokenAt(0).has_value());
    // The first read asks for what a window shows, not a whole page, so it is in sooner.
    const TokenQuery first = m_store->queries().constFirst();
    QVERIFY2(first.limit < model.pageSize(), qPrintable(QString::number(first.limit)));
    QVERIFY(first.limit >= 40);
    // A row past it reads the rest of the page, and the table holds every row in order.
    QTRY_VERIFY(model.isCountExact());
    model.index(model.pageSize() - 1, 0).data();
    QTRY_VERIFY(model.tokenAt(model.pageSize() - 1).has_value());
    for (int row = 0; row < model.pageSize(); ++row)
        QCOMPARE(model.tokenAt(row)->number, QStringLiteral("AT%1").arg(row + 1, 10, 10, QLatin1Char('0')));
}

// Configure Store's Directory lists an account's state as a word, not as CRM.COM's constant.
void TestModels::directoryStatesReadAsWords()
{
    QCOMPARE(StateLabels::directoryLabel(QStringLiteral("ACTIVE")), QStringLiteral("Active"));
    QCOMPARE(StateLabels::directoryLabel(QStringLiteral("SUSPENDED")), QStringLiteral("Suspended"));
    QCOMPARE(StateLabels::directoryLabel(QStringLiteral("CLOSED_BY_PARTNER")),
             QStringLiteral("CLOSED_BY_PARTNER"));
}

void TestModels::customFieldsModelPassesTester()
{
    CustomFieldsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setFields({ { QStringLiteral("colour"), QStringLiteral("blue") },
                      { QStringLiteral("size"), QStringLiteral("L") } });
    QCOMPARE(model.rowCount(), 2);
    const int row = model.addField();
    QCOMPARE(row, 2);
    QVERIFY(model.setData(model.index(row, CustomFieldsModel::NameColumn), QStringLiteral("shape")));
    QVERIFY(model.setData(model.index(row, CustomFieldsModel::ValueColumn), QStringLiteral("round")));
    // A name must stay unique and non-empty.
    QSignalSpy rejected(&model, &CustomFieldsModel::nameRejected);
    QVERIFY(!model.setData(model.index(row, CustomFieldsModel::NameColumn), QStringLiteral("colour")));
    QVERIFY(!model.setData(model.index(row, CustomFieldsModel::NameColumn), QStringLiteral("  ")));
    QCOMPARE(rejected.count(), 2);
    QVERIFY(model.removeRows(0, 1));
    QCOMPARE(model.rowCount(), 2);
}

void TestModels::auditDetailsReadAsWords()
{
    QCOMPARE(AuditDetails::lines(QStringLiteral("life_cycle_state=NOT_EFFECTIVE")),
             QStringList({ "State: Not effective" }));
    QCOMPARE(AuditDetails::lines(QStringLiteral("udf_string_1=gold; identifier=; custom_fields=tier,colour; "
                                                "pass_code changed")),
             QStringList({ "UDF text 1: gold", "Identifier: cleared", "Custom fields: tier, colour",
                           "Pass code changed" }));
    QCOMPARE(AuditDetails::lines(QStringLiteral("verified; pass_code changed")),
             QStringList({ "Pass code changed" }));
    QCOMPARE(AuditDetails::lines(QStringLiteral("updated by import 4 of /tmp/shop.csv (undone)")),
             QStringList({ "Updated by import 4 of /tmp/shop.csv (undone)" }));
    QCOMPARE(
        AuditDetails::lines(QStringLiteral("accounts_receivable=; life_cycle_state=NOT_EFFECTIVE (last "
                                           "association removed)")),
        QStringList({ "Account: cleared", "State: Not effective, as its last association was removed" }));
    // A value holding "=" of its own is shown whole.
    QCOMPARE(AuditDetails::lines(QStringLiteral("udf_string_2=a=b")), QStringList({ "UDF text 2: a=b" }));
}

void TestModels::customFieldsChangesBecomeAFieldSet()
{
    CustomFieldsModel model;
    const QMap<QString, QString> original { { QStringLiteral("colour"), QStringLiteral("blue") },
                                            { QStringLiteral("size"), QStringLiteral("L") } };
    model.setFields(original);
    QVERIFY(model.changes(original).isEmpty());
    model.setData(model.index(0, CustomFieldsModel::ValueColumn), QStringLiteral("red"));
    model.removeRows(1, 1);
    const QMap<QString, QString> expected { { QStringLiteral("colour"), QStringLiteral("red") },
                                            { QStringLiteral("size"), QString() } };
    QCOMPARE(model.changes(original), expected);
}

void TestModels::hundredThousandRowsStayWindowed()
{
    openStore(100000);
    TokenTableModel model(m_service.get());
    model.refresh();
    QTRY_VERIFY_WITH_TIMEOUT(model.isCountExact(), 20000);
    QCOMPARE(model.rowCount(), 100000);
    // A person scrolling through the table: a few places, then the very end.
    for (int row : { 0, 10, 30000, 60000, 99999 }) {
        model.index(row, 1).data();
        QTRY_VERIFY_WITH_TIMEOUT(model.tokenAt(row).has_value(), 20000);
    }
    QCOMPARE(model.tokenAt(99999)->number, QStringLiteral("AT0000100000"));
    QVERIFY(model.cachedPageCount() <= TokenTableModel::defaultMaxPages);
    // Only the pages asked for were read: never the table.
    QVERIFY2(model.rowsFetched() <= 5 * model.pageSize(), qPrintable(QString::number(model.rowsFetched())));
    QVERIFY(m_store->rowsListed() <= 5 * model.pageSize());
}

void TestModels::lastRowIsReadFromTheFarEnd()
{
    openStore(5000);
    TokenTableModel model(m_service.get());
    model.refresh();
    QTRY_VERIFY(model.isCountExact());
    model.index(4999, 0).data();
    QTRY_VERIFY(model.tokenAt(4999).has_value());
    const TokenQuery last = m_store->queries().constLast();
    // The reverse order with a small offset, not an offset of 4,800 rows.
    QVERIFY(last.descending);
    QVERIFY(last.offset < model.pageSize());
    QCOMPARE(model.tokenAt(4999)->number, QStringLiteral("AT0000005000"));
    QCOMPARE(model.tokenAt(4800)->number, QStringLiteral("AT0000004801"));
    // The next page down the table continues with keyset paging from its neighbour, once that is
    // whole: the first page starts with a screenful, and scrolling down reads the rest of it first.
    model.index(199, 0).data();
    QTRY_VERIFY(model.tokenAt(199).has_value());
    model.index(200, 0).data();
    QTRY_VERIFY(model.tokenAt(200).has_value());
    const TokenQuery next = m_store->queries().constLast();
    QVERIFY(next.afterValue.has_value());
    QCOMPARE(next.afterNumber, QStringLiteral("AT0000000200"));
    QCOMPARE(model.tokenAt(200)->number, QStringLiteral("AT0000000201"));
}

// Rows read from the far end take their places from the count: one from before a change would
// put each row on its neighbour's place (a deleted token's row showed the token before it, and a
// table that grew kept "Loading…" rows for good).
void TestModels::theFarEndIsReadOnlyWithACountOfNow()
{
    openStore(1000);
    TokenTableModel model(m_service.get());
    model.setPageSize(100);
    model.refresh();
    QTRY_VERIFY(model.isCountExact());
    model.index(950, 0).data();
    QTRY_VERIFY(model.tokenAt(950).has_value());
    const QString after = model.tokenAt(951)->id;
    QVERIFY(m_store->setNotEffective(TokenRef::byId(model.tokenAt(950)->id)).ok());
    QVERIFY(m_store->remove(TokenRef::byId(model.tokenAt(950)->id)).ok());
    model.refresh();
    model.index(950, 0).data();
    QTRY_COMPARE(model.rowCount(), 999);
    QTRY_COMPARE(model.tokenAt(950).value_or(AccessToken()).id, after);

    m_store->seed(2);
    model.refresh();
    model.index(998, 0).data();
    QTRY_COMPARE(model.rowCount(), 1001);
    model.index(1000, 0).data();
    QTRY_VERIFY(model.tokenAt(1000).has_value());
    QCOMPARE(model.tokenAt(1000)->number, QStringLiteral("AT0000001002"));
}

void TestModels::sortingIsPushedDownToTheStore()
{
    openStore(300);
    TokenTableModel model(m_service.get());
    model.refresh();
    QTRY_VERIFY(model.isCountExact());
    model.sort(model.columnOf(QStringLiteral("identifier")), Qt::DescendingOrder);
    QTRY_VERIFY(model.tokenAt(0).has_value());
    const TokenQuery query = m_store->queries().constLast();
    QCOMPARE(query.sortField, QStringLiteral("identifier"));
    QVERIFY(query.descending);
    // "@" sorts after the digits, so user9@ comes last.
    QCOMPARE(model.tokenAt(0)->identifier, QStringLiteral("user9@example.org"));
    QCOMPARE(model.sortColumn(), model.columnOf(QStringLiteral("identifier")));
}

void TestModels::unsortableColumnKeepsTheOrder()
{
    openStore(10);
    TokenTableModel model(m_service.get());
    model.refresh();
    QTRY_VERIFY(model.isCountExact());
    const int udf = model.columnOf(QStringLiteral("udf_string_1"));
    QVERIFY(!model.isSortable(udf));
    model.sort(udf, Qt::DescendingOrder);
    QCOMPARE(model.query().sortField, QStringLiteral("number"));
}

void TestModels::searchNarrowsAndDropsStaleResults()
{
    openStore(2000);
    TokenTableModel model(m_service.get());
    model.refresh();
    QTRY_VERIFY(model.isCountExact());
    // Two searches in a row: the first one's pages and count must not land on the second's table.
    model.setSearch(QStringLiteral("user1"));
    model.setSearch(QStringLiteral("user1999"));
    QTRY_VERIFY(model.isCountExact());
    QTRY_VERIFY(!model.isLoading());
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.tokenAt(0)->identifier, QStringLiteral("user1999@example.org"));
    model.setColumnFilter(QStringLiteral("identifier"), QStringLiteral("user2"));
    QTRY_VERIFY(model.isCountExact());
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(m_store->queries().constLast().columnFilters.value(QStringLiteral("identifier")),
             QStringLiteral("user2"));
}

void TestModels::refreshKeepsRowsAndSeesChanges()
{
    openStore(50);
    TokenTableModel model(m_service.get());
    model.refresh();
    QTRY_VERIFY(model.tokenAt(0).has_value());
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    const QString id = model.tokenAt(0)->id;
    TokenPatch patch;
    patch.udfString[0] = QStringLiteral("changed");
    QFuture<Result<AccessToken>> updated = m_service->update(TokenRef::byId(id), patch);
    updated.waitForFinished();
    QVERIFY(updated.result().ok());
    // tokensChanged is coalesced into one refresh, which keeps the rows (no reset).
    QTRY_COMPARE(model.tokenAt(0)->udfString[0], QStringLiteral("changed"));
    QCOMPARE(resets.count(), 0);
    QCOMPARE(model.rowCount(), 50);
}

// locate() answers with a token's row once that row is read and holds the token, and with -1
// when it does not: the token is gone, or its page cannot be read.
void TestModels::locateFindsATokenOnlyWhereItIs()
{
    openStore(1000);
    TokenTableModel model(m_service.get());
    model.refresh();
    QTRY_VERIFY(model.isCountExact());
    QSignalSpy located(&model, &TokenTableModel::located);
    const AccessToken deep = m_store->show(TokenRef::byNumber(QStringLiteral("AT0000000600"))).value();
    model.locate(deep);
    QTRY_COMPARE(located.size(), 1);
    QCOMPARE(located.takeFirst(), QVariantList({ 599, deep.id }));
    QCOMPARE(model.tokenAt(599)->id, deep.id);

    // Deleted meanwhile: its place holds another token.
    const AccessToken gone = m_store->show(TokenRef::byNumber(QStringLiteral("AT0000000800"))).value();
    QVERIFY(m_store->setNotEffective(TokenRef::byId(gone.id)).ok());
    QVERIFY(m_store->remove(TokenRef::byId(gone.id)).ok());
    model.locate(gone);
    QTRY_COMPARE(located.size(), 1);
    QCOMPARE(located.takeFirst(), QVariantList({ -1, gone.id }));

    // Its page cannot be read: no answer would leave the table without a current row for good.
    const AccessToken unread = m_store->show(TokenRef::byNumber(QStringLiteral("AT0000000950"))).value();
    m_store->failLists(true);
    model.locate(unread);
    QTRY_COMPARE(located.size(), 1);
    QCOMPARE(located.takeFirst(), QVariantList({ -1, unread.id }));
    m_store->failLists(false);

    // Looked for again with what it holds now (it changed meanwhile): only that answer comes, not
    // one for where it was.
    const AccessToken moved = m_store->show(TokenRef::byNumber(QStringLiteral("AT0000000400"))).value();
    AccessToken before = m_store->show(TokenRef::byNumber(QStringLiteral("AT0000000100"))).value();
    before.id = moved.id;
    QTRY_VERIFY(model.tokenAt(99).has_value());
    model.locate(before);
    model.locate(moved);
    QTRY_COMPARE(located.size(), 1);
    QCOMPARE(located.takeFirst(), QVariantList({ 399, moved.id }));
    QTest::qWait(50);
    QCOMPARE(located.size(), 0);
}

QTEST_GUILESS_MAIN(TestModels)
#include "TestModels.moc"
