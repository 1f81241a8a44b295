#include "Operation.h"

#include <QCoreApplication>
#include <QHash>

namespace {
struct OperationName
{
    Operation operation;
    const char* wire;
};

constexpr OperationName operationNames[] = {
    { Operation::Create, "create" },
    { Operation::Show, "show" },
    { Operation::Update, "update" },
    { Operation::SetEffective, "set_as_effective" },
    { Operation::SetNotEffective, "set_as_not_effective" },
    { Operation::Verify, "verify" },
    { Operation::ResetVerificationCode, "reset_verification_code" },
    { Operation::ResetPassCode, "reset_pass_code" },
    { Operation::ForgotPassCode, "forgot_pass_code" },
    { Operation::ChangePassCode, "change_pass_code" },
    { Operation::GenerateOtp, "generate_otp" },
    { Operation::Delete, "delete" },
    { Operation::List, "list" },
    { Operation::GetNotAssociated, "get_not_associated" },
};
} // namespace

QList<Operation> Operations::all()
{
    QList<Operation> operations;
    for (const OperationName& entry : operationNames)
        operations.append(entry.operation);
    return operations;
}

QString Operations::toWire(Operation operation)
{
    for (const OperationName& entry : operationNames) {
        if (entry.operation == operation)
            return QLatin1String(entry.wire);
    }
    return QString();
}

std::optional<Operation> Operations::fromWire(const QString& name)
{
    for (const OperationName& entry : operationNames) {
        if (name == QLatin1String(entry.wire))
            return entry.operation;
    }
    return std::nullopt;
}

QString Operations::historyTitle(const QString& wireName)
{
    static const QHash<QString, const char*> titles = {
        { QStringLiteral("create"), QT_TRANSLATE_NOOP("Operations", "Created") },
        { QStringLiteral("update"), QT_TRANSLATE_NOOP("Operations", "Updated") },
        { QStringLiteral("set_as_effective"), QT_TRANSLATE_NOOP("Operations", "Set effective") },
        { QStringLiteral("set_as_not_effective"), QT_TRANSLATE_NOOP("Operations", "Set not effective") },
        { QStringLiteral("verify"), QT_TRANSLATE_NOOP("Operations", "Verified") },
        { QStringLiteral("reset_verification_code"),
          QT_TRANSLATE_NOOP("Operations", "Verification code reset") },
        { QStringLiteral("reset_pass_code"), QT_TRANSLATE_NOOP("Operations", "Pass code reset") },
        { QStringLiteral("forgot_pass_code"),
          QT_TRANSLATE_NOOP("Operations", "Pass code reset e-mail sent") },
        { QStringLiteral("change_pass_code"), QT_TRANSLATE_NOOP("Operations", "Pass code changed") },
        { QStringLiteral("generate_otp"), QT_TRANSLATE_NOOP("Operations", "One-time password generated") },
        { QStringLiteral("delete"), QT_TRANSLATE_NOOP("Operations", "Deleted") },
        { QStringLiteral("import"), QT_TRANSLATE_NOOP("Operations", "Imported") },
        { QStringLiteral("undo_import"), QT_TRANSLATE_NOOP("Operations", "Import undone") },
    };
    const char* title = titles.value(wireName);
    return title ? QCoreApplication::translate("Operations", title) : wireName;
}
