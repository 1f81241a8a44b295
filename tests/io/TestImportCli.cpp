#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

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
        QVERIFY(run.err.contains("line 4"));
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
};

QTEST_GUILESS_MAIN(TestImportCli)
#include "TestImportCli.moc"
