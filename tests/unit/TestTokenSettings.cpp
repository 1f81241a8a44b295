#include "TokenSettings.h"

#include <QTest>

// The KEY=VALUE form of the definition that `config show` prints and `config set` takes.
class TestTokenSettings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keysMatchTheKeyValues();
    void roundTripOfChangedSettings();
    void eachKeyIsApplied_data();
    void eachKeyIsApplied();
    void badValuesAreRefused_data();
    void badValuesAreRefused();
    void unknownKeyIsRefused();
    void rulesForClassification();
};

namespace {
QMap<QString, QString> asMap(const QStringList& lines)
{
    QMap<QString, QString> map;
    for (const QString& line : lines) {
        const qsizetype equals = line.indexOf(QLatin1Char('='));
        map.insert(line.left(equals), line.mid(equals + 1));
    }
    return map;
}
} // namespace

void TestTokenSettings::keysMatchTheKeyValues()
{
    const TokenSettings settings;
    const QStringList lines = settings.toKeyValues();
    QCOMPARE(lines.size(), TokenSettings::keys().size());
    QStringList keys = TokenSettings::keys();
    keys.sort();
    QCOMPARE(asMap(lines).keys(), keys);
    const QMap<QString, QString> defaults = asMap(lines);
    QCOMPARE(defaults.value(QStringLiteral("identifier.generation")), QStringLiteral("NONE"));
    QCOMPARE(defaults.value(QStringLiteral("authentication_code.generation")), QStringLiteral("AUTO"));
    QCOMPARE(defaults.value(QStringLiteral("otp_lifetime_minutes")), QStringLiteral("10"));
    QCOMPARE(defaults.value(QStringLiteral("pass_code_hash.memory_kib")), QStringLiteral("19456"));
}

void TestTokenSettings::roundTripOfChangedSettings()
{
    TokenSettings changed;
    changed.definition.identifierGeneration = TokenRules::IdentifierGeneration::AutoAlphanumeric;
    changed.definition.identifierFormat = TokenRules::IdentifierFormat::Email;
    changed.definition.identifierRules = { 7, true, false, true };
    changed.definition.passCodeGeneration = TokenRules::CodeGeneration::Auto;
    changed.definition.passCodeRules = { 12, true, true, true };
    changed.definition.authenticationCodeGeneration = TokenRules::CodeGeneration::None;
    changed.definition.allowNoIdentifierAndPassCode = false;
    changed.definition.verificationRequired = true;
    changed.definition.otpLifetimeMinutes = 3;
    changed.definition.deactivateWhenLastAssociationRemoved = true;
    changed.hashIterations = 4;
    changed.hashMemoryKiB = 65536;

    TokenSettings copy;
    QVERIFY(!(copy == changed));
    for (const QString& line : changed.toKeyValues()) {
        const qsizetype equals = line.indexOf(QLatin1Char('='));
        const Result<void> set = copy.setKeyValue(line.left(equals), line.mid(equals + 1));
        QVERIFY2(set.ok(), qPrintable(set.error().toString()));
    }
    QVERIFY(copy == changed);
    QCOMPARE(copy.toKeyValues(), changed.toKeyValues());
}

void TestTokenSettings::eachKeyIsApplied_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("shown");
    QTest::newRow("identifier.generation") << "identifier.generation"
                                           << "auto_number"
                                           << "AUTO_NUMBER";
    QTest::newRow("identifier.format") << "identifier.format"
                                       << "EMAIL"
                                       << "EMAIL";
    QTest::newRow("identifier.minimum_length") << "identifier.minimum_length"
                                               << " 9 "
                                               << "9";
    QTest::newRow("identifier.letters") << "identifier.letters"
                                        << "yes"
                                        << "true";
    QTest::newRow("identifier.digits") << "identifier.digits"
                                       << "1"
                                       << "true";
    QTest::newRow("identifier.special_characters") << "identifier.special_characters"
                                                   << "TRUE"
                                                   << "true";
    QTest::newRow("pass_code.generation") << "pass_code.generation"
                                          << "AUTO"
                                          << "AUTO";
    QTest::newRow("pass_code.minimum_length") << "pass_code.minimum_length"
                                              << "16"
                                              << "16";
    QTest::newRow("pass_code.letters") << "pass_code.letters"
                                       << "true"
                                       << "true";
    QTest::newRow("pass_code.digits") << "pass_code.digits"
                                      << "true"
                                      << "true";
    QTest::newRow("pass_code.special_characters") << "pass_code.special_characters"
                                                  << "true"
                                                  << "true";
    QTest::newRow("authentication_code.generation") << "authentication_code.generation"
                                                    << "NONE"
                                                    << "NONE";
    QTest::newRow("allow_no_identifier_and_pass_code") << "allow_no_identifier_and_pass_code"
                                                       << "no"
                                                       << "false";
    QTest::newRow("verification_required") << "verification_required"
                                           << "true"
                                           << "true";
    QTest::newRow("otp_lifetime_minutes") << "otp_lifetime_minutes"
                                          << "1440"
                                          << "1440";
    QTest::newRow("deactivate_when_last_association_removed") << "deactivate_when_last_association_removed"
                                                              << "true"
                                                              << "true";
    QTest::newRow("pass_code_hash.iterations") << "pass_code_hash.iterations"
                                               << "1"
                                               << "1";
    QTest::newRow("pass_code_hash.memory_kib") << "pass_code_hash.memory_kib"
                                               << "8"
                                               << "8";
}

void TestTokenSettings::eachKeyIsApplied()
{
    QFETCH(QString, key);
    QFETCH(QString, value);
    QFETCH(QString, shown);
    TokenSettings settings;
    const Result<void> set = settings.setKeyValue(key, value);
    QVERIFY2(set.ok(), qPrintable(set.error().toString()));
    QCOMPARE(asMap(settings.toKeyValues()).value(key), shown);
    QVERIFY(!(settings == TokenSettings()));
}

void TestTokenSettings::badValuesAreRefused_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("value");
    QTest::newRow("enum unknown") << "identifier.generation"
                                  << "SOMETIMES";
    QTest::newRow("format unknown") << "identifier.format"
                                    << "PHONE";
    QTest::newRow("code generation unknown") << "pass_code.generation"
                                             << "MANUAL";
    QTest::newRow("bool word") << "verification_required"
                               << "maybe";
    QTest::newRow("bool empty") << "pass_code.letters"
                                << "";
    QTest::newRow("length negative") << "pass_code.minimum_length"
                                     << "-1";
    QTest::newRow("length huge") << "identifier.minimum_length"
                                 << "257";
    QTest::newRow("length text") << "identifier.minimum_length"
                                 << "eight";
    QTest::newRow("otp zero") << "otp_lifetime_minutes"
                              << "0";
    QTest::newRow("otp over a day") << "otp_lifetime_minutes"
                                    << "1441";
    QTest::newRow("iterations zero") << "pass_code_hash.iterations"
                                     << "0";
    QTest::newRow("memory too small") << "pass_code_hash.memory_kib"
                                      << "7";
}

void TestTokenSettings::badValuesAreRefused()
{
    QFETCH(QString, key);
    QFETCH(QString, value);
    TokenSettings settings;
    const Result<void> set = settings.setKeyValue(key, value);
    QVERIFY(!set.ok());
    QCOMPARE(set.error().code(), Error::Code::Validation);
    QCOMPARE(set.error().field(), key);
    QVERIFY2(set.error().message().contains(key), qPrintable(set.error().message()));
    // A refused value leaves the settings as they were.
    QVERIFY(settings == TokenSettings());
}

void TestTokenSettings::unknownKeyIsRefused()
{
    TokenSettings settings;
    const Result<void> set = settings.setKeyValue(QStringLiteral("pass_code.colour"), QStringLiteral("blue"));
    QVERIFY(!set.ok());
    QCOMPARE(set.error().field(), QStringLiteral("pass_code.colour"));
    // The message lists the keys that exist, so the person can correct the typo.
    QVERIFY(set.error().message().contains(QLatin1String("pass_code.minimum_length")));
}

void TestTokenSettings::rulesForClassification()
{
    TokenSettings settings;
    Classification app;
    app.id = QStringLiteral("C1");
    app.name = QStringLiteral("Mobile app");
    app.rules.verificationRequired = true;
    settings.classifications.append(app);

    QVERIFY(settings.rulesFor(QStringLiteral("Mobile app")).verificationRequired);
    QVERIFY(settings.rulesFor(QStringLiteral("C1")).verificationRequired);
    QVERIFY(!settings.rulesFor(QString()).verificationRequired);
    QVERIFY(!settings.rulesFor(QStringLiteral("Unknown")).verificationRequired);
    QVERIFY(settings.findClassification(QStringLiteral("mobile APP")).has_value());
    QVERIFY(!settings.findClassification(QStringLiteral("Web portal")).has_value());
}

QTEST_GUILESS_MAIN(TestTokenSettings)
#include "TestTokenSettings.moc"
