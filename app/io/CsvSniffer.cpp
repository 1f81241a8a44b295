#include "CsvSniffer.h"

#include "ColumnMapping.h"

#include <QStringDecoder>
#include <uchardet.h>

Result<CsvFormat> CsvSniffer::sniff(QIODevice* device)
{
    const QByteArray sample = device->peek(sampleSize);
    CsvFormat format;
    format.encoding = detectEncoding(sample + spreadSample(device));
    QStringDecoder decoder(format.encoding.toLatin1().constData());
    const QString text = decoder.decode(sample);
    format.delimiter = detectDelimiter(text);
    format.hasHeader = detectHeader(text, format.delimiter);
    return format;
}

QByteArray CsvSniffer::spreadSample(QIODevice* device)
{
    // Files exported from other systems are often plain ASCII for thousands of rows before the
    // first accented name: the first sample alone would call them UTF-8. Whole lines from across
    // the rest of the file, the end included, go with it.
    if (device->isSequential() || device->size() <= sampleSize)
        return QByteArray();
    constexpr int pieces = 16;
    constexpr qint64 pieceSize = 4096;
    const qint64 start = device->pos();
    QByteArray lines;
    for (int i = 1; i <= pieces; ++i) {
        const qint64 at = qMax(start + sampleSize, device->size() * i / pieces - pieceSize);
        if (!device->seek(at))
            break;
        const QByteArray piece = device->read(pieceSize);
        const qsizetype first = piece.indexOf('\n');
        const qsizetype last = piece.lastIndexOf('\n');
        // The last piece ends the file, whether or not a line break does.
        const qsizetype end = i == pieces ? piece.size() : last + 1;
        if (first >= 0 && end > first + 1)
            lines += piece.mid(first + 1, end - first - 1);
    }
    device->seek(start);
    return lines;
}

QString CsvSniffer::detectEncoding(const QByteArray& sample)
{
    if (sample.startsWith("\xEF\xBB\xBF"))
        return QStringLiteral("UTF-8");
    if (sample.startsWith("\xFF\xFE"))
        return QStringLiteral("UTF-16LE");
    if (sample.startsWith("\xFE\xFF"))
        return QStringLiteral("UTF-16BE");
    if (sample.isEmpty())
        return QStringLiteral("UTF-8");
    // UTF-16 without its BOM: the high byte of every ASCII character (delimiters, digits, line
    // breaks) is zero, on odd places in little-endian and on even ones in big-endian. No 8-bit
    // text has NUL bytes at all.
    qsizetype zeros[2] = { 0, 0 };
    for (qsizetype i = 0; i < sample.size(); ++i) {
        if (sample.at(i) == '\0')
            ++zeros[i % 2];
    }
    const qsizetype pairs = sample.size() / 2;
    if (pairs > 0 && zeros[1] > pairs / 4 && zeros[0] < zeros[1] / 8)
        return QStringLiteral("UTF-16LE");
    if (pairs > 0 && zeros[0] > pairs / 4 && zeros[1] < zeros[0] / 8)
        return QStringLiteral("UTF-16BE");

    uchardet_t detector = uchardet_new();
    uchardet_handle_data(detector, sample.constData(), size_t(sample.size()));
    uchardet_data_end(detector);
    const QString guess = QString::fromLatin1(uchardet_get_charset(detector));
    uchardet_delete(detector);

    const QString canonical = greekCodePage(sample, CsvFormat::canonicalEncoding(guess));
    // windows-1252 reads every letter ISO-8859-1 does and, where ISO-8859-1 has invisible control
    // codes, the € and quotation marks Windows programs write (as browsers read "ISO-8859-1").
    if (canonical == QLatin1String("ISO-8859-1"))
        return QStringLiteral("windows-1252");
    if (!canonical.isEmpty() && canonical != QLatin1String("UTF-8"))
        return canonical;
    // A short file leaves uchardet without a guess. Bytes that are no UTF-8 (a sample may end
    // inside a character, which is no error) come from an 8-bit code page, most likely the one
    // Western Windows programs write; unless UTF-8 characters stand beside them, as in a UTF-8
    // file with a damaged line, which is read as UTF-8 and that line reported.
    QStringDecoder utf8(QStringDecoder::Utf8);
    // decode() is lazy: the bytes are decoded, and errors found, when the result becomes a QString.
    const QString decoded = utf8.decode(sample);
    if (utf8.hasError() && !holdsUtf8Character(sample))
        return QStringLiteral("windows-1252");
    // Otherwise UTF-8, the format every export writes; invalid bytes are then reported with their
    // line.
    return QStringLiteral("UTF-8");
}

bool CsvSniffer::holdsUtf8Character(const QByteArray& sample)
{
    for (qsizetype i = 0; i < sample.size(); ++i) {
        const auto lead = static_cast<unsigned char>(sample.at(i));
        const int continuations = lead >= 0xC2 && lead <= 0xDF ? 1
            : lead >= 0xE0 && lead <= 0xEF                     ? 2
            : lead >= 0xF0 && lead <= 0xF4                     ? 3
                                                               : 0;
        if (continuations == 0 || i + continuations >= sample.size())
            continue;
        bool whole = true;
        for (int k = 1; k <= continuations; ++k)
            whole = whole && (static_cast<unsigned char>(sample.at(i + k)) & 0xC0) == 0x80;
        if (whole)
            return true;
    }
    return false;
}

QString CsvSniffer::greekCodePage(const QByteArray& sample, const QString& guess)
{
    if (guess != QLatin1String("windows-1253") && guess != QLatin1String("ISO-8859-7"))
        return guess;
    // Both read the Greek letters alike, and uchardet goes by the letters. Where they differ:
    // 0x80-0x9F are €, quotation marks and dashes only in windows-1253; Ά is 0xA2 there and 0xB6
    // in ISO-8859-7, where 0xA2 is the apostrophe of "σ’αγαπώ" (and 0xB6 in windows-1253 a
    // pilcrow). So 0xA2 and 0xB6 count only where Ά stands: first in a word, before a letter.
    auto letter = [](unsigned char byte) {
        return (byte >= 'A' && byte <= 'Z') || (byte >= 'a' && byte <= 'z') || byte >= 0xB8;
    };
    qsizetype windows = 0;
    qsizetype iso = 0;
    for (qsizetype i = 0; i < sample.size(); ++i) {
        const auto byte = static_cast<unsigned char>(sample.at(i));
        if (byte >= 0x80 && byte <= 0x9F) {
            ++windows;
            continue;
        }
        if (byte != 0xA2 && byte != 0xB6)
            continue;
        const bool startsWord = i == 0 || !letter(static_cast<unsigned char>(sample.at(i - 1)));
        const bool beforeLetter
            = i + 1 < sample.size() && letter(static_cast<unsigned char>(sample.at(i + 1)));
        if (startsWord && beforeLetter)
            ++(byte == 0xA2 ? windows : iso);
    }
    if (windows > iso)
        return QStringLiteral("windows-1253");
    if (iso > windows)
        return QStringLiteral("ISO-8859-7");
    return guess;
}

QList<QStringList> CsvSniffer::sampleRecords(const QString& sample, QChar delimiter, int maximum)
{
    QList<QStringList> records;
    QStringList fields;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < sample.size() && records.size() < maximum; ++i) {
        const QChar c = sample.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < sample.size() && sample.at(i + 1) == QLatin1Char('"')) {
                    field.append(c);
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                field.append(c);
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == delimiter) {
            fields.append(field);
            field.clear();
        } else if (c == QLatin1Char('\n') || c == QLatin1Char('\r')) {
            if (c == QLatin1Char('\r') && i + 1 < sample.size() && sample.at(i + 1) == QLatin1Char('\n'))
                ++i;
            fields.append(field);
            field.clear();
            if (!(fields.size() == 1 && fields.constFirst().isEmpty()))
                records.append(fields);
            fields.clear();
        } else {
            field.append(c);
        }
    }
    // The last record of a short sample has no line break; one cut by the sample's end is dropped.
    if (!quoted && (!field.isEmpty() || !fields.isEmpty()) && records.size() < maximum
        && sample.size() < sampleSize / 2) {
        fields.append(field);
        records.append(fields);
    }
    return records;
}

QChar CsvSniffer::detectDelimiter(const QString& sample)
{
    QChar best = QLatin1Char(',');
    double bestScore = 0;
    for (const QChar delimiter : CsvFormat::delimiters()) {
        const QList<QStringList> records = sampleRecords(sample, delimiter, 50);
        if (records.isEmpty())
            continue;
        // Most records should split into the same number of fields, and more than one.
        QHash<qsizetype, int> counts;
        for (const QStringList& record : records)
            ++counts[record.size()];
        qsizetype modeColumns = 1;
        int modeCount = 0;
        for (auto it = counts.constBegin(); it != counts.constEnd(); ++it) {
            if (it.value() > modeCount || (it.value() == modeCount && it.key() > modeColumns)) {
                modeCount = it.value();
                modeColumns = it.key();
            }
        }
        if (modeColumns < 2)
            continue;
        const double consistency = double(modeCount) / double(records.size());
        const double score = consistency * 1000 + double(qMin<qsizetype>(modeColumns, 100));
        if (score > bestScore) {
            bestScore = score;
            best = delimiter;
        }
    }
    return best;
}

bool CsvSniffer::detectHeader(const QString& sample, QChar delimiter)
{
    const QList<QStringList> records = sampleRecords(sample, delimiter, 10);
    if (records.isEmpty())
        return false;
    const QStringList& first = records.constFirst();
    if (ColumnMapping::namesAField(first))
        return true;

    // No known name: a header still looks different from the data below it. It has no empty and
    // no numeric cells, and no cell repeats.
    auto looksNumeric = [](const QString& cell) {
        bool ok = false;
        cell.trimmed().toDouble(&ok);
        return ok;
    };
    for (qsizetype i = 0; i < first.size(); ++i) {
        const QString& cell = first.at(i);
        if (cell.trimmed().isEmpty() || looksNumeric(cell) || first.indexOf(cell) != i)
            return false;
    }
    if (records.size() < 2)
        return false;
    for (qsizetype column = 0; column < first.size(); ++column) {
        for (qsizetype row = 1; row < records.size(); ++row) {
            const QString cell = records.at(row).value(column);
            if (looksNumeric(cell) || cell.isEmpty())
                return true;
        }
    }
    return false;
}
