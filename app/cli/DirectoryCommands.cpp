#include "DirectoryCommands.h"

#include "CliContext.h"

#include <QJsonArray>
#include <QJsonObject>

namespace {
QJsonObject toJson(const AccountsReceivable& account)
{
    return { { QStringLiteral("id"), account.id },
             { QStringLiteral("number"), account.number },
             { QStringLiteral("name"), account.name },
             { QStringLiteral("life_cycle_state"), account.lifeCycleState },
             { QStringLiteral("account_owner"),
               QJsonObject { { QStringLiteral("name"), account.ownerName } } } };
}

QJsonObject toJson(const RewardParticipant& participant)
{
    return { { QStringLiteral("id"), participant.id },
             { QStringLiteral("number"), participant.number },
             { QStringLiteral("life_cycle_state"), participant.lifeCycleState } };
}

// --search and --limit of the two list commands; -1 for a bad limit.
int limitOf(const QCommandLineParser& arguments)
{
    if (!arguments.isSet(QStringLiteral("limit")))
        return 100;
    bool ok = false;
    const int limit = arguments.value(QStringLiteral("limit")).toInt(&ok);
    return ok && limit > 0 ? limit : -1;
}
} // namespace

QList<CliCommandSpec> DirectoryCommands::commands() const
{
    return {
        { QStringLiteral("accounts add"), tr("--number N --name NAME [--owner NAME] [--state S]"),
          tr("Add an accounts receivable to the directory.") },
        { QStringLiteral("accounts list"), tr("[--search PREFIX] [--limit N]"),
          tr("List accounts receivable.") },
        { QStringLiteral("participants add"), tr("--number N [--state S]"),
          tr("Add a reward participant to the directory.") },
        { QStringLiteral("participants list"), tr("[--search PREFIX] [--limit N]"),
          tr("List reward participants.") },
    };
}

QList<QCommandLineOption> DirectoryCommands::options(const QString& command) const
{
    if (command.endsWith(QLatin1String(" list")))
        return { { QStringLiteral("search"), tr("Prefix of the number (or, for accounts, the name)."),
                   tr("PREFIX") },
                 { QStringLiteral("limit"), tr("At most N entries (default 100)."), tr("N") } };
    QList<QCommandLineOption> options = {
        { QStringLiteral("number"), tr("The number, unique in the directory."), tr("N") },
        { QStringLiteral("state"), tr("Life cycle state (default ACTIVE)."), tr("S") },
    };
    if (command == QLatin1String("accounts add")) {
        options.append({ QStringLiteral("name"), tr("The account's name."), tr("NAME") });
        options.append({ QStringLiteral("owner"), tr("The account owner's name."), tr("NAME") });
    }
    return options;
}

int DirectoryCommands::run(const QString& command, const QCommandLineParser& arguments, CliContext& context)
{
    if (!arguments.positionalArguments().isEmpty())
        return context.output().usage(
            tr("%1 takes options only, not \"%2\"").arg(command, arguments.positionalArguments().first()));
    if (command == QLatin1String("accounts add"))
        return addAccount(arguments, context);
    if (command == QLatin1String("accounts list"))
        return listAccounts(arguments, context);
    if (command == QLatin1String("participants add"))
        return addParticipant(arguments, context);
    return listParticipants(arguments, context);
}

int DirectoryCommands::addAccount(const QCommandLineParser& arguments, CliContext& context)
{
    AccountsReceivable account;
    account.number = arguments.value(QStringLiteral("number")).trimmed();
    account.name = arguments.value(QStringLiteral("name")).trimmed();
    account.ownerName = arguments.value(QStringLiteral("owner")).trimmed();
    account.lifeCycleState = arguments.isSet(QStringLiteral("state"))
        ? arguments.value(QStringLiteral("state"))
        : QStringLiteral("ACTIVE");
    if (account.number.isEmpty() || account.name.isEmpty())
        return context.output().usage(tr("accounts add needs --number N and --name NAME"));
    const Result<TokenService*> service = context.service();
    if (!service)
        return context.output().failure(service.error());
    const Result<AccountsReceivable> added = CliContext::wait(service.value()->addAccount(account));
    if (!added)
        return context.output().failure(added.error());
    if (context.output().isJson())
        context.output().printJson(toJson(added.value()));
    else
        context.output().printMessage(
            tr("Added accounts receivable %1 \"%2\".").arg(added->number, added->name));
    return CliSuccess;
}

int DirectoryCommands::listAccounts(const QCommandLineParser& arguments, CliContext& context)
{
    const int limit = limitOf(arguments);
    if (limit < 0)
        return context.output().usage(tr("--limit needs a positive number"));
    const Result<TokenService*> service = context.service();
    if (!service)
        return context.output().failure(service.error());
    const Result<QList<AccountsReceivable>> accounts
        = CliContext::wait(service.value()->accounts(arguments.value(QStringLiteral("search")), limit));
    if (!accounts)
        return context.output().failure(accounts.error());
    if (context.output().isJson()) {
        QJsonArray array;
        for (const AccountsReceivable& account : accounts.value())
            array.append(toJson(account));
        context.output().printJson(array);
        return CliSuccess;
    }
    QList<QStringList> rows;
    for (const AccountsReceivable& a : accounts.value())
        rows.append({ a.number, a.name, a.ownerName, a.lifeCycleState });
    context.output().printTable({ tr("number"), tr("name"), tr("owner"), tr("life_cycle_state") }, rows);
    return CliSuccess;
}

int DirectoryCommands::addParticipant(const QCommandLineParser& arguments, CliContext& context)
{
    RewardParticipant participant;
    participant.number = arguments.value(QStringLiteral("number")).trimmed();
    participant.lifeCycleState = arguments.isSet(QStringLiteral("state"))
        ? arguments.value(QStringLiteral("state"))
        : QStringLiteral("ACTIVE");
    if (participant.number.isEmpty())
        return context.output().usage(tr("participants add needs --number N"));
    const Result<TokenService*> service = context.service();
    if (!service)
        return context.output().failure(service.error());
    const Result<RewardParticipant> added = CliContext::wait(service.value()->addParticipant(participant));
    if (!added)
        return context.output().failure(added.error());
    if (context.output().isJson())
        context.output().printJson(toJson(added.value()));
    else
        context.output().printMessage(tr("Added reward participant %1.").arg(added->number));
    return CliSuccess;
}

int DirectoryCommands::listParticipants(const QCommandLineParser& arguments, CliContext& context)
{
    const int limit = limitOf(arguments);
    if (limit < 0)
        return context.output().usage(tr("--limit needs a positive number"));
    const Result<TokenService*> service = context.service();
    if (!service)
        return context.output().failure(service.error());
    const Result<QList<RewardParticipant>> participants
        = CliContext::wait(service.value()->participants(arguments.value(QStringLiteral("search")), limit));
    if (!participants)
        return context.output().failure(participants.error());
    if (context.output().isJson()) {
        QJsonArray array;
        for (const RewardParticipant& participant : participants.value())
            array.append(toJson(participant));
        context.output().printJson(array);
        return CliSuccess;
    }
    QList<QStringList> rows;
    for (const RewardParticipant& p : participants.value())
        rows.append({ p.number, p.id, p.lifeCycleState });
    context.output().printTable({ tr("number"), tr("id"), tr("life_cycle_state") }, rows);
    return CliSuccess;
}
