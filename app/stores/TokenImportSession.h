#pragma once

#include "AccessToken.h"
#include "LifeCycleState.h"
#include "Result.h"
#include "TokenPatch.h"

#include <QList>
#include <QString>
#include <optional>

// What a store is told when an import begins, for its record of the import.
struct ImportSessionOptions
{
    QString fileName;
    // The column mapping as text ("identifier,pass_code,,custom:colour").
    QString mapping;
    // All rows or none: the session keeps one transaction open until commit().
    bool atomic = true;
};

// One row of an import, checked and ready to write: a token to create, or the token existingId
// to update with the patch.
struct ImportRow
{
    qint64 line = 0;
    QString existingId;
    TokenPatch patch;
    // The state the token should end in, when the file names one.
    std::optional<LifeCycleState> state;
};

// A store's bulk-write path for ImportJob: rows are written inside a transaction that commit() ends
// (the next write() opens another) and rollback() undoes; skip-invalid commits every batch. A store without
// one answers TokenStore::beginImport with UNSUPPORTED and ImportJob writes through the plain calls. Calls
// come from the thread that owns the store.
class TokenImportSession
{
public:
    virtual ~TokenImportSession() = default;

    // The tokens whose `field` (identifier or authentication_code) is one of values.
    virtual Result<QList<AccessToken>> findExisting(const QString& field, const QStringList& values) = 0;
    // Writes one row inside the open transaction (opening one if needed); a row refused with an
    // error leaves nothing of itself behind, and the rows before it stay written.
    virtual Result<void> write(const ImportRow& row) = 0;
    // Makes everything written so far durable.
    virtual Result<void> commit() = 0;
    // Undoes everything written since the last commit().
    virtual Result<void> rollback() = 0;
};
