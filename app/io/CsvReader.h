#pragma once

#include "CsvFormat.h"
#include "Result.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QString>
#include <QStringDecoder>
#include <QStringList>

// A streaming RFC 4180 reader: quoted fields, doubled quotes, delimiters and line breaks inside
// quotes, CRLF / LF / CR, a last line with or without a line break, a BOM. It decodes with
// QStringDecoder in chunks, so memory stays flat whatever the size of the file; the limits bound it
// for hostile input too (a huge field, a huge number of columns, no line breaks at all).
//
// Malformed input is reported with the line where its record starts, never guessed away: the
// message names no line, and whoever shows it adds line() (located(), ImportRowError::text()). A bad
// record (wrong number of fields, a stray quote, bytes invalid in the encoding, a quote never
// closed, which takes the rest of the file with it) is skipped and canContinue() says so; a
// broken limit ends the file.
class CsvReader
{
    Q_DECLARE_TR_FUNCTIONS(CsvReader)

public:
    struct Limits
    {
        qsizetype maximumFieldLength = 1 << 20;
        qsizetype maximumRecordLength = 8 << 20;
        int maximumColumns = 4096;
    };

    CsvReader(QIODevice* device, const CsvFormat& format);
    CsvReader(QIODevice* device, const CsvFormat& format, const Limits& limits);

    // Checks the encoding and reads the header when the format says there is one.
    Result<void> open();
    // The header's cells; empty when the format has none.
    const QStringList& header() const { return m_header; }
    // Reads the next record into fields; false at the end of the file.
    Result<bool> next(QStringList& fields);
    // The 1-based line where the record last read (or refused) starts.
    qint64 line() const { return m_recordLine; }
    // An error from next() as a message that stands on its own: "line 3: ...".
    Error located(const Error& error) const;
    // After an error from next(): whether the bad record was skipped and reading may go on.
    bool canContinue() const { return m_canContinue; }
    // How many columns each record must have (the header's, or the first record's).
    int columnCount() const { return m_columnCount; }
    // The bytes of the records read so far (an estimate within the last chunk read).
    qint64 bytesRead() const;

private:
    enum class Outcome
    {
        Record,
        NeedMore,
        End,
        BadRecord,
        Fatal
    };

    // QStringDecoder keeps the first bytes of a character cut by the end of a chunk for the next
    // one; at the end of the file they are a character cut short.
    class Decoder : public QStringDecoder
    {
    public:
        using QStringDecoder::QStringDecoder;
        bool holdsPartialCharacter() const { return state.remainingChars > 0; }
    };

    Outcome parseRecord(QStringList& fields, QString& problem);
    Outcome skipRestOfLine(qsizetype from, qint64 lines);
    bool refill();
    // Marks what the decoder let through from m_buffer's position from on, though the encoding
    // does not allow it: a UTF-16 surrogate without its pair, a byte a Windows code page leaves
    // undefined.
    void markUndefined(qsizetype from);
    bool recordHasInvalidBytes(qsizetype from, qsizetype to) const;
    Result<bool> readRecord(QStringList& fields);

    QIODevice* m_device;
    CsvFormat m_format;
    Limits m_limits;
    Decoder m_decoder;
    // Set once anything in m_buffer stands for bytes the encoding does not allow.
    bool m_invalidBytes = false;
    QByteArray m_raw;
    QString m_buffer;
    qsizetype m_position = 0;
    // The last chunk read: its bytes and the characters they decoded to, to tell how many bytes
    // the characters held ahead of the records stand for.
    qint64 m_chunkBytes = 0;
    qsizetype m_chunkCharacters = 0;
    bool m_atEnd = false;
    qint64 m_nextLine = 1;
    qint64 m_recordLine = 0;
    qsizetype m_parseEnd = 0;
    qint64 m_parseLines = 0;
    int m_columnCount = -1;
    bool m_canContinue = false;
    bool m_failed = false;
    // The field a bad record's error names: "quote" when its cells no longer line up with the
    // columns (a quote never closed took the rest of the file), "line" otherwise.
    QString m_badField;
    QStringList m_header;
};
