#pragma once

#include "CsvFormat.h"
#include "Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QIODevice>

// Guesses a file's CSV format from its first 64 KiB without consuming them: the encoding (a BOM
// wins, then uchardet, which also sees lines from across the rest of a file it can seek in), the
// delimiter (the one of `,` `;` TAB `|` that splits the lines most
// consistently, outside quotes) and whether the first record is a header.
class CsvSniffer
{
    Q_DECLARE_TR_FUNCTIONS(CsvSniffer)

public:
    static constexpr qint64 sampleSize = 64 * 1024;

    static Result<CsvFormat> sniff(QIODevice* device);
    // The parts, for a caller that fixes some of them and guesses the rest.
    static QString detectEncoding(const QByteArray& sample);
    // windows-1253 or ISO-8859-7, from the bytes that tell them apart; guess when none does.
    static QString greekCodePage(const QByteArray& sample, const QString& guess);
    // Whether sample holds at least one whole, well-formed UTF-8 character beyond ASCII.
    static bool holdsUtf8Character(const QByteArray& sample);
    static QChar detectDelimiter(const QString& sample);
    static bool detectHeader(const QString& sample, QChar delimiter);

private:
    static QByteArray spreadSample(QIODevice* device);
    static QList<QStringList> sampleRecords(const QString& sample, QChar delimiter, int maximum);
};
