#include "TokenRules.h"

namespace {
template<typename E, size_t N> QString nameOf(const std::pair<E, const char*> (&names)[N], E value)
{
    for (const auto& entry : names) {
        if (entry.first == value)
            return QLatin1String(entry.second);
    }
    return QString();
}

template<typename E, size_t N>
bool valueOf(const std::pair<E, const char*> (&names)[N], const QString& text, E& value)
{
    const QString upper = text.trimmed().toUpper();
    for (const auto& entry : names) {
        if (upper == QLatin1String(entry.second)) {
            value = entry.first;
            return true;
        }
    }
    return false;
}

using IG = TokenRules::IdentifierGeneration;
using IF = TokenRules::IdentifierFormat;
using CG = TokenRules::CodeGeneration;

const std::pair<IG, const char*> identifierGenerations[] = { { IG::None, "NONE" },
                                                             { IG::AutoNumber, "AUTO_NUMBER" },
                                                             { IG::AutoAlphanumeric, "AUTO_ALPHANUMERIC" } };
const std::pair<IF, const char*> identifierFormats[]
    = { { IF::Email, "EMAIL" }, { IF::Number, "NUMBER" }, { IF::FreeText, "FREE_TEXT" } };
const std::pair<CG, const char*> codeGenerations[] = { { CG::None, "NONE" }, { CG::Auto, "AUTO" } };
} // namespace

QString TokenRules::toWire(IdentifierGeneration value)
{
    return nameOf(identifierGenerations, value);
}

QString TokenRules::toWire(IdentifierFormat value)
{
    return nameOf(identifierFormats, value);
}

QString TokenRules::toWire(CodeGeneration value)
{
    return nameOf(codeGenerations, value);
}

bool TokenRules::fromWire(const QString& text, IdentifierGeneration& value)
{
    return valueOf(identifierGenerations, text, value);
}

bool TokenRules::fromWire(const QString& text, IdentifierFormat& value)
{
    return valueOf(identifierFormats, text, value);
}

bool TokenRules::fromWire(const QString& text, CodeGeneration& value)
{
    return valueOf(codeGenerations, text, value);
}
