#include "ImportFormatPage.h"

#include "ImportPreviewModel.h"
#include "ImportWizard.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSignalBlocker>
#include <QTableView>
#include <QVBoxLayout>
#include <utility>

namespace {
constexpr int previewRows = 50;
}

ImportFormatPage::ImportFormatPage(ImportWizard* wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_encoding(new QComboBox(this))
    , m_delimiter(new QComboBox(this))
    , m_header(new QCheckBox(tr("The first line names the columns"), this))
    , m_grid(new QTableView(this))
    , m_problems(new QLabel(this))
    , m_model(new ImportPreviewModel(this))
{
    setTitle(tr("Format"));
    setSubTitle(tr("Check that the preview shows the file's columns and characters correctly."));
    m_encoding->setObjectName(QStringLiteral("encoding"));
    m_delimiter->setObjectName(QStringLiteral("delimiter"));
    m_header->setObjectName(QStringLiteral("hasHeader"));
    m_grid->setObjectName(QStringLiteral("previewGrid"));
    m_problems->setObjectName(QStringLiteral("formatProblems"));
    m_problems->setWordWrap(true);
    m_encoding->addItems(CsvFormat::encodings());
    m_delimiter->addItem(tr("Comma  ,"), QStringLiteral(","));
    m_delimiter->addItem(tr("Semicolon  ;"), QStringLiteral(";"));
    m_delimiter->addItem(tr("Tab"), QStringLiteral("\t"));
    m_delimiter->addItem(tr("Pipe  |"), QStringLiteral("|"));
    m_grid->setModel(m_model);
    m_grid->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_grid->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // Tab leaves the preview for the wizard's buttons; the arrow keys move within it.
    m_grid->setTabKeyNavigation(false);

    auto* form = new QFormLayout;
    form->addRow(tr("&Encoding:"), m_encoding);
    form->addRow(tr("&Delimiter:"), m_delimiter);
    form->addRow(QString(), m_header);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_grid, 1);
    layout->addWidget(m_problems);

    connect(m_encoding, &QComboBox::currentIndexChanged, this, [this]() { reload(false); });
    connect(m_delimiter, &QComboBox::currentIndexChanged, this, [this]() { reload(false); });
    connect(m_header, &QCheckBox::toggled, this, [this]() { reload(false); });
    // Back from a later page, the file is read again in the format chosen: it may have been fixed
    // and saved meanwhile, and the pages after this one read it anew too.
    connect(wizard, &QWizard::currentIdChanged, this, [this, wizard](int id) {
        if (wizard->page(id) == this && !std::exchange(m_initializing, false))
            reload(false);
    });
}

void ImportFormatPage::initializePage()
{
    m_initializing = true;
    reload(true);
}

void ImportFormatPage::reload(bool guess)
{
    CsvPreview::Overrides overrides;
    if (!guess) {
        overrides.encoding = m_encoding->currentText();
        overrides.delimiter = m_delimiter->currentData().toString().at(0);
        overrides.hasHeader = m_header->isChecked();
    }
    const Result<CsvPreview> preview = CsvPreview::load(m_wizard->options().filePath, overrides, previewRows);
    m_loaded = preview.ok();
    if (!preview) {
        m_model->setPreview(CsvPreview());
        m_problems->setText(preview.error().message());
        Q_EMIT completeChanged();
        return;
    }
    if (guess) {
        const QSignalBlocker encodingBlocker(m_encoding);
        const QSignalBlocker delimiterBlocker(m_delimiter);
        const QSignalBlocker headerBlocker(m_header);
        m_encoding->setCurrentText(preview->format.encoding);
        const int delimiter = m_delimiter->findData(QString(preview->format.delimiter));
        if (delimiter < 0)
            m_delimiter->addItem(QString(preview->format.delimiter), QString(preview->format.delimiter));
        m_delimiter->setCurrentIndex(m_delimiter->findData(QString(preview->format.delimiter)));
        m_header->setChecked(preview->format.hasHeader);
    }
    m_model->setPreview(preview.value());
    fitColumns();
    m_wizard->preview() = preview.value();
    QStringList problems;
    for (const ImportRowError& problem : preview->problems)
        problems.append(problem.text());
    m_problems->setText(problems.join(QLatin1Char('\n')));
    Q_EMIT completeChanged();
}

void ImportFormatPage::fitColumns()
{
    // Wide enough to check an e-mail address or a card number by eye; one long note must not push
    // the other columns out of sight.
    const int widest = m_grid->fontMetrics().averageCharWidth() * 40;
    m_grid->resizeColumnsToContents();
    for (int column = 0; column < m_model->columnCount(); ++column)
        m_grid->setColumnWidth(column, qMin(m_grid->columnWidth(column), widest));
}

bool ImportFormatPage::isComplete() const
{
    return m_loaded && m_model->columnCount() > 0;
}

bool ImportFormatPage::validatePage()
{
    m_wizard->options().format = m_wizard->preview().format;
    return true;
}
