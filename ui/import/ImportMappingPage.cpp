#include "ImportMappingPage.h"

#include "ColumnMapping.h"
#include "ImportPreviewModel.h"
#include "ImportWizard.h"
#include "MessageBox.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QScrollArea>
#include <QVBoxLayout>

namespace {
// A quoted cell may hold line breaks; a label beside its drop-down keeps to one line. An '&' in it
// ("R&D") is shown as it is, not taken for an access key.
QString oneLine(QString text)
{
    text.replace(QLatin1String("\r\n"), QStringLiteral(" \u21B5 "));
    text.replace(QLatin1Char('\n'), QStringLiteral(" \u21B5 "));
    text.replace(QLatin1Char('\r'), QStringLiteral(" \u21B5 "));
    text.replace(QLatin1Char('&'), QLatin1String("&&"));
    return text;
}
} // namespace

ImportMappingPage::ImportMappingPage(ImportWizard* wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_columns(new QFormLayout)
    , m_saved(new QComboBox(this))
    , m_mode(new QComboBox(this))
    , m_upsert(new QComboBox(this))
    , m_saveAs(new QLineEdit(this))
    , m_check(new QLabel(this))
{
    setTitle(tr("Columns"));
    setSubTitle(tr("Choose the token field each column fills. Columns left on (ignore) are not imported."));
    m_saved->setObjectName(QStringLiteral("savedMapping"));
    m_mode->setObjectName(QStringLiteral("mode"));
    m_upsert->setObjectName(QStringLiteral("upsertBy"));
    m_saveAs->setObjectName(QStringLiteral("saveMappingAs"));
    m_check->setObjectName(QStringLiteral("mappingCheck"));
    // Each starts with the name the import history gives the mode.
    m_mode->addItem(tr("All or nothing: import every row or none"), QStringLiteral("atomic"));
    m_mode->addItem(tr("Skip invalid rows: import the valid ones, set the others aside"),
                    QStringLiteral("skip-invalid"));
    m_upsert->addItem(tr("Refuse rows of tokens that exist"), QString());
    m_upsert->addItem(tr("Update tokens with the same authentication code"),
                      QStringLiteral("authentication_code"));
    m_upsert->addItem(tr("Update tokens with the same identifier"), QStringLiteral("identifier"));
    m_saveAs->setPlaceholderText(tr("Name, to use this mapping again (optional)"));

    auto* columns = new QWidget(this);
    columns->setLayout(m_columns);
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(columns);
    scroll->setWidgetResizable(true);
    // A stop of its own would be an invisible one: Tab goes to the drop-downs inside, which the
    // area scrolls into view.
    scroll->setFocusPolicy(Qt::NoFocus);

    auto* options = new QFormLayout;
    options->addRow(tr("Sa&ved mapping:"), m_saved);
    options->addRow(tr("&Mode:"), m_mode);
    options->addRow(tr("&Existing tokens:"), m_upsert);
    options->addRow(tr("&Save as:"), m_saveAs);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(scroll, 1);
    layout->addLayout(options);
    layout->addWidget(m_check);
    connect(m_saved, &QComboBox::activated, this, &ImportMappingPage::applySavedMapping);
}

void ImportMappingPage::initializePage()
{
    while (m_columns->rowCount() > 0)
        m_columns->removeRow(0);
    m_targets.clear();

    const CsvPreview& preview = m_wizard->preview();
    QStringList header = preview.header;
    qsizetype count = header.size();
    for (const QStringList& row : preview.rows)
        count = qMax(count, row.size());
    while (header.size() < count)
        header.append(QString());
    // A column the header does not name (every column of a file without one) is saved by place.
    m_header = header;
    const ColumnMapping guess = ColumnMapping::guess(header);
    const QStringList fields = ColumnMapping::importableFields();
    for (int column = 0; column < count; ++column) {
        auto* combo = new QComboBox(this);
        combo->setObjectName(QStringLiteral("column%1").arg(column + 1));
        combo->addItem(ColumnMapping::displayName(QString()), QString());
        for (const QString& field : fields) {
            combo->addItem(ColumnMapping::displayName(field), field);
            // The wire name is what a header or tokendesk-cli --map would use.
            combo->setItemData(combo->count() - 1, field, Qt::ToolTipRole);
        }
        const QString cell = header.at(column).trimmed();
        const QString custom
            = QStringLiteral("custom:") + (cell.isEmpty() ? tr("column_%1").arg(column + 1) : cell);
        combo->addItem(ColumnMapping::displayName(custom), custom);
        const QString guessed = guess.target(column);
        if (!guessed.isEmpty() && combo->findData(guessed) < 0)
            combo->addItem(ColumnMapping::displayName(guessed), guessed);
        combo->setCurrentIndex(qMax(0, combo->findData(guessed)));
        connect(combo, &QComboBox::currentIndexChanged, this, &ImportMappingPage::updateCheck);
        // The first row with a value in the column: a column often left empty still shows one.
        QString sample;
        for (const QStringList& row : preview.rows) {
            sample = row.value(column);
            if (!sample.trimmed().isEmpty())
                break;
        }
        if (!sample.isEmpty() && guessed == QLatin1String("pass_code"))
            sample = ImportPreviewModel::masked();
        const QString label = oneLine(cell.isEmpty() ? tr("Column %1").arg(column + 1) : cell)
            + (sample.isEmpty() ? QString() : tr("  (e.g. %1)").arg(oneLine(sample.left(30))));
        m_columns->addRow(label, combo);
        m_targets.append(combo);
    }
    m_saved->clear();
    m_saved->addItem(preview.format.hasHeader ? tr("(guessed from the header)") : tr("(none)"));
    m_saved->addItems(ColumnMapping::savedNames());
    // The columns first, top to bottom, then the options below them; the page opens on the first
    // column (the drop-downs are made after the options, which would otherwise come first).
    QList<QWidget*> order(m_targets.cbegin(), m_targets.cend());
    order << m_saved << m_mode << m_upsert << m_saveAs;
    for (qsizetype i = 1; i < order.size(); ++i)
        setTabOrder(order.at(i - 1), order.at(i));
    if (!m_targets.isEmpty())
        m_targets.constFirst()->setFocus(Qt::OtherFocusReason);
    updateCheck();
}

void ImportMappingPage::applySavedMapping()
{
    if (m_saved->currentIndex() <= 0)
        return;
    const Result<ColumnMapping> saved = ColumnMapping::load(m_saved->currentText(), m_header);
    if (!saved) {
        // The columns stay as they were set; the person is told why.
        m_saved->setCurrentIndex(0);
        MessageBox::information(this, tr("Saved Mapping"), saved.error().message());
        return;
    }
    for (int column = 0; column < m_targets.size(); ++column) {
        QComboBox* combo = m_targets.at(column);
        const QString target = saved->target(column);
        if (combo->findData(target) < 0)
            combo->addItem(ColumnMapping::displayName(target), target);
        combo->setCurrentIndex(combo->findData(target));
    }
}

void ImportMappingPage::updateCheck()
{
    QStringList targets;
    for (const QComboBox* combo : std::as_const(m_targets))
        targets.append(combo->currentData().toString());
    const Result<void> checked = ColumnMapping(targets).check();
    m_check->setText(checked ? QString() : checked.error().message());
    Q_EMIT completeChanged();
}

bool ImportMappingPage::isComplete() const
{
    return m_check->text().isEmpty() && !m_targets.isEmpty();
}

bool ImportMappingPage::validatePage()
{
    QStringList targets;
    for (const QComboBox* combo : std::as_const(m_targets))
        targets.append(combo->currentData().toString());
    ImportOptions& options = m_wizard->options();
    options.mapping = ColumnMapping(targets);
    options.mode = m_mode->currentData().toString() == QLatin1String("atomic")
        ? ImportOptions::Mode::Atomic
        : ImportOptions::Mode::SkipInvalid;
    options.upsertBy = m_upsert->currentData().toString();
    if (!m_saveAs->text().trimmed().isEmpty())
        options.mapping.save(m_saveAs->text().trimmed(), m_header);
    return true;
}
