// Many users at once on the shared PostgreSQL store: optimistic versions, uniqueness, token numbers
// and change notifications, each with several connections. Skips without TOKENDESK_TEST_PG_URL.
#include "PgCopyWriter.h"
#include "PgTestDatabase.h"
#include "SqlTokenStore.h"
#include "TokenService.h"

#include <QMutex>
#include <QSet>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QThread>
#include <atomic>
#include <memory>

namespace {

// Runs work on n threads at once, each with a store of its own (a connection belongs to its thread).
void onThreads(int n, const std::function<void(int index)>& work)
{
    std::vector<std::unique_ptr<QThread>> threads;
    for (int i = 0; i < n; ++i)
        threads.emplace_back(QThread::create([&work, i] { work(i); }));
    for (auto& thread : threads)
        thread->start();
    for (auto& thread : threads)
        QVERIFY(thread->wait(120000));
}
} // namespace

class TestPgConcurrency : public QObject
{
    Q_OBJECT

private:
    PgTestDatabase m_db { QStringLiteral("tst_pg_concurrency_inspector") };

    // Runs work for n clients at once, each on a thread with a store of its own; a client whose
    // store does not open is a failure.
    void onClients(int n, std::atomic<int>& failures,
                   const std::function<void(SqlTokenStore& store, int index)>& work) const
    {
        onThreads(n, [&](int index) {
            const std::unique_ptr<SqlTokenStore> store = m_db.openStore();
            if (!store) {
                ++failures;
                return;
            }
            work(*store, index);
        });
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (!PgTestDatabase::isConfigured())
            QSKIP("Set TOKENDESK_TEST_PG_URL=postgres://USER@HOST:PORT/DB (and TOKENDESK_PASSWORD) to run");
        const QString failure = m_db.setUp(QStringLiteral("concurrency"));
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
    }

    void init()
    {
        const QString failure = m_db.reset();
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
    }

    void staleSaveIsAConflict()
    {
        auto first = m_db.openStore();
        auto second = m_db.openStore();
        QVERIFY(first && second);
        const AccessToken token = PgTestDatabase::createToken(*first, QStringLiteral("STALE-1"));
        QVERIFY(!token.id.isEmpty());
        const Result<AccessToken> seenByFirst = first->show(TokenRef::byId(token.id));
        const Result<AccessToken> seenBySecond = second->show(TokenRef::byId(token.id));
        QVERIFY(seenByFirst.ok() && seenBySecond.ok());

        TokenPatch fromFirst;
        fromFirst.cardMaskedNumber = QStringLiteral("4111********1111");
        fromFirst.expectedVersion = seenByFirst->version;
        QVERIFY(first->update(TokenRef::byId(token.id), fromFirst).ok());

        TokenPatch fromSecond;
        fromSecond.cardMaskedNumber = QStringLiteral("5500********0004");
        fromSecond.expectedVersion = seenBySecond->version;
        const Result<AccessToken> stale = second->update(TokenRef::byId(token.id), fromSecond);
        QVERIFY(!stale.ok());
        QCOMPARE(stale.error().code(), Error::Code::Conflict);
        const Result<AccessToken> after = second->show(TokenRef::byId(token.id));
        QCOMPARE(after->cardMaskedNumber, QStringLiteral("4111********1111"));
        QCOMPARE(after->version, seenByFirst->version + 1);
    }

    void racingUpdatesOfOneToken()
    {
        auto setup = m_db.openStore();
        QVERIFY(setup);
        const AccessToken token = PgTestDatabase::createToken(*setup, QStringLiteral("RACE-1"));
        QVERIFY(!token.id.isEmpty());
        constexpr int clients = 6;
        constexpr int rounds = 10;
        std::atomic<int> applied { 0 };
        std::atomic<int> conflicts { 0 };
        std::atomic<int> failures { 0 };
        onClients(clients, failures, [&](SqlTokenStore& store, int index) {
            for (int round = 0; round < rounds; ++round) {
                const Result<AccessToken> seen = store.show(TokenRef::byId(token.id));
                if (!seen.ok()) {
                    ++failures;
                    continue;
                }
                TokenPatch patch;
                patch.udfString[0] = QStringLiteral("client %1 round %2").arg(index).arg(round);
                patch.expectedVersion = seen->version;
                const Result<AccessToken> updated = store.update(TokenRef::byId(token.id), patch);
                if (updated.ok())
                    ++applied;
                else if (updated.error().code() == Error::Code::Conflict)
                    ++conflicts;
                else
                    ++failures;
            }
        });
        QCOMPARE(failures.load(), 0);
        QCOMPARE(applied.load() + conflicts.load(), clients * rounds);
        // No lost update: every accepted save raised the version by exactly one.
        const Result<AccessToken> final = setup->show(TokenRef::byId(token.id));
        QVERIFY(final.ok());
        QCOMPARE(final->version, token.version + applied.load());
        QSqlQuery audited = m_db.inspect(
            QStringLiteral("SELECT COUNT(*) FROM audit_trail WHERE operation = 'update' AND token_id = '%1'")
                .arg(token.id));
        QVERIFY(audited.next());
        QCOMPARE(audited.value(0).toInt(), applied.load());
    }

    void racingCreatesOfOneIdentifier()
    {
        constexpr int clients = 8;
        std::atomic<int> created { 0 };
        std::atomic<int> duplicates { 0 };
        std::atomic<int> failures { 0 };
        onClients(clients, failures, [&](SqlTokenStore& store, int) {
            TokenPatch fields;
            fields.identifier = QStringLiteral("shared@example.com");
            fields.passCode = QStringLiteral("Secret123");
            const Result<TokenResult> result = store.create(fields);
            if (result.ok())
                ++created;
            else if (result.error().code() == Error::Code::DuplicateIdentifier)
                ++duplicates;
            else
                ++failures;
        });
        QCOMPARE(failures.load(), 0);
        QCOMPARE(created.load(), 1);
        QCOMPARE(duplicates.load(), clients - 1);
        QSqlQuery rows = m_db.inspect(QStringLiteral("SELECT COUNT(*) FROM tokens"));
        QVERIFY(rows.next());
        QCOMPARE(rows.value(0).toInt(), 1);
    }

    void numbersHaveNoGapsOrDuplicates()
    {
        constexpr int clients = 6;
        constexpr int perClient = 25;
        QMutex mutex;
        QStringList numbers;
        std::atomic<int> failures { 0 };
        onClients(clients, failures, [&](SqlTokenStore& store, int index) {
            for (int i = 0; i < perClient; ++i) {
                const AccessToken token
                    = PgTestDatabase::createToken(store, QStringLiteral("N-%1-%2").arg(index).arg(i));
                if (token.number.isEmpty()) {
                    ++failures;
                    continue;
                }
                QMutexLocker lock(&mutex);
                numbers.append(token.number);
            }
        });
        QCOMPARE(failures.load(), 0);
        QCOMPARE(numbers.size(), clients * perClient);
        std::sort(numbers.begin(), numbers.end());
        QCOMPARE(QSet<QString>(numbers.cbegin(), numbers.cend()).size(), numbers.size());
        // Every create committed, so the sequence left no gap: the numbers are 1..N.
        for (int i = 0; i < numbers.size(); ++i)
            QCOMPARE(numbers.at(i), QStringLiteral("AT%1").arg(i + 1, 10, 10, QLatin1Char('0')));
    }

    void racingSettingsSaves()
    {
        // Two administrators pressing Save in Preferences at once: the later save wins whole, and
        // neither sees the database's duplicate-key refusal of the other's rows.
        constexpr int clients = 4;
        constexpr int rounds = 8;
        std::atomic<int> failures { 0 };
        QMutex mutex;
        QStringList errors;
        onClients(clients, failures, [&](SqlTokenStore& store, int index) {
            for (int round = 0; round < rounds; ++round) {
                Result<TokenSettings> settings = store.settings();
                if (!settings.ok()) {
                    ++failures;
                    continue;
                }
                settings->definition.passCodeRules.minimumLength = 4 + index;
                const Result<void> saved = store.saveSettings(*settings);
                if (!saved.ok()) {
                    ++failures;
                    QMutexLocker lock(&mutex);
                    errors.append(saved.error().message());
                }
            }
        });
        QVERIFY2(failures.load() == 0, qPrintable(errors.join(QLatin1Char('\n'))));
        auto reader = m_db.openStore();
        QVERIFY(reader);
        const Result<TokenSettings> final = reader->settings();
        QVERIFY(final.ok());
        const int kept = final->definition.passCodeRules.minimumLength;
        QVERIFY2(kept >= 4 && kept < 4 + clients, qPrintable(QString::number(kept)));
    }

    void concurrentImportsKeepIdentifiersUnique()
    {
        // Two imports at once whose files share one identifier: one commits whole, the other fails
        // whole on the unique index and leaves nothing.
        const QStringList columns = { QStringLiteral("id"),
                                      QStringLiteral("number"),
                                      QStringLiteral("life_cycle_state"),
                                      QStringLiteral("identifier"),
                                      QStringLiteral("identifier_key"),
                                      QStringLiteral("authentication_code"),
                                      QStringLiteral("authentication_code_key"),
                                      QStringLiteral("classification_key"),
                                      QStringLiteral("account_key"),
                                      QStringLiteral("participant_key"),
                                      QStringLiteral("created_date"),
                                      QStringLiteral("updated_date"),
                                      QStringLiteral("version") };
        std::atomic<int> committed { 0 };
        std::atomic<int> duplicates { 0 };
        std::atomic<int> failures { 0 };
        constexpr int rowsPerImport = 2000;
        onClients(2, failures, [&](SqlTokenStore& store, int index) {
            QSqlQuery begin(store.database());
            begin.exec(QStringLiteral("BEGIN"));
            PgCopyWriter writer(store.database());
            bool ok = writer.begin(QStringLiteral("tokens"), columns).ok();
            for (int i = 0; ok && i < rowsPerImport; ++i) {
                // Row 1000 of both files carries the same identifier.
                const QString identifier = i == 1000 ? QStringLiteral("both@example.com")
                                                     : QStringLiteral("u%1-%2@example.com").arg(index).arg(i);
                const QString code = QStringLiteral("IMP%1%2").arg(index).arg(i, 8, 10, QLatin1Char('0'));
                ok = writer
                         .addRow({ code, QStringLiteral("I%1-%2").arg(index).arg(i),
                                   QStringLiteral("EFFECTIVE"), identifier, identifier, code, code.toLower(),
                                   QString(""), QString(""), QString(""),
                                   QStringLiteral("2026-01-01T00:00:00"),
                                   QStringLiteral("2026-01-01T00:00:00"), 1 })
                         .ok();
            }
            const Result<void> finished
                = ok ? writer.finish() : Result<void>(Error(Error::Code::Storage, {}));
            QSqlQuery end(store.database());
            if (finished.ok() && end.exec(QStringLiteral("COMMIT"))) {
                ++committed;
                return;
            }
            end.exec(QStringLiteral("ROLLBACK"));
            if (!finished.ok() && finished.error().code() == Error::Code::DuplicateIdentifier)
                ++duplicates;
            else
                ++failures;
        });
        QCOMPARE(failures.load(), 0);
        QCOMPARE(committed.load(), 1);
        QCOMPARE(duplicates.load(), 1);
        QSqlQuery rows = m_db.inspect(QStringLiteral("SELECT COUNT(*) FROM tokens"));
        QVERIFY(rows.next());
        QCOMPARE(rows.value(0).toInt(), rowsPerImport);
    }

    void changesReachOtherClients()
    {
        auto makeService = [this]() {
            return std::make_unique<TokenService>([this]() -> std::unique_ptr<TokenStore> {
                return std::make_unique<SqlTokenStore>(m_db.url(), m_db.password(), nullptr);
            });
        };
        auto writer = makeService();
        auto reader = makeService();
        QVERIFY(writer->open().result().ok());
        QVERIFY(reader->open().result().ok());
        QVERIFY(reader->capabilities().notifiesChanges);

        const Result<TokenResult> created = [&] {
            TokenPatch fields;
            fields.authenticationCode = QStringLiteral("NOTIFY-1");
            return writer->create(fields).result();
        }();
        QVERIFY(created.ok());
        const QString id = created->token.id;
        QSignalSpy spy(reader.get(), &TokenService::tokensChanged);
        // The creation itself reaches the reader first; wait for it, then change the token.
        QTRY_VERIFY_WITH_TIMEOUT(!spy.isEmpty(), 10000);
        QCOMPARE(spy.takeFirst().at(0).toStringList(), QStringList { id });
        spy.clear();

        TokenPatch patch;
        patch.cardMaskedNumber = QStringLiteral("4111********1111");
        QVERIFY(writer->update(TokenRef::byId(id), patch).result().ok());
        QTRY_VERIFY_WITH_TIMEOUT(!spy.isEmpty(), 10000);
        QCOMPARE(spy.first().at(0).toStringList(), QStringList { id });

        // A change that is rolled back is never announced.
        spy.clear();
        TokenPatch refused;
        refused.cardMaskedNumber = QStringLiteral("x");
        refused.expectedVersion = 1;
        QCOMPARE(writer->update(TokenRef::byId(id), refused).result().error().code(), Error::Code::Conflict);
        QTest::qWait(1000);
        QVERIFY(spy.isEmpty());
    }

    // The writer's own views hear of its change from the service once, not a second time through
    // the server's notification; everyone else hears of it once from the server.
    void ownChangesAreAnnouncedOnce()
    {
        auto makeService = [this]() {
            return std::make_unique<TokenService>([this]() -> std::unique_ptr<TokenStore> {
                return std::make_unique<SqlTokenStore>(m_db.url(), m_db.password(), nullptr);
            });
        };
        auto writer = makeService();
        auto reader = makeService();
        QVERIFY(writer->open().result().ok());
        QVERIFY(reader->open().result().ok());
        QSignalSpy own(writer.get(), &TokenService::tokensChanged);
        QSignalSpy other(reader.get(), &TokenService::tokensChanged);

        TokenPatch fields;
        fields.authenticationCode = QStringLiteral("ECHO-1");
        const Result<TokenResult> created = writer->create(fields).result();
        QVERIFY(created.ok());
        const QList<QVariant> announcement { QStringList { created->token.id } };
        QTRY_COMPARE_WITH_TIMEOUT(other.size(), 1, 10000);
        // The reader's notification has arrived, so the writer's own listener has had its copy too.
        QTest::qWait(500);
        QCOMPARE(other.size(), 1);
        QCOMPARE(other.first(), announcement);
        QCOMPARE(own.size(), 1);
        QCOMPARE(own.first(), announcement);

        own.clear();
        other.clear();
        TokenPatch patch;
        patch.cardMaskedNumber = QStringLiteral("4111********1111");
        QVERIFY(writer->update(TokenRef::byId(created->token.id), patch).result().ok());
        QTRY_COMPARE_WITH_TIMEOUT(other.size(), 1, 10000);
        QTest::qWait(500);
        QCOMPARE(other.size(), 1);
        QCOMPARE(own.size(), 1);
        QCOMPARE(own.first(), announcement);
    }

    void notificationsSurviveALostListener()
    {
        auto writer = std::make_unique<TokenService>([this]() -> std::unique_ptr<TokenStore> {
            return std::make_unique<SqlTokenStore>(m_db.url(), m_db.password(), nullptr);
        });
        auto reader = std::make_unique<TokenService>([this]() -> std::unique_ptr<TokenStore> {
            return std::make_unique<SqlTokenStore>(m_db.url(), m_db.password(), nullptr);
        });
        QVERIFY(writer->open().result().ok());
        QVERIFY(reader->open().result().ok());
        QSignalSpy spy(reader.get(), &TokenService::tokensChanged);

        // Kill every listening connection, as a server restart would; only this test's, as the
        // other suites share the server and run at the same time.
        QSqlQuery killed
            = m_db.inspect(QStringLiteral("SELECT COUNT(pg_terminate_backend(pid)) FROM pg_stat_activity "
                                          "WHERE query LIKE 'LISTEN%' AND datname = current_database()"));
        QVERIFY(killed.next());
        QVERIFY(killed.value(0).toInt() >= 1);
        // What was missed while away is announced as "any token may have changed".
        QTRY_VERIFY_WITH_TIMEOUT(spy.contains(QList<QVariant> { QStringList() }), 10000);

        spy.clear();
        TokenPatch fields;
        fields.authenticationCode = QStringLiteral("AFTER-RECONNECT");
        const Result<TokenResult> created = writer->create(fields).result();
        QVERIFY(created.ok());
        QTRY_VERIFY_WITH_TIMEOUT(spy.contains(QList<QVariant> { QStringList { created->token.id } }), 10000);
    }
};

QTEST_GUILESS_MAIN(TestPgConcurrency)
#include "tst_pg_concurrency.moc"
