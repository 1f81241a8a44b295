#pragma once

#include "SqlTokenStore.h"
#include "TokenImportSession.h"
#include "TokenRowInserter.h"
#include "TokenSettings.h"

#include <QCoreApplication>
#include <memory>
#include <optional>

// SqlTokenStore's bulk path for ImportJob, on both engines. New tokens go through a
// TokenRowInserter (the sqlite3 C API, or COPY on PostgreSQL); updates through the store's own
// row writer, each inside a savepoint, with the token's previous values kept in import_updates so
// that the import can be undone. An atomic import is one transaction from begin() to the last
// commit(): a failure, a cancel or a killed process leaves nothing of it, not even its record.
// Skip-invalid commits every batch together with its running tally.
//
// The audit trail gets one entry per import, not one per token: a second insert per row into an
// indexed table costs about as much as the token itself, and the import's record names the file,
// the mapping and the counts (the tokens it created carry its id).
class SqlImportSession : public TokenImportSession
{
    Q_DECLARE_TR_FUNCTIONS(SqlImportSession)

public:
    static Result<std::unique_ptr<TokenImportSession>> begin(SqlTokenStore& store,
                                                             const ImportSessionOptions& options);
    ~SqlImportSession() override;

    Result<QList<AccessToken>> findExisting(const QString& field, const QStringList& values) override;
    std::optional<PassCodeHasher> passCodeHasher() const override;
    Result<QList<ImportRefusal>> write(const QList<ImportRow>& rows) override;
    Result<void> commit(const ImportTally& tally) override;
    Result<void> rollback(const ImportTally& tally) override;
    int stepsAfterRows() const override;

    static QString statusName(ImportTally::Status status);

private:
    SqlImportSession(SqlTokenStore& store, const ImportSessionOptions& options, TokenSettings settings);

    Result<void> openTransaction();
    // An atomic import of enough rows that the inserter may journal it differently and build the
    // lookup indexes once at the end instead of keeping them up to date row by row (each when
    // the table it joins is small enough).
    bool isLargeAtomic() const;
    Result<void> insertRecord(const ImportTally& tally);
    Result<void> updateRecord(const ImportTally& tally);
    // A new token's row from an import row, or the reason it cannot be created.
    Result<SqlTokenStore::Row> newRow(const ImportRow& in, QStringList& messages);
    Result<void> update(const ImportRow& in);
    QString nextId();

    SqlTokenStore& m_store;
    ImportSessionOptions m_options;
    TokenSettings m_settings;
    PassCodeHasher m_hasher;
    std::unique_ptr<TokenRowInserter> m_inserter;
    QStringList m_columns;
    qint64 m_importId = 0;
    QDateTime m_startedAt;
    bool m_inTransaction = false;
    // Ids of an import share a random prefix and count up: the primary key index is appended to
    // instead of being written all over, as fully random ids would.
    QString m_idPrefix;
    quint32 m_idCounter = 0;
};
