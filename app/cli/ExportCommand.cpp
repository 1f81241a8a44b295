#include "ExportCommand.h"

#include "CliContext.h"
#include "ListOptions.h"
#include "TokenExporter.h"

#include <QFile>
#include <QJsonObject>
#include <QSaveFile>

namespace {
const QString columnsOption = QStringLiteral("columns");
const QString byteOrderMarkOption = QStringLiteral("bom");
} // namespace

QList<CliCommandSpec> ExportCommand::commands() const
{
    return { { QStringLiteral("export"), tr("FILE [LIST FILTERS] [--columns FIELD,...] [--bom]"),
               tr("Export the tokens the filters select to a CSV file (UTF-8, wire names as header).") } };
}

QList<QCommandLineOption> ExportCommand::options(const QString& command) const
{
    Q_UNUSED(command)
    QList<QCommandLineOption> options = ListOptions(ListOptions::Paging::Excluded).options();
    options.append(
        { columnsOption,
          tr("The columns, comma-separated wire names or custom:NAME (default: every standard field; custom "
             "fields only when named)."),
          tr("LIST") });
    options.append({ byteOrderMarkOption,
                     tr("Start the file with a UTF-8 byte order mark, without which Excel reads it in the "
                        "system's code page.") });
    return options;
}

int ExportCommand::run(const QString& command, const QCommandLineParser& arguments, CliContext& context)
{
    Q_UNUSED(command)
    CliOutput& output = context.output();
    const QStringList files = arguments.positionalArguments();
    if (files.size() != 1)
        return output.usage(tr("export needs exactly one FILE (or - for stdout)"));
    const Result<TokenQuery> query = ListOptions(ListOptions::Paging::Excluded).query(arguments);
    if (!query)
        return output.failure(query.error());
    QStringList columns = TokenExporter::defaultColumns();
    if (arguments.isSet(columnsOption)) {
        columns.clear();
        for (const QString& column :
             arguments.value(columnsOption).split(QLatin1Char(','), Qt::SkipEmptyParts))
            columns.append(column.trimmed());
    }
    if (const Result<void> checked = TokenExporter::checkColumns(columns); !checked)
        return output.failure(checked.error());
    const Result<TokenService*> service = context.service();
    if (!service)
        return output.failure(service.error());

    const QString path = files.first();
    const bool toStdout = path == QLatin1String("-");
    // A file is written under a temporary name and renamed at the end: a failed export leaves no
    // half-written file where the last good one was.
    QSaveFile file(path);
    QFile standardOutput;
    QIODevice* device = &file;
    if (toStdout) {
        if (!standardOutput.open(stdout, QIODevice::WriteOnly))
            return output.failure(Error(Error::Code::Storage, tr("Cannot write to stdout")));
        device = &standardOutput;
    } else if (!file.open(QIODevice::WriteOnly)) {
        return output.failure(Error(Error::Code::Storage,
                                    tr("Cannot write %1: %2").arg(path, file.errorString()),
                                    QStringLiteral("file")));
    }
    const TokenQuery selected = query.value();
    const bool mark = arguments.isSet(byteOrderMarkOption);
    const Result<qint64> written = CliContext::wait(
        service.value()->withStore<Result<qint64>>([&selected, &columns, device, mark](TokenStore& store) {
            return TokenExporter::exportTo(store, selected, columns, device, nullptr, mark);
        }));
    if (!written) {
        if (!toStdout)
            file.cancelWriting();
        return output.failure(written.error());
    }
    if (!toStdout && !file.commit())
        return output.failure(Error(Error::Code::Storage,
                                    tr("Cannot write %1: %2").arg(path, file.errorString()),
                                    QStringLiteral("file")));
    if (toStdout)
        return CliSuccess;
    if (output.isJson())
        output.printJson(QJsonObject { { QStringLiteral("exported"), written.value() },
                                       { QStringLiteral("file"), path } });
    else
        output.printLine(tr("Exported %n token(s) to %1", nullptr, int(written.value())).arg(path));
    return CliSuccess;
}
