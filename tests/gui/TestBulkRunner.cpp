// BulkRunner applies one life-cycle action to many tokens on any store: a store that answers
// later keeps at most its own number of calls in flight, each token sent once; a store that answers
// at once runs them one after the other; cancel() sends no further token and leaves those unchanged.

#include "BulkRunner.h"
#include "MemoryTokenStore.h"

#include <QTest>
#include <QTimer>

namespace {
// A memory store that answers a bulk action only after a moment, from the event loop, as CRM.COM
// does, and counts how many of its calls were unanswered at once.
class DelayedStore : public MemoryTokenStore
{
public:
    int inFlight = 0;
    int maxInFlight = 0;
    int started = 0;

    StoreCapabilities capabilities() const override
    {
        StoreCapabilities capabilities;
        capabilities.runsCallsInParallel = true;
        capabilities.callsInFlight = 3;
        return capabilities;
    }
    void startAction(BulkAction action, const TokenRef& ref, const ActionDone& done) override
    {
        ++started;
        maxInFlight = qMax(maxInFlight, ++inFlight);
        QTimer::singleShot(5, [this, action, ref, done]() {
            --inFlight;
            MemoryTokenStore::startAction(action, ref, done);
        });
    }
};

QList<TokenRef> refsOf(MemoryTokenStore& store)
{
    QList<TokenRef> refs;
    TokenQuery query;
    query.limit = 1000;
    const Result<QList<AccessToken>> tokens = store.list(query);
    for (const AccessToken& token : tokens.value())
        refs.append(TokenRef::byId(token.id));
    return refs;
}

LifeCycleState stateOf(MemoryTokenStore& store, const TokenRef& ref)
{
    return store.show(ref).value().lifeCycleState;
}
} // namespace

class TestBulkRunner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keepsTheStoresNumberOfCallsInFlight()
    {
        DelayedStore store;
        store.seed(20);
        const QList<TokenRef> refs = refsOf(store);
        QCOMPARE(refs.size(), 20);

        BulkRunner runner(store);
        QList<int> reported;
        const QList<Result<AccessToken>> results
            = runner.run(BulkAction::SetNotEffective, refs, [&](int done, int total) {
                  QCOMPARE(total, 20);
                  reported.append(done);
              });

        QCOMPARE(results.size(), 20);
        for (qsizetype i = 0; i < results.size(); ++i) {
            QVERIFY2(results.at(i).ok(), qPrintable(results.at(i).error().message()));
            QCOMPARE(results.at(i)->id, refs.at(i).value());
            QCOMPARE(stateOf(store, refs.at(i)), LifeCycleState::NotEffective);
        }
        QCOMPARE(store.started, 20);
        QCOMPARE(store.maxInFlight, 3);
        QCOMPARE(reported.size(), 20);
        for (qsizetype i = 0; i < reported.size(); ++i)
            QCOMPARE(reported.at(i), int(i) + 1);
    }

    void aLimitOfItsOwnOverridesTheStores()
    {
        DelayedStore store;
        store.seed(6);
        BulkRunner runner(store);
        runner.setMaxParallel(1);
        const QList<Result<AccessToken>> results = runner.run(BulkAction::SetNotEffective, refsOf(store));
        QCOMPARE(results.size(), 6);
        QCOMPARE(store.maxInFlight, 1);
    }

    void cancelSendsNoFurtherToken()
    {
        DelayedStore store;
        store.seed(20);
        const QList<TokenRef> refs = refsOf(store);
        BulkRunner runner(store);
        const QList<Result<AccessToken>> results
            = runner.run(BulkAction::SetNotEffective, refs, [&](int done, int) {
                  if (done == 4)
                      runner.cancel();
              });

        QCOMPARE(results.size(), 20);
        int changed = 0;
        for (qsizetype i = 0; i < results.size(); ++i) {
            if (results.at(i).ok()) {
                ++changed;
                QCOMPARE(stateOf(store, refs.at(i)), LifeCycleState::NotEffective);
            } else {
                QCOMPARE(results.at(i).error().code(), Error::Code::Cancelled);
                QCOMPARE(stateOf(store, refs.at(i)), LifeCycleState::Effective);
            }
        }
        // The calls in flight when it was cancelled still finished, and nothing else was sent.
        QCOMPARE(changed, store.started);
        QVERIFY2(changed >= 4 && changed <= 4 + 2, qPrintable(QString::number(changed)));
    }

    void aStoreThatAnswersAtOnceRunsThemInTurn()
    {
        MemoryTokenStore store;
        store.seed(5);
        const QList<TokenRef> refs = refsOf(store);
        BulkRunner runner(store);
        QVERIFY(runner.run(BulkAction::SetNotEffective, refs).size() == 5);
        const QList<Result<AccessToken>> removed = runner.run(BulkAction::Delete, refs);
        QCOMPARE(removed.size(), 5);
        for (const Result<AccessToken>& result : removed)
            QVERIFY2(result.ok(), qPrintable(result.error().message()));
        QVERIFY(!store.show(refs.first()).ok());
    }
};

QTEST_GUILESS_MAIN(TestBulkRunner)
#include "TestBulkRunner.moc"
