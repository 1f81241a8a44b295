#include "OptionalDateEdit.h"

#include <QKeyEvent>
#include <QLineEdit>

namespace {
// Below any date a person enters for a token; stands for "not set".
const QDate emptyDate(1900, 1, 1);
} // namespace

OptionalDateEdit::OptionalDateEdit(QWidget* parent)
    : QDateEdit(parent)
{
    setMinimumDate(emptyDate);
    setSpecialValueText(tr("Not set"));
    setCalendarPopup(true);
    setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    setDate(emptyDate);
    setToolTip(tr("Press Delete to clear the date"));
}

QDate OptionalDateEdit::optionalDate() const
{
    return date() == emptyDate ? QDate() : date();
}

void OptionalDateEdit::setOptionalDate(const QDate& date)
{
    setDate(date.isValid() ? date : emptyDate);
}

void OptionalDateEdit::clearDate()
{
    setDate(emptyDate);
}

void OptionalDateEdit::keyPressEvent(QKeyEvent* event)
{
    if (event->key() == Qt::Key_Delete
        || (event->key() == Qt::Key_Backspace && optionalDate().isValid()
            && lineEdit()->selectedText() == lineEdit()->text())) {
        clearDate();
        event->accept();
        return;
    }
    // Typed into "Not set", the digits went after the text ("Not set024"): a date is begun
    // instead, today's, with its first part taking what is typed.
    if (!optionalDate().isValid() && !event->text().isEmpty() && event->text().front().isDigit()
        && !(event->modifiers() & (Qt::ControlModifier | Qt::AltModifier))) {
        setDate(QDate::currentDate());
        setSelectedSection(sectionAt(0));
    }
    QDateEdit::keyPressEvent(event);
}

bool OptionalDateEdit::focusNextPrevChild(bool next)
{
    // QDateEdit walks its day, month and year with Tab; "Not set" has none, and Tab never left.
    if (!optionalDate().isValid())
        return QWidget::focusNextPrevChild(next);
    return QDateEdit::focusNextPrevChild(next);
}
