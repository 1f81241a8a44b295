#pragma once

#include "Error.h"

#include <QList>
#include <QMetaType>
#include <QString>

// One refused row: the line where its record starts and why.
struct ImportRowError
{
    qint64 line = 0;
    QString field;
    QString message;

    // "Line 3: expected 3 fields, found 2": how a person reads it wherever it is listed.
    QString text() const;
};

// Where a running import is, for a progress bar: rows so far, their rate and the time left,
// estimated from the bytes read.
struct ImportProgress
{
    qint64 rows = 0;
    qint64 bytesRead = 0;
    qint64 totalBytes = 0;
    double rowsPerSecond = 0;
    // -1 while unknown. While rows are written it covers the rows only; during the steps after
    // them, the steps left.
    double secondsLeft = -1;
    // The rows are being checked before an atomic import hashes their pass codes; the import
    // proper follows, from its first row.
    bool checking = false;
    // While rows are written: how many steps (building the lookup indexes) follow the last row.
    int finishingAhead = 0;
    // After the last row of a large import: how many of the steps that finish it are done.
    // finishingSteps is 0 while rows are written.
    int finishingDone = 0;
    int finishingSteps = 0;
};

// What an import did, or in a dry run would do.
struct ImportReport
{
    qint64 created = 0;
    qint64 updated = 0;
    // Rows with no value in any mapped column.
    qint64 skipped = 0;
    // Rows of an update whose values the token already holds: not written, so its version, its
    // updated date and its history stay as they were.
    qint64 unchanged = 0;
    qint64 rejected = 0;
    double seconds = 0;
    bool dryRun = false;
    bool cancelled = false;
    // The first errors (ImportOptions::exampleLimit); the rejects file has all of them.
    QList<ImportRowError> errors;
    // What stopped the import as a whole (an unreadable file, a store failure, an atomic import
    // with refused rows); None when it ran to the end.
    Error failure;
    // The rejects file this run wrote; empty when it wrote none.
    QString rejectsPath;

    // Every row imported (or, in a dry run, importable): the CLI's exit status 0.
    bool complete() const { return !failure.isError() && rejected == 0 && !cancelled; }
};

Q_DECLARE_METATYPE(ImportProgress)
