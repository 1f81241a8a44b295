#pragma once

#include <QString>

// How many columns of a terminal a text takes. East Asian wide characters (Chinese, Japanese,
// Korean, full-width forms) and most emoji take two; combining marks and invisible format
// characters take none. Padding by QString::size() would misalign every column after such text.
class TerminalWidth
{
public:
    static qsizetype of(QStringView text);
    // text followed by blanks up to width columns; never cut.
    static QString padded(const QString& text, qsizetype width);

private:
    static int ofCodePoint(char32_t codePoint);
};
