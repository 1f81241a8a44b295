#include "TokenValidator.h"

#include "TokenField.h"

#include <QRegularExpression>
#include <algorithm>
#include <cmath>

namespace {
bool hasControlCharacter(const QString& value)
{
    for (const QChar c : value) {
        if (c.category() == QChar::Other_Control)
            return true;
    }
    return false;
}

// SQLite reads U+FEFF before a text as the byte-order mark of UTF-16 and drops it, and reads
// U+FFFE as one for the other byte order and swaps every character after it.
bool startsWithByteOrderMark(const QString& value)
{
    return value.startsWith(QChar(0xFEFF)) || value.startsWith(QChar(0xFFFE));
}

bool isSpecial(QChar c)
{
    return !c.isLetterOrNumber() && !c.isSpace();
}
} // namespace

QString TokenValidator::titleOf(const QString& field)
{
    return field == QLatin1String("custom_fields") ? tr("A custom field's name") : TokenFields::title(field);
}

void TokenValidator::checkText(const QString& field, const QString& value,
                               QList<Error::Violation>& violations)
{
    if (value.size() > maximumTextLength)
        violations.append(
            { field, tr("%1 is longer than %2 characters").arg(titleOf(field)).arg(maximumTextLength) });
    if (value.contains(QLatin1Char('\n')) || value.contains(QLatin1Char('\r')))
        violations.append(
            { field, tr("%1 contains a line break; it must be on one line").arg(titleOf(field)) });
    else if (hasControlCharacter(value))
        violations.append({ field, tr("%1 contains a control character").arg(titleOf(field)) });
    if (startsWithByteOrderMark(value))
        violations.append({ field, tr("%1 starts with an invisible byte-order mark").arg(titleOf(field)) });
}

void TokenValidator::checkCharacters(const QString& field, const QString& value, const CharacterRules& rules,
                                     QList<Error::Violation>& violations)
{
    if (value.size() < rules.minimumLength)
        violations.append(
            { field, tr("%1 needs at least %2 characters").arg(titleOf(field)).arg(rules.minimumLength) });
    if (rules.letters && std::none_of(value.begin(), value.end(), [](QChar c) { return c.isLetter(); }))
        violations.append({ field, tr("%1 needs at least one letter").arg(titleOf(field)) });
    if (rules.digits && std::none_of(value.begin(), value.end(), [](QChar c) { return c.isDigit(); }))
        violations.append({ field, tr("%1 needs at least one digit").arg(titleOf(field)) });
    if (rules.specialCharacters && std::none_of(value.begin(), value.end(), isSpecial))
        violations.append({ field, tr("%1 needs at least one special character").arg(titleOf(field)) });
}

QList<Error::Violation> TokenValidator::validateIdentifier(const QString& identifier, const TokenRules& rules)
{
    const QString field = QStringLiteral("identifier");
    QList<Error::Violation> violations;
    checkText(field, identifier, violations);
    if (identifier.trimmed().isEmpty()) {
        violations.append({ field, tr("%1 cannot be blank").arg(titleOf(field)) });
        return violations;
    }
    if (rules.identifierGeneration != TokenRules::IdentifierGeneration::None)
        return violations;

    switch (rules.identifierFormat) {
    case TokenRules::IdentifierFormat::Email: {
        static const QRegularExpression email(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
        if (!email.match(identifier).hasMatch())
            violations.append(
                { field, tr("%1 must be an e-mail address such as name@example.com").arg(titleOf(field)) });
        break;
    }
    case TokenRules::IdentifierFormat::Number:
        if (std::any_of(identifier.begin(), identifier.end(), [](QChar c) { return !c.isDigit(); }))
            violations.append({ field, tr("%1 must contain digits only").arg(titleOf(field)) });
        break;
    case TokenRules::IdentifierFormat::FreeText:
        break;
    }
    checkCharacters(field, identifier, rules.identifierRules, violations);
    return violations;
}

QList<Error::Violation> TokenValidator::validatePassCode(const QString& passCode, const TokenRules& rules)
{
    const QString field = QStringLiteral("pass_code");
    QList<Error::Violation> violations;
    if (passCode.isEmpty()) {
        violations.append({ field, tr("%1 cannot be empty").arg(titleOf(field)) });
        return violations;
    }
    if (passCode.size() > maximumTextLength)
        violations.append(
            { field, tr("%1 is longer than %2 characters").arg(titleOf(field)).arg(maximumTextLength) });
    checkCharacters(field, passCode, rules.passCodeRules, violations);
    return violations;
}

QList<Error::Violation> TokenValidator::validateAuthenticationCode(const QString& code)
{
    const QString field = QStringLiteral("authentication_code");
    QList<Error::Violation> violations;
    checkText(field, code, violations);
    if (code.trimmed().isEmpty())
        violations.append({ field, tr("%1 cannot be blank").arg(titleOf(field)) });
    return violations;
}

QList<Error::Violation> TokenValidator::validateCardMaskedNumber(const QString& number)
{
    const QString field = QStringLiteral("card_masked_number");
    QList<Error::Violation> violations;
    // Checked by hand: a regular expression's $ also matched before a final line break, and
    // cost a bulk import more per row than all its other checks.
    const bool masked = number.size() >= 4 && number.size() <= 32
        && std::all_of(number.cbegin(), number.cend(), [](QChar c) {
                            return (c >= u'0' && c <= u'9') || c == u'*' || c == u'X' || c == u'x'
                                || c == u' ' || c == u'-';
                        });
    if (!masked) {
        violations.append({ field,
                            tr("%1 must be 4 to 32 digits and mask characters, such as 4111********1111")
                                .arg(titleOf(field)) });
        return violations;
    }
    // PCI DSS lets a card number be kept with its first six and last four digits at most: more is
    // (nearly) the whole number, which a back office must not store in the clear.
    constexpr int maxShownDigits = 10;
    if (std::count_if(number.cbegin(), number.cend(), [](QChar c) { return c >= u'0' && c <= u'9'; })
        > maxShownDigits)
        violations.append({ field,
                            tr("%1 shows more than %2 digits: mask the middle ones, as in 4111********1111, "
                               "so no full card number is stored")
                                .arg(titleOf(field))
                                .arg(maxShownDigits) });
    return violations;
}

QList<Error::Violation> TokenValidator::validateCustomFieldName(const QString& name)
{
    const QString field = QStringLiteral("custom_fields");
    QList<Error::Violation> violations;
    if (name.trimmed().isEmpty())
        violations.append({ field, tr("A custom field needs a name") });
    else
        checkText(field, name, violations);
    return violations;
}

QList<Error::Violation> TokenValidator::validateUdfFloats(const TokenPatch& patch)
{
    QList<Error::Violation> violations;
    for (int i = 0; i < AccessToken::udfFloatCount; ++i) {
        if (patch.udfFloat[i].isSet() && !std::isfinite(patch.udfFloat[i].value())) {
            const QString field = QStringLiteral("udf_float_%1").arg(i + 1);
            violations.append({ field, tr("%1 must be a finite number").arg(titleOf(field)) });
        }
    }
    return violations;
}

QList<Error::Violation> TokenValidator::validate(const AccessToken& after, const TokenPatch& patch,
                                                 const TokenRules& rules, Mode mode)
{
    QList<Error::Violation> violations;
    if (patch.identifier.isSet())
        violations += validateIdentifier(patch.identifier.value(), rules);
    if (patch.passCode.isSet())
        violations += validatePassCode(patch.passCode.value(), rules);
    if (patch.authenticationCode.isSet())
        violations += validateAuthenticationCode(patch.authenticationCode.value());
    if (patch.cardMaskedNumber.isSet())
        violations += validateCardMaskedNumber(patch.cardMaskedNumber.value());
    // Made once: a bulk import validates every row.
    static const QStringList udfStringFields = []() {
        QStringList fields;
        for (int i = 0; i < AccessToken::udfStringCount; ++i)
            fields.append(QStringLiteral("udf_string_%1").arg(i + 1));
        return fields;
    }();
    for (int i = 0; i < AccessToken::udfStringCount; ++i) {
        if (patch.udfString[i].isSet())
            checkText(udfStringFields.at(i), patch.udfString[i].value(), violations);
    }
    violations += validateUdfFloats(patch);
    for (auto it = patch.customFieldSet.cbegin(); it != patch.customFieldSet.cend(); ++it) {
        violations += validateCustomFieldName(it.key());
        if (it.value().size() > 4096)
            violations.append({ QStringLiteral("custom_fields"),
                                tr("The custom field %1 is longer than 4096 characters").arg(it.key()) });
        if (startsWithByteOrderMark(it.value()))
            violations.append(
                { QStringLiteral("custom_fields"),
                  tr("The custom field %1 starts with an invisible byte-order mark").arg(it.key()) });
    }

    if (patch.passCode.isNull() && !after.identifier.isEmpty())
        violations.append({ QStringLiteral("pass_code"),
                            tr("The pass code cannot be cleared while the token has an identifier") });
    // An update is judged by what it changes: a token made before the rules were tightened stays
    // editable until the identifier, the pass code or the classification (whose rules apply) change.
    const bool judgesWhole = mode == Mode::Create || !patch.identifier.isAbsent()
        || !patch.passCode.isAbsent() || !patch.classification.isAbsent();
    if (judgesWhole && !after.identifier.isEmpty() && !after.hasPassCode)
        violations.append(
            { QStringLiteral("pass_code"), tr("A pass code is required when an identifier is given") });
    if (after.identifier.isEmpty() && after.hasPassCode && patch.passCode.isSet())
        violations.append({ QStringLiteral("identifier"), tr("A pass code needs an identifier") });
    if (judgesWhole && !rules.allowNoIdentifierAndPassCode && after.identifier.isEmpty())
        violations.append(
            { QStringLiteral("identifier"),
              tr("An identifier is required: the rules for this token (its classification's, or the "
                 "store's) do not allow tokens without identifier and pass code") });
    if (after.authenticationCode.isEmpty()) {
        if (mode == Mode::Update)
            violations.append(
                { QStringLiteral("authentication_code"), tr("The authentication code cannot be cleared") });
        else if (rules.authenticationCodeGeneration == TokenRules::CodeGeneration::None)
            violations.append(
                { QStringLiteral("authentication_code"),
                  tr("An authentication code is required: the rules for this token (its classification's, "
                     "or the store's) do not generate one") });
    }
    return violations;
}
