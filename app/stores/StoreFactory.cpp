#include "StoreFactory.h"

#include "CrmApiTokenStore.h"
#include "SqlTokenStore.h"

std::unique_ptr<TokenStore> StoreFactory::create(const StoreUrl& url, const QString& secret, Clock* clock)
{
    switch (url.kind) {
    case StoreUrl::Kind::Sqlite:
    case StoreUrl::Kind::Postgres:
        return std::make_unique<SqlTokenStore>(url, secret, clock);
    case StoreUrl::Kind::Crm:
        return std::make_unique<CrmApiTokenStore>(url, secret);
    }
    return nullptr;
}

std::unique_ptr<TokenStore> StoreFactory::create(const StoreUrl& url, const QString& secret,
                                                 const CrmOptions& crmOptions)
{
    if (url.kind == StoreUrl::Kind::Crm)
        return std::make_unique<CrmApiTokenStore>(url, secret, crmOptions);
    return create(url, secret);
}
