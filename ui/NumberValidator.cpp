#include "NumberValidator.h"

NumberValidator::NumberValidator(QObject* parent)
    : QDoubleValidator(parent)
{
    setNotation(QDoubleValidator::StandardNotation);
    setLocale(numberLocale());
}

QValidator::State NumberValidator::validate(QString& input, int& position) const
{
    const State state = QDoubleValidator::validate(input, position);
    if (state != Invalid)
        return state;
    // Letters stay out; digits, signs, separators and direction marks in any order are kept to be
    // refused whole.
    const QLocale numbers = numberLocale();
    const QString kept = QStringLiteral(".,+- \u00A0\u202F\u2212\u200E\u200F\u061C") + numbers.decimalPoint()
        + numbers.groupSeparator() + numbers.negativeSign() + numbers.positiveSign();
    for (const QChar c : std::as_const(input)) {
        if (!c.isDigit() && !kept.contains(c))
            return Invalid;
    }
    return Intermediate;
}

QString NumberValidator::withoutDirectionMarks(QString text)
{
    // Right-to-left locales write them around a sign; QLocale::toDouble() does not read them.
    return text.remove(QChar(0x200E)).remove(QChar(0x200F)).remove(QChar(0x061C));
}

void NumberValidator::fixup(QString&) const { }

QLocale NumberValidator::numberLocale()
{
    QLocale locale;
    locale.setNumberOptions(QLocale::OmitGroupSeparator | QLocale::RejectGroupSeparator);
    return locale;
}
