#include "RowRangeResolver.h"

#include "TokenField.h"
#include "TokenService.h"

#include <algorithm>

QFuture<Result<QList<AccessToken>>>
RowRangeResolver::resolve(TokenService* service, const TokenQuery& query, const QList<Range>& ranges,
                          const QStringList& fields, std::shared_ptr<std::atomic_bool> cancelled,
                          std::shared_ptr<std::atomic<qint64>> resolved, qint64 expectedTotal)
{
    // CRM.COM pages by offset only, in an order of its own.
    const bool keyset = service->capabilities().listsAllTokens;
    TokenQuery base = query.withoutPaging();
    base.fields = fields;
    return service->withStore<Result<QList<AccessToken>>>(
        [base, ranges = merged(ranges), keyset, cancelled, resolved,
         expectedTotal](TokenStore& store) -> Result<QList<AccessToken>> {
            // Another client's change (one that was not announced) moved the rows.
            auto unmoved = [&]() -> Result<void> {
                if (expectedTotal < 0)
                    return {};
                const Result<qint64> total = store.count(base);
                if (!total)
                    return total.error();
                if (*total != expectedTotal)
                    return Error(Error::Code::Conflict, shiftedMessage());
                return {};
            };
            if (Result<void> before = unmoved(); !before)
                return before.error();
            QList<AccessToken> tokens;
            tokens.reserve(static_cast<qsizetype>(std::min<qint64>(rowCount(ranges), 1'000'000)));
            for (const Range& range : ranges) {
                qint64 next = range.first;
                std::optional<AccessToken> previous;
                while (next <= range.last) {
                    if (cancelled && cancelled->load())
                        return Error(Error::Code::Cancelled,
                                     tr("Cancelled before every selected token was read"));
                    TokenQuery chunk = base;
                    chunk.limit = static_cast<int>(std::min<qint64>(chunkRows, range.last - next + 1));
                    if (previous && keyset) {
                        chunk.afterValue = TokenFields::value(*previous, chunk.sortField);
                        chunk.afterNumber = previous->number;
                    } else {
                        chunk.offset = static_cast<int>(next);
                    }
                    Result<QList<AccessToken>> rows = store.list(chunk);
                    if (!rows)
                        return rows.error();
                    if (base.fields.isEmpty()) {
                        tokens += *rows;
                    } else {
                        // Stores may return whole tokens; a hundred thousand of them need not stay.
                        for (const AccessToken& row : std::as_const(*rows)) {
                            AccessToken token;
                            token.id = row.id;
                            token.number = row.number;
                            token.lifeCycleState = row.lifeCycleState;
                            token.version = row.version;
                            tokens.append(token);
                        }
                    }
                    next += rows->size();
                    if (resolved)
                        resolved->store(tokens.size());
                    // Fewer rows than asked: the rest were deleted since the selection was made.
                    if (rows->size() < chunk.limit)
                        break;
                    previous = rows->last();
                }
            }
            if (Result<void> after = unmoved(); !after)
                return after.error();
            return tokens;
        });
}

QString RowRangeResolver::shiftedMessage()
{
    return tr("Tokens were added, removed or changed elsewhere while the selection was being read, so "
              "its rows may now hold other tokens. Select them again and retry.");
}

QList<RowRangeResolver::Range> RowRangeResolver::merged(QList<Range> ranges)
{
    std::sort(ranges.begin(), ranges.end(), [](const Range& a, const Range& b) { return a.first < b.first; });
    QList<Range> result;
    for (const Range& range : std::as_const(ranges)) {
        if (range.last < range.first)
            continue;
        if (!result.isEmpty() && range.first <= result.last().last + 1)
            result.last().last = std::max(result.last().last, range.last);
        else
            result.append(range);
    }
    return result;
}

qint64 RowRangeResolver::rowCount(const QList<Range>& ranges)
{
    qint64 rows = 0;
    for (const Range& range : merged(ranges))
        rows += range.last - range.first + 1;
    return rows;
}
