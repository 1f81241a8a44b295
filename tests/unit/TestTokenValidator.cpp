#include "TokenValidator.h"

#include <QTest>

// Every settings rule of spec §2 that TokenValidator enforces, each shown to refuse and to accept.
class TestTokenValidator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void identifierFormat_data();
    void identifierFormat();
    void identifierGeneratedSkipsFormat();
    void identifierCharacterRules_data();
    void identifierCharacterRules();
    void passCodeRules_data();
    void passCodeRules();
    void textLimits();
    void passCodeRequiredWithIdentifier();
    void passCodeCannotBeClearedWithIdentifier();
    void passCodeNeedsIdentifier();
    void allowNoIdentifierAndPassCode();
    void authenticationCodeGeneration();
    void cardMaskedNumber_data();
    void cardMaskedNumber();
    void udfFloatMustBeFinite();
    void customFieldNames();
    void everyViolationIsReported();
    void aLeadingByteOrderMarkIsRefused();
    void messagesNameFieldsAsTheTableDoes();
};

namespace {
bool hasField(const QList<Error::Violation>& violations, const QString& field)
{
    for (const Error::Violation& v : violations) {
        if (v.field == field)
            return true;
    }
    return false;
}

QString describe(const QList<Error::Violation>& violations)
{
    QStringList lines;
    for (const Error::Violation& v : violations)
        lines.append(v.field + QStringLiteral(": ") + v.message);
    return lines.join(QStringLiteral("; "));
}

// A card-style token that is valid under the default rules.
AccessToken cardToken()
{
    AccessToken token;
    token.authenticationCode = QStringLiteral("CARD0001");
    return token;
}
} // namespace

void TestTokenValidator::identifierFormat_data()
{
    QTest::addColumn<int>("format");
    QTest::addColumn<QString>("identifier");
    QTest::addColumn<bool>("valid");
    const int email = int(TokenRules::IdentifierFormat::Email);
    const int number = int(TokenRules::IdentifierFormat::Number);
    const int freeText = int(TokenRules::IdentifierFormat::FreeText);
    QTest::newRow("email ok") << email << "maria@example.com" << true;
    QTest::newRow("email subdomain") << email << "a.b+c@mail.example.org" << true;
    QTest::newRow("email without at") << email << "maria.example.com" << false;
    QTest::newRow("email without dot in domain") << email << "maria@localhost" << false;
    QTest::newRow("email with space") << email << "ma ria@example.com" << false;
    QTest::newRow("email two ats") << email << "a@b@example.com" << false;
    QTest::newRow("number ok") << number << "0035799123456" << true;
    QTest::newRow("number with plus") << number << "+35799123456" << false;
    QTest::newRow("number with letter") << number << "12a4" << false;
    QTest::newRow("free text") << freeText << "api1test12up" << true;
    QTest::newRow("free text symbols") << freeText << "Hello, world!" << true;
    QTest::newRow("blank") << freeText << "   " << false;
}

void TestTokenValidator::identifierFormat()
{
    QFETCH(int, format);
    QFETCH(QString, identifier);
    QFETCH(bool, valid);
    TokenRules rules;
    rules.identifierFormat = TokenRules::IdentifierFormat(format);
    const QList<Error::Violation> violations = TokenValidator::validateIdentifier(identifier, rules);
    QVERIFY2(violations.isEmpty() == valid, qPrintable(describe(violations)));
    if (!valid)
        QVERIFY(hasField(violations, QStringLiteral("identifier")));
}

void TestTokenValidator::identifierGeneratedSkipsFormat()
{
    TokenRules rules;
    rules.identifierFormat = TokenRules::IdentifierFormat::Email;
    rules.identifierRules.minimumLength = 20;
    QVERIFY(!TokenValidator::validateIdentifier(QStringLiteral("12345"), rules).isEmpty());
    // A generated identifier is the store's; the format and character rules describe typed ones.
    rules.identifierGeneration = TokenRules::IdentifierGeneration::AutoNumber;
    QVERIFY(TokenValidator::validateIdentifier(QStringLiteral("12345"), rules).isEmpty());
}

void TestTokenValidator::identifierCharacterRules_data()
{
    QTest::addColumn<int>("minimumLength");
    QTest::addColumn<bool>("letters");
    QTest::addColumn<bool>("digits");
    QTest::addColumn<bool>("special");
    QTest::addColumn<QString>("identifier");
    QTest::addColumn<bool>("valid");
    QTest::newRow("length met") << 5 << false << false << false << "abcde" << true;
    QTest::newRow("length short") << 5 << false << false << false << "abcd" << false;
    QTest::newRow("letters met") << 0 << true << false << false << "123a" << true;
    QTest::newRow("letters missing") << 0 << true << false << false << "1234" << false;
    QTest::newRow("digits met") << 0 << false << true << false << "abc1" << true;
    QTest::newRow("digits missing") << 0 << false << true << false << "abcd" << false;
    QTest::newRow("special met") << 0 << false << false << true << "ab_c" << true;
    QTest::newRow("special missing") << 0 << false << false << true << "abc1" << false;
    QTest::newRow("all met") << 6 << true << true << true << "a1-bcd" << true;
}

void TestTokenValidator::identifierCharacterRules()
{
    QFETCH(int, minimumLength);
    QFETCH(bool, letters);
    QFETCH(bool, digits);
    QFETCH(bool, special);
    QFETCH(QString, identifier);
    QFETCH(bool, valid);
    TokenRules rules;
    rules.identifierRules = { minimumLength, letters, digits, special };
    const QList<Error::Violation> violations = TokenValidator::validateIdentifier(identifier, rules);
    QVERIFY2(violations.isEmpty() == valid, qPrintable(describe(violations)));
}

void TestTokenValidator::passCodeRules_data()
{
    QTest::addColumn<int>("minimumLength");
    QTest::addColumn<bool>("letters");
    QTest::addColumn<bool>("digits");
    QTest::addColumn<bool>("special");
    QTest::addColumn<QString>("passCode");
    QTest::addColumn<bool>("valid");
    QTest::newRow("unconstrained") << 0 << false << false << false << "x" << true;
    QTest::newRow("empty") << 0 << false << false << false << "" << false;
    QTest::newRow("length met") << 8 << false << false << false << "abcdefgh" << true;
    QTest::newRow("length short") << 8 << false << false << false << "abcdefg" << false;
    QTest::newRow("letters missing") << 0 << true << false << false << "12345678" << false;
    QTest::newRow("digits missing") << 0 << false << true << false << "abcdefgh" << false;
    QTest::newRow("special missing") << 0 << false << false << true << "abcd1234" << false;
    QTest::newRow("all met") << 8 << true << true << true << "abcd12#x" << true;
    QTest::newRow("too long") << 0 << false << false << false << QString(256, QLatin1Char('a')) << false;
}

void TestTokenValidator::passCodeRules()
{
    QFETCH(int, minimumLength);
    QFETCH(bool, letters);
    QFETCH(bool, digits);
    QFETCH(bool, special);
    QFETCH(QString, passCode);
    QFETCH(bool, valid);
    TokenRules rules;
    rules.passCodeRules = { minimumLength, letters, digits, special };
    const QList<Error::Violation> violations = TokenValidator::validatePassCode(passCode, rules);
    QVERIFY2(violations.isEmpty() == valid, qPrintable(describe(violations)));
    for (const Error::Violation& v : violations)
        QCOMPARE(v.field, QStringLiteral("pass_code"));
}

void TestTokenValidator::textLimits()
{
    const TokenRules rules;
    QVERIFY(TokenValidator::validateIdentifier(QString(255, QLatin1Char('a')), rules).isEmpty());
    QVERIFY(!TokenValidator::validateIdentifier(QString(256, QLatin1Char('a')), rules).isEmpty());
    QVERIFY(!TokenValidator::validateIdentifier(QStringLiteral("tab\there"), rules).isEmpty());
    QVERIFY(!TokenValidator::validateAuthenticationCode(QStringLiteral("  ")).isEmpty());
    QVERIFY(!TokenValidator::validateAuthenticationCode(QStringLiteral("line\nbreak")).isEmpty());
    QVERIFY(TokenValidator::validateAuthenticationCode(QStringLiteral("testpassnew1")).isEmpty());
}

void TestTokenValidator::passCodeRequiredWithIdentifier()
{
    const TokenRules rules;
    AccessToken after = cardToken();
    after.identifier = QStringLiteral("maria@example.com");
    TokenPatch patch;
    patch.identifier = after.identifier;

    after.hasPassCode = false;
    QList<Error::Violation> violations
        = TokenValidator::validate(after, patch, rules, TokenValidator::Mode::Create);
    QVERIFY2(hasField(violations, QStringLiteral("pass_code")), qPrintable(describe(violations)));

    after.hasPassCode = true;
    patch.passCode = QStringLiteral("secret1");
    violations = TokenValidator::validate(after, patch, rules, TokenValidator::Mode::Create);
    QVERIFY2(violations.isEmpty(), qPrintable(describe(violations)));
}

void TestTokenValidator::passCodeCannotBeClearedWithIdentifier()
{
    const TokenRules rules;
    AccessToken after = cardToken();
    after.identifier = QStringLiteral("maria@example.com");
    after.hasPassCode = false;
    TokenPatch patch;
    patch.passCode = PatchValue<QString>::null();
    const QList<Error::Violation> violations
        = TokenValidator::validate(after, patch, rules, TokenValidator::Mode::Update);
    QVERIFY(hasField(violations, QStringLiteral("pass_code")));
}

void TestTokenValidator::passCodeNeedsIdentifier()
{
    const TokenRules rules;
    AccessToken after = cardToken();
    after.hasPassCode = true;
    TokenPatch patch;
    patch.passCode = QStringLiteral("secret1");
    const QList<Error::Violation> violations
        = TokenValidator::validate(after, patch, rules, TokenValidator::Mode::Create);
    QVERIFY2(hasField(violations, QStringLiteral("identifier")), qPrintable(describe(violations)));
}

void TestTokenValidator::allowNoIdentifierAndPassCode()
{
    TokenRules rules;
    const AccessToken after = cardToken();
    const TokenPatch patch;
    rules.allowNoIdentifierAndPassCode = true;
    QVERIFY(TokenValidator::validate(after, patch, rules, TokenValidator::Mode::Create).isEmpty());
    rules.allowNoIdentifierAndPassCode = false;
    const QList<Error::Violation> violations
        = TokenValidator::validate(after, patch, rules, TokenValidator::Mode::Create);
    QVERIFY(hasField(violations, QStringLiteral("identifier")));
    // The rules may be a classification's: the message does not send the person to the store's
    // settings alone.
    QVERIFY2(violations.constFirst().message.contains(QLatin1String("classification")),
             qPrintable(describe(violations)));
}

void TestTokenValidator::authenticationCodeGeneration()
{
    TokenRules rules;
    const AccessToken withoutCode;
    const TokenPatch patch;
    rules.authenticationCodeGeneration = TokenRules::CodeGeneration::Auto;
    QVERIFY(TokenValidator::validate(withoutCode, patch, rules, TokenValidator::Mode::Create).isEmpty());

    rules.authenticationCodeGeneration = TokenRules::CodeGeneration::None;
    QList<Error::Violation> violations
        = TokenValidator::validate(withoutCode, patch, rules, TokenValidator::Mode::Create);
    QVERIFY(hasField(violations, QStringLiteral("authentication_code")));

    // Whatever the settings, an existing token keeps its authentication code.
    rules.authenticationCodeGeneration = TokenRules::CodeGeneration::Auto;
    TokenPatch clear;
    clear.authenticationCode = PatchValue<QString>::null();
    violations = TokenValidator::validate(withoutCode, clear, rules, TokenValidator::Mode::Update);
    QVERIFY(hasField(violations, QStringLiteral("authentication_code")));
}

void TestTokenValidator::cardMaskedNumber_data()
{
    QTest::addColumn<QString>("number");
    QTest::addColumn<bool>("valid");
    QTest::newRow("masked") << "4111********1111" << true;
    QTest::newRow("spaced") << "4111 **** **** 1111" << true;
    QTest::newRow("x mask") << "4111XXXXXXXX1111" << true;
    QTest::newRow("too short") << "411" << false;
    QTest::newRow("letters") << "4111abcd1111" << false;
    QTest::newRow("too long") << QString(33, QLatin1Char('1')) << false;
    QTest::newRow("longest") << QString(28, QLatin1Char('*')) + QStringLiteral("1111") << true;
    // A full card number is refused: six first and four last digits at most (PCI DSS).
    QTest::newRow("full card number") << "4111111111111111" << false;
    QTest::newRow("full, spaced") << "4111 1111 1111 1111" << false;
    QTest::newRow("first six, last four") << "411111******1111" << true;
    QTest::newRow("one digit more") << "4111111*****1111" << false;
    QTest::newRow("last four alone") << "1111" << true;
    QTest::newRow("shortest, dashed") << "41-1" << true;
    QTest::newRow("trailing line break") << "4111********1111\n" << false;
    QTest::newRow("arabic-indic digits") << QStringLiteral("\u0664\u0661\u0661\u0661") << false;
}

void TestTokenValidator::cardMaskedNumber()
{
    QFETCH(QString, number);
    QFETCH(bool, valid);
    QCOMPARE(TokenValidator::validateCardMaskedNumber(number).isEmpty(), valid);
}

void TestTokenValidator::udfFloatMustBeFinite()
{
    const TokenRules rules;
    TokenPatch patch;
    patch.udfFloat[2] = std::numeric_limits<double>::infinity();
    QList<Error::Violation> violations
        = TokenValidator::validate(cardToken(), patch, rules, TokenValidator::Mode::Update);
    QVERIFY(hasField(violations, QStringLiteral("udf_float_3")));
    patch.udfFloat[2] = 2.5;
    violations = TokenValidator::validate(cardToken(), patch, rules, TokenValidator::Mode::Update);
    QVERIFY2(violations.isEmpty(), qPrintable(describe(violations)));
}

void TestTokenValidator::customFieldNames()
{
    QVERIFY(!TokenValidator::validateCustomFieldName(QStringLiteral(" ")).isEmpty());
    QVERIFY(TokenValidator::validateCustomFieldName(QStringLiteral("tier")).isEmpty());
    TokenPatch patch;
    patch.customFieldSet.insert(QStringLiteral("notes"), QString(4097, QLatin1Char('n')));
    const QList<Error::Violation> violations
        = TokenValidator::validate(cardToken(), patch, TokenRules(), TokenValidator::Mode::Update);
    QVERIFY(hasField(violations, QStringLiteral("custom_fields")));
}

void TestTokenValidator::everyViolationIsReported()
{
    TokenRules rules;
    rules.identifierFormat = TokenRules::IdentifierFormat::Email;
    rules.passCodeRules.minimumLength = 8;
    AccessToken after = cardToken();
    after.identifier = QStringLiteral("not-an-email");
    after.hasPassCode = true;
    TokenPatch patch;
    patch.identifier = after.identifier;
    patch.passCode = QStringLiteral("short");
    patch.cardMaskedNumber = QStringLiteral("abc");
    const QList<Error::Violation> violations
        = TokenValidator::validate(after, patch, rules, TokenValidator::Mode::Create);
    QVERIFY(hasField(violations, QStringLiteral("identifier")));
    QVERIFY(hasField(violations, QStringLiteral("pass_code")));
    QVERIFY(hasField(violations, QStringLiteral("card_masked_number")));

    const Error error = Error::validation(violations);
    QCOMPARE(error.code(), Error::Code::Validation);
    QCOMPARE(error.field(), QStringLiteral("identifier"));
    QCOMPARE(error.violations().size(), violations.size());
}

QTEST_GUILESS_MAIN(TestTokenValidator)
#include "TestTokenValidator.moc"

// The editor, the import's check page and the CLI show these messages to people who know the
// fields by the table's titles; the wire name stays in the violation's field.
void TestTokenValidator::messagesNameFieldsAsTheTableDoes()
{
    TokenRules rules;
    rules.identifierFormat = TokenRules::IdentifierFormat::Number;
    AccessToken after = cardToken();
    after.identifier = QStringLiteral("12a");
    after.hasPassCode = true;
    TokenPatch patch;
    patch.identifier = after.identifier;
    patch.passCode = QString();
    patch.cardMaskedNumber = QStringLiteral("abc");
    patch.udfFloat[1] = std::numeric_limits<double>::quiet_NaN();
    patch.udfString[6] = QString(TokenValidator::maximumTextLength + 1, QLatin1Char('x'));
    QStringList messages;
    for (const Error::Violation& v :
         TokenValidator::validate(after, patch, rules, TokenValidator::Mode::Create))
        messages.append(v.field + QLatin1String(": ") + v.message);
    QCOMPARE(messages,
             QStringList(
                 { "identifier: Identifier must contain digits only", "pass_code: Pass code cannot be empty",
                   "card_masked_number: Card number must be 4 to 32 digits and mask characters, such as "
                   "4111********1111",
                   "udf_string_7: UDF text 7 is longer than 255 characters",
                   "udf_float_2: UDF number 2 must be a finite number" }));
    QCOMPARE(TokenValidator::validateCustomFieldName(QString(300, QLatin1Char('n'))).constFirst().message,
             QStringLiteral("A custom field's name is longer than 255 characters"));
    // A line break (a quoted cell spread over two lines of a CSV file) is named as one.
    QCOMPARE(TokenValidator::validateAuthenticationCode(QStringLiteral("line\r\nbreak")).constFirst().message,
             QStringLiteral("Authentication code contains a line break; it must be on one line"));
    QCOMPARE(TokenValidator::validateAuthenticationCode(QStringLiteral("bell\a")).constFirst().message,
             QStringLiteral("Authentication code contains a control character"));
}

void TestTokenValidator::aLeadingByteOrderMarkIsRefused()
{
    const TokenRules rules;
    for (const QChar mark : { QChar(0xFEFF), QChar(0xFFFE) }) {
        const QString value = mark + QStringLiteral("ann@example.com");
        QCOMPARE(TokenValidator::validateIdentifier(value, rules).constFirst().message,
                 QStringLiteral("Identifier starts with an invisible byte-order mark"));
        QCOMPARE(TokenValidator::validateCustomFieldName(value).constFirst().message,
                 QStringLiteral("A custom field's name starts with an invisible byte-order mark"));
        AccessToken after;
        after.authenticationCode = QStringLiteral("auth-1");
        TokenPatch patch;
        patch.udfString[2] = value;
        patch.customFieldSet.insert(QStringLiteral("branch"), value);
        QStringList messages;
        for (const Error::Violation& v :
             TokenValidator::validate(after, patch, rules, TokenValidator::Mode::Update))
            messages.append(v.field + QLatin1String(": ") + v.message);
        QCOMPARE(messages,
                 QStringList({ "udf_string_3: UDF text 3 starts with an invisible byte-order mark",
                               "custom_fields: The custom field branch starts with an invisible byte-order "
                               "mark" }));
    }
    // Inside a value U+FEFF is a zero-width no-break space, as a pasted text may hold.
    QVERIFY(TokenValidator::validateIdentifier(QStringLiteral("ann\uFEFF@example.com"), rules).isEmpty());
}
