#include "SqlTokenFilter.h"

#include "SqlDialect.h"
#include "TokenField.h"

#include <QStringList>

namespace {
const QString dateTimeFormat = QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz");

// value as width decimal digits, zero-padded, at out.
void writeDigits(char16_t* out, int value, int width)
{
    for (int i = width - 1; i >= 0; --i, value /= 10)
        out[i] = char16_t(u'0' + value % 10);
}

// yyyy-MM-dd at out (10 characters).
void writeDate(char16_t* out, int year, int month, int day)
{
    writeDigits(out, year, 4);
    out[4] = u'-';
    writeDigits(out + 5, month, 2);
    out[7] = u'-';
    writeDigits(out + 8, day, 2);
}

// Keys are never NULL in the tables, and a null QString would bind as NULL.
QString nonNull(const QString& text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

QString escapeLike(const QString& text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('!'), QLatin1String("!!"));
    escaped.replace(QLatin1Char('%'), QLatin1String("!%"));
    escaped.replace(QLatin1Char('_'), QLatin1String("!_"));
    return escaped;
}
} // namespace

const QString SqlTokenFilter::customFieldPrefix = QStringLiteral("custom:");

QString SqlTokenFilter::storedDate(const QDate& date)
{
    if (!date.isValid())
        return QString();
    int year = 0;
    int month = 0;
    int day = 0;
    date.getDate(&year, &month, &day);
    if (year < 0 || year > 9999)
        return date.toString(Qt::ISODate);
    // Written by position: QDate::toString went through a printf-style formatter and cost a bulk
    // import as much as validating its row.
    char16_t text[10];
    writeDate(text, year, month, day);
    return QString(reinterpret_cast<const QChar*>(text), 10);
}

QString SqlTokenFilter::storedDateTime(const QDateTime& time)
{
    if (!time.isValid())
        return QString();
    const QDateTime utc = time.toUTC();
    int year = 0;
    int month = 0;
    int day = 0;
    utc.date().getDate(&year, &month, &day);
    if (year < 0 || year > 9999)
        return utc.toString(dateTimeFormat);
    // Written by position: QDateTime::toString with a format went through the locale and cost a
    // bulk import more than binding the rest of a row.
    const QTime clock = utc.time();
    char16_t text[23];
    writeDate(text, year, month, day);
    text[10] = u'T';
    writeDigits(text + 11, clock.hour(), 2);
    text[13] = u':';
    writeDigits(text + 14, clock.minute(), 2);
    text[16] = u':';
    writeDigits(text + 17, clock.second(), 2);
    text[19] = u'.';
    writeDigits(text + 20, clock.msec(), 3);
    return QString(reinterpret_cast<const QChar*>(text), 23);
}

QDateTime SqlTokenFilter::loadedDateTime(const QVariant& value)
{
    if (value.isNull())
        return QDateTime();
    // Parsed by position: QDateTime::fromString with a format costs more than the rest of a row.
    const QString text = value.toString();
    if (text.size() != 23)
        return QDateTime();
    const QStringView view(text);
    auto number = [&view](qsizetype from, qsizetype length) {
        return view.mid(from, length).toInt();
    };
    return QDateTime(QDate(number(0, 4), number(5, 2), number(8, 2)),
                     QTime(number(11, 2), number(14, 2), number(17, 2), number(20, 3)), Qt::UTC);
}

QString SqlTokenFilter::prefixEnd(const QString& prefix)
{
    QString end = prefix;
    // Bumping the last UTF-16 unit keeps byte order for every character of the BMP; a surrogate
    // at the end would split a pair, so the range then ends after the whole plane.
    QChar& last = end[end.size() - 1];
    if (last.isSurrogate())
        last = QChar(0xE000);
    else
        last = QChar(last.unicode() + 1);
    return end;
}

Result<SqlTokenFilter::Column> SqlTokenFilter::columnFor(const QString& wireName)
{
    static const QStringList keyed = { QStringLiteral("identifier"), QStringLiteral("authentication_code") };
    if (wireName == QLatin1String("number") || wireName == QLatin1String("id")
        || wireName == QLatin1String("life_cycle_state"))
        return Column { wireName, true, wireName != QLatin1String("id") };
    if (keyed.contains(wireName))
        return Column { wireName + QStringLiteral("_key"), false, true };
    if (wireName == QLatin1String("classification"))
        return Column { QStringLiteral("classification_key"), false, true };
    if (wireName == QLatin1String("accounts_receivable"))
        return Column { QStringLiteral("account_key"), false, true };
    if (wireName == QLatin1String("reward_participant"))
        return Column { QStringLiteral("participant_key"), false, true };
    if (wireName == QLatin1String("created_date") || wireName == QLatin1String("updated_date"))
        return Column { wireName, false, true };
    const std::optional<TokenField> field = TokenFields::find(wireName);
    if (field && (field->kind == TokenField::Kind::Text || field->kind == TokenField::Kind::Date)
        && (field->isUdf() || wireName == QLatin1String("card_masked_number")))
        return Column { wireName, false, false };
    // A number filters by the prefix of its decimal text ("3.5" finds 3.5 and 3.55).
    if (field && field->kind == TokenField::Kind::Float && field->isUdf())
        return Column { QStringLiteral("CAST(t.%1 AS TEXT)").arg(wireName), false, false, true };
    return Error(Error::Code::Validation, tr("The tokens cannot be filtered by %1").arg(wireName), wireName);
}

QString SqlTokenFilter::keyOf(const QString& wireName, const QVariant& value)
{
    // Unset values are stored as '' (never NULL), so they take part in ranges like any other key.
    if (!value.isValid() || value.isNull())
        return QStringLiteral("");
    if (wireName == QLatin1String("created_date") || wireName == QLatin1String("updated_date"))
        return nonNull(storedDateTime(value.toDateTime()));
    if (wireName == QLatin1String("number") || wireName == QLatin1String("life_cycle_state"))
        return nonNull(value.toString().toUpper());
    return nonNull(value.toString().toLower());
}

Result<SqlTokenFilter::Clause> SqlTokenFilter::build(const TokenQuery& query, const QString& classificationId,
                                                     bool paged, const SqlDialect& dialect)
{
    Clause clause;
    QStringList conditions;
    auto prefixRange = [&](const Column& column, const QString& text) {
        const QString prefix = column.upperCase ? text.toUpper() : text.toLower();
        if (!column.indexed) {
            const QString operand = column.expression ? column.name : QStringLiteral("t.") + column.name;
            conditions.append(dialect.lowerCase(operand) + QStringLiteral(" LIKE ? ESCAPE '!'"));
            clause.bindings << QString(escapeLike(SqlDialect::lowered(text)) + QLatin1Char('%'));
            return QString();
        }
        clause.bindings << prefix << prefixEnd(prefix);
        return QStringLiteral("(t.%1 >= ? AND t.%1 < ?)").arg(column.name);
    };

    switch (query.association) {
    case TokenQuery::Association::Any:
        break;
    case TokenQuery::Association::Account:
        conditions.append(QStringLiteral("t.account_key = ?"));
        clause.bindings << nonNull(query.accountNumber.toLower());
        break;
    case TokenQuery::Association::Participant:
        conditions.append(QStringLiteral("t.participant_key = ?"));
        clause.bindings << nonNull(query.participantNumber.toLower());
        break;
    case TokenQuery::Association::NotAssociated:
        conditions.append(QStringLiteral("t.account_key = '' AND t.participant_key = ''"));
        break;
    case TokenQuery::Association::Associated:
        conditions.append(QStringLiteral("(t.account_key <> '' OR t.participant_key <> '')"));
        break;
    }
    if (!classificationId.isEmpty()) {
        conditions.append(QStringLiteral("t.classification_id = ?"));
        clause.bindings << classificationId;
    }
    if (query.state) {
        conditions.append(QStringLiteral("t.life_cycle_state = ?"));
        clause.bindings << LifeCycleStates::toWire(*query.state);
    }
    if (!query.search.isEmpty() && paged) {
        // Each alternative reads only its (key, number) index; an OR of the ranges would fetch every
        // matching row from the table before sorting, and a short prefix matches thousands.
        QStringList alternatives;
        for (const QString& field : { QStringLiteral("identifier"), QStringLiteral("authentication_code"),
                                      QStringLiteral("number") }) {
            const Column column = *columnFor(field);
            const QString prefix = column.upperCase ? query.search.toUpper() : query.search.toLower();
            clause.bindings << prefix << prefixEnd(prefix);
            alternatives.append(
                QStringLiteral("SELECT number FROM tokens WHERE %1 >= ? AND %1 < ?").arg(column.name));
        }
        conditions.append(QStringLiteral("t.number IN (") + alternatives.join(QStringLiteral(" UNION ALL "))
                          + QLatin1Char(')'));
    } else if (!query.search.isEmpty()) {
        // A count reads no rows: the OR of index ranges is answered from the indexes alone.
        QStringList alternatives;
        for (const QString& field : { QStringLiteral("identifier"), QStringLiteral("authentication_code"),
                                      QStringLiteral("number") })
            alternatives.append(prefixRange(*columnFor(field), query.search));
        conditions.append(QLatin1Char('(') + alternatives.join(QStringLiteral(" OR ")) + QLatin1Char(')'));
    }
    for (auto it = query.columnFilters.cbegin(); it != query.columnFilters.cend(); ++it) {
        if (it.value().isEmpty())
            continue;
        if (it.key().startsWith(customFieldPrefix)) {
            const QString name = it.key().mid(customFieldPrefix.size());
            if (name.isEmpty())
                return Error(Error::Code::Validation, tr("A custom field filter needs the field's name"),
                             it.key());
            conditions.append(
                QStringLiteral("EXISTS (SELECT 1 FROM token_custom_fields f WHERE f.token_id = t.id "
                               "AND f.name = ? AND %1 LIKE ? ESCAPE '!')")
                    .arg(dialect.lowerCase(QStringLiteral("f.value"))));
            clause.bindings << name
                            << QString(escapeLike(SqlDialect::lowered(it.value())) + QLatin1Char('%'));
            continue;
        }
        const Result<Column> column = columnFor(it.key());
        if (!column)
            return column.error();
        const QString range = prefixRange(*column, it.value());
        if (!range.isEmpty())
            conditions.append(range);
    }

    const std::optional<TokenField> sortField = TokenFields::find(query.sortField);
    if (!sortField || !sortField->sortable)
        return Error(Error::Code::Validation, tr("The tokens cannot be sorted by %1").arg(query.sortField),
                     QStringLiteral("sort"));
    const QString sortColumn = columnFor(query.sortField)->name;
    const bool bySortColumnOnly = sortColumn == QLatin1String("number");

    if (paged && query.afterValue) {
        clause.reversed = query.before;
        // Forward in ascending order, or backward in descending order, means "greater than".
        const QString op = query.descending == query.before ? QStringLiteral(">") : QStringLiteral("<");
        const QString key = keyOf(query.sortField, *query.afterValue);
        if (bySortColumnOnly) {
            conditions.append(QStringLiteral("t.number %1 ?").arg(op));
            clause.bindings << key;
        } else {
            // A row value comparison is one index range on (key, number) for both engines.
            conditions.append(QStringLiteral("(t.%1, t.number) %2 (?, ?)").arg(sortColumn, op));
            clause.bindings << key << nonNull(query.afterNumber);
        }
    }

    if (!conditions.isEmpty())
        clause.where = QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
    const bool descending = query.descending != clause.reversed;
    const QString direction = descending ? QStringLiteral(" DESC") : QString();
    clause.orderBy = bySortColumnOnly
        ? QStringLiteral(" ORDER BY t.number%1").arg(direction)
        : QStringLiteral(" ORDER BY t.%1%2, t.number%2").arg(sortColumn, direction);
    return clause;
}
