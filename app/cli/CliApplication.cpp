#include "CliApplication.h"

#include "CliContext.h"
#include "CliOutput.h"
#include "ConfigCommands.h"
#include "DemoCommand.h"
#include "DirectoryCommands.h"
#include "ExportCommand.h"
#include "ImportCommand.h"
#include "TokenCommands.h"

#include <QTextStream>
#include <algorithm>
#include <cstdio>

namespace {
const QString jsonOption = QStringLiteral("json");
const QString storeOption = QStringLiteral("store");
const QString helpOption = QStringLiteral("help");

QList<QCommandLineOption> globalOptions()
{
    return {
        { storeOption,
          CliApplication::tr("The store: sqlite:PATH, postgres://USER@HOST:PORT/DB or "
                             "crm+https://USER@HOST/?organisation=ORG."),
          CliApplication::tr("URL") },
        { jsonOption,
          CliApplication::tr("Print results as JSON with the wire field names; errors as JSON on stderr.") },
        { helpOption, CliApplication::tr("Show this help.") },
    };
}

QString optionText(const QCommandLineOption& option)
{
    QString text = QStringLiteral("--") + option.names().first();
    if (!option.valueName().isEmpty())
        text += QLatin1Char(' ') + option.valueName();
    return text;
}

void print(const QString& text)
{
    QTextStream(stdout) << text;
}
} // namespace

CliApplication::CliApplication()
{
    registerCommands();
}

CliApplication::~CliApplication() = default;

// The command table: one line per command group, in the order --help lists them.
void CliApplication::registerCommands()
{
    add<TokenCommands>();
    add<ConfigCommands>();
    add<DirectoryCommands>();
    add<ImportCommand>();
    add<ExportCommand>();
    add<DemoCommand>();
}

int CliApplication::run(const QStringList& arguments)
{
    // Known before anything can go wrong, so even a usage error comes as JSON to a script.
    CliOutput output(arguments.contains(QStringLiteral("--json")));
    QString storeText = qEnvironmentVariable("TOKENDESK_STORE");

    // Global options come before the command; --json and --store are also accepted after it.
    int next = 0;
    for (; next < arguments.size() && arguments.at(next).startsWith(QLatin1Char('-')); ++next) {
        const QString& argument = arguments.at(next);
        if (argument == QLatin1String("--json")) {
            output.setJson(true);
        } else if (argument == QLatin1String("--store")) {
            if (++next == arguments.size())
                return output.usage(tr("--store needs a URL"));
            storeText = arguments.at(next);
        } else if (argument.startsWith(QLatin1String("--store="))) {
            storeText = argument.mid(8);
        } else if (argument == QLatin1String("--version") || argument == QLatin1String("-v")) {
            print(QStringLiteral("tokendesk-cli %1\n").arg(QStringLiteral(TOKENDESK_VERSION)));
            return CliSuccess;
        } else if (argument == QLatin1String("--help") || argument == QLatin1String("-h")) {
            print(helpText());
            return CliSuccess;
        } else {
            return output.usage(tr("Unknown option %1").arg(argument));
        }
    }
    if (next == arguments.size())
        return output.usage(tr("No command given"));

    const Match match = find(arguments.mid(next));
    if (!match.group) {
        const QStringList subcommands = subcommandsOf(arguments.at(next));
        if (!subcommands.isEmpty())
            return output.usage(
                tr("%1 needs one of: %2").arg(arguments.at(next), subcommands.join(QStringLiteral(", "))));
        return output.usage(tr("Unknown command %1").arg(arguments.at(next)));
    }

    const QList<QCommandLineOption> commandOptions = match.group->options(match.spec.name);
    QCommandLineParser parser;
    parser.addOptions(commandOptions);
    parser.addOptions(globalOptions());
    if (!parser.parse(QStringList { QStringLiteral("tokendesk-cli") } + arguments.mid(next + match.words)))
        return output.usage(parser.errorText());
    if (parser.isSet(helpOption)) {
        print(commandHelpText(match.spec, commandOptions));
        return CliSuccess;
    }
    if (parser.isSet(jsonOption))
        output.setJson(true);
    if (parser.isSet(storeOption))
        storeText = parser.value(storeOption);

    StoreUrl url = StoreUrl::defaultSqlite();
    if (!storeText.isEmpty()) {
        const Result<StoreUrl> parsed = StoreUrl::parse(storeText);
        if (!parsed)
            return output.failure(parsed.error());
        url = parsed.value();
    }
    CliContext context(url, output);
    return match.group->run(match.spec.name, parser, context);
}

CliApplication::Match CliApplication::find(const QStringList& words) const
{
    const QString one = words.value(0);
    const QString two = one + QLatin1Char(' ') + words.value(1);
    for (const auto& group : m_commands) {
        for (const CliCommandSpec& spec : group->commands()) {
            if (spec.name == one)
                return { group.get(), spec, 1 };
            if (words.size() > 1 && spec.name == two)
                return { group.get(), spec, 2 };
        }
    }
    return {};
}

QStringList CliApplication::subcommandsOf(const QString& word) const
{
    QStringList subcommands;
    const QString prefix = word + QLatin1Char(' ');
    for (const auto& group : m_commands) {
        for (const CliCommandSpec& spec : group->commands()) {
            if (spec.name.startsWith(prefix))
                subcommands.append(spec.name.mid(prefix.size()));
        }
    }
    return subcommands;
}

QString CliApplication::helpText() const
{
    QString text;
    QTextStream out(&text);
    out << tr("Usage: tokendesk-cli [--store URL] [--json] COMMAND [ARGUMENTS] [OPTIONS]") << "\n\n"
        << tr("Manage CRM.COM access tokens in a TokenDesk store.") << "\n\n"
        << tr("Global options:") << '\n';
    for (const QCommandLineOption& option : globalOptions())
        out << "  " << optionText(option).leftJustified(16) << ' ' << option.description() << '\n';
    out << "  " << QStringLiteral("-v, --version").leftJustified(16) << ' ' << tr("Print the version.")
        << '\n'
        << "  "
        << tr("The store defaults to $TOKENDESK_STORE, else sqlite:%1.").arg(StoreUrl::defaultSqlitePath())
        << "\n\n"
        << tr("Commands:") << '\n';
    for (const auto& group : m_commands) {
        for (const CliCommandSpec& spec : group->commands()) {
            out << "  " << spec.name;
            if (!spec.synopsis.isEmpty())
                out << ' ' << spec.synopsis;
            out << "\n      " << spec.summary << '\n';
        }
    }
    out << '\n'
        << tr("REF names one token: authentication_code:X, id:X, number:N, or identifier:X with its pass "
              "code "
              "in --pass-code P (--current-pass-code P for update, verify and change-pass-code).")
        << '\n'
        << tr("Secrets come from the environment only: TOKENDESK_PASSWORD (PostgreSQL, CRM.COM user) and "
              "TOKENDESK_API_KEY (CRM.COM web API key).")
        << '\n'
        << tr("Exit status: 0 success, 1 the operation failed, 2 the command line is wrong.") << '\n'
        << tr("Run tokendesk-cli COMMAND --help for the options of a command.") << '\n';
    return text;
}

QString CliApplication::commandHelpText(const CliCommandSpec& spec,
                                        const QList<QCommandLineOption>& options) const
{
    QString text;
    QTextStream out(&text);
    out << tr("Usage: tokendesk-cli [--store URL] [--json] %1 %2").arg(spec.name, spec.synopsis).trimmed()
        << "\n\n"
        << spec.summary << '\n';
    if (!options.isEmpty()) {
        qsizetype width = 0;
        for (const QCommandLineOption& option : options)
            width = std::max(width, optionText(option).size());
        out << '\n' << tr("Options:") << '\n';
        for (const QCommandLineOption& option : options)
            out << "  " << optionText(option).leftJustified(width) << "  " << option.description() << '\n';
    }
    return text;
}
