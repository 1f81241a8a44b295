#include "FileDialog.h"
#include "ImportHistoryModel.h"
#include "ImportJob.h"
#include "ImportReport.h"
#include "MessageBox.h"
#include "Screenshot.h"
#include "SqlTokenStore.h"
#include "TokenService.h"
#include "import/ImportPreviewModel.h"
#include "import/ImportRunPage.h"
#include "import/ImportWizard.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

// The wizard driven offscreen end to end against a real SQLite store behind TokenService. With
// TOKENDESK_SCREENSHOTS set to a folder, each page is saved there as import-<page>.png.
class TestImportWizard : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<TokenService> m_service;

    // Enough rows for the import to take its large-import path, which builds indexes at the end.
    QString largeFile()
    {
        QByteArray bytes = "authentication_code,udf_string_1\n";
        for (int i = 0; i < 21000; ++i)
            bytes += "LARGE" + QByteArray::number(i) + ",shop\n";
        return writeFile(QStringLiteral("large.csv"), bytes);
    }

    // A wizard opened on a dropped file, taken past the format and mapping guesses to the check,
    // whose dry run has ended.
    static void openAtTheCheckPage(ImportWizard& wizard)
    {
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        wizard.next();
        wizard.next();
        QCOMPARE(wizard.currentId(), int(ImportWizard::ValidationPage));
        QTRY_VERIFY(wizard.button(QWizard::CommitButton)->isEnabled());
    }

    void screenshot(QWidget& widget, const QString& name)
    {
        saveScreenshot(&widget, QStringLiteral("import-") + name);
    }

    QString writeFile(const QString& name, const QByteArray& bytes)
    {
        const QString path = m_dir->filePath(name);
        QFile file(path);
        file.open(QIODevice::WriteOnly);
        file.write(bytes);
        return path;
    }

    // The summary of a skip-invalid import of path, the wizard taken through every page.
    QString importSkippingInvalid(const QString& path)
    {
        ImportWizard wizard(m_service.get(), path);
        wizard.show();
        wizard.next();
        auto* mode = wizard.findChild<QComboBox*>(QStringLiteral("mode"));
        mode->setCurrentIndex(mode->findData(QStringLiteral("skip-invalid")));
        wizard.next();
        if (!QTest::qWaitFor([&wizard]() { return wizard.button(QWizard::NextButton)->isEnabled(); }))
            return QStringLiteral("(the check page never let the import go on)");
        wizard.next();
        if (!QTest::qWaitFor([&wizard]() { return wizard.currentId() == ImportWizard::ResultPage; }))
            return QStringLiteral("(the import never finished)");
        return wizard.findChild<QLabel*>(QStringLiteral("resultSummary"))->text()
            + (wizard.findChild<QPushButton*>(QStringLiteral("openRejects"))->isVisible()
                   ? QStringLiteral("\n[Open refused rows]")
                   : QString());
    }

    qint64 count()
    {
        auto future = m_service->count(TokenQuery());
        future.waitForFinished();
        return future.result().value();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("TokenDeskTest"));
        QCoreApplication::setApplicationName(QStringLiteral("TestImportWizard"));
        QSettings().clear();
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        const QString path = m_dir->filePath(QStringLiteral("tokens.sqlite"));
        m_service = std::make_unique<TokenService>([path]() -> std::unique_ptr<TokenStore> {
            return std::make_unique<SqlTokenStore>(StoreUrl::parse(QStringLiteral("sqlite:") + path).value(),
                                                   QString(), Clock::system());
        });
        auto opened = m_service->open();
        opened.waitForFinished();
        QVERIFY(opened.result().ok());
        auto settings = m_service->settings();
        settings.waitForFinished();
        TokenSettings cheap = settings.result().value();
        cheap.hashIterations = 1;
        cheap.hashMemoryKiB = 8;
        auto saved = m_service->saveSettings(cheap);
        saved.waitForFinished();
    }

    void cleanup()
    {
        m_service.reset();
        m_dir.reset();
    }

    void previewModel()
    {
        ImportPreviewModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        CsvPreview preview;
        preview.header = { "a", "" };
        preview.rows = { { "1", "2", "3" }, { "4" } };
        model.setPreview(preview);
        QCOMPARE(model.columnCount(), 3);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.headerData(0, Qt::Horizontal).toString(), QStringLiteral("a"));
        QCOMPARE(model.headerData(2, Qt::Horizontal).toString(), QStringLiteral("Column 3"));
        QCOMPARE(model.data(model.index(1, 2)), QVariant(QString()));
    }

    void importsThroughEveryPage()
    {
        const QString path = writeFile(QStringLiteral("shop.csv"),
                                       "E-mail;PIN;Card number;auth_code;Colour\r\n"
                                       "ann@example.org;0042;4111********1111;00A1;red\r\n"
                                       "bob@example.org;;;00A2;blue\r\n"
                                       ";;;00A3;green\r\n");
        ImportWizard wizard(m_service.get());
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));

        QCOMPARE(wizard.currentId(), int(ImportWizard::FilePage));
        QAbstractButton* next = wizard.button(QWizard::NextButton);
        QVERIFY(!next->isEnabled());
        // A typed path that leads nowhere says why Next stays off.
        auto* pathEdit = wizard.findChild<QLineEdit*>(QStringLiteral("filePath"));
        auto* status = wizard.findChild<QLabel*>(QStringLiteral("fileStatus"));
        pathEdit->setText(m_dir->filePath(QStringLiteral("nowhere.csv")));
        QCOMPARE(status->text(), QStringLiteral("There is no file at this path."));
        pathEdit->setText(m_dir->path());
        QCOMPARE(status->text(), QStringLiteral("This is a folder; choose a file in it."));
        QVERIFY(!next->isEnabled());
        FileDialog::setNextFileName(path);
        for (QPushButton* button : wizard.currentPage()->findChildren<QPushButton*>())
            button->click();
        QCOMPARE(wizard.findChild<QLineEdit*>(QStringLiteral("filePath"))->text(), path);
        QVERIFY(next->isEnabled());
        QVERIFY(status->text().isEmpty());
        screenshot(wizard, QStringLiteral("file"));
        wizard.next();

        // Format: guessed, and the preview follows every change.
        QCOMPARE(wizard.currentId(), int(ImportWizard::FormatPage));
        auto* delimiter = wizard.findChild<QComboBox*>(QStringLiteral("delimiter"));
        auto* encoding = wizard.findChild<QComboBox*>(QStringLiteral("encoding"));
        auto* header = wizard.findChild<QCheckBox*>(QStringLiteral("hasHeader"));
        auto* grid = wizard.findChild<QTableView*>(QStringLiteral("previewGrid"));
        // The PIN column's pass codes are masked, whatever their length; the other cells are as read.
        QCOMPARE(grid->model()->index(0, 1).data().toString(), QString(6, QChar(0x2022)));
        QCOMPARE(grid->model()->index(1, 1).data().toString(), QString());
        QCOMPARE(grid->model()->index(0, 0).data().toString(), QStringLiteral("ann@example.org"));
        QCOMPARE(delimiter->currentData().toString(), QStringLiteral(";"));
        QCOMPARE(encoding->currentText(), QStringLiteral("UTF-8"));
        QVERIFY(header->isChecked());
        QCOMPARE(grid->model()->columnCount(), 5);
        QCOMPARE(grid->model()->rowCount(), 3);
        QCOMPARE(grid->model()->index(0, 3).data().toString(), QStringLiteral("00A1"));
        // The cells can be checked by eye: no e-mail or card number is cut short.
        QVERIFY2(grid->columnWidth(0)
                     > grid->fontMetrics().horizontalAdvance(QStringLiteral("ann@example.org")),
                 qPrintable(QString::number(grid->columnWidth(0))));
        QVERIFY(grid->columnWidth(2)
                > grid->fontMetrics().horizontalAdvance(QStringLiteral("4111********1111")));
        screenshot(wizard, QStringLiteral("format"));
        delimiter->setCurrentIndex(delimiter->findData(QStringLiteral(",")));
        QCOMPARE(grid->model()->columnCount(), 1);
        header->setChecked(false);
        QCOMPARE(grid->model()->rowCount(), 4);
        header->setChecked(true);
        delimiter->setCurrentIndex(delimiter->findData(QStringLiteral(";")));
        QCOMPARE(grid->model()->columnCount(), 5);
        wizard.next();

        // Mapping: guessed from the header; the colour goes to a custom field.
        QCOMPARE(wizard.currentId(), int(ImportWizard::MappingPage));
        auto column = [&wizard](int n) {
            return wizard.findChild<QComboBox*>(QStringLiteral("column%1").arg(n));
        };
        QCOMPARE(column(1)->currentData().toString(), QStringLiteral("identifier"));
        QCOMPARE(column(2)->currentData().toString(), QStringLiteral("pass_code"));
        // Fields are named as the table and editor name them; the wire name is the tooltip.
        QCOMPARE(column(1)->currentText(), QStringLiteral("Identifier"));
        QCOMPARE(column(2)->currentText(), QStringLiteral("Pass code"));
        QCOMPARE(column(2)->itemData(column(2)->currentIndex(), Qt::ToolTipRole).toString(),
                 QStringLiteral("pass_code"));
        QVERIFY(column(1)->findText(QStringLiteral("UDF number 2")) > 0);
        // Its example is masked too.
        QStringList labels;
        for (const QLabel* label : wizard.currentPage()->findChildren<QLabel*>())
            labels.append(label->text());
        QVERIFY2(!labels.join(QLatin1Char('|')).contains(QLatin1String("0042")),
                 qPrintable(labels.join(QLatin1Char('|'))));
        QVERIFY(labels.contains(QStringLiteral("PIN  (e.g. %1)").arg(QString(6, QChar(0x2022)))));
        QCOMPARE(column(3)->currentData().toString(), QStringLiteral("card_masked_number"));
        QCOMPARE(column(4)->currentData().toString(), QStringLiteral("authentication_code"));
        QCOMPARE(column(5)->currentData().toString(), QString());
        column(5)->setCurrentIndex(column(5)->findData(QStringLiteral("custom:Colour")));
        auto* mode = wizard.findChild<QComboBox*>(QStringLiteral("mode"));
        mode->setCurrentIndex(mode->findData(QStringLiteral("skip-invalid")));
        // Named as the import history will name it.
        QVERIFY(mode->currentText().startsWith(ImportHistoryModel::modeText(QStringLiteral("skip-invalid"))));
        wizard.findChild<QLineEdit*>(QStringLiteral("saveMappingAs"))->setText(QStringLiteral("shop"));
        screenshot(wizard, QStringLiteral("mapping"));
        wizard.next();
        QVERIFY(ColumnMapping::savedNames().contains(QStringLiteral("shop")));

        // Validation: a dry run; bob has an identifier without a pass code.
        QCOMPARE(wizard.currentId(), int(ImportWizard::ValidationPage));
        auto* counts = wizard.findChild<QLabel*>(QStringLiteral("validationCounts"));
        QTRY_VERIFY(counts->text().contains(QLatin1String("rejected")));
        QVERIFY2(counts->text().startsWith(QLatin1String(
                     "2 would be created, 0 updated, 0 unchanged, 0 skipped (no values), 1 rejected")),
                 qPrintable(counts->text()));
        auto* errors = wizard.findChild<QTableWidget*>(QStringLiteral("validationErrors"));
        QCOMPARE(errors->rowCount(), 1);
        QCOMPARE(errors->item(0, 0)->text(), QStringLiteral("3"));
        QVERIFY2(errors->item(0, 1)->text().contains(QLatin1String("A pass code is required")),
                 qPrintable(errors->item(0, 1)->text()));
        errors->setCurrentCell(0, 0);
        const QString detail = wizard.findChild<QLabel*>(QStringLiteral("validationDetail"))->text();
        QVERIFY(detail.contains(QLatin1String("bob@example.org")));
        // Pass codes stay out of the refused rows: not shown, rather than shown as empty.
        QVERIFY2(detail.contains(QLatin1String("PIN (pass codes are not shown)"))
                     && !detail.contains(QLatin1String("PIN = ")),
                 qPrintable(detail));
        QCOMPARE(count(), qint64(0));
        screenshot(wizard, QStringLiteral("validation"));
        QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
        wizard.next();

        // Import, then the result page on its own.
        QVERIFY(wizard.currentId() == ImportWizard::RunPage
                || wizard.currentId() == ImportWizard::ResultPage);
        screenshot(wizard, QStringLiteral("progress"));
        QTRY_COMPARE(wizard.currentId(), int(ImportWizard::ResultPage));
        auto* summary = wizard.findChild<QLabel*>(QStringLiteral("resultSummary"));
        QVERIFY2(
            summary->text().startsWith(QLatin1String("Created: 2\nUpdated: 0\nUnchanged: 0\nRejected: 1")),
            qPrintable(summary->text()));
        QVERIFY(wizard.findChild<QPushButton*>(QStringLiteral("openRejects"))->isVisible());
        const QString rejects = m_dir->filePath(QStringLiteral("shop-refused.csv"));
        QVERIFY(QFile::exists(rejects));
        screenshot(wizard, QStringLiteral("result"));
        QCOMPARE(count(), qint64(2));
        auto shown = m_service->show(TokenRef::byAuthenticationCode(QStringLiteral("00A1")));
        shown.waitForFinished();
        QCOMPARE(shown.result()->customFields.value(QStringLiteral("Colour")), QStringLiteral("red"));
        QCOMPARE(shown.result()->cardMaskedNumber, QStringLiteral("4111********1111"));

        // Enter finishes, even with the focus on the button that opens the refused rows.
        auto* openRejects = wizard.findChild<QPushButton*>(QStringLiteral("openRejects"));
        openRejects->setFocus();
        QTest::keyClick(openRejects, Qt::Key_Return);
        QTRY_VERIFY(!wizard.isVisible());
        QCOMPARE(wizard.result(), int(QDialog::Accepted));
    }

    // A large atomic import ends with the index builds; the run page's last line names them.
    void largeImportShowsItsIndexBuildsOnTheRunPage()
    {
        ImportWizard wizard(m_service.get(), largeFile());
        openAtTheCheckPage(wizard);
        auto* rate = wizard.findChild<QLabel*>(QStringLiteral("importRate"));
        // The screenshot is taken while the indexes are built, with an estimate of the time left,
        // if the test sees that moment.
        QTimer watch;
        bool shot = false;
        connect(&watch, &QTimer::timeout, this, [&]() {
            if (!shot && wizard.currentId() == ImportWizard::RunPage
                && rate->text().contains(QLatin1String(" left"))) {
                shot = true;
                screenshot(wizard, QStringLiteral("finishing"));
            }
        });
        watch.start(5);
        wizard.next();
        QTRY_COMPARE(wizard.currentId(), int(ImportWizard::ResultPage));
        QCOMPARE(count(), qint64(21000));
        // Nothing is reported after the last step, so the run page still shows it.
        QCOMPARE(rate->text(), QStringLiteral("21000 rows written; building the lookup indexes: 11 of 11"));
    }

    // Once the import runs there is no way back to the check page (which would run it again on
    // the next Import): Back is off, and the wizard's Cancel stops the import instead of leaving it
    // running behind a closed window.
    void runningImportCannotBeLeftButCanBeCancelled()
    {
        ImportWizard wizard(m_service.get(), largeFile());
        openAtTheCheckPage(wizard);
        QCOMPARE(wizard.button(QWizard::CommitButton)->text(), QStringLiteral("&Import"));
        QTimer watch;
        int backOnRunPage = 0;
        bool cancelled = false;
        connect(&watch, &QTimer::timeout, this, [&]() {
            if (wizard.currentId() != ImportWizard::RunPage)
                return;
            if (wizard.button(QWizard::BackButton)->isVisible()
                && wizard.button(QWizard::BackButton)->isEnabled())
                ++backOnRunPage;
            if (!cancelled) {
                cancelled = true;
                wizard.reject();
            }
        });
        watch.start(1);
        wizard.button(QWizard::CommitButton)->click();
        QTRY_COMPARE(wizard.currentId(), int(ImportWizard::ResultPage));
        QVERIFY(cancelled);
        QCOMPARE(backOnRunPage, 0);
        QVERIFY(wizard.isVisible());
        QVERIFY(wizard.report().cancelled);
        QCOMPARE(count(), qint64(0));
        QVERIFY2(wizard.findChild<QLabel*>(QStringLiteral("resultSummary"))
                     ->text()
                     .contains(QLatin1String("cancelled")),
                 qPrintable(wizard.findChild<QLabel*>(QStringLiteral("resultSummary"))->text()));
        // Done is the only way out.
        QVERIFY(!wizard.button(QWizard::CancelButton)->isVisible());
        QVERIFY(wizard.button(QWizard::FinishButton)->isVisible());
    }

    void runPageShowsTheStepsAfterTheLastRow()
    {
        ImportProgress rows;
        rows.rows = 10500;
        rows.rowsPerSecond = 35000;
        rows.bytesRead = 500;
        rows.totalBytes = 1000;
        rows.secondsLeft = 0.3;
        QCOMPARE(ImportRunPage::barValue(rows), 500);
        QCOMPARE(ImportJob::progressText(rows),
                 QStringLiteral("10500 rows, 35000 rows/s, under a second left"));
        // The time left for the rows is not passed off as the time left for the import.
        rows.secondsLeft = 12.4;
        rows.finishingAhead = 11;
        QCOMPARE(
            ImportJob::progressText(rows),
            QStringLiteral("10500 rows, 35000 rows/s, rows written in about 12 s, then the lookup indexes"));

        ImportProgress finishing = rows;
        finishing.rows = 21000;
        finishing.bytesRead = finishing.totalBytes;
        finishing.secondsLeft = -1;
        finishing.finishingDone = 3;
        finishing.finishingSteps = 11;
        finishing.finishingAhead = 0;
        QCOMPARE(ImportRunPage::barValue(finishing), 272);
        QCOMPARE(ImportJob::progressText(finishing),
                 QStringLiteral("21000 rows written; building the lookup indexes: 3 of 11"));
        finishing.secondsLeft = 7.6;
        QCOMPARE(ImportJob::progressText(finishing),
                 QStringLiteral("21000 rows written; building the lookup indexes: 3 of 11, about 8 s left"));
    }

    void atomicWithRefusedRowsCannotGoOn()
    {
        const QString path
            = writeFile(QStringLiteral("bad.csv"), "authentication_code,udf_float_1\nX1,1\nX2,abc\n");
        ImportWizard wizard(m_service.get(), path);
        wizard.show();
        QCOMPARE(wizard.currentId(), int(ImportWizard::FormatPage));
        wizard.next();
        wizard.next();
        auto* counts = wizard.findChild<QLabel*>(QStringLiteral("validationCounts"));
        QTRY_VERIFY(counts->text().contains(QLatin1String("rejected")));
        QVERIFY(counts->text().contains(QLatin1String("atomic")));
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
        QCOMPARE(count(), qint64(0));
    }

    // A row the store refuses at the import itself (another client took its code after the
    // check) is named on the result page with its line and reason: nothing was imported, and
    // there is no file of refused rows to look in.
    void theResultNamesWhatAFailedImportRefused()
    {
        ImportWizard wizard(m_service.get(),
                            writeFile(QStringLiteral("race.csv"), "authentication_code\nRACE1\nRACE2\n"));
        wizard.show();
        wizard.next();
        wizard.next();
        QCOMPARE(wizard.currentId(), int(ImportWizard::ValidationPage));
        auto* counts = wizard.findChild<QLabel*>(QStringLiteral("validationCounts"));
        QTRY_VERIFY(counts->text().startsWith(QLatin1String("2 would be created")));
        TokenPatch taken;
        taken.authenticationCode = QStringLiteral("RACE2");
        auto created = m_service->create(taken);
        created.waitForFinished();
        QVERIFY(created.result().ok());
        wizard.next();
        QTRY_COMPARE(wizard.currentId(), int(ImportWizard::ResultPage));
        const QString summary = wizard.findChild<QLabel*>(QStringLiteral("resultSummary"))->text();
        QVERIFY2(summary.contains(QLatin1String("nothing was imported")), qPrintable(summary));
        QVERIFY2(summary.contains(QLatin1String("Line 3: ")) && summary.contains(QLatin1String("RACE2")),
                 qPrintable(summary));
        QVERIFY(!wizard.findChild<QPushButton*>(QStringLiteral("openRejects"))->isVisible());
        QCOMPARE(count(), qint64(1));
    }

    // The refused rows go beside the file; where that folder cannot be written to (a read-only
    // share; here a folder already has the name), they go to the documents folder without
    // replacing another import's refusals there, and the probe leaves nothing behind.
    void refusedRowsGoWhereTheyCanBeWritten()
    {
        QTemporaryDir share;
        const QString source = share.filePath(QStringLiteral("partner.csv"));
        QCOMPARE(ImportRunPage::rejectsPathFor(source),
                 share.filePath(QStringLiteral("partner-refused.csv")));
        QVERIFY(!QFile::exists(share.filePath(QStringLiteral("partner-refused.csv"))));

        QVERIFY(QDir(share.path()).mkdir(QStringLiteral("partner-refused.csv")));
        const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        QVERIFY(QDir().mkpath(documents));
        const QString elsewhere = ImportRunPage::rejectsPathFor(source);
        QCOMPARE(elsewhere, QDir(documents).filePath(QStringLiteral("partner-refused.csv")));
        QVERIFY(!QFile::exists(elsewhere));

        // The result page says where they went, and why there.
        QFile file(source);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("authentication_code,udf_float_1\nSHARE1,1\nSHARE2,abc\n");
        file.close();
        const QString summary = importSkippingInvalid(source);
        QVERIFY2(summary.contains(elsewhere
                                  + QStringLiteral(": they could not be written beside the imported file")),
                 qPrintable(summary));
        QVERIFY(QFile::exists(elsewhere));

        // Another share's partner.csv does not replace those refusals: it takes the next name.
        QTemporaryDir otherShare;
        QVERIFY(QDir(otherShare.path()).mkdir(QStringLiteral("partner-refused.csv")));
        const QString next
            = ImportRunPage::rejectsPathFor(otherShare.filePath(QStringLiteral("partner.csv")));
        QCOMPARE(next, QDir(documents).filePath(QStringLiteral("partner-refused-2.csv")));
        QVERIFY(!QFile::exists(next));
        QFile::remove(elsewhere);
    }

    // A skip-invalid import that refuses nothing leaves no rejects file (only a header) beside
    // the file it imported.
    void aCleanImportLeavesNoRejectsFile()
    {
        const QString summary = importSkippingInvalid(
            writeFile(QStringLiteral("clean.csv"), "authentication_code\nCLEAN1\nCLEAN2\n"));
        QVERIFY2(summary.startsWith(QLatin1String("Created: 2\n")), qPrintable(summary));
        QVERIFY2(!summary.contains(QLatin1String("[Open refused rows]")), qPrintable(summary));
        QVERIFY(!QFile::exists(m_dir->filePath(QStringLiteral("clean-refused.csv"))));
    }

    // Tab leaves the format page's preview for the next control; it does not walk its cells.
    void tabLeavesThePreview()
    {
        ImportWizard wizard(m_service.get(),
                            writeFile(QStringLiteral("tab.csv"), "authentication_code,x\nT1,a\nT2,b\n"));
        wizard.show();
        QApplication::setActiveWindow(&wizard);
        QVERIFY(QTest::qWaitForWindowActive(&wizard));
        auto* grid = wizard.findChild<QTableView*>(QStringLiteral("previewGrid"));
        QVERIFY(grid);
        grid->setFocus();
        QTRY_VERIFY(grid->hasFocus());
        QTest::keyClick(grid, Qt::Key_Tab);
        QVERIFY(!grid->hasFocus());
    }

    // The preview numbers its rows by their lines in the file, as the problems under it do: a
    // header is line 1, and a record with a line break in a cell takes two.
    void thePreviewNumbersRowsByTheirLines()
    {
        ImportWizard wizard(
            m_service.get(),
            writeFile(QStringLiteral("lines.csv"),
                      "authentication_code,address\nL1,\"1 Main Street\nNicosia\"\nL2,x,extra\nL3,y\n"));
        wizard.show();
        QCOMPARE(wizard.currentId(), int(ImportWizard::FormatPage));
        auto* grid = wizard.findChild<QTableView*>(QStringLiteral("previewGrid"));
        QVERIFY(grid);
        QTRY_COMPARE(grid->model()->rowCount(), 3);
        QCOMPARE(grid->model()->headerData(0, Qt::Vertical).toString(), QStringLiteral("2"));
        QCOMPARE(grid->model()->headerData(1, Qt::Vertical).toString(), QStringLiteral("4"));
        QCOMPARE(grid->model()->headerData(2, Qt::Vertical).toString(), QStringLiteral("5"));
        auto* problems = wizard.findChild<QLabel*>(QStringLiteral("formatProblems"));
        QVERIFY2(problems->text().startsWith(QLatin1String("Line 4:")), qPrintable(problems->text()));
    }

    // Back on the format page, the file is read again (fixed and saved meanwhile), in the format
    // the person chose.
    void backOnTheFormatPageTheFileIsReadAgain()
    {
        const QString path = writeFile(QStringLiteral("fixed.csv"), "authentication_code;x\nF1;a\n");
        ImportWizard wizard(m_service.get(), path);
        wizard.show();
        QCOMPARE(wizard.currentId(), int(ImportWizard::FormatPage));
        auto* grid = wizard.findChild<QTableView*>(QStringLiteral("previewGrid"));
        QCOMPARE(grid->model()->rowCount(), 1);
        auto* header = wizard.findChild<QCheckBox*>(QStringLiteral("hasHeader"));
        QVERIFY(header);
        header->setChecked(false);
        QCOMPARE(grid->model()->rowCount(), 2);
        wizard.next();
        QCOMPARE(wizard.currentId(), int(ImportWizard::MappingPage));
        writeFile(QStringLiteral("fixed.csv"), "authentication_code;x\nF1;a\nF2;b\n");
        wizard.back();
        QCOMPARE(wizard.currentId(), int(ImportWizard::FormatPage));
        QCOMPARE(grid->model()->rowCount(), 3);
        QVERIFY(!header->isChecked());
        QCOMPARE(grid->model()->index(2, 0).data().toString(), QStringLiteral("F2"));
    }

    // The Columns page opens on the first column's drop-down; Tab goes down the columns and then
    // to the options below them. A header's '&' is shown, not taken for an access key.
    void theColumnsPageGoesDownItsColumns()
    {
        ImportWizard wizard(m_service.get(),
                            writeFile(QStringLiteral("order.csv"), "authentication_code,R&D,note\nO1,x,y\n"));
        wizard.show();
        QApplication::setActiveWindow(&wizard);
        QVERIFY(QTest::qWaitForWindowActive(&wizard));
        wizard.next();
        QCOMPARE(wizard.currentId(), int(ImportWizard::MappingPage));
        auto column = [&wizard](int n) {
            return wizard.findChild<QComboBox*>(QStringLiteral("column%1").arg(n));
        };
        QTRY_COMPARE(QApplication::focusWidget(), column(1));
        for (const QString& next : { QStringLiteral("column2"), QStringLiteral("column3"),
                                     QStringLiteral("savedMapping"), QStringLiteral("mode") }) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            QCOMPARE(QApplication::focusWidget()->objectName(), next);
        }
        for (QLabel* label : wizard.currentPage()->findChildren<QLabel*>()) {
            if (label->buddy() == column(2))
                QVERIFY2(label->text().startsWith(QLatin1String("R&&D")), qPrintable(label->text()));
        }
    }

    // A cell with line breaks in it (a quoted address) labels its column on one line, level with
    // the column's drop-down.
    void aMultiLineExampleLabelsItsColumnOnOneLine()
    {
        ImportWizard wizard(
            m_service.get(),
            writeFile(QStringLiteral("addresses.csv"),
                      "authentication_code,\"Postal\naddress\"\nM1,\"1 Main Street\r\nNicosia\"\n"));
        wizard.show();
        wizard.next();
        QCOMPARE(wizard.currentId(), int(ImportWizard::MappingPage));
        auto* combo = wizard.findChild<QComboBox*>(QStringLiteral("column2"));
        QVERIFY(combo);
        QLabel* label = nullptr;
        for (QLabel* candidate : wizard.currentPage()->findChildren<QLabel*>()) {
            if (candidate->buddy() == combo)
                label = candidate;
        }
        QVERIFY(label);
        QCOMPARE(label->text(), QStringLiteral("Postal \u21B5 address  (e.g. 1 Main Street \u21B5 Nicosia)"));
    }

    // A file without a header saves its mapping by column place, and the next such file takes
    // it; a mapping saved for named columns fits none of them, and leaves the columns as they are.
    void aFileWithoutAHeaderReusesItsSavedMapping()
    {
        auto mappingPage = [this](const QString& path) {
            auto wizard = std::make_unique<ImportWizard>(m_service.get(), path);
            wizard->show();
            wizard->next();
            return wizard;
        };
        auto column = [](ImportWizard& wizard, int n) {
            return wizard.findChild<QComboBox*>(QStringLiteral("column%1").arg(n));
        };
        {
            auto named
                = mappingPage(writeFile(QStringLiteral("named.csv"), "Colour,authentication_code\nred,N1\n"));
            named->findChild<QLineEdit*>(QStringLiteral("saveMappingAs"))->setText(QStringLiteral("named"));
            named->next();
        }
        {
            auto first
                = mappingPage(writeFile(QStringLiteral("feed1.tsv"), "x1\tA1\tshop 1\nx2\tA2\tshop 2\n"));
            QCOMPARE(first->currentId(), int(ImportWizard::MappingPage));
            column(*first, 2)->setCurrentIndex(
                column(*first, 2)->findData(QStringLiteral("authentication_code")));
            column(*first, 3)->setCurrentIndex(column(*first, 3)->findData(QStringLiteral("udf_string_1")));
            first->findChild<QLineEdit*>(QStringLiteral("saveMappingAs"))->setText(QStringLiteral("feed"));
            first->next();
        }
        auto next = mappingPage(writeFile(QStringLiteral("feed2.tsv"), "y1\tB1\tshop 3\n"));
        auto* saved = next->findChild<QComboBox*>(QStringLiteral("savedMapping"));
        QCOMPARE(saved->itemText(0), QStringLiteral("(none)"));
        saved->setCurrentIndex(saved->findText(QStringLiteral("feed")));
        Q_EMIT saved->activated(saved->currentIndex());
        QCOMPARE(column(*next, 1)->currentData().toString(), QString());
        QCOMPARE(column(*next, 2)->currentData().toString(), QStringLiteral("authentication_code"));
        QCOMPARE(column(*next, 3)->currentData().toString(), QStringLiteral("udf_string_1"));

        MessageBox::setNextAnswer(QMessageBox::Ok);
        saved->setCurrentIndex(saved->findText(QStringLiteral("named")));
        Q_EMIT saved->activated(saved->currentIndex());
        QVERIFY2(MessageBox::lastText().contains(QLatin1String("none of this file's columns")),
                 qPrintable(MessageBox::lastText()));
        QCOMPARE(column(*next, 2)->currentData().toString(), QStringLiteral("authentication_code"));
        QCOMPARE(saved->currentIndex(), 0);
    }

    // The check page shows why a row is refused; what the rejects file adds for the person who
    // fixes it ("the pass code was left out of this file") would make no sense before any file.
    void checkPageShowsTheErrorAlone()
    {
        const QString path = writeFile(QStringLiteral("pins.csv"),
                                       "identifier,pin,authentication_code,udf_float_1\n"
                                       "ann@example.org,1234,P1,1\n"
                                       "bob@example.org,5678,P2,abc\n");
        ImportWizard wizard(m_service.get(), path);
        wizard.show();
        wizard.next();
        wizard.next();
        auto* errors = wizard.findChild<QTableWidget*>(QStringLiteral("validationErrors"));
        QTRY_COMPARE(errors->rowCount(), 1);
        const QString message = errors->item(0, 1)->text();
        QCOMPARE(message, QStringLiteral("UDF number 1 must be a number, not \"abc\""));
        QVERIFY2(!message.contains(QLatin1String("this file")), qPrintable(message));
        QVERIFY(!errors->item(0, 3)->text().contains(QLatin1String("5678")));
    }

    // A column empty in the first row takes its example from the first row that has a value.
    void aColumnsExampleSkipsEmptyCells()
    {
        ImportWizard wizard(m_service.get(),
                            writeFile(QStringLiteral("sparse.csv"),
                                      "authentication_code,identifier\n"
                                      "S1,\nS2,  \nS3,third@example.org\n"));
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        wizard.next();
        QCOMPARE(wizard.currentId(), int(ImportWizard::MappingPage));
        QStringList labels;
        for (const QLabel* label : wizard.currentPage()->findChildren<QLabel*>())
            labels.append(label->text());
        QVERIFY2(labels.contains(QStringLiteral("identifier  (e.g. third@example.org)")),
                 qPrintable(labels.join(QLatin1Char('|'))));
        QVERIFY2(labels.contains(QStringLiteral("authentication_code  (e.g. S1)")),
                 qPrintable(labels.join(QLatin1Char('|'))));
    }

    // A file with nothing wrong says so, rather than showing an empty table of errors.
    void checkPageSaysWhenEveryRowPasses()
    {
        ImportWizard wizard(m_service.get(),
                            writeFile(QStringLiteral("fine.csv"), "authentication_code\nFINE1\nFINE2\n"));
        openAtTheCheckPage(wizard);
        const QString counts = wizard.findChild<QLabel*>(QStringLiteral("validationCounts"))->text();
        QVERIFY2(counts.contains(QLatin1String("Every row passes the checks")), qPrintable(counts));
        QVERIFY(!wizard.findChild<QTableWidget*>(QStringLiteral("validationErrors"))->isVisible());
    }
};

QTEST_MAIN(TestImportWizard)
#include "TestImportWizard.moc"
