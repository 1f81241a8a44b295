#pragma once

#include "CliCommand.h"

#include <QCoreApplication>
#include <QStringList>
#include <memory>
#include <vector>

class CliOutput;

// The command line as a whole: global options (--store, --json, --version, --help), the table
// of commands, dispatch, and the exit code.
class CliApplication
{
    Q_DECLARE_TR_FUNCTIONS(CliApplication)

public:
    CliApplication();
    ~CliApplication();

    // arguments without the program name; returns the process exit code.
    int run(const QStringList& arguments);

private:
    struct Match
    {
        CliCommand* group = nullptr;
        CliCommandSpec spec;
        // How many words of the command line the command name took.
        int words = 0;
    };

    void registerCommands();
    template<typename Command> void add() { m_commands.push_back(std::make_unique<Command>()); }

    Match find(const QStringList& words) const;
    QStringList subcommandsOf(const QString& word) const;
    QString helpText() const;
    QString commandHelpText(const CliCommandSpec& spec, const QList<QCommandLineOption>& options) const;

    std::vector<std::unique_ptr<CliCommand>> m_commands;
};
