// RuleHint: the sentence under the identifier and pass code fields says what the store accepts,
// so a person is not told "any length" and then refused for a long value.

#include "RuleHint.h"
#include "TokenValidator.h"

#include <QTest>

class TestRuleHint : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void theHintNamesTheLongestValueTheStoreTakes()
    {
        TokenRules rules;
        rules.identifierFormat = TokenRules::IdentifierFormat::Email;
        QCOMPARE(RuleHint::identifier(rules), QStringLiteral("An e-mail address. Up to 255 characters."));
        rules.passCodeRules.minimumLength = 8;
        rules.passCodeRules.digits = true;
        QCOMPARE(RuleHint::passCode(rules), QStringLiteral("8 to 255 characters, including a digit."));
        QVERIFY(!TokenValidator::validateIdentifier(QString(256, QLatin1Char('a')), TokenRules()).isEmpty());
        QVERIFY(TokenValidator::validateIdentifier(QString(255, QLatin1Char('a')), TokenRules()).isEmpty());
    }
};

QTEST_MAIN(TestRuleHint)
#include "TestRuleHint.moc"
