#include "SecretGenerator.h"
#include "TokenValidator.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>

// Codes sent to customers: right length and alphabet, leading zeros kept, pass codes that pass
// the very rules they were generated for.
class TestSecretGenerator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void hexIdIs32UpperHex();
    void digitsKeepLeadingZeros();
    void digitLengths();
    void alphanumericLength();
    void passCodeUnconstrained();
    void passCodeMeetsRules_data();
    void passCodeMeetsRules();
};

void TestSecretGenerator::hexIdIs32UpperHex()
{
    static const QRegularExpression hex(QStringLiteral("^[0-9A-F]{32}$"));
    QSet<QString> seen;
    for (int i = 0; i < 200; ++i) {
        const QString id = SecretGenerator::hexId();
        QVERIFY2(hex.match(id).hasMatch(), qPrintable(id));
        seen.insert(id);
    }
    QCOMPARE(seen.size(), 200);
}

void TestSecretGenerator::digitsKeepLeadingZeros()
{
    // One code in ten starts with 0; in 2000 codes the chance of none is about 1e-92.
    int leadingZero = 0;
    for (int i = 0; i < 2000; ++i) {
        const QString code = SecretGenerator::digits(6);
        QCOMPARE(code.size(), 6);
        if (code.startsWith(QLatin1Char('0')))
            ++leadingZero;
    }
    QVERIFY(leadingZero > 0);
}

void TestSecretGenerator::digitLengths()
{
    static const QRegularExpression digits(QStringLiteral("^[0-9]*$"));
    for (int length : { 0, 1, 6, 8, 12 }) {
        const QString code = SecretGenerator::digits(length);
        QCOMPARE(code.size(), length);
        QVERIFY(digits.match(code).hasMatch());
    }
}

void TestSecretGenerator::alphanumericLength()
{
    static const QRegularExpression alphanumeric(QStringLiteral("^[A-Za-z0-9]{10}$"));
    const QString value = SecretGenerator::alphanumeric(10);
    QVERIFY2(alphanumeric.match(value).hasMatch(), qPrintable(value));
}

void TestSecretGenerator::passCodeUnconstrained()
{
    static const QRegularExpression sixAlphanumerics(QStringLiteral("^[A-Za-z0-9]{6}$"));
    for (int i = 0; i < 100; ++i) {
        const QString code = SecretGenerator::passCode(CharacterRules());
        QVERIFY2(sixAlphanumerics.match(code).hasMatch(), qPrintable(code));
    }
}

void TestSecretGenerator::passCodeMeetsRules_data()
{
    QTest::addColumn<int>("minimumLength");
    QTest::addColumn<bool>("letters");
    QTest::addColumn<bool>("digits");
    QTest::addColumn<bool>("special");
    QTest::newRow("letters") << 0 << true << false << false;
    QTest::newRow("digits") << 0 << false << true << false;
    QTest::newRow("special") << 0 << false << false << true;
    QTest::newRow("long and all") << 16 << true << true << true;
    QTest::newRow("length only") << 9 << false << false << false;
}

void TestSecretGenerator::passCodeMeetsRules()
{
    QFETCH(int, minimumLength);
    QFETCH(bool, letters);
    QFETCH(bool, digits);
    QFETCH(bool, special);
    TokenRules rules;
    rules.passCodeRules = { minimumLength, letters, digits, special };
    for (int i = 0; i < 200; ++i) {
        const QString code = SecretGenerator::passCode(rules.passCodeRules);
        QVERIFY2(code.size() >= std::max(6, minimumLength), qPrintable(code));
        const QList<Error::Violation> violations = TokenValidator::validatePassCode(code, rules);
        QVERIFY2(violations.isEmpty(), qPrintable(code + QStringLiteral(": ") + violations.value(0).message));
    }
}

QTEST_GUILESS_MAIN(TestSecretGenerator)
#include "TestSecretGenerator.moc"
