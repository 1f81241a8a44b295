// What the shared PostgreSQL store reports when it refuses something: a login the server rejects
// is an AUTH error naming the user (never the password), and a write refused by the server leaves
// no Qt driver warning behind. Skips without TOKENDESK_TEST_PG_URL.
#include "PgTestDatabase.h"
#include "SqlTokenStore.h"

#include <QRegularExpression>
#include <QSemaphore>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QThread>
#include <memory>

class TestPgErrors : public QObject
{
    Q_OBJECT

private:
    PgTestDatabase m_db { QStringLiteral("tst_pg_errors_inspector") };

    Error openError(const StoreUrl& url, const QString& password)
    {
        SqlTokenStore store(url, password, nullptr);
        const Result<void> opened = store.open();
        if (opened.ok())
            return Error();
        return opened.error();
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (!PgTestDatabase::isConfigured())
            QSKIP("Set TOKENDESK_TEST_PG_URL=postgres://USER@HOST:PORT/DB (and TOKENDESK_PASSWORD) to run");
        const QString failure = m_db.setUp(QStringLiteral("errors"));
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
    }

    void init()
    {
        const QString failure = m_db.reset();
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
    }

    void wrongPasswordIsAuth()
    {
        const QString wrong = QStringLiteral("not-the-password-%1").arg(m_db.password().size());
        const Error error = openError(m_db.url(), wrong);
        QCOMPARE(error.code(), Error::Code::Auth);
        QVERIFY2(error.message().contains(m_db.url().user), qPrintable(error.message()));
        QVERIFY(!error.message().contains(wrong));
    }

    void unknownUserIsAuth()
    {
        StoreUrl url = m_db.url();
        url.user = QStringLiteral("nobody_at_tokendesk");
        const Error error = openError(url, m_db.password());
        QCOMPARE(error.code(), Error::Code::Auth);
        QVERIFY2(error.message().contains(url.user), qPrintable(error.message()));
        QVERIFY(!error.message().contains(m_db.password()));
    }

    void missingPasswordIsAuth() { QCOMPARE(openError(m_db.url(), QString()).code(), Error::Code::Auth); }

    void unknownDatabaseIsNotAuth()
    {
        StoreUrl url = m_db.url();
        url.database = QStringLiteral("no_such_tokendesk_database");
        const Error error = openError(url, m_db.password());
        QCOMPARE(error.code(), Error::Code::Storage);
        QVERIFY2(error.message().contains(url.database), qPrintable(error.message()));
    }

    void unreachableServerIsNetwork()
    {
        StoreUrl url = m_db.url();
        url.port = 1;
        QCOMPARE(openError(url, m_db.password()).code(), Error::Code::Network);
    }

    // The store checks identifiers before it inserts; a writer that commits the same identifier
    // in between makes the server refuse the insert, inside the store's transaction.
    void refusedDuplicateInsertLeavesNoDriverWarning()
    {
        QTest::failOnWarning(
            QRegularExpression(QStringLiteral("free statement"), QRegularExpression::CaseInsensitiveOption));
        auto store = m_db.openStore();
        QVERIFY(store);
        const AccessToken other = PgTestDatabase::createToken(*store, QStringLiteral("RACE-OTHER"));
        QVERIFY(!other.id.isEmpty());

        QSemaphore holding;
        QSemaphore release;
        std::unique_ptr<QThread> rival(QThread::create([&]() {
            const QString name = QStringLiteral("tst_pg_errors_rival");
            {
                QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
                db.setHostName(m_db.url().host);
                db.setPort(m_db.url().port);
                db.setDatabaseName(m_db.url().database);
                db.setUserName(m_db.url().user);
                db.setPassword(m_db.password());
                QSqlQuery query(db);
                const bool held = db.open() && query.exec(QStringLiteral("BEGIN"))
                    && query.exec(QStringLiteral("UPDATE tokens SET identifier = 'race@example.com', "
                                                 "identifier_key = 'race@example.com' WHERE id = '%1'")
                                      .arg(other.id));
                if (!held)
                    qCritical("rival transaction failed: %s", qPrintable(query.lastError().text()));
                holding.release();
                // Held until the store's insert waits on the row, then committed under it.
                release.tryAcquire(1, 2000);
                query.exec(QStringLiteral("COMMIT"));
                db.close();
            }
            QSqlDatabase::removeDatabase(name);
        }));
        rival->start();
        holding.acquire();
        QThread* waker = QThread::create([&release]() {
            QThread::msleep(500);
            release.release();
        });
        waker->start();

        TokenPatch fields;
        fields.identifier = QStringLiteral("race@example.com");
        fields.passCode = QStringLiteral("Secret123");
        const Result<TokenResult> refused = store->create(fields);
        QVERIFY(rival->wait(10000));
        QVERIFY(waker->wait(10000));
        delete waker;
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code(), Error::Code::DuplicateIdentifier);

        // The store goes on working on the same connection, and the next refusal is quiet too.
        fields.identifier = QStringLiteral("after@example.com");
        QVERIFY(store->create(fields).ok());
        QCOMPARE(store->create(fields).error().code(), Error::Code::DuplicateIdentifier);
        store.reset();
    }
};

QTEST_GUILESS_MAIN(TestPgErrors)
#include "tst_pg_errors.moc"
