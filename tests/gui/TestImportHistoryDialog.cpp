// File → Import History… on a real SQLite store: the recorded import with its counts, undoing it
// (and being refused when its tokens changed since), and the list exported to CSV.

#include "AwaitFuture.h"
#include "FileDialog.h"
#include "ImportHistoryDialog.h"
#include "ImportHistoryModel.h"
#include "ImportJob.h"
#include "MainWindow.h"
#include "MainWindowFixture.h"
#include "MemoryTokenStore.h"
#include "MessageBox.h"
#include "SqlTokenStore.h"
#include "TabCycle.h"
#include "TokenService.h"
#include "TokenTableModel.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

// A store that has recorded more imports than the dialog reads at once (SQLite would need a
// thousand real imports for it).
class ManyImportsStore : public MemoryTokenStore
{
public:
    static constexpr int recorded = 1234;

    StoreCapabilities capabilities() const override
    {
        StoreCapabilities capabilities = MemoryTokenStore::capabilities();
        capabilities.recordsImports = true;
        return capabilities;
    }

    Result<QList<ImportRecord>> imports(int limit) override
    {
        QList<ImportRecord> records;
        for (int id = recorded; id >= 1 && records.size() < limit; --id) {
            ImportRecord record;
            record.id = id;
            record.startedAt = QDateTime(QDate(2026, 1, 1), QTime(8, 0), Qt::UTC).addSecs(60 * id);
            record.finishedAt = record.startedAt.addSecs(5);
            record.user = QStringLiteral("tester");
            record.fileName = QStringLiteral("shop%1.csv").arg(id);
            record.mode = QStringLiteral("skip-invalid");
            record.status = QStringLiteral("completed");
            record.created = 1;
            records.append(record);
        }
        return records;
    }
};

class TestImportHistoryDialog : public QObject, private MainWindowFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void undoRemovesTheImportedTokensAndMarksTheRowUndone();
    void undoOfChangedTokensIsRefusedNamingThem();
    void exportWritesEveryImportToCsv();
    void storeWithoutImportRecordsDisablesTheEntry();
    void openingAgainRaisesTheOneDialogReadAnew();
    void olderImportsAreReadAsTheListScrolls();
    void runByShowsWhatWasRecorded();

private:
    void openSqlWindow();
    ImportReport importCsv(const QByteArray& bytes);
    void openDialog(ImportHistoryDialog*& dialog);
    qint64 tokenCount();

    QTemporaryDir m_dir;
    int m_files = 0;
};

void TestImportHistoryDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("TokenDeskTest"));
    QCoreApplication::setApplicationName(QStringLiteral("TokenDeskGuiImportHistoryTest"));
    QVERIFY(m_dir.isValid());
    QSettings().clear();
}

void TestImportHistoryDialog::cleanup()
{
    MessageBox::setNextAnswer(QMessageBox::NoButton);
    FileDialog::setNextFileName(QString());
    closeWindow();
}

void TestImportHistoryDialog::openSqlWindow()
{
    StoreUrl url;
    url.kind = StoreUrl::Kind::Sqlite;
    url.path = m_dir.filePath(QStringLiteral("history%1.sqlite").arg(++m_files));
    openWindow(std::make_unique<SqlTokenStore>(url, QString(), Clock::system()));
    if (m_service)
        m_service->setActor(QStringLiteral("tester"), QStringLiteral("back office"));
}

ImportReport TestImportHistoryDialog::importCsv(const QByteArray& bytes)
{
    const QString path = m_dir.filePath(QStringLiteral("shop%1.csv").arg(++m_files));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return ImportReport();
    file.write(bytes);
    file.close();
    ImportOptions options;
    options.filePath = path;
    options.mode = ImportOptions::Mode::SkipInvalid;
    const ImportReport report = await(m_service->withStore<ImportReport>([options](TokenStore& store) {
        ImportJob job(options);
        return job.run(store);
    }));
    m_service->announceChanges({});
    return report;
}

void TestImportHistoryDialog::openDialog(ImportHistoryDialog*& dialog)
{
    QAction* entry = m_window->action(MainWindow::Action::ImportHistory);
    // SQLite records every import: the entry is there as soon as the store is open.
    QVERIFY(entry->isEnabled());
    entry->trigger();
    dialog = m_window->findChild<ImportHistoryDialog*>();
    QVERIFY(dialog);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->model()->rowCount() > 0, 5000);
}

qint64 TestImportHistoryDialog::tokenCount()
{
    return await(m_service->count(TokenQuery())).value();
}

void TestImportHistoryDialog::undoRemovesTheImportedTokensAndMarksTheRowUndone()
{
    openSqlWindow();
    const ImportReport report = importCsv("authentication_code,udf_string_1,udf_float_1\n"
                                          "IMP1,shop,1\n"
                                          "IMP2,shop,2\n"
                                          "IMP3,shop,not a number\n"
                                          "IMP4,shop,4\n");
    QCOMPARE(report.created, qint64(3));
    QCOMPARE(report.rejected, qint64(1));
    QTRY_COMPARE(m_window->model()->rowCount(), 3);

    ImportHistoryDialog* dialog = nullptr;
    openDialog(dialog);
    if (QTest::currentTestFailed())
        return;
    ImportHistoryModel* model = dialog->model();
    QCOMPARE(model->rowCount(), 1);
    auto cell = [model](int column) {
        return model->index(0, column).data().toString();
    };
    QCOMPARE(cell(ImportHistoryModel::UserColumn), QStringLiteral("tester"));
    QVERIFY(cell(ImportHistoryModel::FileColumn).startsWith(QLatin1String("shop")));
    QCOMPARE(cell(ImportHistoryModel::CreatedColumn), QStringLiteral("3"));
    QCOMPARE(cell(ImportHistoryModel::UpdatedColumn), QStringLiteral("0"));
    QCOMPARE(cell(ImportHistoryModel::UnchangedColumn), QStringLiteral("0"));
    QCOMPARE(cell(ImportHistoryModel::RejectedColumn), QStringLiteral("1"));
    QCOMPARE(cell(ImportHistoryModel::StatusColumn),
             ImportHistoryModel::statusText(QStringLiteral("completed")));
    QCOMPARE(cell(ImportHistoryModel::ModeColumn), QStringLiteral("Skip invalid rows"));
    QCOMPARE(ImportHistoryModel::modeText(QStringLiteral("atomic+upsert:authentication_code")),
             QStringLiteral("All or nothing, updating tokens found by “Authentication code”"));
    // The newest import is selected: its number (as a token's History and the CLI name it), its
    // mapping and the refused line are shown. The mapping names the fields as the table does, by
    // column.
    const QRegularExpressionMatch named
        = QRegularExpression(QStringLiteral("^Import ([0-9]+): shop")).match(dialog->detailsText());
    QVERIFY2(named.hasMatch(), qPrintable(dialog->detailsText()));
    // The list shows that number too, so an import a History line names is found in it.
    QCOMPARE(cell(ImportHistoryModel::NumberColumn), named.captured(1));
    QCOMPARE(model->headerData(ImportHistoryModel::NumberColumn, Qt::Horizontal).toString(),
             QStringLiteral("No."));
    saveScreenshot(dialog, QStringLiteral("import-history"));
    QVERIFY2(dialog->detailsText().contains(QStringLiteral("column 1 → Authentication code, column 2 → UDF "
                                                           "text 1, column 3 → UDF number 1")),
             qPrintable(dialog->detailsText()));
    QVERIFY2(dialog->detailsText().contains(QLatin1String("Line 4")), qPrintable(dialog->detailsText()));
    QVERIFY(dialog->undoButton()->isEnabled());
    // Return in the list starts nothing: Undo is no default button.
    const QString before = MessageBox::lastText();
    MessageBox::setNextAnswer(QMessageBox::No);
    QTest::keyClick(dialog->table(), Qt::Key_Return);
    QCOMPARE(MessageBox::lastText(), before);
    QVERIFY(dialog->isVisible());
    QVERIFY(!dialog->undoButton()->isDefault());
    // Tab leaves the list at once, rather than walking its cells.
    QApplication::setActiveWindow(dialog);
    QVERIFY(QTest::qWaitForWindowActive(dialog));
    dialog->table()->setFocus();
    QTRY_VERIFY(dialog->table()->hasFocus());
    QTest::keyClick(dialog->table(), Qt::Key_Tab);
    QVERIFY(!dialog->table()->hasFocus());
    // Tab reaches every part of the dialog and comes back round to the list.
    QCOMPARE(tabCycle(dialog->table()),
             QStringList({ "QTableView", "QPlainTextEdit", "&Undo Import…", "&Export…", "Close" }));

    // Saying No changes nothing. The question comes once the store has said the undo can go ahead.
    MessageBox::setNextAnswer(QMessageBox::No);
    dialog->undoButton()->click();
    QTRY_VERIFY(MessageBox::lastText().contains(cell(ImportHistoryModel::FileColumn)));
    QTRY_VERIFY(dialog->undoButton()->isEnabled());
    QVERIFY(MessageBox::lastText().contains(QLatin1String("3 token(s) it created will be deleted")));
    QVERIFY2(!MessageBox::lastText().contains(QLatin1String("updated")), qPrintable(MessageBox::lastText()));
    QCOMPARE(tokenCount(), qint64(3));

    MessageBox::setNextAnswer(QMessageBox::Yes);
    dialog->undoButton()->click();
    QTRY_COMPARE_WITH_TIMEOUT(cell(ImportHistoryModel::StatusColumn),
                              ImportHistoryModel::statusText(QStringLiteral("undone")), 5000);
    QCOMPARE(tokenCount(), qint64(0));
    QTRY_COMPARE(m_window->model()->rowCount(), 0);
    QVERIFY(!dialog->undoButton()->isEnabled());
}

void TestImportHistoryDialog::undoOfChangedTokensIsRefusedNamingThem()
{
    openSqlWindow();
    const ImportReport report = importCsv("authentication_code,udf_string_1\nCHG1,shop\n"
                                          "CHG2,shop\n");
    QCOMPARE(report.created, qint64(2));
    TokenPatch patch;
    patch.udfString[0] = QStringLiteral("changed by hand");
    const Result<AccessToken> changed
        = await(m_service->update(TokenRef::byAuthenticationCode(QStringLiteral("CHG2")), patch));
    QVERIFY(changed.ok());

    ImportHistoryDialog* dialog = nullptr;
    openDialog(dialog);
    if (QTest::currentTestFailed())
        return;
    // The refusal comes before any question: the answer No, were it given to a question, would
    // leave the question as the last text.
    MessageBox::setNextAnswer(QMessageBox::No);
    dialog->undoButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(MessageBox::lastText().contains(changed->number), 5000);
    QVERIFY(MessageBox::lastText().contains(QLatin1String("cannot be undone")));
    QCOMPARE(tokenCount(), qint64(2));
    QCOMPARE(dialog->model()->recordAt(0).status, QStringLiteral("completed"));
}

void TestImportHistoryDialog::exportWritesEveryImportToCsv()
{
    openSqlWindow();
    QCOMPARE(importCsv("authentication_code\nEXP1\n").created, qint64(1));
    QCOMPARE(importCsv("authentication_code\nEXP2\nEXP3\n").created, qint64(2));
    ImportHistoryDialog* dialog = nullptr;
    openDialog(dialog);
    if (QTest::currentTestFailed())
        return;
    QTRY_COMPARE(dialog->model()->rowCount(), 2);

    const QString path = m_dir.filePath(QStringLiteral("imports-export.csv"));
    FileDialog::setNextFileName(path);
    dialog->exportButton()->click();
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().split('\n');
    QCOMPARE(lines.first().trimmed(),
             QByteArray("id,started_at,finished_at,user,unit,file,mode,status,created,updated,unchanged,"
                        "rejected,mapping,errors"));
    // Newest first, as listed: the second import (2 created), then the first (1 created).
    const QString newest = QString::fromUtf8(lines.at(1));
    const QString oldest = QString::fromUtf8(lines.at(2));
    QVERIFY2(newest.contains(QLatin1String(",tester,back office,")), qPrintable(newest));
    QVERIFY2(newest.contains(QLatin1String(",skip-invalid,completed,2,0,0,")), qPrintable(newest));
    QVERIFY2(oldest.contains(QLatin1String(",skip-invalid,completed,1,0,0,")), qPrintable(oldest));
    QVERIFY(newest.contains(QLatin1String("shop")));
    QVERIFY(dialog->statusText().contains(path));
}

void TestImportHistoryDialog::storeWithoutImportRecordsDisablesTheEntry()
{
    openWindow(std::make_unique<MemoryTokenStore>());
    QAction* entry = m_window->action(MainWindow::Action::ImportHistory);
    QVERIFY(!entry->isEnabled());
    QVERIFY(!m_service->capabilities().recordsImports);
    // Still disabled once the window has settled (nothing turns it on later).
    QTRY_VERIFY(!m_window->model()->isLoading());
    QVERIFY(!entry->isEnabled());
}

void TestImportHistoryDialog::openingAgainRaisesTheOneDialogReadAnew()
{
    openSqlWindow();
    QCOMPARE(importCsv("authentication_code\nONE1\n").created, qint64(1));
    ImportHistoryDialog* dialog = nullptr;
    openDialog(dialog);
    if (QTest::currentTestFailed())
        return;
    QSignalSpy loaded(dialog, &ImportHistoryDialog::loaded);
    m_window->action(MainWindow::Action::ImportHistory)->trigger();
    QCOMPARE(m_window->findChildren<ImportHistoryDialog*>().size(), 1);
    QVERIFY(dialog->isVisible());
    QVERIFY(loaded.wait(5000));

    // Closed, it is gone; the entry opens a new one.
    dialog->close();
    QTRY_VERIFY(m_window->findChildren<ImportHistoryDialog*>().isEmpty());
    openDialog(dialog);
    QCOMPARE(m_window->findChildren<ImportHistoryDialog*>().size(), 1);
}

void TestImportHistoryDialog::olderImportsAreReadAsTheListScrolls()
{
    openWindow(std::make_unique<ManyImportsStore>());
    ImportHistoryDialog* dialog = nullptr;
    openDialog(dialog);
    if (QTest::currentTestFailed())
        return;
    ImportHistoryModel* model = dialog->model();
    QCOMPARE(model->rowCount(), 500);
    QVERIFY2(dialog->shownText().contains(QLatin1String("latest 500")), qPrintable(dialog->shownText()));

    // The export holds every import, not only the ones listed so far.
    const QString path = m_dir.filePath(QStringLiteral("all-imports.csv"));
    FileDialog::setNextFileName(path);
    dialog->exportButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(dialog->statusText().contains(path), 5000);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll().trimmed().split('\n').size(), ManyImportsStore::recorded + 1);

    dialog->table()->scrollToBottom();
    QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 1000, 5000);
    QCOMPARE(model->recordAt(999).id, qint64(ManyImportsStore::recorded - 999));
    dialog->table()->scrollToBottom();
    QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), ManyImportsStore::recorded, 5000);
    QCOMPARE(model->recordAt(ManyImportsStore::recorded - 1).id, qint64(1));
    QVERIFY(dialog->shownText().isEmpty());
    QVERIFY(!model->canFetchMore(QModelIndex()));
}

void TestImportHistoryDialog::runByShowsWhatWasRecorded()
{
    QCOMPARE(ImportHistoryDialog::runByText(QStringLiteral("ann"), QStringLiteral("Nicosia")),
             QStringLiteral("ann (Nicosia)"));
    QCOMPARE(ImportHistoryDialog::runByText(QStringLiteral("ann"), QString()), QStringLiteral("ann"));
    QCOMPARE(ImportHistoryDialog::runByText(QString(), QStringLiteral("Nicosia")), QStringLiteral("Nicosia"));
    // Not "Run by:  ()".
    QCOMPARE(ImportHistoryDialog::runByText(QString(), QString()), QStringLiteral("not recorded"));
}

QTEST_MAIN(TestImportHistoryDialog)
#include "TestImportHistoryDialog.moc"
