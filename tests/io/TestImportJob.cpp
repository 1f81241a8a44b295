#include "ColumnMapping.h"
#include "CsvReader.h"
#include "ImportJob.h"
#include "SqlTokenStore.h"
#include "TokenExporter.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QScopeGuard>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

// ImportJob and TokenExporter against a real SQLite store in a temporary directory, driven
// directly on the test's thread (the thread that opened the store), as TokenService's worker would.
class TestImportJob : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<SqlTokenStore> m_store;
    int m_files = 0;

    std::unique_ptr<SqlTokenStore> openStore(const QString& name)
    {
        const Result<StoreUrl> url = StoreUrl::parse(QStringLiteral("sqlite:") + m_dir->filePath(name));
        auto store = std::make_unique<SqlTokenStore>(url.value(), QString(), Clock::system());
        const Result<void> opened = store->open();
        if (!opened)
            qFatal("cannot open the store: %s", qPrintable(opened.error().toString()));
        // Cheap hashes: the tests are about the import, not about Argon2's cost.
        TokenSettings settings = store->settings().value();
        settings.hashIterations = 1;
        settings.hashMemoryKiB = 8;
        store->saveSettings(settings);
        return store;
    }

    QString writeFile(const QByteArray& bytes)
    {
        const QString path = m_dir->filePath(QStringLiteral("in%1.csv").arg(++m_files));
        QFile file(path);
        file.open(QIODevice::WriteOnly);
        file.write(bytes);
        return path;
    }

    static ImportOptions options(const QString& path, ImportOptions::Mode mode = ImportOptions::Mode::Atomic)
    {
        ImportOptions options;
        options.filePath = path;
        options.mode = mode;
        return options;
    }

    ImportReport import(const ImportOptions& options, TokenStore* store = nullptr)
    {
        ImportJob job(options);
        return job.run(store ? *store : *m_store);
    }

    ImportReport dryRun(const QString& path, const QString& upsertBy)
    {
        ImportOptions opts = options(path);
        opts.dryRun = true;
        opts.upsertBy = upsertBy;
        return import(opts);
    }

    // A rejects file as written: its header and its records, or an empty header when it cannot
    // be read to its end.
    static std::pair<QStringList, QList<QStringList>> readRejects(const QString& path)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return {};
        CsvReader reader(&file, CsvFormat());
        if (!reader.open().ok())
            return {};
        QList<QStringList> rows;
        QStringList fields;
        for (;;) {
            const Result<bool> next = reader.next(fields);
            if (!next.ok())
                return {};
            if (!next.value())
                return { reader.header(), rows };
            rows.append(fields);
        }
    }

    qint64 count(TokenStore* store = nullptr)
    {
        return (store ? store : m_store.get())->count(TokenQuery()).value();
    }

    AccessToken byCode(const QString& code, TokenStore* store = nullptr)
    {
        const Result<AccessToken> token
            = (store ? store : m_store.get())->show(TokenRef::byAuthenticationCode(code));
        if (!token)
            qWarning("%s", qPrintable(token.error().toString()));
        return token.ok() ? token.value() : AccessToken();
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_store = openStore(QStringLiteral("tokens.sqlite"));
    }

    void cleanup()
    {
        m_store.reset();
        m_dir.reset();
    }

    void importsEveryField()
    {
        const QString path
            = writeFile("E-mail,PIN,auth_code,UDF Float 1,udf_date_2,custom_colour,State\r\n"
                        "ann@example.org,0042secret,0001234,2.5,2024-02-29,blue,NOT_EFFECTIVE\r\n"
                        ",,0009999,,,,\r\n");
        const ImportReport report = import(options(path));
        QVERIFY2(report.complete(), qPrintable(report.failure.toString()));
        QCOMPARE(report.created, qint64(2));
        QCOMPARE(report.rejected, qint64(0));

        const AccessToken ann = byCode(QStringLiteral("0001234"));
        QCOMPARE(ann.identifier, QStringLiteral("ann@example.org"));
        QVERIFY(ann.hasPassCode);
        QCOMPARE(ann.udfFloat[0], std::optional<double>(2.5));
        QCOMPARE(ann.udfDate[1], QDate(2024, 2, 29));
        QCOMPARE(ann.customFields.value(QStringLiteral("colour")), QStringLiteral("blue"));
        QCOMPARE(ann.lifeCycleState, LifeCycleState::NotEffective);
        // Leading zeros survive: codes are text all the way.
        const AccessToken bare = byCode(QStringLiteral("0009999"));
        QCOMPARE(bare.lifeCycleState, LifeCycleState::Effective);
        // Nothing of the row before is carried over to a row that leaves its fields empty.
        QVERIFY(bare.identifier.isEmpty());
        QVERIFY(!bare.hasPassCode);
        QCOMPARE(bare.udfFloat[0], std::optional<double>());
        QVERIFY(!bare.udfDate[1].isValid());
        QVERIFY(bare.customFields.isEmpty());
    }

    void atomicRollsBackAfterAFailureInTheMiddle()
    {
        TokenPatch existing;
        existing.authenticationCode = QStringLiteral("TAKEN");
        QVERIFY(m_store->create(existing).ok());

        const QString path = writeFile("authentication_code,udf_string_1\nA1,x\nA2,x\nA3,x\nTAKEN,x\nA5,x\n");
        ImportOptions opts = options(path);
        opts.batchSize = 2;
        const ImportReport report = import(opts);
        QVERIFY(!report.complete());
        QCOMPARE(report.rejected, qint64(1));
        QCOMPARE(report.created, qint64(0));
        QCOMPARE(report.errors.size(), 1);
        QCOMPARE(report.errors.first().line, qint64(5));
        QCOMPARE(report.errors.first().field, QStringLiteral("authentication_code"));
        QVERIFY(report.failure.isError());
        // A1..A3 were written before line 5 was met, and are gone again.
        QCOMPARE(count(), qint64(1));
    }

    // A run that stops before it writes any refused row (here its file is gone) names no rejects
    // file, so the wizard's tidying up leaves the one an earlier run wrote alone.
    void aRunThatStopsEarlyNamesNoRejectsFile()
    {
        const QString earlier = m_dir->filePath(QStringLiteral("earlier-refused.csv"));
        QFile file(earlier);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("authentication_code,line,error\nE1,2,from yesterday\n");
        file.close();
        ImportOptions opts
            = options(m_dir->filePath(QStringLiteral("gone.csv")), ImportOptions::Mode::SkipInvalid);
        opts.rejectsPath = earlier;
        const ImportReport report = import(opts);
        QVERIFY(report.failure.isError());
        QCOMPARE(report.rejectsPath, QString());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll().contains("from yesterday"));
    }

    // A quote never closed swallows the rest of the file: skip-invalid imports the rows before it
    // and writes that one record, its swallowed text included, to the rejects file.
    void skipInvalidRefusesAQuoteNeverClosedAndImportsTheRest()
    {
        const QString path = writeFile("authentication_code,udf_string_1\n"
                                       "Q1,fine\n"
                                       "Q2,\"never closed\n"
                                       "Q3,swallowed\n");
        ImportOptions opts = options(path, ImportOptions::Mode::SkipInvalid);
        opts.rejectsPath = m_dir->filePath(QStringLiteral("unclosed-rejects.csv"));
        const ImportReport report = import(opts);
        QVERIFY2(!report.failure.isError(), qPrintable(report.failure.message()));
        QCOMPARE(report.created, qint64(1));
        QCOMPARE(report.rejected, qint64(1));
        QCOMPARE(count(), qint64(1));
        QCOMPARE(report.errors.size(), 1);
        QCOMPARE(report.errors.constFirst().text(),
                 QStringLiteral("Line 3: a quoted field is never closed, so line 4 was read into it"));

        const auto [header, rows] = readRejects(opts.rejectsPath);
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.at(0).mid(0, 3), QStringList({ "Q2", "never closed\nQ3,swallowed\n", "3" }));

        // The rows it swallowed carry their pass codes: with a pass code column, none of its
        // cells reach the rejects file.
        const QString secret = writeFile("identifier,pass_code,authentication_code\n"
                                         "u1@example.org,pw1,\"S1\n"
                                         "u2@example.org,pw2-secret,S2\n");
        opts = options(secret, ImportOptions::Mode::SkipInvalid);
        opts.rejectsPath = m_dir->filePath(QStringLiteral("unclosed-secret-rejects.csv"));
        QCOMPARE(import(opts).rejected, qint64(1));
        QFile written(opts.rejectsPath);
        QVERIFY(written.open(QIODevice::ReadOnly));
        const QByteArray bytes = written.readAll();
        QVERIFY2(!bytes.contains("pw"), bytes.constData());
        QVERIFY2(bytes.contains("could be the pass code"), bytes.constData());
    }

    void skipInvalidWritesRejectsThatImportCleanlyOnceFixed()
    {
        const QString path = writeFile("authentication_code,udf_float_1,identifier,pin\n"
                                       "C1,1.5,,\n"
                                       "C2,abc,,\n"
                                       "C1,2,,\n"
                                       "C4,3,someone,\n"
                                       "C5,4,,\n"
                                       "C6,xyz,user6,s3cret6\n"
                                       "C7,5,\n");
        ImportOptions opts = options(path, ImportOptions::Mode::SkipInvalid);
        opts.rejectsPath = m_dir->filePath(QStringLiteral("rejects.csv"));
        const ImportReport report = import(opts);
        QCOMPARE(report.created, qint64(2));
        QCOMPARE(report.rejected, qint64(5));
        QVERIFY(!report.complete());
        QCOMPARE(count(), qint64(2));

        QFile rejects(opts.rejectsPath);
        QVERIFY(rejects.open(QIODevice::ReadOnly));
        CsvReader reader(&rejects, CsvFormat());
        QVERIFY(reader.open().ok());
        QCOMPARE(reader.header(),
                 QStringList({ "authentication_code", "udf_float_1", "identifier", "pin", "line", "error" }));
        QList<QStringList> rows;
        QStringList fields;
        while (reader.next(fields).value())
            rows.append(fields);
        QCOMPARE(rows.size(), 5);
        QCOMPARE(rows.at(0).mid(0, 5), QStringList({ "C2", "abc", "", "", "3" }));
        // The field as the table and the wizard name it, not its wire name.
        QVERIFY2(rows.at(0).at(5).contains(QLatin1String("UDF number 1 must be a number")),
                 qPrintable(rows.at(0).at(5)));
        QCOMPARE(rows.at(1).at(4), QStringLiteral("4"));
        QVERIFY(rows.at(1).at(5).contains(QLatin1String("line 2")));
        QCOMPARE(rows.at(2).at(4), QStringLiteral("5"));
        QVERIFY2(rows.at(2).at(5).contains(QLatin1String("A pass code is required")),
                 qPrintable(rows.at(2).at(5)));
        // The pass code stays out of the file, and the error says it is to be entered again.
        QCOMPARE(rows.at(3).mid(0, 5), QStringList({ "C6", "xyz", "user6", "", "7" }));
        QVERIFY2(rows.at(3).at(5).contains(QLatin1String("pass code was left out")),
                 qPrintable(rows.at(3).at(5)));
        // A record of the wrong length keeps none of its cells (any one could be the pass code),
        // and says where it is to be found.
        QCOMPARE(rows.at(4).mid(0, 5), QStringList({ "", "", "", "", "8" }));
        QVERIFY2(rows.at(4).at(5).contains(QLatin1String("line 8 of ")), qPrintable(rows.at(4).at(5)));
        rejects.close();
        QFile written(opts.rejectsPath);
        QVERIFY(written.open(QIODevice::ReadOnly));
        QVERIFY(!written.readAll().contains("s3cret6"));

        // Fixed by hand, the rejects file imports as it is: `line` and `error` are ignored.
        QByteArray fixed = "authentication_code,udf_float_1,identifier,pin,line,error\n"
                           "C2,2.5,,,3,was bad\nC3,2,,,4,dup\nC4,3,someone,p4ss,5,no pin\n";
        const ImportReport again = import(options(writeFile(fixed)));
        QVERIFY2(again.complete(), qPrintable(again.failure.toString()));
        QCOMPARE(again.created, qint64(3));
        QCOMPARE(count(), qint64(5));
    }

    // The file's own duplicates are found whichever batches the two rows fall in, for identifiers
    // and authentication codes alike, and the refusal names the line that came first.
    void duplicatesInTheFileAreFoundAcrossBatches()
    {
        ImportOptions opts = options(writeFile("authentication_code,identifier,pin\n"
                                               "D1,ann@example.org,pin1\n"
                                               "D2,,\n"
                                               "D3,,\n"
                                               "D4,bob@example.org,pin4\n"
                                               "D5,ann@example.org,pin5\n"
                                               "D2,,\n"),
                                     ImportOptions::Mode::SkipInvalid);
        opts.batchSize = 2;
        const ImportReport report = import(opts);
        QCOMPARE(report.created, qint64(4));
        QCOMPARE(report.rejected, qint64(2));
        QCOMPARE(report.errors.size(), 2);
        QCOMPARE(report.errors.at(0).line, qint64(6));
        QCOMPARE(report.errors.at(0).field, QStringLiteral("identifier"));
        QVERIFY2(report.errors.at(0).message.contains(QLatin1String("line 2")),
                 qPrintable(report.errors.at(0).message));
        QCOMPARE(report.errors.at(1).line, qint64(7));
        QCOMPARE(report.errors.at(1).field, QStringLiteral("authentication_code"));
        QVERIFY2(report.errors.at(1).message.contains(QLatin1String("line 3")),
                 qPrintable(report.errors.at(1).message));
    }

    void fileWithNothingToMapSaysWhy()
    {
        const ImportReport empty = import(options(writeFile(QByteArray())));
        QCOMPARE(empty.failure.field(), QStringLiteral("file"));
        QVERIFY2(empty.failure.message().contains(QLatin1String("is empty")),
                 qPrintable(empty.failure.message()));

        ImportOptions commas = options(writeFile("authentication_code;udf_string_1\nS1;one\n"));
        commas.format.delimiter = QLatin1Char(',');
        const ImportReport split = import(commas);
        QCOMPARE(split.failure.field(), QStringLiteral("delimiter"));
        QVERIFY2(split.failure.message().contains(QLatin1String("\"authentication_code;udf_string_1\"")),
                 qPrintable(split.failure.message()));
        QCOMPARE(count(), qint64(0));
    }

    // A spreadsheet saved as CSV where 3,5 is three and a half uses ";" between fields: its
    // numbers read with their decimal comma. Where commas separate fields, a comma in a number is
    // no decimal point, and such a number is still refused.
    void semicolonFilesReadDecimalCommas()
    {
        ImportOptions semicolons = options(writeFile("authentication_code;udf_float_1;udf_string_1\n"
                                                     "M1;3,5;1,5 kg\n"
                                                     "M2; -0,25 ;\n"
                                                     "M3;1.5;\n"
                                                     "M4;1.234,5;\n"),
                                           ImportOptions::Mode::SkipInvalid);
        semicolons.format.delimiter = QLatin1Char(';');
        const ImportReport report = import(semicolons);
        QCOMPARE(report.created, qint64(3));
        QCOMPARE(report.rejected, qint64(1));
        QCOMPARE(report.errors.constFirst().line, qint64(5));
        QCOMPARE(report.errors.constFirst().field, QStringLiteral("udf_float_1"));
        QCOMPARE(byCode(QStringLiteral("M1")).udfFloat[0], std::optional<double>(3.5));
        // Text keeps its comma.
        QCOMPARE(byCode(QStringLiteral("M1")).udfString[0], QStringLiteral("1,5 kg"));
        QCOMPARE(byCode(QStringLiteral("M2")).udfFloat[0], std::optional<double>(-0.25));
        QCOMPARE(byCode(QStringLiteral("M3")).udfFloat[0], std::optional<double>(1.5));

        const ImportReport commas = import(options(writeFile("authentication_code,udf_float_1\nM5,\"3,5\"\n"),
                                                   ImportOptions::Mode::SkipInvalid));
        QCOMPARE(commas.created, qint64(0));
        QCOMPARE(commas.rejected, qint64(1));
        QCOMPARE(commas.errors.constFirst().field, QStringLiteral("udf_float_1"));
    }

    // The refused rows come back in the file's own delimiter, with accents a spreadsheet reads: a
    // European export with ";" opens in the same columns, and is imported again as it is.
    void rejectsKeepTheFilesDelimiterAndAccents()
    {
        const QString path = writeFile(QByteArray("authentication_code;udf_string_1\n"
                                                  "R1;Caf\xE9\n"
                                                  "R1;Cr\xE8me br\xFBl\xE9"
                                                  "e\n"));
        ImportOptions opts = options(path, ImportOptions::Mode::SkipInvalid);
        opts.format.delimiter = QLatin1Char(';');
        opts.format.encoding = QStringLiteral("windows-1252");
        opts.rejectsPath = m_dir->filePath(QStringLiteral("semicolon-rejects.csv"));
        const ImportReport report = import(opts);
        QCOMPARE(report.created, qint64(1));
        QCOMPARE(report.rejected, qint64(1));
        QFile written(opts.rejectsPath);
        QVERIFY(written.open(QIODevice::ReadOnly));
        const QByteArray bytes = written.readAll();
        // The UTF-8 byte order mark: without it Excel reads the file as the system's code page.
        QVERIFY2(bytes.startsWith("\xEF\xBB\xBF"
                                  "authentication_code;udf_string_1;line;error\r\n"),
                 bytes.left(80).constData());
        QVERIFY2(bytes.contains("R1;Cr\xC3\xA8me br\xC3\xBBl\xC3\xA9"
                                "e;3;"),
                 bytes.constData());

        // Fixed, it imports with the same delimiter, whatever its extra columns say.
        QFile fixed(opts.rejectsPath);
        QVERIFY(fixed.open(QIODevice::WriteOnly | QIODevice::Truncate));
        fixed.write(QByteArray(bytes).replace("R1;Cr", "R2;Cr"));
        fixed.close();
        ImportOptions again = options(opts.rejectsPath);
        again.format.delimiter = QLatin1Char(';');
        const ImportReport reimported = import(again);
        QVERIFY2(reimported.complete(), qPrintable(reimported.failure.toString()));
        QCOMPARE(reimported.created, qint64(1));
        QCOMPARE(byCode(QStringLiteral("R2")).udfString[0],
                 QString::fromUtf8("Cr\xC3\xA8me br\xC3\xBBl\xC3\xA9"
                                   "e"));
    }

    void rejectsFileCannotBeTheFileImported()
    {
        const QByteArray bytes = "authentication_code,udf_float_1\nR1,1\nR2,abc\n";
        const QString path = writeFile(bytes);
        ImportOptions opts = options(path, ImportOptions::Mode::SkipInvalid);
        opts.rejectsPath = QDir(m_dir->path()).filePath(QStringLiteral("./") + QFileInfo(path).fileName());
        const ImportReport report = import(opts);
        QCOMPARE(report.failure.field(), QStringLiteral("rejects"));
        QCOMPARE(count(), qint64(0));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), bytes);
    }

    void dryRunCountsAndWritesNothing()
    {
        TokenPatch existing;
        existing.authenticationCode = QStringLiteral("OLD");
        QVERIFY(m_store->create(existing).ok());
        const QString path = writeFile(
            "authentication_code,udf_string_1\nOLD,changed\nNEW1,a\n,\nNEW2,\"=1\"\nNEW3,\nBAD,x,extra\n");
        const ImportReport report = dryRun(path, QStringLiteral("authentication_code"));
        QCOMPARE(report.created, qint64(3));
        QCOMPARE(report.updated, qint64(1));
        QCOMPARE(report.skipped, qint64(1));
        QCOMPARE(report.rejected, qint64(1));
        QCOMPARE(report.errors.first().line, qint64(7));
        QCOMPARE(count(), qint64(1));
        QVERIFY(byCode(QStringLiteral("OLD")).udfString[0].isEmpty());
    }

    void dryRunFindsATokenAmongManyWithTheSamePrefix()
    {
        // Codes that start like the one the file names come first in the store's order.
        for (int i = 0; i < 60; ++i) {
            TokenPatch similar;
            similar.authenticationCode = QStringLiteral("A1%1").arg(i, 2, 10, QLatin1Char('0'));
            QVERIFY(m_store->create(similar).ok());
        }
        TokenPatch target;
        target.authenticationCode = QStringLiteral("A1");
        QVERIFY(m_store->create(target).ok());
        const QString path = writeFile("authentication_code,udf_string_1\nA1,changed\n");

        const ImportReport upsert = dryRun(path, QStringLiteral("authentication_code"));
        QCOMPARE(upsert.updated, qint64(1));
        QCOMPARE(upsert.created, qint64(0));

        const ImportReport refused = dryRun(path, QString());
        QCOMPARE(refused.rejected, qint64(1));
        QVERIFY(m_store->imports(10).value().isEmpty());
        QCOMPARE(count(), qint64(61));

        // The dry runs left no transaction open: the real import commits, as another client sees.
        ImportOptions opts = options(path);
        opts.upsertBy = QStringLiteral("authentication_code");
        QVERIFY(import(opts).complete());
        m_store.reset();
        const std::unique_ptr<SqlTokenStore> reopened = openStore(QStringLiteral("tokens.sqlite"));
        QCOMPARE(byCode(QStringLiteral("A1"), reopened.get()).udfString[0], QStringLiteral("changed"));
    }

    void upsertUpdatesInsteadOfRefusing()
    {
        QVERIFY(import(options(writeFile("authentication_code,udf_string_1\nU1,one\nU2,two\n"))).complete());
        const QString changed
            = writeFile("authentication_code,udf_string_1,State\nU1,uno,NOT_EFFECTIVE\nU2,,\nU3,three,\n");

        const ImportReport refused = import(options(changed));
        QCOMPARE(refused.rejected, qint64(2));
        // In words the wizard's "Existing tokens" choice and the CLI's --upsert-by both fit.
        QVERIFY2(refused.errors.first().message.contains(
                     QLatin1String("import with updates by authentication_code")),
                 qPrintable(refused.errors.first().message));
        QCOMPARE(count(), qint64(2));

        ImportOptions opts = options(changed);
        opts.upsertBy = QStringLiteral("authentication_code");
        const ImportReport report = import(opts);
        QVERIFY2(report.complete(), qPrintable(report.failure.toString()));
        // U2 names no value but its code: it is found and left as it is.
        QCOMPARE(report.updated, qint64(1));
        QCOMPARE(report.unchanged, qint64(1));
        QCOMPARE(report.created, qint64(1));
        QCOMPARE(count(), qint64(3));
        const AccessToken u1 = byCode(QStringLiteral("U1"));
        QCOMPARE(u1.udfString[0], QStringLiteral("uno"));
        QCOMPARE(u1.lifeCycleState, LifeCycleState::NotEffective);
        // An empty cell leaves the field as it was.
        QCOMPARE(byCode(QStringLiteral("U2")).udfString[0], QStringLiteral("two"));
    }

    void theStoreOpensWhileAnImportHoldsItsWriteLock()
    {
        QVERIFY(import(options(writeFile("authentication_code\nW1\n"))).complete());
        const QString path = m_dir->filePath(QStringLiteral("tokens.sqlite"));
        const StoreUrl url = StoreUrl::parse(QStringLiteral("sqlite:") + path).value();
        // An import of a million rows holds the write lock for most of a minute; the TokenDesk
        // started meanwhile opens the store and reads what was committed before it.
        {
            QSqlDatabase writer
                = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("writer"));
            writer.setDatabaseName(path);
            QVERIFY(writer.open());
            QSqlQuery hold(writer);
            const auto release = qScopeGuard([&hold]() { hold.exec(QStringLiteral("ROLLBACK")); });
            QVERIFY(hold.exec(QStringLiteral("BEGIN IMMEDIATE")));
            QVERIFY(hold.exec(QStringLiteral("DELETE FROM tokens")));

            SqlTokenStore reader(url, QString(), Clock::system());
            const Result<void> opened = reader.open();
            QVERIFY2(opened.ok(), qPrintable(opened.error().toString()));
            QCOMPARE(byCode(QStringLiteral("W1"), &reader).authenticationCode, QStringLiteral("W1"));
            // A change has to wait for the import; after the busy timeout it is told why, in words.
            TokenPatch change;
            change.udfString[0] = QStringLiteral("later");
            const Result<AccessToken> refused
                = reader.update(TokenRef::byAuthenticationCode(QStringLiteral("W1")), change);
            QVERIFY(!refused.ok());
            QVERIFY2(refused.error().message().startsWith(QLatin1String("The store is busy")),
                     qPrintable(refused.error().toString()));
        }
        // A store a newer TokenDesk wrote is refused for that reason, at once, lock or no lock.
        {
            QSqlDatabase writer = QSqlDatabase::database(QStringLiteral("writer"));
            QSqlQuery hold(writer);
            QVERIFY(hold.exec(QStringLiteral("INSERT INTO schema_version (version) VALUES (99)")));
            const auto release = qScopeGuard([&hold]() { hold.exec(QStringLiteral("ROLLBACK")); });
            QVERIFY(hold.exec(QStringLiteral("BEGIN IMMEDIATE")));

            SqlTokenStore newer(url, QString(), Clock::system());
            QElapsedTimer waited;
            waited.start();
            const Result<void> opened = newer.open();
            QVERIFY(!opened.ok());
            QVERIFY2(opened.error().message().contains(QLatin1String("newer TokenDesk")),
                     qPrintable(opened.error().toString()));
            QVERIFY2(waited.elapsed() < 4000, "it waited for the lock");
        }
        QSqlDatabase::database(QStringLiteral("writer")).close();
        QSqlDatabase::removeDatabase(QStringLiteral("writer"));
    }

    void importingTheSameValuesAgainChangesNothing()
    {
        const QByteArray file = "authentication_code,udf_string_1,udf_float_1,custom:colour,state\n"
                                "N1,one,1.5,red,EFFECTIVE\n"
                                "N2,two,,blue,\n";
        QVERIFY(import(options(writeFile(file))).complete());
        const AccessToken before = byCode(QStringLiteral("N1"));

        ImportOptions again = options(writeFile(file));
        again.upsertBy = QStringLiteral("authentication_code");
        const ImportReport dry = dryRun(again.filePath, again.upsertBy);
        QCOMPARE(dry.unchanged, qint64(2));
        QCOMPARE(dry.updated, qint64(0));
        const ImportReport same = import(again);
        QVERIFY(same.complete());
        QCOMPARE(same.unchanged, qint64(2));
        QCOMPARE(same.updated, qint64(0));
        QCOMPARE(same.created, qint64(0));
        // Not written: the version and the updated date say nothing happened.
        const AccessToken after = byCode(QStringLiteral("N1"));
        QCOMPARE(after.version, before.version);
        QCOMPARE(after.logInformation.updatedDate, before.logInformation.updatedDate);

        // One cell differs: that row alone is an update.
        ImportOptions changed
            = options(writeFile("authentication_code,udf_string_1,udf_float_1,custom:colour\n"
                                "N1,one,1.5,green\n"
                                "N2,two,,blue\n"));
        changed.upsertBy = QStringLiteral("authentication_code");
        const ImportReport one = import(changed);
        QCOMPARE(one.updated, qint64(1));
        QCOMPARE(one.unchanged, qint64(1));
        QCOMPARE(byCode(QStringLiteral("N1")).customFields.value(QStringLiteral("colour")),
                 QStringLiteral("green"));
        QCOMPARE(byCode(QStringLiteral("N1")).version, before.version + 1);

        // A state or a pass code is a change even when every other value is the same; a pass code
        // cannot be compared, so it always is.
        ImportOptions state = options(writeFile("authentication_code,state\nN2,NOT_EFFECTIVE\n"));
        state.upsertBy = QStringLiteral("authentication_code");
        QCOMPARE(import(state).updated, qint64(1));
        QCOMPARE(byCode(QStringLiteral("N2")).lifeCycleState, LifeCycleState::NotEffective);
        // References compare by what they name: the same account, or the classification by its id
        // where the token was imported by its name.
        AccountsReceivable account;
        account.number = QStringLiteral("ACR0042");
        account.name = QStringLiteral("Shop");
        QVERIFY(m_store->addAccount(account).ok());
        TokenSettings settings = m_store->settings().value();
        Classification gold;
        gold.name = QStringLiteral("Gold");
        settings.classifications.append(gold);
        QVERIFY(m_store->saveSettings(settings).ok());
        QVERIFY(import(options(writeFile("authentication_code,account,classification\nN5,ACR0042,Gold\n")))
                    .complete());
        const QString goldId = byCode(QStringLiteral("N5")).classification->id;
        ImportOptions references
            = options(writeFile(QStringLiteral("authentication_code,account,classification\nN5,ACR0042,%1\n")
                                    .arg(goldId)
                                    .toUtf8()));
        references.upsertBy = QStringLiteral("authentication_code");
        QCOMPARE(import(references).unchanged, qint64(1));
        const QString withPassCode = writeFile("identifier,authentication_code,pin\nann,N3,p4ss\n");
        QVERIFY(import(options(withPassCode)).complete());
        ImportOptions passCode = options(withPassCode);
        passCode.upsertBy = QStringLiteral("authentication_code");
        const ImportReport rehashed = import(passCode);
        QCOMPARE(rehashed.updated, qint64(1));
        QCOMPARE(rehashed.unchanged, qint64(0));
    }

    void cancelledAtomicImportLeavesNothing()
    {
        QByteArray bytes = "authentication_code\n";
        for (int i = 0; i < 50; ++i)
            bytes += "K" + QByteArray::number(i) + "\n";
        const QString path = writeFile(bytes);

        ImportOptions opts = options(path);
        opts.batchSize = 10;
        ImportJob job(opts);
        int batches = 0;
        connect(&job, &ImportJob::progressed, this, [&](const ImportProgress& progress) {
            QVERIFY(progress.rows > 0);
            if (++batches == 2)
                job.cancel();
        });
        const ImportReport report = job.run(*m_store);
        QVERIFY(report.cancelled);
        QVERIFY(!report.complete());
        QCOMPARE(count(), qint64(0));

        ImportOptions skip = options(path, ImportOptions::Mode::SkipInvalid);
        skip.batchSize = 10;
        ImportJob skipping(skip);
        batches = 0;
        connect(&skipping, &ImportJob::progressed, this, [&](const ImportProgress&) {
            if (++batches == 2)
                skipping.cancel();
        });
        const ImportReport partial = skipping.run(*m_store);
        QVERIFY(partial.cancelled);
        // Two committed batches, and the third cancelled before it was committed.
        QCOMPARE(partial.created, qint64(20));
        QCOMPARE(count(), qint64(20));

        // Running it again with upsert completes it without duplicates.
        ImportOptions resume = options(path, ImportOptions::Mode::SkipInvalid);
        resume.upsertBy = QStringLiteral("authentication_code");
        const ImportReport completed = import(resume);
        QVERIFY(completed.complete());
        // The rows already in are found and left as they are.
        QCOMPARE(completed.unchanged, qint64(20));
        QCOMPARE(completed.updated, qint64(0));
        QCOMPARE(completed.created, qint64(30));
        QCOMPARE(count(), qint64(50));
    }

    void progressReportsRateAndTimeLeft()
    {
        QByteArray bytes = "authentication_code\n";
        for (int i = 0; i < 30; ++i)
            bytes += "P" + QByteArray::number(i) + "\n";
        ImportOptions opts = options(writeFile(bytes));
        opts.batchSize = 10;
        ImportJob job(opts);
        QList<ImportProgress> seen;
        connect(&job, &ImportJob::progressed, this,
                [&](const ImportProgress& progress) { seen.append(progress); });
        QVERIFY(job.run(*m_store).complete());
        QVERIFY(seen.size() >= 3);
        QCOMPARE(seen.at(0).rows, qint64(10));
        QVERIFY(seen.at(0).rowsPerSecond > 0);
        QCOMPARE(seen.last().totalBytes, qint64(bytes.size()));
        QCOMPARE(seen.last().bytesRead, qint64(bytes.size()));
    }

    void aFileOfBadRecordsIsReadInBatchesToo()
    {
        // Every refused record counts toward the batch: the reader never holds more than a
        // batch of them, and the progress keeps moving through a file of nothing else.
        QByteArray bytes = "authentication_code,udf_string_1\n";
        for (int i = 0; i < 95; ++i)
            bytes += "B" + QByteArray::number(i) + ",x,too many\n";
        for (int i = 0; i < 5; ++i)
            bytes += "G" + QByteArray::number(i) + ",ok\n";
        ImportOptions opts = options(writeFile(bytes), ImportOptions::Mode::SkipInvalid);
        opts.batchSize = 10;
        ImportJob job(opts);
        QList<ImportProgress> seen;
        connect(&job, &ImportJob::progressed, this,
                [&](const ImportProgress& progress) { seen.append(progress); });
        const ImportReport report = job.run(*m_store);
        QVERIFY2(!report.failure.isError(), qPrintable(report.failure.toString()));
        QCOMPARE(report.rejected, qint64(95));
        QCOMPARE(report.created, qint64(5));
        QVERIFY2(seen.size() >= 10, qPrintable(QString::number(seen.size())));
    }

    void referencesAndStatesAreResolved()
    {
        AccountsReceivable account;
        account.number = QStringLiteral("ACR0001");
        account.name = QStringLiteral("Shop");
        QVERIFY(m_store->addAccount(account).ok());
        const QString path = writeFile("authentication_code,account,state\n"
                                       "R1,ACR0001,EFFECTIVE\n"
                                       "R2,ACR9999,\n"
                                       "R3,,SLEEPING\n");
        ImportOptions opts = options(path, ImportOptions::Mode::SkipInvalid);
        const ImportReport report = import(opts);
        QCOMPARE(report.created, qint64(1));
        QCOMPARE(report.rejected, qint64(2));
        QVERIFY(report.errors.at(0).message.contains(QLatin1String("ACR9999")));
        QVERIFY(report.errors.at(1).message.contains(QLatin1String("SLEEPING")));
        QCOMPARE(byCode(QStringLiteral("R1")).accountsReceivable->number, QStringLiteral("ACR0001"));
    }

    // Where new tokens wait for verification, the life cycle has no way from there to not
    // effective: such a row is refused, rather than a token that skipped verification.
    void aTokenThatMustBeVerifiedIsNotImportedAsNotEffective()
    {
        TokenSettings settings = m_store->settings().value();
        settings.definition.verificationRequired = true;
        QVERIFY(m_store->saveSettings(settings).ok());
        const QString path
            = writeFile("authentication_code,state\nV1,NOT_EFFECTIVE\nV2,\nV3,PENDING_VERIFICATION\n");

        const ImportReport checked = dryRun(path, QString());
        QCOMPARE(checked.rejected, qint64(1));
        QCOMPARE(checked.errors.value(0).line, qint64(2));
        QCOMPARE(checked.errors.value(0).field, QStringLiteral("life_cycle_state"));

        const ImportReport report = import(options(path, ImportOptions::Mode::SkipInvalid));
        QCOMPARE(report.created, qint64(2));
        QCOMPARE(report.rejected, qint64(1));
        QVERIFY2(report.errors.value(0).message.contains(QLatin1String("PENDING_VERIFICATION")),
                 qPrintable(report.errors.value(0).message));
        QCOMPARE(m_store->show(TokenRef::byAuthenticationCode(QStringLiteral("V1"))).error().code(),
                 Error::Code::NotFound);
        QCOMPARE(byCode(QStringLiteral("V2")).lifeCycleState, LifeCycleState::PendingVerification);
        QCOMPARE(byCode(QStringLiteral("V3")).lifeCycleState, LifeCycleState::PendingVerification);
    }

    // An update is judged by what it changes: a file that carries a token's identifier as it is
    // updates the token's other fields, even under rules tightened since the identifier was set.
    void anUnchangedValueIsNotJudgedAgainByNewerRules()
    {
        TokenPatch bob;
        bob.identifier = QStringLiteral("bob");
        bob.passCode = QStringLiteral("Bob-Pass-1");
        bob.authenticationCode = QStringLiteral("B1");
        QVERIFY(m_store->create(bob).ok());
        TokenSettings settings = m_store->settings().value();
        settings.definition.identifierFormat = TokenRules::IdentifierFormat::Email;
        QVERIFY(m_store->saveSettings(settings).ok());

        ImportOptions opts = options(writeFile("authentication_code,identifier,udf_string_1\nB1,bob,kept\n"));
        opts.upsertBy = QStringLiteral("authentication_code");
        const ImportReport report = import(opts);
        QVERIFY2(report.complete(), qPrintable(report.failure.toString()));
        QCOMPARE(report.updated, qint64(1));
        QCOMPARE(byCode(QStringLiteral("B1")).udfString[0], QStringLiteral("kept"));

        // A new identifier is judged by the rules of now.
        opts.filePath = writeFile("authentication_code,identifier\nB1,robert\n");
        const ImportReport refused = import(opts);
        QCOMPARE(refused.rejected, qint64(1));
        QCOMPARE(refused.errors.value(0).field, QStringLiteral("identifier"));
    }

    void malformedRecordsAreRejectedWithTheirLine()
    {
        const QString path = writeFile("authentication_code,udf_string_1\nM1,a\nM2,b,extra\nM3,c\n");
        const ImportReport atomic = import(options(path));
        QCOMPARE(atomic.rejected, qint64(1));
        QCOMPARE(atomic.errors.first().line, qint64(3));
        // The line is said once: listed as "Line 3: ...", the message must not repeat it.
        QCOMPARE(atomic.errors.first().message, QStringLiteral("expected 2 fields, found 3"));
        QCOMPARE(atomic.errors.first().text(), QStringLiteral("Line 3: expected 2 fields, found 3"));
        QCOMPARE(count(), qint64(0));

        // In the rejects file, a record too long or too short is cut or padded to the header's
        // width: its line and error stay in their own columns, and the error says where to look.
        const QString uneven = writeFile("authentication_code,udf_string_1\nU1,a\nU2,b,extra\nU3\n");
        ImportOptions skipping = options(uneven, ImportOptions::Mode::SkipInvalid);
        skipping.rejectsPath = m_dir->filePath(QStringLiteral("uneven-refused.csv"));
        QCOMPARE(import(skipping).rejected, qint64(2));
        const auto [header, rows] = readRejects(skipping.rejectsPath);
        QCOMPARE(header, QStringList({ "authentication_code", "udf_string_1", "line", "error" }));
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows.at(0).mid(0, 3), QStringList({ "U2", "b", "3" }));
        QCOMPARE(rows.at(1).mid(0, 3), QStringList({ "U3", "", "4" }));
        QVERIFY2(rows.at(1).at(3).contains(QLatin1String("line 4 of ")), qPrintable(rows.at(1).at(3)));

        // The wizard's mapping is as wide as the preview's longest row, which may be a refused
        // one: a row as wide as the header still keeps its cells where the header puts them.
        const QString wide = writeFile("authentication_code,udf_float_1\nW1,1\nW2,abc\nW3,2,extra\n");
        ImportOptions widened = options(wide, ImportOptions::Mode::SkipInvalid);
        widened.mapping = ColumnMapping({ "authentication_code", "udf_float_1", "" });
        widened.rejectsPath = m_dir->filePath(QStringLiteral("wide-refused.csv"));
        QCOMPARE(import(widened).rejected, qint64(2));
        const auto [wideHeader, wideRows] = readRejects(widened.rejectsPath);
        QCOMPARE(wideHeader, QStringList({ "authentication_code", "udf_float_1", "line", "error" }));
        QCOMPARE(wideRows.size(), 2);
        QCOMPARE(wideRows.at(0).mid(0, 3), QStringList({ "W2", "abc", "3" }));
        QVERIFY2(!wideRows.at(0).at(3).contains(QLatin1String("not where the columns are")),
                 qPrintable(wideRows.at(0).at(3)));

        // A record that ends the file is reported on its own, so its message carries the line.
        const QString broken = writeFile("authentication_code\nM1\n" + QByteArray(5000, ',') + "\nM3\n");
        const ImportReport fatal = import(options(broken, ImportOptions::Mode::SkipInvalid));
        QVERIFY(fatal.failure.isError());
        QVERIFY2(fatal.failure.message().startsWith(QLatin1String("Line 3: ")),
                 qPrintable(fatal.failure.message()));
    }

    void aByteOrderMarkInsideTheFileIsRefusedWithItsLine()
    {
        // Two exports joined into one file: the second one's byte-order mark is not at the start
        // of the file, so it is the first character of a cell, which no store can keep.
        const QString joined = writeFile("authentication_code,udf_string_1\nJ1,a\n"
                                         "\xEF\xBB\xBFJ2,b\nJ3,c\n");
        ImportOptions skipping = options(joined, ImportOptions::Mode::SkipInvalid);
        const ImportReport report = import(skipping);
        QCOMPARE(report.rejected, qint64(1));
        QCOMPARE(report.errors.first().text(),
                 QStringLiteral("Line 3: Authentication code starts with an invisible byte-order mark"));
        QCOMPARE(count(), qint64(2));
    }

    void exportRoundTrip()
    {
        const QString path
            = writeFile("identifier,pin,authentication_code,card,udf_string_1,udf_float_2,udf_date_1,custom:"
                        "colour,state\n"
                        ",,00A1,4111********1111,=cmd|' /C calc'!A0,0.1,2024-01-31,red,EFFECTIVE\n"
                        ",,00A2,,-minus,,,,NOT_EFFECTIVE\n"
                        ",,00A3,,\"comma, and \"\"quotes\"\"\",1e-7,,,\n");
        const ImportReport imported = import(options(path));
        QVERIFY2(imported.complete(),
                 qPrintable(imported.failure.toString() + imported.errors.value(0).message));

        QStringList columns = TokenExporter::defaultColumns();
        columns.append(QStringLiteral("custom:colour"));
        const QString exported = m_dir->filePath(QStringLiteral("export.csv"));
        QFile out(exported);
        QVERIFY(out.open(QIODevice::WriteOnly));
        TokenQuery query;
        query.sortField = QStringLiteral("authentication_code");
        const Result<qint64> written = TokenExporter::exportTo(*m_store, query, columns, &out);
        out.close();
        QCOMPARE(written.value(), qint64(3));

        QFile check(exported);
        QVERIFY(check.open(QIODevice::ReadOnly));
        const QByteArray text = check.readAll();
        QVERIFY(text.startsWith("number,id,life_cycle_state,identifier,authentication_code,"));
        QVERIFY(!text.contains("pass_code"));
        QVERIFY(text.contains("'=cmd"));
        QVERIFY(text.contains("'-minus"));

        std::unique_ptr<SqlTokenStore> empty = openStore(QStringLiteral("empty.sqlite"));
        const ImportReport report = import(options(exported), empty.get());
        QVERIFY2(report.complete(), qPrintable(report.failure.toString() + report.errors.value(0).message));
        QCOMPARE(report.created, qint64(3));
        for (const QString& code :
             { QStringLiteral("00A1"), QStringLiteral("00A2"), QStringLiteral("00A3") }) {
            AccessToken original = byCode(code);
            AccessToken copy = byCode(code, empty.get());
            // The store assigns identity and log information; a pass code is never exported.
            copy.id = original.id;
            copy.number = original.number;
            copy.logInformation = original.logInformation;
            copy.version = original.version;
            copy.hasPassCode = original.hasPassCode;
            QCOMPARE(copy, original);
        }

        // A token with an identifier needs its pass code, which no export carries: such a row is
        // refused naming pass_code, and the secret never appears in the file.
        TokenPatch withIdentifier;
        withIdentifier.identifier = QStringLiteral("ann@example.org");
        withIdentifier.passCode = QStringLiteral("secret1");
        withIdentifier.authenticationCode = QStringLiteral("00A4");
        QVERIFY(m_store->create(withIdentifier).ok());
        QFile again(exported);
        QVERIFY(again.open(QIODevice::WriteOnly));
        QVERIFY(TokenExporter::exportTo(*m_store, query, columns, &again).ok());
        again.close();
        QVERIFY(again.open(QIODevice::ReadOnly));
        QVERIFY(!again.readAll().contains("secret1"));
        again.close();
        std::unique_ptr<SqlTokenStore> other = openStore(QStringLiteral("other.sqlite"));
        const ImportReport refused = import(options(exported), other.get());
        QCOMPARE(refused.rejected, qint64(1));
        QCOMPARE(refused.errors.first().field, QStringLiteral("pass_code"));
    }

    // More rows than a batch, so that their values are encoded on one thread while the rows
    // before them are written on another: each token gets its own row's values, NULLs included,
    // and its number in file order.
    void aLargeFileGivesEveryTokenItsOwnRow()
    {
        constexpr int rows = 1300;
        // No pass codes: they would make the batches small.
        QByteArray bytes = "authentication_code,card,udf_string_1,udf_float_1,custom:colour\n";
        auto code = [](int i) {
            return QStringLiteral("L%1").arg(i, 5, 10, QLatin1Char('0'));
        };
        for (int i = 0; i < rows; ++i) {
            const QString n = QString::number(i);
            const QStringList cells = {
                code(i),
                i % 2 == 0 ? QStringLiteral("4111********") + n.rightJustified(4, QLatin1Char('0'))
                           : QString(),
                i % 3 == 0 ? QString() : QStringLiteral("shop ") + n,
                i % 4 == 0 ? n + QStringLiteral(".5") : QString(),
                i % 7 == 0 ? QStringLiteral("colour ") + n : QString(),
            };
            bytes += cells.join(QLatin1Char(',')).toUtf8() + '\n';
        }
        const ImportReport report = import(options(writeFile(bytes)));
        QVERIFY2(report.complete(), qPrintable(report.failure.toString() + report.errors.value(0).message));
        QCOMPARE(report.created, qint64(rows));
        for (int i = 0; i < rows; ++i) {
            const QString n = QString::number(i);
            const AccessToken token = byCode(code(i));
            QCOMPARE(token.number, QStringLiteral("AT%1").arg(i + 1, 10, 10, QLatin1Char('0')));
            QCOMPARE(token.cardMaskedNumber,
                     i % 2 == 0 ? QStringLiteral("4111********") + n.rightJustified(4, QLatin1Char('0'))
                                : QString());
            QCOMPARE(token.udfString[0], i % 3 == 0 ? QString() : QStringLiteral("shop ") + n);
            QCOMPARE(token.udfFloat[0], i % 4 == 0 ? std::optional<double>(i + 0.5) : std::nullopt);
            QCOMPARE(token.customFields.value(QStringLiteral("colour")),
                     i % 7 == 0 ? QStringLiteral("colour ") + n : QString());
        }
    }

    // A large first load into an empty store writes its pages once, with a rollback journal
    // instead of WAL; the store is in WAL again afterwards. A store another connection has open
    // keeps WAL throughout, and the import does not wait for that connection.
    void aFirstLoadIsWrittenWithoutTheWriteAheadLog()
    {
        QByteArray bytes = "authentication_code,udf_string_1\n";
        for (int i = 0; i < 25000; ++i)
            bytes += "F" + QByteArray::number(i) + ",first load\n";
        const QString path = writeFile(bytes);
        struct Watched
        {
            ImportReport report;
            bool rollbackJournal = false;
            bool writeAheadLog = false;
        };
        auto importWatchingTheJournal = [&](SqlTokenStore& store, const QString& file, bool cancel = false) {
            ImportOptions opts = options(path);
            opts.batchSize = 1000;
            ImportJob job(opts);
            bool rollbackJournal = false;
            bool writeAheadLog = false;
            connect(&job, &ImportJob::progressed, this, [&]() {
                rollbackJournal = rollbackJournal || QFile::exists(file + QStringLiteral("-journal"));
                writeAheadLog = writeAheadLog || QFileInfo(file + QStringLiteral("-wal")).size() > 0;
                if (cancel)
                    job.cancel();
            });
            const ImportReport report = job.run(store);
            return Watched { report, rollbackJournal, writeAheadLog };
        };
        auto journalMode = [](const QString& file) {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("mode"));
            db.setDatabaseName(file);
            db.open();
            QSqlQuery query(QStringLiteral("PRAGMA journal_mode"), db);
            const QString mode = query.next() ? query.value(0).toString() : QString();
            query.finish();
            db.close();
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(QStringLiteral("mode"));
            return mode;
        };

        const QString empty = m_dir->filePath(QStringLiteral("tokens.sqlite"));
        // Cancelled, it leaves nothing behind, and WAL is back.
        const Watched cancelled = importWatchingTheJournal(*m_store, empty, true);
        QVERIFY(cancelled.report.cancelled);
        QVERIFY(cancelled.rollbackJournal);
        QCOMPARE(count(), qint64(0));
        QVERIFY(!QFile::exists(empty + QStringLiteral("-journal")));
        QCOMPARE(journalMode(empty), QStringLiteral("wal"));

        QElapsedTimer took;
        took.start();
        const Watched first = importWatchingTheJournal(*m_store, empty);
        const qint64 alone = took.elapsed();
        QVERIFY2(first.report.complete(), qPrintable(first.report.failure.toString()));
        QCOMPARE(first.report.created, qint64(25000));
        QVERIFY(first.rollbackJournal);
        QVERIFY(!first.writeAheadLog);
        QVERIFY(!QFile::exists(empty + QStringLiteral("-journal")));
        QCOMPARE(journalMode(empty), QStringLiteral("wal"));
        QCOMPARE(byCode(QStringLiteral("F24999")).udfString[0], QStringLiteral("first load"));

        const QString shared = m_dir->filePath(QStringLiteral("shared.sqlite"));
        std::unique_ptr<SqlTokenStore> sharedStore = openStore(QStringLiteral("shared.sqlite"));
        {
            SqlTokenStore other(StoreUrl::parse(QStringLiteral("sqlite:") + shared).value(), QString(),
                                Clock::system());
            QVERIFY(other.open().ok());
            took.start();
            const Watched second = importWatchingTheJournal(*sharedStore, shared);
            QVERIFY2(second.report.complete(), qPrintable(second.report.failure.toString()));
            QVERIFY(!second.rollbackJournal);
            QVERIFY(second.writeAheadLog);
            // Not the five seconds of the busy timeout more than the same import alone: the switch
            // was refused at once.
            QVERIFY2(took.elapsed() < alone + 3000,
                     qPrintable(QStringLiteral("%1 ms, alone %2 ms").arg(took.elapsed()).arg(alone)));
            QCOMPARE(other.count(TokenQuery()).value(), qint64(25000));
        }
        QCOMPARE(journalMode(shared), QStringLiteral("wal"));
    }

    // While a first load holds the store with a rollback journal, a TokenDesk started meanwhile
    // is told the store is busy, in words, after the busy timeout.
    void aStoreOpenedDuringAFirstLoadIsBusy()
    {
        const QString path = m_dir->filePath(QStringLiteral("tokens.sqlite"));
        m_store.reset();
        QSqlDatabase loader = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("loader"));
        loader.setDatabaseName(path);
        QVERIFY(loader.open());
        {
            QSqlQuery hold(loader);
            QVERIFY(hold.exec(QStringLiteral("PRAGMA journal_mode = delete")));
            QVERIFY(hold.exec(QStringLiteral("BEGIN EXCLUSIVE")));
            SqlTokenStore opened(StoreUrl::parse(QStringLiteral("sqlite:") + path).value(), QString(),
                                 Clock::system());
            const Result<void> refused = opened.open();
            QVERIFY(!refused.ok());
            QVERIFY2(refused.error().message().startsWith(QLatin1String("The store is busy")),
                     qPrintable(refused.error().toString()));
            QVERIFY(hold.exec(QStringLiteral("ROLLBACK")));
        }
        loader.close();
        loader = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("loader"));
        m_store = openStore(QStringLiteral("tokens.sqlite"));
    }

    void exportPagesThroughEveryToken()
    {
        QByteArray bytes = "authentication_code\n";
        for (int i = 0; i < 2500; ++i)
            bytes += "E" + QByteArray::number(i).rightJustified(5, '0') + "\n";
        QVERIFY(import(options(writeFile(bytes))).complete());
        const QString exported = m_dir->filePath(QStringLiteral("all.csv"));
        QFile out(exported);
        QVERIFY(out.open(QIODevice::WriteOnly));
        TokenQuery query;
        query.state = LifeCycleState::Effective;
        QCOMPARE(
            TokenExporter::exportTo(*m_store, query, { QStringLiteral("authentication_code") }, &out).value(),
            qint64(2500));
        out.close();
        QFile in(exported);
        QVERIFY(in.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = in.readAll().split('\n');
        QCOMPARE(lines.size(), 2502);
        QVERIFY(!TokenExporter::checkColumns({ QStringLiteral("pass_code") }).ok());
    }
};

QTEST_GUILESS_MAIN(TestImportJob)
#include "TestImportJob.moc"
