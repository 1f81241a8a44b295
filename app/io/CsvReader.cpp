#include "CsvReader.h"

#include "ImportReport.h"

#include <algorithm>

namespace {
constexpr qint64 chunkSize = 1 << 20;
constexpr char16_t quote = u'"';
constexpr char16_t cr = u'\r';
constexpr char16_t lf = u'\n';
constexpr char16_t replacement = 0xFFFD;
} // namespace

CsvReader::CsvReader(QIODevice* device, const CsvFormat& format)
    : CsvReader(device, format, Limits())
{
}

CsvReader::CsvReader(QIODevice* device, const CsvFormat& format, const Limits& limits)
    : m_device(device)
    , m_format(format)
    , m_limits(limits)
    , m_decoder(format.encoding.toLatin1().constData())
{
}

Result<void> CsvReader::open()
{
    if (!m_decoder.isValid())
        return Error(Error::Code::Usage, tr("Unknown encoding \"%1\"").arg(m_format.encoding),
                     QStringLiteral("encoding"));
    if (m_format.delimiter.isNull() || m_format.delimiter == QLatin1Char('"')
        || m_format.delimiter == QLatin1Char('\r') || m_format.delimiter == QLatin1Char('\n'))
        return Error(Error::Code::Usage, tr("The delimiter cannot be a quote or a line break"),
                     QStringLiteral("delimiter"));
    if (!m_format.hasHeader)
        return {};
    const Result<bool> read = readRecord(m_header);
    if (!read)
        return located(read.error());
    if (!read.value())
        return Error(Error::Code::Validation, tr("The file is empty"), QStringLiteral("file"));
    m_columnCount = int(m_header.size());
    return {};
}

Error CsvReader::located(const Error& error) const
{
    return Error(error.code(), ImportRowError { m_recordLine, error.field(), error.message() }.text(),
                 error.field());
}

qint64 CsvReader::bytesRead() const
{
    // The characters held ahead of the next record were read from the device, not yet as records:
    // they are taken off at the last chunk's bytes per character.
    const qsizetype ahead = m_buffer.size() - m_position;
    if (ahead <= 0 || m_chunkCharacters <= 0)
        return m_device->pos();
    const auto aheadBytes = qint64(double(ahead) * double(m_chunkBytes) / double(m_chunkCharacters));
    return std::max<qint64>(0, m_device->pos() - aheadBytes);
}

Result<bool> CsvReader::next(QStringList& fields)
{
    const Result<bool> read = readRecord(fields);
    if (!read || !read.value())
        return read;
    if (m_columnCount < 0) {
        m_columnCount = int(fields.size());
    } else if (fields.size() != m_columnCount) {
        m_canContinue = true;
        return Error(Error::Code::Validation,
                     tr("expected %1 fields, found %2").arg(m_columnCount).arg(fields.size()),
                     QStringLiteral("line"));
    }
    return true;
}

Result<bool> CsvReader::readRecord(QStringList& fields)
{
    m_canContinue = false;
    if (m_failed)
        return Error(Error::Code::Validation, tr("The file cannot be read past line %1").arg(m_recordLine),
                     QStringLiteral("line"));
    for (;;) {
        QString problem;
        const Outcome outcome = parseRecord(fields, problem);
        switch (outcome) {
        case Outcome::Record:
            m_recordLine = m_nextLine;
            m_nextLine += m_parseLines;
            if ((m_invalidBytes || m_decoder.hasError()) && recordHasInvalidBytes(m_position, m_parseEnd)) {
                m_position = m_parseEnd;
                m_canContinue = true;
                return Error(Error::Code::Validation,
                             tr("bytes that are not valid %1 (is the file in another encoding?)")
                                 .arg(m_format.encoding),
                             QStringLiteral("encoding"));
            }
            m_position = m_parseEnd;
            // A blank line is no record; only a file of one column could mean an empty value.
            if (fields.size() == 1 && fields.constFirst().isEmpty() && m_columnCount != 1)
                continue;
            return true;
        case Outcome::End:
            return false;
        case Outcome::NeedMore:
            if (m_parseEnd - m_position > m_limits.maximumRecordLength) {
                m_failed = true;
                m_recordLine = m_nextLine;
                return Error(Error::Code::Validation,
                             tr("a record longer than %1 characters").arg(m_limits.maximumRecordLength),
                             QStringLiteral("line"));
            }
            if (!refill()) {
                m_failed = true;
                m_recordLine = m_nextLine;
                return Error(Error::Code::Storage,
                             tr("Cannot read the file: %1").arg(m_device->errorString()),
                             QStringLiteral("file"));
            }
            continue;
        case Outcome::BadRecord:
            m_recordLine = m_nextLine;
            m_nextLine += m_parseLines;
            m_position = m_parseEnd;
            m_canContinue = true;
            return Error(Error::Code::Validation, problem, m_badField);
        case Outcome::Fatal:
            m_recordLine = m_nextLine;
            m_failed = true;
            return Error(Error::Code::Validation, problem, QStringLiteral("line"));
        }
    }
}

bool CsvReader::refill()
{
    m_buffer.remove(0, m_position);
    m_parseEnd -= m_position;
    m_position = 0;
    m_raw.resize(chunkSize);
    const qint64 got = m_device->read(m_raw.data(), chunkSize);
    if (got < 0)
        return false;
    if (got == 0 || m_device->atEnd())
        m_atEnd = true;
    // A high surrogate left unchecked at the end of the last chunk has its pair in this one.
    const qsizetype from
        = !m_buffer.isEmpty() && m_buffer.back().isHighSurrogate() ? m_buffer.size() - 1 : m_buffer.size();
    const qsizetype before = m_buffer.size();
    m_buffer.append(m_decoder.decode(QByteArrayView(m_raw.constData(), got)));
    m_chunkBytes = got;
    m_chunkCharacters = m_buffer.size() - before;
    if (m_atEnd && m_decoder.holdsPartialCharacter()) {
        m_buffer.append(QChar(replacement));
        m_invalidBytes = true;
    }
    markUndefined(from);
    return true;
}

void CsvReader::markUndefined(qsizetype from)
{
    // The decoder's own name: "cp1252" and "utf16le" are the same encodings.
    const QLatin1StringView encoding(m_decoder.name());
    auto* text = reinterpret_cast<char16_t*>(m_buffer.data());
    const qsizetype end = m_buffer.size();
    if (encoding.startsWith(QLatin1String("UTF-16"))) {
        for (qsizetype i = from; i < end; ++i) {
            const bool paired
                = QChar::isHighSurrogate(text[i]) && i + 1 < end && QChar::isLowSurrogate(text[i + 1]);
            if (paired) {
                ++i;
            } else if (QChar::isLowSurrogate(text[i])
                       || (QChar::isHighSurrogate(text[i]) && (i + 1 < end || m_atEnd))) {
                text[i] = replacement;
                m_invalidBytes = true;
            }
        }
        return;
    }
    // The decoders map the bytes these code pages leave undefined to C1 controls (and 1253's
    // 0xAA to U+00AA), none of which a defined byte of theirs decodes to.
    const bool windows1252 = encoding == QLatin1String("windows-1252");
    const bool windows1253 = encoding == QLatin1String("windows-1253");
    if (!windows1252 && !windows1253)
        return;
    for (qsizetype i = from; i < end; ++i) {
        if ((text[i] >= 0x80 && text[i] <= 0x9F) || (windows1253 && text[i] == 0xAA)) {
            text[i] = replacement;
            m_invalidBytes = true;
        }
    }
}

bool CsvReader::recordHasInvalidBytes(qsizetype from, qsizetype to) const
{
    const auto* text = reinterpret_cast<const char16_t*>(m_buffer.constData());
    for (qsizetype i = from; i < to; ++i) {
        if (text[i] == replacement)
            return true;
    }
    return false;
}

CsvReader::Outcome CsvReader::skipRestOfLine(qsizetype from, qint64 lines)
{
    const auto* text = reinterpret_cast<const char16_t*>(m_buffer.constData());
    const qsizetype end = m_buffer.size();
    qsizetype i = from;
    while (i < end && text[i] != cr && text[i] != lf)
        ++i;
    if (i == end && !m_atEnd) {
        m_parseEnd = i;
        return Outcome::NeedMore;
    }
    if (i < end) {
        if (text[i] == cr && i + 1 == end && !m_atEnd) {
            m_parseEnd = i;
            return Outcome::NeedMore;
        }
        i += (text[i] == cr && i + 1 < end && text[i + 1] == lf) ? 2 : 1;
        ++lines;
    }
    m_parseEnd = i;
    m_parseLines = lines;
    return Outcome::BadRecord;
}

// Parses one record from m_position without consuming it: m_parseEnd and m_parseLines say where it
// ends and how many line breaks it spans. A record cut by the end of the buffer is parsed again
// from its start once more text has been decoded.
CsvReader::Outcome CsvReader::parseRecord(QStringList& fields, QString& problem)
{
    fields.clear();
    m_badField = QStringLiteral("line");
    const auto* text = reinterpret_cast<const char16_t*>(m_buffer.constData());
    const qsizetype end = m_buffer.size();
    const char16_t delimiter = m_format.delimiter.unicode();
    qsizetype i = m_position;
    qint64 lines = 0;
    m_parseEnd = i;
    if (i == end)
        return m_atEnd ? Outcome::End : Outcome::NeedMore;

    auto finishLine = [&](qsizetype at) {
        // at points to CR or LF; a CR needs the next character to know whether it is CRLF.
        if (text[at] == cr) {
            if (at + 1 == end && !m_atEnd)
                return Outcome::NeedMore;
            m_parseEnd = (at + 1 < end && text[at + 1] == lf) ? at + 2 : at + 1;
        } else {
            m_parseEnd = at + 1;
        }
        m_parseLines = lines + 1;
        return Outcome::Record;
    };

    for (;;) {
        if (fields.size() >= m_limits.maximumColumns) {
            problem = tr("more than %1 columns").arg(m_limits.maximumColumns);
            return Outcome::Fatal;
        }
        if (i < end && text[i] == quote) {
            ++i;
            const qint64 openedOn = lines;
            QString field;
            qsizetype segment = i;
            for (;;) {
                while (i < end && text[i] != quote) {
                    if (text[i] == lf || (text[i] == cr && (i + 1 == end || text[i + 1] != lf)))
                        ++lines;
                    ++i;
                }
                if (i - segment + field.size() > m_limits.maximumFieldLength) {
                    problem = tr("a quoted field that is never closed, or longer than %1 characters")
                                  .arg(m_limits.maximumFieldLength);
                    return Outcome::Fatal;
                }
                if (i == end) {
                    if (m_atEnd) {
                        // Its text is the rest of the file, kept so a rejects file shows it; its
                        // cells are not where the columns are.
                        fields.append(field + QStringView(text + segment, i - segment));
                        // The lines it took in are no rows of their own: the person is told which,
                        // from the line after the quote's to the last with text.
                        const QString& taken = fields.constLast();
                        qint64 trailing = 0;
                        for (qsizetype k = taken.size() - 1; k >= 0 && taken.at(k).isSpace(); --k) {
                            if (taken.at(k) == QLatin1Char('\n')
                                || (taken.at(k) == QLatin1Char('\r')
                                    && (k + 1 == taken.size() || taken.at(k + 1) != QLatin1Char('\n'))))
                                ++trailing;
                        }
                        const qint64 first = m_nextLine + openedOn + 1;
                        const qint64 last = m_nextLine + lines - trailing;
                        problem = last < first ? tr("a quoted field is never closed")
                            : last == first
                            ? tr("a quoted field is never closed, so line %1 was read into it").arg(first)
                            : tr("a quoted field is never closed, so lines %1 to %2 were read into it")
                                  .arg(first)
                                  .arg(last);
                        m_badField = QStringLiteral("quote");
                        m_parseEnd = i;
                        m_parseLines = lines;
                        return Outcome::BadRecord;
                    }
                    m_parseEnd = i;
                    return Outcome::NeedMore;
                }
                if (i + 1 == end && !m_atEnd) {
                    m_parseEnd = i;
                    return Outcome::NeedMore;
                }
                if (i + 1 < end && text[i + 1] == quote) {
                    field.append(QStringView(text + segment, i + 1 - segment));
                    i += 2;
                    segment = i;
                    continue;
                }
                field.append(QStringView(text + segment, i - segment));
                ++i;
                break;
            }
            fields.append(field);
            if (i == end) {
                m_parseEnd = i;
                m_parseLines = lines;
                return Outcome::Record;
            }
            if (text[i] == delimiter) {
                ++i;
                if (i == end && m_atEnd) {
                    fields.append(QString());
                    m_parseEnd = i;
                    m_parseLines = lines;
                    return Outcome::Record;
                }
                continue;
            }
            if (text[i] == cr || text[i] == lf)
                return finishLine(i);
            problem = tr("text after the closing quote of field %1").arg(fields.size());
            return skipRestOfLine(i, lines);
        }

        const qsizetype start = i;
        while (i < end && text[i] != delimiter && text[i] != lf && text[i] != cr && text[i] != quote)
            ++i;
        if (i - start > m_limits.maximumFieldLength) {
            problem = tr("a field longer than %1 characters").arg(m_limits.maximumFieldLength);
            return Outcome::Fatal;
        }
        if (i == end && !m_atEnd) {
            m_parseEnd = i;
            return Outcome::NeedMore;
        }
        if (i < end && text[i] == quote) {
            problem = tr("a quote inside field %1, which is not quoted").arg(fields.size() + 1);
            return skipRestOfLine(i, lines);
        }
        fields.append(QString(reinterpret_cast<const QChar*>(text + start), i - start));
        if (i == end) {
            m_parseEnd = i;
            m_parseLines = lines;
            return Outcome::Record;
        }
        if (text[i] == delimiter) {
            ++i;
            if (i == end && m_atEnd) {
                fields.append(QString());
                m_parseEnd = i;
                m_parseLines = lines;
                return Outcome::Record;
            }
            continue;
        }
        return finishLine(i);
    }
}
