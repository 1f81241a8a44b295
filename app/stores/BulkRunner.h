#pragma once

#include "BulkAction.h"
#include "Result.h"
#include "TokenStore.h"

#include <QCoreApplication>
#include <QList>
#include <atomic>
#include <functional>

// Runs one life-cycle action over many tokens, for the bulk actions of the GUI and the CLI. On a
// store that capabilities().runsCallsInParallel (CRM.COM) it keeps up to callsInFlight calls in
// flight, each token still its own call, sent exactly once; on other stores the calls run one after
// another. Run it on the store's thread, e.g. inside TokenService::withStore().
class BulkRunner
{
    Q_DECLARE_TR_FUNCTIONS(BulkRunner)

public:
    // Called on the store's thread after each finished token.
    using Progress = std::function<void(int done, int total)>;

    explicit BulkRunner(TokenStore& store);

    // 0 keeps the store's own setting (capabilities().callsInFlight).
    void setMaxParallel(int maxParallel) { m_maxParallel = maxParallel; }
    // One result per reference, in the same order. Tokens not yet sent when cancel() is called
    // fail with CANCELLED and were not touched.
    QList<Result<AccessToken>> run(BulkAction action, const QList<TokenRef>& refs,
                                   const Progress& progress = Progress());
    // Sends no further token, in this run and any later one; the calls in flight finish with
    // their own result. Safe from any thread, also before run().
    void cancel();

private:
    TokenStore& m_store;
    int m_maxParallel = 0;
    std::atomic_bool m_cancelled { false };
};
