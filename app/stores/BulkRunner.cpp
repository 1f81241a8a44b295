#include "BulkRunner.h"

#include <QEventLoop>
#include <optional>
#include <vector>

BulkRunner::BulkRunner(TokenStore& store)
    : m_store(store)
{
}

void BulkRunner::cancel()
{
    // The calls in flight are left to finish: each then either changed its token or did not, and
    // the summary can say which instead of "perhaps".
    m_cancelled = true;
}

QList<Result<AccessToken>> BulkRunner::run(BulkAction action, const QList<TokenRef>& refs,
                                           const Progress& progress)
{
    const int limit = qMax(1, m_maxParallel > 0 ? m_maxParallel : m_store.capabilities().callsInFlight);
    const int total = int(refs.size());

    std::vector<std::optional<Result<AccessToken>>> slots(refs.size());
    int next = 0;
    int running = 0;
    int finished = 0;
    bool launching = false;
    QEventLoop loop;

    const auto settle = [&](int index, Result<AccessToken> result) {
        slots[index] = std::move(result);
        ++finished;
        if (progress)
            progress(finished, total);
    };
    // Each answer starts the next token, so at most `limit` are in flight at any time. A store that
    // answers before startAction() returns would otherwise recurse once per token: the loop that
    // is already launching picks up the freed slot instead.
    std::function<void()> launch = [&]() {
        if (launching)
            return;
        launching = true;
        while (running < limit && next < total) {
            const int index = next++;
            if (m_cancelled) {
                settle(index,
                       Error(Error::Code::Cancelled,
                             tr("Cancelled before %1 was changed").arg(refs[index].toString())));
                continue;
            }
            ++running;
            m_store.startAction(action, refs[index], [&, index](Result<AccessToken> result) {
                --running;
                settle(index, std::move(result));
                launch();
                if (finished == total)
                    loop.quit();
            });
        }
        launching = false;
    };
    launch();
    if (finished < total)
        loop.exec(QEventLoop::ExcludeUserInputEvents);

    QList<Result<AccessToken>> results;
    results.reserve(total);
    for (auto& slot : slots)
        results.append(std::move(*slot));
    return results;
}
