#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QString>

// How a caller names one token (spec §3): by authentication code, by identifier with its pass
// code, or, in the back office, by id or number. Text form: "authentication_code:X",
// "identifier:X", "id:X", "number:N".
class TokenRef
{
    Q_DECLARE_TR_FUNCTIONS(TokenRef)

public:
    enum class Kind
    {
        Id,
        Number,
        AuthenticationCode,
        Identifier
    };

    TokenRef() = default;
    TokenRef(Kind kind, QString value, QString passCode = QString());

    static TokenRef byId(const QString& id) { return TokenRef(Kind::Id, id); }
    static TokenRef byNumber(const QString& number) { return TokenRef(Kind::Number, number); }
    static TokenRef byAuthenticationCode(const QString& code)
    {
        return TokenRef(Kind::AuthenticationCode, code);
    }
    static TokenRef byIdentifier(const QString& identifier, const QString& passCode = QString())
    {
        return TokenRef(Kind::Identifier, identifier, passCode);
    }

    static Result<TokenRef> parse(const QString& text);

    Kind kind() const { return m_kind; }
    QString value() const { return m_value; }
    // Checked by stores that require it (identifier references); never logged.
    QString passCode() const { return m_passCode; }
    void setPassCode(const QString& passCode) { m_passCode = passCode; }
    bool isValid() const { return !m_value.isEmpty(); }

    // The wire field name of the kind: "authentication_code", "identifier", "id", "number".
    QString kindName() const;
    // "kind:value", without the pass code.
    QString toString() const;

    bool operator==(const TokenRef& other) const
    {
        return m_kind == other.m_kind && m_value == other.m_value && m_passCode == other.m_passCode;
    }

private:
    Kind m_kind = Kind::Id;
    QString m_value;
    QString m_passCode;
};
