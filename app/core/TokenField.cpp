#include "TokenField.h"

#include <QHash>

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

QString TokenFields::title(const QString& wireName)
{
    static const QHash<QString, const char*> titles = {
        { QStringLiteral("number"), QT_TRANSLATE_NOOP("TokenFields", "Number") },
        { QStringLiteral("id"), QT_TRANSLATE_NOOP("TokenFields", "ID") },
        { QStringLiteral("life_cycle_state"), QT_TRANSLATE_NOOP("TokenFields", "State") },
        { QStringLiteral("identifier"), QT_TRANSLATE_NOOP("TokenFields", "Identifier") },
        { QStringLiteral("pass_code"), QT_TRANSLATE_NOOP("TokenFields", "Pass code") },
        { QStringLiteral("authentication_code"), QT_TRANSLATE_NOOP("TokenFields", "Authentication code") },
        { QStringLiteral("card_masked_number"), QT_TRANSLATE_NOOP("TokenFields", "Card number") },
        { QStringLiteral("classification"), QT_TRANSLATE_NOOP("TokenFields", "Classification") },
        { QStringLiteral("accounts_receivable"), QT_TRANSLATE_NOOP("TokenFields", "Account") },
        { QStringLiteral("reward_participant"), QT_TRANSLATE_NOOP("TokenFields", "Participant") },
        { QStringLiteral("verified_date"), QT_TRANSLATE_NOOP("TokenFields", "Verified") },
        { QStringLiteral("created_date"), QT_TRANSLATE_NOOP("TokenFields", "Created") },
        { QStringLiteral("updated_date"), QT_TRANSLATE_NOOP("TokenFields", "Updated") },
    };
    if (const char* title = titles.value(wireName))
        return QCoreApplication::translate("TokenFields", title);
    const std::optional<TokenField> field = find(wireName);
    if (!field || !field->isUdf())
        return wireName;
    switch (field->kind) {
    case TokenField::Kind::Float:
        return QCoreApplication::translate("TokenFields", "UDF number %1").arg(field->udfIndex + 1);
    case TokenField::Kind::Date:
        return QCoreApplication::translate("TokenFields", "UDF date %1").arg(field->udfIndex + 1);
    default:
        return QCoreApplication::translate("TokenFields", "UDF text %1").arg(field->udfIndex + 1);
    }
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
