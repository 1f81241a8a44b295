#pragma once

#include "Clock.h"
#include "Operation.h"
#include "PassCodeHasher.h"
#include "SqlDialect.h"
#include "StoreUrl.h"
#include "TokenStore.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariantList>
#include <functional>
#include <memory>
#include <optional>

class PgChangeListener;

// The local stores: SQLite (the embedded default) and PostgreSQL (a shared team store), one schema
// and one set of queries; what differs between the two engines is in SqlDialect. Each instance owns
// a uniquely named connection opened by open() on the calling thread, and every operation is one
// transaction, so a refused or failed call leaves the store as it was.
class SqlTokenStore : public TokenStore
{
    Q_DECLARE_TR_FUNCTIONS(SqlTokenStore)

public:
    SqlTokenStore(StoreUrl url, QString secret, Clock* clock);
    ~SqlTokenStore() override;

    Result<void> open() override;
    QString description() const override;
    StoreCapabilities capabilities() const override;
    void setActor(const QString& user, const QString& unit) override;
    void setChangeListener(std::function<void(const QStringList& tokenIds)> listener) override;

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

    Result<QList<AccountsReceivable>> accounts(const QString& numberOrNamePrefix, int limit) override;
    Result<AccountsReceivable> addAccount(const AccountsReceivable& account) override;
    Result<QList<RewardParticipant>> participants(const QString& numberPrefix, int limit) override;
    Result<RewardParticipant> addParticipant(const RewardParticipant& participant) override;
    Result<QList<AuditEntry>> auditTrail(const TokenRef& ref, int limit) override;
    Result<std::unique_ptr<TokenImportSession>> beginImport(const ImportSessionOptions& options) override;
    Result<QList<ImportRecord>> imports(int limit) override;
    Result<ImportRecord> undoImport(qint64 importId) override;
    Result<ImportRecord> checkUndoImport(qint64 importId) override;

    // The connection, for bulk work on the store's own thread (imports, benchmarks).
    QSqlDatabase database() const { return m_db; }
    const SqlDialect& dialect() const { return *m_dialect; }

private:
    friend class SqlImportSession;
    friend class SqlImportHistory;

    // A token as stored, with what never leaves the store.
    struct Row
    {
        AccessToken token;
        QString passCodeHash;
        QString verificationCodeHash;
        QString classificationId;
        QString accountId;
        QString participantId;
    };

    enum class Access
    {
        Read,
        Write
    };

    Error storageError(const QString& what, const QSqlQuery& query) const;
    Result<QSqlQuery> run(const QString& sql, const QVariantList& bindings = {}) const;
    // A fresh connection after the old one was lost (server restart, dropped network).
    Result<void> reconnect();
    Error connectionLost(bool mayHaveCommitted) const;
    // Tells other clients, inside the open transaction, that the token changed.
    Result<void> notifyChanged(const QString& tokenId);
    template<typename T> Result<T> transaction(Access access, const std::function<Result<T>()>& work);

    Result<QList<Row>> selectRows(const QString& tail, const QVariantList& bindings);
    Result<std::optional<Row>> selectRow(const QString& condition, const QVariantList& bindings, bool lock);
    // Finds the token a reference names; an identifier needs its pass code or a live OTP (consumed).
    Result<Row> resolve(const TokenRef& ref, bool lock);
    // The trail's lines for the import that created the token and those that updated it.
    Result<QList<AuditEntry>> importLines(const Row& row) const;
    Error notFound(const TokenRef& ref) const;
    // The stored columns of a token, besides id and import_id, and their values in that order:
    // a bulk import appends the values of every row straight to its statement's bindings.
    static const QStringList& columnNames();
    static void appendColumnValues(const Row& row, QVariantList& values);
    static QList<std::pair<QString, QVariant>> columnsOf(const Row& row);
    // Inserts a row (before == nullptr) or updates it from before, guarded by before's version.
    Result<void> writeRow(const Row& row, const Row* before);
    Result<void> checkUnique(const AccessToken& token, const QString& exceptId);
    Result<void> audit(const QString& operation, const AccessToken& token, const QString& details);
    Result<void> queueMessage(const QString& kind, const AccessToken& token, const QString& recipient,
                              const QString& details);
    Result<TokenSettings> loadSettings();
    Result<std::optional<AccountsReceivable>> findAccount(const QString& idOrNumber);
    Result<std::optional<RewardParticipant>> findParticipant(const QString& idOrNumber);
    // Applies the references of a patch (classification, account, participant) to a row.
    Result<void> applyReferences(const TokenPatch& patch, const TokenSettings& settings, Row& row);
    Result<AccessToken> changeState(const TokenRef& ref, Operation operation);
    void touch(AccessToken& token) const;
    QString recipientOf(const AccessToken& token) const;
    static PassCodeHasher hasherFor(const TokenSettings& settings);

    StoreUrl m_url;
    QString m_secret;
    Clock* m_clock;
    std::unique_ptr<SqlDialect> m_dialect;
    QString m_connectionName;
    QSqlDatabase m_db;
    QString m_user;
    QString m_unit;
    std::function<void(const QStringList&)> m_changeListener;
    std::unique_ptr<PgChangeListener> m_listener;
    // open() succeeded once: a lost connection is then reopened by the next call.
    bool m_opened = false;
    // Statements the server refused inside the open transaction. PostgreSQL cannot free a prepared
    // statement in a failed transaction, so they are released after its ROLLBACK.
    mutable QList<QSqlQuery> m_refusedStatements;
    // Tags this store's change notifications: its own listener skips them, since the service has
    // announced its own changes already.
    QString m_origin;
    // An import session holds the open transaction: the store's calls join it instead of
    // beginning their own.
    bool m_importOpen = false;
};
