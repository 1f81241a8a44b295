// Identifiers, custom field names and values that carry quotes, SQL, control characters and
// right-to-left marks, through the real tokendesk-cli on a SQLite store: each is stored and shown
// back exactly (the --json output), or refused with an error that names the field.
#include "CliRunner.h"

#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

namespace {
const QString rtl = QString(QChar(0x200F));
const QString rtlOverride = QString(QChar(0x202E));
} // namespace

class TestHostileValues : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_cli = std::make_unique<CliRunner>(m_dir.path(),
                                            QStringLiteral("sqlite:%1/hostile.sqlite").arg(m_dir.path()));
        const CliRun set = m_cli->run(
            { QStringLiteral("config"), QStringLiteral("set"), QStringLiteral("identifier.format=FREE_TEXT"),
              QStringLiteral("pass_code_hash.iterations=1"), QStringLiteral("pass_code_hash.memory_kib=8") });
        QVERIFY2(set.exitCode == 0, set.describe());
    }

    void storedAndShownExactly_data()
    {
        QTest::addColumn<QString>("identifier");
        QTest::addColumn<QString>("customName");
        QTest::addColumn<QString>("customValue");
        QTest::newRow("quotes") << QStringLiteral("o'brien \"the\" `x`") << QStringLiteral("it's \"q\"")
                                << QStringLiteral("'; \"\\ \\\\");
        QTest::newRow("sql") << QStringLiteral("x'); DROP TABLE access_tokens;--")
                             << QStringLiteral("x\" OR 1; DROP TABLE custom_fields; --")
                             << QStringLiteral("1; DELETE FROM access_tokens WHERE 1=1; --");
        QTest::newRow("like wildcards")
            << QStringLiteral("100%_off\\") << QStringLiteral("%") << QStringLiteral("_");
        QTest::newRow("right-to-left") << QStringLiteral("abc") + rtl + QStringLiteral("def") + rtlOverride
                                       << rtl + QStringLiteral("שם") << QStringLiteral("قيمة") + rtlOverride;
        QTest::newRow("control characters in a custom value")
            << QStringLiteral("ctl-value") << QStringLiteral("memo")
            << QStringLiteral("tab\there\nnew line\r\x01\x1f end");
        QTest::newRow("unicode") << QStringLiteral("Zoë Ωμέγα 😀 ﷽") << QStringLiteral("ñame 😀")
                                 << QStringLiteral("\u00a0non-breaking\u2028line separator");
    }

    void storedAndShownExactly()
    {
        QFETCH(QString, identifier);
        QFETCH(QString, customName);
        QFETCH(QString, customValue);
        const QString passCode = QStringLiteral("P4ss'\"; --") + rtl;
        CliRun run = m_cli->json({ QStringLiteral("create"), QStringLiteral("--identifier"), identifier,
                                   QStringLiteral("--pass-code"), passCode, QStringLiteral("--custom"),
                                   customName + QLatin1Char('=') + customValue });
        QVERIFY2(run.exitCode == 0, run.describe());
        const QString number = run.object().value(QStringLiteral("number")).toString();

        run = m_cli->json({ QStringLiteral("show"), QStringLiteral("identifier:") + identifier,
                            QStringLiteral("--pass-code"), passCode });
        QVERIFY2(run.exitCode == 0, run.describe());
        const QJsonObject token = run.object();
        QCOMPARE(token.value(QStringLiteral("number")).toString(), number);
        QCOMPARE(token.value(QStringLiteral("identifier")).toString(), identifier);
        const QJsonObject custom = token.value(QStringLiteral("custom_fields")).toObject();
        QCOMPARE(custom.keys(), QStringList { customName });
        QCOMPARE(custom.value(customName).toString(), customValue);

        // Searching for the text finds this token and no other.
        run = m_cli->json({ QStringLiteral("list"), QStringLiteral("--search"), identifier });
        QVERIFY2(run.exitCode == 0, run.describe());
        const QJsonArray found = run.array();
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().toObject().value(QStringLiteral("identifier")).toString(), identifier);
    }

    void refusedWithAClearError_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("reason");
        QTest::newRow("identifier with a line break")
            << QStringList { QStringLiteral("--identifier"), QStringLiteral("two\nlines") }
            << QStringLiteral("identifier") << QStringLiteral("line break");
        QTest::newRow("identifier with an escape")
            << QStringList { QStringLiteral("--identifier"), QStringLiteral("esc\x1b[31mred") }
            << QStringLiteral("identifier") << QStringLiteral("control character");
        QTest::newRow("custom field name with a tab")
            << QStringList { QStringLiteral("--authentication-code"), QStringLiteral("CTL-NAME"),
                             QStringLiteral("--custom"), QStringLiteral("na\tme=v") }
            << QStringLiteral("custom_fields") << QStringLiteral("control character");
    }

    void refusedWithAClearError()
    {
        QFETCH(QStringList, options);
        QFETCH(QString, field);
        QFETCH(QString, reason);
        const CliRun run = m_cli->json(QStringList { QStringLiteral("create") } + options);
        QCOMPARE(run.exitCode, 1);
        const QJsonObject error = run.error();
        QCOMPARE(error.value(QStringLiteral("code")).toString(), QStringLiteral("VALIDATION"));
        QVERIFY2(run.err.contains(field) && run.err.contains(reason), run.describe());
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<CliRunner> m_cli;
};

QTEST_GUILESS_MAIN(TestHostileValues)
#include "TestHostileValues.moc"
