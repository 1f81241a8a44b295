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
    QDateEdit::keyPressEvent(event);
}
