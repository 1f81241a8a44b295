#pragma once

#include "CsvFormat.h"
#include "ImportReport.h"
#include "Result.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>
#include <optional>

// The first records of a file as the wizard's preview grid and `import --preview` show them,
// before any mapping: the format is sniffed, then whatever the person fixed (encoding, delimiter,
// header) replaces the guess.
struct CsvPreview
{
    Q_DECLARE_TR_FUNCTIONS(CsvPreview)

public:
    struct Overrides
    {
        QString encoding;
        QChar delimiter;
        std::optional<bool> hasHeader;
    };

    CsvFormat format;
    QStringList header;
    QList<QStringList> rows;
    // The line in the file where each of rows starts, as problems name them.
    QList<qint64> lines;
    // Records the reader refused on the way, with their line.
    QList<ImportRowError> problems;

    // Reads up to maximumRows records; an error when the file cannot be opened or read at all.
    static Result<CsvPreview> load(const QString& path, const Overrides& overrides, int maximumRows);
    // The sniffed format with the overrides applied, checked.
    static Result<CsvFormat> resolveFormat(const QString& path, const Overrides& overrides);
};
