#include "ConnectionProfile.h"

#include "CrmApiTokenStore.h"
#include "CrmClient.h"
#include "StoreFactory.h"

#include <QUuid>

ConnectionProfile ConnectionProfile::create(const QString& name, const QString& storeUrl)
{
    ConnectionProfile profile;
    profile.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    profile.name = name;
    profile.storeUrl = storeUrl;
    return profile;
}

Result<StoreUrl> ConnectionProfile::url() const
{
    return StoreUrl::parse(storeUrl);
}

QString ConnectionProfile::loginSecretName() const
{
    const Result<StoreUrl> parsed = url();
    if (!parsed.ok() || parsed->kind == StoreUrl::Kind::Sqlite)
        return QString();
    return parsed->usesWebApiKey() ? apiKeySecret() : passwordSecret();
}

Result<void> ConnectionProfile::validate() const
{
    if (name.trimmed().isEmpty())
        return Error(Error::Code::Validation, tr("Give the connection a name"), QStringLiteral("name"));
    const Result<StoreUrl> parsed = url();
    if (!parsed.ok())
        return parsed.error();
    if (parsed->kind == StoreUrl::Kind::Crm) {
        if (timeoutSeconds < 1 || timeoutSeconds > 600)
            return Error(Error::Code::Validation, tr("The timeout must be between 1 and 600 seconds"),
                         QStringLiteral("timeout"));
        if (maxParallel < 1 || maxParallel > 32)
            return Error(Error::Code::Validation, tr("Parallel requests must be between 1 and 32"),
                         QStringLiteral("parallel"));
        if (parsed->scheme == QLatin1String("http") && parsed->host != QLatin1String("127.0.0.1")
            && parsed->host != QLatin1String("localhost") && parsed->host != QLatin1String("::1"))
            return Error(Error::Code::Validation,
                         tr("CRM.COM is reached over https; plain http is allowed on this computer only"),
                         QStringLiteral("url"));
    }
    return Result<void>();
}

CrmOptions ConnectionProfile::crmOptions(const QString& consumerKey) const
{
    CrmOptions options;
    options.timeoutMs = timeoutSeconds * 1000;
    options.maxParallel = maxParallel;
    options.pinnedCertificateSha256 = pinnedCertificateSha256;
    options.consumerKey = consumerKey;
    return options;
}

QSslCertificate ConnectionProfile::refusedCertificate() const
{
    const Result<StoreUrl> parsed = url();
    if (!parsed.ok() || parsed->kind != StoreUrl::Kind::Crm)
        return QSslCertificate();
    return CrmClient::refusedCertificate(QUrl(parsed->apiBase()));
}

std::unique_ptr<TokenStore> ConnectionProfile::createStore(const QString& secret,
                                                           const QString& consumerKey) const
{
    const Result<StoreUrl> parsed = url();
    if (!parsed.ok())
        return nullptr;
    std::unique_ptr<TokenStore> store = StoreFactory::create(*parsed, secret);
    if (auto* crm = dynamic_cast<CrmApiTokenStore*>(store.get()))
        crm->setOptions(crmOptions(consumerKey));
    return store;
}
