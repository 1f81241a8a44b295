#pragma once

#include "TokenSettings.h"

#include <QDialog>

class Preferences;
class QComboBox;
class QFormLayout;
class QGroupBox;
class QLabel;
class QSpinBox;
class TokenService;

// Edit → Preferences…: the interface language (applied on the next start), the pass-code hash cost
// of the open local store, the network settings new CRM.COM connections start with, and how long
// a copied secret stays on the clipboard. The application settings go to Preferences; the hash
// cost belongs to the store and is saved through the service.
class PreferencesDialog : public QDialog
{
    Q_OBJECT

public:
    // preferences: the application's when null (tests pass their own).
    explicit PreferencesDialog(TokenService* service, Preferences* preferences = nullptr,
                               QWidget* parent = nullptr);
    ~PreferencesDialog() override;

    QComboBox* languageBox() const { return m_language; }
    QSpinBox* hashIterationsBox() const { return m_hashIterations; }
    QSpinBox* hashMemoryBox() const { return m_hashMemory; }
    QSpinBox* networkTimeoutBox() const { return m_timeout; }
    QSpinBox* parallelRequestsBox() const { return m_parallel; }
    QSpinBox* clipboardDelayBox() const { return m_clipboard; }
    // Whether the store's hash cost has been read and can be changed here.
    bool hashCostEditable() const;

public Q_SLOTS:
    void accept() override;
    void restoreDefaults();

Q_SIGNALS:
    // The store's hash cost was read (or found not to apply), for tests and the screenshot tour.
    void storeSettingsLoaded();

private:
    void loadStoreSettings();
    void showHashCost(bool shown);
    void savePreferences();
    void showProblem(const QString& text);
    // The store's answer to the new pass-code hash cost: close, or say why not.
    void finishSaving(const Result<void>& saved);

    TokenService* m_service;
    std::unique_ptr<Preferences> m_ownPreferences;
    Preferences* m_preferences;
    QComboBox* m_language;
    QGroupBox* m_hashGroup;
    QSpinBox* m_hashIterations;
    QSpinBox* m_hashMemory;
    QLabel* m_hashNote;
    QFormLayout* m_hashForm;
    QSpinBox* m_timeout;
    QSpinBox* m_parallel;
    QSpinBox* m_clipboard;
    QLabel* m_problem;
    std::optional<TokenSettings> m_storeSettings;
};
