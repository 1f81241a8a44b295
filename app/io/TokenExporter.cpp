#include "TokenExporter.h"

#include "CsvWriter.h"
#include "TokenField.h"
#include "TokenValidator.h"

#include <QDate>
#include <QDateTime>
#include <QLocale>

namespace {
const QString customPrefix = QStringLiteral("custom:");
}

QStringList TokenExporter::defaultColumns()
{
    QStringList columns;
    for (const TokenField& field : TokenFields::all()) {
        if (field.kind != TokenField::Kind::Secret)
            columns.append(field.wireName);
    }
    return columns;
}

Result<void> TokenExporter::checkColumns(const QStringList& columns)
{
    if (columns.isEmpty())
        return Error(Error::Code::Usage, tr("An export needs at least one column"),
                     QStringLiteral("columns"));
    for (const QString& column : columns) {
        if (column.startsWith(customPrefix)) {
            if (!TokenValidator::validateCustomFieldName(column.mid(customPrefix.size())).isEmpty())
                return Error(Error::Code::Usage, tr("\"%1\" is not a custom field name").arg(column),
                             QStringLiteral("columns"));
            continue;
        }
        const std::optional<TokenField> field = TokenFields::find(column);
        if (!field)
            return Error(Error::Code::Usage, tr("There is no field \"%1\"").arg(column),
                         QStringLiteral("columns"));
        if (field->kind == TokenField::Kind::Secret)
            return Error(Error::Code::Usage, tr("%1 is a secret and is never exported").arg(column),
                         QStringLiteral("columns"));
    }
    return {};
}

QString TokenExporter::cellText(const AccessToken& token, const QString& column)
{
    if (column.startsWith(customPrefix))
        return token.customFields.value(column.mid(customPrefix.size()));
    const QVariant value = TokenFields::value(token, column);
    switch (value.typeId()) {
    case QMetaType::Double:
        return QString::number(value.toDouble(), 'g', QLocale::FloatingPointShortest);
    case QMetaType::QDate:
        return value.toDate().toString(Qt::ISODate);
    case QMetaType::QDateTime:
        return value.toDateTime().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
    default:
        return value.toString();
    }
}

Result<void> TokenExporter::start(CsvWriter& writer, const QStringList& columns, bool byteOrderMark)
{
    if (const Result<void> checked = checkColumns(columns); !checked)
        return checked;
    if (byteOrderMark) {
        if (const Result<void> marked = writer.writeByteOrderMark(); !marked)
            return marked;
    }
    return writer.writeRecord(columns);
}

Result<qint64> TokenExporter::exportTo(TokenStore& store, const TokenQuery& query, const QStringList& columns,
                                       QIODevice* device, const std::atomic_bool* cancelled,
                                       bool byteOrderMark)
{
    CsvWriter writer(device);
    if (const Result<void> started = start(writer, columns, byteOrderMark); !started)
        return started.error();

    TokenQuery page = query.withoutPaging();
    page.limit = pageSize;
    page.offset = 0;
    qint64 count = 0;
    for (;;) {
        if (cancelled && *cancelled)
            return Error(Error::Code::Cancelled, tr("The export was cancelled"));
        const Result<QList<AccessToken>> tokens = store.list(page);
        if (!tokens)
            return tokens.error();
        for (const AccessToken& token : tokens.value()) {
            QStringList cells;
            cells.reserve(columns.size());
            for (const QString& column : columns)
                cells.append(cellText(token, column));
            if (const Result<void> written = writer.writeRecord(cells); !written)
                return written.error();
        }
        count += tokens->size();
        if (tokens->size() < page.limit)
            break;
        const AccessToken& last = tokens->constLast();
        page.afterValue = TokenFields::value(last, page.sortField);
        page.afterNumber = last.number;
        page.before = false;
    }
    if (const Result<void> flushed = writer.flush(); !flushed)
        return flushed.error();
    return count;
}

Result<qint64> TokenExporter::exportTokens(const QList<AccessToken>& tokens, const QStringList& columns,
                                           QIODevice* device, const std::atomic_bool* cancelled,
                                           bool byteOrderMark)
{
    CsvWriter writer(device);
    if (const Result<void> started = start(writer, columns, byteOrderMark); !started)
        return started.error();
    for (const AccessToken& token : tokens) {
        if (cancelled && *cancelled)
            return Error(Error::Code::Cancelled, tr("The export was cancelled"));
        QStringList cells;
        cells.reserve(columns.size());
        for (const QString& column : columns)
            cells.append(cellText(token, column));
        if (const Result<void> written = writer.writeRecord(cells); !written)
            return written.error();
    }
    if (const Result<void> flushed = writer.flush(); !flushed)
        return flushed.error();
    return qint64(tokens.size());
}
