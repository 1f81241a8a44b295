// Actions on a selection that reaches rows never loaded: the main window reads those rows from the
// store first. Exporting such a selection writes exactly the selected tokens behind a progress
// dialog whose Cancel leaves no file behind; and when other clients add or remove tokens while
// the rows are read, positions shift, so a bulk action stops instead of acting on other tokens.
// Driven with QTest on the real widgets (offscreen).

#include "AwaitFuture.h"
#include "FileDialog.h"
#include "MainWindow.h"
#include "MainWindowFixture.h"
#include "MemoryTokenStore.h"
#include "MessageBox.h"
#include "TokenService.h"
#include "TokenTableModel.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QItemSelectionModel>
#include <QProgressDialog>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <atomic>
#include <functional>

namespace {
// A memory store whose list() can run a step first, as another client would act between two reads
// of the window's lookup, and that passes change notifications on like a PostgreSQL store.
class ScriptedStore : public MemoryTokenStore
{
public:
    // Runs (on the store's thread) before every list() while armed.
    std::function<void(ScriptedStore&, const TokenQuery&)> beforeList;
    std::atomic_bool armed { false };

    void setChangeListener(std::function<void(const QStringList&)> listener) override
    {
        m_listener = std::move(listener);
    }
    void announce(const QStringList& ids)
    {
        if (m_listener)
            m_listener(ids);
    }
    Result<QList<AccessToken>> list(const TokenQuery& query) override
    {
        if (armed && beforeList)
            beforeList(*this, query);
        return MemoryTokenStore::list(query);
    }

private:
    std::function<void(const QStringList&)> m_listener;
};

QString numberOf(int n)
{
    return QStringLiteral("AT%1").arg(n, 10, 10, QLatin1Char('0'));
}

// The lookup reads in chunks far larger than a page of the table.
bool isLookupChunk(const TokenQuery& query)
{
    return query.limit > TokenTableModel::defaultPageSize;
}
} // namespace

class TestSelectionLookup : public QObject, private MainWindowFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void exportOfRowsNeverLoadedWritesExactlyTheSelection();
    void exportOfLoadedRowsWritesThemAsShown();
    void cancelledExportLeavesThePreviousFileAsItWas();
    void cancelledExportLeavesNoFile();
    void bulkActionStopsWhenAnnouncedChangesShiftTheRows();
    void bulkActionStopsWhenSilentChangesShiftTheRows();

private:
    void openWindow(std::unique_ptr<ScriptedStore> store);
    void selectRows(int first, int last);
    QStringList exportedNumbers(const QString& path);
    QProgressDialog* visibleProgress() const;
    void startSlowExport(const QString& path);
    void setNotEffectiveWhileRowsShift(std::function<void(ScriptedStore&)> shift);

    static constexpr int tokenCount = 3000;
    QTemporaryDir m_dir;
    ScriptedStore* m_store = nullptr;
};

void TestSelectionLookup::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("TokenDeskTest"));
    QCoreApplication::setApplicationName(QStringLiteral("TokenDeskSelectionLookupTest"));
    QVERIFY(m_dir.isValid());
}

void TestSelectionLookup::init()
{
    QSettings().clear();
    auto store = std::make_unique<ScriptedStore>();
    store->seed(tokenCount);
    openWindow(std::move(store));
}

void TestSelectionLookup::cleanup()
{
    MessageBox::setNextAnswer(QMessageBox::NoButton);
    FileDialog::setNextFileName(QString());
    m_store->armed = false;
    closeWindow();
    m_store = nullptr;
}

void TestSelectionLookup::openWindow(std::unique_ptr<ScriptedStore> store)
{
    m_store = store.get();
    MainWindowFixture::openWindow(std::move(store));
}

void TestSelectionLookup::selectRows(int first, int last)
{
    TokenTableModel* model = m_window->model();
    m_window->table()->selectionModel()->select(
        QItemSelection(model->index(first, 0), model->index(last, model->columnCount() - 1)),
        QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

QStringList TestSelectionLookup::exportedNumbers(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return { QStringLiteral("<no file>") };
    const QStringList lines
        = QString::fromUtf8(file.readAll()).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    // The header names the columns the table shows; number is one of them.
    const int column
        = lines.isEmpty() ? -1 : int(lines.first().split(QLatin1Char(',')).indexOf(QStringLiteral("number")));
    if (column < 0)
        return { QStringLiteral("<no header>") };
    QStringList numbers;
    for (qsizetype i = 1; i < lines.size(); ++i)
        numbers.append(lines.at(i).split(QLatin1Char(',')).value(column));
    return numbers;
}

QProgressDialog* TestSelectionLookup::visibleProgress() const
{
    for (QProgressDialog* dialog : m_window->findChildren<QProgressDialog*>()) {
        if (dialog->isVisible())
            return dialog;
    }
    return nullptr;
}

void TestSelectionLookup::exportOfRowsNeverLoadedWritesExactlyTheSelection()
{
    TokenTableModel* model = m_window->model();
    m_window->table()->setFocus();
    QTest::keyClick(m_window->table(), Qt::Key_A, Qt::ControlModifier);
    // Most of the selection was never loaded.
    QVERIFY(!model->loadedTokenAt(tokenCount - 1).has_value());
    QVERIFY(model->cachedPageCount() * model->pageSize() < tokenCount / 2);

    const QString all = m_dir.filePath(QStringLiteral("all.csv"));
    FileDialog::setNextFileName(all);
    m_window->action(MainWindow::Action::ExportSelection)->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(m_window->lastOperationText().contains(QLatin1String("exported to")), 30000);
    QVERIFY(m_window->lastOperationText().contains(all));
    QStringList expected;
    for (int n = 1; n <= tokenCount; ++n)
        expected.append(numberOf(n));
    QCOMPARE(exportedNumbers(all), expected);
    QVERIFY(m_window->lastOperationText().contains(QString::number(tokenCount)));

    // A range from inside the first page to far beyond the loaded ones.
    selectRows(150, 2849);
    QVERIFY(!model->loadedTokenAt(1500).has_value());
    const QString range = m_dir.filePath(QStringLiteral("range.csv"));
    FileDialog::setNextFileName(range);
    m_window->action(MainWindow::Action::ExportSelection)->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(m_window->lastOperationText().contains(QLatin1String("exported to")), 30000);
    QVERIFY(m_window->lastOperationText().contains(range));
    QCOMPARE(exportedNumbers(range), expected.mid(150, 2700));
}

void TestSelectionLookup::exportOfLoadedRowsWritesThemAsShown()
{
    TokenTableModel* model = m_window->model();
    QTRY_VERIFY(model->loadedTokenAt(40).has_value());
    selectRows(3, 40);
    std::atomic_int reads { 0 };
    m_store->beforeList = [&reads](ScriptedStore&, const TokenQuery&) {
        ++reads;
    };
    m_store->armed = true;

    const QString path = m_dir.filePath(QStringLiteral("loaded.csv"));
    FileDialog::setNextFileName(path);
    m_window->action(MainWindow::Action::ExportSelection)->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(m_window->lastOperationText().contains(QLatin1String("exported to")), 10000);
    QVERIFY(m_window->lastOperationText().contains(path));
    QStringList expected;
    for (int n = 4; n <= 41; ++n)
        expected.append(numberOf(n));
    QCOMPARE(exportedNumbers(path), expected);
    // The rows shown were written; the store was not asked for them again.
    QCOMPARE(reads.load(), 0);
}

void TestSelectionLookup::startSlowExport(const QString& path)
{
    // Each chunk of the lookup takes long enough for the dialog to show and be cancelled.
    m_store->beforeList = [](ScriptedStore&, const TokenQuery& query) {
        if (isLookupChunk(query))
            QThread::msleep(400);
    };
    m_store->armed = true;
    m_window->table()->setFocus();
    QTest::keyClick(m_window->table(), Qt::Key_A, Qt::ControlModifier);
    FileDialog::setNextFileName(path);
    m_window->action(MainWindow::Action::ExportSelection)->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(visibleProgress() != nullptr, 10000);
    QProgressDialog* progress = visibleProgress();
    QPushButton* cancel = progress->findChild<QPushButton*>();
    QVERIFY(cancel);
    QCOMPARE(progress->maximum(), tokenCount);
    QTest::mouseClick(cancel, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->lastOperationText().contains(QLatin1String("cancelled")), 10000);
    QTRY_VERIFY(visibleProgress() == nullptr);
}

void TestSelectionLookup::cancelledExportLeavesThePreviousFileAsItWas()
{
    const QString path = m_dir.filePath(QStringLiteral("kept.csv"));
    {
        QFile previous(path);
        QVERIFY(previous.open(QIODevice::WriteOnly));
        previous.write("an earlier export\r\n");
    }
    startSlowExport(path);
    if (QTest::currentTestFailed())
        return;
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("an earlier export\r\n"));
    // No half-written temporary file next to it either.
    QCOMPARE(QDir(m_dir.path()).entryList({ QStringLiteral("kept*") }, QDir::Files | QDir::Hidden),
             QStringList { QStringLiteral("kept.csv") });
}

void TestSelectionLookup::cancelledExportLeavesNoFile()
{
    const QString path = m_dir.filePath(QStringLiteral("never.csv"));
    startSlowExport(path);
    if (QTest::currentTestFailed())
        return;
    QVERIFY(QDir(m_dir.path()).entryList({ QStringLiteral("never*") }, QDir::Files | QDir::Hidden).isEmpty());
}

// Sets rows 0 to 1999 not effective while another client runs shift once, as the window reads the
// rows it never loaded. Token 1201 is made not effective first, so once shift has removed it any
// token found not effective afterwards was changed by the window: it must stop and change nothing.
void TestSelectionLookup::setNotEffectiveWhileRowsShift(std::function<void(ScriptedStore&)> shift)
{
    QVERIFY(await(m_service->setNotEffective(TokenRef::byNumber(numberOf(1201)))).ok());
    m_store->beforeList = [shift](ScriptedStore& store, const TokenQuery& query) {
        if (!isLookupChunk(query) || !query.afterValue)
            return;
        store.armed = false;
        shift(store);
    };
    m_store->armed = true;
    selectRows(0, 1999);
    QVERIFY(!m_window->model()->loadedTokenAt(1999).has_value());

    MessageBox::setNextAnswer(QMessageBox::Yes);
    m_window->action(MainWindow::Action::SetNotEffective)->trigger();
    MessageBox::setNextAnswer(QMessageBox::Ok);
    QTRY_VERIFY2_WITH_TIMEOUT(
        m_window->lastOperationText().contains(QLatin1String("nothing was changed")),
        qPrintable(MessageBox::lastText() + QLatin1String(" / ") + m_window->lastOperationText()), 30000);
    QVERIFY(!m_store->armed);
    // The token after the selection was not touched, nor was any selected one.
    QCOMPARE(await(m_service->show(TokenRef::byNumber(numberOf(2001)))).value().lifeCycleState,
             LifeCycleState::Effective);
    TokenQuery notEffective;
    notEffective.state = LifeCycleState::NotEffective;
    QCOMPARE(await(m_service->count(notEffective)).value(), qint64(0));
}

void TestSelectionLookup::bulkActionStopsWhenAnnouncedChangesShiftTheRows()
{
    // Another client deletes a selected token and adds one, and says so (as PostgreSQL does). The
    // number of tokens stays the same.
    setNotEffectiveWhileRowsShift([](ScriptedStore& store) {
        const AccessToken removed = store.remove(TokenRef::byNumber(numberOf(1201))).value();
        TokenPatch added;
        added.identifier = QStringLiteral("late@example.org");
        added.passCode = QStringLiteral("pass1234");
        const TokenResult created = store.create(added).value();
        store.announce({ removed.id, created.token.id });
    });
}

void TestSelectionLookup::bulkActionStopsWhenSilentChangesShiftTheRows()
{
    // As above, but the other client (another process on the same SQLite file) only deletes, and
    // says nothing.
    setNotEffectiveWhileRowsShift([](ScriptedStore& store) {
        // The outcome is checked in the store afterwards.
        (void)store.remove(TokenRef::byNumber(numberOf(1201)));
    });
}

QTEST_MAIN(TestSelectionLookup)
#include "TestSelectionLookup.moc"
