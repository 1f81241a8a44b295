// The CSV reader and sniffer on arbitrary bytes: no crash, no undefined behaviour, memory bounded
// by the limits, and every record the reader accepts has the file's number of columns.
#include "CsvReader.h"
#include "CsvSniffer.h"

#include <QBuffer>
#include <cstdint>
#include <cstdlib>

namespace {
// Small limits, so that short inputs reach the limit paths too.
CsvReader::Limits smallLimits()
{
    CsvReader::Limits limits;
    limits.maximumFieldLength = 64;
    limits.maximumRecordLength = 256;
    limits.maximumColumns = 16;
    return limits;
}

void readAll(const QByteArray& bytes, const CsvFormat& format, const CsvReader::Limits& limits)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer, format, limits);
    if (!reader.open().ok())
        return;
    QStringList fields;
    qint64 previousLine = 0;
    for (int records = 0; records < 100000; ++records) {
        const Result<bool> more = reader.next(fields);
        if (!more.ok()) {
            if (!reader.canContinue())
                return;
            continue;
        }
        if (!*more)
            return;
        if (fields.size() != reader.columnCount() || reader.line() <= previousLine)
            std::abort();
        for (const QString& field : fields) {
            if (field.size() > limits.maximumFieldLength)
                std::abort();
        }
        previousLine = reader.line();
    }
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size < 1)
        return 0;
    const uint8_t control = data[0];
    const QByteArray bytes(reinterpret_cast<const char*>(data + 1), qsizetype(size - 1));

    const QStringList encodings = CsvFormat::encodings();
    const QList<QChar> delimiters = CsvFormat::delimiters();
    CsvFormat format;
    format.encoding = encodings.at((control & 0x0f) % encodings.size());
    format.delimiter = delimiters.at(((control >> 4) & 0x03) % delimiters.size());
    format.hasHeader = control & 0x40;
    readAll(bytes, format, (control & 0x80) ? smallLimits() : CsvReader::Limits());

    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    const Result<CsvFormat> sniffed = CsvSniffer::sniff(&buffer);
    if (sniffed.ok())
        readAll(bytes, *sniffed, smallLimits());
    return 0;
}
