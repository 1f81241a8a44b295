#pragma once

#include "AccessToken.h"
#include "Error.h"
#include "LifeCycleState.h"
#include "PassCodeHasher.h"
#include "Result.h"
#include "TokenPatch.h"

#include <QList>
#include <QString>
#include <functional>
#include <optional>

// The last step of a large import, after its last row: building the lookup indexes the store put
// off, which can take as long as writing the rows did.
struct ImportFinishing
{
    // Told how many of the steps are done, from 0 to all of them.
    std::function<void(int done, int steps)> progressed;
    // Asked while the steps run: true stops them, and commit() fails with CANCELLED.
    std::function<bool()> cancelled;
};

// What a store is told when an import begins, for its record of the import.
struct ImportSessionOptions
{
    QString fileName;
    // The column mapping as text ("identifier,pass_code,,custom:colour").
    QString mapping;
    // All rows or none: the session keeps one transaction open until commit().
    bool atomic = true;
    // The field by which existing tokens are updated rather than refused (empty: none is).
    QString upsertBy;
    // About how many rows the file holds (0: unknown), for the store to pick how to load them.
    qint64 expectedRows = 0;
    // Validation only: the session looks tokens up, and writes and records nothing; commit() and
    // rollback() do nothing.
    bool dryRun = false;
    ImportFinishing finishing;
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
    // patch.passCode hashed with the session's passCodeHasher(), when the caller did it (ImportJob
    // spreads the hashing of a batch over all cores); empty: the session hashes it itself.
    QString passCodeHash;
};

// A row the store refused while writing a batch: its index in the batch and why.
struct ImportRefusal
{
    int index = 0;
    Error error;
};

// How an import ended, or stands so far, for the store's record of it.
struct ImportTally
{
    enum class Status
    {
        Running,
        Completed,
        Cancelled,
        Failed,
    };

    qint64 created = 0;
    qint64 updated = 0;
    // Rows that named a token and would have changed nothing in it.
    qint64 unchanged = 0;
    qint64 rejected = 0;
    // The first errors, one per line.
    QString errors;
    Status status = Status::Running;
};

// A store's bulk-write path for ImportJob. Rows are written inside a transaction that commit()
// ends (the next write() opens another) and rollback() undoes; an atomic import commits once, at
// the end, skip-invalid commits every batch. The store records the import (ImportRecord) with the
// tally it is given. A store without one answers TokenStore::beginImport with UNSUPPORTED and
// ImportJob writes through the plain calls. Calls come from the thread that owns the store.
class TokenImportSession
{
public:
    virtual ~TokenImportSession() = default;

    // The tokens whose `field` (identifier or authentication_code) is one of values.
    virtual Result<QList<AccessToken>> findExisting(const QString& field, const QStringList& values) = 0;
    // The hasher of the store's settings when the session takes pass codes hashed by the caller
    // (ImportRow::passCodeHash); none when it hashes them itself.
    virtual std::optional<PassCodeHasher> passCodeHasher() const { return std::nullopt; }
    // Writes a batch inside the open transaction (opening one if needed). A row refused with an
    // error is returned and leaves nothing of itself behind; the other rows stay written. An error
    // of the whole call (storage, network) leaves the open transaction to rollback().
    virtual Result<QList<ImportRefusal>> write(const QList<ImportRow>& rows) = 0;
    // Makes everything written so far durable, together with the tally.
    virtual Result<void> commit(const ImportTally& tally) = 0;
    // Undoes everything written since the last commit() and records the tally.
    virtual Result<void> rollback(const ImportTally& tally) = 0;
    // How many steps the last commit() takes after the rows (ImportFinishing), known from the
    // start; 0 when it has none.
    virtual int stepsAfterRows() const { return 0; }
};
