// Bulk set_as_effective against tokendesk-crmsim with 50 ms added latency: BulkRunner with 6
// requests in flight versus one call at a time, and the GUI's path through TokenService. Not a
// ctest; run by hand:
//   build/tests/bench/crm_bulk_bench [count=1000] [latency-ms=50]
#include "BulkRunner.h"
#include "CrmApiTokenStore.h"
#include "CrmSimProcess.h"
#include "StoreFactory.h"
#include "TokenService.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <atomic>
#include <cstdio>

namespace {
// Checks the server saw each token's call exactly once.
bool eachExactlyOnce(CrmSimProcess& sim, int expected)
{
    QSet<QString> codes;
    int calls = 0;
    const QJsonArray requests = sim.takeRequests();
    for (const QJsonValue& value : requests) {
        const QJsonObject request = value.toObject();
        if (request.value(QStringLiteral("path")).toString()
            != QLatin1String("access_tokens/set_as_effective"))
            continue;
        ++calls;
        codes.insert(request.value(QStringLiteral("body"))
                         .toObject()
                         .value(QStringLiteral("access_token_identifier"))
                         .toObject()
                         .value(QStringLiteral("authentication_code"))
                         .toString());
    }
    std::printf("  server saw %d set_as_effective calls for %lld distinct tokens\n", calls,
                qlonglong(codes.size()));
    return calls == expected && codes.size() == expected;
}

bool makeNotEffective(CrmApiTokenStore& store, const QList<TokenRef>& refs)
{
    BulkRunner runner(store);
    const auto results = runner.run(BulkAction::SetNotEffective, refs);
    for (const auto& result : results) {
        if (!result.ok())
            return false;
    }
    return true;
}
// Every token back to NOT_EFFECTIVE without latency, the server's request log and concurrency
// count cleared, then the latency of the next phase.
bool resetPhase(CrmSimProcess& sim, CrmApiTokenStore& store, const QList<TokenRef>& refs, int latency)
{
    sim.setLatency(0);
    if (!makeNotEffective(store, refs))
        return false;
    sim.takeRequests();
    sim.takeMaxConcurrent();
    sim.setLatency(latency);
    return true;
}
} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const int count = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 1000;
    const int latency = argc > 2 ? QString::fromLocal8Bit(argv[2]).toInt() : 50;

    CrmSimProcess sim;
    if (!sim.start())
        return 1;
    CrmApiTokenStore store(sim.storeUrl(), CrmSimProcess::password());
    if (!store.open().ok())
        return 1;

    QList<TokenRef> refs;
    for (int i = 0; i < count; ++i) {
        TokenPatch patch;
        patch.authenticationCode = QStringLiteral("BENCH%1").arg(i, 6, 10, QLatin1Char('0'));
        if (!store.create(patch).ok())
            return 1;
        refs.append(TokenRef::byAuthenticationCode(patch.authenticationCode.value()));
    }
    if (!resetPhase(sim, store, refs, latency))
        return 1;
    std::printf("%d tokens, %d ms added latency per call\n", count, latency);

    QElapsedTimer timer;
    timer.start();
    int failed = 0;
    for (const TokenRef& ref : refs)
        failed += store.setEffective(ref).ok() ? 0 : 1;
    const qint64 sequentialMs = timer.elapsed();
    std::printf("one at a time: %lld ms, %d failed\n", qlonglong(sequentialMs), failed);
    const bool sequentialOnce = eachExactlyOnce(sim, count);

    if (!resetPhase(sim, store, refs, latency))
        return 1;

    timer.restart();
    BulkRunner runner(store);
    const auto results = runner.run(BulkAction::SetEffective, refs);
    const qint64 parallelMs = timer.elapsed();
    int parallelFailed = 0;
    for (const auto& result : results)
        parallelFailed += result.ok() && result->lifeCycleState == LifeCycleState::Effective ? 0 : 1;
    const int maxConcurrent = sim.takeMaxConcurrent();
    std::printf("bulk, %d in flight: %lld ms, %d failed (server saw at most %d at once)\n",
                store.options().maxParallel, qlonglong(parallelMs), parallelFailed, maxConcurrent);
    const bool parallelOnce = eachExactlyOnce(sim, count);

    const double speedup = parallelMs > 0 ? double(sequentialMs) / double(parallelMs) : 0;
    std::printf("speed-up: %.2fx (target >= 5x)\n", speedup);

    // The path of the GUI's bulk actions: TokenService::applyToEach on the service's worker thread,
    // with the progress the dialog shows.
    if (!resetPhase(sim, store, refs, latency))
        return 1;
    const StoreUrl url = sim.storeUrl();
    TokenService service([url]() { return StoreFactory::create(url, CrmSimProcess::password()); });
    if (!service.open().result().ok())
        return 1;
    std::atomic_int progressCalls { 0 };
    timer.restart();
    const QList<Result<AccessToken>> serviceResults
        = service
              .applyToEach(BulkAction::SetEffective, refs, 0, [&progressCalls](int, int) { ++progressCalls; })
              .result();
    const qint64 serviceMs = timer.elapsed();
    int serviceFailed = 0;
    for (const auto& result : serviceResults)
        serviceFailed += result.ok() && result->lifeCycleState == LifeCycleState::Effective ? 0 : 1;
    const int serviceConcurrent = sim.takeMaxConcurrent();
    std::printf("GUI path (TokenService::applyToEach): %lld ms, %d failed, %d progress reports "
                "(server saw at most %d at once), %.2fx of one at a time\n",
                qlonglong(serviceMs), serviceFailed, progressCalls.load(), serviceConcurrent,
                serviceMs > 0 ? double(sequentialMs) / double(serviceMs) : 0);
    const bool serviceOnce = eachExactlyOnce(sim, count);

    const bool ok = failed == 0 && parallelFailed == 0 && sequentialOnce && parallelOnce && speedup >= 5.0
        && serviceFailed == 0 && serviceOnce;
    std::printf("%s\n", ok ? "PASS" : "FAIL");
    return ok ? 0 : 2;
}
