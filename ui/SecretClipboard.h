#pragma once

#include <QDateTime>
#include <QObject>
#include <QString>
#include <QTimer>

class Clock;

// Copies secrets (a new pass code, an OTP, a verification code) to the clipboard marked as
// secret for clipboard managers, and clears the clipboard after the delay chosen in Preferences if
// it still holds that secret. Time comes from a Clock so a test can move it instead of waiting.
class SecretClipboard : public QObject
{
    Q_OBJECT

public:
    static SecretClipboard* instance();
    // Read from Preferences when a secret is copied, so a changed delay applies to the next copy.
    static int clearAfterSeconds();
    // Tests pass a ManualClock; nullptr restores the system clock.
    void setClock(Clock* clock);

    void copySecret(const QString& secret);
    bool hasPendingSecret() const { return !m_secret.isEmpty(); }

public Q_SLOTS:
    // Clears the clipboard if the secret's time is up; runs every second while one is pending.
    void checkExpiry();

Q_SIGNALS:
    void cleared();

private:
    explicit SecretClipboard(QObject* parent = nullptr);

    Clock* m_clock;
    QString m_secret;
    QDateTime m_expiry;
    QTimer m_ticker;
};
