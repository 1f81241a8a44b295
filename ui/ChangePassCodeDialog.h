#pragma once

#include "TokenRules.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

// Asks for the current and the new pass code (twice), checking the new one against the rules.
class ChangePassCodeDialog : public QDialog
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
    QLabel* m_problem;
    QPushButton* m_ok;
};
