#pragma once

#include "CallDialog.h"
#include "TokenRules.h"

class QLineEdit;

// Asks for the current and the new pass code (twice), checking the new one against the rules; a
// wrong current pass code is reported here, to be corrected.
class ChangePassCodeDialog : public CallDialog
{
    Q_OBJECT

public:
    ChangePassCodeDialog(const QString& identifier, const TokenRules& rules, QWidget* parent = nullptr);

    QString currentPassCode() const;
    QString newPassCode() const;

private:
    void updateState();

    TokenRules m_rules;
    QLineEdit* m_current;
    QLineEdit* m_new;
    QLineEdit* m_repeat;
};
