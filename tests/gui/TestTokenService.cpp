#include "MemoryTokenStore.h"
#include "TokenService.h"

#include <QMutex>
#include <QSet>
#include <QSignalSpy>
#include <QThread>
#include <QtTest>

namespace {
// Records the thread of every call, so a test can see whether the store ever left its worker.
class ThreadRecordingStore : public MemoryTokenStore
{
public:
    explicit ThreadRecordingStore(QSet<QThread*>* threads, QMutex* mutex)
        : m_threads(threads)
        , m_mutex(mutex)
    {
    }

    Result<void> open() override
    {
        record();
        return MemoryTokenStore::open();
    }

    Result<qint64> count(const TokenQuery& query) override
    {
        record();
        // Slow enough that calls queue up behind it while the test waits on later ones.
        QThread::msleep(20);
        return MemoryTokenStore::count(query);
    }

private:
    void record()
    {
        QMutexLocker lock(m_mutex);
        m_threads->insert(QThread::currentThread());
    }

    QSet<QThread*>* m_threads;
    QMutex* m_mutex;
};

// Keeps who the store was told acts, as the SQL store writes it into its trail and imports.
class ActorRecordingStore : public MemoryTokenStore
{
public:
    explicit ActorRecordingStore(QString* actor)
        : m_actor(actor)
    {
    }

    void setActor(const QString& user, const QString& unit) override
    {
        *m_actor = user + QLatin1Char('/') + unit;
    }

private:
    QString* m_actor;
};
} // namespace

class TestTokenService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void waitingOnAResultNeverRunsTheStoreOnTheWaitingThread();
    void settingsAndDirectoryChangesAreAnnounced();
    void theActorNamedBeforeTheStoreOpensActsInIt();
};

void TestTokenService::waitingOnAResultNeverRunsTheStoreOnTheWaitingThread()
{
    QSet<QThread*> threads;
    QMutex mutex;
    TokenService service([&]() { return std::make_unique<ThreadRecordingStore>(&threads, &mutex); });
    QFuture<Result<void>> opened = service.open();
    QList<QFuture<Result<qint64>>> counts;
    for (int i = 0; i < 5; ++i)
        counts.append(service.count(TokenQuery()));
    // Waiting on the last call first: a future that lets the waiter run queued work itself would
    // run it here, on the test's thread, where the store's connection does not belong.
    QVERIFY(counts.last().result().ok());
    for (const QFuture<Result<qint64>>& count : counts)
        QVERIFY(count.result().ok());
    QVERIFY(opened.result().ok());

    QMutexLocker lock(&mutex);
    QCOMPARE(threads.size(), 1);
    QVERIFY(!threads.contains(QThread::currentThread()));
}

void TestTokenService::settingsAndDirectoryChangesAreAnnounced()
{
    TokenService service([]() { return std::make_unique<MemoryTokenStore>(); });
    QVERIFY(service.open().result().ok());
    QSignalSpy settingsChanged(&service, &TokenService::settingsChanged);
    QSignalSpy directoryChanged(&service, &TokenService::directoryChanged);
    QSignalSpy tokensChanged(&service, &TokenService::tokensChanged);

    const Result<TokenSettings> settings = service.settings().result();
    QVERIFY(settings.ok());
    QVERIFY(service.saveSettings(*settings).result().ok());
    QTRY_COMPARE(settingsChanged.count(), 1);

    AccountsReceivable account;
    account.number = QStringLiteral("ACR-TEST-1");
    QVERIFY(service.addAccount(account).result().ok());
    RewardParticipant participant;
    participant.number = QStringLiteral("RP-TEST-1");
    QVERIFY(service.addParticipant(participant).result().ok());
    QTRY_COMPARE(directoryChanged.count(), 2);
    QCOMPARE(settingsChanged.count(), 1);
    QCOMPARE(tokensChanged.count(), 0);
}

// The application names who acts before its store is open: every line of the trail and every
// import is theirs all the same, and so is a store opened again.
void TestTokenService::theActorNamedBeforeTheStoreOpensActsInIt()
{
    QString actor;
    TokenService service([&actor]() { return std::make_unique<ActorRecordingStore>(&actor); });
    service.setActor(QStringLiteral("ann"), QStringLiteral("back office"));
    QVERIFY(service.open().result().ok());
    QVERIFY(service.count(TokenQuery()).result().ok());
    QCOMPARE(actor, QStringLiteral("ann/back office"));

    service.setActor(QStringLiteral("bob"), QString());
    QVERIFY(service.count(TokenQuery()).result().ok());
    QCOMPARE(actor, QStringLiteral("bob/"));
    actor.clear();
    QVERIFY(service.open().result().ok());
    QCOMPARE(actor, QStringLiteral("bob/"));
}

QTEST_GUILESS_MAIN(TestTokenService)
#include "TestTokenService.moc"
