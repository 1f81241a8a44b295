#pragma once

#include "CallDialog.h"

class QLineEdit;

// Asks for the verification code the customer received and, optionally, the pass code they chose;
// a wrong code is reported here, to be corrected.
class VerifyDialog : public CallDialog
{
    Q_OBJECT

public:
    explicit VerifyDialog(const QString& tokenNumber, QWidget* parent = nullptr);

    QString verificationCode() const;
    QString passCode() const;
    QLineEdit* verificationCodeEdit() const { return m_code; }
    QLineEdit* passCodeEdit() const { return m_passCode; }

protected:
    QLineEdit* inputFor(const QString& field) const override;

private:
    QLineEdit* m_code;
    QLineEdit* m_passCode;
};
