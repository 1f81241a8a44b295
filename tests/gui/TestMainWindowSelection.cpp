// The main window on selections that reach rows never loaded, custom-field column filters, a CSV
// dropped on the window, and the history tab's log lines; driven with QTest (offscreen).

#include "AwaitFuture.h"
#include "FilterHeaderView.h"
#include "MainWindow.h"
#include "MainWindowFixture.h"
#include "MemoryTokenStore.h"
#include "MessageBox.h"
#include "SqlTokenStore.h"
#include "TokenEditor.h"
#include "TokenService.h"
#include "TokenTableModel.h"
#include "import/ImportWizard.h"

#include <QAction>
#include <QApplication>
#include <QDropEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

class TestMainWindowSelection : public QObject, private MainWindowFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void selectAllActsOnRowsNeverLoaded();
    void bulkQuestionCountsTheTokensItChanges();
    void bulkDeleteSaysWhichTokensStay();
    void shiftClickRangeDeletesEveryRowBetween();
    void customFieldColumnFiltersInTheStore();
    void droppedCsvOpensTheImportWizard();
    void historyLeavesOutByWhenTheActorIsUnknown();

private:
    qint64 countInState(LifeCycleState state);
    // Ten tokens, AT…2, 5 and 7 of them not effective, all selected with Ctrl+A once the table
    // shows those states and action is on; the question action asks, answered No.
    QString askAboutTenWithThreeNotEffective(MainWindow::Action action);

    static constexpr int tokenCount = 2500;
    QTemporaryDir m_dir;
    MemoryTokenStore* m_memory = nullptr;
};

void TestMainWindowSelection::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("TokenDeskTest"));
    QCoreApplication::setApplicationName(QStringLiteral("TokenDeskGuiSelectionTest"));
    QVERIFY(m_dir.isValid());
}

void TestMainWindowSelection::init()
{
    QSettings().clear();
}

void TestMainWindowSelection::cleanup()
{
    MessageBox::setNextAnswer(QMessageBox::NoButton);
    closeWindow();
    m_memory = nullptr;
}

QString TestMainWindowSelection::askAboutTenWithThreeNotEffective(MainWindow::Action action)
{
    auto store = std::make_unique<MemoryTokenStore>();
    store->seed(10);
    openWindow(std::move(store));
    for (const int i : { 2, 5, 7 }) {
        const TokenRef ref = TokenRef::byNumber(QStringLiteral("AT%1").arg(i, 10, 10, QLatin1Char('0')));
        if (!await(m_service->setNotEffective(ref)).ok())
            return QStringLiteral("(AT…%1 could not be set not effective)").arg(i);
    }
    const auto shownNotEffective = [this]() {
        int count = 0;
        for (int row = 0; row < m_window->model()->rowCount(); ++row) {
            const std::optional<AccessToken> token = m_window->model()->loadedTokenAt(row);
            count += token && token->lifeCycleState == LifeCycleState::NotEffective ? 1 : 0;
        }
        return count;
    };
    if (!QTest::qWaitFor([&]() { return shownNotEffective() == 3; }))
        return QStringLiteral("(the table never showed the three not effective)");
    m_window->table()->setFocus();
    QTest::keyClick(m_window->table(), Qt::Key_A, Qt::ControlModifier);
    if (!QTest::qWaitFor([&]() { return m_window->action(action)->isEnabled(); }))
        return QStringLiteral("(the action stayed off)");
    MessageBox::setNextAnswer(QMessageBox::No);
    m_window->action(action)->trigger();
    return MessageBox::lastText();
}

qint64 TestMainWindowSelection::countInState(LifeCycleState state)
{
    TokenQuery query;
    query.state = state;
    return await(m_service->count(query)).value();
}

void TestMainWindowSelection::selectAllActsOnRowsNeverLoaded()
{
    auto store = std::make_unique<MemoryTokenStore>();
    store->seed(tokenCount);
    openWindow(std::move(store));
    TokenTableModel* model = m_window->model();
    QCOMPARE(model->rowCount(), tokenCount);

    m_window->table()->setFocus();
    QTest::keyClick(m_window->table(), Qt::Key_A, Qt::ControlModifier);
    // The selection reaches far beyond the pages the view has loaded.
    QVERIFY(!model->loadedTokenAt(tokenCount - 1).has_value());
    QVERIFY(model->cachedPageCount() * model->pageSize() < tokenCount);
    QVERIFY(m_window->action(MainWindow::Action::SetNotEffective)->isEnabled());

    MessageBox::setNextAnswer(QMessageBox::Yes);
    m_window->action(MainWindow::Action::SetNotEffective)->trigger();
    // The states of rows never read are not known when the question is asked.
    QVERIFY2(MessageBox::lastText().startsWith(QLatin1String("Set 2500 token(s) not effective?"))
                 && MessageBox::lastText().endsWith(
                     QLatin1String("Those in that state already stay as they are.")),
             qPrintable(MessageBox::lastText()));
    QTRY_VERIFY_WITH_TIMEOUT(m_window->lastOperationText().contains(QLatin1String("2500")), 60000);
    QCOMPARE(countInState(LifeCycleState::NotEffective), qint64(tokenCount));
    QCOMPARE(countInState(LifeCycleState::Effective), qint64(0));
    // Setting them not effective again sends none of them, and reports none as failed: the
    // states of the rows never loaded come with their lookup.
    const TokenRef last
        = TokenRef::byNumber(QStringLiteral("AT%1").arg(tokenCount, 10, 10, QLatin1Char('0')));
    const qint64 version = await(m_service->show(last))->version;
    QTest::keyClick(m_window->table(), Qt::Key_A, Qt::ControlModifier);
    QTRY_VERIFY(m_window->action(MainWindow::Action::SetNotEffective)->isEnabled());
    MessageBox::setNextAnswer(QMessageBox::Yes);
    m_window->action(MainWindow::Action::SetNotEffective)->trigger();
    QTRY_VERIFY2_WITH_TIMEOUT(
        m_window->lastOperationText().endsWith(QLatin1String("0 token(s) done, 2500 already in that state.")),
        qPrintable(m_window->lastOperationText()), 60000);
    QCOMPARE(await(m_service->show(last))->version, version);
    QCOMPARE(countInState(LifeCycleState::NotEffective), qint64(tokenCount));
}

// Set Effective and Set Not Effective leave the tokens already in that state alone; when every
// selected row has been read, the question counts only those it changes.
void TestMainWindowSelection::bulkQuestionCountsTheTokensItChanges()
{
    QCOMPARE(
        askAboutTenWithThreeNotEffective(MainWindow::Action::SetNotEffective),
        QStringLiteral("Set 7 token(s) not effective? Their holders can no longer use them until they are "
                       "set effective again. 3 of the selected tokens are in that state already and stay "
                       "as they are."));
    // No: nothing changed.
    QCOMPARE(countInState(LifeCycleState::NotEffective), qint64(3));

    MessageBox::setNextAnswer(QMessageBox::Yes);
    m_window->action(MainWindow::Action::SetEffective)->trigger();
    QVERIFY2(MessageBox::lastText().startsWith(QLatin1String("Set 3 token(s) effective?"))
                 && MessageBox::lastText().endsWith(QLatin1String(
                     "7 of the selected tokens are in that state already and stay as they are.")),
             qPrintable(MessageBox::lastText()));
    QTRY_COMPARE(countInState(LifeCycleState::NotEffective), qint64(0));
}

// Only a token that is not effective can be deleted: Delete on a selection of others says so
// before it asks, and leaves them out rather than reporting each as failed.
void TestMainWindowSelection::bulkDeleteSaysWhichTokensStay()
{
    QCOMPARE(
        askAboutTenWithThreeNotEffective(MainWindow::Action::Delete),
        QStringLiteral("Delete 3 token(s)? This cannot be undone. Only tokens in the state “Not effective” "
                       "can be deleted: 7 of the selected tokens stay as they are."));
    QCOMPARE(countInState(LifeCycleState::NotEffective), qint64(3));

    MessageBox::setNextAnswer(QMessageBox::Yes);
    m_window->action(MainWindow::Action::Delete)->trigger();
    QTRY_VERIFY2(m_window->lastOperationText().endsWith(
                     QLatin1String("3 token(s) done, 7 left out: their state does not allow it.")),
                 qPrintable(m_window->lastOperationText()));
    QCOMPARE(countInState(LifeCycleState::NotEffective), qint64(0));
    QCOMPARE(countInState(LifeCycleState::Effective), qint64(7));
    // Nothing failed: no warning lists the tokens left out.
    QCOMPARE(MessageBox::lastTitle(), QStringLiteral("Delete Tokens"));
}

void TestMainWindowSelection::shiftClickRangeDeletesEveryRowBetween()
{
    auto store = std::make_unique<MemoryTokenStore>();
    store->seed(tokenCount);
    openWindow(std::move(store));
    // Only a token that is not effective can be deleted.
    for (int i = 1; i <= 1000; ++i) {
        const TokenRef ref = TokenRef::byNumber(QStringLiteral("AT%1").arg(i, 10, 10, QLatin1Char('0')));
        QVERIFY(await(m_service->setNotEffective(ref)).ok());
    }
    TokenTableModel* model = m_window->model();
    QTableView* table = m_window->table();
    QTRY_COMPARE(model->tokenAt(5)->lifeCycleState, LifeCycleState::NotEffective);
    const QString firstNumber = model->tokenAt(5)->number;
    // From row 5 to well beyond the next two pages, which are never on screen.
    const int lastRow = 3 * model->pageSize() + 104;
    const int rows = lastRow - 5 + 1;
    const QString count = QString::number(rows);

    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(model->index(5, 0)).center());
    table->scrollTo(model->index(lastRow, 0));
    QTRY_VERIFY(model->loadedTokenAt(lastRow).has_value());
    const QString lastNumber = model->loadedTokenAt(lastRow)->number;
    QTest::mouseClick(table->viewport(), Qt::LeftButton, Qt::ShiftModifier,
                      table->visualRect(model->index(lastRow, 0)).center());
    QVERIFY(!model->loadedTokenAt(model->pageSize() + 50).has_value());
    // The status bar says how many rows the actions will act on, rows never loaded included.
    QCOMPARE(m_window->countText(),
             QStringLiteral("%1 token(s), %2 selected")
                 .arg(QLocale().toString(tokenCount), QLocale().toString(rows)));

    MessageBox::setNextAnswer(QMessageBox::Yes);
    m_window->action(MainWindow::Action::Delete)->trigger();
    QVERIFY(MessageBox::lastText().contains(count));
    QTRY_VERIFY_WITH_TIMEOUT(m_window->lastOperationText().contains(count), 120000);

    QCOMPARE(await(m_service->count(TokenQuery())).value(), qint64(tokenCount - rows));
    QVERIFY(!await(m_service->show(TokenRef::byNumber(firstNumber))).ok());
    QVERIFY(!await(m_service->show(TokenRef::byNumber(lastNumber))).ok());
    const QString middle = QStringLiteral("AT%1").arg(model->pageSize() + 51, 10, 10, QLatin1Char('0'));
    QVERIFY(!await(m_service->show(TokenRef::byNumber(middle))).ok());
    const QString after = QStringLiteral("AT%1").arg(lastRow + 2, 10, 10, QLatin1Char('0'));
    QVERIFY(await(m_service->show(TokenRef::byNumber(after))).ok());
}

void TestMainWindowSelection::customFieldColumnFiltersInTheStore()
{
    StoreUrl url;
    url.kind = StoreUrl::Kind::Sqlite;
    url.path = m_dir.filePath(QStringLiteral("custom-filter.sqlite"));
    // The column as the column chooser leaves it in the settings.
    QSettings settings;
    settings.beginGroup(QStringLiteral("MainWindow"));
    settings.setValue(QStringLiteral("customColumns"), QStringList({ QStringLiteral("colour") }));
    settings.endGroup();
    openWindow(std::make_unique<SqlTokenStore>(url, QString(), Clock::system()));
    const QStringList colours = { QStringLiteral("red"), QStringLiteral("green"), QStringLiteral("Redwood") };
    for (int i = 0; i < 30; ++i) {
        TokenPatch fields;
        fields.identifier = QStringLiteral("user%1@example.org").arg(i);
        fields.passCode = QStringLiteral("pass1234");
        fields.customFieldSet.insert(QStringLiteral("colour"), colours.at(i % colours.size()));
        QVERIFY(await(m_service->create(fields)).ok());
    }
    TokenTableModel* model = m_window->model();
    QTRY_COMPARE(model->rowCount(), 30);

    const int column = model->columnOf(QStringLiteral("custom:colour"));
    QVERIFY(column >= 0);
    QVERIFY(model->isFilterable(column));
    QLineEdit* filter = m_window->filterHeader()->filterEdit(column);
    QVERIFY(filter);
    QTest::keyClicks(filter, QStringLiteral("re"));
    QTRY_COMPARE(model->query().columnFilters.value(QStringLiteral("custom:colour")), QStringLiteral("re"));
    QTRY_VERIFY(model->isCountExact());
    QTRY_COMPARE(model->rowCount(), 20);
    for (int row = 0; row < model->rowCount(); ++row) {
        QTRY_VERIFY(model->tokenAt(row).has_value());
        QVERIFY(model->tokenAt(row)
                    ->customFields.value(QStringLiteral("colour"))
                    .startsWith(QLatin1String("re"), Qt::CaseInsensitive));
    }
}

void TestMainWindowSelection::droppedCsvOpensTheImportWizard()
{
    auto store = std::make_unique<MemoryTokenStore>();
    store->seed(10);
    openWindow(std::move(store));
    const QString path = m_dir.filePath(QStringLiteral("dropped.csv"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("identifier,pass_code\nann@example.org,S3cret!x\n");
    file.close();

    QMimeData mime;
    mime.setUrls({ QUrl::fromLocalFile(path) });
    const QPoint at = m_window->rect().center();
    QDragEnterEvent enter(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(m_window.get(), &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(at), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(m_window.get(), &drop);
    QVERIFY(drop.isAccepted());

    ImportWizard* wizard = nullptr;
    QTRY_VERIFY((wizard = m_window->findChild<ImportWizard*>()) != nullptr);
    QCOMPARE(wizard->options().filePath, path);
    // With the file given, the wizard starts at reading its format.
    QCOMPARE(wizard->currentId(), int(ImportWizard::FormatPage));
    wizard->reject();
}

void TestMainWindowSelection::historyLeavesOutByWhenTheActorIsUnknown()
{
    auto store = std::make_unique<MemoryTokenStore>();
    store->seed(3);
    openWindow(std::move(store));
    auto* log = m_window->editor()->findChild<QLabel*>(QStringLiteral("logInformation"));
    QVERIFY(log);
    // Seeded tokens carry no user: no dangling "by".
    QTRY_VERIFY(m_window->editor()->token().has_value());
    QVERIFY(log->text().startsWith(QLatin1String("Created ")));
    QVERIFY2(!log->text().contains(QLatin1String(" by")), qPrintable(log->text()));
    QVERIFY(log->text().contains(QLatin1String("\nUpdated ")));

    AccessToken token = *m_window->editor()->token();
    token.logInformation.createdByUser = QStringLiteral("ann");
    token.logInformation.createdByUnit = QStringLiteral("Back Office");
    m_window->editor()->loadToken(token);
    QVERIFY2(log->text().contains(QLatin1String(" by ann (Back Office)\nUpdated ")), qPrintable(log->text()));
    QVERIFY2(!log->text().section(QLatin1Char('\n'), 1).contains(QLatin1String(" by")),
             qPrintable(log->text()));
}

QTEST_MAIN(TestMainWindowSelection)
#include "TestMainWindowSelection.moc"
