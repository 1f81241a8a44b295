#include "TokenJson.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

// The one JSON mapping of tokens: what `--json` prints and what the CRM.COM store parses.
class TestTokenJson : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void wireFieldNames();
    void roundTrip();
    void unsetFieldsAreNull();
    void secretsOnlyInTokenResult();
    void fieldsSetLimitsOutput();
    void seedUpdateResponse();
    void numberAsJsonNumber();
    void rewardsParticipantAlias();
    void customFieldsAsArray();
    void wireDates();
};

namespace {
AccessToken fullToken()
{
    AccessToken token;
    token.id = QStringLiteral("CDC003FAB1204830ACED364BA77EC18D");
    token.number = QStringLiteral("35");
    token.lifeCycleState = LifeCycleState::NotEffective;
    token.identifier = QStringLiteral("maria@example.com");
    token.authenticationCode = QStringLiteral("testpassnew1");
    token.cardMaskedNumber = QStringLiteral("4111********1111");
    token.verifiedDate = QDateTime(QDate(2026, 3, 1), QTime(8, 30, 5), Qt::UTC);
    token.classification
        = ClassificationRef { QStringLiteral("C1"), QStringLiteral("Loyalty card"), QStringLiteral("LC") };
    token.accountsReceivable
        = AccountsReceivable { QStringLiteral("A1"), QStringLiteral("ACR000418"), QStringLiteral("Havier 6"),
                               QStringLiteral("ACTIVE"), QStringLiteral("Havier Shemar") };
    token.rewardParticipant
        = RewardParticipant { QStringLiteral("P1"), QStringLiteral("28"), QStringLiteral("ACTIVE") };
    for (int i = 0; i < AccessToken::udfStringCount; ++i)
        token.udfString[i] = QStringLiteral("text %1").arg(i + 1);
    for (int i = 0; i < AccessToken::udfFloatCount; ++i)
        token.udfFloat[i] = 0.5 + i;
    for (int i = 0; i < AccessToken::udfDateCount; ++i)
        token.udfDate[i] = QDate(2026, 1, 10 + i);
    token.customFields.insert(QStringLiteral("tier"), QStringLiteral("Gold"));
    token.customFields.insert(QStringLiteral("preferred language"), QStringLiteral("el"));
    token.logInformation.createdDate = QDateTime(QDate(2015, 2, 16), QTime(14, 23, 46), Qt::UTC);
    token.logInformation.updatedDate = QDateTime(QDate(2015, 5, 27), QTime(12, 50, 22), Qt::UTC);
    token.logInformation.createdByUser = QStringLiteral("p_xenopoulou");
    token.logInformation.updatedByUser = QStringLiteral("MPAdministrator");
    token.logInformation.createdByUnit = QStringLiteral("Admin Unit");
    token.logInformation.updatedByUnit = QStringLiteral("Admin Unit");
    token.version = 7;
    return token;
}

QJsonObject fixtureData(const QString& name)
{
    QFile file(QStringLiteral(TOKENDESK_FIXTURES "/crm/") + name);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("data")).toObject();
}
} // namespace

void TestTokenJson::wireFieldNames()
{
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
    for (int i = 1; i <= 4; ++i) {
        expected.append(QStringLiteral("udf_float_%1").arg(i));
        expected.append(QStringLiteral("udf_date_%1").arg(i));
    }
    expected.sort();
    const QJsonObject json = TokenJson::toJson(fullToken());
    QCOMPARE(json.keys(), expected);
    QCOMPARE(json.value(QStringLiteral("life_cycle_state")).toString(), QStringLiteral("NOT_EFFECTIVE"));
    QCOMPARE(json.value(QStringLiteral("number")).toString(), QStringLiteral("35"));
    QCOMPARE(json.value(QStringLiteral("accounts_receivable"))
                 .toObject()
                 .value(QStringLiteral("number"))
                 .toString(),
             QStringLiteral("ACR000418"));
    QCOMPARE(json.value(QStringLiteral("log_information"))
                 .toObject()
                 .value(QStringLiteral("created_by_user"))
                 .toObject()
                 .value(QStringLiteral("username"))
                 .toString(),
             QStringLiteral("p_xenopoulou"));
}

void TestTokenJson::roundTrip()
{
    const AccessToken token = fullToken();
    const AccessToken back = TokenJson::fromJson(TokenJson::toJson(token));
    QCOMPARE(back.id, token.id);
    QCOMPARE(back.verifiedDate, token.verifiedDate);
    QCOMPARE(back.accountsReceivable->ownerName, token.accountsReceivable->ownerName);
    QCOMPARE(back.customFields, token.customFields);
    QCOMPARE(back.logInformation.updatedByUnit, token.logInformation.updatedByUnit);
    QCOMPARE(back.version, qint64(7));
    QVERIFY(back == token);

    // Through text, as the CLI prints it and a script reads it back.
    const QByteArray text = QJsonDocument(TokenJson::toJson(token)).toJson();
    QVERIFY(TokenJson::fromJson(QJsonDocument::fromJson(text).object()) == token);
}

void TestTokenJson::unsetFieldsAreNull()
{
    AccessToken token;
    token.id = QStringLiteral("ABC");
    token.number = QStringLiteral("1");
    token.authenticationCode = QStringLiteral("X");
    const QJsonObject json = TokenJson::toJson(token);
    for (const char* name :
         { "identifier", "card_masked_number", "verified_date", "classification", "accounts_receivable",
           "reward_participant", "udf_string_1", "udf_float_1", "udf_date_1" })
        QVERIFY2(json.value(QLatin1String(name)).isNull(), name);
    QVERIFY(json.value(QStringLiteral("custom_fields")).toObject().isEmpty());
    QVERIFY(TokenJson::fromJson(json) == token);
}

void TestTokenJson::secretsOnlyInTokenResult()
{
    AccessToken token = fullToken();
    token.hasPassCode = true;
    const QJsonObject plain = TokenJson::toJson(token);
    for (const char* name : { "pass_code", "random_pass_code", "verification_code", "one_time_password" })
        QVERIFY2(!plain.contains(QLatin1String(name)), name);

    TokenResult result;
    result.token = token;
    result.randomPassCode = QStringLiteral("Ab3dE6");
    QJsonObject json = TokenJson::toJson(result);
    QCOMPARE(json.value(QStringLiteral("random_pass_code")).toString(), QStringLiteral("Ab3dE6"));
    QVERIFY(!json.contains(QStringLiteral("one_time_password")));
    QCOMPARE(json.value(QStringLiteral("number")).toString(), QStringLiteral("35"));

    TokenResult otp;
    otp.token = token;
    otp.oneTimePassword = QStringLiteral("004217");
    otp.expirationDate = QDateTime(QDate(2026, 1, 1), QTime(9, 10), Qt::UTC);
    json = TokenJson::toJson(otp);
    QCOMPARE(json.value(QStringLiteral("one_time_password")).toString(), QStringLiteral("004217"));
    QCOMPARE(json.value(QStringLiteral("expiration_date")).toString(), QStringLiteral("2026-01-01T09:10:00"));
    QVERIFY(!json.contains(QStringLiteral("random_pass_code")));

    TokenResult verification;
    verification.token = token;
    verification.verificationCode = QStringLiteral("012345");
    QCOMPARE(TokenJson::toJson(verification).value(QStringLiteral("verification_code")).toString(),
             QStringLiteral("012345"));
}

void TestTokenJson::fieldsSetLimitsOutput()
{
    const QJsonObject json
        = TokenJson::toJson(fullToken(), { QStringLiteral("id"), QStringLiteral("number") });
    QCOMPARE(json.keys(), (QStringList { QStringLiteral("id"), QStringLiteral("number") }));
}

void TestTokenJson::seedUpdateResponse()
{
    const QJsonObject data = fixtureData(QStringLiteral("update_response.json"));
    QVERIFY2(!data.isEmpty(), "tests/fixtures/crm/update_response.json is missing or not JSON");
    const AccessToken token = TokenJson::fromJson(data);

    QCOMPARE(token.id, QStringLiteral("CDC003FAB1204830ACED364BA77EC18D"));
    QCOMPARE(token.identifier, QStringLiteral("api1test12up"));
    QCOMPARE(token.number, QStringLiteral("35"));
    QCOMPARE(token.lifeCycleState, LifeCycleState::Effective);
    QCOMPARE(token.authenticationCode, QStringLiteral("testpassnew1"));
    QVERIFY(!token.classification.has_value());

    QVERIFY(token.accountsReceivable.has_value());
    QCOMPARE(token.accountsReceivable->id, QStringLiteral("8728513FDA0C6919AE007D84938A835B"));
    QCOMPARE(token.accountsReceivable->number, QStringLiteral("ACR000418"));
    QCOMPARE(token.accountsReceivable->name, QStringLiteral("Havier 6"));
    QCOMPARE(token.accountsReceivable->lifeCycleState, QStringLiteral("ACTIVE"));
    QCOMPARE(token.accountsReceivable->ownerName, QStringLiteral("Havier Shemar"));

    QVERIFY(token.rewardParticipant.has_value());
    QCOMPARE(token.rewardParticipant->id, QStringLiteral("2432994125F2450EBDF84E00B21C89F0"));
    QCOMPARE(token.rewardParticipant->number, QStringLiteral("28"));
    QVERIFY(token.isAssociated());

    const LogInformation& log = token.logInformation;
    QCOMPARE(log.createdDate, QDateTime(QDate(2015, 2, 16), QTime(14, 23, 46), Qt::UTC));
    QCOMPARE(log.updatedDate, QDateTime(QDate(2015, 5, 27), QTime(12, 50, 22), Qt::UTC));
    QCOMPARE(log.createdByUser, QStringLiteral("p_xenopoulou"));
    QCOMPARE(log.updatedByUser, QStringLiteral("MPAdministrator"));
    QCOMPARE(log.createdByUnit, QStringLiteral("Admin Unit"));
    QCOMPARE(log.updatedByUnit, QStringLiteral("Admin Unit"));
}

void TestTokenJson::numberAsJsonNumber()
{
    const AccessToken token = TokenJson::fromJson(QJsonObject { { QStringLiteral("number"), 136 } });
    QCOMPARE(token.number, QStringLiteral("136"));
    const AccessToken padded
        = TokenJson::fromJson(QJsonObject { { QStringLiteral("number"), QStringLiteral("AT0000000136") } });
    QCOMPARE(padded.number, QStringLiteral("AT0000000136"));
    // A number no integer holds (found by fuzz_crm_reply) or with a fraction is shown as sent,
    // not cut to another number.
    for (const auto& [sent, shown] : { std::pair { 1e300, "1e+300" }, std::pair { -2.5, "-2.5" },
                                       std::pair { 9007199254740992.0, "9007199254740992" } }) {
        const AccessToken odd = TokenJson::fromJson(QJsonObject { { QStringLiteral("number"), sent } });
        QCOMPARE(odd.number, QString::fromLatin1(shown));
    }
}

void TestTokenJson::rewardsParticipantAlias()
{
    const QJsonObject json { { QStringLiteral("rewards_participant"),
                               QJsonObject { { QStringLiteral("id"), QStringLiteral("P9") },
                                             { QStringLiteral("number"), QStringLiteral("99") } } } };
    const AccessToken token = TokenJson::fromJson(json);
    QVERIFY(token.rewardParticipant.has_value());
    QCOMPARE(token.rewardParticipant->number, QStringLiteral("99"));
    QVERIFY(!token.accountsReceivable.has_value());
}

void TestTokenJson::customFieldsAsArray()
{
    const QJsonArray fields { QJsonObject { { QStringLiteral("name"), QStringLiteral("tier") },
                                            { QStringLiteral("value"), QStringLiteral("Gold") } },
                              QJsonObject { { QStringLiteral("name"), QStringLiteral("visits") },
                                            { QStringLiteral("value"), 12 } } };
    const AccessToken token
        = TokenJson::fromJson(QJsonObject { { QStringLiteral("custom_fields"), fields } });
    QCOMPARE(token.customFields.value(QStringLiteral("tier")), QStringLiteral("Gold"));
    QCOMPARE(token.customFields.value(QStringLiteral("visits")), QStringLiteral("12"));
}

void TestTokenJson::wireDates()
{
    const QDateTime value(QDate(2026, 11, 24), QTime(21, 5, 9), Qt::UTC);
    QCOMPARE(TokenJson::dateTimeToWire(value), QStringLiteral("2026-11-24T21:05:09"));
    QCOMPARE(TokenJson::dateTimeFromWire(QStringLiteral("2026-11-24T21:05:09")), value);
    QCOMPARE(TokenJson::dateTimeToWire(QDateTime()), QString());
    QVERIFY(!TokenJson::dateTimeFromWire(QStringLiteral("yesterday")).isValid());
}

QTEST_GUILESS_MAIN(TestTokenJson)
#include "TestTokenJson.moc"
