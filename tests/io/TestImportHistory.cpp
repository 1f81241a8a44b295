#include "ImportJob.h"
#include "ManualClock.h"
#include "SqlSchema.h"
#include "SqlTokenStore.h"
#include "TokenJson.h"

#ifdef IMPORT_TEST_ON_POSTGRES
#include "PgTestDatabase.h"
#endif

#include <QFile>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <memory>

// The SQL store's import session: one transaction for an atomic import, the record of every
// import, and undoing one. Built twice: against SQLite, and against the PostgreSQL server in
// TOKENDESK_TEST_PG_URL (skipped without it).
class TestImportHistory : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<SqlTokenStore> m_store;
    int m_files = 0;
#ifdef IMPORT_TEST_ON_POSTGRES
    PgTestDatabase m_pg { QStringLiteral("import_history_inspector") };
#endif

    QString writeFile(const QByteArray& bytes)
    {
        const QString path = m_dir->filePath(QStringLiteral("in%1.csv").arg(++m_files));
        QFile file(path);
        file.open(QIODevice::WriteOnly);
        file.write(bytes);
        return path;
    }

    ImportReport import(const QByteArray& bytes, ImportOptions::Mode mode = ImportOptions::Mode::Atomic,
                        const QString& upsertBy = QString(), int batchSize = 1000)
    {
        ImportOptions options;
        options.filePath = writeFile(bytes);
        options.mode = mode;
        options.upsertBy = upsertBy;
        options.batchSize = batchSize;
        ImportJob job(options);
        return job.run(*m_store);
    }

    AccessToken create(const QString& code, const QString& colour = QString())
    {
        TokenPatch patch;
        patch.authenticationCode = code;
        patch.udfString[0] = QStringLiteral("before");
        if (!colour.isEmpty())
            patch.customFieldSet.insert(QStringLiteral("colour"), colour);
        const Result<TokenResult> created = m_store->create(patch);
        if (!created)
            qWarning("%s", qPrintable(created.error().toString()));
        return created.ok() ? created->token : AccessToken();
    }

    // Every token with everything a user sees, except the version (which moves on whenever a
    // token is written, so that a stale editor gets a CONFLICT).
    QByteArray snapshot()
    {
        TokenQuery query;
        query.limit = 10000;
        const Result<QList<AccessToken>> tokens = m_store->list(query);
        if (!tokens)
            qWarning("%s", qPrintable(tokens.error().toString()));
        QMap<QString, QByteArray> byId;
        for (const AccessToken& token : tokens.value()) {
            const Result<AccessToken> full = m_store->show(TokenRef::byId(token.id));
            QJsonObject json = TokenJson::toJson(full.value());
            json.remove(QStringLiteral("version"));
            byId.insert(token.id, QJsonDocument(json).toJson(QJsonDocument::Compact));
        }
        QByteArray all;
        for (const QByteArray& token : std::as_const(byId))
            all += token + '\n';
        return all;
    }

#ifndef IMPORT_TEST_ON_POSTGRES
    // The store file's indexes on tokens: name -> (CREATE statement, root page).
    QMap<QString, std::pair<QString, int>> tokenIndexes()
    {
        QMap<QString, std::pair<QString, int>> indexes;
        {
            QSqlDatabase db
                = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("inspector"));
            db.setDatabaseName(m_dir->filePath(QStringLiteral("tokens.sqlite")));
            if (!db.open())
                return indexes;
            QSqlQuery query(QStringLiteral("SELECT name, sql, rootpage FROM sqlite_master "
                                           "WHERE type = 'index' AND tbl_name = 'tokens'"),
                            db);
            while (query.next())
                indexes.insert(query.value(0).toString(),
                               { query.value(1).toString(), query.value(2).toInt() });
        }
        QSqlDatabase::removeDatabase(QStringLiteral("inspector"));
        return indexes;
    }

    static QByteArray manyRows(int count, const QByteArray& last = QByteArray())
    {
        QByteArray bytes = "authentication_code,udf_string_1\n";
        for (int i = 0; i < count; ++i)
            bytes += "BULK" + QByteArray::number(i) + ",shop " + QByteArray::number(i % 7) + "\n";
        return bytes + last;
    }
#endif

    ImportRecord latestImport()
    {
        const Result<QList<ImportRecord>> records = m_store->imports(10);
        if (!records || records->isEmpty())
            return ImportRecord();
        return records->constFirst();
    }

private Q_SLOTS:
    void initTestCase()
    {
#ifdef IMPORT_TEST_ON_POSTGRES
        if (!PgTestDatabase::isConfigured())
            QSKIP(
                "Set TOKENDESK_TEST_PG_URL=postgres://USER@HOST:PORT/DB (and TOKENDESK_PASSWORD) to run the "
                "import tests on PostgreSQL");
        const QString failure = m_pg.setUp(QStringLiteral("import"));
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
#endif
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
#ifdef IMPORT_TEST_ON_POSTGRES
        const QString failure = m_pg.reset();
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
        m_store = m_pg.openStore();
        QVERIFY(m_store);
#else
        const Result<StoreUrl> url
            = StoreUrl::parse(QStringLiteral("sqlite:") + m_dir->filePath(QStringLiteral("tokens.sqlite")));
        m_store = std::make_unique<SqlTokenStore>(url.value(), QString(), Clock::system());
        QVERIFY(m_store->open().ok());
        TokenSettings settings = m_store->settings().value();
        settings.hashIterations = 1;
        settings.hashMemoryKiB = 8;
        QVERIFY(m_store->saveSettings(settings).ok());
#endif
        m_store->setActor(QStringLiteral("tester"), QStringLiteral("back office"));
    }

    void cleanup()
    {
        m_store.reset();
        m_dir.reset();
    }

    void atomicFailureLeavesTheStoreExactlyAsItWas()
    {
        create(QStringLiteral("KEEP1"), QStringLiteral("red"));
        const AccessToken second = create(QStringLiteral("KEEP2"));
        const QByteArray before = snapshot();

        // The upsert of KEEP1 and the new rows of the first batches are written, then line 7
        // clashes with KEEP2: all of it goes.
        const ImportReport report
            = import("authentication_code,udf_string_1,custom_colour,pin,identifier\n"
                     "KEEP1,changed,blue,,\n"
                     "N1,x,green,secret1,n1@example.org\n"
                     "N2,x,,,\n"
                     "N3,x,,,\n"
                     "N4,x,,,\n"
                     "KEEP2,x,,,n1@example.org\n",
                     ImportOptions::Mode::Atomic, QStringLiteral("authentication_code"), 2);
        QVERIFY(!report.complete());
        QCOMPARE(report.rejected, qint64(1));
        QCOMPARE(report.created, qint64(0));
        QCOMPARE(report.updated, qint64(0));
        QCOMPARE(snapshot(), before);

        // Nothing of it is left, not even a drawn number: the next token follows KEEP2.
        const AccessToken next = create(QStringLiteral("NEXT"));
#ifndef IMPORT_TEST_ON_POSTGRES
        QCOMPARE(next.number.mid(2).toLongLong(), second.number.mid(2).toLongLong() + 1);
#else
        QVERIFY(next.number > second.number);
#endif
        const ImportRecord record = latestImport();
        QCOMPARE(record.status, QStringLiteral("failed"));
        QCOMPARE(record.created, qint64(0));
        QCOMPARE(record.rejected, qint64(1));
        QVERIFY2(record.errors.contains(QLatin1String("Line 7:")), qPrintable(record.errors));
    }

    void cancelledAtomicImportLeavesNothing()
    {
        const QByteArray before = snapshot();
        QByteArray bytes = "authentication_code,pin,identifier\n";
        for (int i = 0; i < 40; ++i)
            bytes += "C" + QByteArray::number(i) + ",pw" + QByteArray::number(i) + ",c"
                + QByteArray::number(i) + "@example.org\n";
        ImportOptions options;
        options.filePath = writeFile(bytes);
        options.batchSize = 10;
        ImportJob job(options);
        connect(&job, &ImportJob::progressed, this, [&job](const ImportProgress& progress) {
            if (progress.rows >= 20)
                job.cancel();
        });
        const ImportReport report = job.run(*m_store);
        QVERIFY(report.cancelled);
        QCOMPARE(snapshot(), before);
        QCOMPARE(latestImport().status, QStringLiteral("cancelled"));
        // Nothing to undo: the history keeps saying it was cancelled.
        const Result<ImportRecord> undone = m_store->undoImport(latestImport().id);
        QVERIFY(!undone);
        QCOMPARE(undone.error().code(), Error::Code::InvalidState);
        QCOMPARE(
            undone.error().message(),
            QStringLiteral("Import %1 changed no token: there is nothing to undo").arg(latestImport().id));
        QCOMPARE(latestImport().status, QStringLiteral("cancelled"));
    }

    void everyImportIsRecordedWithItsCounts()
    {
        create(QStringLiteral("OLD"));
        const AccessToken same = create(QStringLiteral("SAME"));
        TokenPatch five;
        five.udfFloat[0] = 5.0;
        QVERIFY(m_store->update(TokenRef::byId(same.id), five).ok());
        const ImportReport report
            = import("authentication_code,udf_float_1\nOLD,1\nA,2\nB,not a number\nC,3\nSAME,5\n",
                     ImportOptions::Mode::SkipInvalid, QStringLiteral("authentication_code"));
        QCOMPARE(report.created, qint64(2));
        QCOMPARE(report.updated, qint64(1));
        QCOMPARE(report.unchanged, qint64(1));
        QCOMPARE(report.rejected, qint64(1));

        const ImportRecord record = latestImport();
        QVERIFY(record.id > 0);
        QCOMPARE(record.status, QStringLiteral("completed"));
        QCOMPARE(record.mode, QStringLiteral("skip-invalid+upsert:authentication_code"));
        QCOMPARE(record.user, QStringLiteral("tester"));
        QCOMPARE(record.unit, QStringLiteral("back office"));
        QCOMPARE(record.fileName, QStringLiteral("in%1.csv").arg(m_files));
        QVERIFY(record.mapping.contains(QLatin1String("authentication_code")));
        QCOMPARE(record.created, qint64(2));
        QCOMPARE(record.updated, qint64(1));
        QCOMPARE(record.unchanged, qint64(1));
        QCOMPARE(record.rejected, qint64(1));
        QVERIFY2(record.errors.contains(QLatin1String("Line 4:")), qPrintable(record.errors));
        QVERIFY(record.startedAt.isValid());
        QVERIFY(record.finishedAt >= record.startedAt);
    }

    // An import writes one line for the whole file; a token it created still says so in its own
    // history (who, when, which import of which file), under its id and its number.
    void aTokenCreatedByAnImportSaysSoInItsHistory()
    {
        const AccessToken before = create(QStringLiteral("BEFORE"));
        QVERIFY(import("authentication_code,udf_string_1\nFROMFILE,x\n").created == 1);
        const ImportRecord record = latestImport();
        const AccessToken imported
            = m_store->show(TokenRef::byAuthenticationCode(QStringLiteral("FROMFILE"))).value();
        TokenPatch patch;
        patch.udfString[1] = QStringLiteral("later");
        QVERIFY(m_store->update(TokenRef::byId(imported.id), patch).ok());

        for (const TokenRef& ref : { TokenRef::byId(imported.id), TokenRef::byNumber(imported.number),
                                     TokenRef::byAuthenticationCode(QStringLiteral("FROMFILE")) }) {
            const QList<AuditEntry> trail = m_store->auditTrail(ref, 50).value();
            QCOMPARE(trail.size(), 2);
            QCOMPARE(trail.at(0).operation, QStringLiteral("update"));
            const AuditEntry& origin = trail.at(1);
            QCOMPARE(origin.operation, QStringLiteral("import"));
            QCOMPARE(origin.user, QStringLiteral("tester"));
            QCOMPARE(origin.unit, QStringLiteral("back office"));
            QCOMPARE(origin.tokenId, imported.id);
            QCOMPARE(origin.tokenNumber, imported.number);
            QCOMPARE(origin.when, record.startedAt);
            QCOMPARE(origin.details,
                     QStringLiteral("created by import %1 of %2").arg(record.id).arg(record.fileName));
        }
        // Only the newest lines when fewer are asked for; a token made otherwise has no import line.
        QCOMPARE(m_store->auditTrail(TokenRef::byId(imported.id), 1)->size(), 1);
        const QList<AuditEntry> made = m_store->auditTrail(TokenRef::byId(before.id), 50).value();
        QCOMPARE(made.size(), 1);
        QCOMPARE(made.constFirst().operation, QStringLiteral("create"));

        // An import that updates a token is in its history too, and says so once it is undone.
        const ImportReport upsert
            = import("authentication_code,udf_string_1\nBEFORE,changed\n", ImportOptions::Mode::Atomic,
                     QStringLiteral("authentication_code"));
        QCOMPARE(upsert.updated, qint64(1));
        const ImportRecord update = latestImport();
        QList<AuditEntry> trail = m_store->auditTrail(TokenRef::byId(before.id), 50).value();
        QCOMPARE(trail.size(), 2);
        QCOMPARE(trail.at(0).operation, QStringLiteral("import"));
        QCOMPARE(trail.at(0).details,
                 QStringLiteral("updated by import %1 of %2").arg(update.id).arg(update.fileName));
        QCOMPARE(trail.at(1).operation, QStringLiteral("create"));
        QVERIFY(m_store->undoImport(update.id).ok());
        trail = m_store->auditTrail(TokenRef::byId(before.id), 50).value();
        QCOMPARE(trail.size(), 2);
        QCOMPARE(trail.at(0).details,
                 QStringLiteral("updated by import %1 of %2 (undone)").arg(update.id).arg(update.fileName));
    }

    // The history lists an import's errors by line, as the rejects file does: a row the store
    // refused comes before a later row the reader refused, although it was found after it.
    void recordedErrorsAreInLineOrder()
    {
        create(QStringLiteral("TAKEN"));
        const ImportReport report = import("authentication_code,udf_string_1\nTAKEN,a\nN1,b,extra\nN2,c\n",
                                           ImportOptions::Mode::SkipInvalid);
        QCOMPARE(report.rejected, qint64(2));
        const QString errors = latestImport().errors;
        QVERIFY2(errors.indexOf(QLatin1String("Line 2:")) >= 0, qPrintable(errors));
        QVERIFY2(errors.indexOf(QLatin1String("Line 2:")) < errors.indexOf(QLatin1String("Line 3:")),
                 qPrintable(errors));
    }

    void passCodesImportedInParallelVerify()
    {
        QByteArray bytes = "identifier,pin\n";
        for (int i = 0; i < 30; ++i)
            bytes += "p" + QByteArray::number(i) + "@example.org,code" + QByteArray::number(i) + "\n";
        QVERIFY(import(bytes).complete());
        for (int i : { 0, 17, 29 }) {
            const QString n = QString::number(i);
            QVERIFY(m_store
                        ->show(TokenRef::byIdentifier(QStringLiteral("p%1@example.org").arg(n),
                                                      QStringLiteral("code") + n))
                        .ok());
        }
        QVERIFY(
            !m_store->show(TokenRef::byIdentifier(QStringLiteral("p1@example.org"), QStringLiteral("code2")))
                 .ok());
    }

    // Hashing is what takes an atomic import of pass codes its time: a row refused at the end of
    // the file is found before any is hashed, and the import never starts writing.
    void atomicImportOfPassCodesChecksEveryRowBeforeHashing()
    {
        QByteArray bytes = "identifier,pin,udf_float_1\n";
        for (int i = 0; i < 2500; ++i)
            bytes += "h" + QByteArray::number(i) + "@example.org,code" + QByteArray::number(i) + ",1\n";
        bytes += "late@example.org,late,not a number\n";
        ImportOptions options;
        options.filePath = writeFile(bytes);
        options.rejectsPath = m_dir->filePath(QStringLiteral("late-refused.csv"));
        ImportJob job(options);
        int checking = 0;
        int writing = 0;
        connect(&job, &ImportJob::progressed, this,
                [&](const ImportProgress& progress) { ++(progress.checking ? checking : writing); });
        const QByteArray before = snapshot();
        const ImportReport report = job.run(*m_store);
        QVERIFY(checking > 0);
        QCOMPARE(writing, 0);
        QCOMPARE(report.created, qint64(0));
        QCOMPARE(report.rejected, qint64(1));
        QCOMPARE(report.errors.constFirst().line, qint64(2502));
        QCOMPARE(report.failure.code(), Error::Code::Validation);
        QVERIFY(!report.dryRun);
        QCOMPARE(snapshot(), before);
        QFile rejects(options.rejectsPath);
        QVERIFY(rejects.open(QIODevice::ReadOnly));
        QVERIFY(rejects.readAll().contains("late@example.org"));
        // Recorded like any refused import.
        const ImportRecord record = latestImport();
        QCOMPARE(record.status, QStringLiteral("failed"));
        QCOMPARE(record.rejected, qint64(1));
        QCOMPARE(record.created, qint64(0));
        QVERIFY2(record.errors.contains(QLatin1String("Line 2502:")), qPrintable(record.errors));

        // The same file without its bad row: checked, then imported.
        bytes.chop(bytes.size() - bytes.lastIndexOf("late@"));
        ImportOptions clean;
        clean.filePath = writeFile(bytes);
        ImportJob again(clean);
        QList<bool> phases;
        connect(&again, &ImportJob::progressed, this, [&](const ImportProgress& progress) {
            if (phases.isEmpty() || phases.constLast() != progress.checking)
                phases.append(progress.checking);
        });
        const ImportReport imported = again.run(*m_store);
        QVERIFY2(imported.complete(), qPrintable(imported.failure.toString()));
        QCOMPARE(imported.created, qint64(2500));
        QCOMPARE(phases, QList<bool>({ true, false }));
    }

    void importOfPassCodesReportsProgressAsItHashes()
    {
        // A second of hashing per core and batch at the default cost: at most 32 rows per core go
        // between two reports, far fewer than the 1000 of a batch without pass codes.
        const int count = 8 * 32 * QThread::idealThreadCount();
        QByteArray bytes = "identifier,pin\n";
        for (int i = 0; i < count; ++i)
            bytes += "g" + QByteArray::number(i) + "@example.org,code" + QByteArray::number(i) + "\n";
        ImportOptions options;
        options.filePath = writeFile(bytes);
        ImportJob job(options);
        QList<qint64> rows;
        connect(&job, &ImportJob::progressed, this, [&](const ImportProgress& progress) {
            if (!progress.checking)
                rows.append(progress.rows);
        });
        QVERIFY(job.run(*m_store).complete());
        QVERIFY2(rows.size() >= 8, qPrintable(QString::number(rows.size())));
        QCOMPARE(rows.constLast(), qint64(count));
    }

    void undoRestoresTheStoreExactly()
    {
        create(QStringLiteral("U1"), QStringLiteral("red"));
        create(QStringLiteral("U2"));
        const QByteArray before = snapshot();

        const ImportReport report
            = import("authentication_code,udf_string_1,custom_colour,State\n"
                     "U1,after,blue,NOT_EFFECTIVE\n"
                     "U2,,green,\n"
                     "NEW1,x,,\n"
                     "NEW2,y,pink,\n",
                     ImportOptions::Mode::Atomic, QStringLiteral("authentication_code"));
        QVERIFY2(report.complete(), qPrintable(report.failure.toString()));
        QCOMPARE(report.updated, qint64(2));
        QCOMPARE(report.created, qint64(2));
        QVERIFY(snapshot() != before);

        const ImportRecord record = latestImport();
        QCOMPARE(record.status, QStringLiteral("completed"));
        const Result<ImportRecord> undone = m_store->undoImport(record.id);
        QVERIFY2(undone.ok(), qPrintable(undone.error().toString()));
        QCOMPARE(snapshot(), before);
        QCOMPARE(latestImport().status, QStringLiteral("undone"));

        const Result<ImportRecord> again = m_store->undoImport(record.id);
        QVERIFY(!again.ok());
        QCOMPARE(again.error().code(), Error::Code::InvalidState);
        QCOMPARE(m_store->undoImport(record.id + 100).error().code(), Error::Code::NotFound);
    }

#ifndef IMPORT_TEST_ON_POSTGRES
    // A large import into a smaller table builds the lookup indexes at the end instead of
    // updating them row by row: they must all be back, complete, whether it commits or not.
    void largeAtomicImportRebuildsEveryIndex()
    {
        create(QStringLiteral("SMALL"));
        const auto before = tokenIndexes();
        QVERIFY(before.size() > 10);

        const ImportReport report = import(manyRows(21000));
        QVERIFY2(report.complete(), qPrintable(report.failure.toString()));
        QCOMPARE(report.created, qint64(21000));
        const auto after = tokenIndexes();
        QCOMPARE(after.keys(), before.keys());
        int rebuilt = 0;
        for (auto it = before.cbegin(); it != before.cend(); ++it) {
            QCOMPARE(after.value(it.key()).first, it.value().first);
            rebuilt += after.value(it.key()).second != it.value().second ? 1 : 0;
        }
        QVERIFY2(rebuilt >= 11, "the lookup indexes were not built afresh");

        // The rebuilt indexes hold every row: searches and sorts that use them find the imported tokens.
        TokenQuery query;
        query.search = QStringLiteral("bulk20999");
        QCOMPARE(m_store->list(query).value().size(), 1);
        TokenQuery sorted;
        sorted.sortField = QStringLiteral("authentication_code");
        sorted.descending = true;
        sorted.limit = 2;
        QCOMPARE(m_store->list(sorted).value().constLast().authenticationCode, QStringLiteral("BULK9999"));
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
        {
            db.setDatabaseName(m_dir->filePath(QStringLiteral("tokens.sqlite")));
            QVERIFY(db.open());
            QSqlQuery check(QStringLiteral("PRAGMA integrity_check"), db);
            QVERIFY(check.next());
            QCOMPARE(check.value(0).toString(), QStringLiteral("ok"));
            db.close();
        }
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("check"));
    }

    void failedLargeAtomicImportKeepsEveryIndex()
    {
        create(QStringLiteral("SMALL"));
        const auto before = tokenIndexes();
        const QByteArray snapshotBefore = snapshot();
        const ImportReport report = import(manyRows(21000, "SMALL,clash\n"));
        QVERIFY(!report.complete());
        QCOMPARE(report.rejected, qint64(1));
        QCOMPARE(tokenIndexes(), before);
        QCOMPARE(snapshot(), snapshotBefore);
    }

    // Undoing a large import gives the table back its size: the next large import builds its
    // indexes at the end again instead of keeping them row by row.
    void largeImportAfterAnUndoneOneStillBuildsIndexesAtTheEnd()
    {
        create(QStringLiteral("SMALL"));
        const ImportReport first = import(manyRows(30000));
        QVERIFY2(first.complete(), qPrintable(first.failure.toString()));
        QVERIFY(m_store->undoImport(latestImport().id).ok());
        const auto before = tokenIndexes();

        QByteArray again = "authentication_code,udf_string_1\n";
        for (int i = 0; i < 21000; ++i)
            again += "AGAIN" + QByteArray::number(i) + ",shop\n";
        const ImportReport second = import(again);
        QVERIFY2(second.complete(), qPrintable(second.failure.toString()));
        QCOMPARE(second.created, qint64(21000));
        const auto after = tokenIndexes();
        QCOMPARE(after.keys(), before.keys());
        int rebuilt = 0;
        for (auto it = before.cbegin(); it != before.cend(); ++it)
            rebuilt += after.value(it.key()).second != it.value().second ? 1 : 0;
        QVERIFY2(rebuilt >= 11, "the lookup indexes were kept row by row");
    }

    // A large import reads the codes the table holds once, at its start: the tokens it names
    // are still found, wherever they are in the file, and updated in place.
    void largeAtomicUpsertFindsTheTokensTheStoreHeld()
    {
        const AccessToken first = create(QStringLiteral("BULK7"));
        const AccessToken last = create(QStringLiteral("BULK20998"));
        const ImportReport report
            = import(manyRows(21000), ImportOptions::Mode::Atomic, QStringLiteral("authentication_code"));
        QVERIFY2(report.complete(), qPrintable(report.failure.toString()));
        QCOMPARE(report.created, qint64(20998));
        QCOMPARE(report.updated, qint64(2));
        for (const AccessToken& token : { first, last }) {
            const Result<AccessToken> updated = m_store->show(TokenRef::byId(token.id));
            QVERIFY(updated.ok());
            QCOMPARE(updated->authenticationCode, token.authenticationCode);
            QCOMPARE(updated->number, token.number);
            QCOMPARE(updated->udfString[0],
                     QStringLiteral("shop %1").arg(token.authenticationCode.mid(4).toInt() % 7));
        }
        TokenQuery query;
        query.search = QStringLiteral("bulk20998");
        QCOMPARE(m_store->list(query).value().size(), 1);
    }

    // Building the indexes a large import put off takes about as long as writing its rows: the
    // steps are reported after the last row, never mixed with the rows' progress.
    void largeImportReportsTheIndexesItBuildsAfterItsRows()
    {
        ImportOptions options;
        options.filePath = writeFile(manyRows(21000));
        ImportJob job(options);
        QList<std::pair<int, int>> steps;
        QList<int> ahead;
        QList<double> secondsLeft;
        qint64 rows = 0;
        qint64 rowsWhileFinishing = -1;
        connect(&job, &ImportJob::progressed, this, [&](const ImportProgress& progress) {
            if (progress.finishingSteps == 0) {
                QVERIFY2(steps.isEmpty(), "rows reported after the last step");
                rows = progress.rows;
                ahead.append(progress.finishingAhead);
                return;
            }
            steps.append({ progress.finishingDone, progress.finishingSteps });
            secondsLeft.append(progress.secondsLeft);
            QCOMPARE(progress.finishingAhead, 0);
            rowsWhileFinishing = progress.rows;
        });
        const ImportReport report = job.run(*m_store);
        QVERIFY2(report.complete(), qPrintable(report.failure.toString()));
        QCOMPARE(rows, qint64(21000));
        QCOMPARE(rowsWhileFinishing, rows);
        const int indexes = int(SqlSchema::tokenLookupIndexes().size());
        // Every row's report says the indexes are still to come.
        QVERIFY(!ahead.isEmpty());
        QCOMPARE(ahead, QList<int>(ahead.size(), indexes));
        QList<std::pair<int, int>> expected;
        for (int done = 0; done <= indexes; ++done)
            expected.append({ done, indexes });
        QCOMPARE(steps, expected);
        // An estimate from the indexes built so far, none before the first one is and none for the
        // commit after the last.
        QCOMPARE(secondsLeft.constFirst(), -1.0);
        for (int done = 1; done < indexes; ++done)
            QVERIFY2(secondsLeft.at(done) > 0, qPrintable(QString::number(done)));
        QCOMPARE(secondsLeft.constLast(), -1.0);
    }

    void smallImportHasNoStepsAfterItsRows()
    {
        ImportOptions options;
        options.filePath = writeFile(manyRows(300));
        ImportJob job(options);
        int reports = 0;
        connect(&job, &ImportJob::progressed, this, [&](const ImportProgress& progress) {
            ++reports;
            QCOMPARE(progress.finishingAhead, 0);
            QCOMPARE(progress.finishingSteps, 0);
        });
        const ImportReport report = job.run(*m_store);
        QVERIFY2(report.complete(), qPrintable(report.failure.toString()));
        QVERIFY(reports > 0);
    }

    void largeImportCancelledWhileBuildingItsIndexesLeavesNothing()
    {
        create(QStringLiteral("SMALL"));
        const auto indexesBefore = tokenIndexes();
        const QByteArray before = snapshot();
        ImportOptions options;
        options.filePath = writeFile(manyRows(21000));
        ImportJob job(options);
        connect(&job, &ImportJob::progressed, this, [&job](const ImportProgress& progress) {
            if (progress.finishingSteps > 0 && progress.finishingDone == 2)
                job.cancel();
        });
        const ImportReport report = job.run(*m_store);
        QVERIFY(report.cancelled);
        QVERIFY2(!report.failure.isError(), qPrintable(report.failure.toString()));
        QCOMPARE(report.created, qint64(0));
        QCOMPARE(tokenIndexes(), indexesBefore);
        QCOMPARE(snapshot(), before);
        QCOMPARE(latestImport().status, QStringLiteral("cancelled"));

        const ImportReport again = import(manyRows(21000));
        QVERIFY2(again.complete(), qPrintable(again.failure.toString()));
        QCOMPARE(again.created, qint64(21000));
    }
#endif

    void runningImportCannotBeUndoneUntilItStops()
    {
        QByteArray bytes = "authentication_code\n";
        for (int i = 0; i < 40; ++i)
            bytes += "RUN" + QByteArray::number(i) + "\n";
        ImportOptions options;
        options.filePath = writeFile(bytes);
        options.mode = ImportOptions::Mode::SkipInvalid;
        options.batchSize = 10;
        ImportJob job(options);
        QString whileRunning;
        Error::Code undoWhileRunning = Error::Code::None;
        QString seenLater;
        connect(&job, &ImportJob::progressed, this, [&](const ImportProgress& progress) {
            if (progress.rows < 20 || !whileRunning.isEmpty())
                return;
            const ImportRecord running = latestImport();
            whileRunning = running.status;
            undoWhileRunning = m_store->undoImport(running.id).error().code();
#ifndef IMPORT_TEST_ON_POSTGRES
            // Seen from twenty minutes on, a record that stopped moving was cut off.
            ManualClock later(QDateTime::currentDateTimeUtc().addSecs(20 * 60));
            SqlTokenStore other(
                StoreUrl::parse(QStringLiteral("sqlite:") + m_dir->filePath(QStringLiteral("tokens.sqlite")))
                    .value(),
                QString(), &later);
            if (other.open().ok())
                seenLater = other.imports(1).value().constFirst().status;
#endif
            job.cancel();
        });
        const ImportReport report = job.run(*m_store);
        QVERIFY(report.cancelled);
        QCOMPARE(whileRunning, QStringLiteral("running"));
        QCOMPARE(undoWhileRunning, Error::Code::InvalidState);
#ifndef IMPORT_TEST_ON_POSTGRES
        QCOMPARE(seenLater, QStringLiteral("interrupted"));
#endif
        const ImportRecord ended = latestImport();
        QCOMPARE(ended.status, QStringLiteral("cancelled"));
        QVERIFY(m_store->undoImport(ended.id).ok());
        QCOMPARE(m_store->count(TokenQuery()).value(), qint64(0));
    }

    void undoIsRefusedAfterALaterEdit()
    {
        create(QStringLiteral("E1"));
        QVERIFY(import("authentication_code,udf_string_1\nE1,imported\nE2,new\nE3,new\n",
                       ImportOptions::Mode::Atomic, QStringLiteral("authentication_code"))
                    .complete());
        const qint64 id = latestImport().id;
        TokenPatch edit;
        edit.udfString[1] = QStringLiteral("edited later");
        const Result<AccessToken> edited
            = m_store->update(TokenRef::byAuthenticationCode(QStringLiteral("E3")), edit);
        QVERIFY(edited.ok());
        const QByteArray before = snapshot();

        const Result<ImportRecord> undone = m_store->undoImport(id);
        QVERIFY(!undone.ok());
        QCOMPARE(undone.error().code(), Error::Code::Conflict);
        QVERIFY2(undone.error().message().contains(edited->number), qPrintable(undone.error().message()));
        QCOMPARE(snapshot(), before);

        // An edit of a token the import updated counts as well.
        const Result<AccessToken> e1
            = m_store->update(TokenRef::byAuthenticationCode(QStringLiteral("E1")), edit);
        QVERIFY(e1.ok());
        const Result<ImportRecord> still = m_store->undoImport(id);
        QVERIFY(!still.ok());
        QVERIFY(still.error().message().contains(e1->number));
        // Edits by hand name no import to undo first.
        QVERIFY2(!still.error().message().contains(QLatin1String("undo it first")),
                 qPrintable(still.error().message()));
    }

    // A later import that updated the tokens is named, so the person knows which to undo first;
    // once it is undone, so can the first one be.
    void undoRefusalNamesTheLaterImport()
    {
        QVERIFY(import("authentication_code,udf_string_1\nL1,first\nL2,first\n").complete());
        const qint64 first = latestImport().id;
        QVERIFY(import("authentication_code,udf_string_1\nL2,second\n", ImportOptions::Mode::Atomic,
                       QStringLiteral("authentication_code"))
                    .complete());
        const qint64 second = latestImport().id;
        // The record says the import updated what it found, which the first did not.
        QCOMPARE(latestImport().mode, QStringLiteral("atomic+upsert:authentication_code"));
        QCOMPARE(m_store->imports(2).value().constLast().mode, QStringLiteral("atomic"));
        const QByteArray before = snapshot();

        const Result<ImportRecord> undone = m_store->undoImport(first);
        QVERIFY(!undone.ok());
        QCOMPARE(undone.error().code(), Error::Code::Conflict);
        QVERIFY2(undone.error().message().endsWith(
                     QStringLiteral("Import %1 updated some of them: undo it first.").arg(second)),
                 qPrintable(undone.error().message()));
        QCOMPARE(snapshot(), before);

        QVERIFY(m_store->undoImport(second).ok());
        const Result<AccessToken> restored
            = m_store->show(TokenRef::byAuthenticationCode(QStringLiteral("L2")));
        QCOMPARE(restored->udfString[0], QStringLiteral("first"));
        const Result<ImportRecord> again = m_store->undoImport(first);
        QVERIFY2(again.ok(), qPrintable(again.error().message()));
        QCOMPARE(m_store->count(TokenQuery()).value(), qint64(0));
    }
};

QTEST_GUILESS_MAIN(TestImportHistory)
#include "TestImportHistory.moc"
