#pragma once

#include "Result.h"
#include "TokenStore.h"

#include <QCoreApplication>
#include <QList>
#include <atomic>
#include <functional>

// Runs one life-cycle action over many tokens, for the bulk actions of the GUI and the CLI. On
// CRM.COM it keeps up to CrmOptions::maxParallel requests in flight (each token is still its own
// call, sent exactly once); on other stores it calls them one after another. Run it on the store's
// thread, e.g. inside TokenService::withStore().
class CrmBulkRunner
{
    Q_DECLARE_TR_FUNCTIONS(CrmBulkRunner)

public:
    enum class Action
    {
        SetEffective,
        SetNotEffective,
        Delete,
    };
    // Called on the store's thread after each finished token.
    using Progress = std::function<void(int done, int total)>;

    explicit CrmBulkRunner(TokenStore& store);

    // 0 keeps the store's own setting (6 by default).
    void setMaxParallel(int maxParallel) { m_maxParallel = maxParallel; }
    // One result per reference, in the same order. Tokens not yet sent when cancel() is called
    // fail with CANCELLED and were not touched.
    QList<Result<AccessToken>> run(Action action, const QList<TokenRef>& refs,
                                   const Progress& progress = Progress());
    // Sends no further token, in this run and any later one; the calls in flight finish with
    // their own result. Safe from any thread, also before run().
    void cancel();

    static QString wireMethod(Action action);

private:
    Result<AccessToken> runOne(Action action, const TokenRef& ref);
    QList<Result<AccessToken>> runParallel(Action action, const QList<TokenRef>& refs,
                                           const Progress& progress);

    TokenStore& m_store;
    int m_maxParallel = 0;
    std::atomic_bool m_cancelled { false };
};
