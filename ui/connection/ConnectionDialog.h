#pragma once

#include "ConnectionProfile.h"

#include <QDialog>
#include <QString>
#include <functional>
#include <memory>

class ConnectionProfiles;
class QComboBox;
class QFormLayout;
class MessageBar;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;
class QStackedWidget;
class SecretVault;
class TokenService;

// Add, edit, test and choose a store: a SQLite file, a PostgreSQL server or a CRM.COM server.
// Profiles are saved through ConnectionProfiles (QSettings, no secrets); passwords, API keys and
// consumer keys go to the SecretVault. After exec() returns Accepted, chosenProfile() and the
// chosen secrets (read from the keychain, or typed once when there is none) are ready for
// ConnectionProfile::createStore().
class ConnectionDialog : public QDialog
{
    Q_OBJECT

public:
    ConnectionDialog(ConnectionProfiles& profiles, SecretVault& vault, QWidget* parent = nullptr);
    ~ConnectionDialog() override;

    ConnectionProfile chosenProfile() const { return m_chosen; }
    QString chosenSecret() const { return m_chosenSecret; }
    QString chosenConsumerKey() const { return m_chosenConsumerKey; }
    // What the status line says, and whether it says it as an error, for tests.
    QString statusText() const;
    bool statusIsError() const;

    // Test seams: fill the form and run the buttons without a person.
    void selectProfile(const QString& id);
    QLineEdit* field(const QString& name) const;
    QComboBox* kindBox() const { return m_kind; }
    QPushButton* trustButton() const { return m_trustButton; }
    // Asks the person for a secret the keychain cannot give; empty when they cancel. A test
    // answers in its place.
    using SecretPrompt = std::function<QString(const QString& title, const QString& label)>;
    void setSecretPrompt(SecretPrompt prompt) { m_secretPrompt = std::move(prompt); }

public Q_SLOTS:
    void addProfile();
    void saveProfile();
    void removeProfile();
    void testProfile();
    void choose();
    // After a test refused the server's certificate: shows it and, if the person confirms, pins
    // its SHA-256 in the profile and tests again.
    void trustRefusedCertificate();

Q_SIGNALS:
    // A test connection ended; message is what the status line shows.
    void tested(bool ok, const QString& message);
    void saved(const QString& profileId);

private:
    enum Kind
    {
        SqliteKind,
        PostgresKind,
        CrmKind
    };

    void reloadList(const QString& selectId);
    void showProfile(const ConnectionProfile& profile);
    void showWhereSecretsAre(const ConnectionProfile& profile);
    Result<ConnectionProfile> profileFromForm() const;
    void updateKindFields();
    void setStatus(const QString& text, bool error);
    // Reads the profile's secrets (typed, kept for the session, or from the keychain), then runs next.
    void withSecrets(const ConnectionProfile& profile,
                     std::function<void(Result<QString> secret, QString consumerKey)> next);

    ConnectionProfiles& m_profiles;
    SecretVault& m_vault;
    QString m_editingId;

    QListWidget* m_list = nullptr;
    QLineEdit* m_name = nullptr;
    QComboBox* m_kind = nullptr;
    QFormLayout* m_form = nullptr;
    QStackedWidget* m_pages = nullptr;
    QLineEdit* m_sqlitePath = nullptr;
    QLineEdit* m_pgHost = nullptr;
    QSpinBox* m_pgPort = nullptr;
    QLineEdit* m_pgDatabase = nullptr;
    QLineEdit* m_pgUser = nullptr;
    QLineEdit* m_crmServer = nullptr;
    QLineEdit* m_crmOrganisation = nullptr;
    QLineEdit* m_crmUnit = nullptr;
    QComboBox* m_crmLogin = nullptr;
    QLineEdit* m_crmUser = nullptr;
    QLineEdit* m_crmConsumerKey = nullptr;
    QSpinBox* m_crmTimeout = nullptr;
    QSpinBox* m_crmParallel = nullptr;
    QLineEdit* m_crmPinned = nullptr;
    QLineEdit* m_secret = nullptr;
    QLabel* m_secretLabel = nullptr;
    QLabel* m_status = nullptr;
    // An error in place of the status line, as a call's dialog shows one.
    MessageBar* m_failure = nullptr;
    QPushButton* m_testButton = nullptr;
    QPushButton* m_trustButton = nullptr;

    std::unique_ptr<TokenService> m_testService;
    SecretPrompt m_secretPrompt;
    ConnectionProfile m_chosen;
    QString m_chosenSecret;
    QString m_chosenConsumerKey;
};
