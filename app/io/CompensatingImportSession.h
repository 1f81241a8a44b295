#pragma once

#include "TokenImportSession.h"
#include "TokenStore.h"

#include <QCoreApplication>
#include <QList>
#include <QSet>
#include <QStringList>

// The import path of a store without a bulk session (CRM.COM answers beginImport with
// UNSUPPORTED): each row goes through the plain create / update calls, and a
// rollback undoes what was written since the last commit by compensating calls: created tokens
// are set not effective and deleted (one waiting for verification cannot be, and the failure names
// it), updated ones get their previous values back. A pass code
// changed by an update cannot be restored (only its hash was ever stored), which is why the SQL
// stores provide a real transaction instead. Such a store keeps no record of imports: the tally is
// only reported.
class CompensatingImportSession : public TokenImportSession
{
    Q_DECLARE_TR_FUNCTIONS(CompensatingImportSession)

public:
    explicit CompensatingImportSession(TokenStore& store);

    Result<QList<AccessToken>> findExisting(const QString& field, const QStringList& values) override;
    Result<QList<ImportRefusal>> write(const QList<ImportRow>& rows) override;
    Result<void> commit(const ImportTally& tally) override;
    Result<void> rollback(const ImportTally& tally) override;

private:
    Result<void> writeRow(const ImportRow& row);
    Result<void> moveTo(const AccessToken& token, LifeCycleState state);
    // Sets a token this import created not effective and deletes it.
    Result<void> removeCreated(const QString& id);
    static TokenPatch restorePatch(const AccessToken& before, const AccessToken& after);

    TokenStore& m_store;
    QStringList m_createdIds;
    QList<AccessToken> m_updatedBefore;
    // The classifications whose new tokens this store creates waiting for verification.
    QSet<QString> m_awaitingVerification;
};
