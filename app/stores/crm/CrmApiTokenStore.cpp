#include "CrmApiTokenStore.h"

#include "CrmClient.h"
#include "TokenJson.h"
#include "TokenValidator.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QNetworkProxyFactory>
#include <QRegularExpression>
#include <cmath>

namespace {
const QString identifierKey = QStringLiteral("access_token_identifier");
// A page of count(): the API has no count of its own.
constexpr int countPageSize = 500;

bool looksLikeId(const QString& text)
{
    static const QRegularExpression id(QStringLiteral("^[0-9A-Fa-f]{32}$"));
    return id.match(text).hasMatch();
}

QString path(const QString& method)
{
    return QStringLiteral("access_tokens/") + method;
}

void putText(QJsonObject& o, const QString& key, const PatchValue<QString>& value)
{
    if (value.isSet())
        o.insert(key, value.value());
    else if (value.isNull())
        o.insert(key, QJsonValue::Null);
}

void putReference(QJsonObject& o, const QString& key, const QString& field, const PatchValue<QString>& value)
{
    if (value.isSet())
        o.insert(key, QJsonObject { { field, value.value() } });
    else if (value.isNull())
        o.insert(key, QJsonValue::Null);
}

QString wireMethod(BulkAction action)
{
    switch (action) {
    case BulkAction::SetEffective:
        return QStringLiteral("set_as_effective");
    case BulkAction::SetNotEffective:
        return QStringLiteral("set_as_not_effective");
    case BulkAction::Delete:
        return QStringLiteral("delete");
    }
    return QString();
}

Error unsupported(const QString& message)
{
    return Error(Error::Code::Unsupported, message);
}

// JSON has no infinity or NaN (QJsonDocument writes null, which would clear the field on the
// server), so such a value is refused here, as the validator refuses it.
Result<void> checkFloatsAreFinite(const TokenPatch& patch)
{
    const QList<Error::Violation> violations = TokenValidator::validateUdfFloats(patch);
    if (!violations.isEmpty())
        return Error::validation(violations);
    return Result<void>();
}
} // namespace

CrmApiTokenStore::CrmApiTokenStore(const StoreUrl& url, const QString& secret, const CrmOptions& options)
    : m_url(url)
    , m_secret(secret)
    , m_options(options)
{
}

CrmApiTokenStore::~CrmApiTokenStore()
{
    m_secret.fill(QLatin1Char(' '));
}

void CrmApiTokenStore::setOptions(const CrmOptions& options)
{
    m_options = options;
    if (m_client)
        m_client->setOptions(options);
}

void CrmApiTokenStore::cancel()
{
    QMutexLocker lock(&m_clientMutex);
    if (m_client)
        m_client->cancelAll();
}

Error CrmApiTokenStore::notOpen() const
{
    return Error(Error::Code::Storage, tr("The CRM.COM connection is not open"));
}

Result<void> CrmApiTokenStore::open()
{
    if (m_secret.isEmpty())
        return Error(Error::Code::Auth,
                     m_url.usesWebApiKey()
                         ? tr("No web API key was given for %1").arg(m_url.host)
                         : tr("No password was given for %1 at %2").arg(m_url.user, m_url.host),
                     m_url.usesWebApiKey() ? QStringLiteral("api_key") : QStringLiteral("password"));
    QNetworkProxyFactory::setUseSystemConfiguration(true);
    // Created here, on the thread that makes every call, so its replies are delivered there.
    auto client = std::make_unique<CrmClient>(m_url, m_secret, m_options);
    {
        QMutexLocker lock(&m_clientMutex);
        m_client = std::move(client);
    }
    return m_client->login();
}

QString CrmApiTokenStore::description() const
{
    return m_url.organisation.isEmpty() ? tr("CRM.COM at %1").arg(m_url.host)
                                        : tr("CRM.COM at %1 (%2)").arg(m_url.host, m_url.organisation);
}

StoreCapabilities CrmApiTokenStore::capabilities() const
{
    StoreCapabilities capabilities;
    capabilities.listsAllTokens = false;
    capabilities.editsSettings = false;
    capabilities.keepsDirectory = false;
    capabilities.hasAuditTrail = false;
    capabilities.reportsEveryViolation = false;
    capabilities.recordsActor = false;
    capabilities.notifiesChanges = false;
    capabilities.cancelsCalls = true;
    capabilities.runsCallsInParallel = true;
    capabilities.callsInFlight = m_options.maxParallel;
    return capabilities;
}

void CrmApiTokenStore::setActor(const QString&, const QString&)
{
    // CRM.COM's log information names the user who logged in; there is nothing to set.
}

Result<QJsonValue> CrmApiTokenStore::call(const CrmRequest& request)
{
    if (!m_client)
        return notOpen();
    return m_client->call(request);
}

Result<TokenSettings> CrmApiTokenStore::settings()
{
    const Result<QJsonValue> reply
        = call(CrmRequest::get(path(QStringLiteral("configuration/classifications/list"))));
    if (!reply.ok())
        return reply.error();
    TokenSettings settings;
    // The definition's rules are the server's to enforce; only the classifications are listed.
    const QJsonArray items = reply->isArray() ? reply->toArray() : QJsonArray();
    for (const QJsonValue& item : items)
        settings.classifications.append(TokenJson::classificationFromJson(item.toObject()));
    return settings;
}

Result<void> CrmApiTokenStore::saveSettings(const TokenSettings&)
{
    return unsupported(tr("The access token definition and classifications of CRM.COM are edited in "
                          "CRM.COM itself"));
}

void CrmApiTokenStore::remember(const AccessToken& token)
{
    if (token.authenticationCode.isEmpty())
        return;
    if (!token.id.isEmpty())
        m_codeById.insert(token.id, token.authenticationCode);
    if (!token.number.isEmpty())
        m_codeByNumber.insert(token.number, token.authenticationCode);
}

void CrmApiTokenStore::forget(const AccessToken& token)
{
    m_codeById.remove(token.id);
    m_codeByNumber.remove(token.number);
}

Result<QJsonObject> CrmApiTokenStore::identifierOf(const TokenRef& ref) const
{
    switch (ref.kind()) {
    case TokenRef::Kind::AuthenticationCode:
        return QJsonObject { { QStringLiteral("authentication_code"), ref.value() } };
    case TokenRef::Kind::Identifier:
        // A missing pass code is a wrong one: the server answers "not found".
        return QJsonObject { { QStringLiteral("identifier"), ref.value() },
                             { QStringLiteral("pass_code"), ref.passCode() } };
    case TokenRef::Kind::Id:
    case TokenRef::Kind::Number: {
        const bool byId = ref.kind() == TokenRef::Kind::Id;
        const QString code = byId ? m_codeById.value(ref.value()) : m_codeByNumber.value(ref.value());
        if (code.isEmpty())
            return Error(Error::Code::NotFound,
                         tr("CRM.COM finds a token only by authentication code or by identifier and "
                            "pass code; token %1 has no authentication code known to TokenDesk")
                             .arg(ref.toString()),
                         QStringLiteral("reference"));
        return QJsonObject { { QStringLiteral("authentication_code"), code } };
    }
    }
    return Error(Error::Code::Usage, tr("Unknown token reference"), QStringLiteral("reference"));
}

Result<CrmRequest> CrmApiTokenStore::actionRequest(const QString& method, const TokenRef& ref)
{
    const Result<QJsonObject> identifier = identifierOf(ref);
    if (!identifier.ok())
        return identifier.error();
    return CrmRequest::post(path(method), QJsonObject { { identifierKey, *identifier } });
}

AccessToken CrmApiTokenStore::fromWire(const QJsonObject& object)
{
    AccessToken token = TokenJson::fromJson(object);
    // CRM.COM never says whether a pass code is set, but requires one with every identifier.
    token.hasPassCode = token.hasPassCode || !token.identifier.isEmpty();
    return token;
}

Result<AccessToken> CrmApiTokenStore::tokenFrom(const Result<QJsonValue>& reply)
{
    if (!reply.ok())
        return reply.error();
    const QJsonObject object = reply->toObject();
    if (object.isEmpty())
        return Error(Error::Code::Network, tr("The CRM.COM reply carries no access token"));
    const AccessToken token = fromWire(object);
    remember(token);
    return token;
}

TokenResult CrmApiTokenStore::resultFrom(const QJsonValue& data)
{
    const QJsonObject object = data.toObject();
    TokenResult result;
    result.token = fromWire(object);
    // Resets and OTPs answer with a short token: id and number, no state to trust.
    result.wholeToken = object.contains(QStringLiteral("life_cycle_state"));
    remember(result.token);
    result.randomPassCode = object.value(QStringLiteral("random_pass_code")).toString();
    result.verificationCode = object.value(QStringLiteral("verification_code")).toString();
    result.oneTimePassword = object.value(QStringLiteral("one_time_password")).toString();
    result.expirationDate
        = TokenJson::dateTimeFromWire(object.value(QStringLiteral("expiration_date")).toString());
    return result;
}

Result<AccessToken> CrmApiTokenStore::tokenCall(const QString& method, const TokenRef& ref, QJsonObject body)
{
    Result<CrmRequest> request = actionRequest(method, ref);
    if (!request.ok())
        return request.error();
    for (auto it = body.begin(); it != body.end(); ++it)
        request->body.insert(it.key(), it.value());
    return tokenFrom(call(*request));
}

Result<TokenResult> CrmApiTokenStore::resultCall(const QString& method, const TokenRef& ref)
{
    const Result<CrmRequest> request = actionRequest(method, ref);
    if (!request.ok())
        return request.error();
    const Result<QJsonValue> reply = call(*request);
    if (!reply.ok())
        return reply.error();
    return resultFrom(*reply);
}

QJsonObject CrmApiTokenStore::patchToWire(const TokenPatch& patch)
{
    QJsonObject o;
    putText(o, QStringLiteral("identifier"), patch.identifier);
    putText(o, QStringLiteral("pass_code"), patch.passCode);
    putText(o, QStringLiteral("authentication_code"), patch.authenticationCode);
    putText(o, QStringLiteral("card_masked_number"), patch.cardMaskedNumber);
    putReference(o, QStringLiteral("classification_identifier"),
                 looksLikeId(patch.classification.value()) ? QStringLiteral("id") : QStringLiteral("name"),
                 patch.classification);
    putReference(o, QStringLiteral("accounts_receivable_identifier"), QStringLiteral("number"),
                 patch.accountsReceivable);
    putReference(o, QStringLiteral("rewards_participant_identifier"), QStringLiteral("number"),
                 patch.rewardParticipant);
    for (int i = 0; i < AccessToken::udfStringCount; ++i)
        putText(o, QStringLiteral("udf_string_%1").arg(i + 1), patch.udfString[i]);
    for (int i = 0; i < AccessToken::udfFloatCount; ++i) {
        const QString key = QStringLiteral("udf_float_%1").arg(i + 1);
        if (patch.udfFloat[i].isSet())
            o.insert(key, patch.udfFloat[i].value());
        else if (patch.udfFloat[i].isNull())
            o.insert(key, QJsonValue::Null);
    }
    for (int i = 0; i < AccessToken::udfDateCount; ++i) {
        const QString key = QStringLiteral("udf_date_%1").arg(i + 1);
        // Spec §4: every date on the wire is YYYY-MM-DDTHH:MM:SS, a day's date too.
        if (patch.udfDate[i].isSet())
            o.insert(key,
                     patch.udfDate[i].value().startOfDay().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")));
        else if (patch.udfDate[i].isNull())
            o.insert(key, QJsonValue::Null);
    }
    if (!patch.customFieldSet.isEmpty()) {
        QJsonObject set;
        for (auto it = patch.customFieldSet.cbegin(); it != patch.customFieldSet.cend(); ++it)
            set.insert(it.key(), it.value());
        o.insert(QStringLiteral("custom_field_set"), set);
    }
    return o;
}

Result<TokenResult> CrmApiTokenStore::create(const TokenPatch& fields)
{
    const Result<void> finite = checkFloatsAreFinite(fields);
    if (!finite.ok())
        return finite.error();
    const CrmRequest request = CrmRequest::post(path(QStringLiteral("create")), patchToWire(fields));
    const Result<QJsonValue> reply = call(request);
    if (reply.ok())
        return resultFrom(*reply);
    if (reply.error().code() == Error::Code::Cancelled)
        return cancelledCreate(fields);
    if (reply.error().code() == Error::Code::NotFound)
        return unknownReference(reply.error(), fields);
    if (reply.error().code() != Error::Code::Network)
        return reply.error();

    // The reply was lost: the server may or may not have created the token, so a blind repeat
    // could create it twice. Look it up by its authentication code first.
    if (!fields.authenticationCode.isSet())
        return Error(Error::Code::Network,
                     tr("%1. The token may have been created; it has no authentication code to look "
                        "it up by, so TokenDesk does not repeat the create. Check the account's "
                        "tokens before trying again.")
                         .arg(reply.error().message()));
    const Result<AccessToken> existing
        = show(TokenRef::byAuthenticationCode(fields.authenticationCode.value()));
    if (existing.ok()) {
        TokenResult result;
        result.token = *existing;
        return result;
    }
    if (existing.error().code() != Error::Code::NotFound)
        return Error(Error::Code::Network,
                     tr("%1. Whether the token was created could not be checked: %2")
                         .arg(reply.error().message(), existing.error().message()));
    const Result<QJsonValue> again = call(request);
    if (!again.ok())
        return again.error();
    return resultFrom(*again);
}

// The create may have reached the server before it was cancelled: the same lookup as for a lost
// reply tells whether it did. Nothing is sent again, as the person asked to stop.
Result<TokenResult> CrmApiTokenStore::cancelledCreate(const TokenPatch& fields)
{
    if (!fields.authenticationCode.isSet())
        return Error(Error::Code::Cancelled,
                     tr("Creating the token was cancelled. It may have been created all the same; it has "
                        "no authentication code to look it up by, so check the account's tokens before "
                        "trying again."));
    const QString code = fields.authenticationCode.value();
    const Result<AccessToken> existing = show(TokenRef::byAuthenticationCode(code));
    if (existing.ok()) {
        TokenResult result;
        result.token = *existing;
        return result;
    }
    if (existing.error().code() == Error::Code::NotFound)
        return Error(
            Error::Code::Cancelled,
            tr("Creating the token with authentication code %1 was cancelled; it was not created").arg(code));
    return Error(Error::Code::Cancelled,
                 tr("Creating the token with authentication code %1 was cancelled; whether it was created "
                    "could not be checked: %2")
                     .arg(code, existing.error().message()));
}

Result<AccessToken> CrmApiTokenStore::show(const TokenRef& ref)
{
    const Result<QJsonObject> identifier = identifierOf(ref);
    if (!identifier.ok())
        return identifier.error();
    const QString code = identifier->value(QStringLiteral("authentication_code")).toString();
    if (!code.isEmpty()) {
        CrmRequest request = CrmRequest::get(path(QStringLiteral("show")));
        request.addIdentifier(identifierKey, QStringLiteral("authentication_code"), code);
        return tokenFrom(call(request));
    }
    // An identifier comes with its pass code, which must not travel in a URL: a POST read.
    return tokenFrom(call(CrmRequest::post(path(QStringLiteral("show")),
                                           QJsonObject { { identifierKey, *identifier } }, true)));
}

Result<AccessToken> CrmApiTokenStore::update(const TokenRef& ref, const TokenPatch& patch)
{
    const Result<void> finite = checkFloatsAreFinite(patch);
    if (!finite.ok())
        return finite.error();
    if (patch.expectedVersion) {
        // Not atomic: CRM.COM's update takes no version, ETag or If-Match (spec §4 offers nothing
        // to guard it with), so a change another client makes between this show and the update
        // is overwritten. Comparing just before narrows that window to one round trip (servers
        // that send no version are always at 0).
        const Result<AccessToken> current = show(ref);
        if (!current.ok())
            return current.error();
        if (current->version != *patch.expectedVersion)
            return Error(Error::Code::Conflict,
                         tr("Token %1 was changed by someone else since it was read; reload it and try again")
                             .arg(ref.toString()));
    }
    const Result<AccessToken> updated = tokenCall(QStringLiteral("update"), ref, patchToWire(patch));
    if (updated.ok() || updated.error().code() != Error::Code::NotFound
        || !(patch.accountsReceivable.isSet() || patch.rewardParticipant.isSet()))
        return updated;
    // Not found: the token, or the account or participant it was to be given. The token still
    // there, it was the number.
    if (!show(ref).ok())
        return updated;
    return unknownReference(updated.error(), patch);
}

Error CrmApiTokenStore::unknownReference(const Error& notFound, const TokenPatch& patch)
{
    const QString accountField = QStringLiteral("accounts_receivable");
    const QString participantField = QStringLiteral("reward_participant");
    const bool account = patch.accountsReceivable.isSet();
    const bool participant = patch.rewardParticipant.isSet();
    // tokendesk-crmsim names the field; a real server may not, and then one number set tells.
    // Another field named (a classification) is left as it is.
    QString field = notFound.field();
    if (field.isEmpty())
        field = account && !participant ? accountField
            : participant && !account   ? participantField
                                        : QString();
    if (field == accountField && account)
        return Error(Error::Code::NotFound,
                     tr("CRM.COM has no account numbered %1").arg(patch.accountsReceivable.value()), field);
    if (field == participantField && participant)
        return Error(
            Error::Code::NotFound,
            tr("CRM.COM has no rewards participant numbered %1").arg(patch.rewardParticipant.value()), field);
    return notFound;
}

Result<AccessToken> CrmApiTokenStore::setEffective(const TokenRef& ref)
{
    return tokenCall(QStringLiteral("set_as_effective"), ref);
}

Result<AccessToken> CrmApiTokenStore::setNotEffective(const TokenRef& ref)
{
    return tokenCall(QStringLiteral("set_as_not_effective"), ref);
}

Result<AccessToken> CrmApiTokenStore::verify(const TokenRef& ref, const QString& verificationCode,
                                             const QString& newPassCode)
{
    QJsonObject body { { QStringLiteral("verification_code"), verificationCode } };
    if (!newPassCode.isEmpty())
        body.insert(QStringLiteral("pass_code"), newPassCode);
    return tokenCall(QStringLiteral("verify"), ref, body);
}

Result<TokenResult> CrmApiTokenStore::resetVerificationCode(const TokenRef& ref)
{
    return resultCall(QStringLiteral("reset_verification_code"), ref);
}

Result<TokenResult> CrmApiTokenStore::resetPassCode(const TokenRef& ref)
{
    return resultCall(QStringLiteral("reset_pass_code"), ref);
}

Result<TokenResult> CrmApiTokenStore::generateOtp(const TokenRef& ref)
{
    return resultCall(QStringLiteral("generate_otp"), ref);
}

Result<void> CrmApiTokenStore::forgotPassCode(const QString& identifier)
{
    const Result<QJsonValue> reply
        = call(CrmRequest::post(path(QStringLiteral("forgot_pass_code")),
                                QJsonObject { { QStringLiteral("identifier"), identifier } }));
    if (!reply.ok())
        return reply.error();
    return Result<void>();
}

Result<void> CrmApiTokenStore::changePassCode(const TokenRef& ref, const QString& currentPassCode,
                                              const QString& newPassCode)
{
    if (!m_client)
        return notOpen();
    if (m_options.consumerKey.isEmpty())
        return unsupported(tr("Changing a pass code on CRM.COM needs a consumer application key; add "
                              "it to the connection profile"));
    QString identifier = ref.value();
    if (ref.kind() != TokenRef::Kind::Identifier) {
        const Result<AccessToken> token = show(ref);
        if (!token.ok())
            return token.error();
        identifier = token->identifier;
        if (identifier.isEmpty())
            return Error(
                Error::Code::Validation,
                tr("Token %1 has no identifier, so its pass code cannot be changed").arg(ref.toString()),
                QStringLiteral("identifier"));
    }

    // The consumer session names the token, and opening it checks the current pass code.
    CrmRequest login = CrmRequest::post(
        QStringLiteral("authentication/consumer_application_key/token"),
        QJsonObject { { identifierKey,
                        QJsonObject { { QStringLiteral("identifier"), identifier },
                                      { QStringLiteral("pass_code"), currentPassCode } } } });
    login.auth = CrmRequest::Auth::None;
    login.basicUser = m_options.consumerKey;
    const Result<QJsonValue> session = m_client->call(login);
    if (!session.ok()) {
        // CRM.COM refuses the consumer login alike for a wrong pass code and a wrong consumer key;
        // a read with the pass code tells the user which of the two is wrong.
        if (session.error().code() != Error::Code::Auth)
            return session.error();
        const Result<AccessToken> current = show(TokenRef::byIdentifier(identifier, currentPassCode));
        if (current.ok() || current.error().code() != Error::Code::NotFound)
            return session.error();
        return Error(Error::Code::Validation,
                     QCoreApplication::translate("SqlTokenStore", "The current pass code is not correct"),
                     QStringLiteral("pass_code"));
    }
    const QString consumerToken = session->toObject().value(QStringLiteral("token")).toString();
    if (consumerToken.isEmpty())
        return Error(Error::Code::Network, tr("The CRM.COM consumer login reply carries no session token"));

    CrmRequest change = CrmRequest::post(path(QStringLiteral("change_pass_code")),
                                         QJsonObject { { QStringLiteral("token"), consumerToken },
                                                       { QStringLiteral("pass_code"), newPassCode } });
    change.auth = CrmRequest::Auth::None;
    const Result<QJsonValue> reply = m_client->call(change);
    if (!reply.ok())
        return reply.error();
    return Result<void>();
}

Result<AccessToken> CrmApiTokenStore::remove(const TokenRef& ref)
{
    Result<AccessToken> removed = tokenCall(QStringLiteral("delete"), ref);
    if (removed.ok())
        forget(*removed);
    return removed;
}

void CrmApiTokenStore::startAction(BulkAction action, const TokenRef& ref, const ActionDone& done)
{
    if (!m_client) {
        done(notOpen());
        return;
    }
    const Result<CrmRequest> request = actionRequest(wireMethod(action), ref);
    if (!request.ok()) {
        done(request.error());
        return;
    }
    m_client->start(*request, [this, action, done](Result<QJsonValue> reply) {
        Result<AccessToken> token = tokenFrom(reply);
        if (token.ok() && action == BulkAction::Delete)
            forget(*token);
        done(std::move(token));
    });
}

Result<CrmRequest> CrmApiTokenStore::listRequest(const TokenQuery& query, int limit, int offset) const
{
    if (!query.search.isEmpty() || !query.columnFilters.isEmpty())
        return unsupported(tr("CRM.COM cannot search or filter access tokens by column"));
    if (query.afterValue.has_value() || !query.afterNumber.isEmpty())
        return unsupported(tr("CRM.COM pages access tokens by offset only"));
    if (query.sortField != QLatin1String("number") || query.descending)
        return unsupported(tr("CRM.COM returns access tokens in its own order; they cannot be sorted by %1")
                               .arg(query.sortField));

    CrmRequest request;
    switch (query.association) {
    case TokenQuery::Association::Account:
    case TokenQuery::Association::Participant: {
        const bool account = query.association == TokenQuery::Association::Account;
        const QString number = account ? query.accountNumber : query.participantNumber;
        if (number.isEmpty())
            return Error(Error::Code::Usage,
                         account ? tr("Listing the tokens of an account needs its number")
                                 : tr("Listing the tokens of a rewards participant needs its number"),
                         account ? QStringLiteral("accounts_receivable")
                                 : QStringLiteral("reward_participant"));
        if (query.state)
            return unsupported(tr("CRM.COM lists an account's or participant's tokens in every state"));
        request = CrmRequest::get(path(QStringLiteral("list")));
        request.addIdentifier(account ? QStringLiteral("accounts_receivable_identifier")
                                      : QStringLiteral("rewards_participant_identifier"),
                              QStringLiteral("number"), number);
        if (!query.classification.isEmpty())
            request.addIdentifier(QStringLiteral("classification_identifier"),
                                  looksLikeId(query.classification) ? QStringLiteral("id")
                                                                    : QStringLiteral("name"),
                                  query.classification);
        request.addQuery(QStringLiteral("number_of_results"), QString::number(limit));
        request.addQuery(QStringLiteral("offset"), QString::number(offset));
        break;
    }
    case TokenQuery::Association::NotAssociated:
        if (!query.classification.isEmpty())
            return unsupported(tr("CRM.COM cannot filter tokens that are not associated by classification"));
        request = CrmRequest::get(path(QStringLiteral("get_not_associated")));
        // get_not_associated has no offset: ask for the rows before the page too and skip them.
        request.addQuery(QStringLiteral("number"), QString::number(limit + offset));
        if (query.state)
            request.addQuery(QStringLiteral("life_cycle_state"), LifeCycleStates::toWire(*query.state));
        break;
    case TokenQuery::Association::Any:
    case TokenQuery::Association::Associated:
        return unsupported(tr("CRM.COM lists the tokens of one accounts receivable, of one rewards "
                              "participant, or those not associated; choose one"));
    }
    if (!query.fields.isEmpty()) {
        // What the store needs to address the tokens later comes along whatever is shown.
        QStringList fields { QStringLiteral("id"), QStringLiteral("number"),
                             QStringLiteral("authentication_code"), QStringLiteral("life_cycle_state") };
        for (const QString& field : query.fields) {
            if (!fields.contains(field))
                fields.append(field);
        }
        request.addQuery(QStringLiteral("fields_set"), fields.join(QLatin1Char(',')));
    }
    return request;
}

Result<QList<AccessToken>> CrmApiTokenStore::list(const TokenQuery& query)
{
    const Result<CrmRequest> request = listRequest(query, query.limit, query.offset);
    if (!request.ok())
        return request.error();
    const Result<QJsonValue> reply = call(*request);
    if (!reply.ok())
        return reply.error();
    if (!reply->isArray() && !reply->isNull() && !(reply->isObject() && reply->toObject().isEmpty()))
        return Error(Error::Code::Network, tr("The CRM.COM reply to a list is not a list"));
    QJsonArray items = reply->toArray();
    if (query.association == TokenQuery::Association::NotAssociated)
        items = QJsonArray::fromVariantList(items.toVariantList().mid(query.offset));
    QList<AccessToken> tokens;
    tokens.reserve(items.size());
    for (const QJsonValue& item : std::as_const(items)) {
        tokens.append(fromWire(item.toObject()));
        remember(tokens.constLast());
    }
    return tokens;
}

Result<qint64> CrmApiTokenStore::count(const TokenQuery& query)
{
    TokenQuery page = query.withoutPaging();
    page.fields = QStringList { QStringLiteral("id") };
    qint64 total = 0;
    for (int offset = 0;; offset += countPageSize) {
        page.offset = query.association == TokenQuery::Association::NotAssociated ? 0 : offset;
        page.limit = query.association == TokenQuery::Association::NotAssociated ? offset + countPageSize
                                                                                 : countPageSize;
        const Result<QList<AccessToken>> rows = list(page);
        if (!rows.ok())
            return rows.error();
        if (query.association == TokenQuery::Association::NotAssociated) {
            if (rows->size() < page.limit)
                return qint64(rows->size());
            continue;
        }
        total += rows->size();
        if (rows->size() < countPageSize)
            return total;
    }
}

Result<QList<AccountsReceivable>> CrmApiTokenStore::accounts(const QString&, int)
{
    return unsupported(tr("TokenDesk does not browse CRM.COM's accounts receivable; enter the account "
                          "number"));
}

Result<AccountsReceivable> CrmApiTokenStore::addAccount(const AccountsReceivable&)
{
    return unsupported(tr("Accounts receivable are created in CRM.COM itself"));
}

Result<QList<RewardParticipant>> CrmApiTokenStore::participants(const QString&, int)
{
    return unsupported(tr("TokenDesk does not browse CRM.COM's rewards participants; enter the "
                          "participant number"));
}

Result<RewardParticipant> CrmApiTokenStore::addParticipant(const RewardParticipant&)
{
    return unsupported(tr("Rewards participants are created in CRM.COM itself"));
}

Result<QList<AuditEntry>> CrmApiTokenStore::auditTrail(const TokenRef&, int)
{
    return unsupported(tr("CRM.COM keeps no audit trail that TokenDesk can read; see the token's log "
                          "information"));
}
