#include "TokenSettings.h"

#include <functional>

namespace {
struct Key
{
    const char* name;
    std::function<QString(const TokenSettings&)> get;
    // Returns false when the text is not a valid value.
    std::function<bool(TokenSettings&, const QString&)> set;
};

QString boolText(bool value)
{
    return value ? QStringLiteral("true") : QStringLiteral("false");
}

bool parseBool(const QString& text, bool& value)
{
    const QString lower = text.trimmed().toLower();
    if (lower == QLatin1String("true") || lower == QLatin1String("yes") || lower == QLatin1String("1"))
        value = true;
    else if (lower == QLatin1String("false") || lower == QLatin1String("no") || lower == QLatin1String("0"))
        value = false;
    else
        return false;
    return true;
}

bool parseInt(const QString& text, int& value, int minimum, int maximum)
{
    bool ok = false;
    const int parsed = text.trimmed().toInt(&ok);
    if (!ok || parsed < minimum || parsed > maximum)
        return false;
    value = parsed;
    return true;
}

Key boolKey(const char* name, bool TokenRules::*member)
{
    return { name, [member](const TokenSettings& s) { return boolText(s.definition.*member); },
             [member](TokenSettings& s, const QString& t) {
                 return parseBool(t, s.definition.*member);
             } };
}

Key characterKeys(const char* name, CharacterRules TokenRules::*rules, bool CharacterRules::*flag)
{
    return { name, [rules, flag](const TokenSettings& s) { return boolText(s.definition.*rules.*flag); },
             [rules, flag](TokenSettings& s, const QString& t) {
                 return parseBool(t, s.definition.*rules.*flag);
             } };
}

Key lengthKey(const char* name, CharacterRules TokenRules::*rules)
{
    return { name,
             [rules](const TokenSettings& s) { return QString::number((s.definition.*rules).minimumLength); },
             [rules](TokenSettings& s, const QString& t) {
                 return parseInt(t, (s.definition.*rules).minimumLength, 0, 256);
             } };
}

template<typename E> Key enumKey(const char* name, E TokenRules::*member)
{
    return { name, [member](const TokenSettings& s) { return TokenRules::toWire(s.definition.*member); },
             [member](TokenSettings& s, const QString& t) {
                 return TokenRules::fromWire(t, s.definition.*member);
             } };
}

const QList<Key>& allKeys()
{
    static const QList<Key> keys = {
        enumKey("identifier.generation", &TokenRules::identifierGeneration),
        enumKey("identifier.format", &TokenRules::identifierFormat),
        lengthKey("identifier.minimum_length", &TokenRules::identifierRules),
        characterKeys("identifier.letters", &TokenRules::identifierRules, &CharacterRules::letters),
        characterKeys("identifier.digits", &TokenRules::identifierRules, &CharacterRules::digits),
        characterKeys("identifier.special_characters", &TokenRules::identifierRules,
                      &CharacterRules::specialCharacters),
        enumKey("pass_code.generation", &TokenRules::passCodeGeneration),
        lengthKey("pass_code.minimum_length", &TokenRules::passCodeRules),
        characterKeys("pass_code.letters", &TokenRules::passCodeRules, &CharacterRules::letters),
        characterKeys("pass_code.digits", &TokenRules::passCodeRules, &CharacterRules::digits),
        characterKeys("pass_code.special_characters", &TokenRules::passCodeRules,
                      &CharacterRules::specialCharacters),
        enumKey("authentication_code.generation", &TokenRules::authenticationCodeGeneration),
        boolKey("allow_no_identifier_and_pass_code", &TokenRules::allowNoIdentifierAndPassCode),
        boolKey("verification_required", &TokenRules::verificationRequired),
        { "otp_lifetime_minutes",
          [](const TokenSettings& s) { return QString::number(s.definition.otpLifetimeMinutes); },
          [](TokenSettings& s, const QString& t) {
              return parseInt(t, s.definition.otpLifetimeMinutes, 1, 1440);
          } },
        boolKey("deactivate_when_last_association_removed",
                &TokenRules::deactivateWhenLastAssociationRemoved),
        { "pass_code_hash.iterations",
          [](const TokenSettings& s) { return QString::number(s.hashIterations); },
          [](TokenSettings& s, const QString& t) {
              return parseInt(t, s.hashIterations, 1, 100);
          } },
        { "pass_code_hash.memory_kib",
          [](const TokenSettings& s) { return QString::number(s.hashMemoryKiB); },
          [](TokenSettings& s, const QString& t) {
              return parseInt(t, s.hashMemoryKiB, 8, 4 * 1024 * 1024);
          } },
    };
    return keys;
}
} // namespace

const TokenRules& TokenSettings::rulesFor(const QString& classificationIdOrName) const
{
    if (!classificationIdOrName.isEmpty()) {
        for (const Classification& classification : classifications) {
            if (classification.id == classificationIdOrName || classification.name == classificationIdOrName)
                return classification.rules;
        }
    }
    return definition;
}

std::optional<Classification> TokenSettings::findClassification(const QString& idOrName) const
{
    for (const Classification& classification : classifications) {
        if (classification.id == idOrName || classification.name.compare(idOrName, Qt::CaseInsensitive) == 0)
            return classification;
    }
    return std::nullopt;
}

QStringList TokenSettings::toKeyValues() const
{
    QStringList lines;
    for (const Key& key : allKeys())
        lines.append(QLatin1String(key.name) + QLatin1Char('=') + key.get(*this));
    return lines;
}

Result<void> TokenSettings::setKeyValue(const QString& key, const QString& value)
{
    for (const Key& entry : allKeys()) {
        if (key == QLatin1String(entry.name)) {
            if (!entry.set(*this, value))
                return Error(Error::Code::Validation,
                             tr("\"%1\" is not a valid value for %2").arg(value, key), key);
            return {};
        }
    }
    return Error(Error::Code::Validation,
                 tr("%1 is not a setting; the settings are: %2").arg(key, keys().join(QStringLiteral(", "))),
                 key);
}

QStringList TokenSettings::keys()
{
    QStringList names;
    for (const Key& key : allKeys())
        names.append(QLatin1String(key.name));
    return names;
}
