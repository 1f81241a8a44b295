#pragma once

#include "Result.h"
#include "TokenImportSession.h"

#include <QList>
#include <QMap>
#include <QSqlDatabase>
#include <QStringList>
#include <QVariantList>
#include <functional>
#include <memory>
#include <optional>

// A new token row for TokenRowInserter: one value per column (the number column is filled in by
// the inserter) and its custom fields.
struct TokenInsert
{
    QVariantList values;
    QMap<QString, QString> customFields;
    // Set by insert(): the number the token was given.
    QString number;
};

// Fills the values and custom fields of the index-th new token of a batch. TokenRowInserter::insert
// may call it on a thread of its own, for later rows while it writes earlier ones, so it may only
// read what the import built before the call.
using TokenInsertSource = std::function<void(qsizetype index, TokenInsert& insert)>;

// The engine-specific fast path of SqlImportSession for new tokens: how rows reach the tokens
// table and how their numbers are drawn. Everything else of an import is plain SQL shared by both
// engines.
class TokenRowInserter
{
public:
    virtual ~TokenRowInserter() = default;

    // The inserter for the engine behind db: SQLite through its C API, PostgreSQL through COPY.
    static std::unique_ptr<TokenRowInserter> create(const QSqlDatabase& db, const QStringList& columns,
                                                    int numberColumn);

    // The number a token with this place in the sequence is given (AT0000000042).
    static QString tokenNumber(qint64 sequence);

    // Called after every BEGIN of the import.
    virtual Result<void> begin() = 0;
    // Inserts rows, whose values and custom fields fill() gives, in the open transaction and
    // numbers them. A row the table refuses (a unique value taken meanwhile) is returned and leaves
    // nothing behind.
    virtual Result<QList<ImportRefusal>> insert(QList<TokenInsert>& rows, const TokenInsertSource& fill) = 0;
    // Called before every COMMIT of the import; finishing hears of the indexes built there.
    virtual Result<void> beforeCommit(const ImportFinishing& finishing) = 0;
    // Asked at the start of an atomic import of about expectedRows rows (judged from the file's
    // size), in its open transaction. When the table is no larger than the file and the engine
    // builds an index faster than it maintains one row by row, the inserter drops these indexes
    // (name, CREATE statement) and builds them again before the commit; a rollback brings them
    // back with everything else.
    virtual Result<void> prepareLargeImport(qint64 expectedRows,
                                            const QList<std::pair<QString, QString>>& indexes)
    {
        Q_UNUSED(expectedRows)
        Q_UNUSED(indexes)
        return {};
    }
    // Asked before the first BEGIN of an atomic import of about expectedRows rows, outside any
    // transaction: the engine may journal differently while the import fills a store that holds
    // (almost) nothing yet. restoreJournal() puts the usual journal back; so does the destructor.
    virtual void chooseJournal(qint64 expectedRows) { Q_UNUSED(expectedRows) }
    virtual void restoreJournal() { }
    // How many of the indexes prepareLargeImport() put off are still to be built.
    virtual int deferredIndexCount() const { return 0; }
    // The import gave a new token a value it generated for a unique column (identifier), which
    // the file never named.
    virtual void noteGenerated(const QString& column, const QString& value)
    {
        Q_UNUSED(column)
        Q_UNUSED(value)
    }
    // The ids of the tokens whose column (identifier or authentication_code) holds one of values,
    // when the engine has a cheaper way than SqlImportSession's IN queries; std::nullopt otherwise.
    virtual std::optional<Result<QVariantList>> idsWhere(const QString& column, const QStringList& values)
    {
        Q_UNUSED(column)
        Q_UNUSED(values)
        return std::nullopt;
    }
};
