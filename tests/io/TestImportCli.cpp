#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

// `tokendesk-cli import` and `export` through the real binary, against a SQLite store in a
// temporary directory.
class TestImportCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };

    Run cli(const QStringList& arguments)
    {
        QProcess process;
        process.setProgram(QStringLiteral(TOKENDESK_CLI_PATH));
        process.setArguments(
            QStringList { QStringLiteral("--store"),
                          QStringLiteral("sqlite:") + m_dir.filePath(QStringLiteral("t.sqlite")) }
            + arguments);
        process.start();
        process.waitForFinished(120000);
        return { process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError() };
    }

    // The next cli() starts on a new, empty store.
    void removeStore()
    {
        for (const char* suffix : { "", "-wal", "-shm" })
            QFile::remove(m_dir.filePath(QStringLiteral("t.sqlite") + QLatin1String(suffix)));
    }

    // Opens the store file from outside, as the next TokenDesk would after a crash.
    struct Inspection
    {
        QString integrity;
        qint64 tokens = -1;
        qint64 distinctIdentifiers = -1;
        qint64 imports = -1;
    };

    Inspection inspect(const QString& path)
    {
        Inspection seen;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("inspect"));
            db.setDatabaseName(path);
            if (db.open()) {
                QSqlQuery query(db);
                if (query.exec(QStringLiteral("PRAGMA integrity_check")) && query.next())
                    seen.integrity = query.value(0).toString();
                if (query.exec(QStringLiteral("SELECT COUNT(*), COUNT(DISTINCT identifier) FROM tokens"))
                    && query.next()) {
                    seen.tokens = query.value(0).toLongLong();
                    seen.distinctIdentifiers = query.value(1).toLongLong();
                }
                if (query.exec(QStringLiteral("SELECT COUNT(*) FROM imports")) && query.next())
                    seen.imports = query.value(0).toLongLong();
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("inspect"));
        return seen;
    }

    // Starts an import of path into store and kills it (SIGKILL) after delayMs, while it runs.
    void importAndKill(const QString& store, const QString& path, const QString& mode, int delayMs)
    {
        QProcess process;
        process.setProgram(QStringLiteral(TOKENDESK_CLI_PATH));
        process.setArguments({ QStringLiteral("--store"), QStringLiteral("sqlite:") + store,
                               QStringLiteral("--json"), QStringLiteral("import"), path,
                               QStringLiteral("--mode"), mode });
        process.start();
        QVERIFY(process.waitForStarted());
        QVERIFY2(!process.waitForFinished(delayMs),
                 "the import ended before it could be killed: use a bigger file");
        process.kill();
        QVERIFY(process.waitForFinished());
        QCOMPARE(process.exitStatus(), QProcess::CrashExit);
    }

    QString writeFile(const QString& name, const QByteArray& bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        file.open(QIODevice::WriteOnly);
        file.write(bytes);
        return path;
    }

private Q_SLOTS:
    void previewPrintsTheFileAsParsed()
    {
        const QString path
            = writeFile(QStringLiteral("p.csv"), "\xEF\xBB\xBFid;name\r\n0042;\"a;b\"\r\n;\"x\"\"y\"\r\n");
        const Run run
            = cli({ QStringLiteral("--json"), QStringLiteral("import"), path, QStringLiteral("--preview") });
        QCOMPARE(run.exitCode, 0);
        const QJsonObject json = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(json.value(QStringLiteral("header")).toArray(), QJsonArray({ "id", "name" }));
        QCOMPARE(json.value(QStringLiteral("rows")).toArray(),
                 QJsonArray({ QJsonArray({ "0042", "a;b" }), QJsonArray({ "", "x\"y" }) }));
        QCOMPARE(json.value(QStringLiteral("delimiter")).toString(), QStringLiteral(";"));
        QCOMPARE(json.value(QStringLiteral("encoding")).toString(), QStringLiteral("UTF-8"));

        const Run one = cli({ QStringLiteral("--json"), QStringLiteral("import"), path,
                              QStringLiteral("--preview"), QStringLiteral("--rows"), QStringLiteral("1"),
                              QStringLiteral("--delimiter"), QStringLiteral(",") });
        const QJsonObject forced = QJsonDocument::fromJson(one.out).object();
        QCOMPARE(forced.value(QStringLiteral("delimiter")).toString(), QStringLiteral(","));
        QCOMPARE(forced.value(QStringLiteral("rows")).toArray().size(), 1);
    }

    // Chinese and Japanese characters take two terminal columns each, a combining accent none:
    // every column of the preview table still starts at the same place on every line.
    void previewTableLinesUpWideCharacters()
    {
        const QString path = writeFile(QStringLiteral("wide.csv"),
                                       "identifier,authentication_code,udf_string_1\n"
                                       "\xE7\x8E\x8B\xE5\xB0\x8F\xE6\x98\x8E,C1,\xE6\x9D\xB1\xE4\xBA\xAC\n"
                                       "Ann,C2,Paris\n"
                                       "Jose\xCC\x81,C3,Le\xCC\x81on\n");
        const Run run = cli({ QStringLiteral("import"), path, QStringLiteral("--preview") });
        QCOMPARE(run.exitCode, 0);
        const QStringList lines = QString::fromUtf8(run.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        // The format line, the header, the rule and three rows.
        QCOMPARE(lines.size(), 6);
        auto columnOf = [](const QString& line, const QString& cell) {
            qsizetype columns = 0;
            const qsizetype at = line.indexOf(cell);
            for (qsizetype i = 0; i < at; ++i) {
                const QChar c = line.at(i);
                if (c.category() != QChar::Mark_NonSpacing)
                    columns += c.unicode() >= 0x3000 ? 2 : 1;
            }
            return columns;
        };
        const qsizetype code = columnOf(lines.at(1), QStringLiteral("authentication_code"));
        QCOMPARE(code, 12);
        QCOMPARE(columnOf(lines.at(3), QStringLiteral("C1")), code);
        QCOMPARE(columnOf(lines.at(4), QStringLiteral("C2")), code);
        QCOMPARE(columnOf(lines.at(5), QStringLiteral("C3")), code);
        QVERIFY2(lines.at(2).startsWith(QStringLiteral("----------  ------------------- ")),
                 qPrintable(lines.at(2)));
    }

    // How the file is read is said before the import; a first line taken for a header on its
    // looks alone (no cell names a field) may be a token, and the way to import it is named.
    void aGuessedHeaderThatNamesNoFieldIsPointedOut()
    {
        removeStore();
        const QString rows = writeFile(QStringLiteral("printer.csv"),
                                       "AC-1,user1@example.org,pw1,\xce\x86\xce\xbd\xce\xbd\xce\xb1\n"
                                       "AC-2,,,M\nAC-3,user3@example.org,pw3,\n");
        const QStringList maps = { QStringLiteral("--map"), QStringLiteral("1=authentication_code"),
                                   QStringLiteral("--map"), QStringLiteral("2=identifier"),
                                   QStringLiteral("--map"), QStringLiteral("3=pass_code"),
                                   QStringLiteral("--map"), QStringLiteral("4=udf_string_1") };
        // The fourth column left out: it is named by place, its cell in the first line not repeated.
        const Run guessed = cli(QStringList { QStringLiteral("import"), rows } + maps.mid(0, 6));
        QVERIFY2(guessed.err.startsWith("Encoding UTF-8, delimiter \",\", with a header\n"),
                 guessed.err.constData());
        QVERIFY2(guessed.err.contains("if it holds a token, import with --header no"),
                 guessed.err.constData());
        QVERIFY2(guessed.err.contains("Not imported: column 4 ("), guessed.err.constData());
        QVERIFY2(!guessed.err.contains("pw1") && !guessed.err.contains("\xce\x86"), guessed.err.constData());

        removeStore();
        const Run told = cli(QStringList { QStringLiteral("--json"), QStringLiteral("import"), rows,
                                           QStringLiteral("--header"), QStringLiteral("no") }
                             + maps);
        QCOMPARE(told.exitCode, 0);
        const QJsonObject summary = QJsonDocument::fromJson(told.out).object();
        QCOMPARE(summary.value(QStringLiteral("imported")).toInt(), 3);
        QCOMPARE(summary.value(QStringLiteral("header")).toBool(), false);
        QCOMPARE(summary.value(QStringLiteral("encoding")).toString(), QStringLiteral("UTF-8"));
        QCOMPARE(summary.value(QStringLiteral("delimiter")).toString(), QStringLiteral(","));

        // A header that names its fields needs no such word.
        removeStore();
        const Run named = cli({ QStringLiteral("import"),
                                writeFile(QStringLiteral("named.csv"), "authentication_code,note\nN1,x\n") });
        QVERIFY2(!named.err.contains("--header no"), named.err.constData());
    }

    // A column no token field was found for is named before the import, not left out in silence.
    void columnsLeftOutAreNamed()
    {
        removeStore();
        const QString path = writeFile(QStringLiteral("partner.csv"),
                                       "authentication_code,Kartennummer,udf_string_1,\nK1,4111,a,x\n");
        const Run run = cli({ QStringLiteral("import"), path });
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(
            run.err.contains("Not imported: Kartennummer, column 4 (map a column with --map COLUMN=FIELD)"),
            run.err.constData());

        removeStore();
        const Run json = cli({ QStringLiteral("--json"), QStringLiteral("import"), path });
        QCOMPARE(json.exitCode, 0);
        QCOMPARE(
            QJsonDocument::fromJson(json.out).object().value(QStringLiteral("ignored_columns")).toArray(),
            QJsonArray({ QJsonObject { { "column", 2 }, { "header", "Kartennummer" } },
                         QJsonObject { { "column", 4 }, { "header", QJsonValue() } } }));

        removeStore();
        const Run mapped = cli({ QStringLiteral("import"), path, QStringLiteral("--map"),
                                 QStringLiteral("Kartennummer=card_masked_number"), QStringLiteral("--map"),
                                 QStringLiteral("4=udf_string_2") });
        QCOMPARE(mapped.exitCode, 0);
        QVERIFY2(!mapped.err.contains("Not imported"), mapped.err.constData());
        removeStore();
    }

    void refusedAtomicImportSaysToImportTheWholeFileAgain()
    {
        const QString path
            = writeFile(QStringLiteral("atomic.csv"), "auth_code,udf_float_1\nA1,1\nA2,abc\nA3,3\n");
        const QString rejects = m_dir.filePath(QStringLiteral("atomic-refused.csv"));
        Run run = cli({ QStringLiteral("import"), path, QStringLiteral("--rejects"), rejects });
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.out.contains("Nothing was imported")
                     && run.out.contains(QByteArray(QByteArray("fix them in ") + path.toUtf8())),
                 run.out.constData());

        run = cli({ QStringLiteral("--json"), QStringLiteral("import"), path, QStringLiteral("--dry-run") });
        QCOMPARE(run.exitCode, 1);
        const QJsonObject summary = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(summary.value(QStringLiteral("dry_run")).toBool(), true);
        QCOMPARE(summary.value(QStringLiteral("imported")).toInt(), 2);
        QCOMPARE(summary.value(QStringLiteral("rejected")).toInt(), 1);
        // Said as the wizard says it; a dry run writes nothing to the store, and only its refused
        // rows to a file when asked to.
        run = cli({ QStringLiteral("import"), path, QStringLiteral("--dry-run") });
        QVERIFY2(
            run.out.contains("Dry run: 2 would be created, 0 updated, 0 unchanged, 0 skipped (no values), "
                             "1 rejected; nothing was written to the store."),
            run.out.constData());
    }

    void importExportAndExitStatus()
    {
        const QString good
            = writeFile(QStringLiteral("good.csv"), "auth_code,udf_string_1\n0001,a\n0002,b\n");
        Run run = cli({ QStringLiteral("--json"), QStringLiteral("import"), good });
        QCOMPARE(run.exitCode, 0);
        QJsonObject summary = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(summary.value(QStringLiteral("imported")).toInt(), 2);
        QCOMPARE(summary.value(QStringLiteral("updated")).toInt(), 0);
        QCOMPARE(summary.value(QStringLiteral("rejected")).toInt(), 0);
        QVERIFY(summary.contains(QStringLiteral("seconds")));

        const QString mixed
            = writeFile(QStringLiteral("mixed.csv"), "code,note\n0001,changed\n0003,new\n0004,\"x\",y\n");
        const QString rejects = m_dir.filePath(QStringLiteral("rejects.csv"));
        run = cli({ QStringLiteral("--json"), QStringLiteral("import"), mixed, QStringLiteral("--map"),
                    QStringLiteral("code=authentication_code"), QStringLiteral("--map"),
                    QStringLiteral("2=udf_string_1"), QStringLiteral("--mode"),
                    QStringLiteral("skip-invalid"), QStringLiteral("--upsert-by"),
                    QStringLiteral("authentication_code"), QStringLiteral("--rejects"), rejects });
        QCOMPARE(run.exitCode, 1);
        summary = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(summary.value(QStringLiteral("imported")).toInt(), 1);
        QCOMPARE(summary.value(QStringLiteral("updated")).toInt(), 1);
        QCOMPARE(summary.value(QStringLiteral("rejected")).toInt(), 1);
        // The refused row is in the summary, so both outputs stay JSON.
        const QJsonArray errors = summary.value(QStringLiteral("errors")).toArray();
        QCOMPARE(errors.size(), 1);
        QCOMPARE(errors.at(0).toObject().value(QStringLiteral("line")).toInt(), 4);
        QVERIFY(run.err.isEmpty());
        QCOMPARE(summary.value(QStringLiteral("dry_run")).toBool(), false);
        QVERIFY(QFile::exists(rejects));

        const QString exported = m_dir.filePath(QStringLiteral("out.csv"));
        run = cli({ QStringLiteral("export"), exported, QStringLiteral("--columns"),
                    QStringLiteral("authentication_code,udf_string_1") });
        QCOMPARE(run.exitCode, 0);
        QFile file(exported);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(),
                 QByteArray("authentication_code,udf_string_1\r\n0001,changed\r\n0002,b\r\n0003,new\r\n"));

        run = cli(
            { QStringLiteral("export"), exported, QStringLiteral("--columns"), QStringLiteral("pass_code") });
        QCOMPARE(run.exitCode, 2);
    }

    void exportForExcelStartsWithAByteOrderMarkAndImportsAgain()
    {
        removeStore();
        const QString greek = writeFile(QStringLiteral("greek.csv"),
                                        "authentication_code,udf_string_1\nG1,Λεμεσός\nG2,Πάφος\n");
        QCOMPARE(cli({ QStringLiteral("import"), greek }).exitCode, 0);
        const QString exported = m_dir.filePath(QStringLiteral("excel.csv"));
        Run run = cli({ QStringLiteral("export"), exported, QStringLiteral("--bom"),
                        QStringLiteral("--columns"), QStringLiteral("authentication_code,udf_string_1") });
        QCOMPARE(run.exitCode, 0);
        QFile file(exported);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(),
                 QByteArray("\xEF\xBB\xBF")
                     + QStringLiteral("authentication_code,udf_string_1\r\nG1,Λεμεσός\r\nG2,"
                                      "Πάφος\r\n")
                           .toUtf8());

        // The mark is not part of the first column's name: the file maps and imports as it is.
        removeStore();
        run = cli({ QStringLiteral("--json"), QStringLiteral("import"), exported });
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(run.out).object().value(QStringLiteral("imported")).toInt(), 2);
        run = cli({ QStringLiteral("export"), QStringLiteral("-"), QStringLiteral("--columns"),
                    QStringLiteral("udf_string_1") });
        QCOMPARE(QString::fromUtf8(run.out), QStringLiteral("udf_string_1\r\nΛεμεσός\r\nΠάφος\r\n"));
    }

    // A first load (an atomic import into an empty store) is written with a rollback journal. Killed
    // in the middle, it leaves that journal behind; the next program to open the store rolls it
    // back, and TokenDesk puts the store in WAL mode again.
    void killedFirstLoadLeavesTheStoreAsItWas()
    {
        constexpr int rows = 400000;
        QByteArray bytes = "authentication_code,udf_string_1\n";
        for (int i = 0; i < rows; ++i)
            bytes += "FL" + QByteArray::number(i) + ",first load\n";
        const QString path = writeFile(QStringLiteral("first-load.csv"), bytes);
        const QString store = m_dir.filePath(QStringLiteral("first-load.sqlite"));
        QCOMPARE(
            cli({ QStringLiteral("--store"), QStringLiteral("sqlite:") + store, QStringLiteral("imports") })
                .exitCode,
            0);

        importAndKill(store, path, QStringLiteral("atomic"),
                      2000 + QRandomGenerator::global()->bounded(1000));
        QVERIFY2(QFile::exists(store + QStringLiteral("-journal")), "the import was not in its rows");
        const Inspection seen = inspect(store);
        QCOMPARE(seen.integrity, QStringLiteral("ok"));
        QCOMPARE(seen.tokens, qint64(0));
        QCOMPARE(seen.imports, qint64(0));

        QCOMPARE(
            cli({ QStringLiteral("--store"), QStringLiteral("sqlite:") + store, QStringLiteral("imports") })
                .exitCode,
            0);
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("mode"));
        db.setDatabaseName(store);
        QVERIFY(db.open());
        {
            QSqlQuery mode(QStringLiteral("PRAGMA journal_mode"), db);
            QVERIFY(mode.next());
            QCOMPARE(mode.value(0).toString(), QStringLiteral("wal"));
        }
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("mode"));
    }

    void killedImportLeavesWholeTransactionsOnly()
    {
        constexpr int rows = 60000;
        // Rows whose pass codes are hashed go a few per core to a batch (and to a transaction).
        const int batch = qMin(1000, 32 * QThread::idealThreadCount());
        QByteArray bytes = "identifier,pin,authentication_code,udf_string_1\n";
        for (int i = 0; i < rows; ++i)
            bytes += "user" + QByteArray::number(i) + "@example.org,pw" + QByteArray::number(i) + ",AC"
                + QByteArray::number(i) + ",row\n";
        const QString path = writeFile(QStringLiteral("big.csv"), bytes);
        const QString store = m_dir.filePath(QStringLiteral("killed.sqlite"));
        // The store exists before the first kill, with a cheap hash: the test is about the import.
        QCOMPARE(cli({ QStringLiteral("--store"), QStringLiteral("sqlite:") + store, QStringLiteral("config"),
                       QStringLiteral("set"), QStringLiteral("pass_code_hash.iterations=1"),
                       QStringLiteral("pass_code_hash.memory_kib=8") })
                     .exitCode,
                 0);

        QRandomGenerator* random = QRandomGenerator::global();
        for (int attempt = 0; attempt < 3; ++attempt) {
            const int delay = 300 + random->bounded(1200);
            importAndKill(store, path, QStringLiteral("atomic"), delay);
            const Inspection seen = inspect(store);
            QCOMPARE(seen.integrity, QStringLiteral("ok"));
            QCOMPARE(seen.tokens, qint64(0));
            QCOMPARE(seen.imports, qint64(0));
        }

        importAndKill(store, path, QStringLiteral("skip-invalid"), 300 + random->bounded(1200));
        Inspection seen = inspect(store);
        QCOMPARE(seen.integrity, QStringLiteral("ok"));
        QVERIFY2(seen.tokens % batch == 0, qPrintable(QString::number(seen.tokens)));
        QVERIFY(seen.tokens < rows);
        QCOMPARE(seen.imports, qint64(1));
        // Its record no longer claims to be running: the process that wrote it is gone.
        const Run listed = cli({ QStringLiteral("--store"), QStringLiteral("sqlite:") + store,
                                 QStringLiteral("--json"), QStringLiteral("imports") });
        QCOMPARE(QJsonDocument::fromJson(listed.out)
                     .array()
                     .first()
                     .toObject()
                     .value(QStringLiteral("status"))
                     .toString(),
                 QStringLiteral("interrupted"));

        const Run resumed = cli({ QStringLiteral("--store"), QStringLiteral("sqlite:") + store,
                                  QStringLiteral("--json"), QStringLiteral("import"), path,
                                  QStringLiteral("--upsert-by"), QStringLiteral("identifier") });
        QVERIFY2(resumed.exitCode == 0, resumed.err.left(2000).constData());
        const QJsonObject summary = QJsonDocument::fromJson(resumed.out).object();
        QCOMPARE(summary.value(QStringLiteral("updated")).toInteger(), seen.tokens);
        QCOMPARE(summary.value(QStringLiteral("imported")).toInteger(), rows - seen.tokens);
        seen = inspect(store);
        QCOMPARE(seen.integrity, QStringLiteral("ok"));
        QCOMPARE(seen.tokens, qint64(rows));
        QCOMPARE(seen.distinctIdentifiers, qint64(rows));
    }

    // Undo counts in words a person reads: one token, not "1 tokens".
    void undoingOneTokenSaysSo()
    {
        QCOMPARE(cli({ QStringLiteral("import"),
                       writeFile(QStringLiteral("one.csv"), "authentication_code\nONE1\n") })
                     .exitCode,
                 0);
        const Run listed = cli({ QStringLiteral("--json"), QStringLiteral("imports") });
        const QString id = QString::number(QJsonDocument::fromJson(listed.out)
                                               .array()
                                               .first()
                                               .toObject()
                                               .value(QStringLiteral("id"))
                                               .toInteger());
        const Run run = cli({ QStringLiteral("import"), QStringLiteral("--undo"), id });
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out.trimmed(),
                 QStringLiteral("Import %1 undone: 1 token deleted, 0 restored.").arg(id).toUtf8());
    }

    void importsAreListedAndUndone()
    {
        Run run = cli({ QStringLiteral("--json"), QStringLiteral("import"),
                        writeFile(QStringLiteral("h.csv"), "authentication_code\nH1\nH2\n") });
        QCOMPARE(run.exitCode, 0);
        run = cli({ QStringLiteral("--json"), QStringLiteral("imports") });
        QCOMPARE(run.exitCode, 0);
        const QJsonArray records = QJsonDocument::fromJson(run.out).array();
        QVERIFY(!records.isEmpty());
        const QJsonObject latest = records.first().toObject();
        QCOMPARE(latest.value(QStringLiteral("file")).toString(), QStringLiteral("h.csv"));
        QCOMPARE(latest.value(QStringLiteral("created")).toInt(), 2);
        QCOMPARE(latest.value(QStringLiteral("status")).toString(), QStringLiteral("completed"));
        const QString id = QString::number(latest.value(QStringLiteral("id")).toInteger());

        const QString h1 = QStringLiteral("authentication_code:H1");
        QCOMPARE(cli({ QStringLiteral("show"), h1 }).exitCode, 0);
        run = cli({ QStringLiteral("import"), QStringLiteral("--undo"), id });
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out.trimmed(),
                 QStringLiteral("Import %1 undone: 2 tokens deleted, 0 restored.").arg(id).toUtf8());
        QCOMPARE(cli({ QStringLiteral("show"), h1 }).exitCode, 1);
        run = cli({ QStringLiteral("--json"), QStringLiteral("imports") });
        QCOMPARE(QJsonDocument::fromJson(run.out)
                     .array()
                     .first()
                     .toObject()
                     .value(QStringLiteral("status"))
                     .toString(),
                 QStringLiteral("undone"));
        QCOMPARE(cli({ QStringLiteral("import"), QStringLiteral("--undo"), id }).exitCode, 1);
        QCOMPARE(cli({ QStringLiteral("import"), QStringLiteral("--undo"), QStringLiteral("x") }).exitCode,
                 2);

        // The same file once more, as updates of what it made: its record counts every row as
        // unchanged, and so does the listing.
        const QString again = writeFile(QStringLiteral("h2.csv"), "authentication_code,udf_string_1\nH3,x\n");
        QCOMPARE(cli({ QStringLiteral("import"), again }).exitCode, 0);
        cli({ QStringLiteral("import"), again, QStringLiteral("--upsert-by"),
              QStringLiteral("authentication_code") });
        run = cli({ QStringLiteral("--json"), QStringLiteral("imports") });
        const QJsonObject repeated = QJsonDocument::fromJson(run.out).array().first().toObject();
        QCOMPARE(repeated.value(QStringLiteral("unchanged")).toInt(), 1);
        QCOMPARE(repeated.value(QStringLiteral("created")).toInt(), 0);
        run = cli({ QStringLiteral("imports") });
        QVERIFY2(run.out.contains("Unchanged"), run.out.constData());
    }

    void usageErrors()
    {
        const QString path = writeFile(QStringLiteral("u.csv"), "a\n1\n");
        QCOMPARE(
            cli({ QStringLiteral("import"), path, QStringLiteral("--mode"), QStringLiteral("sometimes") })
                .exitCode,
            2);
        QCOMPARE(cli({ QStringLiteral("import"), path, QStringLiteral("--map"), QStringLiteral("a=nothing") })
                     .exitCode,
                 2);
        QCOMPARE(cli({ QStringLiteral("import") }).exitCode, 2);
        const Run missing = cli({ QStringLiteral("import"), m_dir.filePath(QStringLiteral("none.csv")) });
        QCOMPARE(missing.exitCode, 1);
    }

    void usageLineNamesEveryOption()
    {
        const Run help = cli({ QStringLiteral("import"), QStringLiteral("--help") });
        QCOMPARE(help.exitCode, 0);
        const QString text = QString::fromUtf8(help.out);
        const QString usage = text.section(QLatin1Char('\n'), 0, 0);
        QVERIFY2(usage.startsWith(QLatin1String("Usage:")), qPrintable(text));
        // --undo is a command of its own ("import --undo ID"), listed as such in the general help.
        const QRegularExpression option(QStringLiteral("^  (--[a-z-]+)"),
                                        QRegularExpression::MultilineOption);
        int options = 0;
        for (const QRegularExpressionMatch& match : option.globalMatch(text)) {
            ++options;
            if (match.captured(1) != QLatin1String("--undo"))
                QVERIFY2(usage.contains(QLatin1Char('[') + match.captured(1)),
                         qPrintable(match.captured(1) + QLatin1String(" is not in: ") + usage));
        }
        QVERIFY2(options >= 10, qPrintable(text));
    }
};

QTEST_GUILESS_MAIN(TestImportCli)
#include "TestImportCli.moc"
