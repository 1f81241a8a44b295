#include "TokenJson.h"

#include <QJsonArray>
#include <QLocale>
#include <cmath>

namespace {
// A JSON number as its text: a whole one in digits, any other (a fraction, or beyond what qint64
// holds, where converting would be undefined) as its shortest exact form.
QString numberText(double value)
{
    constexpr double int64Limit = 9223372036854775808.0; // 2^63
    if (std::trunc(value) == value && value >= -int64Limit && value < int64Limit)
        return QString::number(qint64(value));
    return QString::number(value, 'g', QLocale::FloatingPointShortest);
}

const QString wireDateTimeFormat = QStringLiteral("yyyy-MM-ddTHH:mm:ss");

QJsonValue textOrNull(const QString& value)
{
    return value.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(value);
}

// Users and units come as objects on the wire ({"username": ...}, {"name": ...}) and as plain
// strings from some servers; both are accepted.
QString nameFrom(const QJsonValue& value, const char* key)
{
    if (value.isString())
        return value.toString();
    const QJsonObject object = value.toObject();
    const QString name = object.value(QLatin1String(key)).toString();
    return name.isEmpty() ? object.value(QStringLiteral("name")).toString() : name;
}

QJsonValue nameObject(const QString& name, const char* key)
{
    if (name.isEmpty())
        return QJsonValue::Null;
    return QJsonObject { { QLatin1String(key), name } };
}

AccountsReceivable accountFromJson(const QJsonObject& o)
{
    AccountsReceivable account;
    account.id = o.value(QStringLiteral("id")).toString();
    account.number = o.value(QStringLiteral("number")).toString();
    account.name = o.value(QStringLiteral("name")).toString();
    account.lifeCycleState = o.value(QStringLiteral("life_cycle_state")).toString();
    const QJsonObject owner = o.value(QStringLiteral("account_owner")).toObject();
    account.ownerName = owner.value(QStringLiteral("name")).toString();
    if (account.ownerName.isEmpty()) {
        const QString first = owner.value(QStringLiteral("first_name")).toString();
        const QString last = owner.value(QStringLiteral("last_name")).toString();
        account.ownerName = QString(first + QLatin1Char(' ') + last).trimmed();
    }
    if (account.ownerName.isEmpty())
        account.ownerName = owner.value(QStringLiteral("company_name")).toString();
    return account;
}

QJsonObject accountToJson(const AccountsReceivable& account)
{
    QJsonObject o { { QStringLiteral("id"), textOrNull(account.id) },
                    { QStringLiteral("number"), textOrNull(account.number) },
                    { QStringLiteral("name"), textOrNull(account.name) },
                    { QStringLiteral("life_cycle_state"), textOrNull(account.lifeCycleState) } };
    if (!account.ownerName.isEmpty())
        o.insert(QStringLiteral("account_owner"),
                 QJsonObject { { QStringLiteral("name"), account.ownerName } });
    return o;
}
} // namespace

QString TokenJson::dateTimeToWire(const QDateTime& value)
{
    return value.isValid() ? value.toString(wireDateTimeFormat) : QString();
}

QDateTime TokenJson::dateTimeFromWire(const QString& text)
{
    QDateTime value = QDateTime::fromString(text.left(19), wireDateTimeFormat);
    if (!value.isValid())
        value = QDateTime::fromString(text, Qt::ISODate);
    if (value.isValid())
        value.setTimeSpec(Qt::UTC);
    return value;
}

QJsonObject TokenJson::toJson(const AccessToken& token, const QStringList& fieldsSet)
{
    QJsonObject o;
    o.insert(QStringLiteral("id"), token.id);
    o.insert(QStringLiteral("number"), token.number);
    o.insert(QStringLiteral("life_cycle_state"), LifeCycleStates::toWire(token.lifeCycleState));
    o.insert(QStringLiteral("identifier"), textOrNull(token.identifier));
    o.insert(QStringLiteral("authentication_code"), textOrNull(token.authenticationCode));
    o.insert(QStringLiteral("card_masked_number"), textOrNull(token.cardMaskedNumber));
    o.insert(QStringLiteral("verified_date"), textOrNull(dateTimeToWire(token.verifiedDate)));
    if (token.classification) {
        o.insert(QStringLiteral("classification"),
                 QJsonObject { { QStringLiteral("id"), textOrNull(token.classification->id) },
                               { QStringLiteral("name"), textOrNull(token.classification->name) },
                               { QStringLiteral("alternative_code"),
                                 textOrNull(token.classification->alternativeCode) } });
    } else {
        o.insert(QStringLiteral("classification"), QJsonValue::Null);
    }
    o.insert(QStringLiteral("accounts_receivable"),
             token.accountsReceivable ? QJsonValue(accountToJson(*token.accountsReceivable))
                                      : QJsonValue::Null);
    if (token.rewardParticipant) {
        o.insert(QStringLiteral("reward_participant"),
                 QJsonObject { { QStringLiteral("id"), textOrNull(token.rewardParticipant->id) },
                               { QStringLiteral("number"), textOrNull(token.rewardParticipant->number) },
                               { QStringLiteral("life_cycle_state"),
                                 textOrNull(token.rewardParticipant->lifeCycleState) } });
    } else {
        o.insert(QStringLiteral("reward_participant"), QJsonValue::Null);
    }
    for (int i = 0; i < AccessToken::udfStringCount; ++i)
        o.insert(QStringLiteral("udf_string_%1").arg(i + 1), textOrNull(token.udfString[i]));
    for (int i = 0; i < AccessToken::udfFloatCount; ++i)
        o.insert(QStringLiteral("udf_float_%1").arg(i + 1),
                 token.udfFloat[i] ? QJsonValue(*token.udfFloat[i]) : QJsonValue(QJsonValue::Null));
    for (int i = 0; i < AccessToken::udfDateCount; ++i)
        o.insert(QStringLiteral("udf_date_%1").arg(i + 1),
                 token.udfDate[i].isValid() ? QJsonValue(token.udfDate[i].toString(Qt::ISODate))
                                            : QJsonValue(QJsonValue::Null));
    QJsonObject custom;
    for (auto it = token.customFields.cbegin(); it != token.customFields.cend(); ++it)
        custom.insert(it.key(), it.value());
    o.insert(QStringLiteral("custom_fields"), custom);
    const LogInformation& log = token.logInformation;
    o.insert(QStringLiteral("log_information"),
             QJsonObject { { QStringLiteral("created_date"), textOrNull(dateTimeToWire(log.createdDate)) },
                           { QStringLiteral("updated_date"), textOrNull(dateTimeToWire(log.updatedDate)) },
                           { QStringLiteral("created_by_user"), nameObject(log.createdByUser, "username") },
                           { QStringLiteral("updated_by_user"), nameObject(log.updatedByUser, "username") },
                           { QStringLiteral("created_by_unit"), nameObject(log.createdByUnit, "name") },
                           { QStringLiteral("updated_by_unit"), nameObject(log.updatedByUnit, "name") } });
    o.insert(QStringLiteral("version"), token.version);

    if (!fieldsSet.isEmpty()) {
        const QStringList keys = o.keys();
        for (const QString& key : keys) {
            if (!fieldsSet.contains(key))
                o.remove(key);
        }
    }
    return o;
}

QJsonObject TokenJson::toJson(const TokenResult& result)
{
    QJsonObject o = result.wholeToken ? toJson(result.token)
                                      : QJsonObject { { QStringLiteral("id"), result.token.id },
                                                      { QStringLiteral("number"), result.token.number } };
    if (!result.randomPassCode.isEmpty())
        o.insert(QStringLiteral("random_pass_code"), result.randomPassCode);
    if (!result.verificationCode.isEmpty())
        o.insert(QStringLiteral("verification_code"), result.verificationCode);
    if (!result.oneTimePassword.isEmpty()) {
        o.insert(QStringLiteral("one_time_password"), result.oneTimePassword);
        o.insert(QStringLiteral("expiration_date"), dateTimeToWire(result.expirationDate));
    }
    return o;
}

AccessToken TokenJson::fromJson(const QJsonObject& o)
{
    AccessToken token;
    token.id = o.value(QStringLiteral("id")).toString();
    // Numbers are strings on the wire, but some servers send them as JSON numbers.
    const QJsonValue number = o.value(QStringLiteral("number"));
    token.number = number.isDouble() ? numberText(number.toDouble()) : number.toString();
    token.lifeCycleState = LifeCycleStates::fromWire(o.value(QStringLiteral("life_cycle_state")).toString())
                               .value_or(LifeCycleState::Effective);
    token.identifier = o.value(QStringLiteral("identifier")).toString();
    token.authenticationCode = o.value(QStringLiteral("authentication_code")).toString();
    token.cardMaskedNumber = o.value(QStringLiteral("card_masked_number")).toString();
    token.verifiedDate = dateTimeFromWire(o.value(QStringLiteral("verified_date")).toString());

    const QJsonObject classification = o.value(QStringLiteral("classification")).toObject();
    if (!classification.isEmpty())
        token.classification
            = ClassificationRef { classification.value(QStringLiteral("id")).toString(),
                                  classification.value(QStringLiteral("name")).toString(),
                                  classification.value(QStringLiteral("alternative_code")).toString() };

    const QJsonObject account = o.value(QStringLiteral("accounts_receivable")).toObject();
    if (!account.isEmpty())
        token.accountsReceivable = accountFromJson(account);

    QJsonObject participant = o.value(QStringLiteral("reward_participant")).toObject();
    if (participant.isEmpty())
        participant = o.value(QStringLiteral("rewards_participant")).toObject();
    if (!participant.isEmpty())
        token.rewardParticipant
            = RewardParticipant { participant.value(QStringLiteral("id")).toString(),
                                  participant.value(QStringLiteral("number")).toString(),
                                  participant.value(QStringLiteral("life_cycle_state")).toString() };

    for (int i = 0; i < AccessToken::udfStringCount; ++i)
        token.udfString[i] = o.value(QStringLiteral("udf_string_%1").arg(i + 1)).toString();
    for (int i = 0; i < AccessToken::udfFloatCount; ++i) {
        const QJsonValue value = o.value(QStringLiteral("udf_float_%1").arg(i + 1));
        if (value.isDouble())
            token.udfFloat[i] = value.toDouble();
        else if (value.isString() && !value.toString().isEmpty())
            token.udfFloat[i] = value.toString().toDouble();
    }
    for (int i = 0; i < AccessToken::udfDateCount; ++i)
        token.udfDate[i] = QDate::fromString(
            o.value(QStringLiteral("udf_date_%1").arg(i + 1)).toString().left(10), Qt::ISODate);

    const QJsonValue custom = o.value(QStringLiteral("custom_fields"));
    if (custom.isObject()) {
        const QJsonObject fields = custom.toObject();
        for (auto it = fields.begin(); it != fields.end(); ++it)
            token.customFields.insert(it.key(), it.value().toVariant().toString());
    } else if (custom.isArray()) {
        // Some releases list custom fields as [{"name": ..., "value": ...}].
        for (const QJsonValue& entry : custom.toArray()) {
            const QJsonObject field = entry.toObject();
            token.customFields.insert(field.value(QStringLiteral("name")).toString(),
                                      field.value(QStringLiteral("value")).toVariant().toString());
        }
    }

    const QJsonObject log = o.value(QStringLiteral("log_information")).toObject();
    token.logInformation.createdDate = dateTimeFromWire(log.value(QStringLiteral("created_date")).toString());
    token.logInformation.updatedDate = dateTimeFromWire(log.value(QStringLiteral("updated_date")).toString());
    token.logInformation.createdByUser = nameFrom(log.value(QStringLiteral("created_by_user")), "username");
    token.logInformation.updatedByUser = nameFrom(log.value(QStringLiteral("updated_by_user")), "username");
    token.logInformation.createdByUnit = nameFrom(log.value(QStringLiteral("created_by_unit")), "name");
    token.logInformation.updatedByUnit = nameFrom(log.value(QStringLiteral("updated_by_unit")), "name");
    token.version = o.value(QStringLiteral("version")).toInteger();
    return token;
}

QJsonObject TokenJson::classificationToJson(const Classification& c)
{
    return QJsonObject { { QStringLiteral("id"), c.id },
                         { QStringLiteral("name"), c.name },
                         { QStringLiteral("alternative_code"), textOrNull(c.alternativeCode) },
                         { QStringLiteral("description"), textOrNull(c.description) } };
}

Classification TokenJson::classificationFromJson(const QJsonObject& o)
{
    Classification c;
    c.id = o.value(QStringLiteral("id")).toString();
    c.name = o.value(QStringLiteral("name")).toString();
    c.alternativeCode = o.value(QStringLiteral("alternative_code")).toString();
    c.description = o.value(QStringLiteral("description")).toString();
    return c;
}
