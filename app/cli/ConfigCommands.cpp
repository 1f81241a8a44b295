#include "ConfigCommands.h"

#include "CliContext.h"
#include "TokenJson.h"

#include <QJsonArray>
#include <QJsonObject>

namespace {
Result<TokenSettings> loadSettings(CliContext& context)
{
    const Result<TokenService*> service = context.service();
    if (!service)
        return service.error();
    return CliContext::wait(service.value()->settings());
}
} // namespace

QList<CliCommandSpec> ConfigCommands::commands() const
{
    return {
        { QStringLiteral("config show"), QString(),
          tr("Print the access token definition as KEY=VALUE lines.") },
        { QStringLiteral("config set"), tr("KEY=VALUE..."),
          tr("Change settings of the definition (all or nothing).") },
        { QStringLiteral("classifications"), QString(), tr("List the classifications.") },
    };
}

QList<QCommandLineOption> ConfigCommands::options(const QString&) const
{
    return {};
}

int ConfigCommands::run(const QString& command, const QCommandLineParser& arguments, CliContext& context)
{
    if (command == QLatin1String("config set"))
        return set(arguments, context);
    if (!arguments.positionalArguments().isEmpty())
        return context.output().usage(
            tr("%1 takes no arguments, not \"%2\"").arg(command, arguments.positionalArguments().first()));
    if (command == QLatin1String("config show"))
        return show(arguments, context);
    return classifications(arguments, context);
}

int ConfigCommands::show(const QCommandLineParser&, CliContext& context)
{
    const Result<TokenSettings> settings = loadSettings(context);
    if (!settings)
        return context.output().failure(settings.error());
    const QStringList lines = settings->toKeyValues();
    if (context.output().isJson()) {
        QJsonObject object;
        for (const QString& line : lines) {
            const qsizetype equals = line.indexOf(QLatin1Char('='));
            object.insert(line.left(equals), line.mid(equals + 1));
        }
        context.output().printJson(object);
        return CliSuccess;
    }
    for (const QString& line : lines)
        context.output().printLine(line);
    return CliSuccess;
}

int ConfigCommands::set(const QCommandLineParser& arguments, CliContext& context)
{
    const QStringList assignments = arguments.positionalArguments();
    if (assignments.isEmpty())
        return context.output().usage(tr("config set needs KEY=VALUE; the keys are: %1")
                                          .arg(TokenSettings::keys().join(QStringLiteral(", "))));
    for (const QString& assignment : assignments) {
        if (assignment.indexOf(QLatin1Char('=')) <= 0)
            return context.output().usage(tr("config set needs KEY=VALUE, not \"%1\"").arg(assignment));
    }

    Result<TokenSettings> settings = loadSettings(context);
    if (!settings)
        return context.output().failure(settings.error());
    TokenSettings changed = settings.value();
    // Every assignment is checked before anything is saved, so a bad one changes nothing.
    for (const QString& assignment : assignments) {
        const qsizetype equals = assignment.indexOf(QLatin1Char('='));
        const Result<void> set
            = changed.setKeyValue(assignment.left(equals).trimmed(), assignment.mid(equals + 1));
        if (!set)
            return context.output().failure(set.error());
    }
    const Result<void> saved = CliContext::wait(context.service().value()->saveSettings(changed));
    if (!saved)
        return context.output().failure(saved.error());
    return show(arguments, context);
}

int ConfigCommands::classifications(const QCommandLineParser&, CliContext& context)
{
    const Result<TokenSettings> settings = loadSettings(context);
    if (!settings)
        return context.output().failure(settings.error());
    if (context.output().isJson()) {
        QJsonArray array;
        for (const Classification& classification : settings->classifications)
            array.append(TokenJson::classificationToJson(classification));
        context.output().printJson(array);
        return CliSuccess;
    }
    QList<QStringList> rows;
    for (const Classification& c : settings->classifications)
        rows.append({ c.name, c.id, c.alternativeCode, c.rules.verificationRequired ? tr("yes") : tr("no"),
                      c.description });
    context.output().printTable(
        { tr("name"), tr("id"), tr("alternative_code"), tr("verification_required"), tr("description") },
        rows);
    return CliSuccess;
}
