#include "CrmBulkRunner.h"

#include "CrmApiTokenStore.h"
#include "CrmClient.h"

#include <QEventLoop>
#include <optional>

CrmBulkRunner::CrmBulkRunner(TokenStore& store)
    : m_store(store)
{
}

QString CrmBulkRunner::wireMethod(Action action)
{
    switch (action) {
    case Action::SetEffective:
        return QStringLiteral("set_as_effective");
    case Action::SetNotEffective:
        return QStringLiteral("set_as_not_effective");
    case Action::Delete:
        return QStringLiteral("delete");
    }
    return QString();
}

void CrmBulkRunner::cancel()
{
    // The calls in flight are left to finish: each then either changed its token or did not, and
    // the summary can say which instead of "perhaps".
    m_cancelled = true;
}

Result<AccessToken> CrmBulkRunner::runOne(Action action, const TokenRef& ref)
{
    switch (action) {
    case Action::SetEffective:
        return m_store.setEffective(ref);
    case Action::SetNotEffective:
        return m_store.setNotEffective(ref);
    case Action::Delete:
        return m_store.remove(ref);
    }
    return Error(Error::Code::Usage, tr("Unknown bulk action"));
}

QList<Result<AccessToken>> CrmBulkRunner::run(Action action, const QList<TokenRef>& refs,
                                              const Progress& progress)
{
    auto* crm = dynamic_cast<CrmApiTokenStore*>(&m_store);
    if (crm && crm->client())
        return runParallel(action, refs, progress);

    QList<Result<AccessToken>> results;
    results.reserve(refs.size());
    for (const TokenRef& ref : refs) {
        if (m_cancelled)
            results.append(
                Error(Error::Code::Cancelled, tr("Cancelled before %1 was changed").arg(ref.toString())));
        else
            results.append(runOne(action, ref));
        if (progress)
            progress(int(results.size()), int(refs.size()));
    }
    return results;
}

QList<Result<AccessToken>> CrmBulkRunner::runParallel(Action action, const QList<TokenRef>& refs,
                                                      const Progress& progress)
{
    auto& crm = static_cast<CrmApiTokenStore&>(m_store);
    CrmClient* client = crm.client();
    const int limit = qMax(1, m_maxParallel > 0 ? m_maxParallel : crm.options().maxParallel);
    const int total = int(refs.size());

    std::vector<std::optional<Result<AccessToken>>> slots(refs.size());
    int next = 0;
    int running = 0;
    int finished = 0;
    QEventLoop loop;

    const auto settle = [&](int index, Result<AccessToken> result) {
        slots[index] = std::move(result);
        ++finished;
        if (progress)
            progress(finished, total);
    };
    // Each reply starts the next token, so at most `limit` are in flight at any time.
    std::function<void()> launch = [&]() {
        while (running < limit && next < total) {
            const int index = next++;
            if (m_cancelled) {
                settle(index,
                       Error(Error::Code::Cancelled,
                             tr("Cancelled before %1 was changed").arg(refs[index].toString())));
                continue;
            }
            const Result<CrmRequest> request = crm.actionRequest(wireMethod(action), refs[index]);
            if (!request.ok()) {
                settle(index, request.error());
                continue;
            }
            ++running;
            client->start(*request, [&, index](Result<QJsonValue> reply) {
                --running;
                settle(index, crm.tokenFrom(reply));
                launch();
                if (finished == total)
                    loop.quit();
            });
        }
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
