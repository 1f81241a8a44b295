#include "CrmApiTokenStore.h"
#include "CrmSimThread.h"
#include "StoreConformanceTest.h"

#include <QTemporaryDir>
#include <QTest>

namespace {
// The CRM.COM store under test, talking HTTP to a simulated server in this process. What the
// API has no method for (the configuration, the directory of accounts and participants, the
// audit trail) is done on the server's own store, as an administrator would in CRM.COM.
class CrmStoreUnderTest : public CrmApiTokenStore
{
public:
    CrmStoreUnderTest(std::unique_ptr<CrmSimThread> sim, const StoreUrl& url)
        : CrmApiTokenStore(url, QStringLiteral("secret"), consumerOptions())
        , m_sim(std::move(sim))
    {
    }

    Result<TokenSettings> settings() override
    {
        return onServer<TokenSettings>([](TokenStore& s) { return s.settings(); });
    }
    Result<void> saveSettings(const TokenSettings& settings) override
    {
        return onServer<void>([&settings](TokenStore& s) { return s.saveSettings(settings); });
    }
    Result<QList<AccountsReceivable>> accounts(const QString& prefix, int limit) override
    {
        return onServer<QList<AccountsReceivable>>([&](TokenStore& s) { return s.accounts(prefix, limit); });
    }
    Result<AccountsReceivable> addAccount(const AccountsReceivable& account) override
    {
        return onServer<AccountsReceivable>([&](TokenStore& s) { return s.addAccount(account); });
    }
    Result<QList<RewardParticipant>> participants(const QString& prefix, int limit) override
    {
        return onServer<QList<RewardParticipant>>(
            [&](TokenStore& s) { return s.participants(prefix, limit); });
    }
    Result<RewardParticipant> addParticipant(const RewardParticipant& participant) override
    {
        return onServer<RewardParticipant>([&](TokenStore& s) { return s.addParticipant(participant); });
    }

private:
    static CrmOptions consumerOptions()
    {
        CrmOptions options;
        options.consumerKey = QStringLiteral("consumer-key");
        return options;
    }

    template<typename T> Result<T> onServer(const std::function<Result<T>(TokenStore&)>& work)
    {
        std::optional<Result<T>> out;
        m_sim->onStore([&](TokenStore& store) { out = work(store); });
        return std::move(*out);
    }

    std::unique_ptr<CrmSimThread> m_sim;
};
} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    int run = 0;
    StoreTestHooks hooks;
    hooks.persistent = false;
    StoreConformanceTest test(
        [&](ManualClock* clock) -> std::unique_ptr<TokenStore> {
            auto sim = std::make_unique<CrmSimThread>(
                dir.filePath(QStringLiteral("crm-%1.sqlite").arg(++run)), clock);
            if (sim->start().isEmpty())
                qFatal("the simulated CRM.COM server did not start");
            const StoreUrl url
                = StoreUrl::parse(
                      QStringLiteral("crm+http://admin@127.0.0.1:%1/?organisation=TestOrg").arg(sim->port()))
                      .value();
            return std::make_unique<CrmStoreUnderTest>(std::move(sim), url);
        },
        hooks);
    return QTest::qExec(&test, argc, argv);
}
