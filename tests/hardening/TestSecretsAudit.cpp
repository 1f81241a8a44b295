// The secrets audit of issue 8: a whole working session through the real tokendesk-cli, with Qt's
// debug logging switched on, and then a search of everything TokenDesk wrote for every secret
// used: pass codes given and generated, the verification code, the one-time password, the CRM.COM
// password and its session tokens. Each is looked for as text, base64 and hex.
//
// The one place a generated secret may appear is the standard output of the command that issued
// it: it is printed there once, by design, for the person to hand on.
#include "CliRunner.h"
#include "CrmSimProcess.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>
#include <algorithm>

namespace {
struct Capture
{
    QString what;
    QByteArray bytes;
};

QList<QByteArray> encodings(const QByteArray& secret)
{
    return { secret,
             secret.toBase64(),
             secret.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals),
             secret.toBase64(QByteArray::OmitTrailingEquals),
             secret.toHex(),
             secret.toHex().toUpper() };
}
} // namespace

class TestSecretsAudit : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        QVERIFY(m_inputs.isValid());
        const QString home = m_home.path();
        m_cli = std::make_unique<CliRunner>(home, QStringLiteral("sqlite:%1/data/audit.sqlite").arg(home));
        for (const auto& [name, folder] :
             { std::pair { "XDG_CACHE_HOME", "/cache" }, std::pair { "XDG_STATE_HOME", "/state" },
               std::pair { "XDG_RUNTIME_DIR", "/runtime" } }) {
            QDir().mkpath(home + QLatin1String(folder));
            m_cli->setEnvironment(QLatin1String(name), home + QLatin1String(folder));
        }
        QFile::setPermissions(home + QStringLiteral("/runtime"),
                              QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        m_cli->setEnvironment(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("*.debug=true"));
    }

    void fullSessionLeavesNoSecretBehind()
    {
        localStoreSession();
        if (QTest::currentTestFailed())
            return;
        crmSession();
        if (QTest::currentTestFailed())
            return;
        importAndExport();
        if (QTest::currentTestFailed())
            return;

        QList<Capture> written = m_outputs;
        QDirIterator files(m_home.path(), QDir::Files | QDir::Hidden | QDir::System,
                           QDirIterator::Subdirectories);
        int fileCount = 0;
        while (files.hasNext()) {
            const QString path = files.next();
            QFile file(path);
            QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
            written.append({ path, file.readAll() });
            qInfo("searching %s (%lld bytes)", qPrintable(path), qlonglong(written.last().bytes.size()));
            ++fileCount;
        }
        // The store, the export and the rejects file at least (the CLI keeps its settings in the store).
        QVERIFY2(fileCount >= 3, qPrintable(QString::number(fileCount)));
        QVERIFY(m_secrets.size() >= 10);

        // A six-digit code can turn up inside a token number ("AT0000000001" holds "000001") or a
        // 32-digit id: codes made of digits alone are looked for with those taken out.
        static const QRegularExpression numbersAndIds(QStringLiteral("AT[0-9]{10}|[0-9A-F]{32}"));
        QList<QByteArray> withoutNumbers;
        for (const Capture& capture : std::as_const(written))
            withoutNumbers.append(
                QString::fromLatin1(capture.bytes).replace(numbersAndIds, QStringLiteral("_")).toLatin1());
        QStringList leaks;
        for (const QByteArray& secret : std::as_const(m_secrets)) {
            const bool digitsOnly
                = std::all_of(secret.cbegin(), secret.cend(), [](char c) { return c >= '0' && c <= '9'; });
            for (const QByteArray& encoded : encodings(secret)) {
                for (qsizetype i = 0; i < written.size(); ++i) {
                    const Capture& capture = written.at(i);
                    if ((digitsOnly ? withoutNumbers.at(i) : capture.bytes).contains(encoded))
                        leaks.append(
                            QStringLiteral("%1 (as %2) in %3")
                                .arg(QString::fromUtf8(secret), QString::fromUtf8(encoded), capture.what));
                }
            }
        }
        QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(QLatin1Char('\n'))));
    }

private:
    // Runs a command whose output must hold no secret.
    CliRun quiet(const QStringList& arguments)
    {
        const CliRun run = m_cli->json(arguments);
        m_outputs.append(
            { arguments.join(QLatin1Char(' ')) + QStringLiteral(" (stdout)"), run.out.toUtf8() });
        m_outputs.append(
            { arguments.join(QLatin1Char(' ')) + QStringLiteral(" (stderr)"), run.err.toUtf8() });
        return run;
    }
    // Runs a command that prints one generated secret, once: its stdout is the secret's hand-over.
    CliRun issuing(const QStringList& arguments)
    {
        const CliRun run = m_cli->json(arguments);
        m_outputs.append(
            { arguments.join(QLatin1Char(' ')) + QStringLiteral(" (stderr)"), run.err.toUtf8() });
        return run;
    }
    void secret(const QString& text)
    {
        QVERIFY(!text.isEmpty());
        m_secrets.append(text.toUtf8());
    }

    void localStoreSession()
    {
        CliRun run = quiet({ QStringLiteral("config"), QStringLiteral("set"),
                             QStringLiteral("pass_code_hash.iterations=1"),
                             QStringLiteral("pass_code_hash.memory_kib=8") });
        QVERIFY2(run.exitCode == 0, run.describe());

        const QString given = QStringLiteral("Gv7!kQ-audit-pass-41");
        secret(given);
        run = quiet({ QStringLiteral("create"), QStringLiteral("--identifier"),
                      QStringLiteral("audit@example.org"), QStringLiteral("--pass-code"), given,
                      QStringLiteral("--authentication-code"), QStringLiteral("AUDIT-1") });
        QVERIFY2(run.exitCode == 0, run.describe());
        run = quiet({ QStringLiteral("show"), QStringLiteral("identifier:audit@example.org"),
                      QStringLiteral("--pass-code"), given });
        QVERIFY2(run.exitCode == 0, run.describe());

        run = issuing({ QStringLiteral("reset-pass-code"), QStringLiteral("authentication_code:AUDIT-1") });
        QVERIFY2(run.exitCode == 0, run.describe());
        const QString reset = run.object().value(QStringLiteral("random_pass_code")).toString();
        secret(reset);
        run = quiet({ QStringLiteral("change-pass-code"), QStringLiteral("identifier:audit@example.org"),
                      QStringLiteral("--current-pass-code"), reset, QStringLiteral("--pass-code"),
                      QStringLiteral("Zt3#changed-audit-77") });
        QVERIFY2(run.exitCode == 0, run.describe());
        secret(QStringLiteral("Zt3#changed-audit-77"));

        run = issuing({ QStringLiteral("generate-otp"), QStringLiteral("authentication_code:AUDIT-1") });
        QVERIFY2(run.exitCode == 0, run.describe());
        secret(run.object().value(QStringLiteral("one_time_password")).toString());

        run = quiet({ QStringLiteral("config"), QStringLiteral("set"),
                      QStringLiteral("verification_required=true") });
        QVERIFY2(run.exitCode == 0, run.describe());
        run = issuing(
            { QStringLiteral("create"), QStringLiteral("--authentication-code"), QStringLiteral("AUDIT-2") });
        QVERIFY2(run.exitCode == 0, run.describe());
        const QString verification = run.object().value(QStringLiteral("verification_code")).toString();
        secret(verification);
        run = quiet({ QStringLiteral("verify"), QStringLiteral("authentication_code:AUDIT-2"),
                      QStringLiteral("--verification-code"), verification });
        QVERIFY2(run.exitCode == 0, run.describe());
        run = quiet({ QStringLiteral("config"), QStringLiteral("set"),
                      QStringLiteral("verification_required=false") });
        QVERIFY2(run.exitCode == 0, run.describe());
    }

    void crmSession()
    {
        const QString password = QStringLiteral("Crm-Pw9%audit-session");
        secret(password);
        CrmSimProcess sim({ QStringLiteral("--password"), password });
        QVERIFY(sim.start());
        const QString localStore = QStringLiteral("sqlite:%1/data/audit.sqlite").arg(m_home.path());
        m_cli->setStore(sim.storeUrl().toString());
        m_cli->setEnvironment(QStringLiteral("TOKENDESK_PASSWORD"), password);

        const QString passCode = QStringLiteral("Crm-Pc5&audit-token");
        secret(passCode);
        CliRun run
            = quiet({ QStringLiteral("create"), QStringLiteral("--identifier"),
                      QStringLiteral("crm-audit@example.org"), QStringLiteral("--pass-code"), passCode });
        QVERIFY2(run.exitCode == 0, run.describe());
        run = quiet({ QStringLiteral("show"), QStringLiteral("identifier:crm-audit@example.org"),
                      QStringLiteral("--pass-code"), passCode });
        QVERIFY2(run.exitCode == 0, run.describe());
        run = quiet({ QStringLiteral("list"), QStringLiteral("--not-associated"), QStringLiteral("--limit"),
                      QStringLiteral("5") });
        QVERIFY2(run.exitCode == 0, run.describe());

        // The sessions the server handed out are secrets too.
        QSet<QString> sessions;
        const QJsonArray requests = sim.takeRequests();
        for (const QJsonValue& value : requests) {
            const QJsonObject request = value.toObject();
            const QString token
                = request.value(QStringLiteral("body")).toObject().value(QStringLiteral("token")).toString();
            if (!token.isEmpty())
                sessions.insert(token);
            const QRegularExpressionMatch match
                = QRegularExpression(QStringLiteral("(?:^|&)token=([^&]+)"))
                      .match(request.value(QStringLiteral("query")).toString());
            if (match.hasMatch())
                sessions.insert(QUrl::fromPercentEncoding(match.captured(1).toLatin1()));
        }
        QVERIFY2(!sessions.isEmpty(), "the CLI sent no session token");
        for (const QString& session : std::as_const(sessions))
            secret(session);

        m_cli->setEnvironment(QStringLiteral("TOKENDESK_PASSWORD"), QString());
        m_cli->setStore(localStore);
    }

    void importAndExport()
    {
        const QStringList codes { QStringLiteral("Imp-Pc1!audit-row-a"),
                                  QStringLiteral("Imp-Pc2!audit-row-b"),
                                  QStringLiteral("Imp-Pc3!audit-rejected"),
                                  QStringLiteral("Imp-Pc4!audit-misaligned") };
        for (const QString& code : codes)
            secret(code);
        // The third row is refused (its identifier is taken) and the fourth has a cell too many:
        // both go to the rejects file.
        const QString csv = m_inputs.filePath(QStringLiteral("tokens.csv"));
        QFile file(csv);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QStringLiteral("identifier,pass_code,authentication_code\n"
                                  "import-a@example.org,%1,IMP-A\n"
                                  "import-b@example.org,%2,IMP-B\n"
                                  "audit@example.org,%3,IMP-C\n"
                                  "import-d@example.org,%4,IMP-D,extra\n")
                       .arg(codes.at(0), codes.at(1), codes.at(2), codes.at(3))
                       .toUtf8());
        file.close();

        const QString rejects = m_home.filePath(QStringLiteral("rejects.csv"));
        CliRun run = quiet({ QStringLiteral("import"), csv, QStringLiteral("--mode"),
                             QStringLiteral("skip-invalid"), QStringLiteral("--rejects"), rejects });
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(run.object().value(QStringLiteral("imported")).toInt(), 2);
        QCOMPARE(run.object().value(QStringLiteral("rejected")).toInt(), 2);
        QVERIFY(QFile::exists(rejects));
        run = quiet({ QStringLiteral("show"), QStringLiteral("identifier:import-b@example.org"),
                      QStringLiteral("--pass-code"), codes.at(1) });
        QVERIFY2(run.exitCode == 0, run.describe());

        run = quiet({ QStringLiteral("export"), m_home.filePath(QStringLiteral("export.csv")) });
        QVERIFY2(run.exitCode == 0, run.describe());
        QVERIFY(QFile::exists(m_home.filePath(QStringLiteral("export.csv"))));
    }

    QTemporaryDir m_home;
    QTemporaryDir m_inputs;
    std::unique_ptr<CliRunner> m_cli;
    QList<QByteArray> m_secrets;
    QList<Capture> m_outputs;
};

QTEST_GUILESS_MAIN(TestSecretsAudit)
#include "TestSecretsAudit.moc"
