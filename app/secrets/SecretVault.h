#pragma once

#include "Result.h"

#include <QFuture>
#include <QHash>
#include <QObject>
#include <QString>
#include <QStringList>

namespace QKeychain {
class Job;
}

// Secrets of connection profiles (database passwords, CRM.COM passwords, web API keys, consumer
// application keys) in the OS keychain through QtKeychain, under keys scoped per profile:
// "tokendesk:<profile-id>:<name>". A keychain cannot be listed, so the vault keeps the names it
// stored (never the secrets) in QSettings, and removeProfile() removes them all.
//
// Every call is asynchronous and returns a QFuture; use whenFinished(future, context, ...) in the
// GUI. The finishing happens on this object's thread, which needs a running event loop. When no keychain
// service is available the futures carry an UNSUPPORTED error saying so; the caller then asks the
// person once and hands the secret to keepForSession(), which read() answers from memory.
class SecretVault : public QObject
{
    Q_OBJECT

public:
    explicit SecretVault(const QString& service = QStringLiteral("tokendesk"), QObject* parent = nullptr);

    static QString keyFor(const QString& profileId, const QString& name);

    QFuture<Result<void>> write(const QString& profileId, const QString& name, const QString& secret);
    // NOT_FOUND when nothing is stored under that name.
    QFuture<Result<QString>> read(const QString& profileId, const QString& name);
    QFuture<Result<void>> remove(const QString& profileId, const QString& name);
    // Removes every secret the vault stored for the profile.
    QFuture<Result<void>> removeProfile(const QString& profileId);

    // The names stored for a profile, as remembered by the vault.
    QStringList storedNames(const QString& profileId) const;

    enum class Kept
    {
        Nowhere,
        InKeychain,
        ForSession
    };
    // Where read() would find a secret: what the person is told beside its field.
    Kept whereKept(const QString& profileId, const QString& name) const;

    // Kept in memory until the vault is destroyed, for sessions without a keychain.
    void keepForSession(const QString& profileId, const QString& name, const QString& secret);
    void forgetSession();

private:
    Error errorOf(const QKeychain::Job* job, const QString& name) const;
    void rememberName(const QString& profileId, const QString& name, bool stored);

    QString m_service;
    QHash<QString, QString> m_sessionSecrets;
};
