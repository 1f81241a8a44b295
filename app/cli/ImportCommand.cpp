#include "ImportCommand.h"

#include "CliContext.h"
#include "CsvReader.h"
#include "ImportJob.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTextStream>
#include <memory>
#include <unistd.h>

namespace {
const QString previewOption = QStringLiteral("preview");
const QString rowsOption = QStringLiteral("rows");
const QString dryRunOption = QStringLiteral("dry-run");
const QString modeOption = QStringLiteral("mode");
const QString upsertOption = QStringLiteral("upsert-by");
const QString rejectsOption = QStringLiteral("rejects");
const QString delimiterOption = QStringLiteral("delimiter");
const QString encodingOption = QStringLiteral("encoding");
const QString mapOption = QStringLiteral("map");
const QString mappingOption = QStringLiteral("mapping");
const QString headerOption = QStringLiteral("header");
const QString undoOption = QStringLiteral("undo");
const QString importsCommand = QStringLiteral("imports");

QJsonArray toJson(const QStringList& cells)
{
    QJsonArray array;
    for (const QString& cell : cells)
        array.append(cell);
    return array;
}
} // namespace

QList<CliCommandSpec> ImportCommand::commands() const
{
    return {
        { QStringLiteral("import"),
          tr("FILE [--preview [--rows N]] [--dry-run] [--mode atomic|skip-invalid] [--upsert-by FIELD] "
             "[--rejects FILE] [--delimiter C] [--encoding NAME] [--header yes|no] [--map COLUMN=FIELD]... "
             "[--mapping NAME]"),
          tr("Import tokens from a CSV file; exit status 0 when every row was imported.") },
        { QStringLiteral("import"), tr("--undo ID"),
          tr("Undo an import: delete the tokens it created, restore the tokens it updated.") },
        { importsCommand, QString(), tr("List the recorded imports, newest first.") },
    };
}

QList<QCommandLineOption> ImportCommand::options(const QString& command) const
{
    if (command == importsCommand)
        return {};
    return {
        { undoOption, tr("Undo the import with this number (see `imports`)."), tr("ID") },
        { previewOption, tr("Print the file as parsed, before any mapping; import nothing.") },
        { rowsOption, tr("How many records --preview prints (default 20)."), tr("N") },
        { dryRunOption, tr("Check every row and report what would happen; write nothing.") },
        { modeOption,
          tr("atomic (default): all rows or none; skip-invalid: import the valid rows, refuse the rest."),
          tr("MODE") },
        { upsertOption,
          tr("Update the token with the same authentication_code or identifier instead of "
             "refusing the row."),
          tr("FIELD") },
        { rejectsOption, tr("Write refused rows here, with their line and error, to fix and import again."),
          tr("FILE") },
        { delimiterOption, tr("The delimiter: , ; TAB or |, or any one character (default: guessed)."),
          tr("C") },
        { encodingOption,
          tr("The encoding: %1 (default: guessed).").arg(CsvFormat::encodings().join(QLatin1String(", "))),
          tr("NAME") },
        { headerOption, tr("Whether the first record is a header: yes or no (default: guessed)."),
          tr("yes|no") },
        { mapOption,
          tr("Map a column (header or 1-based number) to a field, custom:NAME or ignore; repeatable."),
          tr("COLUMN=FIELD") },
        { mappingOption, tr("Start from the mapping saved under this name in the wizard."), tr("NAME") },
    };
}

int ImportCommand::run(const QString& command, const QCommandLineParser& arguments, CliContext& context)
{
    if (command == importsCommand)
        return listImports(arguments, context);
    if (arguments.isSet(undoOption))
        return undo(arguments, context);
    const QStringList files = arguments.positionalArguments();
    if (files.size() != 1)
        return context.output().usage(tr("import needs exactly one FILE"));
    if (arguments.isSet(previewOption))
        return preview(files.first(), arguments, context);
    if (arguments.isSet(rowsOption))
        return context.output().usage(tr("--rows goes with --preview"));
    return runImport(files.first(), arguments, context);
}

Result<CsvPreview::Overrides> ImportCommand::formatOverrides(const QCommandLineParser& arguments)
{
    CsvPreview::Overrides overrides;
    overrides.encoding = arguments.value(encodingOption);
    if (arguments.isSet(delimiterOption)) {
        overrides.delimiter = CsvFormat::delimiterFromName(arguments.value(delimiterOption));
        if (overrides.delimiter.isNull())
            return Error(
                Error::Code::Usage,
                tr("--delimiter is one character or TAB, not \"%1\"").arg(arguments.value(delimiterOption)),
                delimiterOption);
    }
    if (arguments.isSet(headerOption)) {
        const QString header = arguments.value(headerOption);
        if (header != QLatin1String("yes") && header != QLatin1String("no"))
            return Error(Error::Code::Usage, tr("--header is yes or no, not \"%1\"").arg(header),
                         headerOption);
        overrides.hasHeader = header == QLatin1String("yes");
    }
    return overrides;
}

int ImportCommand::preview(const QString& path, const QCommandLineParser& arguments, CliContext& context)
{
    CliOutput& output = context.output();
    int rows = 20;
    if (arguments.isSet(rowsOption)) {
        bool ok = false;
        rows = arguments.value(rowsOption).toInt(&ok);
        if (!ok || rows < 0)
            return output.usage(
                tr("--rows needs a number of rows, not \"%1\"").arg(arguments.value(rowsOption)));
    }
    const Result<CsvPreview::Overrides> overrides = formatOverrides(arguments);
    if (!overrides)
        return output.failure(overrides.error());
    const Result<CsvPreview> preview = CsvPreview::load(path, overrides.value(), rows);
    if (!preview)
        return output.failure(preview.error());

    if (output.isJson()) {
        QJsonArray records;
        for (const QStringList& row : preview->rows)
            records.append(toJson(row));
        output.printJson(QJsonObject { { QStringLiteral("header"), toJson(preview->header) },
                                       { QStringLiteral("rows"), records },
                                       { QStringLiteral("delimiter"), QString(preview->format.delimiter) },
                                       { QStringLiteral("encoding"), preview->format.encoding } });
    } else {
        output.printMessage(formatText(preview->format));
        QStringList header = preview->header;
        qsizetype columns = header.size();
        for (const QStringList& row : preview->rows)
            columns = qMax(columns, row.size());
        for (qsizetype i = header.size(); i < columns; ++i)
            header.append(tr("column %1").arg(i + 1));
        output.printTable(header, preview->rows);
    }
    QTextStream err(stderr);
    for (const ImportRowError& problem : preview->problems)
        err << problem.text() << '\n';
    return preview->problems.isEmpty() ? CliSuccess : CliFailure;
}

QString ImportCommand::formatText(const CsvFormat& format)
{
    return tr("Encoding %1, delimiter \"%2\", %3")
        .arg(format.encoding, CsvFormat::delimiterName(format.delimiter),
             format.hasHeader ? tr("with a header") : tr("no header"));
}

Result<ImportOptions> ImportCommand::importOptions(const QString& path, const QCommandLineParser& arguments,
                                                   QStringList& header)
{
    ImportOptions options;
    options.filePath = path;
    const Result<CsvPreview::Overrides> overrides = formatOverrides(arguments);
    if (!overrides)
        return overrides.error();
    const Result<CsvFormat> format = CsvPreview::resolveFormat(path, overrides.value());
    if (!format)
        return format.error();
    options.format = format.value();

    if (arguments.isSet(modeOption)) {
        const Result<ImportOptions::Mode> mode = ImportOptions::modeFromName(arguments.value(modeOption));
        if (!mode)
            return mode.error();
        options.mode = mode.value();
    }
    if (arguments.isSet(upsertOption)) {
        const Result<QString> field = ImportOptions::upsertFieldFromName(arguments.value(upsertOption));
        if (!field)
            return field.error();
        options.upsertBy = field.value();
    }
    options.dryRun = arguments.isSet(dryRunOption);
    options.rejectsPath = arguments.value(rejectsOption);

    // The header decides the mapping, so it is read once here.
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(Error::Code::Storage, tr("Cannot open %1: %2").arg(path, file.errorString()),
                     QStringLiteral("file"));
    CsvReader reader(&file, options.format);
    if (const Result<void> opened = reader.open(); !opened)
        return opened.error();
    header = reader.header();
    if (header.isEmpty()) {
        QStringList first;
        const Result<bool> read = reader.next(first);
        for (qsizetype i = 0; read.ok() && i < first.size(); ++i)
            header.append(QString());
    }

    if (arguments.isSet(mappingOption)) {
        const Result<ColumnMapping> saved = ColumnMapping::load(arguments.value(mappingOption), header);
        if (!saved)
            return saved.error();
        options.mapping = saved.value();
    } else {
        options.mapping = ColumnMapping::guess(header);
    }
    for (const QString& assignment : arguments.values(mapOption)) {
        if (const Result<void> applied = options.mapping.applyOverride(header, assignment); !applied)
            return applied.error();
    }
    if (const Result<void> checked = options.mapping.check(); !checked)
        return checked.error();
    return options;
}

int ImportCommand::runImport(const QString& path, const QCommandLineParser& arguments, CliContext& context)
{
    CliOutput& output = context.output();
    QStringList header;
    const Result<ImportOptions> options = importOptions(path, arguments, header);
    if (!options)
        return output.failure(options.error());
    // A header guessed from its looks alone may be a token, pass code and all: its cells are not
    // repeated back, on screen or in JSON a script may log.
    const bool maybeARow
        = options->format.hasHeader && !arguments.isSet(headerOption) && !ColumnMapping::namesAField(header);
    // A column no field was found for is left out; said before the import, not found out after it.
    QStringList ignoredNames;
    QJsonArray ignored;
    for (int column = 0; column < header.size(); ++column) {
        if (!options->mapping.target(column).isEmpty())
            continue;
        const QString name = maybeARow ? QString() : header.at(column).trimmed();
        ignoredNames.append(name.isEmpty() ? tr("column %1").arg(column + 1) : name);
        ignored.append(QJsonObject { { QStringLiteral("column"), column + 1 },
                                     { QStringLiteral("header"), name.isEmpty() ? QJsonValue() : name } });
    }
    if (!output.isJson()) {
        // How the file is read is said first: a wrong guess shows before the rows do.
        QTextStream err(stderr);
        err << formatText(options->format) << '\n';
        if (maybeARow)
            err << tr("The first line was taken for a header, though none of its cells names a token field; "
                      "if it holds a token, import with --header no")
                << '\n';
        if (!ignored.isEmpty())
            err << tr("Not imported: %1 (map a column with --map COLUMN=FIELD)")
                       .arg(ignoredNames.join(QLatin1String(", ")))
                << '\n';
    }
    const Result<TokenService*> service = context.service();
    if (!service)
        return output.failure(service.error());

    auto job = std::make_shared<ImportJob>(options.value());
    // Progress for a person at a terminal, from the store's thread; never into a pipe or a file.
    if (!output.isJson() && isatty(STDERR_FILENO)) {
        QObject::connect(
            job.get(), &ImportJob::progressed, job.get(),
            [](const ImportProgress& progress) {
                QTextStream err(stderr);
                // Padded, so a shorter line covers the one it overwrites.
                err << '\r' << ImportJob::progressText(progress) << "   ";
                err.flush();
            },
            Qt::DirectConnection);
    }
    const ImportReport report = CliContext::wait(
        service.value()->withStore<ImportReport>([job](TokenStore& store) { return job->run(store); }));
    if (report.created + report.updated > 0)
        service.value()->announceChanges({});

    if (output.isJson()) {
        // The refused rows go in the summary too: stderr holds nothing but the JSON of a failure.
        QJsonArray errors;
        for (const ImportRowError& error : report.errors)
            errors.append(QJsonObject { { QStringLiteral("line"), error.line },
                                        { QStringLiteral("field"), error.field },
                                        { QStringLiteral("message"), error.message } });
        output.printJson(QJsonObject { { QStringLiteral("imported"), report.created },
                                       { QStringLiteral("updated"), report.updated },
                                       { QStringLiteral("unchanged"), report.unchanged },
                                       { QStringLiteral("skipped"), report.skipped },
                                       { QStringLiteral("rejected"), report.rejected },
                                       { QStringLiteral("dry_run"), report.dryRun },
                                       { QStringLiteral("cancelled"), report.cancelled },
                                       { QStringLiteral("errors"), errors },
                                       { QStringLiteral("ignored_columns"), ignored },
                                       { QStringLiteral("encoding"), options->format.encoding },
                                       { QStringLiteral("delimiter"), QString(options->format.delimiter) },
                                       { QStringLiteral("header"), options->format.hasHeader },
                                       { QStringLiteral("seconds"), report.seconds } });
    } else {
        if (isatty(STDERR_FILENO))
            QTextStream(stderr) << '\n';
        const QString summary = report.dryRun
            ? tr("Dry run: %1 would be created, %2 updated, %3 unchanged, %4 skipped (no values), "
                 "%5 rejected; nothing was written to the store.")
            : tr("Imported %1, updated %2, unchanged %3, skipped %4 (no values), rejected %5.");
        output.printLine(summary.arg(report.created)
                             .arg(report.updated)
                             .arg(report.unchanged)
                             .arg(report.skipped)
                             .arg(report.rejected)
                         + QLatin1Char(' ') + tr("%1 s").arg(report.seconds, 0, 'f', 2));
        if (report.cancelled)
            output.printLine(tr("The import was cancelled."));
        if (!report.rejectsPath.isEmpty() && report.rejected > 0) {
            // An atomic import wrote nothing: fixing the refused rows alone and importing them
            // would leave out every good row of the file.
            if (report.dryRun || options->mode == ImportOptions::Mode::SkipInvalid)
                output.printLine(tr("Refused rows are in %1").arg(report.rejectsPath));
            else
                output.printLine(
                    tr("Nothing was imported. The refused rows are listed in %1: fix them in %2 and "
                       "import that file again.")
                        .arg(report.rejectsPath, path));
        }
        QTextStream err(stderr);
        for (const ImportRowError& error : report.errors)
            err << error.text() << '\n';
        if (report.rejected > report.errors.size())
            err << tr("... and %1 more refused rows").arg(report.rejected - report.errors.size()) << '\n';
    }
    if (report.failure.isError())
        return output.failure(report.failure);
    return report.complete() ? CliSuccess : CliFailure;
}

int ImportCommand::listImports(const QCommandLineParser& arguments, CliContext& context)
{
    CliOutput& output = context.output();
    if (!arguments.positionalArguments().isEmpty())
        return output.usage(tr("imports takes no arguments"));
    const Result<TokenService*> service = context.service();
    if (!service)
        return output.failure(service.error());
    const Result<QList<ImportRecord>> records = CliContext::wait(service.value()->imports(1000));
    if (!records)
        return output.failure(records.error());
    if (output.isJson()) {
        QJsonArray array;
        for (const ImportRecord& record : records.value())
            array.append(QJsonObject {
                { QStringLiteral("id"), record.id },
                { QStringLiteral("started_at"), record.startedAt.toString(Qt::ISODateWithMs) },
                { QStringLiteral("finished_at"),
                  record.finishedAt.isValid() ? QJsonValue(record.finishedAt.toString(Qt::ISODateWithMs))
                                              : QJsonValue() },
                { QStringLiteral("user"), record.user },
                { QStringLiteral("unit"), record.unit },
                { QStringLiteral("file"), record.fileName },
                { QStringLiteral("mapping"), record.mapping },
                { QStringLiteral("mode"), record.mode },
                { QStringLiteral("created"), record.created },
                { QStringLiteral("updated"), record.updated },
                { QStringLiteral("unchanged"), record.unchanged },
                { QStringLiteral("rejected"), record.rejected },
                { QStringLiteral("errors"), record.errors },
                { QStringLiteral("status"), record.status },
            });
        output.printJson(array);
        return CliSuccess;
    }
    QList<QStringList> rows;
    for (const ImportRecord& record : records.value())
        rows.append({ QString::number(record.id), record.startedAt.toLocalTime().toString(Qt::ISODate),
                      record.user, record.fileName, record.mode, QString::number(record.created),
                      QString::number(record.updated), QString::number(record.unchanged),
                      QString::number(record.rejected), record.status });
    output.printTable({ tr("ID"), tr("Started"), tr("User"), tr("File"), tr("Mode"), tr("Created"),
                        tr("Updated"), tr("Unchanged"), tr("Rejected"), tr("Status") },
                      rows);
    return CliSuccess;
}

int ImportCommand::undo(const QCommandLineParser& arguments, CliContext& context)
{
    CliOutput& output = context.output();
    bool ok = false;
    const qint64 id = arguments.value(undoOption).toLongLong(&ok);
    if (!ok || id <= 0)
        return output.usage(
            tr("--undo needs the number of an import, not \"%1\"").arg(arguments.value(undoOption)));
    if (!arguments.positionalArguments().isEmpty())
        return output.usage(tr("import --undo takes no FILE"));
    const Result<TokenService*> service = context.service();
    if (!service)
        return output.failure(service.error());
    const Result<ImportRecord> undone = CliContext::wait(service.value()->undoImport(id));
    if (!undone)
        return output.failure(undone.error());
    if (output.isJson())
        output.printJson(QJsonObject { { QStringLiteral("id"), undone->id },
                                       { QStringLiteral("deleted"), undone->created },
                                       { QStringLiteral("restored"), undone->updated },
                                       { QStringLiteral("status"), undone->status } });
    else
        output.printLine(tr("Import %1 undone: %2, %3 restored.")
                             .arg(undone->id)
                             .arg(tr("%n token(s) deleted", nullptr, int(undone->created)))
                             .arg(undone->updated));
    return CliSuccess;
}
