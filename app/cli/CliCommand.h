#pragma once

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QList>
#include <QString>

class CliContext;

// What `tokendesk-cli` exits with; scripts and tests rely on these three values.
enum CliExitCode
{
    CliSuccess = 0,
    // The operation ran and failed (the store refused it, the network was down, ...).
    CliFailure = 1,
    // The command line itself was wrong: nothing was attempted.
    CliUsage = 2,
};

// One line of `--help`: a command word (or two, as in "accounts add"), its arguments and what it does.
struct CliCommandSpec
{
    QString name;
    QString synopsis;
    QString summary;
};

// A group of related commands. CliApplication lists the groups, builds a parser with the options a
// command declares, and hands the parsed arguments to run().
class CliCommand
{
public:
    virtual ~CliCommand() = default;

    virtual QList<CliCommandSpec> commands() const = 0;
    // The options of one of commands(); the global --store, --json and --help are added for all.
    virtual QList<QCommandLineOption> options(const QString& command) const = 0;
    // Runs a command; returns a CliExitCode.
    virtual int run(const QString& command, const QCommandLineParser& arguments, CliContext& context) = 0;
};
