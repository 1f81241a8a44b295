#pragma once

#include "AccountsReceivable.h"
#include "CallDialog.h"
#include "RewardParticipant.h"
#include "TokenPatch.h"
#include "TokenSettings.h"

class QComboBox;
class QLabel;
class QLineEdit;
class ReferenceBox;

// Asks for the fields of a new token and checks them against the rules of the chosen
// classification as the person types; the store generates what the settings say it generates.
// It stays open until the store has created the token: a refusal (an identifier in use) is shown
// here with what was typed.
class NewTokenDialog : public CallDialog
{
    Q_OBJECT

public:
    NewTokenDialog(const TokenSettings& settings, const QList<AccountsReceivable>& accounts,
                   const QList<RewardParticipant>& participants, QWidget* parent = nullptr);

    // For a store that keeps no directory (CRM.COM): the account and participant numbers are
    // typed, the ones given offered to choose from.
    void setReferencesTyped(bool typed);

    TokenPatch fields() const;
    QList<Error::Violation> violations() const;

    QLineEdit* identifierEdit() const { return m_identifier; }
    QLineEdit* passCodeEdit() const { return m_passCode; }
    QLineEdit* authenticationCodeEdit() const { return m_authenticationCode; }
    QComboBox* classificationCombo() const { return m_classification; }
    ReferenceBox* accountBox() const { return m_account; }
    ReferenceBox* participantBox() const { return m_participant; }

protected:
    QLineEdit* inputFor(const QString& field) const override;

private:
    void fillReferences();
    void updateState();

    TokenSettings m_settings;
    QLineEdit* m_identifier;
    QLineEdit* m_passCode;
    QLabel* m_passCodeHint;
    QLineEdit* m_authenticationCode;
    QLineEdit* m_cardMaskedNumber;
    QComboBox* m_classification;
    QList<AccountsReceivable> m_accounts;
    QList<RewardParticipant> m_participants;
    bool m_typedReferences = false;
    ReferenceBox* m_account;
    ReferenceBox* m_participant;
};
