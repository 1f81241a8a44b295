#pragma once

#include "Result.h"
#include "TokenQuery.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QVariantList>

class SqlDialect;

// Turns a TokenQuery into the WHERE and ORDER BY of a query on tokens (alias t). Every search,
// filter and sort uses a *_key column with an index on (key, number), and every case-insensitive
// prefix becomes a range key >= p AND key < p', which both engines answer with an index range scan.
class SqlTokenFilter
{
    Q_DECLARE_TR_FUNCTIONS(SqlTokenFilter)

public:
    struct Clause
    {
        // " WHERE ..." or empty.
        QString where;
        QVariantList bindings;
        // " ORDER BY ...", in the direction the rows are read (reversed for a page before a position).
        QString orderBy;
        // The rows come in reverse order and must be turned around (keyset paging backwards).
        bool reversed = false;
    };

    // A column filter on a custom field is keyed "custom:NAME" (as the table's column key).
    static const QString customFieldPrefix;

    // classificationId: the query's classification resolved by the caller ("" for none).
    static Result<Clause> build(const TokenQuery& query, const QString& classificationId, bool paged,
                                const SqlDialect& dialect);

    // How dates and times are stored: ISO text in UTC, which sorts as it reads.
    static QString storedDateTime(const QDateTime& time);
    // A date (a udf_date field) as ISO text, yyyy-MM-dd.
    static QString storedDate(const QDate& date);
    static QDateTime loadedDateTime(const QVariant& value);

    // The key a value is stored under for a sortable field ("" for unset).
    static QString keyOf(const QString& wireName, const QVariant& value);
    // The first string after every string that starts with prefix.
    static QString prefixEnd(const QString& prefix);

private:
    struct Column
    {
        QString name;
        bool upperCase = false;
        bool indexed = true;
        // name is an SQL expression over t, not a column of it.
        bool expression = false;
    };
    static Result<Column> columnFor(const QString& wireName);
};
