#include "TerminalWidth.h"

#include <QList>
#include <utility>

qsizetype TerminalWidth::of(QStringView text)
{
    qsizetype width = 0;
    for (const char32_t codePoint : text.toUcs4())
        width += ofCodePoint(codePoint);
    return width;
}

QString TerminalWidth::padded(const QString& text, qsizetype width)
{
    return text + QString(qMax<qsizetype>(0, width - of(text)), QLatin1Char(' '));
}

int TerminalWidth::ofCodePoint(char32_t codePoint)
{
    // The soft hyphen is a format character that terminals draw all the same.
    if (codePoint == 0xAD)
        return 1;
    switch (QChar::category(codePoint)) {
    case QChar::Mark_NonSpacing:
    case QChar::Mark_Enclosing:
    case QChar::Other_Format:
        return 0;
    default:
        break;
    }
    // The East Asian Wide and Fullwidth blocks of Unicode's EastAsianWidth.txt, as terminals
    // (and glibc's wcwidth) count them.
    static constexpr std::pair<char32_t, char32_t> wide[] = {
        { 0x1100, 0x115F },   { 0x2E80, 0x303E },   { 0x3041, 0x33FF },   { 0x3400, 0x4DBF },
        { 0x4E00, 0x9FFF },   { 0xA000, 0xA4CF },   { 0xA960, 0xA97F },   { 0xAC00, 0xD7A3 },
        { 0xF900, 0xFAFF },   { 0xFE10, 0xFE19 },   { 0xFE30, 0xFE6F },   { 0xFF00, 0xFF60 },
        { 0xFFE0, 0xFFE6 },   { 0x1F300, 0x1F64F }, { 0x1F680, 0x1F6FF }, { 0x1F900, 0x1F9FF },
        { 0x1FA70, 0x1FAFF }, { 0x20000, 0x2FFFD }, { 0x30000, 0x3FFFD },
    };
    for (const auto& [first, last] : wide) {
        if (codePoint >= first && codePoint <= last)
            return 2;
    }
    return 1;
}
