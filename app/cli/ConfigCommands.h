#pragma once

#include "CliCommand.h"

#include <QCoreApplication>

// The configuration of spec §2: `config show`, `config set KEY=VALUE...` and `classifications`.
class ConfigCommands : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(ConfigCommands)

public:
    QList<CliCommandSpec> commands() const override;
    QList<QCommandLineOption> options(const QString& command) const override;
    int run(const QString& command, const QCommandLineParser& arguments, CliContext& context) override;

private:
    int show(const QCommandLineParser& arguments, CliContext& context);
    int set(const QCommandLineParser& arguments, CliContext& context);
    int classifications(const QCommandLineParser& arguments, CliContext& context);
};
