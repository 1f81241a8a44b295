#pragma once

#include "CrmOptions.h"
#include "CrmRequest.h"
#include "StoreUrl.h"
#include "TokenStore.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QJsonValue>
#include <QMutex>
#include <memory>

class CrmClient;

// The CRM.COM V4 API as a TokenStore (spec §4). The API addresses a token only by its
// authentication code or by identifier and pass code; tokens addressed by id or number are
// resolved through the tokens this store has already seen. The API keeps no settings, directory
// or audit trail of its own for TokenDesk, and lists tokens only per account, per participant or
// not associated (see capabilities()).
class CrmApiTokenStore : public TokenStore
{
    Q_DECLARE_TR_FUNCTIONS(CrmApiTokenStore)

public:
    // The secret is the password of url.user, or the web API key when the URL names no user.
    CrmApiTokenStore(const StoreUrl& url, const QString& secret, const CrmOptions& options = CrmOptions());
    ~CrmApiTokenStore() override;

    // Takes effect for the requests that follow.
    void setOptions(const CrmOptions& options);
    CrmOptions options() const { return m_options; }
    // Aborts the requests in flight (they fail with CANCELLED). Safe from any thread.
    void cancel() override;

    Result<void> open() override;
    QString description() const override;
    StoreCapabilities capabilities() const override;
    void setActor(const QString& user, const QString& unit) override;

    Result<TokenSettings> settings() override;
    Result<void> saveSettings(const TokenSettings& settings) override;

    Result<TokenResult> create(const TokenPatch& fields) override;
    Result<AccessToken> show(const TokenRef& ref) override;
    Result<AccessToken> update(const TokenRef& ref, const TokenPatch& patch) override;
    Result<AccessToken> setEffective(const TokenRef& ref) override;
    Result<AccessToken> setNotEffective(const TokenRef& ref) override;
    Result<AccessToken> verify(const TokenRef& ref, const QString& verificationCode,
                               const QString& newPassCode) override;
    Result<TokenResult> resetVerificationCode(const TokenRef& ref) override;
    Result<TokenResult> resetPassCode(const TokenRef& ref) override;
    Result<void> forgotPassCode(const QString& identifier) override;
    Result<void> changePassCode(const TokenRef& ref, const QString& currentPassCode,
                                const QString& newPassCode) override;
    Result<TokenResult> generateOtp(const TokenRef& ref) override;
    Result<AccessToken> remove(const TokenRef& ref) override;
    // Sends the request and returns; done runs when the reply arrives, so bulk actions can keep
    // several requests in flight.
    void startAction(BulkAction action, const TokenRef& ref, const ActionDone& done) override;

    Result<QList<AccessToken>> list(const TokenQuery& query) override;
    Result<qint64> count(const TokenQuery& query) override;

    Result<QList<AccountsReceivable>> accounts(const QString& numberOrNamePrefix, int limit) override;
    Result<AccountsReceivable> addAccount(const AccountsReceivable& account) override;
    Result<QList<RewardParticipant>> participants(const QString& numberPrefix, int limit) override;
    Result<RewardParticipant> addParticipant(const RewardParticipant& participant) override;
    Result<QList<AuditEntry>> auditTrail(const TokenRef& ref, int limit) override;

    // The body fields of a create or update (spec §1 names, *_identifier objects for references,
    // custom_field_set for custom fields).
    static QJsonObject patchToWire(const TokenPatch& patch);

private:
    Result<CrmRequest> actionRequest(const QString& method, const TokenRef& ref);
    // A token as the API describes it, with what CRM.COM leaves unsaid filled in.
    static AccessToken fromWire(const QJsonObject& object);
    Result<AccessToken> tokenFrom(const Result<QJsonValue>& reply);
    Result<QJsonObject> identifierOf(const TokenRef& ref) const;
    Result<QJsonValue> call(const CrmRequest& request);
    Result<AccessToken> tokenCall(const QString& method, const TokenRef& ref, QJsonObject body = {});
    Result<TokenResult> resultCall(const QString& method, const TokenRef& ref);
    // A create or update CRM.COM refused as NOT_FOUND for the account or participant it names:
    // that field named, as the other stores name it, with the number; any other stays as it is.
    static Error unknownReference(const Error& notFound, const TokenPatch& patch);
    Result<TokenResult> cancelledCreate(const TokenPatch& fields);
    TokenResult resultFrom(const QJsonValue& data);
    void remember(const AccessToken& token);
    void forget(const AccessToken& token);
    Result<CrmRequest> listRequest(const TokenQuery& query, int limit, int offset) const;
    Error notOpen() const;

    StoreUrl m_url;
    QString m_secret;
    CrmOptions m_options;
    std::unique_ptr<CrmClient> m_client;
    // cancel() comes from other threads and may meet open() setting up the client.
    mutable QMutex m_clientMutex;
    // The authentication code of every token seen, by id and by number, so that the back office's
    // id:/number: references work against an API that knows neither.
    QHash<QString, QString> m_codeById;
    QHash<QString, QString> m_codeByNumber;
};
