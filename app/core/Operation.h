#pragma once

#include <QList>
#include <QString>
#include <optional>

// Every access token operation of spec §3.
enum class Operation
{
    Create,
    Show,
    Update,
    SetEffective,
    SetNotEffective,
    Verify,
    ResetVerificationCode,
    ResetPassCode,
    ForgotPassCode,
    ChangePassCode,
    GenerateOtp,
    Delete,
    List,
    GetNotAssociated,
};

namespace Operations {
QList<Operation> all();
// The CRM.COM method name: "set_as_effective", "reset_pass_code", ...
QString toWire(Operation operation);
std::optional<Operation> fromWire(const QString& name);
// What an audit trail entry of this wire name (an operation's, "import" or "undo_import") did, in
// the running language ("Pass code reset"); a name it does not know comes back as it is.
QString historyTitle(const QString& wireName);
} // namespace Operations
