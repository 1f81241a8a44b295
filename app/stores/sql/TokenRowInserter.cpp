#include "TokenRowInserter.h"

#include "PgTokenInserter.h"
#include "SqliteDialect.h"
#include "SqliteTokenInserter.h"

#include <iterator>
#include <sqlite3.h>

QString TokenRowInserter::tokenNumber(qint64 sequence)
{
    // Fixed width, so the numbers sort as text in the order they were issued. Written by hand:
    // a bulk import numbers every row, and QString::arg cost more than the rest of the number.
    constexpr int width = 10;
    char16_t digits[24];
    int at = int(std::size(digits));
    quint64 rest = quint64(qMax<qint64>(sequence, 0));
    do {
        digits[--at] = char16_t(u'0' + rest % 10);
        rest /= 10;
    } while (rest > 0);
    while (at > int(std::size(digits)) - width)
        digits[--at] = u'0';
    digits[--at] = u'T';
    digits[--at] = u'A';
    return QString(reinterpret_cast<const QChar*>(digits + at), qsizetype(std::size(digits)) - at);
}

std::unique_ptr<TokenRowInserter> TokenRowInserter::create(const QSqlDatabase& db, const QStringList& columns,
                                                           int numberColumn)
{
    if (sqlite3* connection = SqliteDialect::connectionOf(db))
        return std::make_unique<SqliteTokenInserter>(connection, columns, numberColumn);
    return std::make_unique<PgTokenInserter>(db, columns, numberColumn);
}
