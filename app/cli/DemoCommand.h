#pragma once

#include "CliCommand.h"

#include <QCoreApplication>

// `demo --count N [--seed S]`: fills the store with realistic demo data (DemoDataGenerator).
class DemoCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(DemoCommand)

public:
    QList<CliCommandSpec> commands() const override;
    QList<QCommandLineOption> options(const QString& command) const override;
    int run(const QString& command, const QCommandLineParser& arguments, CliContext& context) override;
};
