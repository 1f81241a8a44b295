#pragma once

#include "ColumnMapping.h"
#include "CsvFormat.h"
#include "Result.h"

#include <QCoreApplication>
#include <QString>

// Everything an import is asked to do; the CLI builds it from its options, the wizard from its pages.
struct ImportOptions
{
    Q_DECLARE_TR_FUNCTIONS(ImportOptions)

public:
    enum class Mode
    {
        // All rows or none: one refused row and nothing is written.
        Atomic,
        // The valid rows are written, in committed batches; each refused one goes to the rejects file.
        SkipInvalid,
    };

    QString filePath;
    CsvFormat format;
    ColumnMapping mapping;
    Mode mode = Mode::Atomic;
    // "authentication_code" or "identifier": a row naming an existing token updates it instead of
    // being refused as a duplicate. Empty: every row creates a token.
    QString upsertBy;
    // Validate only: count what would be created, updated, skipped and rejected; write nothing.
    bool dryRun = false;
    // Where refused rows go (their cells, then `line` and `error`); empty for none.
    QString rejectsPath;
    // Rows per batch: the unit of progress, cancel checks and, in skip-invalid mode, of commits.
    int batchSize = 1000;
    // How many errors the report keeps as examples (the rejects file has them all).
    int exampleLimit = 20;

    static QString modeName(Mode mode);
    static Result<Mode> modeFromName(const QString& name);
    static Result<QString> upsertFieldFromName(const QString& name);
};
