#pragma once

#include "CrmOptions.h"
#include "Result.h"
#include "StoreUrl.h"
#include "TokenStore.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QSslCertificate>
#include <QString>
#include <memory>

// A named store the GUI can connect to: its URL and the settings that are not secret. The
// secrets it needs (the login secret, and for CRM.COM optionally a consumer application key) live
// in the SecretVault under the profile's id and the names below, never here.
struct ConnectionProfile
{
    Q_DECLARE_TR_FUNCTIONS(ConnectionProfile)

public:
    // Vault names of the secrets.
    static QString passwordSecret() { return QStringLiteral("password"); }
    static QString apiKeySecret() { return QStringLiteral("api_key"); }
    static QString consumerKeySecret() { return QStringLiteral("consumer_key"); }

    QString id;
    QString name;
    // Text form of a StoreUrl: sqlite:PATH, postgres://..., crm+https://...
    QString storeUrl;
    // CRM.COM: request timeout, requests in flight for bulk actions, the trusted certificate and
    // whether the vault holds a consumer application key.
    int timeoutSeconds = 30;
    int maxParallel = 6;
    QByteArray pinnedCertificateSha256;
    bool hasConsumerKey = false;

    static ConnectionProfile create(const QString& name, const QString& storeUrl);

    Result<StoreUrl> url() const;
    // The vault name of the secret the store logs in with: none for SQLite, the password for
    // PostgreSQL and CRM.COM user logins, the web API key for CRM.COM key logins.
    QString loginSecretName() const;
    bool needsSecret() const { return !loginSecretName().isEmpty(); }
    // A name, a valid URL and sane CRM.COM settings; names the field that is wrong.
    Result<void> validate() const;
    CrmOptions crmOptions(const QString& consumerKey = QString()) const;
    // CRM.COM: the certificate this profile's server presented and TokenDesk refused in this
    // session (null if none), for the person to check and trust.
    QSslCertificate refusedCertificate() const;

    // The store this profile names, not yet opened (TokenService opens it on its worker thread).
    std::unique_ptr<TokenStore> createStore(const QString& secret,
                                            const QString& consumerKey = QString()) const;

    bool operator==(const ConnectionProfile& other) const
    {
        return id == other.id && name == other.name && storeUrl == other.storeUrl
            && timeoutSeconds == other.timeoutSeconds && maxParallel == other.maxParallel
            && pinnedCertificateSha256 == other.pinnedCertificateSha256
            && hasConsumerKey == other.hasConsumerKey;
    }
};
