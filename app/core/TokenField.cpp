#include "TokenField.h"

namespace {
QList<TokenField> buildFields()
{
    using K = TokenField::Kind;
    QList<TokenField> fields = {
        { QStringLiteral("number"), K::Number, false, true },
        { QStringLiteral("id"), K::Text, false, false },
        { QStringLiteral("life_cycle_state"), K::State, false, true },
        { QStringLiteral("identifier"), K::Text, true, true },
        { QStringLiteral("pass_code"), K::Secret, true, false },
        { QStringLiteral("authentication_code"), K::Text, true, true },
        { QStringLiteral("card_masked_number"), K::Text, true, false },
        { QStringLiteral("classification"), K::Reference, true, true },
        { QStringLiteral("accounts_receivable"), K::Reference, true, true },
        { QStringLiteral("reward_participant"), K::Reference, true, true },
        { QStringLiteral("verified_date"), K::DateTime, false, false },
        { QStringLiteral("created_date"), K::DateTime, false, true },
        { QStringLiteral("updated_date"), K::DateTime, false, true },
    };
    for (int i = 0; i < AccessToken::udfStringCount; ++i)
        fields.append({ QStringLiteral("udf_string_%1").arg(i + 1), K::Text, true, false, i });
    for (int i = 0; i < AccessToken::udfFloatCount; ++i)
        fields.append({ QStringLiteral("udf_float_%1").arg(i + 1), K::Float, true, false, i });
    for (int i = 0; i < AccessToken::udfDateCount; ++i)
        fields.append({ QStringLiteral("udf_date_%1").arg(i + 1), K::Date, true, false, i });
    return fields;
}
} // namespace

const QList<TokenField>& TokenFields::all()
{
    static const QList<TokenField> fields = buildFields();
    return fields;
}

std::optional<TokenField> TokenFields::find(const QString& wireName)
{
    for (const TokenField& field : all()) {
        if (field.wireName == wireName)
            return field;
    }
    return std::nullopt;
}

QVariant TokenFields::value(const AccessToken& token, const QString& wireName)
{
    auto text = [](const QString& s) {
        return s.isEmpty() ? QVariant() : QVariant(s);
    };
    if (wireName == QLatin1String("number"))
        return text(token.number);
    if (wireName == QLatin1String("id"))
        return text(token.id);
    if (wireName == QLatin1String("life_cycle_state"))
        return LifeCycleStates::toWire(token.lifeCycleState);
    if (wireName == QLatin1String("identifier"))
        return text(token.identifier);
    if (wireName == QLatin1String("authentication_code"))
        return text(token.authenticationCode);
    if (wireName == QLatin1String("card_masked_number"))
        return text(token.cardMaskedNumber);
    if (wireName == QLatin1String("classification"))
        return token.classification ? text(token.classification->name) : QVariant();
    if (wireName == QLatin1String("accounts_receivable"))
        return token.accountsReceivable ? text(token.accountsReceivable->number) : QVariant();
    if (wireName == QLatin1String("reward_participant"))
        return token.rewardParticipant ? text(token.rewardParticipant->number) : QVariant();
    if (wireName == QLatin1String("verified_date"))
        return token.verifiedDate.isValid() ? QVariant(token.verifiedDate) : QVariant();
    if (wireName == QLatin1String("created_date"))
        return token.logInformation.createdDate.isValid() ? QVariant(token.logInformation.createdDate)
                                                          : QVariant();
    if (wireName == QLatin1String("updated_date"))
        return token.logInformation.updatedDate.isValid() ? QVariant(token.logInformation.updatedDate)
                                                          : QVariant();

    const std::optional<TokenField> field = find(wireName);
    if (!field || !field->isUdf())
        return QVariant();
    switch (field->kind) {
    case TokenField::Kind::Text:
        return text(token.udfString[field->udfIndex]);
    case TokenField::Kind::Float:
        return token.udfFloat[field->udfIndex] ? QVariant(*token.udfFloat[field->udfIndex]) : QVariant();
    case TokenField::Kind::Date:
        return token.udfDate[field->udfIndex].isValid() ? QVariant(token.udfDate[field->udfIndex])
                                                        : QVariant();
    default:
        return QVariant();
    }
}
