#include "ConnectionProfiles.h"
#include "CrmApiTokenStore.h"
#include "CrmSimFixture.h"
#include "Preferences.h"
#include "StoreFactory.h"
#include "TokenService.h"
#include "gui/AwaitFuture.h"

#include <QJsonArray>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

// Cancelling a CRM.COM call through TokenService, bulk actions with several calls in flight, and
// the network settings a store opened from the command line or an old profile gets: all against
// tokendesk-crmsim over real HTTP.
class TestCrmCancel : public QObject
{
    Q_OBJECT

private:
    CrmSimFixture m_crm;
    CrmSimProcess& m_sim = m_crm.sim();
    int m_serial = 0;

    QString nextCode() { return QStringLiteral("CANCEL%1").arg(++m_serial); }

    bool createNotEffective(const QString& code)
    {
        return m_crm.createNotEffective(code, QStringLiteral("ACR0000000003"));
    }

    // Waits until the server has received a call of the method (and forgets the requests).
    bool serverReceived(const QString& method)
    {
        QElapsedTimer waited;
        waited.start();
        while (waited.elapsed() < 10000) {
            const QJsonArray requests = m_sim.takeRequests();
            for (const QJsonValue& request : requests) {
                if (request.toObject().value(QStringLiteral("path")).toString().endsWith(method))
                    return true;
            }
            QTest::qWait(20);
        }
        return false;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        CrmOptions options;
        // Long enough that only a cancel can end a hanging call within the test.
        options.timeoutMs = 60000;
        QVERIFY(m_crm.start(options));
        QVERIFY(await(m_crm.service()->open()).ok());
        QVERIFY(m_crm.service()->capabilities().cancelsCalls);
        QVERIFY(m_crm.service()->capabilities().runsCallsInParallel);
    }

    void init() { m_sim.control(QStringLiteral("reset")); }

    void cleanupTestCase() { m_crm.close(); }

    void cancelEndsTheRunningCallAndChangesNothing()
    {
        const QString code = nextCode();
        QVERIFY(createNotEffective(code));
        QSignalSpy running(m_crm.service(), &TokenService::cancellableCallRunning);
        m_sim.fault(QStringLiteral("hang"), QStringLiteral("set_as_effective"));

        QFuture<Result<AccessToken>> call
            = m_crm.service()->setEffective(TokenRef::byAuthenticationCode(code));
        QVERIFY(serverReceived(QStringLiteral("set_as_effective")));
        QVERIFY(!call.isFinished());
        m_crm.service()->cancel();
        const Result<AccessToken> result = await(call);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code(), Error::Code::Cancelled);
        QTRY_VERIFY(running.size() >= 2);
        QCOMPARE(running.first().first().toBool(), true);
        QCOMPARE(running.last().first().toBool(), false);
        QCOMPARE(m_crm.stateOnServer(code), int(LifeCycleState::NotEffective));
    }

    void cancelReachesOnlyTheCallRunningThen()
    {
        // Nothing runs: the cancel must not linger and hit the next call.
        m_crm.service()->cancel();
        const QString code = nextCode();
        QVERIFY(createNotEffective(code));
        QVERIFY(await(m_crm.service()->setEffective(TokenRef::byAuthenticationCode(code))).ok());

        // A store's cancel() that reaches its thread after its call ended leaves the next call alone.
        CrmApiTokenStore store(m_sim.storeUrl(), CrmSimProcess::password());
        QVERIFY(store.open().ok());
        store.cancel();
        const Result<AccessToken> shown = store.show(TokenRef::byAuthenticationCode(code));
        QVERIFY2(shown.ok(), qPrintable(shown.error().toString()));
    }

    void cancelledCreateIsLookedUpNotRepeated_data()
    {
        QTest::addColumn<bool>("serverCreatedIt");
        QTest::newRow("reached the server") << true;
        QTest::newRow("never carried out") << false;
    }

    void cancelledCreateIsLookedUpNotRepeated()
    {
        QFETCH(bool, serverCreatedIt);
        const QString code = nextCode();
        m_sim.fault(QStringLiteral("hang"), QStringLiteral("create"), serverCreatedIt);
        TokenPatch patch;
        patch.authenticationCode = code;
        QFuture<Result<TokenResult>> call = m_crm.service()->create(patch);
        QVERIFY(serverReceived(QStringLiteral("create")));
        m_crm.service()->cancel();
        const Result<TokenResult> result = await(call);

        const Result<AccessToken> onServer = m_crm.check().show(TokenRef::byAuthenticationCode(code));
        QCOMPARE(onServer.ok(), serverCreatedIt);
        if (serverCreatedIt) {
            QVERIFY2(result.ok(), qPrintable(result.error().toString()));
            QCOMPARE(result->token.id, onServer->id);
        } else {
            QVERIFY(!result.ok());
            QCOMPARE(result.error().code(), Error::Code::Cancelled);
            QVERIFY2(result.error().message().contains(code), qPrintable(result.error().message()));
            QVERIFY2(result.error().message().contains(QLatin1String("not created")),
                     qPrintable(result.error().message()));
        }
        // The create was sent once (serverReceived took it) and never repeated.
        QCOMPARE(m_sim.takeCallsPerCode(QStringLiteral("create")).size(), 0);
    }

    void bulkKeepsSeveralCallsInFlightAndSendsEachOnce()
    {
        QList<TokenRef> refs;
        for (int i = 0; i < 16; ++i) {
            const QString code = nextCode();
            QVERIFY(createNotEffective(code));
            refs.append(TokenRef::byAuthenticationCode(code));
        }
        m_sim.takeRequests();
        m_sim.takeMaxConcurrent();
        m_sim.setLatency(100);
        QSignalSpy changed(m_crm.service(), &TokenService::tokensChanged);
        int lastDone = 0;
        const QList<Result<AccessToken>> results = await(m_crm.service()->applyToEach(
            BulkAction::SetEffective, refs, 4, [&lastDone](int done, int) { lastDone = done; }));
        QCOMPARE(results.size(), 16);
        for (const Result<AccessToken>& result : results) {
            QVERIFY2(result.ok(), qPrintable(result.error().toString()));
            QCOMPARE(result->lifeCycleState, LifeCycleState::Effective);
        }
        QCOMPARE(lastDone, 16);
        const int maxConcurrent = m_sim.takeMaxConcurrent();
        QVERIFY2(maxConcurrent > 1 && maxConcurrent <= 4, qPrintable(QString::number(maxConcurrent)));
        const QHash<QString, int> calls = m_sim.takeCallsPerCode(QStringLiteral("set_as_effective"));
        QCOMPARE(calls.size(), 16);
        for (auto it = calls.begin(); it != calls.end(); ++it)
            QVERIFY2(it.value() == 1, qPrintable(it.key()));
        QTRY_VERIFY(!changed.isEmpty());
        QCOMPARE(changed.last().first().toStringList().size(), 16);
    }

    void cancelledBulkLeavesTheUnsentTokensUntouched()
    {
        QList<TokenRef> refs;
        QStringList codes;
        for (int i = 0; i < 20; ++i) {
            codes.append(nextCode());
            QVERIFY(createNotEffective(codes.last()));
            refs.append(TokenRef::byAuthenticationCode(codes.last()));
        }
        m_sim.takeRequests();
        m_sim.setLatency(150);
        auto cancelled = std::make_shared<std::atomic_bool>(false);
        // Cancelled once the first few are done, from the worker thread as a window's flag would be.
        const QList<Result<AccessToken>> results = await(m_crm.service()->applyToEach(
            BulkAction::SetEffective, refs, 2,
            [cancelled](int done, int) {
                if (done >= 3)
                    cancelled->store(true);
            },
            cancelled));
        m_sim.setLatency(0);
        QCOMPARE(results.size(), 20);
        const QHash<QString, int> calls = m_sim.takeCallsPerCode(QStringLiteral("set_as_effective"));
        int done = 0;
        int notSent = 0;
        for (int i = 0; i < results.size(); ++i) {
            if (results.at(i).ok()) {
                ++done;
                QCOMPARE(calls.value(codes.at(i)), 1);
                QCOMPARE(m_crm.stateOnServer(codes.at(i)), int(LifeCycleState::Effective));
            } else {
                ++notSent;
                QCOMPARE(results.at(i).error().code(), Error::Code::Cancelled);
                QCOMPARE(calls.value(codes.at(i)), 0);
                QCOMPARE(m_crm.stateOnServer(codes.at(i)), int(LifeCycleState::NotEffective));
            }
        }
        // The calls in flight when the flag was set finished; nothing after them was sent.
        QVERIFY2(done >= 3 && done <= 5, qPrintable(QString::number(done)));
        QCOMPARE(done + notSent, 20);
        QCOMPARE(calls.size(), done);
    }

    void commandLineStoreUsesThePreferredNetworkSettings()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("prefs.ini")), QSettings::IniFormat);
        Preferences preferences(&settings);
        preferences.setNetworkTimeout(1);
        preferences.setMaxParallelRequests(3);

        // What tokendesk --store crm+… builds.
        std::unique_ptr<TokenStore> store
            = StoreFactory::create(m_sim.storeUrl(), CrmSimProcess::password(), preferences.crmOptions());
        auto* crm = dynamic_cast<CrmApiTokenStore*>(store.get());
        QVERIFY(crm);
        QCOMPARE(crm->options().timeoutMs, 1000);
        QCOMPARE(crm->options().maxParallel, 3);
        QVERIFY(store->open().ok());
        m_sim.fault(QStringLiteral("hang"), QStringLiteral("show"));
        const Result<AccessToken> shown = store->show(TokenRef::byAuthenticationCode(nextCode()));
        QVERIFY(!shown.ok());
        // Given up by the one-second timeout, not cancelled and not answered.
        QCOMPARE(shown.error().code(), Error::Code::Network);
    }

    void profileWithoutNetworkSettingsUsesThePreferredOnes()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("profiles.ini")), QSettings::IniFormat);
        Preferences(&settings).setNetworkTimeout(7);
        Preferences(&settings).setMaxParallelRequests(2);
        // A profile written before it had network settings of its own.
        settings.beginWriteArray(QStringLiteral("connections/profiles"), 1);
        settings.setArrayIndex(0);
        settings.setValue(QStringLiteral("id"), QStringLiteral("old-profile"));
        settings.setValue(QStringLiteral("name"), QStringLiteral("Old"));
        settings.setValue(QStringLiteral("url"), m_sim.storeUrl().toString());
        settings.endArray();

        const std::optional<ConnectionProfile> profile
            = ConnectionProfiles(&settings).find(QStringLiteral("old-profile"));
        QVERIFY(profile);
        QCOMPARE(profile->timeoutSeconds, 7);
        QCOMPARE(profile->maxParallel, 2);
        std::unique_ptr<TokenStore> store = profile->createStore(CrmSimProcess::password());
        auto* crm = dynamic_cast<CrmApiTokenStore*>(store.get());
        QVERIFY(crm);
        QCOMPARE(crm->options().timeoutMs, 7000);
        QCOMPARE(crm->options().maxParallel, 2);
    }
};

QTEST_GUILESS_MAIN(TestCrmCancel)
#include "TestCrmCancel.moc"
