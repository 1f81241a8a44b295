#include "CliRunner.h"

#include <QSet>
#include <QTemporaryDir>
#include <QTest>

// Configuration, the directory of accounts and participants, and demo data through tokendesk-cli.
class TestCliDirectory : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void configShowAndSet();
    void configSetIsAllOrNothing();
    void configSetUnknownKey();
    void accounts();
    void participants();
    void unknownAccountRefused();
    void demoData();
    void demoIsDeterministic();

private:
    QString newStore();

    QTemporaryDir m_dir;
    int m_stores = 0;
    std::unique_ptr<CliRunner> m_cli;
};

namespace {
QMap<QString, QString> keyValues(const QString& text)
{
    QMap<QString, QString> map;
    for (const QString& line : text.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        const qsizetype equals = line.indexOf(QLatin1Char('='));
        map.insert(line.left(equals), line.mid(equals + 1));
    }
    return map;
}
} // namespace

void TestCliDirectory::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_cli = std::make_unique<CliRunner>(m_dir.path(), QString());
}

void TestCliDirectory::init()
{
    m_cli->setStore(newStore());
}

QString TestCliDirectory::newStore()
{
    return QStringLiteral("sqlite:%1/store%2.sqlite").arg(m_dir.path()).arg(++m_stores);
}

void TestCliDirectory::configShowAndSet()
{
    const CliRun shown = m_cli->run({ QStringLiteral("config"), QStringLiteral("show") });
    QCOMPARE(shown.exitCode, 0);
    QMap<QString, QString> values = keyValues(shown.out);
    QCOMPARE(values.value(QStringLiteral("verification_required")), QStringLiteral("false"));
    QCOMPARE(values.value(QStringLiteral("pass_code.minimum_length")), QStringLiteral("0"));
    QVERIFY(values.contains(QStringLiteral("pass_code_hash.iterations")));

    const CliRun set = m_cli->run(
        { QStringLiteral("config"), QStringLiteral("set"), QStringLiteral("pass_code.minimum_length=8"),
          QStringLiteral("verification_required=true"), QStringLiteral("identifier.format=email") });
    QVERIFY2(set.exitCode == 0, set.describe());
    // config set prints the settings as they are now.
    QCOMPARE(keyValues(set.out).value(QStringLiteral("identifier.format")), QStringLiteral("EMAIL"));

    const CliRun json = m_cli->json({ QStringLiteral("config"), QStringLiteral("show") });
    QCOMPARE(json.exitCode, 0);
    const QJsonObject object = json.object();
    QCOMPARE(object.value(QStringLiteral("pass_code.minimum_length")).toString(), QStringLiteral("8"));
    QCOMPARE(object.value(QStringLiteral("verification_required")).toString(), QStringLiteral("true"));
    QCOMPARE(object.value(QStringLiteral("identifier.format")).toString(), QStringLiteral("EMAIL"));

    // The new rules hold for the next create.
    const CliRun refused = m_cli->json({ QStringLiteral("create"), QStringLiteral("--identifier"),
                                         QStringLiteral("not-an-email"), QStringLiteral("--pass-code"),
                                         QStringLiteral("long-enough-1") });
    QCOMPARE(refused.exitCode, 1);
    QCOMPARE(refused.error().value(QStringLiteral("field")).toString(), QStringLiteral("identifier"));
}

void TestCliDirectory::configSetIsAllOrNothing()
{
    const CliRun set = m_cli->json({ QStringLiteral("config"), QStringLiteral("set"),
                                     QStringLiteral("pass_code.minimum_length=8"),
                                     QStringLiteral("verification_required=perhaps") });
    QCOMPARE(set.exitCode, 1);
    QCOMPARE(set.error().value(QStringLiteral("code")).toString(), QStringLiteral("VALIDATION"));
    QCOMPARE(set.error().value(QStringLiteral("field")).toString(), QStringLiteral("verification_required"));
    const CliRun shown = m_cli->run({ QStringLiteral("config"), QStringLiteral("show") });
    QCOMPARE(keyValues(shown.out).value(QStringLiteral("pass_code.minimum_length")), QStringLiteral("0"));
}

void TestCliDirectory::configSetUnknownKey()
{
    const CliRun set
        = m_cli->run({ QStringLiteral("config"), QStringLiteral("set"), QStringLiteral("colour=blue") });
    QCOMPARE(set.exitCode, 1);
    QVERIFY(set.err.contains(QLatin1String("colour")));
    QVERIFY(set.out.isEmpty());
}

void TestCliDirectory::accounts()
{
    CliRun run
        = m_cli->json({ QStringLiteral("accounts"), QStringLiteral("add"), QStringLiteral("--number"),
                        QStringLiteral("ACR000418"), QStringLiteral("--name"), QStringLiteral("Havier 6"),
                        QStringLiteral("--owner"), QStringLiteral("Shemar Havier") });
    QVERIFY2(run.exitCode == 0, run.describe());
    QCOMPARE(run.object().value(QStringLiteral("number")).toString(), QStringLiteral("ACR000418"));
    QCOMPARE(run.object().value(QStringLiteral("life_cycle_state")).toString(), QStringLiteral("ACTIVE"));
    QCOMPARE(m_cli
                 ->run({ QStringLiteral("accounts"), QStringLiteral("add"), QStringLiteral("--number"),
                         QStringLiteral("ACR000419"), QStringLiteral("--name"), QStringLiteral("Georgiou 7"),
                         QStringLiteral("--state"), QStringLiteral("SUSPENDED") })
                 .exitCode,
             0);

    run = m_cli->json({ QStringLiteral("accounts"), QStringLiteral("add"), QStringLiteral("--number"),
                        QStringLiteral("ACR000418"), QStringLiteral("--name"), QStringLiteral("Again") });
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.error().value(QStringLiteral("code")).toString(), QStringLiteral("DUPLICATE_IDENTIFIER"));

    run = m_cli->json({ QStringLiteral("accounts"), QStringLiteral("list") });
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.array().size(), 2);
    const QJsonObject first = run.array().at(0).toObject();
    QCOMPARE(first.value(QStringLiteral("name")).toString(), QStringLiteral("Havier 6"));
    QCOMPARE(first.value(QStringLiteral("account_owner")).toObject().value(QStringLiteral("name")).toString(),
             QStringLiteral("Shemar Havier"));

    run = m_cli->run({ QStringLiteral("accounts"), QStringLiteral("list"), QStringLiteral("--search"),
                       QStringLiteral("ACR000419") });
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.contains(QLatin1String("Georgiou 7")));
    QVERIFY(!run.out.contains(QLatin1String("Havier 6")));
    QVERIFY(run.out.contains(QLatin1String("SUSPENDED")));

    // A token joins the account by its number.
    run = m_cli->json({ QStringLiteral("create"), QStringLiteral("--authentication-code"),
                        QStringLiteral("C1"), QStringLiteral("--account"), QStringLiteral("ACR000418") });
    QVERIFY2(run.exitCode == 0, run.describe());
    const QJsonObject account = run.object().value(QStringLiteral("accounts_receivable")).toObject();
    QCOMPARE(account.value(QStringLiteral("number")).toString(), QStringLiteral("ACR000418"));
    QCOMPARE(account.value(QStringLiteral("name")).toString(), QStringLiteral("Havier 6"));
}

void TestCliDirectory::participants()
{
    CliRun run = m_cli->json({ QStringLiteral("participants"), QStringLiteral("add"),
                               QStringLiteral("--number"), QStringLiteral("28") });
    QVERIFY2(run.exitCode == 0, run.describe());
    QCOMPARE(run.object().value(QStringLiteral("number")).toString(), QStringLiteral("28"));
    QVERIFY(!run.object().value(QStringLiteral("id")).toString().isEmpty());

    run = m_cli->run({ QStringLiteral("participants"), QStringLiteral("add") });
    QCOMPARE(run.exitCode, 2);

    run = m_cli->json({ QStringLiteral("participants"), QStringLiteral("list") });
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.array().size(), 1);

    run = m_cli->json({ QStringLiteral("create"), QStringLiteral("--authentication-code"),
                        QStringLiteral("P1"), QStringLiteral("--participant"), QStringLiteral("28") });
    QVERIFY2(run.exitCode == 0, run.describe());
    QCOMPARE(run.object()
                 .value(QStringLiteral("reward_participant"))
                 .toObject()
                 .value(QStringLiteral("number"))
                 .toString(),
             QStringLiteral("28"));
}

void TestCliDirectory::unknownAccountRefused()
{
    const CliRun run
        = m_cli->json({ QStringLiteral("create"), QStringLiteral("--authentication-code"),
                        QStringLiteral("C1"), QStringLiteral("--account"), QStringLiteral("ACR404") });
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.error().value(QStringLiteral("field")).toString(), QStringLiteral("accounts_receivable"));
    QCOMPARE(m_cli->json({ QStringLiteral("list") }).array().size(), 0);
}

void TestCliDirectory::demoData()
{
    const CliRun run
        = m_cli->json({ QStringLiteral("demo"), QStringLiteral("--count"), QStringLiteral("300") });
    QVERIFY2(run.exitCode == 0, run.describe());
    const QJsonObject summary = run.object();
    QCOMPARE(summary.value(QStringLiteral("tokens")).toInt(), 300);
    QCOMPARE(summary.value(QStringLiteral("classifications_added")).toInt(), 3);
    QCOMPARE(summary.value(QStringLiteral("accounts_added")).toInt(), 50);
    QCOMPARE(summary.value(QStringLiteral("participants_added")).toInt(), 30);
    QCOMPARE(summary.value(QStringLiteral("with_pass_code")).toInt(), 30);

    const QJsonArray classifications = m_cli->json({ QStringLiteral("classifications") }).array();
    QSet<QString> names;
    for (const QJsonValue& c : classifications)
        names.insert(c.toObject().value(QStringLiteral("name")).toString());
    QCOMPARE(names,
             (QSet<QString> { QStringLiteral("Loyalty card"), QStringLiteral("Mobile app"),
                              QStringLiteral("Web portal") }));
    QCOMPARE(m_cli->json({ QStringLiteral("accounts"), QStringLiteral("list") }).array().size(), 50);
    QCOMPARE(m_cli->json({ QStringLiteral("participants"), QStringLiteral("list") }).array().size(), 30);

    const QJsonArray tokens
        = m_cli->json({ QStringLiteral("list"), QStringLiteral("--limit"), QStringLiteral("1000") }).array();
    QCOMPARE(tokens.size(), 300);
    QMap<QString, int> states;
    int withIdentifier = 0;
    int cards = 0;
    int notAssociated = 0;
    int withUdf = 0;
    int withCustom = 0;
    for (const QJsonValue& value : tokens) {
        const QJsonObject token = value.toObject();
        ++states[token.value(QStringLiteral("life_cycle_state")).toString()];
        if (!token.value(QStringLiteral("identifier")).isNull()) {
            ++withIdentifier;
            QVERIFY(token.value(QStringLiteral("identifier")).toString().contains(QLatin1Char('@')));
        }
        if (!token.value(QStringLiteral("card_masked_number")).isNull())
            ++cards;
        if (token.value(QStringLiteral("accounts_receivable")).isNull()
            && token.value(QStringLiteral("reward_participant")).isNull())
            ++notAssociated;
        if (!token.value(QStringLiteral("udf_string_1")).isNull()
            || !token.value(QStringLiteral("udf_float_1")).isNull())
            ++withUdf;
        if (!token.value(QStringLiteral("custom_fields")).toObject().isEmpty())
            ++withCustom;
    }
    QVERIFY2(states.value(QStringLiteral("EFFECTIVE")) > 150,
             qPrintable(QString::number(states.value("EFFECTIVE"))));
    QVERIFY(states.value(QStringLiteral("PENDING_VERIFICATION")) > 0);
    QVERIFY(states.value(QStringLiteral("NOT_EFFECTIVE")) > 0);
    QCOMPARE(states.value(QStringLiteral("PENDING_VERIFICATION")),
             summary.value(QStringLiteral("pending_verification")).toInt());
    QCOMPARE(states.value(QStringLiteral("NOT_EFFECTIVE")),
             summary.value(QStringLiteral("not_effective")).toInt());
    QCOMPARE(withIdentifier, 30);
    QVERIFY2(cards > 150, qPrintable(QString::number(cards)));
    QVERIFY(notAssociated > 0 && notAssociated < 300);
    QVERIFY(withUdf > 0);
    QVERIFY(withCustom > 0);

    // The demo lowers the hash cost only while it runs.
    const CliRun config = m_cli->json({ QStringLiteral("config"), QStringLiteral("show") });
    QCOMPARE(config.object().value(QStringLiteral("pass_code_hash.iterations")).toString(),
             QStringLiteral("2"));
    QCOMPARE(config.object().value(QStringLiteral("pass_code_hash.memory_kib")).toString(),
             QStringLiteral("19456"));

    // Running it again on the same store adds tokens and keeps the directory as it is.
    const CliRun again
        = m_cli->json({ QStringLiteral("demo"), QStringLiteral("--count"), QStringLiteral("20") });
    QVERIFY2(again.exitCode == 0, again.describe());
    QCOMPARE(again.object().value(QStringLiteral("accounts_added")).toInt(), 0);
    QCOMPARE(again.object().value(QStringLiteral("tokens")).toInt(), 20);
}

void TestCliDirectory::demoIsDeterministic()
{
    auto demo = [this](const QString& seed) {
        m_cli->setStore(newStore());
        const CliRun run = m_cli->run({ QStringLiteral("demo"), QStringLiteral("--count"),
                                        QStringLiteral("60"), QStringLiteral("--seed"), seed });
        if (run.exitCode != 0)
            qWarning("demo failed: %s", run.describe().constData());
        QStringList fingerprint;
        for (const QJsonValue& value : m_cli->json({ QStringLiteral("list") }).array()) {
            const QJsonObject token = value.toObject();
            fingerprint.append(QStringList { token.value(QStringLiteral("number")).toString(),
                                             token.value(QStringLiteral("life_cycle_state")).toString(),
                                             token.value(QStringLiteral("identifier")).toString(),
                                             token.value(QStringLiteral("card_masked_number")).toString(),
                                             token.value(QStringLiteral("udf_string_1")).toString() }
                                   .join(QLatin1Char('|')));
        }
        return fingerprint;
    };
    const QStringList first = demo(QStringLiteral("7"));
    QCOMPARE(first.size(), 60);
    QCOMPARE(demo(QStringLiteral("7")), first);
    QVERIFY(demo(QStringLiteral("8")) != first);
}

QTEST_GUILESS_MAIN(TestCliDirectory)
#include "TestCliDirectory.moc"
