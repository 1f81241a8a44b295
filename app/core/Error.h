#pragma once

#include <QList>
#include <QString>

// The one error type of TokenDesk: a stable code for programs, a message for people, and the
// field it concerns. Validation errors carry every violated rule in violations().
class Error
{
public:
    enum class Code
    {
        None,
        NotFound,
        InvalidState,
        DuplicateIdentifier,
        Validation,
        Conflict,
        Network,
        Auth,
        Storage,
        Cancelled,
        Unsupported,
        Usage,
    };

    struct Violation
    {
        QString field;
        QString message;
        bool operator==(const Violation& other) const
        {
            return field == other.field && message == other.message;
        }
    };

    Error() = default;
    Error(Code code, QString message, QString field = QString());

    static Error validation(const QList<Violation>& violations);

    Code code() const { return m_code; }
    QString codeName() const;
    QString message() const { return m_message; }
    QString field() const { return m_field; }
    const QList<Violation>& violations() const { return m_violations; }
    bool isError() const { return m_code != Code::None; }

    // "CODE: message (field)" for logs and the CLI's plain stderr.
    QString toString() const;

    static QString codeName(Code code);
    static Code codeFromName(const QString& name);

private:
    Code m_code = Code::None;
    QString m_message;
    QString m_field;
    QList<Violation> m_violations;
};
