#pragma once

#include <QDoubleValidator>
#include <QLocale>

// Accepts a decimal number in the person's locale and never rewrites what was typed.
// QDoubleValidator drops what it takes for thousands separators when the field is left: "1,5"
// typed in an English locale became 15, silently. Here thousands separators are neither shown nor
// accepted, so a comma or a point means one thing only; typed in the wrong place, it stays on
// show, for the editor to refuse, instead of being dropped or rejected keystroke by keystroke
// (which also makes 15 of "1,5").
class NumberValidator : public QDoubleValidator
{
    Q_OBJECT

public:
    explicit NumberValidator(QObject* parent = nullptr);

    State validate(QString& input, int& position) const override;
    void fixup(QString& input) const override;
    // The person's locale without thousands separators: to show, read and explain numbers with.
    static QLocale numberLocale();
    // text without the direction marks right-to-left locales put around a sign, ready to read.
    static QString withoutDirectionMarks(QString text);
};
