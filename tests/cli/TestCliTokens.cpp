#include "CliRunner.h"

#include <QDir>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

// The token commands of tokendesk-cli, run as a script would: exit codes, stdout, stderr.
class TestCliTokens : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void version();
    void aStoreThatDidNotExistIsSaidToBeNew();
    void helpListsEveryCommand();
    void createAndShowWithWireNames();
    void showByEveryReference();
    void identifierReferenceNeedsPassCode();
    void humanReadableRecord();
    void passCodeNeverPrinted();
    void generatedPassCodePrintedOnce();
    void resetPassCodeReplacesTheOldOne();
    void verificationFlow();
    void oneTimePassword();
    void updateSemantics();
    void guardedUpdateConflict();
    void lifeCycleAndDelete();
    void listFiltersAndPaging();
    void listTable();
    void usageErrorsExit2_data();
    void usageErrorsExit2();
    void usageErrorAsJson();
    void failuresExit1WithJsonError_data();
    void failuresExit1WithJsonError();
    void storeFromEnvironmentAndAfterCommand();
    void defaultStoreIsTheGuiStore();
    void passwordInStoreUrlRefused();

private:
    QString newStore();
    // Creates a token and returns its JSON.
    QJsonObject create(const QStringList& options);

    QTemporaryDir m_dir;
    int m_stores = 0;
    std::unique_ptr<CliRunner> m_cli;
};

namespace {
QStringList sortedKeys(const QJsonObject& object)
{
    QStringList keys = object.keys();
    keys.sort();
    return keys;
}

QStringList numbersOf(const QJsonArray& tokens)
{
    QStringList numbers;
    for (const QJsonValue& token : tokens)
        numbers.append(token.toObject().value(QStringLiteral("number")).toString());
    return numbers;
}
} // namespace

void TestCliTokens::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(QFile::exists(QStringLiteral(TOKENDESK_CLI_PATH)), TOKENDESK_CLI_PATH);
    m_cli = std::make_unique<CliRunner>(m_dir.path(), QString());
}

void TestCliTokens::init()
{
    m_cli->setStore(newStore());
    // The lowest hash cost keeps the many pass codes of these tests fast.
    const CliRun set = m_cli->run({ QStringLiteral("config"), QStringLiteral("set"),
                                    QStringLiteral("pass_code_hash.iterations=1"),
                                    QStringLiteral("pass_code_hash.memory_kib=8") });
    QVERIFY2(set.exitCode == 0, set.describe());
}

// A store path typed wrong makes a new, empty store: the CLI says so on stderr (not with --json,
// where stderr holds only an error document) instead of answering "No tokens match." as if the
// store were the one meant.
void TestCliTokens::aStoreThatDidNotExistIsSaidToBeNew()
{
    const QString path = m_dir.filePath(QStringLiteral("typo/tokens.sqlite"));
    m_cli->setStore(QStringLiteral("sqlite:") + path);
    CliRun run = m_cli->run({ QStringLiteral("list") });
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.err.contains(
                 QStringLiteral("%1 did not exist: a new, empty store was made there.").arg(path).toUtf8()),
             run.describe());
    run = m_cli->run({ QStringLiteral("list") });
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.err.isEmpty(), run.describe());
    // With --json, stderr holds only an error document.
    m_cli->setStore(QStringLiteral("sqlite:") + m_dir.filePath(QStringLiteral("typo/other.sqlite")));
    run = m_cli->json({ QStringLiteral("list") });
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.err.isEmpty(), run.describe());
}

QString TestCliTokens::newStore()
{
    return QStringLiteral("sqlite:%1/store%2.sqlite").arg(m_dir.path()).arg(++m_stores);
}

QJsonObject TestCliTokens::create(const QStringList& options)
{
    const CliRun run = m_cli->json(QStringList { QStringLiteral("create") } + options);
    if (run.exitCode != 0)
        qWarning("create failed: %s", run.describe().constData());
    return run.object();
}

void TestCliTokens::version()
{
    const CliRun run = m_cli->run({ QStringLiteral("--version") });
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out.trimmed(), QStringLiteral("tokendesk-cli " TOKENDESK_VERSION));
    // As tokendesk takes it.
    const CliRun brief = m_cli->run({ QStringLiteral("-v") });
    QCOMPARE(brief.exitCode, 0);
    QCOMPARE(brief.out, run.out);
}

void TestCliTokens::helpListsEveryCommand()
{
    const CliRun run = m_cli->run({ QStringLiteral("--help") });
    QCOMPARE(run.exitCode, 0);
    for (const char* command : { "create",
                                 "show",
                                 "update",
                                 "delete",
                                 "set-effective",
                                 "set-not-effective",
                                 "verify",
                                 "reset-verification-code",
                                 "reset-pass-code",
                                 "forgot-pass-code",
                                 "change-pass-code",
                                 "generate-otp",
                                 "list",
                                 "classifications",
                                 "config show",
                                 "config set",
                                 "accounts add",
                                 "accounts list",
                                 "participants add",
                                 "participants list",
                                 "demo" })
        QVERIFY2(run.out.contains(QLatin1String("  ") + QLatin1String(command) + QLatin1Char(' '))
                     || run.out.contains(QLatin1String("  ") + QLatin1String(command) + QLatin1Char('\n')),
                 command);

    const CliRun commandHelp = m_cli->run({ QStringLiteral("update"), QStringLiteral("--help") });
    QCOMPARE(commandHelp.exitCode, 0);
    QVERIFY(commandHelp.out.contains(QLatin1String("--expect-version N")));
    QVERIFY(commandHelp.out.contains(QLatin1String("--udf NAME=VALUE")));
}

void TestCliTokens::createAndShowWithWireNames()
{
    const QJsonObject token = create(
        { QStringLiteral("--authentication-code"), QStringLiteral("CARD-0001"),
          QStringLiteral("--card-masked-number"), QStringLiteral("4111********1111"), QStringLiteral("--udf"),
          QStringLiteral("udf_string_3=Nicosia"), QStringLiteral("--udf"), QStringLiteral("udf_float_2=3.5"),
          QStringLiteral("--udf"), QStringLiteral("udf_date_1=2026-02-28"), QStringLiteral("--custom"),
          QStringLiteral("tier=Gold") });
    QStringList expected = { QStringLiteral("id"),
                             QStringLiteral("number"),
                             QStringLiteral("life_cycle_state"),
                             QStringLiteral("identifier"),
                             QStringLiteral("authentication_code"),
                             QStringLiteral("card_masked_number"),
                             QStringLiteral("verified_date"),
                             QStringLiteral("classification"),
                             QStringLiteral("accounts_receivable"),
                             QStringLiteral("reward_participant"),
                             QStringLiteral("custom_fields"),
                             QStringLiteral("log_information"),
                             QStringLiteral("version") };
    for (int i = 1; i <= 8; ++i)
        expected.append(QStringLiteral("udf_string_%1").arg(i));
    for (int i = 1; i <= 4; ++i)
        expected << QStringLiteral("udf_float_%1").arg(i) << QStringLiteral("udf_date_%1").arg(i);
    expected.sort();
    QCOMPARE(sortedKeys(token), expected);

    QCOMPARE(token.value(QStringLiteral("life_cycle_state")).toString(), QStringLiteral("EFFECTIVE"));
    QCOMPARE(token.value(QStringLiteral("authentication_code")).toString(), QStringLiteral("CARD-0001"));
    QCOMPARE(token.value(QStringLiteral("card_masked_number")).toString(),
             QStringLiteral("4111********1111"));
    QCOMPARE(token.value(QStringLiteral("udf_string_3")).toString(), QStringLiteral("Nicosia"));
    QCOMPARE(token.value(QStringLiteral("udf_float_2")).toDouble(), 3.5);
    QCOMPARE(token.value(QStringLiteral("udf_date_1")).toString(), QStringLiteral("2026-02-28"));
    QCOMPARE(token.value(QStringLiteral("custom_fields")).toObject().value(QStringLiteral("tier")).toString(),
             QStringLiteral("Gold"));
    QVERIFY(token.value(QStringLiteral("identifier")).isNull());
    QVERIFY(!token.value(QStringLiteral("number")).toString().isEmpty());
    QCOMPARE(token.value(QStringLiteral("id")).toString().size(), 32);

    const CliRun shown
        = m_cli->json({ QStringLiteral("show"), QStringLiteral("authentication_code:CARD-0001") });
    QCOMPARE(shown.exitCode, 0);
    QCOMPARE(shown.object(), token);
    QVERIFY(shown.err.isEmpty());
}

void TestCliTokens::showByEveryReference()
{
    const QJsonObject token
        = create({ QStringLiteral("--authentication-code"), QStringLiteral("CARD-0002") });
    const QString id = token.value(QStringLiteral("id")).toString();
    const QString number = token.value(QStringLiteral("number")).toString();
    const QStringList refs
        = { QStringLiteral("id:") + id, QStringLiteral("id:") + id.toLower(),
            QStringLiteral("number:") + number, QStringLiteral("authentication_code:CARD-0002") };
    for (const QString& ref : refs) {
        const CliRun run = m_cli->json({ QStringLiteral("show"), ref });
        QVERIFY2(run.exitCode == 0, run.describe());
        QCOMPARE(run.object().value(QStringLiteral("id")).toString(), id);
    }
}

void TestCliTokens::identifierReferenceNeedsPassCode()
{
    create({ QStringLiteral("--identifier"), QStringLiteral("maria@example.com"),
             QStringLiteral("--pass-code"), QStringLiteral("Secret-1") });
    const QString ref = QStringLiteral("identifier:maria@example.com");
    CliRun run = m_cli->json(
        { QStringLiteral("show"), ref, QStringLiteral("--pass-code"), QStringLiteral("Secret-1") });
    QVERIFY2(run.exitCode == 0, run.describe());
    QCOMPARE(run.object().value(QStringLiteral("identifier")).toString(),
             QStringLiteral("maria@example.com"));

    run = m_cli->json(
        { QStringLiteral("show"), ref, QStringLiteral("--pass-code"), QStringLiteral("wrong") });
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.error().value(QStringLiteral("code")).toString(), QStringLiteral("NOT_FOUND"));

    // Without the pass code the reference is incomplete: a usage error that names the option.
    run = m_cli->json({ QStringLiteral("show"), ref });
    QCOMPARE(run.exitCode, 2);
    QCOMPARE(run.error().value(QStringLiteral("field")).toString(), QStringLiteral("pass-code"));
    run = m_cli->json({ QStringLiteral("update"), ref, QStringLiteral("--udf"),
                        QStringLiteral("udf_string_1=x"), QStringLiteral("--current-pass-code"),
                        QStringLiteral("Secret-1") });
    QVERIFY2(run.exitCode == 0, run.describe());
    QCOMPARE(run.object().value(QStringLiteral("udf_string_1")).toString(), QStringLiteral("x"));
}

void TestCliTokens::humanReadableRecord()
{
    create({ QStringLiteral("--authentication-code"), QStringLiteral("CARD-0003"), QStringLiteral("--udf"),
             QStringLiteral("udf_string_1=Limassol Marina") });
    const CliRun run
        = m_cli->run({ QStringLiteral("show"), QStringLiteral("authentication_code:CARD-0003") });
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.contains(QRegularExpression(QStringLiteral("^life_cycle_state: +EFFECTIVE$"),
                                                QRegularExpression::MultilineOption)));
    QVERIFY(run.out.contains(QRegularExpression(QStringLiteral("^udf_string_1: +Limassol Marina$"),
                                                QRegularExpression::MultilineOption)));
    QVERIFY(!run.out.contains(QLatin1Char('{')));
}

void TestCliTokens::passCodeNeverPrinted()
{
    const QString secret = QStringLiteral("Very-Secret-42");
    for (bool json : { true, false }) {
        const QString identifier = json ? QStringLiteral("a@example.com") : QStringLiteral("b@example.com");
        const QStringList arguments = { QStringLiteral("create"), QStringLiteral("--identifier"), identifier,
                                        QStringLiteral("--pass-code"), secret };
        const CliRun created = json ? m_cli->json(arguments) : m_cli->run(arguments);
        QVERIFY2(created.exitCode == 0, created.describe());
        QVERIFY(!created.out.contains(secret));
        QVERIFY(!created.err.contains(secret));
        const CliRun shown = m_cli->run({ QStringLiteral("show"), QStringLiteral("identifier:") + identifier,
                                          QStringLiteral("--pass-code"), secret });
        QVERIFY2(shown.exitCode == 0, shown.describe());
        QVERIFY(!shown.out.contains(secret));
    }
    const CliRun listed = m_cli->json({ QStringLiteral("list") });
    QVERIFY(!listed.out.contains(secret));
    QVERIFY(!listed.out.contains(QLatin1String("pass_code")));
}

void TestCliTokens::generatedPassCodePrintedOnce()
{
    QCOMPARE(
        m_cli
            ->run({ QStringLiteral("config"), QStringLiteral("set"),
                    QStringLiteral("pass_code.generation=AUTO"),
                    QStringLiteral("pass_code.minimum_length=10"), QStringLiteral("pass_code.digits=true") })
            .exitCode,
        0);
    QCOMPARE(m_cli
                 ->run({ QStringLiteral("accounts"), QStringLiteral("add"), QStringLiteral("--number"),
                         QStringLiteral("ACR1"), QStringLiteral("--name"), QStringLiteral("Havier 6") })
                 .exitCode,
             0);

    // People: the code once, labelled, after the record.
    const CliRun plain = m_cli->run({ QStringLiteral("create"), QStringLiteral("--identifier"),
                                      QStringLiteral("p@example.com"), QStringLiteral("--account"),
                                      QStringLiteral("ACR1") });
    QVERIFY2(plain.exitCode == 0, plain.describe());
    const QRegularExpression label(QStringLiteral("^random_pass_code: (\\S+)$"),
                                   QRegularExpression::MultilineOption);
    const QRegularExpressionMatch match = label.match(plain.out);
    QVERIFY2(match.hasMatch(), qPrintable(plain.out));
    const QString code = match.captured(1);
    QVERIFY(code.size() >= 10);
    QCOMPARE(plain.out.count(code), 1);
    QVERIFY(plain.out.contains(QLatin1String("shown once")));

    // Scripts: under its wire name.
    const CliRun json = m_cli->json({ QStringLiteral("create"), QStringLiteral("--identifier"),
                                      QStringLiteral("q@example.com"), QStringLiteral("--account"),
                                      QStringLiteral("ACR1") });
    QVERIFY2(json.exitCode == 0, json.describe());
    const QString jsonCode = json.object().value(QStringLiteral("random_pass_code")).toString();
    QVERIFY(jsonCode.size() >= 10);

    // The printed code is the real one, and it is never shown again.
    const CliRun shown = m_cli->json({ QStringLiteral("show"), QStringLiteral("identifier:q@example.com"),
                                       QStringLiteral("--pass-code"), jsonCode });
    QVERIFY2(shown.exitCode == 0, shown.describe());
    QVERIFY(!shown.out.contains(jsonCode));
    QVERIFY(!shown.object().contains(QStringLiteral("random_pass_code")));
}

void TestCliTokens::resetPassCodeReplacesTheOldOne()
{
    create({ QStringLiteral("--identifier"), QStringLiteral("r@example.com"), QStringLiteral("--pass-code"),
             QStringLiteral("Old-code-1") });
    const QStringList ref = { QStringLiteral("identifier:r@example.com"), QStringLiteral("--pass-code") };
    const CliRun reset = m_cli->json(QStringList { QStringLiteral("reset-pass-code") } + ref
                                     + QStringList { QStringLiteral("Old-code-1") });
    QVERIFY2(reset.exitCode == 0, reset.describe());
    const QString fresh = reset.object().value(QStringLiteral("random_pass_code")).toString();
    QCOMPARE(fresh.size(), 6);
    QCOMPARE(m_cli->run(QStringList { QStringLiteral("show") } + ref + QStringList { fresh }).exitCode, 0);
    QCOMPARE(
        m_cli
            ->run(QStringList { QStringLiteral("show") } + ref + QStringList { QStringLiteral("Old-code-1") })
            .exitCode,
        1);

    const CliRun changed
        = m_cli->run({ QStringLiteral("change-pass-code"), QStringLiteral("identifier:r@example.com"),
                       QStringLiteral("--current-pass-code"), fresh, QStringLiteral("--pass-code"),
                       QStringLiteral("Mine-2") });
    QVERIFY2(changed.exitCode == 0, changed.describe());
    QVERIFY(!changed.out.contains(QLatin1String("Mine-2")));
    QCOMPARE(
        m_cli->run(QStringList { QStringLiteral("show") } + ref + QStringList { QStringLiteral("Mine-2") })
            .exitCode,
        0);
}

void TestCliTokens::verificationFlow()
{
    QCOMPARE(m_cli
                 ->run({ QStringLiteral("config"), QStringLiteral("set"),
                         QStringLiteral("verification_required=true") })
                 .exitCode,
             0);
    const QJsonObject token = create({ QStringLiteral("--authentication-code"), QStringLiteral("APP-1") });
    QCOMPARE(token.value(QStringLiteral("life_cycle_state")).toString(),
             QStringLiteral("PENDING_VERIFICATION"));
    const QString code = token.value(QStringLiteral("verification_code")).toString();
    QVERIFY2(QRegularExpression(QStringLiteral("^[0-9]{6}$")).match(code).hasMatch(), qPrintable(code));

    const QString wrong
        = code == QLatin1String("000000") ? QStringLiteral("111111") : QStringLiteral("000000");
    CliRun run = m_cli->json({ QStringLiteral("verify"), QStringLiteral("authentication_code:APP-1"),
                               QStringLiteral("--verification-code"), wrong });
    QCOMPARE(run.exitCode, 1);
    QVERIFY(!run.error().value(QStringLiteral("code")).toString().isEmpty());

    run = m_cli->json(
        { QStringLiteral("reset-verification-code"), QStringLiteral("authentication_code:APP-1") });
    QVERIFY2(run.exitCode == 0, run.describe());
    const QString second = run.object().value(QStringLiteral("verification_code")).toString();
    QCOMPARE(second.size(), 6);

    run = m_cli->json({ QStringLiteral("verify"), QStringLiteral("authentication_code:APP-1"),
                        QStringLiteral("--verification-code"), second });
    QVERIFY2(run.exitCode == 0, run.describe());
    QCOMPARE(run.object().value(QStringLiteral("life_cycle_state")).toString(), QStringLiteral("EFFECTIVE"));
    QVERIFY(!run.object().value(QStringLiteral("verified_date")).toString().isEmpty());

    run = m_cli->json(
        { QStringLiteral("reset-verification-code"), QStringLiteral("authentication_code:APP-1") });
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.error().value(QStringLiteral("code")).toString(), QStringLiteral("INVALID_STATE"));
}

void TestCliTokens::oneTimePassword()
{
    create({ QStringLiteral("--authentication-code"), QStringLiteral("OTP-1") });
    CliRun run = m_cli->json({ QStringLiteral("generate-otp"), QStringLiteral("authentication_code:OTP-1") });
    QVERIFY2(run.exitCode == 0, run.describe());
    const QJsonObject object = run.object();
    QVERIFY(QRegularExpression(QStringLiteral("^[0-9]{6}$"))
                .match(object.value(QStringLiteral("one_time_password")).toString())
                .hasMatch());
    QVERIFY(QRegularExpression(QStringLiteral("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d$"))
                .match(object.value(QStringLiteral("expiration_date")).toString())
                .hasMatch());

    run = m_cli->run({ QStringLiteral("generate-otp"), QStringLiteral("authentication_code:OTP-1") });
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.contains(QRegularExpression(QStringLiteral("^one_time_password: [0-9]{6}$"),
                                                QRegularExpression::MultilineOption)));

    QCOMPARE(m_cli->run({ QStringLiteral("set-not-effective"), QStringLiteral("authentication_code:OTP-1") })
                 .exitCode,
             0);
    run = m_cli->json({ QStringLiteral("generate-otp"), QStringLiteral("authentication_code:OTP-1") });
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.error().value(QStringLiteral("code")).toString(), QStringLiteral("INVALID_STATE"));
}

void TestCliTokens::updateSemantics()
{
    create({ QStringLiteral("--authentication-code"), QStringLiteral("UPD-1"),
             QStringLiteral("--card-masked-number"), QStringLiteral("5555********4444"),
             QStringLiteral("--udf"), QStringLiteral("udf_float_2=7.25"), QStringLiteral("--udf"),
             QStringLiteral("udf_string_1=Larnaca"), QStringLiteral("--custom"), QStringLiteral("tier=Gold"),
             QStringLiteral("--custom"), QStringLiteral("channel=POS") });
    const CliRun run
        = m_cli->json({ QStringLiteral("update"), QStringLiteral("authentication_code:UPD-1"),
                        QStringLiteral("--udf"), QStringLiteral("udf_float_2=null"), QStringLiteral("--udf"),
                        QStringLiteral("udf_string_2=Paphos"), QStringLiteral("--custom"),
                        QStringLiteral("tier="), QStringLiteral("--custom"), QStringLiteral("language=el") });
    QVERIFY2(run.exitCode == 0, run.describe());
    const QJsonObject token = run.object();
    QVERIFY(token.value(QStringLiteral("udf_float_2")).isNull());
    QCOMPARE(token.value(QStringLiteral("udf_string_1")).toString(), QStringLiteral("Larnaca"));
    QCOMPARE(token.value(QStringLiteral("udf_string_2")).toString(), QStringLiteral("Paphos"));
    QCOMPARE(token.value(QStringLiteral("card_masked_number")).toString(),
             QStringLiteral("5555********4444"));
    const QJsonObject custom = token.value(QStringLiteral("custom_fields")).toObject();
    QCOMPARE(sortedKeys(custom), (QStringList { QStringLiteral("channel"), QStringLiteral("language") }));
    QCOMPARE(token.value(QStringLiteral("version")).toInt(), 2);

    const CliRun cleared
        = m_cli->json({ QStringLiteral("update"), QStringLiteral("authentication_code:UPD-1"),
                        QStringLiteral("--card-masked-number"), QString() });
    QVERIFY2(cleared.exitCode == 0, cleared.describe());
    QVERIFY(cleared.object().value(QStringLiteral("card_masked_number")).isNull());
}

void TestCliTokens::guardedUpdateConflict()
{
    create({ QStringLiteral("--authentication-code"), QStringLiteral("VER-1") });
    const QStringList update = { QStringLiteral("update"),
                                 QStringLiteral("authentication_code:VER-1"),
                                 QStringLiteral("--udf"),
                                 QStringLiteral("udf_string_1=first"),
                                 QStringLiteral("--expect-version"),
                                 QStringLiteral("1") };
    const CliRun first = m_cli->json(update);
    QVERIFY2(first.exitCode == 0, first.describe());
    QCOMPARE(first.object().value(QStringLiteral("version")).toInt(), 2);

    // The same guarded update again: someone changed the token since version 1.
    const CliRun second = m_cli->json(
        QStringList(update).replaceInStrings(QStringLiteral("=first"), QStringLiteral("=second")));
    QCOMPARE(second.exitCode, 1);
    QCOMPARE(second.error().value(QStringLiteral("code")).toString(), QStringLiteral("CONFLICT"));
    QVERIFY(second.out.isEmpty());
    const CliRun shown = m_cli->json({ QStringLiteral("show"), QStringLiteral("authentication_code:VER-1") });
    QCOMPARE(shown.object().value(QStringLiteral("udf_string_1")).toString(), QStringLiteral("first"));
    QCOMPARE(shown.object().value(QStringLiteral("version")).toInt(), 2);
}

void TestCliTokens::lifeCycleAndDelete()
{
    create({ QStringLiteral("--authentication-code"), QStringLiteral("LC-1") });
    const QString ref = QStringLiteral("authentication_code:LC-1");
    CliRun run = m_cli->json({ QStringLiteral("delete"), ref });
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.error().value(QStringLiteral("code")).toString(), QStringLiteral("INVALID_STATE"));

    run = m_cli->json({ QStringLiteral("set-not-effective"), ref });
    QVERIFY2(run.exitCode == 0, run.describe());
    QCOMPARE(run.object().value(QStringLiteral("life_cycle_state")).toString(),
             QStringLiteral("NOT_EFFECTIVE"));
    run = m_cli->json({ QStringLiteral("set-not-effective"), ref });
    QCOMPARE(run.exitCode, 1);

    run = m_cli->json({ QStringLiteral("set-effective"), ref });
    QCOMPARE(run.object().value(QStringLiteral("life_cycle_state")).toString(), QStringLiteral("EFFECTIVE"));
    QCOMPARE(m_cli->run({ QStringLiteral("set-not-effective"), ref }).exitCode, 0);

    run = m_cli->json({ QStringLiteral("delete"), ref });
    QVERIFY2(run.exitCode == 0, run.describe());
    QCOMPARE(run.object().value(QStringLiteral("authentication_code")).toString(), QStringLiteral("LC-1"));
    run = m_cli->json({ QStringLiteral("show"), ref });
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.error().value(QStringLiteral("code")).toString(), QStringLiteral("NOT_FOUND"));
}

void TestCliTokens::listFiltersAndPaging()
{
    QCOMPARE(m_cli
                 ->run({ QStringLiteral("accounts"), QStringLiteral("add"), QStringLiteral("--number"),
                         QStringLiteral("ACR1"), QStringLiteral("--name"), QStringLiteral("One") })
                 .exitCode,
             0);
    QCOMPARE(m_cli
                 ->run({ QStringLiteral("participants"), QStringLiteral("add"), QStringLiteral("--number"),
                         QStringLiteral("28") })
                 .exitCode,
             0);
    const QString a = create({ QStringLiteral("--authentication-code"), QStringLiteral("LIST-A"),
                               QStringLiteral("--account"), QStringLiteral("ACR1") })
                          .value(QStringLiteral("number"))
                          .toString();
    const QString b = create({ QStringLiteral("--authentication-code"), QStringLiteral("LIST-B"),
                               QStringLiteral("--participant"), QStringLiteral("28") })
                          .value(QStringLiteral("number"))
                          .toString();
    const QString c = create({ QStringLiteral("--authentication-code"), QStringLiteral("OTHER-C") })
                          .value(QStringLiteral("number"))
                          .toString();
    QCOMPARE(m_cli->run({ QStringLiteral("set-not-effective"), QStringLiteral("number:") + c }).exitCode, 0);

    auto list = [this](const QStringList& options) {
        const CliRun run = m_cli->json(QStringList { QStringLiteral("list") } + options);
        if (run.exitCode != 0)
            qWarning("list failed: %s", run.describe().constData());
        return numbersOf(run.array());
    };
    QCOMPARE(list({}), (QStringList { a, b, c }));
    QCOMPARE(list({ QStringLiteral("--account"), QStringLiteral("ACR1") }), QStringList { a });
    QCOMPARE(list({ QStringLiteral("--participant"), QStringLiteral("28") }), QStringList { b });
    QCOMPARE(list({ QStringLiteral("--not-associated") }), QStringList { c });
    QCOMPARE(list({ QStringLiteral("--state"), QStringLiteral("NOT_EFFECTIVE") }), QStringList { c });
    QCOMPARE(list({ QStringLiteral("--state"), QStringLiteral("effective") }), (QStringList { a, b }));
    QCOMPARE(list({ QStringLiteral("--search"), QStringLiteral("list-") }), (QStringList { a, b }));
    QCOMPARE(list({ QStringLiteral("--sort"), QStringLiteral("number:desc") }), (QStringList { c, b, a }));
    QCOMPARE(list({ QStringLiteral("--limit"), QStringLiteral("2") }), (QStringList { a, b }));
    QCOMPARE(list({ QStringLiteral("--limit"), QStringLiteral("2"), QStringLiteral("--offset"),
                    QStringLiteral("2") }),
             QStringList { c });
    QCOMPARE(list({ QStringLiteral("--search"), QStringLiteral("nothing-like-this") }), QStringList());
}

void TestCliTokens::listTable()
{
    create({ QStringLiteral("--authentication-code"), QStringLiteral("TABLE-1"),
             QStringLiteral("--card-masked-number"), QStringLiteral("4111********1111") });
    const CliRun run = m_cli->run({ QStringLiteral("list") });
    QCOMPARE(run.exitCode, 0);
    const QStringList lines = run.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 4);
    QVERIFY(lines.at(0).startsWith(QLatin1String("number")));
    QVERIFY(lines.at(0).contains(QLatin1String("authentication_code")));
    QVERIFY(lines.at(2).contains(QLatin1String("TABLE-1")));
    QVERIFY(lines.at(2).contains(QLatin1String("4111********1111")));
    QVERIFY(lines.at(3).contains(QLatin1String("of 1")));
}

void TestCliTokens::usageErrorsExit2_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("no command") << QStringList();
    QTest::newRow("unknown command") << QStringList { "frobnicate" };
    QTest::newRow("unknown global option") << QStringList { "--colour", "list" };
    QTest::newRow("unknown option") << QStringList { "list", "--colour" };
    QTest::newRow("option value missing") << QStringList { "list", "--limit" };
    QTest::newRow("missing reference") << QStringList { "show" };
    QTest::newRow("bad reference") << QStringList { "show", "35" };
    QTest::newRow("unknown reference kind") << QStringList { "show", "serial:35" };
    QTest::newRow("two references") << QStringList { "show", "number:1", "number:2" };
    QTest::newRow("bad state") << QStringList { "list", "--state", "ACTIVE" };
    QTest::newRow("bad limit") << QStringList { "list", "--limit", "many" };
    QTest::newRow("bad sort field") << QStringList { "list", "--sort", "pass_code" };
    QTest::newRow("two associations") << QStringList { "list", "--account", "A", "--participant", "P" };
    QTest::newRow("udf without value") << QStringList { "create", "--udf", "udf_string_1" };
    QTest::newRow("udf unknown") << QStringList { "create", "--udf", "udf_string_9=x" };
    QTest::newRow("custom without name") << QStringList { "create", "--custom", "=x" };
    QTest::newRow("update without fields") << QStringList { "update", "number:1" };
    QTest::newRow("expect version text")
        << QStringList { "update", "number:1", "--udf", "udf_string_1=x", "--expect-version", "latest" };
    QTest::newRow("verify without code") << QStringList { "verify", "number:1" };
    QTest::newRow("change without current")
        << QStringList { "change-pass-code", "number:1", "--pass-code", "x" };
    QTest::newRow("config set without equals") << QStringList { "config", "set", "verification_required" };
    QTest::newRow("config without subcommand") << QStringList { "config" };
    QTest::newRow("accounts add without name") << QStringList { "accounts", "add", "--number", "ACR9" };
    QTest::newRow("demo without count") << QStringList { "demo" };
    QTest::newRow("bad store") << QStringList { "--store", "mysql://db/tokens", "list" };
}

void TestCliTokens::usageErrorsExit2()
{
    QFETCH(QStringList, arguments);
    const CliRun run = m_cli->run(arguments);
    QVERIFY2(run.exitCode == 2, run.describe());
    QVERIFY2(run.out.isEmpty(), run.describe());
    // One line: what is wrong and where to look.
    QCOMPARE(run.err.count(QLatin1Char('\n')), 1);
    QVERIFY(run.err.startsWith(QLatin1String("USAGE: ")));
}

void TestCliTokens::usageErrorAsJson()
{
    const CliRun run = m_cli->json({ QStringLiteral("show"), QStringLiteral("serial:35") });
    QCOMPARE(run.exitCode, 2);
    const QJsonObject error = run.error();
    QCOMPARE(sortedKeys(error),
             (QStringList { QStringLiteral("code"), QStringLiteral("field"), QStringLiteral("message") }));
    QCOMPARE(error.value(QStringLiteral("code")).toString(), QStringLiteral("USAGE"));
}

void TestCliTokens::failuresExit1WithJsonError_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("field");
    QTest::newRow("not found") << QStringList { "show", "number:999999" } << "NOT_FOUND"
                               << "number";
    QTest::newRow("duplicate authentication code")
        << QStringList { "create", "--authentication-code", "DUP-1" } << "DUPLICATE_IDENTIFIER"
        << "authentication_code";
    QTest::newRow("bad float") << QStringList { "create", "--udf", "udf_float_1=abc" } << "VALIDATION"
                               << "udf_float_1";
    QTest::newRow("bad date") << QStringList { "create", "--udf", "udf_date_2=2026-13-01" } << "VALIDATION"
                              << "udf_date_2";
    QTest::newRow("identifier without pass code")
        << QStringList { "create", "--identifier", "x@example.com" } << "VALIDATION"
        << "pass_code";
    QTest::newRow("bad setting value")
        << QStringList { "config", "set", "otp_lifetime_minutes=0" } << "VALIDATION"
        << "otp_lifetime_minutes";
}

void TestCliTokens::failuresExit1WithJsonError()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, code);
    QFETCH(QString, field);
    create({ QStringLiteral("--authentication-code"), QStringLiteral("DUP-1") });
    const QJsonArray before = m_cli->json({ QStringLiteral("list") }).array();

    const CliRun run = m_cli->json(arguments);
    QVERIFY2(run.exitCode == 1, run.describe());
    QVERIFY(run.out.isEmpty());
    const QJsonObject error = run.error();
    QCOMPARE(sortedKeys(error),
             (QStringList { QStringLiteral("code"), QStringLiteral("field"), QStringLiteral("message") }));
    QCOMPARE(error.value(QStringLiteral("code")).toString(), code);
    QCOMPARE(error.value(QStringLiteral("field")).toString(), field);
    QVERIFY(!error.value(QStringLiteral("message")).toString().isEmpty());
    // A failed operation changes nothing.
    QCOMPARE(m_cli->json({ QStringLiteral("list") }).array(), before);

    // Without --json: "CODE: message (field)" on stderr.
    const CliRun plain = m_cli->run(arguments);
    QCOMPARE(plain.exitCode, 1);
    QVERIFY2(plain.err.startsWith(code + QStringLiteral(": ")), qPrintable(plain.err));
    QVERIFY(plain.err.trimmed().endsWith(QStringLiteral("(") + field + QStringLiteral(")")));
}

void TestCliTokens::storeFromEnvironmentAndAfterCommand()
{
    const QString store = newStore();
    CliRunner environment(m_dir.path(), QString());
    environment.setEnvironment(QStringLiteral("TOKENDESK_STORE"), store);
    QCOMPARE(environment
                 .run({ QStringLiteral("create"), QStringLiteral("--authentication-code"),
                        QStringLiteral("ENV-1") })
                 .exitCode,
             0);

    CliRunner explicitStore(m_dir.path(), QString());
    const CliRun run
        = explicitStore.run({ QStringLiteral("show"), QStringLiteral("authentication_code:ENV-1"),
                              QStringLiteral("--store"), store, QStringLiteral("--json") });
    QVERIFY2(run.exitCode == 0, run.describe());
    QCOMPARE(run.object().value(QStringLiteral("authentication_code")).toString(), QStringLiteral("ENV-1"));
}

void TestCliTokens::defaultStoreIsTheGuiStore()
{
    CliRunner defaultStore(m_dir.path(), QString());
    const CliRun run = defaultStore.run(
        { QStringLiteral("create"), QStringLiteral("--authentication-code"), QStringLiteral("DEFAULT-1") });
    QVERIFY2(run.exitCode == 0, run.describe());
    // The application's folder in the data folder, as the GUI's first start makes it.
    QVERIFY(QFile::exists(m_dir.path() + QStringLiteral("/data/TokenDesk/tokens.sqlite")));
}

void TestCliTokens::passwordInStoreUrlRefused()
{
    const CliRun run
        = m_cli->run({ QStringLiteral("--store"), QStringLiteral("postgres://desk:hunter2@127.0.0.1/tokens"),
                       QStringLiteral("list") });
    QCOMPARE(run.exitCode, 2);
    QVERIFY(!run.err.contains(QLatin1String("hunter2")));
}

QTEST_GUILESS_MAIN(TestCliTokens)
#include "TestCliTokens.moc"
