#pragma once

#include "CliCommand.h"
#include "Result.h"
#include "TokenRef.h"

#include <QCoreApplication>

// The token operations of spec §3: create, show, update, delete, the life cycle changes, the
// pass code and verification code operations, one-time passwords, and list.
class TokenCommands : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(TokenCommands)

public:
    QList<CliCommandSpec> commands() const override;
    QList<QCommandLineOption> options(const QString& command) const override;
    int run(const QString& command, const QCommandLineParser& arguments, CliContext& context) override;

private:
    int create(const QCommandLineParser& arguments, CliContext& context);
    int show(const QCommandLineParser& arguments, CliContext& context);
    int update(const QCommandLineParser& arguments, CliContext& context);
    int remove(const QCommandLineParser& arguments, CliContext& context);
    int setEffective(const QCommandLineParser& arguments, CliContext& context);
    int setNotEffective(const QCommandLineParser& arguments, CliContext& context);
    int verify(const QCommandLineParser& arguments, CliContext& context);
    int resetVerificationCode(const QCommandLineParser& arguments, CliContext& context);
    int resetPassCode(const QCommandLineParser& arguments, CliContext& context);
    int forgotPassCode(const QCommandLineParser& arguments, CliContext& context);
    int changePassCode(const QCommandLineParser& arguments, CliContext& context);
    int generateOtp(const QCommandLineParser& arguments, CliContext& context);
    int list(const QCommandLineParser& arguments, CliContext& context);

    // The one REF argument; passCodeOption names the option that carries the pass code of an
    // identifier reference.
    static Result<TokenRef> reference(const QCommandLineParser& arguments, const QString& passCodeOption);
};
