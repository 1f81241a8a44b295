#pragma once

#include <QDialog>

class QLineEdit;
class QPushButton;

// Asks for the verification code the customer received and, optionally, the pass code they chose.
class VerifyDialog : public QDialog
{
    Q_OBJECT

public:
    explicit VerifyDialog(const QString& tokenNumber, QWidget* parent = nullptr);

    QString verificationCode() const;
    QString passCode() const;
    QLineEdit* verificationCodeEdit() const { return m_code; }
    QLineEdit* passCodeEdit() const { return m_passCode; }

private:
    QLineEdit* m_code;
    QLineEdit* m_passCode;
    QPushButton* m_ok;
};
