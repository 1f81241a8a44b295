#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QStringList>

// Writes RFC 4180 CSV in UTF-8 (CRLF line ends, fields quoted only when they must be), with no
// byte order mark unless writeByteOrderMark() is called first.
//
// Spreadsheets run a cell that starts with `=`, `+`, `-`, `@`, TAB or CR as a formula, so a value
// taken from a token could run code on the machine of whoever opens the export. With
// neutralisation on (the default) such a cell is written with a leading apostrophe, which a
// spreadsheet shows as text; a number such as -3.5 is written as it is. The round trip: CsvReader
// returns the cell with the apostrophe, and ImportJob removes one leading apostrophe before any of
// those characters, so export → import gives back the original value (a value that really started
// with "'=" is exported as "''=").
class CsvWriter
{
    Q_DECLARE_TR_FUNCTIONS(CsvWriter)

public:
    explicit CsvWriter(QIODevice* device, QChar delimiter = QLatin1Char(','), bool neutraliseFormulas = true);

    Result<void> writeRecord(const QStringList& fields);
    // Flushes the buffered records; an error names the device's reason.
    Result<void> flush();
    // Excel reads a CSV file as the system's code page (Windows-1252, say) unless it starts with
    // the UTF-8 byte order mark; TokenDesk's own reader takes either. Written before any record.
    Result<void> writeByteOrderMark();

    // The cell as written before quoting: with an apostrophe in front when it could be a formula.
    static QString neutralise(const QString& cell);
    // The inverse, applied on import.
    static QString unneutralise(const QString& cell);

private:
    void appendField(const QString& field);

    QIODevice* m_device;
    QChar m_delimiter;
    bool m_neutralise;
    QString m_pending;
};
