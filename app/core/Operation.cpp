#include "Operation.h"

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
