#include "BulkRunner.h"
#include "CrmApiTokenStore.h"
#include "CrmSimFixture.h"
#include "TokenService.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QThread>
#include <QtTest>

// What the CRM.COM store does when the server or the network fails (spec §4 and the design's
// "nothing is half-written"): a clear error, no change repeated, nothing lost.
class TestCrmFaults : public QObject
{
    Q_OBJECT

private:
    CrmSimFixture m_crm;
    CrmSimProcess& m_sim = m_crm.sim();
    std::unique_ptr<CrmApiTokenStore> m_store;
    int m_serial = 0;

    QString nextCode() { return QStringLiteral("FAULT%1").arg(++m_serial); }

    AccessToken createToken(const QString& code, LifeCycleState state = LifeCycleState::Effective)
    {
        TokenPatch patch;
        patch.authenticationCode = code;
        patch.accountsReceivable = QStringLiteral("ACR0000000002");
        Result<TokenResult> created = m_store->create(patch);
        if (!created.ok())
            qWarning("%s", qPrintable(created.error().toString()));
        if (created.ok() && state == LifeCycleState::NotEffective)
            return m_store->setNotEffective(TokenRef::byAuthenticationCode(code)).value();
        return created.ok() ? created->token : AccessToken();
    }

    int requestsFor(const QString& path)
    {
        int n = 0;
        const QJsonArray requests = m_sim.takeRequests();
        for (const QJsonValue& request : requests)
            n += request.toObject().value(QStringLiteral("path")).toString() == path ? 1 : 0;
        return n;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_crm.start());
        CrmOptions options;
        options.timeoutMs = 1500;
        m_store = std::make_unique<CrmApiTokenStore>(m_sim.storeUrl(), CrmSimProcess::password(), options);
        QVERIFY(m_store->open().ok());
    }

    void init() { m_sim.control(QStringLiteral("reset")); }

    // Tests kill the simulator, which then cannot clean up after itself: its store lives in a
    // folder of the test's own, gone with the harness, and it makes no folder of its own.
    void aKilledSimulatorLeavesNoFilesBehind()
    {
        const QDir temp(QDir::tempPath());
        const QStringList before = temp.entryList({ QStringLiteral("tokendesk-crmsim-*") }, QDir::Dirs);
        QString database;
        {
            CrmSimProcess sim;
            QVERIFY(sim.start());
            database = sim.databasePath();
            QVERIFY2(QFileInfo::exists(database), qPrintable(database));
        }
        QVERIFY2(!QFileInfo::exists(QFileInfo(database).absolutePath()), qPrintable(database));
        QCOMPARE(temp.entryList({ QStringLiteral("tokendesk-crmsim-*") }, QDir::Dirs), before);
    }

    void serverFailuresAreClearAndChangeNothing_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("shown");
        QTest::newRow("http 500") << QStringLiteral("http500") << int(Error::Code::Network)
                                  << QStringLiteral("HTTP 500");
        QTest::newRow("not json") << QStringLiteral("not_json") << int(Error::Code::Network)
                                  << QStringLiteral("not JSON");
        QTest::newRow("status") << QStringLiteral("status") << int(Error::Code::Storage)
                                << QStringLiteral("The server is busy — Try again later");
        QTest::newRow("dropped") << QStringLiteral("drop") << int(Error::Code::Network)
                                 << QStringLiteral("closed the connection");
        QTest::newRow("hang") << QStringLiteral("hang") << int(Error::Code::Network)
                              << QStringLiteral("did not answer within 1.5 seconds");
    }
    void serverFailuresAreClearAndChangeNothing()
    {
        QFETCH(QString, kind);
        QFETCH(int, code);
        QFETCH(QString, shown);
        const QString authCode = nextCode();
        const AccessToken before = createToken(authCode);
        QVERIFY(!before.id.isEmpty());
        m_sim.takeRequests();
        m_sim.fault(kind, QStringLiteral("set_as_not_effective"));
        QElapsedTimer elapsed;
        elapsed.start();
        const Result<AccessToken> result = m_store->setNotEffective(TokenRef::byAuthenticationCode(authCode));
        QVERIFY(!result.ok());
        QCOMPARE(int(result.error().code()), code);
        QVERIFY2(result.error().message().contains(shown), qPrintable(result.error().message()));
        QVERIFY(elapsed.elapsed() < 5000);
        // A failed write is never repeated behind the person's back.
        QCOMPARE(requestsFor(QStringLiteral("access_tokens/set_as_not_effective")), 1);
        const Result<AccessToken> after = m_store->show(TokenRef::byAuthenticationCode(authCode));
        QVERIFY(after.ok());
        QCOMPARE(after->lifeCycleState, LifeCycleState::Effective);
        QCOMPARE(after->version, before.version);
    }

    void readsSurviveOneExpiredSession()
    {
        const QString authCode = nextCode();
        QVERIFY(!createToken(authCode).id.isEmpty());
        m_sim.takeRequests();
        m_sim.fault(QStringLiteral("expire"), QStringLiteral("show"));
        QVERIFY(m_store->show(TokenRef::byAuthenticationCode(authCode)).ok());
        QCOMPARE(requestsFor(QStringLiteral("access_tokens/show")), 2);
    }

    void createWhoseReplyIsLostIsNotRepeated()
    {
        const QString authCode = nextCode();
        m_sim.fault(QStringLiteral("drop"), QStringLiteral("create"), true);
        TokenPatch patch;
        patch.authenticationCode = authCode;
        patch.accountsReceivable = QStringLiteral("ACR0000000003");
        const Result<TokenResult> created = m_store->create(patch);
        QVERIFY2(created.ok(), qPrintable(created.error().toString()));
        QCOMPARE(created->token.authenticationCode, authCode);
        const QJsonArray requests = m_sim.takeRequests();
        QStringList paths;
        for (const QJsonValue& request : requests)
            paths.append(request.toObject().value(QStringLiteral("path")).toString());
        QCOMPARE(
            paths,
            (QStringList { QStringLiteral("access_tokens/create"), QStringLiteral("access_tokens/show") }));

        TokenQuery query;
        query.association = TokenQuery::Association::Account;
        query.accountNumber = QStringLiteral("ACR0000000003");
        QCOMPARE(*m_store->count(query), qint64(1));
    }

    void createLostBeforeTheServerIsRepeatedOnce()
    {
        const QString authCode = nextCode();
        m_sim.fault(QStringLiteral("drop"), QStringLiteral("create"), false);
        TokenPatch patch;
        patch.authenticationCode = authCode;
        patch.accountsReceivable = QStringLiteral("ACR0000000004");
        const Result<TokenResult> created = m_store->create(patch);
        QVERIFY2(created.ok(), qPrintable(created.error().toString()));
        QCOMPARE(requestsFor(QStringLiteral("access_tokens/create")), 2);
        TokenQuery query;
        query.association = TokenQuery::Association::Account;
        query.accountNumber = QStringLiteral("ACR0000000004");
        QCOMPARE(*m_store->count(query), qint64(1));
    }

    void createWithoutCodeIsNeverRepeated()
    {
        m_sim.fault(QStringLiteral("drop"), QStringLiteral("create"), true);
        TokenPatch patch;
        patch.accountsReceivable = QStringLiteral("ACR0000000005");
        patch.identifier = QStringLiteral("lost@example.com");
        patch.passCode = QStringLiteral("Pass1234");
        const Result<TokenResult> created = m_store->create(patch);
        QVERIFY(!created.ok());
        QCOMPARE(created.error().code(), Error::Code::Network);
        QVERIFY2(created.error().message().contains(QLatin1String("may have been created")),
                 qPrintable(created.error().message()));
        QCOMPARE(requestsFor(QStringLiteral("access_tokens/create")), 1);
    }

    void refusedConnection()
    {
        StoreUrl url = m_sim.storeUrl();
        url.port = 1;
        CrmApiTokenStore store(url, CrmSimProcess::password());
        const Result<void> opened = store.open();
        QVERIFY(!opened.ok());
        QCOMPARE(opened.error().code(), Error::Code::Network);
        QVERIFY2(opened.error().message().contains(QLatin1String("refused")),
                 qPrintable(opened.error().message()));
    }

    void cancelAbortsARequestInFlight()
    {
        const QString authCode = nextCode();
        QVERIFY(!createToken(authCode).id.isEmpty());
        CrmOptions slow = m_store->options();
        slow.timeoutMs = 20000;
        m_store->setOptions(slow);
        m_sim.fault(QStringLiteral("hang"), QStringLiteral("show"));
        QThread* canceller = QThread::create([this]() {
            QThread::msleep(300);
            m_store->cancel();
        });
        canceller->start();
        QElapsedTimer elapsed;
        elapsed.start();
        const Result<AccessToken> shown = m_store->show(TokenRef::byAuthenticationCode(authCode));
        canceller->wait();
        delete canceller;
        CrmOptions normal = slow;
        normal.timeoutMs = 1500;
        m_store->setOptions(normal);
        QVERIFY(!shown.ok());
        QCOMPARE(shown.error().code(), Error::Code::Cancelled);
        QVERIFY(elapsed.elapsed() < 5000);
    }

    void bulkRunsEveryTokenExactlyOnce()
    {
        QList<TokenRef> refs;
        for (int i = 0; i < 30; ++i) {
            const QString code = nextCode();
            QVERIFY(!createToken(code, LifeCycleState::NotEffective).id.isEmpty());
            refs.append(TokenRef::byAuthenticationCode(code));
        }
        // One of them fails on the server: it is reported, the others still go through.
        m_sim.fault(QStringLiteral("http500"), QStringLiteral("set_as_effective"));
        m_sim.takeRequests();
        m_sim.takeMaxConcurrent();
        m_sim.setLatency(50);

        BulkRunner runner(*m_store);
        int lastProgress = 0;
        const QList<Result<AccessToken>> results
            = runner.run(BulkAction::SetEffective, refs, [&](int done, int total) {
                  QCOMPARE(total, 30);
                  QVERIFY(done == lastProgress + 1);
                  lastProgress = done;
              });
        m_sim.setLatency(0);
        QCOMPARE(lastProgress, 30);
        QCOMPARE(results.size(), 30);
        int failed = 0;
        for (const Result<AccessToken>& result : results) {
            if (!result.ok()) {
                ++failed;
                QCOMPARE(result.error().code(), Error::Code::Network);
            } else {
                QCOMPARE(result->lifeCycleState, LifeCycleState::Effective);
            }
        }
        QCOMPARE(failed, 1);

        const QHash<QString, int> calls = m_sim.takeCallsPerCode(QStringLiteral("set_as_effective"));
        QCOMPARE(calls.size(), 30);
        for (auto it = calls.begin(); it != calls.end(); ++it)
            QVERIFY2(it.value() == 1, qPrintable(it.key()));
        const int maxConcurrent = m_sim.takeMaxConcurrent();
        QVERIFY2(maxConcurrent > 1 && maxConcurrent <= 6, qPrintable(QString::number(maxConcurrent)));
    }

    void bulkThroughTheService()
    {
        QList<TokenRef> refs;
        for (int i = 0; i < 8; ++i) {
            const QString code = nextCode();
            QVERIFY(!createToken(code).id.isEmpty());
            refs.append(TokenRef::byAuthenticationCode(code));
        }
        TokenService& service = *m_crm.service();
        QVERIFY(service.open().result().ok());
        QFuture<QList<Result<AccessToken>>> future
            = service.withStore<QList<Result<AccessToken>>>([refs](TokenStore& store) {
                  BulkRunner runner(store);
                  return runner.run(BulkAction::SetNotEffective, refs);
              });
        const QList<Result<AccessToken>> results = future.result();
        QCOMPARE(results.size(), 8);
        for (const Result<AccessToken>& result : results) {
            QVERIFY(result.ok());
            QCOMPARE(result->lifeCycleState, LifeCycleState::NotEffective);
        }
    }
};

QTEST_GUILESS_MAIN(TestCrmFaults)
#include "TestCrmFaults.moc"
