#include "ImportValidationPage.h"

#include "CsvReader.h"
#include "ImportJob.h"
#include "ImportWizard.h"
#include "TokenService.h"
#include "WhenFinished.h"

#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>
#include <memory>

namespace {
constexpr int shownErrors = 1000;
}

ImportValidationPage::ImportValidationPage(ImportWizard* wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_counts(new QLabel(this))
    , m_errors(new QTableWidget(this))
    , m_detail(new QLabel(this))
{
    setTitle(tr("Check"));
    setSubTitle(tr("Every row is checked with the store's rules; nothing is written yet."));
    // Past this page the import runs: going back to it would only offer to run it again.
    setCommitPage(true);
    setButtonText(QWizard::CommitButton, tr("&Import"));
    m_counts->setObjectName(QStringLiteral("validationCounts"));
    m_errors->setObjectName(QStringLiteral("validationErrors"));
    m_detail->setObjectName(QStringLiteral("validationDetail"));
    m_detail->setWordWrap(true);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_errors->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_errors->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_errors->setTabKeyNavigation(false);
    m_errors->verticalHeader()->hide();
    m_errors->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_counts);
    layout->addWidget(m_errors, 1);
    layout->addWidget(m_detail);
    connect(m_errors, &QTableWidget::cellDoubleClicked, this, [this](int row) { showRow(row); });
    connect(m_errors, &QTableWidget::currentCellChanged, this, [this](int row) { showRow(row); });
}

void ImportValidationPage::initializePage()
{
    m_done = false;
    m_errors->clear();
    m_errors->setRowCount(0);
    m_detail->clear();
    m_counts->setText(tr("Checking…"));
    ImportOptions options = m_wizard->options();
    options.dryRun = true;
    options.rejectsPath = m_scratch.filePath(QStringLiteral("refused.csv"));
    // The messages of the report, without the notes the rejects file adds for the person fixing it.
    options.exampleLimit = shownErrors;
    auto job = std::make_shared<ImportJob>(options);
    const int generation = ++m_generation;
    whenFinished(
        m_wizard->service()->withStore<ImportReport>([job](TokenStore& store) { return job->run(store); }),
        this, [this, generation](const ImportReport& report) {
            if (generation != m_generation)
                return;
            m_wizard->report() = report;
            showReport();
        });
}

void ImportValidationPage::cleanupPage()
{
    ++m_generation;
}

void ImportValidationPage::showReport()
{
    const ImportReport& report = m_wizard->report();
    QString text = tr("%1 would be created, %2 updated, %3 unchanged, %4 skipped (no values), %5 rejected.")
                       .arg(report.created)
                       .arg(report.updated)
                       .arg(report.unchanged)
                       .arg(report.skipped)
                       .arg(report.rejected);
    if (report.failure.isError())
        text += QLatin1Char('\n') + report.failure.message();
    if (report.rejected > 0 && m_wizard->options().mode == ImportOptions::Mode::Atomic)
        text += QLatin1Char('\n')
            + tr("In the atomic mode nothing will be imported until these rows are fixed.");
    if (report.rejected == 0 && !report.failure.isError())
        text += QLatin1Char('\n') + tr("Every row passes the checks.");
    m_counts->setText(text);
    // A table of errors stays out of sight when there are none.
    m_errors->setVisible(report.rejected > 0);
    m_detail->setVisible(report.rejected > 0);

    QHash<qint64, QString> messages;
    for (const ImportRowError& error : report.errors)
        messages.insert(error.line, error.message);
    QFile refused(m_scratch.filePath(QStringLiteral("refused.csv")));
    if (refused.open(QIODevice::ReadOnly)) {
        // Written in UTF-8 with the imported file's delimiter.
        CsvFormat written;
        written.delimiter = m_wizard->options().format.delimiter;
        CsvReader reader(&refused, written);
        if (reader.open()) {
            const QStringList header = reader.header();
            // line and error first: they are what a person looks for.
            QStringList columns = { tr("Line"), tr("Error") };
            columns += header.mid(0, header.size() - 2);
            m_errors->setColumnCount(int(columns.size()));
            m_errors->setHorizontalHeaderLabels(columns);
            const int passCode = passCodeColumn();
            QStringList fields;
            for (;;) {
                const Result<bool> next = reader.next(fields);
                if (next.ok() && !next.value())
                    break;
                if (!next.ok() && !reader.canContinue())
                    break;
                if (m_errors->rowCount() >= shownErrors || fields.size() < 2)
                    continue;
                const int row = m_errors->rowCount();
                m_errors->insertRow(row);
                const QString line = fields.at(fields.size() - 2);
                auto* message = new QTableWidgetItem(messages.value(line.toLongLong(), fields.constLast()));
                message->setToolTip(message->text());
                m_errors->setItem(row, 0, new QTableWidgetItem(line));
                m_errors->setItem(row, 1, message);
                for (qsizetype i = 0; i + 2 < fields.size(); ++i) {
                    auto* cell = new QTableWidgetItem(fields.at(i));
                    // The column may be narrower than the value: the whole of it, on hovering.
                    cell->setToolTip(i + 2 == passCode ? tr("Pass codes are not shown") : fields.at(i));
                    m_errors->setItem(row, int(i + 2), cell);
                }
            }
            m_errors->resizeColumnsToContents();
            // The file's columns too: one long value would push the others, and its own title in the
            // middle of the column, out of sight.
            for (int column = 2; column < m_errors->columnCount(); ++column)
                m_errors->setColumnWidth(
                    column, qMin(m_errors->columnWidth(column), fontMetrics().averageCharWidth() * 40));
            // A long message is read below the table (and in its tooltip); the row's cells stay in view.
            m_errors->setColumnWidth(1,
                                     qMin(m_errors->columnWidth(1), fontMetrics().averageCharWidth() * 50));
            // A message wrapped in that width keeps all its lines.
            m_errors->resizeRowsToContents();
        }
    }
    m_done = !report.failure.isError() || report.rejected > 0;
    Q_EMIT completeChanged();
}

void ImportValidationPage::showRow(int row)
{
    if (row < 0 || row >= m_errors->rowCount())
        return;
    QStringList cells;
    const int passCode = passCodeColumn();
    for (int column = 2; column < m_errors->columnCount(); ++column) {
        // Left out of the refused rows: an empty cell there says nothing about the file's.
        if (column == passCode) {
            cells.append(
                tr("%1 (pass codes are not shown)").arg(m_errors->horizontalHeaderItem(column)->text()));
            continue;
        }
        const QTableWidgetItem* item = m_errors->item(row, column);
        // A value too long to wrap (no spaces) is shortened in its middle, quotes kept in sight.
        const QString value = fontMetrics().elidedText(item ? item->text() : QString(), Qt::ElideMiddle,
                                                       fontMetrics().averageCharWidth() * 60);
        cells.append(
            QStringLiteral("%1 = \"%2\"").arg(m_errors->horizontalHeaderItem(column)->text(), value));
    }
    m_detail->setText(tr("Line %1: %2\n%3")
                          .arg(m_errors->item(row, 0)->text(), m_errors->item(row, 1)->text(),
                               cells.join(QLatin1String(", "))));
}

int ImportValidationPage::passCodeColumn() const
{
    // The file's cells follow the line and the error.
    const int column = m_wizard->options().mapping.columnOf(QStringLiteral("pass_code"));
    return column < 0 ? -1 : column + 2;
}

bool ImportValidationPage::isComplete() const
{
    const ImportReport& report = m_wizard->report();
    if (!m_done)
        return false;
    // An atomic import of a file with refused rows would write nothing: go back and fix it first.
    if (m_wizard->options().mode == ImportOptions::Mode::Atomic && report.rejected > 0)
        return false;
    return report.created + report.updated > 0;
}
