// File → Import History… on a real SQLite store: the recorded import with its counts, undoing it
// (and being refused when its tokens changed since), and the list exported to CSV.

#include "AwaitFuture.h"
#include "FileDialog.h"
#include "ImportHistoryDialog.h"
#include "ImportHistoryModel.h"
#include "ImportJob.h"
#include "MainWindow.h"
#include "MemoryTokenStore.h"
#include "MessageBox.h"
#include "SqlTokenStore.h"
#include "TokenService.h"
#include "TokenTableModel.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

class TestImportHistoryDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void undoRemovesTheImportedTokensAndMarksTheRowUndone();
    void undoOfChangedTokensIsRefusedNamingThem();
    void exportWritesEveryImportToCsv();
    void storeWithoutImportRecordsDisablesTheEntry();

private:
    void openWindow(std::unique_ptr<TokenStore> store);
    void openSqlWindow();
    ImportReport importCsv(const QByteArray& bytes);
    void openDialog(ImportHistoryDialog*& dialog);
    qint64 tokenCount();

    QTemporaryDir m_dir;
    int m_files = 0;
    std::unique_ptr<TokenService> m_service;
    std::unique_ptr<MainWindow> m_window;
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
    m_window.reset();
    m_service.reset();
}

void TestImportHistoryDialog::openWindow(std::unique_ptr<TokenStore> store)
{
    auto owned = std::make_shared<std::unique_ptr<TokenStore>>(std::move(store));
    m_service = std::make_unique<TokenService>([owned]() { return std::move(*owned); });
    QVERIFY(await(m_service->open()).ok());
    m_service->setActor(QStringLiteral("tester"), QStringLiteral("back office"));
    m_window = std::make_unique<MainWindow>(m_service.get());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->openStore(false);
    QTRY_VERIFY(m_window->model()->isCountExact());
}

void TestImportHistoryDialog::openSqlWindow()
{
    StoreUrl url;
    url.kind = StoreUrl::Kind::Sqlite;
    url.path = m_dir.filePath(QStringLiteral("history%1.sqlite").arg(++m_files));
    openWindow(std::make_unique<SqlTokenStore>(url, QString(), Clock::system()));
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
    auto* entry = m_window->findChild<QAction*>(QStringLiteral("actionImportHistory"));
    QVERIFY(entry);
    QTRY_VERIFY_WITH_TIMEOUT(entry->isEnabled(), 5000);
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
    QCOMPARE(cell(ImportHistoryModel::RejectedColumn), QStringLiteral("1"));
    QCOMPARE(cell(ImportHistoryModel::StatusColumn),
             ImportHistoryModel::statusText(QStringLiteral("completed")));
    // The newest import is selected: its mapping and the refused line are shown.
    QVERIFY2(dialog->detailsText().contains(QLatin1String("udf_float_1")), qPrintable(dialog->detailsText()));
    QVERIFY2(dialog->detailsText().contains(QLatin1String("line 4")), qPrintable(dialog->detailsText()));
    QVERIFY(dialog->undoButton()->isEnabled());

    // Saying No changes nothing.
    MessageBox::setNextAnswer(QMessageBox::No);
    dialog->undoButton()->click();
    QVERIFY(MessageBox::lastText().contains(cell(ImportHistoryModel::FileColumn)));
    QVERIFY(MessageBox::lastText().contains(QLatin1String("3 token(s) it created")));
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
    // The confirmation is pre-answered; the refusal may come while click() still runs, so it is
    // shown for real and closed as soon as it is up.
    QTimer closer;
    connect(&closer, &QTimer::timeout, this, []() {
        if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget()))
            box->accept();
    });
    closer.start(20);
    MessageBox::setNextAnswer(QMessageBox::Yes);
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
             QByteArray("id,started_at,finished_at,user,unit,file,mode,status,created,updated,rejected,"
                        "mapping,errors"));
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
    auto* entry = m_window->findChild<QAction*>(QStringLiteral("actionImportHistory"));
    QVERIFY(entry);
    // The answer to imports() comes back from the worker; give it the time to arrive.
    QTest::qWait(200);
    QVERIFY(!entry->isEnabled());
}

QTEST_MAIN(TestImportHistoryDialog)
#include "TestImportHistoryDialog.moc"
