#pragma once

#include "CliCommand.h"

#include <QCoreApplication>

// `export FILE`: the tokens the list filters select, as CSV in UTF-8 with the wire names as
// header; `-` writes to stdout. Secrets are never exported.
class ExportCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(ExportCommand)

public:
    QList<CliCommandSpec> commands() const override;
    QList<QCommandLineOption> options(const QString& command) const override;
    int run(const QString& command, const QCommandLineParser& arguments, CliContext& context) override;
};
