#include "PreferencesDialog.h"

#include "Preferences.h"
#include "TokenService.h"
#include "TranslationLoader.h"
#include "WhenFinished.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace {
// Argon2id memory is kept in KiB; whole MiB are what a person chooses.
constexpr int kibPerMib = 1024;
constexpr int hashMemoryMaxMib = 4096;

QSpinBox* spinBox(QWidget* parent, const QString& objectName, const Preferences::Range& range,
                  const QString& suffix)
{
    auto* box = new QSpinBox(parent);
    box->setObjectName(objectName);
    box->setRange(range.minimum, range.maximum);
    box->setSuffix(suffix);
    return box;
}

QLabel* note(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

// A group of fields with a note below them. The note sits in a box layout rather than a form row:
// a form row gives a wrapped label the height of a single line.
QFormLayout* groupLayout(QGroupBox* group, QLabel* below)
{
    auto* column = new QVBoxLayout(group);
    auto* form = new QFormLayout;
    column->addLayout(form);
    if (below)
        column->addWidget(below);
    return form;
}

// Languages are listed in their own language, so that anyone finds theirs whatever is shown now.
QString languageName(const QString& code)
{
    if (code == QLatin1String("en"))
        return QStringLiteral("English");
    QString name = QLocale(code).nativeLanguageName();
    if (!name.isEmpty())
        name[0] = name.at(0).toUpper();
    return name;
}
} // namespace

PreferencesDialog::PreferencesDialog(TokenService* service, Preferences* preferences, QWidget* parent)
    : QDialog(parent)
    , m_service(service)
    , m_ownPreferences(preferences ? nullptr : std::make_unique<Preferences>())
    , m_preferences(preferences ? preferences : m_ownPreferences.get())
{
    setWindowTitle(tr("Preferences"));
    setMinimumWidth(fontMetrics().averageCharWidth() * 64);

    auto* general = new QGroupBox(tr("Language"), this);
    m_language = new QComboBox(general);
    m_language->setObjectName(QStringLiteral("language"));
    m_language->addItem(tr("System default"), QString());
    for (const QString& code : TranslationLoader::availableLanguages())
        m_language->addItem(languageName(code), code);
    QFormLayout* generalForm
        = groupLayout(general, note(tr("A new language takes effect when TokenDesk is restarted."), general));
    generalForm->addRow(tr("&Language:"), m_language);

    m_hashGroup = new QGroupBox(tr("Pass-code hash of this store"), this);
    m_hashIterations = new QSpinBox(m_hashGroup);
    m_hashIterations->setObjectName(QStringLiteral("hashIterations"));
    m_hashIterations->setRange(1, 100);
    m_hashMemory = new QSpinBox(m_hashGroup);
    m_hashMemory->setObjectName(QStringLiteral("hashMemory"));
    m_hashMemory->setRange(1, hashMemoryMaxMib);
    m_hashMemory->setSuffix(tr(" MiB"));
    m_hashNote = note(tr("Reading the store's settings…"), m_hashGroup);
    m_hashForm = groupLayout(m_hashGroup, m_hashNote);
    m_hashForm->addRow(tr("&Iterations:"), m_hashIterations);
    m_hashForm->addRow(tr("&Memory:"), m_hashMemory);
    // Shown once the store's own values are read: a store that hashes nothing has none to show.
    showHashCost(false);

    auto* network = new QGroupBox(tr("CRM.COM connections"), this);
    m_timeout
        = spinBox(network, QStringLiteral("networkTimeout"), Preferences::networkTimeoutSeconds, tr(" s"));
    m_parallel
        = spinBox(network, QStringLiteral("parallelRequests"), Preferences::parallelRequests, QString());
    QFormLayout* networkForm
        = groupLayout(network,
                      note(tr("New connections start with these; each connection keeps its own (File → "
                              "Connect…)."),
                           network));
    networkForm->addRow(tr("Network &timeout:"), m_timeout);
    networkForm->addRow(tr("&Parallel requests:"), m_parallel);

    auto* clipboard = new QGroupBox(tr("Clipboard"), this);
    m_clipboard
        = spinBox(clipboard, QStringLiteral("clipboardDelay"), Preferences::clipboardClearSeconds, tr(" s"));
    QFormLayout* clipboardForm = groupLayout(clipboard, nullptr);
    clipboardForm->addRow(tr("Clear a copied secret a&fter:"), m_clipboard);

    m_problem = new QLabel(this);
    m_problem->setWordWrap(true);
    m_problem->setVisible(false);
    m_problem->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* buttons = new QDialogButtonBox(
        QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::RestoreDefaults, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &PreferencesDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this,
            &PreferencesDialog::restoreDefaults);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(general);
    layout->addWidget(m_hashGroup);
    layout->addWidget(network);
    layout->addWidget(clipboard);
    layout->addWidget(m_problem);
    layout->addStretch();
    layout->addWidget(buttons);

    const int language = m_language->findData(m_preferences->language());
    m_language->setCurrentIndex(language >= 0 ? language : 0);
    m_timeout->setValue(m_preferences->networkTimeout());
    m_parallel->setValue(m_preferences->maxParallelRequests());
    m_clipboard->setValue(m_preferences->clipboardClearDelay());
    m_language->setFocus();
    loadStoreSettings();
}

PreferencesDialog::~PreferencesDialog() = default;

void PreferencesDialog::showHashCost(bool shown)
{
    for (QWidget* box : { static_cast<QWidget*>(m_hashIterations), static_cast<QWidget*>(m_hashMemory) })
        m_hashForm->setRowVisible(box, shown);
}

bool PreferencesDialog::hashCostEditable() const
{
    return m_storeSettings.has_value();
}

void PreferencesDialog::loadStoreSettings()
{
    if (!m_service || !m_service->isOpen() || !m_service->capabilities().editsSettings) {
        // CRM.COM hashes pass codes on its own servers.
        m_hashNote->setText(tr("The open store does not hash pass codes in TokenDesk."));
        Q_EMIT storeSettingsLoaded();
        return;
    }
    whenFinished(m_service->settings(), this, [this](Result<TokenSettings> result) {
        if (!result.ok()) {
            m_hashNote->setText(
                tr("The store's settings could not be read: %1").arg(result.error().message()));
        } else {
            m_storeSettings = result.value();
            m_hashIterations->setValue(m_storeSettings->hashIterations);
            m_hashMemory->setValue(qMax(1, m_storeSettings->hashMemoryKiB / kibPerMib));
            showHashCost(true);
            m_hashNote->setText(tr("Applies to pass codes and verification codes set from now on; codes "
                                   "already stored keep working. Higher costs are slower to guess and to "
                                   "check."));
        }
        // The note may have grown by a few lines since the dialog took its size.
        resize(size().expandedTo(sizeHint()));
        Q_EMIT storeSettingsLoaded();
    });
}

void PreferencesDialog::restoreDefaults()
{
    m_language->setCurrentIndex(0);
    m_timeout->setValue(Preferences::networkTimeoutSeconds.standard);
    m_parallel->setValue(Preferences::parallelRequests.standard);
    m_clipboard->setValue(Preferences::clipboardClearSeconds.standard);
    if (hashCostEditable()) {
        const TokenSettings standard;
        m_hashIterations->setValue(standard.hashIterations);
        m_hashMemory->setValue(standard.hashMemoryKiB / kibPerMib);
    }
}

void PreferencesDialog::savePreferences()
{
    m_preferences->setLanguage(m_language->currentData().toString());
    m_preferences->setNetworkTimeout(m_timeout->value());
    m_preferences->setMaxParallelRequests(m_parallel->value());
    m_preferences->setClipboardClearDelay(m_clipboard->value());
}

void PreferencesDialog::accept()
{
    savePreferences();
    if (!hashCostEditable())
        return QDialog::accept();
    const int iterations = m_hashIterations->value();
    // A memory cost that is not a whole number of MiB stays as it is unless it was changed here.
    const int memoryKiB = m_hashMemory->value() != qMax(1, m_storeSettings->hashMemoryKiB / kibPerMib)
        ? m_hashMemory->value() * kibPerMib
        : m_storeSettings->hashMemoryKiB;
    if (iterations == m_storeSettings->hashIterations && memoryKiB == m_storeSettings->hashMemoryKiB)
        return QDialog::accept();
    setEnabled(false);
    // Read again right before saving: someone may have changed the rules since the dialog opened.
    whenFinished(m_service->settings(), this, [this, iterations, memoryKiB](Result<TokenSettings> current) {
        if (!current.ok())
            return finishSaving(current.error());
        TokenSettings changed = current.value();
        changed.hashIterations = iterations;
        changed.hashMemoryKiB = memoryKiB;
        whenFinished(m_service->saveSettings(changed), this,
                     [this](Result<void> saved) { finishSaving(saved); });
    });
}

void PreferencesDialog::finishSaving(const Result<void>& saved)
{
    setEnabled(true);
    if (!saved.ok())
        return showProblem(tr("The pass-code hash cost was not saved: %1").arg(saved.error().message()));
    QDialog::accept();
}

void PreferencesDialog::showProblem(const QString& text)
{
    m_problem->setText(text);
    m_problem->setVisible(true);
}
