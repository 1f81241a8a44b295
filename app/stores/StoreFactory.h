#pragma once

#include "Clock.h"
#include "CrmOptions.h"
#include "StoreUrl.h"
#include "TokenStore.h"

#include <memory>

// Makes the store a StoreUrl names. The store is not opened: TokenService opens it on its worker
// thread. The secret is the database password or the CRM.COM password / web API key, as the
// caller read it from the keychain or the environment; it is kept in memory only.
class StoreFactory
{
public:
    static std::unique_ptr<TokenStore> create(const StoreUrl& url, const QString& secret = QString(),
                                              Clock* clock = Clock::system());
    // A CRM.COM store gets these network settings; other stores ignore them.
    static std::unique_ptr<TokenStore> create(const StoreUrl& url, const QString& secret,
                                              const CrmOptions& crmOptions);
};
