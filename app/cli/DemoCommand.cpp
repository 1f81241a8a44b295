#include "DemoCommand.h"

#include "CliContext.h"
#include "DemoDataGenerator.h"

#include <QElapsedTimer>
#include <QJsonObject>

QList<CliCommandSpec> DemoCommand::commands() const
{
    return { { QStringLiteral("demo"), tr("--count N [--seed S]"),
               tr("Add demo classifications, accounts, participants and N tokens.") } };
}

QList<QCommandLineOption> DemoCommand::options(const QString&) const
{
    return { { QStringLiteral("count"), tr("How many tokens to create."), tr("N") },
             { QStringLiteral("seed"),
               tr("The same seed gives the same data (default %1).").arg(DemoDataGenerator::defaultSeed),
               tr("S") } };
}

int DemoCommand::run(const QString&, const QCommandLineParser& arguments, CliContext& context)
{
    if (!arguments.positionalArguments().isEmpty())
        return context.output().usage(
            tr("demo takes options only, not \"%1\"").arg(arguments.positionalArguments().first()));
    bool ok = false;
    const int count = arguments.value(QStringLiteral("count")).toInt(&ok);
    if (!ok || count < 0)
        return context.output().usage(tr("demo needs --count N with N a number of tokens"));
    quint32 seed = DemoDataGenerator::defaultSeed;
    if (arguments.isSet(QStringLiteral("seed"))) {
        seed = arguments.value(QStringLiteral("seed")).toUInt(&ok);
        if (!ok)
            return context.output().usage(tr("--seed needs a non-negative number"));
    }

    const Result<TokenService*> service = context.service();
    if (!service)
        return context.output().failure(service.error());
    QElapsedTimer timer;
    timer.start();
    const Result<DemoDataGenerator::Summary> summary
        = CliContext::wait(DemoDataGenerator::run(*service.value(), count, seed));
    if (!summary)
        return context.output().failure(summary.error());
    const DemoDataGenerator::Summary& s = summary.value();
    if (context.output().isJson()) {
        context.output().printJson(
            QJsonObject { { QStringLiteral("classifications_added"), s.classificationsAdded },
                          { QStringLiteral("accounts_added"), s.accountsAdded },
                          { QStringLiteral("participants_added"), s.participantsAdded },
                          { QStringLiteral("tokens"), s.tokens },
                          { QStringLiteral("pending_verification"), s.pendingVerification },
                          { QStringLiteral("not_effective"), s.notEffective },
                          { QStringLiteral("with_pass_code"), s.withPassCode } });
        return CliSuccess;
    }
    context.output().printLine(
        tr("Added %1 classifications, %2 accounts receivable and %3 reward participants.")
            .arg(s.classificationsAdded)
            .arg(s.accountsAdded)
            .arg(s.participantsAdded));
    context.output().printLine(
        tr("Created %1 tokens in %2 s: %3 EFFECTIVE, %4 PENDING_VERIFICATION, %5 NOT_EFFECTIVE; %6 with an "
           "e-mail identifier and pass code.")
            .arg(s.tokens)
            .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1)
            .arg(s.tokens - s.pendingVerification - s.notEffective)
            .arg(s.pendingVerification)
            .arg(s.notEffective)
            .arg(s.withPassCode));
    return CliSuccess;
}
