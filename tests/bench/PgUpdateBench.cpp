// Many clients updating the shared PostgreSQL store at once: each client has its own connection,
// picks a random token, reads it and saves a change guarded by the version it read.
//   TOKENDESK_TEST_PG_URL=... TOKENDESK_PASSWORD=... pg_update_bench [CLIENTS] [SECONDS] [TOKENS]
// Reports updates/s and conflicts, then checks that no update was lost: the versions of all tokens
// went up by exactly the number of saves the clients were told succeeded. Drops the database's tables.
#include "SqlTokenStore.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QThread>
#include <atomic>
#include <cstdio>
#include <memory>
#include <vector>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const int clients = argc > 1 ? QByteArray(argv[1]).toInt() : 8;
    const int seconds = argc > 2 ? QByteArray(argv[2]).toInt() : 30;
    const int tokens = argc > 3 ? QByteArray(argv[3]).toInt() : 200;
    const Result<StoreUrl> url = StoreUrl::parse(qEnvironmentVariable("TOKENDESK_TEST_PG_URL"));
    if (!url.ok() || url->kind != StoreUrl::Kind::Postgres)
        qFatal("set TOKENDESK_TEST_PG_URL=postgres://USER@HOST:PORT/DB and TOKENDESK_PASSWORD");
    const QString password = qEnvironmentVariable("TOKENDESK_PASSWORD");

    QStringList ids;
    qint64 versionsBefore = 0;
    SqlTokenStore setup(*url, password, nullptr);
    {
        QSqlDatabase probe = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("reset"));
        SqlDialect::create(url->kind)->configure(probe, *url, password);
        QSqlQuery query(probe);
        if (!probe.open() || !query.exec(QStringLiteral("SET client_min_messages TO WARNING"))
            || !query.exec(QStringLiteral("DROP SCHEMA IF EXISTS public CASCADE"))
            || !query.exec(QStringLiteral("CREATE SCHEMA public")))
            qFatal("cannot reset the database");
        probe.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("reset"));
    if (!setup.open().ok())
        qFatal("cannot open the store");
    for (int i = 0; i < tokens; ++i) {
        TokenPatch fields;
        fields.authenticationCode = QStringLiteral("BENCH%1").arg(i, 6, 10, QLatin1Char('0'));
        const Result<TokenResult> created = setup.create(fields);
        if (!created.ok())
            qFatal("%s", qPrintable(created.error().toString()));
        ids.append(created->token.id);
        versionsBefore += created->token.version;
    }

    std::atomic<qint64> applied { 0 };
    std::atomic<qint64> conflicts { 0 };
    std::atomic<qint64> failures { 0 };
    const QDeadlineTimer deadline(qint64(seconds) * 1000);
    std::vector<std::unique_ptr<QThread>> threads;
    for (int c = 0; c < clients; ++c) {
        threads.emplace_back(QThread::create([&, c] {
            SqlTokenStore store(*url, password, nullptr);
            if (!store.open().ok()) {
                ++failures;
                return;
            }
            store.setActor(QStringLiteral("client%1").arg(c), QString());
            QRandomGenerator random(quint32(c + 1));
            for (qint64 n = 0; !deadline.hasExpired(); ++n) {
                const TokenRef ref = TokenRef::byId(ids.at(int(random.bounded(ids.size()))));
                const Result<AccessToken> seen = store.show(ref);
                if (!seen.ok()) {
                    ++failures;
                    continue;
                }
                TokenPatch patch;
                patch.udfString[0] = QStringLiteral("client %1 update %2").arg(c).arg(n);
                patch.expectedVersion = seen->version;
                const Result<AccessToken> updated = store.update(ref, patch);
                if (updated.ok())
                    ++applied;
                else if (updated.error().code() == Error::Code::Conflict)
                    ++conflicts;
                else
                    ++failures;
            }
        }));
    }
    QElapsedTimer timer;
    timer.start();
    for (auto& thread : threads)
        thread->start();
    for (auto& thread : threads)
        thread->wait();
    const double elapsed = double(timer.nsecsElapsed()) / 1e9;

    QSqlQuery sums(setup.database());
    sums.exec(
        QStringLiteral("SELECT SUM(version), (SELECT COUNT(*) FROM audit_trail WHERE operation = 'update') "
                       "FROM tokens"));
    sums.next();
    const qint64 versionGain = sums.value(0).toLongLong() - versionsBefore;
    const qint64 audited = sums.value(1).toLongLong();
    std::printf("%d clients, %d tokens, %.1f s: %lld updates (%.0f/s), %lld conflicts, %lld failures\n",
                clients, tokens, elapsed, qint64(applied), double(applied) / elapsed, qint64(conflicts),
                qint64(failures));
    std::printf("version gain %lld, audited updates %lld, acknowledged %lld: %s\n", versionGain, audited,
                qint64(applied),
                versionGain == applied && audited == applied ? "no lost update" : "LOST UPDATES");
    return versionGain == applied && audited == applied && failures == 0 ? 0 : 1;
}
