#pragma once

#include "AccountsReceivable.h"
#include "RewardParticipant.h"
#include "TokenSettings.h"

#include <QDialog>
#include <QPointer>
#include <optional>

class QLabel;
class QLineEdit;
class QListWidget;
class QTabWidget;
class QTreeWidget;
class TokenRulesEditor;
class TokenService;

// The configuration of a local store (spec §2): the access token definition, each classification's
// settings, and the directory of accounts receivable and reward participants. Nothing reaches the
// store before Save, the directory's additions included.
class ConfigurationDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ConfigurationDialog(TokenService* service, QWidget* parent = nullptr);

    TokenSettings settings() const;

public Q_SLOTS:
    void accept() override;
    // Asks before changes to the definition, the classifications or the directory are thrown away.
    void reject() override;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QWidget* createDefinitionTab();
    QWidget* createClassificationsTab();
    QWidget* createDirectoryTab();
    void load();
    void loadDirectory();
    void showClassification(int row);
    void storeClassification();
    void addClassification();
    void removeClassification();
    void addAccount();
    void addParticipant();
    // Adds the accounts and participants listed since the dialog opened, one after another; then
    // closes the dialog, or shows the first refusal with the rest still listed.
    void saveDirectory();
    bool listed(QTreeWidget* list, const QString& number) const;
    // An account or participant added since the dialog opened, listed until Save adds it.
    void listAddition(QTreeWidget* list, QStringList cells);
    // The list's current entry, when it is an addition not yet saved.
    void removeAddition(QTreeWidget* list);
    void showProblem(const QString& text);

    QPointer<TokenService> m_service;
    TokenSettings m_settings;
    // As shown once read, to tell whether Cancel or Escape would lose anything.
    std::optional<TokenSettings> m_shown;
    QList<AccountsReceivable> m_newAccounts;
    QList<RewardParticipant> m_newParticipants;
    int m_currentClassification = -1;
    QTabWidget* m_tabs;
    QLabel* m_problem;
    TokenRulesEditor* m_definition;
    QListWidget* m_classifications;
    QLineEdit* m_classificationName;
    QLineEdit* m_classificationCode;
    QLineEdit* m_classificationDescription;
    TokenRulesEditor* m_classificationRules;
    QTreeWidget* m_accounts;
    QTreeWidget* m_participants;
    QLineEdit* m_accountNumber;
    QLineEdit* m_accountName;
    QLineEdit* m_participantNumber;
};
