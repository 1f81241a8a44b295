#pragma once

#include "CliCommand.h"

#include <QCoreApplication>

// The local directory of accounts receivable and reward participants that tokens refer to:
// `accounts add|list` and `participants add|list`.
class DirectoryCommands : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(DirectoryCommands)

public:
    QList<CliCommandSpec> commands() const override;
    QList<QCommandLineOption> options(const QString& command) const override;
    int run(const QString& command, const QCommandLineParser& arguments, CliContext& context) override;

private:
    int addAccount(const QCommandLineParser& arguments, CliContext& context);
    int listAccounts(const QCommandLineParser& arguments, CliContext& context);
    int addParticipant(const QCommandLineParser& arguments, CliContext& context);
    int listParticipants(const QCommandLineParser& arguments, CliContext& context);
};
