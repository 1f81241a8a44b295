#pragma once

#include "AccessToken.h"
#include "AuditEntry.h"
#include "Error.h"
#include "ReferenceBox.h"
#include "TokenPatch.h"
#include "TokenSettings.h"

#include <QPointer>
#include <QWidget>
#include <array>
#include <optional>

class CustomFieldsModel;
class OptionalDateEdit;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTabWidget;
class QTableView;
class QTreeWidget;

class TokenService;

// The editor panel for the current token: General, User-defined fields, Custom fields and
// History. It validates as the person types (TokenValidator, naming the broken rule) and saves
// only what changed, as a TokenPatch guarded by the version it loaded; a CONFLICT opens the
// ConflictDialog.
class TokenEditor : public QWidget
{
    Q_OBJECT

public:
    enum Tab
    {
        GeneralTab,
        UdfTab,
        CustomFieldsTab,
        HistoryTab
    };

    explicit TokenEditor(TokenService* service, QWidget* parent = nullptr);

    void setSettings(const TokenSettings& settings);
    void setDirectory(const QList<AccountsReceivable>& accounts,
                      const QList<RewardParticipant>& participants);

    void loadToken(const AccessToken& token);
    void clearToken();
    std::optional<AccessToken> token() const { return m_token; }
    // The id of the token on show, empty with none (without copying the token).
    QString tokenId() const { return m_token ? m_token->id : QString(); }
    bool isModified() const;
    bool isSaving() const { return m_saving; }
    // The token on show was deleted from the store while it had edits: they stay on show, to be
    // read or copied, but cannot be saved.
    void markDeleted();
    bool isDeleted() const { return m_deleted; }
    // The update the current edits amount to (only changed fields, expectedVersion set).
    TokenPatch patch() const;
    QList<Error::Violation> violations() const;

    QTabWidget* tabs() const { return m_tabs; }
    QLineEdit* identifierEdit() const { return m_identifier; }
    QLineEdit* passCodeEdit() const { return m_passCode; }
    ReferenceBox* accountBox() const { return m_account; }
    ReferenceBox* participantBox() const { return m_participant; }
    QLineEdit* udfStringEdit(int index) const { return m_udfStrings.at(index); }
    QLineEdit* udfFloatEdit(int index) const { return m_udfFloats.at(index); }
    OptionalDateEdit* udfDateEdit(int index) const { return m_udfDates.at(index); }
    CustomFieldsModel* customFields() const { return m_customFields; }
    QTableView* customFieldsView() const { return m_customFieldsView; }
    // Said in the audit trail's place when the store has none or it could not be read.
    QString auditNote() const;
    QString validationText() const;
    // The input that holds a field (a wire name, as a refusal names it), on its tab; nullptr for
    // fields the editor does not edit.
    QWidget* inputOf(const QString& field) const;
    // Shows that input's tab and puts the cursor in it, so a refused value can be corrected.
    void focusField(const QString& field);
    // The cursor goes to the first input of the tab on show.
    void enter();

public Q_SLOTS:
    void save();
    void revert();
    void addCustomField();
    void removeCustomField();

Q_SIGNALS:
    void modifiedChanged(bool modified);
    void saved(const AccessToken& token);
    // A save failed (not a conflict, which the editor handles); the message says why.
    void saveFailed(const QString& message);
    // A save refused before it reached the store, by the rules the editor already shows beside
    // the fields: the message says why, for a status line rather than another banner.
    void saveRefused(const QString& message);
    // Something typed was refused as it was entered (a custom field's name that is taken): the
    // message says why, where the person looks.
    void inputRefused(const QString& message);
    // The user cancelled the save while the store was still answering; the edits stay.
    void saveCancelled(const QString& message);
    // A save met someone else's change and the person reloaded their version instead: nothing was
    // saved and the edits are gone.
    void saveDiscarded();
    // Revert dropped the edits of a deleted token, and with them the token.
    void deletedTokenDropped();
    void statusMessage(const QString& message);

private:
    QWidget* createGeneralTab();
    QWidget* createUdfTab();
    QWidget* createCustomFieldsTab();
    void markRefusedInputs(const QList<Error::Violation>& problems);
    int tabOf(QWidget* input) const;
    QWidget* createHistoryTab();
    void fillWidgets();
    void fillReferenceCombos();
    // The directory's numbers, and the token's own that it may not list.
    QList<ReferenceBox::Choice> accountChoices() const;
    QList<ReferenceBox::Choice> participantChoices() const;
    void loadHistory();
    void showHistory(const Result<QList<AuditEntry>>& result);
    void updateState();
    void updateTitle();
    void sendUpdate(TokenPatch patch);
    void resolveConflict(const TokenPatch& patch);
    std::optional<double> parsedFloat(int index, bool* ok) const;
    // Whether the person changed a number's text from what fillWidgets() showed.
    bool floatEdited(int index) const;
    // Changed by the person into text that is no number.
    bool unreadableNumber(int index) const;
    QString selectedClassification() const;

    QPointer<TokenService> m_service;
    TokenSettings m_settings;
    QList<AccountsReceivable> m_accounts;
    QList<RewardParticipant> m_participants;
    std::optional<AccessToken> m_token;
    bool m_filling = false;
    bool m_saving = false;
    bool m_deleted = false;
    bool m_wasModified = false;
    QList<QWidget*> m_refusedInputs;
    quint64 m_loadGeneration = 0;

    QLabel* m_title;
    QLabel* m_validation;
    QTabWidget* m_tabs;
    QLineEdit* m_identifier;
    QLabel* m_identifierHint;
    QLineEdit* m_passCode;
    QLabel* m_passCodeHint;
    QLineEdit* m_authenticationCode;
    QLineEdit* m_cardMaskedNumber;
    QComboBox* m_classification;
    ReferenceBox* m_account;
    ReferenceBox* m_participant;
    QLabel* m_state;
    QLabel* m_verified;
    QLabel* m_id;
    std::array<QLineEdit*, AccessToken::udfStringCount> m_udfStrings {};
    std::array<QLineEdit*, AccessToken::udfFloatCount> m_udfFloats {};
    std::array<QString, AccessToken::udfFloatCount> m_shownFloats;
    std::array<OptionalDateEdit*, AccessToken::udfDateCount> m_udfDates {};
    CustomFieldsModel* m_customFields;
    QTableView* m_customFieldsView;
    QLabel* m_logInformation;
    QTreeWidget* m_audit;
    QLabel* m_auditNote;
    QPushButton* m_saveButton;
    QPushButton* m_revertButton;
};
