#pragma once

#include "Result.h"
#include "TokenQuery.h"
#include "TokenStore.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QStringList>
#include <atomic>

class CsvWriter;

// Writes the tokens a TokenQuery selects (its filters and sort, not its paging) as CSV in UTF-8:
// a header of wire names, then one record per token, fetched page by page with keyset paging so
// memory stays flat for a million tokens. Secrets are never exported: no column can name one.
// Custom fields are exported as "custom:NAME" columns when asked for.
class TokenExporter
{
    Q_DECLARE_TR_FUNCTIONS(TokenExporter)

public:
    static constexpr int pageSize = 1000;

    // Every field a person can see, in table order.
    static QStringList defaultColumns();
    // Refuses unknown columns and secrets.
    static Result<void> checkColumns(const QStringList& columns);
    // One cell: text as the import reads it back (C-locale numbers, ISO dates).
    static QString cellText(const AccessToken& token, const QString& column);

    // Returns how many tokens were written; must run on the thread that owns the store.
    // byteOrderMark starts the file with the one Excel needs (CsvWriter::writeByteOrderMark).
    static Result<qint64> exportTo(TokenStore& store, const TokenQuery& query, const QStringList& columns,
                                   QIODevice* device, const std::atomic_bool* cancelled = nullptr,
                                   bool byteOrderMark = false);
    // Writes tokens already loaded (a selection in the table); no store access, any thread.
    static Result<qint64> exportTokens(const QList<AccessToken>& tokens, const QStringList& columns,
                                       QIODevice* device, const std::atomic_bool* cancelled = nullptr,
                                       bool byteOrderMark = false);

private:
    // Checks the columns and writes what comes before the first token.
    static Result<void> start(CsvWriter& writer, const QStringList& columns, bool byteOrderMark);
};
