#include "TokenPatch.h"

#include "TokenField.h"

namespace {
template<typename T> void apply(const PatchValue<T>& patch, T& target)
{
    if (patch.isSet())
        target = patch.value();
    else if (patch.isNull())
        target = T();
}

template<typename T> void apply(const PatchValue<T>& patch, std::optional<T>& target)
{
    if (patch.isSet())
        target = patch.value();
    else if (patch.isNull())
        target.reset();
}
} // namespace

bool TokenPatch::isEmpty() const
{
    return fieldNames().isEmpty();
}

QStringList TokenPatch::fieldNames() const
{
    QStringList names;
    auto add = [&names](bool touched, const QString& name) {
        if (touched)
            names.append(name);
    };
    add(!identifier.isAbsent(), QStringLiteral("identifier"));
    add(!passCode.isAbsent(), QStringLiteral("pass_code"));
    add(!authenticationCode.isAbsent(), QStringLiteral("authentication_code"));
    add(!cardMaskedNumber.isAbsent(), QStringLiteral("card_masked_number"));
    add(!classification.isAbsent(), QStringLiteral("classification"));
    add(!accountsReceivable.isAbsent(), QStringLiteral("accounts_receivable"));
    add(!rewardParticipant.isAbsent(), QStringLiteral("reward_participant"));
    for (int i = 0; i < AccessToken::udfStringCount; ++i)
        add(!udfString[i].isAbsent(), QStringLiteral("udf_string_%1").arg(i + 1));
    for (int i = 0; i < AccessToken::udfFloatCount; ++i)
        add(!udfFloat[i].isAbsent(), QStringLiteral("udf_float_%1").arg(i + 1));
    for (int i = 0; i < AccessToken::udfDateCount; ++i)
        add(!udfDate[i].isAbsent(), QStringLiteral("udf_date_%1").arg(i + 1));
    add(!customFieldSet.isEmpty(), QStringLiteral("custom_fields"));
    return names;
}

Result<void> TokenPatch::setText(const QString& wireName, const QString& text)
{
    if (text.isEmpty())
        return setNull(wireName);

    const std::optional<TokenField> field = TokenFields::find(wireName);
    if (!field || !field->editable)
        return Error(Error::Code::Validation, tr("%1 is not a field that can be set").arg(wireName),
                     wireName);

    if (field->isUdf()) {
        switch (field->kind) {
        case TokenField::Kind::Float: {
            bool ok = false;
            const double number = text.trimmed().toDouble(&ok);
            if (!ok)
                return Error(Error::Code::Validation,
                             tr("%1 must be a number, not \"%2\"").arg(TokenFields::title(wireName), text),
                             wireName);
            udfFloat[field->udfIndex] = number;
            return {};
        }
        case TokenField::Kind::Date: {
            const QDate date = QDate::fromString(text.trimmed(), Qt::ISODate);
            if (!date.isValid())
                return Error(
                    Error::Code::Validation,
                    tr("%1 must be a date as YYYY-MM-DD, not \"%2\"").arg(TokenFields::title(wireName), text),
                    wireName);
            udfDate[field->udfIndex] = date;
            return {};
        }
        default:
            udfString[field->udfIndex] = text;
            return {};
        }
    }

    if (wireName == QLatin1String("identifier"))
        identifier = text;
    else if (wireName == QLatin1String("pass_code"))
        passCode = text;
    else if (wireName == QLatin1String("authentication_code"))
        authenticationCode = text;
    else if (wireName == QLatin1String("card_masked_number"))
        cardMaskedNumber = text;
    else if (wireName == QLatin1String("classification"))
        classification = text;
    else if (wireName == QLatin1String("accounts_receivable"))
        accountsReceivable = text;
    else if (wireName == QLatin1String("reward_participant"))
        rewardParticipant = text;
    return {};
}

Result<void> TokenPatch::setNull(const QString& wireName)
{
    const std::optional<TokenField> field = TokenFields::find(wireName);
    if (!field || !field->editable)
        return Error(Error::Code::Validation, tr("%1 is not a field that can be set").arg(wireName),
                     wireName);

    if (field->isUdf()) {
        switch (field->kind) {
        case TokenField::Kind::Float:
            udfFloat[field->udfIndex] = PatchValue<double>::null();
            break;
        case TokenField::Kind::Date:
            udfDate[field->udfIndex] = PatchValue<QDate>::null();
            break;
        default:
            udfString[field->udfIndex] = PatchValue<QString>::null();
            break;
        }
        return {};
    }

    const PatchValue<QString> null = PatchValue<QString>::null();
    if (wireName == QLatin1String("identifier"))
        identifier = null;
    else if (wireName == QLatin1String("pass_code"))
        passCode = null;
    else if (wireName == QLatin1String("authentication_code"))
        authenticationCode = null;
    else if (wireName == QLatin1String("card_masked_number"))
        cardMaskedNumber = null;
    else if (wireName == QLatin1String("classification"))
        classification = null;
    else if (wireName == QLatin1String("accounts_receivable"))
        accountsReceivable = null;
    else if (wireName == QLatin1String("reward_participant"))
        rewardParticipant = null;
    return {};
}

void TokenPatch::applyTo(AccessToken& token) const
{
    apply(identifier, token.identifier);
    apply(authenticationCode, token.authenticationCode);
    apply(cardMaskedNumber, token.cardMaskedNumber);
    for (int i = 0; i < AccessToken::udfStringCount; ++i)
        apply(udfString[i], token.udfString[i]);
    for (int i = 0; i < AccessToken::udfFloatCount; ++i)
        apply(udfFloat[i], token.udfFloat[i]);
    for (int i = 0; i < AccessToken::udfDateCount; ++i)
        apply(udfDate[i], token.udfDate[i]);
    for (auto it = customFieldSet.cbegin(); it != customFieldSet.cend(); ++it) {
        if (it.value().isEmpty())
            token.customFields.remove(it.key());
        else
            token.customFields.insert(it.key(), it.value());
    }
}

bool TokenPatch::operator==(const TokenPatch& other) const
{
    return identifier == other.identifier && passCode == other.passCode
        && authenticationCode == other.authenticationCode && cardMaskedNumber == other.cardMaskedNumber
        && classification == other.classification && accountsReceivable == other.accountsReceivable
        && rewardParticipant == other.rewardParticipant && udfString == other.udfString
        && udfFloat == other.udfFloat && udfDate == other.udfDate && customFieldSet == other.customFieldSet
        && expectedVersion == other.expectedVersion;
}
