// The shared PostgreSQL store when its connection is cut: a clear NETWORK error, nothing partial
// left behind, nothing repeated, and a working store again on the next call. The server's side of
// a connection is killed with pg_terminate_backend from a second connection. Skips without
// TOKENDESK_TEST_PG_URL.
#include "PgCopyWriter.h"
#include "SqlTokenStore.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QThread>
#include <atomic>
#include <memory>

namespace {
const QString inspectorName = QStringLiteral("tst_pg_faults_inspector");
}

class TestPgFaults : public QObject
{
    Q_OBJECT

private:
    StoreUrl m_url;
    QString m_password;
    bool m_configured = false;

    std::unique_ptr<SqlTokenStore> openStore()
    {
        auto store = std::make_unique<SqlTokenStore>(m_url, m_password, nullptr);
        const Result<void> opened = store->open();
        if (!opened.ok()) {
            qWarning("%s", qPrintable(opened.error().toString()));
            return nullptr;
        }
        return store;
    }

    QSqlQuery inspect(const QString& sql)
    {
        QSqlQuery query(QSqlDatabase::database(inspectorName));
        if (!query.exec(sql))
            qWarning("%s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
        return query;
    }

    int scalar(const QString& sql)
    {
        QSqlQuery query = inspect(sql);
        return query.next() ? query.value(0).toInt() : -1;
    }

    static int backendOf(SqlTokenStore& store)
    {
        QSqlQuery query(store.database());
        return query.exec(QStringLiteral("SELECT pg_backend_pid()")) && query.next() ? query.value(0).toInt()
                                                                                     : 0;
    }

    void terminate(int pid)
    {
        QCOMPARE(scalar(QStringLiteral("SELECT pg_terminate_backend(%1)::int").arg(pid)), 1);
        // pg_terminate_backend only sends the signal; wait until the backend is gone. Inside a
        // transaction pg_stat_activity answers from a snapshot taken at its first read, so each
        // look clears it.
        auto backendAlive = [this, pid]() {
            inspect(QStringLiteral("SELECT pg_stat_clear_snapshot()"));
            return scalar(QStringLiteral("SELECT COUNT(*) FROM pg_stat_activity WHERE pid = %1").arg(pid));
        };
        QTRY_COMPARE(backendAlive(), 0);
    }

    AccessToken createToken(SqlTokenStore& store, const QString& code)
    {
        TokenPatch fields;
        fields.authenticationCode = code;
        const Result<TokenResult> created = store.create(fields);
        if (!created.ok())
            qWarning("%s", qPrintable(created.error().toString()));
        return created.ok() ? created->token : AccessToken();
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QString text = qEnvironmentVariable("TOKENDESK_TEST_PG_URL");
        if (text.isEmpty())
            QSKIP("Set TOKENDESK_TEST_PG_URL=postgres://USER@HOST:PORT/DB (and TOKENDESK_PASSWORD) to run");
        const Result<StoreUrl> url = StoreUrl::parse(text);
        QVERIFY(url.ok() && url->kind == StoreUrl::Kind::Postgres);
        m_url = *url;
        m_password = qEnvironmentVariable("TOKENDESK_PASSWORD");
        const QString database = m_url.database + QStringLiteral("_faults");
        {
            QSqlDatabase admin = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("admin"));
            admin.setHostName(m_url.host);
            admin.setPort(m_url.port);
            admin.setDatabaseName(m_url.database);
            admin.setUserName(m_url.user);
            admin.setPassword(m_password);
            QVERIFY2(admin.open(), qPrintable(admin.lastError().text()));
            QSqlQuery query(admin);
            query.exec(QStringLiteral("SELECT 1 FROM pg_database WHERE datname = '%1'").arg(database));
            if (!query.next())
                QVERIFY2(query.exec(QStringLiteral("CREATE DATABASE %1").arg(database)),
                         qPrintable(query.lastError().text()));
            admin.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("admin"));
        m_url.database = database;
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), inspectorName);
        db.setHostName(m_url.host);
        db.setPort(m_url.port);
        db.setDatabaseName(m_url.database);
        db.setUserName(m_url.user);
        db.setPassword(m_password);
        QVERIFY2(db.open(), qPrintable(db.lastError().text()));
        inspect(QStringLiteral("SET client_min_messages TO WARNING"));
        m_configured = true;
    }

    void init()
    {
        inspect(QStringLiteral("DROP SCHEMA IF EXISTS public CASCADE"));
        inspect(QStringLiteral("CREATE SCHEMA public"));
        auto store = openStore();
        QVERIFY(store);
        Result<TokenSettings> settings = store->settings();
        QVERIFY(settings.ok());
        settings->hashIterations = 1;
        settings->hashMemoryKiB = 8;
        QVERIFY(store->saveSettings(*settings).ok());
    }

    void cleanupTestCase()
    {
        if (!m_configured)
            return;
        QSqlDatabase::database(inspectorName).close();
        QSqlDatabase::removeDatabase(inspectorName);
    }

    void importCutOffMidwayLeavesNothing()
    {
        auto store = openStore();
        QVERIFY(store);
        const AccessToken before = createToken(*store, QStringLiteral("BEFORE-IMPORT"));
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

        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM tokens")), 1);
        // The store reconnects on its next call, and everything from before the import is intact.
        const Result<AccessToken> shown = store->show(TokenRef::byId(before.id));
        QVERIFY2(shown.ok(), qPrintable(shown.error().toString()));
        QCOMPARE(shown->authenticationCode, QStringLiteral("BEFORE-IMPORT"));
    }

    void operationCutOffMidwayChangesNothing()
    {
        auto setup = openStore();
        QVERIFY(setup);
        const AccessToken token = createToken(*setup, QStringLiteral("CUT-UPDATE"));
        QVERIFY(!token.id.isEmpty());

        // The inspector holds the table, so the store's update waits inside its transaction, after
        // it has locked and read the row, until its connection is killed.
        inspect(QStringLiteral("BEGIN"));
        inspect(QStringLiteral("LOCK TABLE audit_trail IN ACCESS EXCLUSIVE MODE"));
        Result<AccessToken> updated = Error(Error::Code::Storage, QStringLiteral("not run"));
        std::atomic<int> pid { 0 };
        std::unique_ptr<QThread> client(QThread::create([&] {
            auto store = openStore();
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
                && scalar(QStringLiteral("SELECT COUNT(*) FROM pg_locks WHERE pid = %1 AND NOT granted")
                              .arg(pid.load()))
                    > 0,
            20000);
        terminate(pid.load());
        inspect(QStringLiteral("ROLLBACK"));
        QVERIFY(client->wait(30000));
        QVERIFY(!updated.ok());
        QVERIFY2(updated.error().code() == Error::Code::Network, qPrintable(updated.error().message()));

        QCOMPARE(scalar(QStringLiteral("SELECT version FROM tokens WHERE id = '%1'").arg(token.id)),
                 int(token.version));
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM tokens WHERE card_masked_number IS NOT NULL")),
                 0);
    }

    void idleConnectionLossIsRecoveredWithoutRepeating()
    {
        auto store = openStore();
        QVERIFY(store);
        terminate(backendOf(*store));
        // Nothing was in flight, so the store reconnects and the call goes through exactly once.
        const AccessToken created = createToken(*store, QStringLiteral("AFTER-DROP"));
        QVERIFY(!created.id.isEmpty());
        QCOMPARE(
            scalar(QStringLiteral("SELECT COUNT(*) FROM tokens WHERE authentication_code = 'AFTER-DROP'")),
            1);
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM audit_trail WHERE operation = 'create'")), 1);
    }
};

QTEST_GUILESS_MAIN(TestPgFaults)
#include "tst_pg_faults.moc"
