#include "TokenRef.h"

namespace {
struct KindName
{
    TokenRef::Kind kind;
    const char* name;
};

constexpr KindName kindNames[] = {
    { TokenRef::Kind::AuthenticationCode, "authentication_code" },
    { TokenRef::Kind::Identifier, "identifier" },
    { TokenRef::Kind::Id, "id" },
    { TokenRef::Kind::Number, "number" },
};
} // namespace

TokenRef::TokenRef(Kind kind, QString value, QString passCode)
    : m_kind(kind)
    , m_value(std::move(value))
    , m_passCode(std::move(passCode))
{
}

Result<TokenRef> TokenRef::parse(const QString& text)
{
    const qsizetype colon = text.indexOf(QLatin1Char(':'));
    const QString prefix = colon < 0 ? QString() : text.left(colon).trimmed();
    for (const KindName& entry : kindNames) {
        if (prefix == QLatin1String(entry.name)) {
            const QString value = text.mid(colon + 1);
            if (value.isEmpty())
                return Error(Error::Code::Usage,
                             tr("The token reference \"%1\" has no value after the colon").arg(text),
                             QStringLiteral("reference"));
            return TokenRef(entry.kind, value);
        }
    }
    return Error(
        Error::Code::Usage,
        tr("\"%1\" is not a token reference; use authentication_code:X, identifier:X, id:X or number:N")
            .arg(text),
        QStringLiteral("reference"));
}

QString TokenRef::kindName() const
{
    for (const KindName& entry : kindNames) {
        if (entry.kind == m_kind)
            return QLatin1String(entry.name);
    }
    return QString();
}

QString TokenRef::toString() const
{
    return kindName() + QLatin1Char(':') + m_value;
}
