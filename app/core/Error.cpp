#include "Error.h"

#include <QStringList>

namespace {
struct CodeName
{
    Error::Code code;
    const char* name;
};

constexpr CodeName codeNames[] = {
    { Error::Code::None, "OK" },
    { Error::Code::NotFound, "NOT_FOUND" },
    { Error::Code::InvalidState, "INVALID_STATE" },
    { Error::Code::DuplicateIdentifier, "DUPLICATE_IDENTIFIER" },
    { Error::Code::Validation, "VALIDATION" },
    { Error::Code::Conflict, "CONFLICT" },
    { Error::Code::Network, "NETWORK" },
    { Error::Code::Auth, "AUTH" },
    { Error::Code::Storage, "STORAGE" },
    { Error::Code::Cancelled, "CANCELLED" },
    { Error::Code::Unsupported, "UNSUPPORTED" },
    { Error::Code::Usage, "USAGE" },
};
} // namespace

Error::Error(Code code, QString message, QString field)
    : m_code(code)
    , m_message(std::move(message))
    , m_field(std::move(field))
{
}

Error Error::validation(const QList<Violation>& violations)
{
    QStringList messages;
    for (const Violation& v : violations)
        messages.append(v.message);
    Error error(Code::Validation, messages.join(QStringLiteral("; ")),
                violations.isEmpty() ? QString() : violations.first().field);
    error.m_violations = violations;
    return error;
}

QString Error::codeName() const
{
    return codeName(m_code);
}

QString Error::toString() const
{
    QString text = codeName() + QStringLiteral(": ") + m_message;
    if (!m_field.isEmpty())
        text += QStringLiteral(" (") + m_field + QLatin1Char(')');
    return text;
}

QString Error::codeName(Code code)
{
    for (const CodeName& entry : codeNames) {
        if (entry.code == code)
            return QLatin1String(entry.name);
    }
    return QStringLiteral("UNKNOWN");
}

Error::Code Error::codeFromName(const QString& name)
{
    for (const CodeName& entry : codeNames) {
        if (name == QLatin1String(entry.name))
            return entry.code;
    }
    return Code::Storage;
}
