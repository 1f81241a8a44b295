#pragma once

#include "TokenRowInserter.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QThreadPool>
#include <memory>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

// New tokens into SQLite by binding and stepping prepared statements through the sqlite3 C API on
// the connection Qt's driver holds: QSqlQuery's bind and exec cost about four times as much per
// row. Numbers come from number_sequence, read after BEGIN and written back before COMMIT, so a
// refused or rolled-back row leaves no gap. The page cache is enlarged while the import runs:
// the indexes of a large table then stay in memory.
class SqliteTokenInserter : public TokenRowInserter
{
    Q_DECLARE_TR_FUNCTIONS(SqliteTokenInserter)

public:
    SqliteTokenInserter(sqlite3* connection, const QStringList& columns, int numberColumn);
    ~SqliteTokenInserter() override;
    SqliteTokenInserter(const SqliteTokenInserter&) = delete;
    SqliteTokenInserter& operator=(const SqliteTokenInserter&) = delete;

    Result<void> begin() override;
    Result<QList<ImportRefusal>> insert(QList<TokenInsert>& rows, const TokenInsertSource& fill) override;
    Result<void> beforeCommit(const ImportFinishing& finishing) override;
    Result<void> prepareLargeImport(qint64 expectedRows,
                                    const QList<std::pair<QString, QString>>& indexes) override;
    void chooseJournal(qint64 expectedRows) override;
    void restoreJournal() override;
    int deferredIndexCount() const override;
    std::optional<Result<QVariantList>> idsWhere(const QString& column, const QStringList& values) override;
    void noteGenerated(const QString& column, const QString& value) override;

private:
    Result<void> prepare();
    Error failure(const QString& what) const;
    Result<void> exec(const char* sql);
    // Builds the deferred indexes, one step each; SQLite asks finishing.cancelled() as it goes.
    Result<void> buildDeferredIndexes(const ImportFinishing& finishing);
    // Reads the hashes of every identifier and authentication code in the table, once.
    Result<void> readKnownKeys();
    static size_t keyOf(QStringView value);
    // The first column of the first row sql returns; std::nullopt when it cannot be read.
    std::optional<qint64> integer(const char* sql) const;
    // The value of PRAGMA name on this connection (0 when it cannot be read).
    int pragma(const char* name) const;
    // An upper bound of the tokens table's size, read without counting it.
    std::optional<qint64> tableSize() const;
    // Runs PRAGMA journal_mode = mode, waiting the busy timeout for a lock or not at all; whether
    // the mode is now mode.
    bool switchJournal(const char* mode, bool wait);

    sqlite3* m_connection;
    QString m_insertSql;
    int m_numberColumn;
    int m_columnCount;
    sqlite3_stmt* m_insertToken = nullptr;
    sqlite3_stmt* m_insertField = nullptr;
    // One lookup per unique column, stepped once per value: an IN list of a thousand parameters
    // cost more to prepare on every batch than all its index probes.
    QHash<QString, sqlite3_stmt*> m_lookups;
    // For a large atomic import, the hashes of the values a unique column may hold: while the
    // import holds the write lock, the table gains only the file's own values (whose duplicates
    // ImportJob finds) and those the import generates, so a value whose hash is in neither set
    // needs no probe.
    struct KnownKeys
    {
        // Sorted: the values the column held when the import began.
        std::vector<size_t> before;
        QSet<size_t> generated;
        bool mayHold(size_t key) const;
    };
    QHash<QString, KnownKeys> m_knownKeys;
    // How a value is bound.
    enum class Kind : char
    {
        Null,
        Integer,
        Real,
        Text
    };
    // The values of a run of rows as they are bound: text as UTF-8 in one buffer that SQLite reads
    // in place (SQLITE_STATIC) until the row's step, instead of converting and copying UTF-16 for
    // every value.
    struct EncodedRows
    {
        struct Cell
        {
            Kind kind = Kind::Null;
            int size = 0;
            qsizetype offset = 0;
            qint64 integer = 0;
            double real = 0;
        };
        QByteArray text;
        qsizetype used = 0;
        // Row after row, a cell per column.
        std::vector<Cell> cells;
    };
    // Fills rows [from, to) and encodes them into out, dropping their QVariant values. Mostly on
    // the encoding thread while the store's thread writes the rows before them; the first rows of
    // a batch, and every row on a single core, on the store's thread.
    void encode(TokenInsert* rows, qsizetype from, qsizetype to, const TokenInsertSource& fill,
                EncodedRows& out) const;
    // Writes the rows encoded holds, the first of them rows[from]; an error stops the import.
    Result<void> write(TokenInsert* rows, qsizetype from, const EncodedRows& encoded,
                       QList<ImportRefusal>& refused);

    // Per column of the insert: whether it holds NULL now, so that a NULL is not bound again.
    QList<bool> m_boundNull;
    // One thread that encodes the next rows while the store's thread steps the insert; none on a
    // single core.
    std::unique_ptr<QThreadPool> m_encoding;
    qint64 m_lastNumber = 0;
    // The CREATE statements of the indexes dropped for this import, run before its commit.
    QStringList m_deferredIndexes;
    int m_previousThreads = 0;
    int m_previousCacheSize = 0;
    // Set while chooseJournal() has the store in rollback mode instead of WAL.
    bool m_leftWal = false;
    int m_previousSynchronous = 0;
};
