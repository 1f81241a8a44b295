#include "CrmApiTokenStore.h"
#include "CrmSimProcess.h"
#include "ImportJob.h"
#include "NetworkLog.h"
#include "TokenJson.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

// Every request the CRM.COM store sends, checked against spec §4 as tokendesk-crmsim recorded it:
// method, path, query and body.
class TestCrmWire : public QObject
{
    Q_OBJECT

private:
    CrmSimProcess m_sim;
    std::unique_ptr<CrmApiTokenStore> m_store;
    QString m_session;

    std::unique_ptr<CrmApiTokenStore> openStore(bool webApiKey = false)
    {
        CrmOptions options;
        options.consumerKey = CrmSimProcess::consumerKey();
        auto store = std::make_unique<CrmApiTokenStore>(
            m_sim.storeUrl(webApiKey), webApiKey ? CrmSimProcess::webApiKey() : CrmSimProcess::password(),
            options);
        const Result<void> opened = store->open();
        if (!opened.ok())
            qWarning("%s", qPrintable(opened.error().toString()));
        return opened.ok() ? std::move(store) : nullptr;
    }

    // The one request sent since the last check.
    QJsonObject onlyRequest()
    {
        const QJsonArray requests = m_sim.takeRequests();
        if (requests.size() != 1)
            qWarning("expected one request, got %d", int(requests.size()));
        return requests.isEmpty() ? QJsonObject() : requests.first().toObject();
    }

    // path holding bytes alone, replacing what it held.
    static bool writeFile(const QString& path, const QByteArray& bytes)
    {
        QFile file(path);
        return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
    }

    static QJsonObject body(const QJsonObject& request)
    {
        return request.value(QStringLiteral("body")).toObject();
    }

    TokenPatch newToken(const QString& identifier, const QString& code)
    {
        TokenPatch patch;
        patch.identifier = identifier;
        patch.passCode = QStringLiteral("Pass1234");
        patch.authenticationCode = code;
        patch.accountsReceivable = QStringLiteral("ACR0000000001");
        return patch;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_sim.start());
        m_store = openStore();
        QVERIFY(m_store);
        const QJsonArray requests = m_sim.takeRequests();
        QCOMPARE(requests.size(), 1);
        const QJsonObject login = requests.first().toObject();
        QCOMPARE(login.value(QStringLiteral("method")).toString(), QStringLiteral("POST"));
        QCOMPARE(login.value(QStringLiteral("path")).toString(), QStringLiteral("authentication/token"));
        QCOMPARE(body(login),
                 (QJsonObject { { QStringLiteral("username"), QStringLiteral("admin") },
                                { QStringLiteral("password"), QStringLiteral("secret") },
                                { QStringLiteral("organisation"), QStringLiteral("TestOrg") } }));
    }

    void createSendsTheFieldsAsJson()
    {
        TokenPatch patch = newToken(QStringLiteral("wire1@example.com"), QStringLiteral("WIRE 1&=x"));
        patch.udfString[0] = QStringLiteral("blue");
        patch.customFieldSet.insert(QStringLiteral("colour"), QStringLiteral("red"));
        const Result<TokenResult> created = m_store->create(patch);
        QVERIFY2(created.ok(), qPrintable(created.error().toString()));
        QCOMPARE(created->token.authenticationCode, QStringLiteral("WIRE 1&=x"));
        QCOMPARE(created->token.accountsReceivable->number, QStringLiteral("ACR0000000001"));
        QCOMPARE(created->token.customFields.value(QStringLiteral("colour")), QStringLiteral("red"));

        const QJsonObject request = onlyRequest();
        QCOMPARE(request.value(QStringLiteral("method")).toString(), QStringLiteral("POST"));
        QCOMPARE(request.value(QStringLiteral("path")).toString(), QStringLiteral("access_tokens/create"));
        const QJsonObject b = body(request);
        m_session = b.value(QStringLiteral("token")).toString();
        QVERIFY(!m_session.isEmpty());
        QCOMPARE(b.value(QStringLiteral("identifier")).toString(), QStringLiteral("wire1@example.com"));
        QCOMPARE(b.value(QStringLiteral("pass_code")).toString(), QStringLiteral("Pass1234"));
        QCOMPARE(b.value(QStringLiteral("accounts_receivable_identifier")).toObject(),
                 (QJsonObject { { QStringLiteral("number"), QStringLiteral("ACR0000000001") } }));
        QCOMPARE(b.value(QStringLiteral("custom_field_set")).toObject(),
                 (QJsonObject { { QStringLiteral("colour"), QStringLiteral("red") } }));
        QCOMPARE(b.value(QStringLiteral("udf_string_1")).toString(), QStringLiteral("blue"));
    }

    void showIsAGetWithTheIdentifierInTheQuery()
    {
        const Result<AccessToken> token
            = m_store->show(TokenRef::byAuthenticationCode(QStringLiteral("WIRE 1&=x")));
        QVERIFY2(token.ok(), qPrintable(token.error().toString()));
        QCOMPARE(token->identifier, QStringLiteral("wire1@example.com"));
        const QJsonObject request = onlyRequest();
        QCOMPARE(request.value(QStringLiteral("method")).toString(), QStringLiteral("GET"));
        QCOMPARE(request.value(QStringLiteral("path")).toString(), QStringLiteral("access_tokens/show"));
        // param=field=value: only the value is percent-encoded.
        QCOMPARE(request.value(QStringLiteral("query")).toString(),
                 QStringLiteral("token=%1&access_token_identifier=authentication_code=WIRE%201%26%3Dx")
                     .arg(m_session));
        QVERIFY(body(request).isEmpty());
    }

    void identifierAndPassCodeTravelInABody()
    {
        const Result<AccessToken> token = m_store->show(
            TokenRef::byIdentifier(QStringLiteral("wire1@example.com"), QStringLiteral("Pass1234")));
        QVERIFY2(token.ok(), qPrintable(token.error().toString()));
        const QJsonObject request = onlyRequest();
        QCOMPARE(request.value(QStringLiteral("method")).toString(), QStringLiteral("POST"));
        QVERIFY(!request.value(QStringLiteral("query")).toString().contains(QLatin1String("Pass1234")));
        QCOMPARE(body(request).value(QStringLiteral("access_token_identifier")).toObject(),
                 (QJsonObject { { QStringLiteral("identifier"), QStringLiteral("wire1@example.com") },
                                { QStringLiteral("pass_code"), QStringLiteral("Pass1234") } }));

        const Result<AccessToken> wrong = m_store->show(
            TokenRef::byIdentifier(QStringLiteral("wire1@example.com"), QStringLiteral("Wrong999")));
        QVERIFY(!wrong.ok());
        QCOMPARE(wrong.error().code(), Error::Code::NotFound);
        m_sim.takeRequests();
    }

    void lifeCycleMethodsPostTheIdentifier_data()
    {
        QTest::addColumn<QString>("method");
        QTest::addColumn<int>("state");
        QTest::newRow("set_as_not_effective")
            << QStringLiteral("set_as_not_effective") << int(LifeCycleState::NotEffective);
        QTest::newRow("set_as_effective")
            << QStringLiteral("set_as_effective") << int(LifeCycleState::Effective);
    }
    void lifeCycleMethodsPostTheIdentifier()
    {
        QFETCH(QString, method);
        QFETCH(int, state);
        const TokenRef ref = TokenRef::byAuthenticationCode(QStringLiteral("WIRE 1&=x"));
        const Result<AccessToken> token = method == QLatin1String("set_as_effective")
            ? m_store->setEffective(ref)
            : m_store->setNotEffective(ref);
        QVERIFY2(token.ok(), qPrintable(token.error().toString()));
        QCOMPARE(int(token->lifeCycleState), state);
        const QJsonObject request = onlyRequest();
        QCOMPARE(request.value(QStringLiteral("method")).toString(), QStringLiteral("POST"));
        QCOMPARE(request.value(QStringLiteral("path")).toString(), QStringLiteral("access_tokens/") + method);
        QCOMPARE(body(request),
                 (QJsonObject { { QStringLiteral("token"), m_session },
                                { QStringLiteral("access_token_identifier"),
                                  QJsonObject { { QStringLiteral("authentication_code"),
                                                  QStringLiteral("WIRE 1&=x") } } } }));
    }

    void updateSendsOnlyTheChangedFieldsAndNulls()
    {
        TokenPatch patch;
        patch.udfString[0] = PatchValue<QString>::null();
        patch.udfString[1] = QStringLiteral("two");
        const Result<AccessToken> token
            = m_store->update(TokenRef::byAuthenticationCode(QStringLiteral("WIRE 1&=x")), patch);
        QVERIFY2(token.ok(), qPrintable(token.error().toString()));
        QCOMPARE(token->udfString[0], QString());
        QCOMPARE(token->udfString[1], QStringLiteral("two"));
        QCOMPARE(token->identifier, QStringLiteral("wire1@example.com"));
        const QJsonObject b = body(onlyRequest());
        QCOMPARE(b.keys(),
                 (QStringList { QStringLiteral("access_token_identifier"), QStringLiteral("token"),
                                QStringLiteral("udf_string_1"), QStringLiteral("udf_string_2") }));
        QVERIFY(b.value(QStringLiteral("udf_string_1")).isNull());
    }

    void idReferencesResolveThroughTokensSeen()
    {
        const Result<AccessToken> seen
            = m_store->show(TokenRef::byAuthenticationCode(QStringLiteral("WIRE 1&=x")));
        QVERIFY(seen.ok());
        m_sim.takeRequests();
        const Result<AccessToken> byId = m_store->show(TokenRef::byId(seen->id));
        QVERIFY2(byId.ok(), qPrintable(byId.error().toString()));
        QCOMPARE(byId->id, seen->id);
        QVERIFY(onlyRequest()
                    .value(QStringLiteral("query"))
                    .toString()
                    .contains(QLatin1String("authentication_code=WIRE")));
        const Result<AccessToken> unknown
            = m_store->show(TokenRef::byId(QStringLiteral("0123456789ABCDEF0123456789ABCDEF")));
        QVERIFY(!unknown.ok());
        QCOMPARE(unknown.error().code(), Error::Code::NotFound);
        QVERIFY(m_sim.takeRequests().isEmpty());
    }

    void listByAccountPages()
    {
        QVERIFY(m_store->create(newToken(QStringLiteral("wire2@example.com"), QStringLiteral("WIRE2"))).ok());
        QVERIFY(m_store->create(newToken(QStringLiteral("wire3@example.com"), QStringLiteral("WIRE3"))).ok());
        m_sim.takeRequests();
        TokenQuery query;
        query.association = TokenQuery::Association::Account;
        query.accountNumber = QStringLiteral("ACR0000000001");
        query.limit = 2;
        query.offset = 1;
        query.fields = QStringList { QStringLiteral("identifier") };
        const Result<QList<AccessToken>> page = m_store->list(query);
        QVERIFY2(page.ok(), qPrintable(page.error().toString()));
        QCOMPARE(page->size(), 2);
        const QJsonObject request = onlyRequest();
        QCOMPARE(request.value(QStringLiteral("method")).toString(), QStringLiteral("GET"));
        QCOMPARE(request.value(QStringLiteral("path")).toString(), QStringLiteral("access_tokens/list"));
        QCOMPARE(
            request.value(QStringLiteral("query")).toString(),
            QStringLiteral(
                "token=%1&accounts_receivable_identifier=number=ACR0000000001&number_of_results=2&offset=1"
                "&fields_set=id%2Cnumber%2Cauthentication_code%2Clife_cycle_state%2Cidentifier")
                .arg(m_session));

        const Result<qint64> count = m_store->count(query);
        QVERIFY(count.ok());
        QCOMPARE(*count, qint64(3));

        TokenQuery all;
        QCOMPARE(m_store->list(all).error().code(), Error::Code::Unsupported);
        m_sim.takeRequests();
    }

    void notAssociatedAndClassifications()
    {
        TokenPatch loose;
        loose.authenticationCode = QStringLiteral("LOOSE1");
        QVERIFY(m_store->create(loose).ok());
        m_sim.takeRequests();
        TokenQuery query;
        query.association = TokenQuery::Association::NotAssociated;
        query.state = LifeCycleState::Effective;
        query.limit = 10;
        const Result<QList<AccessToken>> tokens = m_store->list(query);
        QVERIFY2(tokens.ok(), qPrintable(tokens.error().toString()));
        QCOMPARE(tokens->size(), 1);
        QCOMPARE(tokens->first().authenticationCode, QStringLiteral("LOOSE1"));
        QJsonObject request = onlyRequest();
        QCOMPARE(request.value(QStringLiteral("path")).toString(),
                 QStringLiteral("access_tokens/get_not_associated"));
        QCOMPARE(request.value(QStringLiteral("query")).toString(),
                 QStringLiteral("token=%1&number=10&life_cycle_state=EFFECTIVE").arg(m_session));

        QVERIFY(m_store->settings().ok());
        request = onlyRequest();
        QCOMPARE(request.value(QStringLiteral("method")).toString(), QStringLiteral("GET"));
        QCOMPARE(request.value(QStringLiteral("path")).toString(),
                 QStringLiteral("access_tokens/configuration/classifications/list"));
    }

    void secretsComeBackOnce()
    {
        const TokenRef ref = TokenRef::byAuthenticationCode(QStringLiteral("WIRE2"));
        const Result<TokenResult> reset = m_store->resetPassCode(ref);
        QVERIFY2(reset.ok(), qPrintable(reset.error().toString()));
        QVERIFY(!reset->randomPassCode.isEmpty());
        QCOMPARE(onlyRequest().value(QStringLiteral("path")).toString(),
                 QStringLiteral("access_tokens/reset_pass_code"));
        const Result<TokenResult> otp = m_store->generateOtp(ref);
        QVERIFY2(otp.ok(), qPrintable(otp.error().toString()));
        QCOMPARE(otp->oneTimePassword.size(), 6);
        QVERIFY(otp->expirationDate.isValid());
        QCOMPARE(onlyRequest().value(QStringLiteral("path")).toString(),
                 QStringLiteral("access_tokens/generate_otp"));
        // Both replies are short tokens: what is passed on (the CLI's --json) holds what the
        // server said, with no state or blank fields made up for the rest.
        QVERIFY(!reset->wholeToken && !otp->wholeToken);
        QStringList keys = TokenJson::toJson(*otp).keys();
        keys.sort();
        QCOMPARE(keys,
                 (QStringList { QStringLiteral("expiration_date"), QStringLiteral("id"),
                                QStringLiteral("number"), QStringLiteral("one_time_password") }));
        keys = TokenJson::toJson(*reset).keys();
        keys.sort();
        QCOMPARE(keys,
                 (QStringList { QStringLiteral("id"), QStringLiteral("number"),
                                QStringLiteral("random_pass_code") }));
    }

    void changePassCodeUsesAConsumerSession()
    {
        const Result<void> changed = m_store->changePassCode(
            TokenRef::byIdentifier(QStringLiteral("wire3@example.com"), QStringLiteral("Pass1234")),
            QStringLiteral("Pass1234"), QStringLiteral("NewPass5678"));
        QVERIFY2(changed.ok(), qPrintable(changed.error().toString()));
        const QJsonArray requests = m_sim.takeRequests();
        QCOMPARE(requests.size(), 2);
        const QJsonObject login = requests.at(0).toObject();
        QCOMPARE(login.value(QStringLiteral("path")).toString(),
                 QStringLiteral("authentication/consumer_application_key/token"));
        QCOMPARE(login.value(QStringLiteral("authorization")).toString(),
                 QStringLiteral("Basic ") + QString::fromLatin1(QByteArray("consumer-key:").toBase64()));
        QCOMPARE(body(login)
                     .value(QStringLiteral("access_token_identifier"))
                     .toObject()
                     .value(QStringLiteral("identifier"))
                     .toString(),
                 QStringLiteral("wire3@example.com"));
        const QJsonObject change = requests.at(1).toObject();
        QCOMPARE(change.value(QStringLiteral("path")).toString(),
                 QStringLiteral("access_tokens/change_pass_code"));
        QCOMPARE(body(change).value(QStringLiteral("pass_code")).toString(), QStringLiteral("NewPass5678"));
        QVERIFY(body(change).value(QStringLiteral("token")).toString() != m_session);
        QVERIFY(m_store
                    ->show(TokenRef::byIdentifier(QStringLiteral("wire3@example.com"),
                                                  QStringLiteral("NewPass5678")))
                    .ok());
        m_sim.takeRequests();
    }

    void forgotAndDelete()
    {
        QVERIFY(m_store->forgotPassCode(QStringLiteral("wire3@example.com")).ok());
        QCOMPARE(body(onlyRequest()).value(QStringLiteral("identifier")).toString(),
                 QStringLiteral("wire3@example.com"));
        const TokenRef ref = TokenRef::byAuthenticationCode(QStringLiteral("WIRE3"));
        const Result<AccessToken> refused = m_store->remove(ref);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code(), Error::Code::InvalidState);
        QVERIFY(m_store->setNotEffective(ref).ok());
        const Result<AccessToken> removed = m_store->remove(ref);
        QVERIFY2(removed.ok(), qPrintable(removed.error().toString()));
        QCOMPARE(removed->authenticationCode, QStringLiteral("WIRE3"));
        QCOMPARE(m_store->show(ref).error().code(), Error::Code::NotFound);
        m_sim.takeRequests();
    }

    void webApiKeyLogin()
    {
        auto store = openStore(true);
        QVERIFY(store);
        const QJsonObject login = onlyRequest();
        QCOMPARE(login.value(QStringLiteral("path")).toString(),
                 QStringLiteral("authentication/web_api_key/token"));
        QCOMPARE(login.value(QStringLiteral("authorization")).toString(),
                 QStringLiteral("Basic ") + QString::fromLatin1(QByteArray("web-api-key:").toBase64()));
        QVERIFY(store->show(TokenRef::byAuthenticationCode(QStringLiteral("WIRE2"))).ok());
        m_sim.takeRequests();
    }

    void wrongCredentialsAreAnAuthError()
    {
        CrmApiTokenStore store(m_sim.storeUrl(), QStringLiteral("not-the-password"));
        const Result<void> opened = store.open();
        QVERIFY(!opened.ok());
        QCOMPARE(opened.error().code(), Error::Code::Auth);
        QVERIFY2(opened.error().message().contains(QLatin1String("password")),
                 qPrintable(opened.error().message()));
        m_sim.takeRequests();
    }

    void expiredSessionRepeatsReadsOnly()
    {
        m_sim.control(QStringLiteral("expire"));
        const TokenRef ref = TokenRef::byAuthenticationCode(QStringLiteral("WIRE2"));
        QVERIFY(m_store->show(ref).ok());
        QJsonArray requests = m_sim.takeRequests();
        QCOMPARE(requests.size(), 3);
        QCOMPARE(requests.at(1).toObject().value(QStringLiteral("path")).toString(),
                 QStringLiteral("authentication/token"));
        QCOMPARE(requests.at(2).toObject().value(QStringLiteral("path")).toString(),
                 QStringLiteral("access_tokens/show"));

        m_sim.control(QStringLiteral("expire"));
        const Result<AccessToken> write = m_store->setNotEffective(ref);
        QVERIFY(!write.ok());
        QCOMPARE(write.error().code(), Error::Code::Auth);
        requests = m_sim.takeRequests();
        QCOMPARE(requests.size(), 1);
        const Result<AccessToken> after = m_store->show(ref);
        QVERIFY(after.ok());
        QCOMPARE(after->lifeCycleState, LifeCycleState::Effective);
        m_sim.takeRequests();
    }

    void importLooksTokensUpByAuthenticationCode()
    {
        QVERIFY(m_store->create(newToken(QStringLiteral("imp1@example.com"), QStringLiteral("IMP1"))).ok());
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("tokens.csv"));
        QVERIFY(writeFile(path,
                          "authentication_code,udf_string_1,accounts_receivable\nIMP1,changed,ACR0000000001\n"
                          "IMP2,new,ACR0000000001\n"));
        m_sim.takeRequests();

        ImportOptions options;
        options.filePath = path;
        options.upsertBy = QStringLiteral("authentication_code");
        ImportJob job(options);
        const ImportReport report = job.run(*m_store);
        QVERIFY2(report.complete(), qPrintable(report.failure.toString()));
        QCOMPARE(report.updated, qint64(1));
        QCOMPARE(report.created, qint64(1));
        QCOMPARE(m_store->show(TokenRef::byAuthenticationCode(QStringLiteral("IMP1")))->udfString[0],
                 QStringLiteral("changed"));

        // CRM.COM cannot filter a list by a column: each code is one show.
        QStringList shown;
        for (const QJsonValue& request : m_sim.takeRequests()) {
            const QJsonObject object = request.toObject();
            const QString path = object.value(QStringLiteral("path")).toString();
            QVERIFY(path != QLatin1String("access_tokens/list"));
            if (path == QLatin1String("access_tokens/show"))
                shown.append(object.value(QStringLiteral("query")).toString().section(QLatin1Char('='), -1));
        }
        QVERIFY2(shown.contains(QStringLiteral("IMP1")) && shown.contains(QStringLiteral("IMP2")),
                 qPrintable(shown.join(QLatin1Char(' '))));

        // References TokenDesk cannot look up there are checked by the server, row by row.
        QVERIFY(writeFile(
            path, "authentication_code,accounts_receivable\nIMP4,ACR9999999999\nIMP5,ACR0000000001\n"));
        ImportOptions skipInvalid = options;
        skipInvalid.mode = ImportOptions::Mode::SkipInvalid;
        ImportJob partly(skipInvalid);
        const ImportReport checked = partly.run(*m_store);
        QVERIFY2(!checked.failure.isError(), qPrintable(checked.failure.toString()));
        QCOMPARE(checked.rejected, qint64(1));
        QCOMPARE(checked.created, qint64(1));
        QCOMPARE(checked.errors.value(0).line, qint64(2));

        // An upsert cannot go by identifier there: it stops before writing anything.
        QVERIFY(writeFile(path,
                          "identifier,authentication_code,accounts_receivable\n"
                          "imp1@example.com,IMP3,ACR0000000001\n"));
        options.upsertBy = QStringLiteral("identifier");
        ImportJob upsert(options);
        const ImportReport refused = upsert.run(*m_store);
        QCOMPARE(refused.failure.code(), Error::Code::Unsupported);
        QCOMPARE(m_store->show(TokenRef::byAuthenticationCode(QStringLiteral("IMP3"))).error().code(),
                 Error::Code::NotFound);
    }

    // Where the server makes new tokens wait for verification, the API can neither set them not
    // effective nor delete them: an import says which tokens it leaves, never "nothing was
    // imported", and refuses the rows it then knows would leave one more.
    void anImportThatCannotBeUndoneSaysWhatStays()
    {
        m_sim.control(QStringLiteral("settings"),
                      { { QStringLiteral("verification_required"), QStringLiteral("true") } });
        const auto restore = qScopeGuard([this]() {
            m_sim.control(QStringLiteral("settings"),
                          { { QStringLiteral("verification_required"), QStringLiteral("false") } });
        });
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("tokens.csv"));
        QVERIFY(writeFile(path, "authentication_code,life_cycle_state\nPV1,\nPV2,NOT_EFFECTIVE\n"));

        ImportOptions options;
        options.filePath = path;
        const ImportReport atomic = ImportJob(options).run(*m_store);
        const Result<AccessToken> left = m_store->show(TokenRef::byAuthenticationCode(QStringLiteral("PV1")));
        QVERIFY(left.ok());
        QCOMPARE(left->lifeCycleState, LifeCycleState::PendingVerification);
        QCOMPARE(atomic.failure.code(), Error::Code::Validation);
        const QString said = atomic.failure.message();
        QVERIFY2(said.contains(QLatin1String("refused")) && said.contains(left->number)
                     && said.contains(QLatin1String("waits for verification"))
                     && !said.contains(QLatin1String("nothing was imported")),
                 qPrintable(said));
        QCOMPARE(atomic.errors.value(0).line, qint64(3));
        QCOMPARE(m_store->show(TokenRef::byAuthenticationCode(QStringLiteral("PV2"))).error().code(),
                 Error::Code::NotFound);

        // The first row of an import finds out only by creating its token: the refusal says it stays.
        QVERIFY(writeFile(path, "authentication_code,life_cycle_state\nPV3,NOT_EFFECTIVE\n"));
        options.mode = ImportOptions::Mode::SkipInvalid;
        const ImportReport skipped = ImportJob(options).run(*m_store);
        QCOMPARE(skipped.rejected, qint64(1));
        const Result<AccessToken> stays
            = m_store->show(TokenRef::byAuthenticationCode(QStringLiteral("PV3")));
        QVERIFY(stays.ok());
        QVERIFY2(skipped.errors.value(0).message.contains(stays->number),
                 qPrintable(skipped.errors.value(0).message));
    }

    void networkLogHoldsNoSecret()
    {
        QTRY_VERIFY(!NetworkLog::shared().entries().isEmpty());
        QCoreApplication::processEvents();
        const QList<NetworkLog::Entry> entries = NetworkLog::shared().entries();
        QVERIFY(entries.size() > 10);
        for (const NetworkLog::Entry& entry : entries) {
            const QByteArray all = entry.url.toEncoded() + entry.requestBody + entry.responseBody;
            for (const QByteArray& secret :
                 { QByteArray("secret"), QByteArray("Pass1234"), QByteArray("NewPass5678"),
                   m_session.toLatin1(), QByteArray("consumer-key"), QByteArray("web-api-key") })
                QVERIFY2(!all.contains(secret), all.constData());
        }
    }
};

QTEST_GUILESS_MAIN(TestCrmWire)
#include "TestCrmWire.moc"
