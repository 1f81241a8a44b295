// Crash safety of a bulk action against CRM.COM (issue 8): a bulk set_as_effective is killed with
// SIGKILL at random points, several times. After each kill every token is whole, in one state or
// the other, and changed only if its call was sent; re-running on what is still pending completes
// the job, and in the end the server applied each token's call exactly once.
#include "BulkRunner.h"
#include "CrmApiTokenStore.h"
#include "CrmSimProcess.h"
#include "SqlTokenStore.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

namespace {
const QString prefix = QStringLiteral("BULK");
constexpr int tokenCount = 90;
constexpr int latencyMs = 25;

QString codeOf(int i)
{
    return prefix + QStringLiteral("%1").arg(i, 4, 10, QLatin1Char('0'));
}

// The authentication codes the server received a set_as_effective call for since the last take.
QList<QString> effectiveCalls(CrmSimProcess& sim)
{
    QList<QString> codes;
    const QJsonArray requests = sim.takeRequests();
    for (const QJsonValue& value : requests) {
        const QJsonObject request = value.toObject();
        if (!request.value(QStringLiteral("path")).toString().endsWith(QLatin1String("set_as_effective")))
            continue;
        codes.append(request.value(QStringLiteral("body"))
                         .toObject()
                         .value(QStringLiteral("access_token_identifier"))
                         .toObject()
                         .value(QStringLiteral("authentication_code"))
                         .toString());
    }
    return codes;
}
} // namespace

class TestBulkCrashSafety : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void killedBulkActionIsWholeAndResumesOnce()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString database = dir.filePath(QStringLiteral("crmsim.sqlite"));
        {
            CrmSimProcess sim({ QStringLiteral("--database"), database });
            QVERIFY(sim.start());
            CrmApiTokenStore store(sim.storeUrl(), CrmSimProcess::password());
            QVERIFY(store.open().ok());
            QList<TokenRef> refs;
            for (int i = 0; i < tokenCount; ++i) {
                TokenPatch patch;
                patch.authenticationCode = codeOf(i);
                QVERIFY(store.create(patch).ok());
                refs.append(TokenRef::byAuthenticationCode(codeOf(i)));
            }
            BulkRunner runner(store);
            for (const Result<AccessToken>& result : runner.run(BulkAction::SetNotEffective, refs))
                QVERIFY(result.ok());
            sim.takeRequests();
            sim.control(QStringLiteral("latency"), QJsonObject { { QStringLiteral("ms"), latencyMs } });

            QSet<QString> effective;
            QMap<QString, int> sent;
            for (int round = 0; round < 4; ++round) {
                QProcess driver;
                driver.start(QStringLiteral(TOKENDESK_BULK_DRIVER_PATH),
                             { sim.storeUrl().toString(), CrmSimProcess::password(), prefix,
                               QString::number(tokenCount), QStringLiteral("--resume") });
                QVERIFY(driver.waitForStarted());
                QVERIFY2(driver.waitForReadyRead(30000), driver.readAllStandardError().constData());
                QVERIFY(driver.readLine().startsWith("running"));
                QTest::qWait(int(QRandomGenerator::global()->bounded(20, 300)));
                // A later round has few tokens left and may finish first; that is a run like any
                // other (and waitForFinished() on a finished process answers false).
                if (driver.state() != QProcess::NotRunning) {
                    driver.kill();
                    QVERIFY(driver.waitForFinished(10000));
                }
                // Calls already on their way are answered by the server all the same.
                QTest::qWait(latencyMs * 4 + 200);

                const QList<QString> calls = effectiveCalls(sim);
                for (const QString& code : calls)
                    ++sent[code];
                const QSet<QString> now = effectiveNow(store);
                QVERIFY2(now.contains(effective), "a token went back to NOT_EFFECTIVE");
                for (const QString& code : now - effective)
                    QVERIFY2(calls.contains(code),
                             qPrintable(code + QStringLiteral(" changed without a call")));
                effective = now;
                qInfo("round %d: %lld calls sent, %lld of %d tokens effective", round,
                      qlonglong(calls.size()), qlonglong(effective.size()), tokenCount);
            }

            QProcess resume;
            resume.start(QStringLiteral(TOKENDESK_BULK_DRIVER_PATH),
                         { sim.storeUrl().toString(), CrmSimProcess::password(), prefix,
                           QString::number(tokenCount), QStringLiteral("--resume") });
            QVERIFY(resume.waitForFinished(120000));
            QVERIFY2(resume.exitCode() == 0, resume.readAll().constData());
            for (const QString& code : effectiveCalls(sim))
                ++sent[code];
            QCOMPARE(effectiveNow(store).size(), tokenCount);
            for (auto it = sent.cbegin(); it != sent.cend(); ++it)
                QVERIFY2(it.value() == 1,
                         qPrintable(QStringLiteral("%1 sent %2 times").arg(it.key()).arg(it.value())));
            QCOMPARE(sent.size(), tokenCount);
        }

        // The server's own record: its store is intact and applied each token's call once.
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
            db.setDatabaseName(database);
            QVERIFY(db.open());
            QSqlQuery integrity(db);
            QVERIFY(integrity.exec(QStringLiteral("PRAGMA integrity_check")) && integrity.next());
            QCOMPARE(integrity.value(0).toString(), QStringLiteral("ok"));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("check"));
        StoreUrl url;
        url.kind = StoreUrl::Kind::Sqlite;
        url.path = database;
        SqlTokenStore server(url, QString(), Clock::system());
        QVERIFY(server.open().ok());
        for (int i = 0; i < tokenCount; ++i) {
            const Result<QList<AuditEntry>> trail
                = server.auditTrail(TokenRef::byAuthenticationCode(codeOf(i)), 100);
            QVERIFY(trail.ok());
            int applied = 0;
            for (const AuditEntry& entry : *trail)
                applied += entry.operation == QLatin1String("set_as_effective") ? 1 : 0;
            QVERIFY2(applied == 1,
                     qPrintable(QStringLiteral("%1 applied %2 times").arg(codeOf(i)).arg(applied)));
        }
    }

private:
    static QSet<QString> effectiveNow(CrmApiTokenStore& store)
    {
        TokenQuery query;
        query.association = TokenQuery::Association::NotAssociated;
        query.limit = 1000;
        const Result<QList<AccessToken>> tokens = store.list(query);
        QSet<QString> effective;
        if (!tokens.ok()) {
            qWarning("list failed: %s", qPrintable(tokens.error().message()));
            return effective;
        }
        for (const AccessToken& token : *tokens) {
            if (!token.authenticationCode.startsWith(prefix))
                continue;
            if (token.lifeCycleState == LifeCycleState::Effective)
                effective.insert(token.authenticationCode);
            else if (token.lifeCycleState != LifeCycleState::NotEffective)
                qWarning("%s is in an unexpected state", qPrintable(token.authenticationCode));
        }
        return effective;
    }
};

QTEST_GUILESS_MAIN(TestBulkCrashSafety)
#include "TestBulkCrashSafety.moc"
