#pragma once

#include "AccessToken.h"
#include "Result.h"
#include "TokenQuery.h"

#include <QCoreApplication>
#include <QFuture>
#include <QList>
#include <atomic>
#include <memory>

class TokenService;

// Turns ranges of rows of the token table into the tokens at those rows, for actions on a
// selection that reaches rows whose pages were never loaded (Ctrl+A on a hundred thousand
// rows). It asks the store for the rows by position, in chunks, on the service's worker thread;
// a chunk continues from the last token of the one before (keyset) where the store can, so a deep
// range is as quick as one at the top. Rows are positions: when tokens are added or removed before
// or among them while they are read, they hold other tokens, so the lookup compares the number of
// matching tokens with the one the table showed, before and after, and fails rather than return
// tokens the person did not select.
class RowRangeResolver
{
    Q_DECLARE_TR_FUNCTIONS(RowRangeResolver)

public:
    struct Range
    {
        qint64 first = 0;
        qint64 last = 0;
    };

    // Rows asked for at a time.
    static constexpr int chunkRows = 1000;

    // query: the table's query (filter and order); fields: empty for whole tokens, otherwise the
    // tokens carry only id, number, state and version (all a bulk action needs). Setting *cancelled stops
    // before the next chunk with Error::Cancelled. resolved, if given, counts the tokens read so far
    // (for a progress dialog). expectedTotal: the number of matching tokens the table showed, or -1
    // to skip the check; a store that holds another number fails with Error::Conflict.
    static QFuture<Result<QList<AccessToken>>>
    resolve(TokenService* service, const TokenQuery& query, const QList<Range>& ranges,
            const QStringList& fields, std::shared_ptr<std::atomic_bool> cancelled,
            std::shared_ptr<std::atomic<qint64>> resolved = nullptr, qint64 expectedTotal = -1);

    // Sorted, overlapping and adjacent ranges merged.
    static QList<Range> merged(QList<Range> ranges);
    static qint64 rowCount(const QList<Range>& ranges);
    // Why a lookup stopped: the rows may have moved before or while they were read.
    static QString shiftedMessage();
};
