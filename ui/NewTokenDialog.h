#pragma once

#include "AccountsReceivable.h"
#include "CallDialog.h"
#include "RewardParticipant.h"
#include "TokenPatch.h"
#include "TokenSettings.h"

class QComboBox;
class QLabel;
class QLineEdit;

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

    TokenPatch fields() const;
    QList<Error::Violation> violations() const;

    QLineEdit* identifierEdit() const { return m_identifier; }
    QLineEdit* passCodeEdit() const { return m_passCode; }
    QLineEdit* authenticationCodeEdit() const { return m_authenticationCode; }
    QComboBox* classificationCombo() const { return m_classification; }
    QComboBox* accountCombo() const { return m_account; }

protected:
    QLineEdit* inputFor(const QString& field) const override;

private:
    void updateState();

    TokenSettings m_settings;
    QLineEdit* m_identifier;
    QLineEdit* m_passCode;
    QLabel* m_passCodeHint;
    QLineEdit* m_authenticationCode;
    QLineEdit* m_cardMaskedNumber;
    QComboBox* m_classification;
    QComboBox* m_account;
    QComboBox* m_participant;
};
