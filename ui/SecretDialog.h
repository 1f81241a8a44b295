#pragma once

#include <QDateTime>
#include <QDialog>
#include <QTimer>

class Clock;
class QLabel;
class QLineEdit;
class QPushButton;

// Shows a secret an operation issued (a new pass code, an OTP, a verification code) once, with a
// Copy button; an OTP also counts down to its expiry. The secret is wiped from the dialog when it
// closes and never stored anywhere else.
class SecretDialog : public QDialog
{
    Q_OBJECT

public:
    SecretDialog(const QString& title, const QString& explanation, const QString& secret,
                 QWidget* parent = nullptr);
    ~SecretDialog() override;

    // Counts down to this moment, read from clock (the system clock unless a test passes one).
    void setExpiry(const QDateTime& expiry, Clock* clock = nullptr);
    QString secret() const;
    QString expiryText() const;

    static SecretDialog* lastShown();

public Q_SLOTS:
    void copySecret();
    void updateCountdown();

private:
    QLineEdit* m_secretEdit;
    QLabel* m_expiryLabel;
    QPushButton* m_copyButton;
    QDateTime m_expiry;
    Clock* m_clock = nullptr;
    QTimer m_countdown;
};
