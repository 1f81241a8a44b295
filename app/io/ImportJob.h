#pragma once

#include "ImportOptions.h"
#include "ImportReport.h"
#include "TokenImportSession.h"
#include "TokenSettings.h"
#include "TokenStore.h"

#include <QHash>
#include <QObject>
#include <QStringList>
#include <atomic>
#include <memory>
#include <optional>

class CsvReader;
class CsvWriter;
class QFile;
template<typename T> class BoundedQueue;

// The whole CSV import, shared by the wizard and the CLI (the wizard is only a face on it). run()
// reads the file in batches and maps each record to a token patch on a thread of its own, checks
// each with the store's own rules (TokenValidator, uniqueness against the store and against the
// rows above it, states and references) and writes it through the store's import session.
//
// run() is synchronous and must be called on the thread that owns the store: the GUI and the CLI
// call it through TokenService::withStore, so the import shares the store's one connection and
// worker thread and never races another change. progressed() is emitted from that thread; cancel()
// may be called from any thread.
class ImportJob : public QObject
{
    Q_OBJECT

public:
    explicit ImportJob(ImportOptions options, QObject* parent = nullptr);
    ~ImportJob() override;

    const ImportOptions& options() const { return m_options; }
    ImportReport run(TokenStore& store);
    // Stops after the batch being written: an atomic import then leaves nothing behind, a
    // skip-invalid one keeps the batches it committed.
    void cancel() { m_cancelled = true; }
    // The line the wizard and the CLI show for progress.
    static QString progressText(const ImportProgress& progress);

Q_SIGNALS:
    void progressed(const ImportProgress& progress);

private:
    // The atomic import of a file with pass codes checks every row before it hashes any.
    ImportReport checkEveryRow(TokenStore& store);
    // Why no column maps to a token field, when the file itself explains it (empty, or split by
    // another delimiter).
    Error unmappedFile(const QFile& file, const Error& unmapped) const;
    void recordRefusal(TokenStore& store, const ImportReport& report);
    void writeBatchRejects();
    // "about 12 s", or "under a second" where that would round to 0 s.
    static QString timeLeft(double seconds);

    struct Candidate
    {
        qint64 line = 0;
        QStringList cells;
        ImportRow row;
        QList<Error::Violation> violations;
        // What the validator finds in the row as a new token, worked out on the reading thread;
        // a row that turns out to update a token is validated again against it.
        QList<Error::Violation> asNew;
        bool empty = false;
        // An update that would leave the token as it is.
        bool unchanged = false;
        // Set when the reader refused the record (wrong number of fields, bad bytes): it goes
        // to the rejects with its cells as read.
        Error unreadable;
    };

    // Records read and mapped by the reading thread, in file order.
    struct ReadBatch
    {
        QList<Candidate> candidates;
        qint64 bytesRead = 0;
        bool atEnd = false;
        // The reader cannot go on (an unterminated quote, a broken limit).
        Error failure;
    };

    // Runs on a thread of its own while run() checks and writes the batch before: reading and
    // mapping a record costs about as much as the store's checks, so the two overlap. The batches
    // run() is done with come back through spent and are freed here, off the store's thread.
    void readAhead(CsvReader& reader, BoundedQueue<ReadBatch>& queue, BoundedQueue<ReadBatch>& spent,
                   int batchRows) const;
    Candidate prepare(qint64 line, const QStringList& cells) const;
    // Checks a batch against the store and the rows before it, then writes the valid rows.
    // Hashes the batch's pass codes on all cores when the session takes them hashed.
    static void hashPassCodes(QList<ImportRow>& rows, const TokenImportSession& session);
    ImportTally tallyOf(const ImportReport& report, qint64 pendingCreated, qint64 pendingUpdated) const;
    Result<void> processBatch(QList<Candidate>& batch, TokenStore& store, TokenImportSession& session,
                              ImportReport& report);
    void checkDuplicatesInFile(Candidate& candidate);
    Result<void> checkAgainstStore(QList<Candidate>& batch, TokenStore& store, TokenImportSession& session);
    Result<bool> referenceExists(TokenStore& store, const QString& field, const QString& number);
    QList<Error::Violation> validation(const Candidate& candidate,
                                       const std::optional<AccessToken>& existing) const;
    // Whether writing row over existing would change anything a person can see. A pass code
    // cannot be compared (only its hash is kept), so a row that sets one always does.
    bool changes(const ImportRow& row, const AccessToken& existing) const;
    void reject(const Candidate& candidate, const QString& field, const QString& message,
                ImportReport& report);
    void rejectRecord(qint64 line, const QStringList& cells, const Error& error, ImportReport& report);

    ImportOptions m_options;
    std::atomic_bool m_cancelled { false };

    // State of one run.
    ColumnMapping m_mapping;
    // By column: a number column of a file not delimited by commas, whose numbers may have a
    // decimal comma. Spreadsheets in the locales that write 3,5 for three and a half save CSV
    // with another delimiter (";" most often); in a comma-delimited file a comma in a number can
    // only separate thousands, and stays refused.
    QList<bool> m_decimalComma;
    TokenSettings m_settings;
    QStringList m_header;
    std::unique_ptr<CsvWriter> m_rejects;
    // The cells of a row of the rejects file before its line and error: the header's width, which
    // a mapping made from the preview's longest row may exceed.
    int m_rejectsWidth = 0;
    // The current batch's refused records for the rejects file, by line.
    QList<std::pair<qint64, QStringList>> m_batchRejects;
    // 64-bit hashes of the unique values seen so far, with their line: flat memory for a million
    // rows (two values sharing a hash would be a false duplicate, odds about 1 in 10^7 at that size).
    QHash<quint64, qint64> m_identifierLines;
    QHash<quint64, qint64> m_authenticationCodeLines;
    QHash<QString, bool> m_knownReferences;
    // Found in the store for the current batch, by value.
    QHash<QString, AccessToken> m_existingByIdentifier;
    QHash<QString, AccessToken> m_existingByAuthenticationCode;
    bool m_writing = true;
    qint64 m_pendingCreated = 0;
    qint64 m_pendingUpdated = 0;
};
