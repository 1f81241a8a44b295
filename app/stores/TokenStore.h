#pragma once

#include "AccessToken.h"
#include "AccountsReceivable.h"
#include "AuditEntry.h"
#include "BulkAction.h"
#include "Classification.h"
#include "ImportRecord.h"
#include "Result.h"
#include "RewardParticipant.h"
#include "StoreCapabilities.h"
#include "TokenImportSession.h"
#include "TokenPatch.h"
#include "TokenQuery.h"
#include "TokenRef.h"
#include "TokenResult.h"
#include "TokenSettings.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <functional>
#include <memory>

// The one interface of SQLite, PostgreSQL and CRM.COM (spec §3). Calls are synchronous and made
// from a single thread, the one that called open(): TokenService runs them on its worker thread.
// Every operation is atomic: a call that returns an error has changed nothing.
class TokenStore
{
public:
    virtual ~TokenStore() = default;

    virtual Result<void> open() = 0;
    // A short name for the status bar and the About box: a file path, a server, a URL.
    virtual QString description() const = 0;
    virtual StoreCapabilities capabilities() const = 0;
    // Who the log information and the audit trail name for the changes that follow.
    virtual void setActor(const QString& user, const QString& unit) = 0;
    // For a store that hears of other clients' changes (capabilities().notifiesChanges): it calls
    // listener, from a thread of its own, with the ids of changed tokens (empty: any token may have
    // changed). Set before open().
    virtual void setChangeListener(std::function<void(const QStringList& tokenIds)> listener)
    {
        Q_UNUSED(listener)
    }

    // Asks the call running now on the store's thread to give up: it returns CANCELLED as soon as
    // it can. Safe from any thread; calls made after it are not affected. A store whose calls are
    // short has nothing to abort and ignores it (capabilities().cancelsCalls says which).
    virtual void cancel() { }

    virtual Result<TokenSettings> settings() = 0;
    virtual Result<void> saveSettings(const TokenSettings& settings) = 0;

    virtual Result<TokenResult> create(const TokenPatch& fields) = 0;
    virtual Result<AccessToken> show(const TokenRef& ref) = 0;
    virtual Result<AccessToken> update(const TokenRef& ref, const TokenPatch& patch) = 0;
    virtual Result<AccessToken> setEffective(const TokenRef& ref) = 0;
    virtual Result<AccessToken> setNotEffective(const TokenRef& ref) = 0;
    virtual Result<AccessToken> verify(const TokenRef& ref, const QString& verificationCode,
                                       const QString& newPassCode)
        = 0;
    virtual Result<TokenResult> resetVerificationCode(const TokenRef& ref) = 0;
    virtual Result<TokenResult> resetPassCode(const TokenRef& ref) = 0;
    virtual Result<void> forgotPassCode(const QString& identifier) = 0;
    virtual Result<void> changePassCode(const TokenRef& ref, const QString& currentPassCode,
                                        const QString& newPassCode)
        = 0;
    virtual Result<TokenResult> generateOtp(const TokenRef& ref) = 0;
    // delete: only NOT_EFFECTIVE tokens; returns the token as it was.
    virtual Result<AccessToken> remove(const TokenRef& ref) = 0;

    using ActionDone = std::function<void(Result<AccessToken>)>;
    // Starts one token's bulk action and calls done with its result, on the store's thread. A
    // store that capabilities().runsCallsInParallel returns at once and calls done from the
    // thread's event loop when the answer comes, so BulkRunner can keep several in flight; any
    // other store makes the call before returning.
    virtual void startAction(BulkAction action, const TokenRef& ref, const ActionDone& done)
    {
        switch (action) {
        case BulkAction::SetEffective:
            done(setEffective(ref));
            return;
        case BulkAction::SetNotEffective:
            done(setNotEffective(ref));
            return;
        case BulkAction::Delete:
            done(remove(ref));
            return;
        }
        done(Error(Error::Code::Usage, QCoreApplication::translate("TokenStore", "Unknown bulk action")));
    }

    virtual Result<QList<AccessToken>> list(const TokenQuery& query) = 0;
    // How many tokens the query's list holds, whatever its limit and offset. With a keyset
    // (afterValue), only those after that position, or with before those before it: a token's
    // row in the list. Stores that page by offset only (not listsAllTokens) ignore the keyset.
    virtual Result<qint64> count(const TokenQuery& query) = 0;

    virtual Result<QList<AccountsReceivable>> accounts(const QString& numberOrNamePrefix, int limit) = 0;
    virtual Result<AccountsReceivable> addAccount(const AccountsReceivable& account) = 0;
    virtual Result<QList<RewardParticipant>> participants(const QString& numberPrefix, int limit) = 0;
    virtual Result<RewardParticipant> addParticipant(const RewardParticipant& participant) = 0;
    // Newest first.
    virtual Result<QList<AuditEntry>> auditTrail(const TokenRef& ref, int limit) = 0;

    // The store's bulk path for ImportJob; a store without one answers UNSUPPORTED and the import
    // falls back to the calls above.
    virtual Result<std::unique_ptr<TokenImportSession>> beginImport(const ImportSessionOptions& options)
    {
        Q_UNUSED(options)
        return Error(Error::Code::Unsupported, QStringLiteral("This store has no bulk import"));
    }
    // The imports recorded by beginImport sessions, newest first.
    virtual Result<QList<ImportRecord>> imports(int limit)
    {
        Q_UNUSED(limit)
        return Error(Error::Code::Unsupported, QStringLiteral("This store keeps no record of imports"));
    }
    // Undoes an import as a whole: deletes the tokens it created and gives the tokens it updated
    // their previous values; CONFLICT, naming them, when any of those tokens changed since.
    virtual Result<ImportRecord> undoImport(qint64 importId)
    {
        Q_UNUSED(importId)
        return Error(Error::Code::Unsupported, QStringLiteral("This store cannot undo imports"));
    }
    // What undoImport() would answer, found without writing anything: asked before the person is.
    virtual Result<ImportRecord> checkUndoImport(qint64 importId)
    {
        Q_UNUSED(importId)
        return Error(Error::Code::Unsupported, QStringLiteral("This store cannot undo imports"));
    }
};
