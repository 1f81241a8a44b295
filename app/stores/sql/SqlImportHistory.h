#pragma once

#include "ImportRecord.h"
#include "Result.h"

#include <QCoreApplication>
#include <QList>

class SqlTokenStore;

// The imports SqlImportSession recorded, and undoing one as a whole. Runs inside the store's
// transaction of the call.
class SqlImportHistory
{
    Q_DECLARE_TR_FUNCTIONS(SqlImportHistory)

public:
    explicit SqlImportHistory(SqlTokenStore& store);

    Result<QList<ImportRecord>> list(int limit, qint64 id = 0);
    // Deletes the tokens the import created and puts back the previous values of those it
    // updated; CONFLICT, naming them, when any of them changed after the import.
    // Whether undo() would go ahead, without writing: the import's record, or why not.
    Result<ImportRecord> check(qint64 importId);
    Result<ImportRecord> undo(qint64 importId);

private:
    Result<QStringList> changedSince(qint64 importId, qint64& count);
    // The imports, not undone, that updated a token this one created or updated.
    Result<QStringList> laterImports(qint64 importId);
    Result<void> restore(const QString& tokenId, const QString& previous);

    SqlTokenStore& m_store;
};
