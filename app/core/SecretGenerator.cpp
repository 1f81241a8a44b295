#include "SecretGenerator.h"

#include <QRandomGenerator>
#include <algorithm>

namespace {
const QString lettersSet = QStringLiteral("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz");
const QString digitsSet = QStringLiteral("23456789");
const QString specialSet = QStringLiteral("!#$%&*+-=?@_");

QChar pick(const QString& set)
{
    return set.at(int(QRandomGenerator::system()->bounded(quint32(set.size()))));
}
} // namespace

QString SecretGenerator::hexId()
{
    static const QString hex = QStringLiteral("0123456789ABCDEF");
    QString id;
    id.reserve(32);
    for (int i = 0; i < 32; ++i)
        id.append(pick(hex));
    return id;
}

QString SecretGenerator::digits(int count)
{
    static const QString all = QStringLiteral("0123456789");
    QString code;
    code.reserve(count);
    for (int i = 0; i < count; ++i)
        code.append(pick(all));
    return code;
}

QString SecretGenerator::alphanumeric(int count)
{
    const QString set = lettersSet + digitsSet;
    QString value;
    for (int i = 0; i < count; ++i)
        value.append(pick(set));
    return value;
}

QString SecretGenerator::passCode(const CharacterRules& rules)
{
    // Ambiguous characters (0/O, 1/l/I) are left out: people read these codes aloud.
    QString required;
    if (rules.letters)
        required.append(pick(lettersSet));
    if (rules.digits)
        required.append(pick(digitsSet));
    if (rules.specialCharacters)
        required.append(pick(specialSet));

    const QString pool = lettersSet + digitsSet + (rules.specialCharacters ? specialSet : QString());
    const int length = std::max({ 6, rules.minimumLength, int(required.size()) });
    QString code = required;
    while (code.size() < length)
        code.append(pick(pool));
    // Shuffle so the required classes are not always first.
    for (qsizetype i = code.size() - 1; i > 0; --i)
        std::swap(code[i], code[qsizetype(QRandomGenerator::system()->bounded(quint32(i + 1)))]);
    return code;
}
