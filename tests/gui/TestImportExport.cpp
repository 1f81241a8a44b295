// The main window's import and export hooks: File → Import… and a dropped CSV open the import
// wizard on the window's store, and Export Selection… writes the selected tokens through the
// FileDialog seam as CSV without secrets.

#include "AwaitFuture.h"
#include "FileDialog.h"
#include "ImportWizard.h"
#include "MainWindow.h"
#include "MainWindowFixture.h"
#include "MemoryTokenStore.h"
#include "TokenExporter.h"
#include "TokenService.h"
#include "TokenTableModel.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

class TestImportExport : public QObject, private MainWindowFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void fileImportOpensTheWizard();
    void droppedCsvOpensTheWizardAtItsFormat();
    void exportSelectionWritesCsvWithoutSecrets();
    void cancelledExportWritesNothing();
    void exportForExcelIsRemembered();
    void exportWritesTheColumnsTheTableShows();

private:
    ImportWizard* openWizard() const { return m_window->findChild<ImportWizard*>(); }

    QTemporaryDir m_dir;
};

void TestImportExport::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("TokenDeskTest"));
    QCoreApplication::setApplicationName(QStringLiteral("TokenDeskImportExportTest"));
    QVERIFY(m_dir.isValid());
}

void TestImportExport::init()
{
    QSettings().clear();
    auto store = std::make_unique<MemoryTokenStore>();
    store->seed(20);
    openWindow(std::move(store));
    QTRY_VERIFY(m_window->model()->tokenAt(1).has_value());
}

void TestImportExport::cleanup()
{
    if (ImportWizard* wizard = openWizard())
        wizard->reject();
    closeWindow();
}

void TestImportExport::fileImportOpensTheWizard()
{
    m_window->action(MainWindow::Action::Import)->trigger();
    QTRY_VERIFY(openWizard() != nullptr);
    ImportWizard* wizard = openWizard();
    QTRY_VERIFY(wizard->isVisible());
    QCOMPARE(wizard->service(), m_service.get());
    QCOMPARE(wizard->currentId(), int(ImportWizard::FilePage));
    QVERIFY(wizard->options().filePath.isEmpty());
}

void TestImportExport::droppedCsvOpensTheWizardAtItsFormat()
{
    const QString path = m_dir.filePath(QStringLiteral("dropped.csv"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("identifier,pass_code\r\nalice@example.com,secret99\r\n");
    file.close();

    // What dropEvent emits for a CSV file (a synthetic QDropEvent is not delivered without a
    // drag in progress).
    Q_EMIT m_window->importRequested(path);

    QTRY_VERIFY(openWizard() != nullptr);
    ImportWizard* wizard = openWizard();
    QCOMPARE(wizard->options().filePath, path);
    QCOMPARE(wizard->currentId(), int(ImportWizard::FormatPage));
}

void TestImportExport::exportSelectionWritesCsvWithoutSecrets()
{
    m_window->selectRow(0);
    QItemSelectionModel* selection = m_window->table()->selectionModel();
    selection->select(m_window->model()->index(1, 0),
                      QItemSelectionModel::Select | QItemSelectionModel::Rows);
    const QList<AccessToken> selected = m_window->selectedTokens();
    QCOMPARE(selected.size(), 2);

    const QString path = m_dir.filePath(QStringLiteral("selection.csv"));
    FileDialog::setNextFileName(path);
    QAction* exportSelection = m_window->action(MainWindow::Action::ExportSelection);
    QVERIFY(exportSelection->isEnabled());
    exportSelection->trigger();
    // The file is written off the window's thread.
    QTRY_VERIFY(m_window->lastOperationText().contains(QLatin1String("exported to")));

    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QStringList lines
        = QString::fromUtf8(file.readAll()).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3);
    const QStringList header = lines.at(0).split(QLatin1Char(','));
    // A new window shows its default columns, in the catalogue's order: those are written.
    QStringList shown = TokenExporter::defaultColumns();
    shown.removeIf(
        [](const QString& column) { return !TokenTableModel::defaultVisibleColumns().contains(column); });
    QCOMPARE(header, shown);
    for (const QString& secret : { QStringLiteral("pass_code"), QStringLiteral("verification_code"),
                                   QStringLiteral("one_time_password") })
        QVERIFY2(!header.contains(secret), qPrintable(secret));
    const int numberColumn = header.indexOf(QStringLiteral("number"));
    QVERIFY(numberColumn >= 0);
    QStringList exported;
    for (int row = 1; row < lines.size(); ++row)
        exported.append(lines.at(row).split(QLatin1Char(',')).value(numberColumn));
    QCOMPARE(exported, (QStringList { selected.at(0).number, selected.at(1).number }));
    QVERIFY(m_window->lastOperationText().contains(path));
}

void TestImportExport::cancelledExportWritesNothing()
{
    m_window->selectRow(0);
    const QStringList before = QDir(m_dir.path()).entryList(QDir::Files);
    FileDialog::setNextFileName(QString());
    m_window->action(MainWindow::Action::ExportSelection)->trigger();
    QCOMPARE(QDir(m_dir.path()).entryList(QDir::Files), before);
    QVERIFY(!m_window->lastOperationText().contains(QStringLiteral("exported")));
}

void TestImportExport::exportForExcelIsRemembered()
{
    const QString excel = QStringLiteral("CSV files for Excel, UTF-8 with byte order mark (*.csv)");
    auto exportTo = [this](const QString& name, const QString& filter,
                           MainWindow::Action action = MainWindow::Action::Export) {
        const QString path = m_dir.filePath(name);
        FileDialog::setNextFileName(path, filter);
        m_window->action(action)->trigger();
        const bool written = QTest::qWaitFor(
            [&]() { return m_window->lastOperationText().contains(QLatin1String("exported to ") + path); });
        QFile file(path);
        if (!written)
            return QByteArray();
        return file.open(QIODevice::ReadOnly) ? file.read(16) : QByteArray();
    };
    const QByteArray header = TokenExporter::defaultColumns().constFirst().toUtf8() + ',';
    QVERIFY(exportTo(QStringLiteral("plain.csv"), QString()).startsWith(header));
    const QByteArray marked = "\xEF\xBB\xBF" + header;
    QVERIFY(exportTo(QStringLiteral("excel.csv"), excel).startsWith(marked));
    // The next export offers the same choice first: a dialog accepted as it opens keeps the mark.
    QVERIFY(exportTo(QStringLiteral("again.csv"), QString()).startsWith(marked));
    m_window->selectRow(0);
    QVERIFY(exportTo(QStringLiteral("selected.csv"), excel, MainWindow::Action::ExportSelection)
                .startsWith(marked));
}

void TestImportExport::exportWritesTheColumnsTheTableShows()
{
    QHeaderView* header = m_window->table()->horizontalHeader();
    TokenTableModel* model = m_window->model();
    // Hidden, moved to the front, and a custom field column added: the file follows the table.
    header->setSectionHidden(model->columnOf(QStringLiteral("identifier")), true);
    header->setSectionHidden(model->columnOf(QStringLiteral("udf_string_1")), false);
    header->moveSection(header->visualIndex(model->columnOf(QStringLiteral("authentication_code"))), 0);
    model->addCustomFieldColumn(QStringLiteral("colour"));

    const QString path = m_dir.filePath(QStringLiteral("shown.csv"));
    FileDialog::setNextFileName(path);
    m_window->action(MainWindow::Action::Export)->trigger();
    QTRY_VERIFY(m_window->lastOperationText().contains(QLatin1String("exported to ") + path));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QStringList columns = QString::fromUtf8(file.readLine()).trimmed().split(QLatin1Char(','));
    QCOMPARE(columns.constFirst(), QStringLiteral("authentication_code"));
    QVERIFY(!columns.contains(QStringLiteral("identifier")));
    QVERIFY(columns.contains(QStringLiteral("udf_string_1")));
    QCOMPARE(columns.constLast(), QStringLiteral("custom:colour"));
    QVERIFY(columns.contains(QStringLiteral("number")));
}

QTEST_MAIN(TestImportExport)
#include "TestImportExport.moc"
