#pragma once

#include "CliCommand.h"
#include "CsvPreview.h"
#include "ImportOptions.h"
#include "Result.h"

#include <QCoreApplication>

// `import FILE`: the CSV import of app/io (ImportJob) on the command line, and `--preview`, the
// parsed file as the wizard's preview shows it. Exit status 0 when every row was imported.
// `imports` lists the store's record of imports; `import --undo ID` undoes one.
class ImportCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(ImportCommand)

public:
    QList<CliCommandSpec> commands() const override;
    QList<QCommandLineOption> options(const QString& command) const override;
    int run(const QString& command, const QCommandLineParser& arguments, CliContext& context) override;

private:
    static Result<CsvPreview::Overrides> formatOverrides(const QCommandLineParser& arguments);
    // 'Encoding UTF-8, delimiter ";", with a header': how the file is read, guessed or given.
    static QString formatText(const CsvFormat& format);
    // header receives the file's header (empty names for a file without one).
    static Result<ImportOptions> importOptions(const QString& path, const QCommandLineParser& arguments,
                                               QStringList& header);
    int preview(const QString& path, const QCommandLineParser& arguments, CliContext& context);
    int runImport(const QString& path, const QCommandLineParser& arguments, CliContext& context);
    int listImports(const QCommandLineParser& arguments, CliContext& context);
    int undo(const QCommandLineParser& arguments, CliContext& context);
};
