#include "TokenCommands.h"

#include "CliContext.h"
#include "ListOptions.h"
#include "TokenPatchOptions.h"

#include <QJsonObject>

namespace {
using Handler = int (TokenCommands::*)(const QCommandLineParser&, CliContext&);

const QString passCodeOption = QStringLiteral("pass-code");
const QString currentPassCodeOption = QStringLiteral("current-pass-code");

QCommandLineOption refPassCode()
{
    return { passCodeOption, TokenCommands::tr("The pass code of an identifier:X reference."),
             TokenCommands::tr("CODE") };
}

QCommandLineOption currentPassCode(const QString& description)
{
    return { currentPassCodeOption, description, TokenCommands::tr("CODE") };
}

// Runs a service call on the opened store and prints its result, or reports why it failed.
template<typename T, typename Call, typename Print> int execute(CliContext& context, Call call, Print print)
{
    const Result<TokenService*> service = context.service();
    if (!service)
        return context.output().failure(service.error());
    const Result<T> result = CliContext::wait(call(*service.value()));
    if (!result)
        return context.output().failure(result.error());
    print(result.value());
    return CliSuccess;
}
} // namespace

QList<CliCommandSpec> TokenCommands::commands() const
{
    return {
        { QStringLiteral("create"), tr("[FIELD OPTIONS]"),
          tr("Create a token; prints it and any generated code once.") },
        { QStringLiteral("show"), tr("REF [--pass-code P]"), tr("Show one token.") },
        { QStringLiteral("update"), tr("REF [FIELD OPTIONS] [--expect-version N] [--current-pass-code P]"),
          tr("Change fields of a token; left-out fields stay as they are.") },
        { QStringLiteral("delete"), tr("REF"), tr("Delete a NOT_EFFECTIVE token.") },
        { QStringLiteral("set-effective"), tr("REF"), tr("NOT_EFFECTIVE -> EFFECTIVE.") },
        { QStringLiteral("set-not-effective"), tr("REF"), tr("EFFECTIVE -> NOT_EFFECTIVE.") },
        { QStringLiteral("verify"), tr("REF --verification-code C [--pass-code P]"),
          tr("PENDING_VERIFICATION -> EFFECTIVE; --pass-code sets the pass code.") },
        { QStringLiteral("reset-verification-code"), tr("REF"),
          tr("Issue a new verification code (printed once).") },
        { QStringLiteral("reset-pass-code"), tr("REF"), tr("Issue a random pass code (printed once).") },
        { QStringLiteral("forgot-pass-code"), tr("IDENTIFIER"), tr("Queue a pass code reset e-mail.") },
        { QStringLiteral("change-pass-code"), tr("REF --current-pass-code P --pass-code NEW"),
          tr("Change the pass code.") },
        { QStringLiteral("generate-otp"), tr("REF"), tr("Issue a one-time password (printed once).") },
        { QStringLiteral("list"),
          tr("[--account N | --participant N | --not-associated] [--classification NAME] [--state STATE] "
             "[--search TEXT] [--sort FIELD[:desc]] [--limit N] [--offset N]"),
          tr("List tokens.") },
    };
}

QList<QCommandLineOption> TokenCommands::options(const QString& command) const
{
    if (command == QLatin1String("create"))
        return TokenPatchOptions(TokenPatchOptions::Purpose::Create).options();
    if (command == QLatin1String("update")) {
        QList<QCommandLineOption> options = TokenPatchOptions(TokenPatchOptions::Purpose::Update).options();
        options.append(
            currentPassCode(tr("The pass code of an identifier:X reference (--pass-code is the new one).")));
        return options;
    }
    if (command == QLatin1String("verify"))
        return { { QStringLiteral("verification-code"), tr("The code sent to the customer."), tr("CODE") },
                 { passCodeOption, tr("The pass code the token gets."), tr("CODE") },
                 currentPassCode(tr("The pass code of an identifier:X reference.")) };
    if (command == QLatin1String("change-pass-code"))
        return { currentPassCode(tr("The token's current pass code.")),
                 { passCodeOption, tr("The new pass code."), tr("CODE") } };
    if (command == QLatin1String("list"))
        return ListOptions(ListOptions::Paging::Included).options();
    if (command == QLatin1String("forgot-pass-code"))
        return {};
    return { refPassCode() };
}

int TokenCommands::run(const QString& command, const QCommandLineParser& arguments, CliContext& context)
{
    static const QList<QPair<QString, Handler>> handlers = {
        { QStringLiteral("create"), &TokenCommands::create },
        { QStringLiteral("show"), &TokenCommands::show },
        { QStringLiteral("update"), &TokenCommands::update },
        { QStringLiteral("delete"), &TokenCommands::remove },
        { QStringLiteral("set-effective"), &TokenCommands::setEffective },
        { QStringLiteral("set-not-effective"), &TokenCommands::setNotEffective },
        { QStringLiteral("verify"), &TokenCommands::verify },
        { QStringLiteral("reset-verification-code"), &TokenCommands::resetVerificationCode },
        { QStringLiteral("reset-pass-code"), &TokenCommands::resetPassCode },
        { QStringLiteral("forgot-pass-code"), &TokenCommands::forgotPassCode },
        { QStringLiteral("change-pass-code"), &TokenCommands::changePassCode },
        { QStringLiteral("generate-otp"), &TokenCommands::generateOtp },
        { QStringLiteral("list"), &TokenCommands::list },
    };
    for (const auto& handler : handlers) {
        if (handler.first == command)
            return (this->*handler.second)(arguments, context);
    }
    return context.output().usage(tr("Unknown command %1").arg(command));
}

Result<TokenRef> TokenCommands::reference(const QCommandLineParser& arguments, const QString& passCodeOption)
{
    const QStringList positional = arguments.positionalArguments();
    if (positional.isEmpty())
        return Error(
            Error::Code::Usage,
            tr("A token reference is missing: authentication_code:X, identifier:X, id:X or number:N"),
            QStringLiteral("reference"));
    if (positional.size() > 1)
        return Error(Error::Code::Usage, tr("Unexpected argument \"%1\"").arg(positional.at(1)));
    Result<TokenRef> ref = TokenRef::parse(positional.first());
    if (!ref)
        return ref;
    // Both kinds of store find a token by identifier only together with its pass code.
    if (ref->kind() == TokenRef::Kind::Identifier && arguments.value(passCodeOption).isEmpty())
        return Error(
            Error::Code::Usage,
            tr("An identifier:X reference needs the token's pass code: add --%1 P").arg(passCodeOption),
            passCodeOption);
    ref->setPassCode(arguments.value(passCodeOption));
    return ref;
}

int TokenCommands::create(const QCommandLineParser& arguments, CliContext& context)
{
    if (!arguments.positionalArguments().isEmpty())
        return context.output().usage(
            tr("create takes options only, not \"%1\"").arg(arguments.positionalArguments().first()));
    const Result<TokenPatch> patch = TokenPatchOptions(TokenPatchOptions::Purpose::Create).patch(arguments);
    if (!patch)
        return context.output().failure(patch.error());
    return execute<TokenResult>(
        context, [&](TokenService& s) { return s.create(patch.value()); },
        [&](const TokenResult& result) { context.output().printTokenResult(result); });
}

int TokenCommands::show(const QCommandLineParser& arguments, CliContext& context)
{
    const Result<TokenRef> ref = reference(arguments, passCodeOption);
    if (!ref)
        return context.output().failure(ref.error());
    return execute<AccessToken>(
        context, [&](TokenService& s) { return s.show(ref.value()); },
        [&](const AccessToken& token) { context.output().printToken(token); });
}

int TokenCommands::update(const QCommandLineParser& arguments, CliContext& context)
{
    const Result<TokenRef> ref = reference(arguments, currentPassCodeOption);
    if (!ref)
        return context.output().failure(ref.error());
    const Result<TokenPatch> patch = TokenPatchOptions(TokenPatchOptions::Purpose::Update).patch(arguments);
    if (!patch)
        return context.output().failure(patch.error());
    if (patch->isEmpty())
        return context.output().usage(
            tr("update needs at least one field option, such as --udf or --custom"));
    return execute<AccessToken>(
        context, [&](TokenService& s) { return s.update(ref.value(), patch.value()); },
        [&](const AccessToken& token) { context.output().printToken(token); });
}

int TokenCommands::remove(const QCommandLineParser& arguments, CliContext& context)
{
    const Result<TokenRef> ref = reference(arguments, passCodeOption);
    if (!ref)
        return context.output().failure(ref.error());
    return execute<AccessToken>(
        context, [&](TokenService& s) { return s.remove(ref.value()); },
        [&](const AccessToken& token) {
            context.output().printMessage(tr("Deleted token %1:").arg(token.number));
            context.output().printToken(token);
        });
}

int TokenCommands::setEffective(const QCommandLineParser& arguments, CliContext& context)
{
    const Result<TokenRef> ref = reference(arguments, passCodeOption);
    if (!ref)
        return context.output().failure(ref.error());
    return execute<AccessToken>(
        context, [&](TokenService& s) { return s.setEffective(ref.value()); },
        [&](const AccessToken& token) { context.output().printToken(token); });
}

int TokenCommands::setNotEffective(const QCommandLineParser& arguments, CliContext& context)
{
    const Result<TokenRef> ref = reference(arguments, passCodeOption);
    if (!ref)
        return context.output().failure(ref.error());
    return execute<AccessToken>(
        context, [&](TokenService& s) { return s.setNotEffective(ref.value()); },
        [&](const AccessToken& token) { context.output().printToken(token); });
}

int TokenCommands::verify(const QCommandLineParser& arguments, CliContext& context)
{
    const Result<TokenRef> ref = reference(arguments, currentPassCodeOption);
    if (!ref)
        return context.output().failure(ref.error());
    const QString code = arguments.value(QStringLiteral("verification-code"));
    if (code.isEmpty())
        return context.output().usage(tr("verify needs --verification-code CODE"));
    const QString newPassCode = arguments.value(passCodeOption);
    return execute<AccessToken>(
        context, [&](TokenService& s) { return s.verify(ref.value(), code, newPassCode); },
        [&](const AccessToken& token) { context.output().printToken(token); });
}

int TokenCommands::resetVerificationCode(const QCommandLineParser& arguments, CliContext& context)
{
    const Result<TokenRef> ref = reference(arguments, passCodeOption);
    if (!ref)
        return context.output().failure(ref.error());
    return execute<TokenResult>(
        context, [&](TokenService& s) { return s.resetVerificationCode(ref.value()); },
        [&](const TokenResult& result) { context.output().printTokenResult(result); });
}

int TokenCommands::resetPassCode(const QCommandLineParser& arguments, CliContext& context)
{
    const Result<TokenRef> ref = reference(arguments, passCodeOption);
    if (!ref)
        return context.output().failure(ref.error());
    return execute<TokenResult>(
        context, [&](TokenService& s) { return s.resetPassCode(ref.value()); },
        [&](const TokenResult& result) { context.output().printTokenResult(result); });
}

int TokenCommands::forgotPassCode(const QCommandLineParser& arguments, CliContext& context)
{
    const QStringList positional = arguments.positionalArguments();
    if (positional.size() != 1)
        return context.output().usage(
            tr("forgot-pass-code needs exactly one IDENTIFIER (an e-mail address)"));
    const QString identifier = positional.first();
    const Result<TokenService*> service = context.service();
    if (!service)
        return context.output().failure(service.error());
    const Result<void> result = CliContext::wait(service.value()->forgotPassCode(identifier));
    if (!result)
        return context.output().failure(result.error());
    if (context.output().isJson())
        context.output().printJson(QJsonObject { { QStringLiteral("identifier"), identifier } });
    else
        context.output().printMessage(tr("A pass code reset e-mail to %1 was queued.").arg(identifier));
    return CliSuccess;
}

int TokenCommands::changePassCode(const QCommandLineParser& arguments, CliContext& context)
{
    const Result<TokenRef> ref = reference(arguments, currentPassCodeOption);
    if (!ref)
        return context.output().failure(ref.error());
    const QString current = arguments.value(currentPassCodeOption);
    const QString newPassCode = arguments.value(passCodeOption);
    if (!arguments.isSet(currentPassCodeOption) || newPassCode.isEmpty())
        return context.output().usage(tr("change-pass-code needs --current-pass-code P and --pass-code NEW"));
    const Result<TokenService*> service = context.service();
    if (!service)
        return context.output().failure(service.error());
    const Result<void> result
        = CliContext::wait(service.value()->changePassCode(ref.value(), current, newPassCode));
    if (!result)
        return context.output().failure(result.error());
    if (context.output().isJson())
        context.output().printJson(QJsonObject { { ref->kindName(), ref->value() } });
    else
        context.output().printMessage(tr("The pass code of %1 was changed.").arg(ref->toString()));
    return CliSuccess;
}

int TokenCommands::generateOtp(const QCommandLineParser& arguments, CliContext& context)
{
    const Result<TokenRef> ref = reference(arguments, passCodeOption);
    if (!ref)
        return context.output().failure(ref.error());
    return execute<TokenResult>(
        context, [&](TokenService& s) { return s.generateOtp(ref.value()); },
        [&](const TokenResult& result) { context.output().printTokenResult(result); });
}

int TokenCommands::list(const QCommandLineParser& arguments, CliContext& context)
{
    if (!arguments.positionalArguments().isEmpty())
        return context.output().usage(
            tr("list takes options only, not \"%1\"").arg(arguments.positionalArguments().first()));
    const Result<TokenQuery> query = ListOptions(ListOptions::Paging::Included).query(arguments);
    if (!query)
        return context.output().failure(query.error());
    const Result<TokenService*> service = context.service();
    if (!service)
        return context.output().failure(service.error());
    const Result<QList<AccessToken>> tokens = CliContext::wait(service.value()->list(query.value()));
    if (!tokens)
        return context.output().failure(tokens.error());
    qint64 total = -1;
    if (!context.output().isJson()) {
        // The total is only for the footer people read; a store that cannot count still lists.
        const Result<qint64> counted = CliContext::wait(service.value()->count(query.value()));
        if (counted)
            total = counted.value();
    }
    context.output().printTokens(tokens.value(), query->offset, total);
    return CliSuccess;
}
