#include "CsvPreview.h"

#include "CsvReader.h"
#include "CsvSniffer.h"

#include <QFile>
#include <QStringDecoder>

namespace {
Result<void> openFile(QFile& file)
{
    if (!file.open(QIODevice::ReadOnly))
        return Error(Error::Code::Storage,
                     CsvPreview::tr("Cannot open %1: %2").arg(file.fileName(), file.errorString()),
                     QStringLiteral("file"));
    return {};
}
} // namespace

Result<CsvFormat> CsvPreview::resolveFormat(const QString& path, const Overrides& overrides)
{
    QFile file(path);
    if (const Result<void> opened = openFile(file); !opened)
        return opened.error();
    const Result<CsvFormat> sniffed = CsvSniffer::sniff(&file);
    if (!sniffed)
        return sniffed.error();
    CsvFormat format = sniffed.value();
    if (!overrides.encoding.isEmpty()) {
        const QString canonical = CsvFormat::canonicalEncoding(overrides.encoding);
        if (canonical.isEmpty())
            return Error(Error::Code::Usage,
                         tr("Unknown encoding \"%1\"; use one of %2")
                             .arg(overrides.encoding, CsvFormat::encodings().join(QLatin1String(", "))),
                         QStringLiteral("encoding"));
        format.encoding = canonical;
    }
    if (!overrides.delimiter.isNull()) {
        format.delimiter = overrides.delimiter;
        // The header guess depends on the delimiter the records are split with.
        if (!overrides.hasHeader) {
            QStringDecoder decoder(format.encoding.toLatin1().constData());
            format.hasHeader = CsvSniffer::detectHeader(decoder.decode(file.peek(CsvSniffer::sampleSize)),
                                                        format.delimiter);
        }
    }
    if (overrides.hasHeader)
        format.hasHeader = *overrides.hasHeader;
    return format;
}

Result<CsvPreview> CsvPreview::load(const QString& path, const Overrides& overrides, int maximumRows)
{
    const Result<CsvFormat> format = resolveFormat(path, overrides);
    if (!format)
        return format.error();
    QFile file(path);
    if (const Result<void> opened = openFile(file); !opened)
        return opened.error();

    CsvPreview preview;
    preview.format = format.value();
    CsvReader reader(&file, preview.format);
    if (const Result<void> opened = reader.open(); !opened)
        return opened.error();
    preview.header = reader.header();
    while (preview.rows.size() < maximumRows) {
        QStringList fields;
        const Result<bool> next = reader.next(fields);
        if (!next) {
            preview.problems.append({ reader.line(), next.error().field(), next.error().message() });
            if (!reader.canContinue())
                break;
            // The preview shows a refused record too, so a person sees what is wrong with it.
            preview.rows.append(fields);
            preview.lines.append(reader.line());
            continue;
        }
        if (!next.value())
            break;
        preview.rows.append(fields);
        preview.lines.append(reader.line());
    }
    return preview;
}
