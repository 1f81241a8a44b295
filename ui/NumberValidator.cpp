#include "NumberValidator.h"

NumberValidator::NumberValidator(QObject* parent)
    : QDoubleValidator(parent)
{
    setNotation(QDoubleValidator::StandardNotation);
    setLocale(locale());
}

QValidator::State NumberValidator::validate(QString& input, int& position) const
{
    const State state = QDoubleValidator::validate(input, position);
    if (state != Invalid)
        return state;
    // Letters stay out; digits, signs and separators in any order are kept to be refused whole.
    const QLocale numbers = locale();
    for (const QChar c : std::as_const(input)) {
        if (!c.isDigit() && c != QLatin1Char('.') && c != QLatin1Char(',') && c != QLatin1Char('-')
            && c != QLatin1Char('+') && c != QLatin1Char(' ') && c != QChar(0x00A0)
            && !numbers.decimalPoint().contains(c) && !numbers.groupSeparator().contains(c))
            return Invalid;
    }
    return Intermediate;
}

void NumberValidator::fixup(QString&) const { }

QLocale NumberValidator::locale()
{
    QLocale locale;
    locale.setNumberOptions(QLocale::OmitGroupSeparator | QLocale::RejectGroupSeparator);
    return locale;
}
