#include "CrmSimServer.h"

#include "TokenJson.h"
#include "TokenPatch.h"

#include <QFile>
#include <QHttpServerRequest>
#include <QJsonDocument>
#include <QSslCertificate>
#include <QSslKey>
#include <QTimer>
#include <QUuid>

namespace {
const QString apiPrefix = QStringLiteral("/crmapi/rest/v2/");
const QString controlPrefix = QStringLiteral("/_sim/");

QString newSessionToken()
{
    return QUuid::createUuid().toString(QUuid::Id128).toUpper();
}

// "field=value" of a GET identifier parameter.
QPair<QString, QString> splitIdentifier(const QString& text)
{
    const qsizetype eq = text.indexOf(QLatin1Char('='));
    if (eq < 0)
        return { QString(), text };
    return { text.left(eq), text.mid(eq + 1) };
}

Result<TokenRef> refFrom(const QJsonValue& value)
{
    const QJsonObject o = value.toObject();
    const QStringList keys = o.keys();
    if (keys == QStringList { QStringLiteral("authentication_code") })
        return TokenRef::byAuthenticationCode(o.value(QStringLiteral("authentication_code")).toString());
    if (keys == QStringList { QStringLiteral("identifier"), QStringLiteral("pass_code") })
        return TokenRef::byIdentifier(o.value(QStringLiteral("identifier")).toString(),
                                      o.value(QStringLiteral("pass_code")).toString());
    return Error(Error::Code::Validation,
                 QStringLiteral("access_token_identifier needs exactly authentication_code, or identifier "
                                "and pass_code"),
                 QStringLiteral("access_token_identifier"));
}

// The body fields of create and update as a TokenPatch; unknown names are refused so that a
// client sending a wrong name notices.
Result<TokenPatch> patchFrom(const QJsonObject& body)
{
    static const QStringList ignored { QStringLiteral("token"), QStringLiteral("access_token_identifier"),
                                       QStringLiteral("fields_set") };
    static const QHash<QString, QString> references {
        { QStringLiteral("classification_identifier"), QStringLiteral("classification") },
        { QStringLiteral("accounts_receivable_identifier"), QStringLiteral("accounts_receivable") },
        { QStringLiteral("rewards_participant_identifier"), QStringLiteral("reward_participant") },
    };
    TokenPatch patch;
    for (auto it = body.begin(); it != body.end(); ++it) {
        const QString key = it.key();
        const QJsonValue value = it.value();
        if (ignored.contains(key))
            continue;
        Result<void> set;
        if (key == QLatin1String("custom_field_set")) {
            const QJsonObject fields = value.toObject();
            for (auto f = fields.begin(); f != fields.end(); ++f)
                patch.customFieldSet.insert(f.key(), f.value().toString());
        } else if (references.contains(key)) {
            const QString field = references.value(key);
            if (value.isNull()) {
                set = patch.setNull(field);
            } else {
                const QJsonObject ref = value.toObject();
                QString text = ref.value(QStringLiteral("number")).toString();
                if (text.isEmpty())
                    text = ref.value(QStringLiteral("name")).toString();
                if (text.isEmpty())
                    text = ref.value(QStringLiteral("id")).toString();
                set = patch.setText(field, text);
            }
        } else if (key.endsWith(QLatin1String("_identifier")) || key == QLatin1String("classification")
                   || key == QLatin1String("accounts_receivable")
                   || key == QLatin1String("reward_participant")) {
            set = Error(Error::Code::Validation, QStringLiteral("Unknown parameter %1").arg(key), key);
        } else if (value.isNull()) {
            set = patch.setNull(key);
        } else if (value.isDouble()) {
            set = patch.setText(key, QString::number(value.toDouble(), 'g', 17));
        } else if (value.isString()) {
            set = value.toString().isEmpty() ? patch.setNull(key) : patch.setText(key, value.toString());
        } else {
            set = Error(Error::Code::Validation, QStringLiteral("%1 has the wrong type").arg(key), key);
        }
        if (!set.ok())
            return set.error();
    }
    return patch;
}

QStringList fieldsSetOf(const QJsonObject& parameters)
{
    const QString text = parameters.value(QStringLiteral("fields_set")).toString();
    return text.isEmpty() ? QStringList() : text.split(QLatin1Char(','), Qt::SkipEmptyParts);
}
} // namespace

CrmSimServer::CrmSimServer(TokenStore& store, Credentials credentials, QObject* parent)
    : QAbstractHttpServer(parent)
    , m_store(store)
    , m_credentials(std::move(credentials))
{
}

quint16 CrmSimServer::start(quint16 port)
{
    m_port = listen(QHostAddress::LocalHost, port);
    return m_port;
}

Result<void> CrmSimServer::useTls(const QString& certificatePath, const QString& keyPath)
{
    QFile certificateFile(certificatePath);
    QFile keyFile(keyPath);
    if (!certificateFile.open(QIODevice::ReadOnly))
        return Error(Error::Code::Usage, QStringLiteral("cannot read %1").arg(certificatePath));
    if (!keyFile.open(QIODevice::ReadOnly))
        return Error(Error::Code::Usage, QStringLiteral("cannot read %1").arg(keyPath));
    const QSslCertificate certificate(&certificateFile, QSsl::Pem);
    const QSslKey key(&keyFile, QSsl::Rsa, QSsl::Pem);
    if (certificate.isNull() || key.isNull())
        return Error(
            Error::Code::Usage,
            QStringLiteral("%1 and %2 are not a PEM certificate and RSA key").arg(certificatePath, keyPath));
    sslSetup(certificate, key);
    m_tls = true;
    return Result<void>();
}

QString CrmSimServer::baseUrl() const
{
    return QStringLiteral("%1://127.0.0.1:%2%3")
        .arg(m_tls ? QStringLiteral("https") : QStringLiteral("http"))
        .arg(m_port)
        .arg(apiPrefix);
}

void CrmSimServer::expireSessions()
{
    m_sessions.clear();
}

void CrmSimServer::missingHandler(const QHttpServerRequest&, QTcpSocket* socket)
{
    write(socket, Reply { 404, QByteArrayLiteral("not found") });
}

bool CrmSimServer::handleRequest(const QHttpServerRequest& request, QTcpSocket* socket)
{
    // The request object does not outlive this call; copy what the (possibly delayed) answer needs.
    Call call;
    call.method = request.method() == QHttpServerRequest::Method::Get ? QStringLiteral("GET")
                                                                      : QStringLiteral("POST");
    call.path = request.url().path();
    call.rawQuery = request.url().query(QUrl::FullyEncoded);
    call.query = QUrlQuery(call.rawQuery);
    call.authorization = request.value("authorization");
    const QByteArray body = request.body();
    if (!body.isEmpty()) {
        const QJsonDocument document = QJsonDocument::fromJson(body);
        call.bodyIsJson = document.isObject();
        call.body = document.object();
    }

    if (call.path.startsWith(controlPrefix)) {
        write(socket, control(call));
        return true;
    }
    QPointer<QTcpSocket> guarded(socket);
    m_maxPending = qMax(m_maxPending, ++m_pending);
    const auto answer = [this, call, guarded]() {
        --m_pending;
        dispatch(call, guarded);
    };
    if (m_latencyMs > 0)
        QTimer::singleShot(m_latencyMs, this, answer);
    else
        answer();
    return true;
}

CrmSimServer::Fault* CrmSimServer::takeFault(const QString& method)
{
    for (Fault& fault : m_faults) {
        if (fault.count > 0 && (fault.method.isEmpty() || fault.method == method))
            return &fault;
    }
    return nullptr;
}

void CrmSimServer::dispatch(const Call& call, QPointer<QTcpSocket> socket)
{
    if (!socket)
        return;
    if (!call.path.startsWith(apiPrefix)) {
        write(socket, Reply { 404, QByteArrayLiteral("not found") });
        return;
    }
    QString relative = call.path.mid(apiPrefix.size());
    QJsonObject recorded { { QStringLiteral("method"), call.method },
                           { QStringLiteral("path"), relative },
                           { QStringLiteral("query"), call.rawQuery },
                           { QStringLiteral("body"), call.body },
                           { QStringLiteral("authorization"), QString::fromLatin1(call.authorization) } };
    m_recorded.append(recorded);

    const QString method = relative.section(QLatin1Char('/'), -1);
    Fault* fault = relative.startsWith(QLatin1String("authentication/")) ? nullptr : takeFault(method);
    if (fault) {
        --fault->count;
        const Fault taken = *fault;
        m_faults.removeIf([](const Fault& f) { return f.count <= 0; });
        switch (taken.kind) {
        case Fault::Kind::Http500:
            write(socket, Reply { 500, QByteArrayLiteral("Internal Server Error") });
            return;
        case Fault::Kind::NotJson:
            write(socket, Reply { 200, QByteArrayLiteral("<html><body>Service unavailable</body></html>") });
            return;
        case Fault::Kind::Status:
            write(socket,
                  failure(taken.statusCode, QStringLiteral("The server is busy"),
                          QStringLiteral("Try again later")));
            return;
        case Fault::Kind::ExpireSession:
            expireSessions();
            break;
        case Fault::Kind::Drop:
        case Fault::Kind::Hang:
            if (taken.apply)
                api(call);
            if (taken.kind == Fault::Kind::Drop)
                socket->abort();
            return;
        }
    }
    write(socket, api(call));
}

void CrmSimServer::write(QTcpSocket* socket, const Reply& reply)
{
    if (!socket || socket->state() != QAbstractSocket::ConnectedState)
        return;
    const QByteArray reason = reply.httpStatus == 200 ? QByteArrayLiteral("OK")
        : reply.httpStatus == 404                     ? QByteArrayLiteral("Not Found")
                                                      : QByteArrayLiteral("Internal Server Error");
    QByteArray head = "HTTP/1.1 " + QByteArray::number(reply.httpStatus) + ' ' + reason + "\r\n";
    head += "Content-Type: application/json\r\n";
    head += "Content-Length: " + QByteArray::number(reply.body.size()) + "\r\n\r\n";
    socket->write(head + reply.body);
}

CrmSimServer::Reply CrmSimServer::ok(const QJsonValue& data)
{
    QJsonObject root { { QStringLiteral("status"),
                         QJsonObject { { QStringLiteral("code"), QStringLiteral("OK") },
                                       { QStringLiteral("message"), QString() },
                                       { QStringLiteral("description"), QJsonValue::Null } } } };
    if (!data.isUndefined())
        root.insert(QStringLiteral("data"), data);
    return Reply { 200, QJsonDocument(root).toJson(QJsonDocument::Compact) };
}

CrmSimServer::Reply CrmSimServer::failure(const QString& code, const QString& message,
                                          const QString& description)
{
    // Key order and an empty data object as a real server sends them on failure.
    const QJsonObject root { { QStringLiteral("data"), QJsonObject() },
                             { QStringLiteral("status"),
                               QJsonObject { { QStringLiteral("message"), message },
                                             { QStringLiteral("description"), description },
                                             { QStringLiteral("code"), code } } } };
    return Reply { 200, QJsonDocument(root).toJson(QJsonDocument::Compact) };
}

CrmSimServer::Reply CrmSimServer::failure(const Error& error)
{
    // A validation error's message already lists each violation.
    return failure(error.codeName(), error.message(), error.field());
}

QJsonObject CrmSimServer::parameters(const Call& call) const
{
    if (call.method == QLatin1String("POST"))
        return call.body;
    QJsonObject o;
    const auto items = call.query.queryItems(QUrl::FullyDecoded);
    for (const auto& item : items)
        o.insert(item.first, item.second);
    return o;
}

CrmSimServer::Reply CrmSimServer::login(const Call& call)
{
    const QString path = call.path.mid(apiPrefix.size());
    const QByteArray basicUser = call.authorization.startsWith("Basic ")
        ? QByteArray::fromBase64(call.authorization.mid(6)).split(':').value(0)
        : QByteArray();
    if (path == QLatin1String("authentication/token")) {
        const QJsonObject b = call.body;
        if (b.value(QStringLiteral("username")).toString() != m_credentials.user
            || b.value(QStringLiteral("password")).toString() != m_credentials.password
            || b.value(QStringLiteral("organisation")).toString() != m_credentials.organisation)
            return failure(QStringLiteral("AUTHENTICATION_FAILED"),
                           QStringLiteral("The user name, password or organisation is wrong"));
    } else if (path == QLatin1String("authentication/web_api_key/token")) {
        if (basicUser.isEmpty() || QString::fromUtf8(basicUser) != m_credentials.webApiKey)
            return failure(QStringLiteral("AUTHENTICATION_FAILED"),
                           QStringLiteral("The web API key is not valid"));
    } else if (path == QLatin1String("authentication/consumer_application_key/token")) {
        if (basicUser.isEmpty() || QString::fromUtf8(basicUser) != m_credentials.consumerKey)
            return failure(QStringLiteral("AUTHENTICATION_FAILED"),
                           QStringLiteral("The consumer application key is not valid"));
        const Result<TokenRef> ref = refFrom(call.body.value(QStringLiteral("access_token_identifier")));
        if (!ref.ok() || ref->kind() != TokenRef::Kind::Identifier)
            return failure(QStringLiteral("AUTHENTICATION_FAILED"),
                           QStringLiteral("A consumer session needs the token's identifier and pass code"));
        const Result<AccessToken> token = m_store.show(*ref);
        if (!token.ok())
            return failure(QStringLiteral("AUTHENTICATION_FAILED"),
                           QStringLiteral("Wrong identifier or pass code"));
        const QString session = newSessionToken();
        m_consumerSessions.insert(session, ConsumerSession { ref->value(), ref->passCode() });
        return ok(QJsonObject { { QStringLiteral("token"), session } });
    } else {
        return failure(QStringLiteral("NOT_FOUND"), QStringLiteral("No such method %1").arg(path));
    }
    const QString session = newSessionToken();
    m_sessions.insert(session, true);
    return ok(QJsonObject { { QStringLiteral("token"), session } });
}

CrmSimServer::Reply CrmSimServer::api(const Call& call)
{
    const QString path = call.path.mid(apiPrefix.size());
    if (path.startsWith(QLatin1String("authentication/"))) {
        if (call.method != QLatin1String("POST"))
            return failure(QStringLiteral("METHOD_NOT_ALLOWED"), QStringLiteral("Log in with POST"));
        return login(call);
    }
    if (!call.bodyIsJson)
        return failure(QStringLiteral("VALIDATION"), QStringLiteral("The body is not a JSON object"));
    const QJsonObject params = parameters(call);
    const QString method = path.mid(QStringLiteral("access_tokens/").size());
    if (!path.startsWith(QLatin1String("access_tokens/")))
        return failure(QStringLiteral("NOT_FOUND"), QStringLiteral("No such method %1").arg(path));
    if (method == QLatin1String("change_pass_code")) {
        const QString session = params.value(QStringLiteral("token")).toString();
        if (!m_consumerSessions.contains(session))
            return failure(QStringLiteral("INVALID_TOKEN"),
                           QStringLiteral("The consumer session is not valid"));
        const ConsumerSession consumer = m_consumerSessions.value(session);
        const QString next = params.value(QStringLiteral("pass_code")).toString();
        const Result<void> changed = m_store.changePassCode(
            TokenRef::byIdentifier(consumer.identifier, consumer.passCode), consumer.passCode, next);
        if (!changed.ok())
            return failure(changed.error());
        m_consumerSessions[session].passCode = next;
        return ok();
    }
    if (!m_sessions.contains(params.value(QStringLiteral("token")).toString()))
        return failure(QStringLiteral("INVALID_TOKEN"),
                       QStringLiteral("The token is not valid or has expired"),
                       QStringLiteral("Log in again"));
    return accessTokens(method, call);
}

CrmSimServer::Reply CrmSimServer::accessTokens(const QString& method, const Call& call)
{
    const QJsonObject params = parameters(call);
    const bool get = call.method == QLatin1String("GET");
    const QStringList fieldsSet = fieldsSetOf(params);

    if (get && method == QLatin1String("configuration/classifications/list")) {
        const Result<TokenSettings> settings = m_store.settings();
        if (!settings.ok())
            return failure(settings.error());
        QJsonArray items;
        for (const Classification& c : settings->classifications)
            items.append(TokenJson::classificationToJson(c));
        return ok(items);
    }
    if (get && (method == QLatin1String("list") || method == QLatin1String("get_not_associated"))) {
        TokenQuery query;
        if (method == QLatin1String("list")) {
            const auto account
                = splitIdentifier(params.value(QStringLiteral("accounts_receivable_identifier")).toString());
            const auto participant
                = splitIdentifier(params.value(QStringLiteral("rewards_participant_identifier")).toString());
            if (!account.second.isEmpty() == !participant.second.isEmpty())
                return failure(QStringLiteral("VALIDATION"),
                               QStringLiteral("Give one of accounts_receivable_identifier and "
                                              "rewards_participant_identifier"));
            query.association = account.second.isEmpty() ? TokenQuery::Association::Participant
                                                         : TokenQuery::Association::Account;
            query.accountNumber = account.second;
            query.participantNumber = participant.second;
            query.classification
                = splitIdentifier(params.value(QStringLiteral("classification_identifier")).toString())
                      .second;
            query.limit
                = params.value(QStringLiteral("number_of_results")).toString(QStringLiteral("100")).toInt();
            query.offset = params.value(QStringLiteral("offset")).toString().toInt();
        } else {
            query.association = TokenQuery::Association::NotAssociated;
            if (!params.contains(QStringLiteral("number")))
                return failure(QStringLiteral("VALIDATION"), QStringLiteral("number is mandatory"),
                               QStringLiteral("number"));
            query.limit = params.value(QStringLiteral("number")).toString().toInt();
            const QString state = params.value(QStringLiteral("life_cycle_state")).toString();
            if (!state.isEmpty())
                query.state = LifeCycleStates::fromWire(state);
        }
        const Result<QList<AccessToken>> tokens = m_store.list(query);
        if (!tokens.ok())
            return failure(tokens.error());
        QJsonArray items;
        for (const AccessToken& token : *tokens)
            items.append(TokenJson::toJson(token, fieldsSet));
        return ok(items);
    }
    if (method == QLatin1String("show")) {
        Result<TokenRef> ref
            = Error(Error::Code::Validation, QStringLiteral("access_token_identifier is mandatory"));
        if (get) {
            const auto id
                = splitIdentifier(params.value(QStringLiteral("access_token_identifier")).toString());
            if (id.first == QLatin1String("authentication_code"))
                ref = TokenRef::byAuthenticationCode(id.second);
        } else {
            ref = refFrom(params.value(QStringLiteral("access_token_identifier")));
        }
        if (!ref.ok())
            return failure(ref.error());
        const Result<AccessToken> token = m_store.show(*ref);
        return token.ok() ? ok(TokenJson::toJson(*token, fieldsSet)) : failure(token.error());
    }
    if (get)
        return failure(QStringLiteral("METHOD_NOT_ALLOWED"),
                       QStringLiteral("%1 is a POST method").arg(method));

    if (method == QLatin1String("create")) {
        const Result<TokenPatch> patch = patchFrom(params);
        if (!patch.ok())
            return failure(patch.error());
        const Result<TokenResult> created = m_store.create(*patch);
        return created.ok() ? ok(TokenJson::toJson(*created)) : failure(created.error());
    }
    if (method == QLatin1String("forgot_pass_code")) {
        const Result<void> done
            = m_store.forgotPassCode(params.value(QStringLiteral("identifier")).toString());
        return done.ok() ? ok() : failure(done.error());
    }

    const Result<TokenRef> ref = refFrom(params.value(QStringLiteral("access_token_identifier")));
    if (!ref.ok())
        return failure(ref.error());
    Result<AccessToken> token = Error(Error::Code::NotFound, QStringLiteral("No such method %1").arg(method));
    if (method == QLatin1String("update")) {
        const Result<TokenPatch> patch = patchFrom(params);
        if (!patch.ok())
            return failure(patch.error());
        token = m_store.update(*ref, *patch);
    } else if (method == QLatin1String("set_as_effective")) {
        token = m_store.setEffective(*ref);
    } else if (method == QLatin1String("set_as_not_effective")) {
        token = m_store.setNotEffective(*ref);
    } else if (method == QLatin1String("delete")) {
        token = m_store.remove(*ref);
    } else if (method == QLatin1String("verify")) {
        token = m_store.verify(*ref, params.value(QStringLiteral("verification_code")).toString(),
                               params.value(QStringLiteral("pass_code")).toString());
    } else if (method == QLatin1String("reset_verification_code")
               || method == QLatin1String("reset_pass_code") || method == QLatin1String("generate_otp")) {
        const Result<TokenResult> result = method == QLatin1String("generate_otp") ? m_store.generateOtp(*ref)
            : method == QLatin1String("reset_pass_code") ? m_store.resetPassCode(*ref)
                                                         : m_store.resetVerificationCode(*ref);
        if (!result.ok())
            return failure(result.error());
        if (method == QLatin1String("generate_otp"))
            return ok(QJsonObject {
                { QStringLiteral("id"), result->token.id },
                { QStringLiteral("number"), result->token.number },
                { QStringLiteral("one_time_password"), result->oneTimePassword },
                { QStringLiteral("expiration_date"), TokenJson::dateTimeToWire(result->expirationDate) } });
        // Spec §3: the resets answer with a short token.
        TokenResult reply = *result;
        reply.wholeToken = false;
        return ok(TokenJson::toJson(reply));
    } else {
        return failure(QStringLiteral("NOT_FOUND"), QStringLiteral("No such method %1").arg(method));
    }
    return token.ok() ? ok(TokenJson::toJson(*token, fieldsSet)) : failure(token.error());
}

CrmSimServer::Reply CrmSimServer::control(const Call& call)
{
    const QString what = call.path.mid(controlPrefix.size());
    const QJsonObject b = call.body;
    if (what == QLatin1String("requests")) {
        const QJsonArray recorded = m_recorded;
        if (call.method == QLatin1String("POST"))
            m_recorded = QJsonArray();
        return ok(recorded);
    }
    if (what == QLatin1String("stats")) {
        const QJsonObject stats { { QStringLiteral("max_concurrent"), m_maxPending } };
        m_maxPending = 0;
        return ok(stats);
    }
    if (what == QLatin1String("latency")) {
        m_latencyMs = b.value(QStringLiteral("ms")).toInt();
        return ok();
    }
    if (what == QLatin1String("expire")) {
        expireSessions();
        return ok();
    }
    if (what == QLatin1String("sessions")) {
        // For tests that check no session token leaked into a log.
        return ok(
            QJsonObject { { QStringLiteral("tokens"), QJsonArray::fromStringList(m_sessions.keys()) } });
    }
    if (what == QLatin1String("fault")) {
        static const QHash<QString, Fault::Kind> kinds {
            { QStringLiteral("http500"), Fault::Kind::Http500 },
            { QStringLiteral("drop"), Fault::Kind::Drop },
            { QStringLiteral("hang"), Fault::Kind::Hang },
            { QStringLiteral("not_json"), Fault::Kind::NotJson },
            { QStringLiteral("status"), Fault::Kind::Status },
            { QStringLiteral("expire"), Fault::Kind::ExpireSession },
        };
        const QString kind = b.value(QStringLiteral("kind")).toString();
        if (!kinds.contains(kind))
            return failure(QStringLiteral("VALIDATION"), QStringLiteral("Unknown fault %1").arg(kind));
        Fault fault;
        fault.kind = kinds.value(kind);
        fault.method = b.value(QStringLiteral("method")).toString();
        fault.count = b.value(QStringLiteral("count")).toInt(1);
        fault.apply = b.value(QStringLiteral("apply")).toBool(false);
        if (b.contains(QStringLiteral("status_code")))
            fault.statusCode = b.value(QStringLiteral("status_code")).toString();
        m_faults.append(fault);
        return ok();
    }
    if (what == QLatin1String("reset")) {
        m_faults.clear();
        m_recorded = QJsonArray();
        m_latencyMs = 0;
        return ok();
    }
    if (what == QLatin1String("settings")) {
        Result<TokenSettings> settings = m_store.settings();
        if (!settings.ok())
            return failure(settings.error());
        for (auto it = b.begin(); it != b.end(); ++it) {
            const Result<void> set = settings->setKeyValue(it.key(), it.value().toVariant().toString());
            if (!set.ok())
                return failure(set.error());
        }
        const Result<void> saved = m_store.saveSettings(*settings);
        return saved.ok() ? ok() : failure(saved.error());
    }
    if (what == QLatin1String("account")) {
        AccountsReceivable account;
        account.number = b.value(QStringLiteral("number")).toString();
        account.name = b.value(QStringLiteral("name")).toString(account.number);
        const Result<AccountsReceivable> added = m_store.addAccount(account);
        return added.ok() ? ok() : failure(added.error());
    }
    if (what == QLatin1String("participant")) {
        RewardParticipant participant;
        participant.number = b.value(QStringLiteral("number")).toString();
        const Result<RewardParticipant> added = m_store.addParticipant(participant);
        return added.ok() ? ok() : failure(added.error());
    }
    return failure(QStringLiteral("NOT_FOUND"), QStringLiteral("No such control %1").arg(what));
}
