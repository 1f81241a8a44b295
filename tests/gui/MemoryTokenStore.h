#pragma once

#include "Operation.h"
#include "TokenStore.h"

#include <QMutex>
#include <atomic>
#include <optional>

// A TokenStore in memory for the GUI tests: the same contract as the SQL store (paging, keyset,
// filters, optimistic versions, life cycle rules), small enough to seed with 100,000 rows quickly,
// and able to report how many rows it handed out.
class MemoryTokenStore : public TokenStore
{
public:
    MemoryTokenStore();

    // Adds count EFFECTIVE tokens numbered from 1 with identifiers "user<N>@example.org".
    void seed(int count);
    // Changes a token behind the service's back, as another client would (bumps the version).
    void touch(const QString& id, const QString& udfString1);
    // Lists fail from now on (a store gone away), counts still answer.
    void failLists(bool fail) { m_failLists = fail; }
    // Counts fail from now on too.
    void failCounts(bool fail) { m_failCounts = fail; }
    // open() refuses with this message (a wrong password, a server down); empty: it opens.
    void refuseOpen(const QString& message) { m_openRefusal = message; }
    // The next update is carried out but answers with this error instead, as when the connection
    // drops before the reply.
    void loseNextUpdateReply(const Error& error);
    qint64 rowsListed() const { return m_rowsListed; }
    QList<TokenQuery> queries() const;
    // The verification code the last create or reset issued, as the customer would receive it.
    QString lastVerificationCode() const;

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
    Result<QList<AccessToken>> list(const TokenQuery& query) override;
    Result<qint64> count(const TokenQuery& query) override;
    Result<QList<AccountsReceivable>> accounts(const QString& prefix, int limit) override;
    Result<AccountsReceivable> addAccount(const AccountsReceivable& account) override;
    Result<QList<RewardParticipant>> participants(const QString& prefix, int limit) override;
    Result<RewardParticipant> addParticipant(const RewardParticipant& participant) override;
    Result<QList<AuditEntry>> auditTrail(const TokenRef& ref, int limit) override;

private:
    int find(const TokenRef& ref) const;
    Result<AccessToken> transition(const TokenRef& ref, Operation operation);
    QList<int> matching(const TokenQuery& query) const;
    void audit(const AccessToken& token, const QString& operation, const QString& details);

    mutable QMutex m_mutex;
    QList<AccessToken> m_tokens;
    QMap<QString, QString> m_verificationCodes;
    QMap<QString, QString> m_passCodes;
    QString m_lastVerificationCode;
    std::atomic_bool m_failLists = false;
    std::atomic_bool m_failCounts = false;
    QString m_openRefusal;
    std::optional<Error> m_lostUpdateReply;
    TokenSettings m_settings;
    QList<AccountsReceivable> m_accounts;
    QList<RewardParticipant> m_participants;
    QList<AuditEntry> m_audit;
    QList<TokenQuery> m_queries;
    int m_nextNumber = 1;
    std::atomic<qint64> m_rowsListed { 0 };
};
