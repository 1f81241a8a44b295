// The shared PostgreSQL store when its connection is cut: a clear NETWORK error, nothing partial
// left behind, nothing repeated, and a working store again on the next call. The server's side of
// a connection is killed with pg_terminate_backend from a second connection. Skips without
// TOKENDESK_TEST_PG_URL.
#include "PgCopyWriter.h"
#include "PgTestDatabase.h"
#include "SqlTokenStore.h"
#include "TcpRelay.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QThread>
#include <atomic>
#include <memory>

class TestPgFaults : public QObject
{
    Q_OBJECT

private:
    PgTestDatabase m_db { QStringLiteral("tst_pg_faults_inspector") };

    static int backendOf(SqlTokenStore& store)
    {
        QSqlQuery query(store.database());
        return query.exec(QStringLiteral("SELECT pg_backend_pid()")) && query.next() ? query.value(0).toInt()
                                                                                     : 0;
    }

    void terminate(int pid)
    {
        QCOMPARE(m_db.scalar(QStringLiteral("SELECT pg_terminate_backend(%1)::int").arg(pid)), 1);
        // pg_terminate_backend only sends the signal; wait until the backend is gone. Inside a
        // transaction pg_stat_activity answers from a snapshot taken at its first read, so each
        // look clears it.
        auto backendAlive = [this, pid]() {
            m_db.inspect(QStringLiteral("SELECT pg_stat_clear_snapshot()"));
            return m_db.scalar(
                QStringLiteral("SELECT COUNT(*) FROM pg_stat_activity WHERE pid = %1").arg(pid));
        };
        QTRY_COMPARE(backendAlive(), 0);
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (!PgTestDatabase::isConfigured())
            QSKIP("Set TOKENDESK_TEST_PG_URL=postgres://USER@HOST:PORT/DB (and TOKENDESK_PASSWORD) to run");
        const QString failure = m_db.setUp(QStringLiteral("faults"));
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
    }

    void init()
    {
        const QString failure = m_db.reset();
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
    }

    void importCutOffMidwayLeavesNothing()
    {
        auto store = m_db.openStore();
        QVERIFY(store);
        const AccessToken before = PgTestDatabase::createToken(*store, QStringLiteral("BEFORE-IMPORT"));
        QVERIFY(!before.id.isEmpty());
        const int pid = backendOf(*store);
        QVERIFY(pid > 0);

        QSqlQuery begin(store->database());
        QVERIFY(begin.exec(QStringLiteral("BEGIN")));
        PgCopyWriter writer(store->database());
        const Result<void> begun = writer.begin(
            QStringLiteral("tokens"),
            { QStringLiteral("id"), QStringLiteral("number"), QStringLiteral("life_cycle_state"),
              QStringLiteral("identifier_key"), QStringLiteral("authentication_code"),
              QStringLiteral("authentication_code_key"), QStringLiteral("classification_key"),
              QStringLiteral("account_key"), QStringLiteral("participant_key"),
              QStringLiteral("created_date"), QStringLiteral("updated_date"), QStringLiteral("version") });
        QVERIFY2(begun.ok(), qPrintable(begun.ok() ? QString() : begun.error().message()));
        Result<void> written;
        for (int i = 0; i < 400000 && written.ok(); ++i) {
            // Cut the connection once a good part of the rows has reached the server.
            if (i == 100000)
                terminate(pid);
            const QString code = QStringLiteral("CUT%1").arg(i, 8, 10, QLatin1Char('0'));
            written = writer.addRow({ code, QStringLiteral("C%1").arg(i), QStringLiteral("EFFECTIVE"),
                                      QString(""), code, code.toLower(), QString(""), QString(""),
                                      QString(""), QStringLiteral("2026-01-01T00:00:00"),
                                      QStringLiteral("2026-01-01T00:00:00"), 1 });
        }
        const Result<void> finished = written.ok() ? writer.finish() : written;
        QVERIFY(!finished.ok());
        QCOMPARE(finished.error().code(), Error::Code::Network);

        QCOMPARE(m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM tokens")), 1);
        // The store reconnects on its next call, and everything from before the import is intact.
        const Result<AccessToken> shown = store->show(TokenRef::byId(before.id));
        QVERIFY2(shown.ok(), qPrintable(shown.error().toString()));
        QCOMPARE(shown->authenticationCode, QStringLiteral("BEFORE-IMPORT"));
    }

    void operationCutOffMidwayChangesNothing()
    {
        auto setup = m_db.openStore();
        QVERIFY(setup);
        const AccessToken token = PgTestDatabase::createToken(*setup, QStringLiteral("CUT-UPDATE"));
        QVERIFY(!token.id.isEmpty());

        // The inspector holds the table, so the store's update waits inside its transaction, after
        // it has locked and read the row, until its connection is killed.
        m_db.inspect(QStringLiteral("BEGIN"));
        m_db.inspect(QStringLiteral("LOCK TABLE audit_trail IN ACCESS EXCLUSIVE MODE"));
        Result<AccessToken> updated = Error(Error::Code::Storage, QStringLiteral("not run"));
        std::atomic<int> pid { 0 };
        std::unique_ptr<QThread> client(QThread::create([&] {
            auto store = m_db.openStore();
            if (!store)
                return;
            pid = backendOf(*store);
            TokenPatch patch;
            patch.cardMaskedNumber = QStringLiteral("4111********1111");
            updated = store->update(TokenRef::byId(token.id), patch);
            // The next call reconnects and sees the token as it was.
            const Result<AccessToken> again = store->show(TokenRef::byId(token.id));
            if (!again.ok() || again->version != token.version)
                updated = Error(Error::Code::Storage, QStringLiteral("no reconnect"));
        }));
        client->start();
        QTRY_VERIFY_WITH_TIMEOUT(
            pid.load() > 0
                && m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM pg_locks WHERE pid = %1 AND NOT granted")
                                   .arg(pid.load()))
                    > 0,
            20000);
        terminate(pid.load());
        m_db.inspect(QStringLiteral("ROLLBACK"));
        QVERIFY(client->wait(30000));
        QVERIFY(!updated.ok());
        QVERIFY2(updated.error().code() == Error::Code::Network, qPrintable(updated.error().message()));

        QCOMPARE(m_db.scalar(QStringLiteral("SELECT version FROM tokens WHERE id = '%1'").arg(token.id)),
                 int(token.version));
        QCOMPARE(
            m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM tokens WHERE card_masked_number IS NOT NULL")),
            0);
    }

    void idleConnectionLossIsRecoveredWithoutRepeating()
    {
        auto store = m_db.openStore();
        QVERIFY(store);
        terminate(backendOf(*store));
        // Nothing was in flight, so the store reconnects and the call goes through exactly once.
        const AccessToken created = PgTestDatabase::createToken(*store, QStringLiteral("AFTER-DROP"));
        QVERIFY(!created.id.isEmpty());
        QCOMPARE(m_db.scalar(
                     QStringLiteral("SELECT COUNT(*) FROM tokens WHERE authentication_code = 'AFTER-DROP'")),
                 1);
        QCOMPARE(m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM audit_trail WHERE operation = 'create'")),
                 1);
    }

    void aServerGoneIsSaidInOneLine()
    {
        TcpRelay relay(m_db.url().host, quint16(m_db.url().port));
        StoreUrl url = m_db.url();
        url.host = QStringLiteral("127.0.0.1");
        url.port = relay.port();
        SqlTokenStore store(url, m_db.password(), nullptr);
        QVERIFY(store.open().ok());
        const AccessToken token = PgTestDatabase::createToken(store, QStringLiteral("BEFORE-CUT"));
        relay.cut();
        TokenPatch patch;
        patch.udfString[0] = QStringLiteral("after");
        // However many calls it takes the store to notice, what it says in the end is one line
        // that names the server, not the driver's three.
        Result<AccessToken> updated = store.update(TokenRef::byId(token.id), patch);
        QVERIFY(!updated.ok());
        updated = store.update(TokenRef::byId(token.id), patch);
        QVERIFY(!updated.ok());
        QCOMPARE(updated.error().code(), Error::Code::Network);
        const QString message = updated.error().message();
        QVERIFY2(
            message.startsWith(
                QStringLiteral("The PostgreSQL server 127.0.0.1:%1 cannot be reached: ").arg(relay.port())),
            qPrintable(message));
        QVERIFY2(!message.contains(QLatin1Char('\n')) && !message.contains(QLatin1String("QPSQL")),
                 qPrintable(message));
        QCOMPARE(m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM tokens WHERE udf_string_1 = 'after'")), 0);
    }
};

QTEST_GUILESS_MAIN(TestPgFaults)
#include "tst_pg_faults.moc"
