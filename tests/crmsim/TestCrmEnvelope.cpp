#include "CrmApiTokenStore.h"
#include "CrmEnvelope.h"
#include "NetworkLog.h"
#include "TokenJson.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

// The envelope and the JSON of CRM.COM V4 without a server: the seed example (spec §4) and the
// variations the spec allows.
class TestCrmEnvelope : public QObject
{
    Q_OBJECT

private:
    static QByteArray fixture(const QString& name)
    {
        QFile file(QStringLiteral(TOKENDESK_FIXTURES "/crm/") + name);
        if (!file.open(QIODevice::ReadOnly))
            qFatal("missing fixture %s", qPrintable(name));
        return file.readAll();
    }

private Q_SLOTS:
    void seedResponseParsesIntoTheToken()
    {
        const Result<CrmEnvelope> envelope
            = CrmEnvelope::parse(200, fixture(QStringLiteral("update_response.json")));
        QVERIFY(envelope.ok());
        QVERIFY(envelope->isOk());
        const AccessToken token = TokenJson::fromJson(envelope->data().toObject());
        QCOMPARE(token.id, QStringLiteral("CDC003FAB1204830ACED364BA77EC18D"));
        QCOMPARE(token.number, QStringLiteral("35"));
        QCOMPARE(token.lifeCycleState, LifeCycleState::Effective);
        QCOMPARE(token.identifier, QStringLiteral("api1test12up"));
        QCOMPARE(token.authenticationCode, QStringLiteral("testpassnew1"));
        QVERIFY(token.accountsReceivable.has_value());
        QCOMPARE(token.accountsReceivable->id, QStringLiteral("8728513FDA0C6919AE007D84938A835B"));
        QCOMPARE(token.accountsReceivable->number, QStringLiteral("ACR000418"));
        QCOMPARE(token.accountsReceivable->name, QStringLiteral("Havier 6"));
        QCOMPARE(token.accountsReceivable->lifeCycleState, QStringLiteral("ACTIVE"));
        QCOMPARE(token.accountsReceivable->ownerName, QStringLiteral("Havier Shemar"));
        QVERIFY(token.rewardParticipant.has_value());
        QCOMPARE(token.rewardParticipant->id, QStringLiteral("2432994125F2450EBDF84E00B21C89F0"));
        QCOMPARE(token.rewardParticipant->number, QStringLiteral("28"));
        QVERIFY(!token.classification.has_value());
        QCOMPARE(token.logInformation.createdDate, QDateTime(QDate(2015, 2, 16), QTime(14, 23, 46), Qt::UTC));
        QCOMPARE(token.logInformation.updatedDate, QDateTime(QDate(2015, 5, 27), QTime(12, 50, 22), Qt::UTC));
        QCOMPARE(token.logInformation.createdByUser, QStringLiteral("p_xenopoulou"));
        QCOMPARE(token.logInformation.updatedByUser, QStringLiteral("MPAdministrator"));
        QCOMPARE(token.logInformation.createdByUnit, QStringLiteral("Admin Unit"));
        QCOMPARE(token.logInformation.updatedByUnit, QStringLiteral("Admin Unit"));
    }

    void seedRequestIsWhatTheStoreSends()
    {
        QJsonObject expected
            = QJsonDocument::fromJson(fixture(QStringLiteral("update_request.json"))).object();
        expected.remove(QStringLiteral("token"));
        TokenPatch patch;
        patch.authenticationCode = QStringLiteral("testpassnew1");
        patch.identifier = QStringLiteral("api1test12up");
        patch.passCode = QStringLiteral("api11112");
        QJsonObject body = CrmApiTokenStore::patchToWire(patch);
        body.insert(QStringLiteral("access_token_identifier"),
                    QJsonObject { { QStringLiteral("authentication_code"),
                                    QStringLiteral("CCD4537CA4AD4EE8912FFBAE53110601") } });
        QCOMPARE(body, expected);
    }

    void patchSendsNullsAndReferences()
    {
        TokenPatch patch;
        patch.cardMaskedNumber = PatchValue<QString>::null();
        patch.accountsReceivable = QStringLiteral("ACR0000000069");
        patch.rewardParticipant = PatchValue<QString>::null();
        patch.classification = QStringLiteral("Gold");
        patch.udfFloat[1] = 2.5;
        patch.udfDate[0] = QDate(2024, 2, 29);
        patch.customFieldSet.insert(QStringLiteral("colour"), QString());
        const QJsonObject body = CrmApiTokenStore::patchToWire(patch);
        QVERIFY(body.value(QStringLiteral("card_masked_number")).isNull());
        QCOMPARE(body.value(QStringLiteral("accounts_receivable_identifier")).toObject(),
                 (QJsonObject { { QStringLiteral("number"), QStringLiteral("ACR0000000069") } }));
        QVERIFY(body.contains(QStringLiteral("rewards_participant_identifier")));
        QVERIFY(body.value(QStringLiteral("rewards_participant_identifier")).isNull());
        QCOMPARE(
            body.value(QStringLiteral("classification_identifier")).toObject().value(QStringLiteral("name")),
            QJsonValue(QStringLiteral("Gold")));
        QCOMPARE(body.value(QStringLiteral("udf_float_2")).toDouble(), 2.5);
        QCOMPARE(body.value(QStringLiteral("udf_date_1")).toString(), QStringLiteral("2024-02-29T00:00:00"));
        QCOMPARE(body.value(QStringLiteral("custom_field_set"))
                     .toObject()
                     .value(QStringLiteral("colour"))
                     .toString(),
                 QString());
        QVERIFY(!body.contains(QStringLiteral("identifier")));
        QVERIFY(!body.contains(QStringLiteral("udf_string_1")));
    }

    void failureShowsMessageAndDescription_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QStringList>("shown");
        QTest::addColumn<int>("code");
        QTest::newRow("both") << QByteArray(
            R"({"data":{},"status":{"description":"Token is not effective","code":"INVALID_STATE","message":"Cannot set"}})")
                              << QStringList { "Cannot set", "Token is not effective" }
                              << int(Error::Code::InvalidState);
        QTest::newRow("nulls") << QByteArray(
            R"({"status":{"code":"E1234","message":null,"description":null}})")
                               << QStringList { "E1234" } << int(Error::Code::Storage);
        QTest::newRow("empty strings")
            << QByteArray(R"({"status":{"message":"","description":"","code":"NOT_FOUND_ERROR"},"data":[]})")
            << QStringList { "NOT_FOUND_ERROR" } << int(Error::Code::NotFound);
        QTest::newRow("duplicate") << QByteArray(
            R"({"status":{"message":"Another token already has this identifier","description":"identifier","code":"DUPLICATE_IDENTIFIER"}})")
                                   << QStringList { "Another token already has this identifier" }
                                   << int(Error::Code::DuplicateIdentifier);
    }
    void failureShowsMessageAndDescription()
    {
        QFETCH(QByteArray, body);
        QFETCH(QStringList, shown);
        QFETCH(int, code);
        const Result<CrmEnvelope> envelope = CrmEnvelope::parse(200, body);
        QVERIFY(envelope.ok());
        QVERIFY(!envelope->isOk());
        const Error error = envelope->toError();
        QCOMPARE(int(error.code()), code);
        for (const QString& text : shown)
            QVERIFY2(error.message().contains(text), qPrintable(error.message()));
    }

    void aFieldNamedInTheDescriptionIsNotRepeatedAsProse()
    {
        // tokendesk-crmsim names the refused field in the description; the person reads the
        // message once, and the editor is told the field.
        const Result<CrmEnvelope> envelope = CrmEnvelope::parse(
            200,
            R"({"status":{"message":"A pass code needs an identifier","description":"identifier","code":"VALIDATION"}})");
        QVERIFY(envelope.ok());
        const Error error = envelope->toError();
        QCOMPARE(error.message(),
                 QStringLiteral("CRM.COM refused the request (VALIDATION): A pass code needs an identifier"));
        QCOMPARE(error.field(), QStringLiteral("identifier"));
    }

    void dataShapes()
    {
        const Result<CrmEnvelope> absent = CrmEnvelope::parse(200, R"({"status":{"code":"OK"}})");
        QVERIFY(absent.ok() && absent->isOk() && absent->data().isNull());
        const Result<CrmEnvelope> empty
            = CrmEnvelope::parse(200, R"({"data":{},"status":{"code":"OK","message":null}})");
        QVERIFY(empty.ok() && empty->data().isObject() && empty->data().toObject().isEmpty());
        const Result<CrmEnvelope> array
            = CrmEnvelope::parse(200, R"({"data":[{"id":"A"},{"id":"B"}],"status":{"code":"OK"}})");
        QVERIFY(array.ok() && array->data().toArray().size() == 2);
    }

    void transportErrors_data()
    {
        QTest::addColumn<int>("http");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("shown");
        QTest::newRow("500") << 500 << QByteArray(R"({"status":{"code":"OK"}})")
                             << QStringLiteral("HTTP 500");
        QTest::newRow("html") << 200 << QByteArray("<html>Bad gateway</html>") << QStringLiteral("not JSON");
        QTest::newRow("no status") << 200 << QByteArray(R"({"data":{}})") << QStringLiteral("no status");
        QTest::newRow("array") << 200 << QByteArray(R"([1,2])") << QStringLiteral("not JSON");
    }
    void transportErrors()
    {
        QFETCH(int, http);
        QFETCH(QByteArray, body);
        QFETCH(QString, shown);
        const Result<CrmEnvelope> envelope = CrmEnvelope::parse(http, body);
        QVERIFY(!envelope.ok());
        QCOMPARE(envelope.error().code(), Error::Code::Network);
        QVERIFY2(envelope.error().message().contains(shown), qPrintable(envelope.error().message()));
    }

    void networkLogRedactsSecrets()
    {
        const QByteArray request = fixture(QStringLiteral("update_request.json"));
        const QByteArray clean = NetworkLog::redactBody(request);
        QVERIFY(!clean.contains("A4F19B70D95D4DE09C3A9FC720A33A49"));
        QVERIFY(!clean.contains("api11112"));
        QVERIFY(clean.contains("api1test12up"));
        const QByteArray nested = NetworkLog::redactBody(
            R"({"access_token_identifier":{"identifier":"a@b.c","pass_code":"p4ss"},"data":[{"random_pass_code":"R1","one_time_password":"004711","verification_code":"123456"}],"password":"pw","username":"admin"})");
        for (const char* secret : { "p4ss", "R1", "004711", "123456", "\"pw\"" })
            QVERIFY2(!nested.contains(secret), secret);
        QVERIFY(nested.contains("admin"));
        const QUrl url = NetworkLog::redactUrl(
            QUrl(QStringLiteral("http://h/crmapi/rest/v2/access_tokens/"
                                "show?token=SESSION42&access_token_identifier=authentication_code=AC1")));
        QVERIFY(!url.toString().contains(QLatin1String("SESSION42")));
        QVERIFY(url.toString().contains(QLatin1String("AC1")));
    }
};

QTEST_GUILESS_MAIN(TestCrmEnvelope)
#include "TestCrmEnvelope.moc"
