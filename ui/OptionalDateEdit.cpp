#include "OptionalDateEdit.h"

#include <QCalendarWidget>
#include <QKeyEvent>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QStyle>
#include <QStyleOptionComboBox>

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
    setToolTip(tr("Alt+Down opens the calendar; Delete clears the date"));
}

void OptionalDateEdit::mousePressEvent(QMouseEvent* event)
{
    // The calendar is made on its first opening (its arrow's click), not with every date field.
    watchCalendar();
    QDateEdit::mousePressEvent(event);
}

void OptionalDateEdit::watchCalendar()
{
    if (m_calendarWatched)
        return;
    m_calendarWatched = true;
    calendarWidget()->window()->installEventFilter(this);
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
    if (event->key() == Qt::Key_F4
        || (event->key() == Qt::Key_Down && event->modifiers() & Qt::AltModifier)) {
        showCalendar();
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

bool OptionalDateEdit::eventFilter(QObject* watched, QEvent* event)
{
    // Opened on "Not set", the calendar would show January 1900. It shows today instead, without
    // choosing it: Escape still leaves the date not set, Return takes the date shown.
    if (event->type() == QEvent::Show && !optionalDate().isValid()) {
        const QSignalBlocker quiet(calendarWidget());
        calendarWidget()->setSelectedDate(QDate::currentDate());
    }
    return QDateEdit::eventFilter(watched, event);
}

void OptionalDateEdit::showCalendar()
{
    // QDateEdit opens its calendar only on a click on its arrow, and has no call to open it.
    QStyleOptionComboBox option;
    option.initFrom(this);
    option.editable = true;
    option.subControls = QStyle::SC_All;
    const QPoint arrow
        = style()->subControlRect(QStyle::CC_ComboBox, &option, QStyle::SC_ComboBoxArrow, this).center();
    QMouseEvent press(QEvent::MouseButtonPress, arrow, mapToGlobal(arrow), Qt::LeftButton, Qt::LeftButton,
                      Qt::NoModifier);
    mousePressEvent(&press);
}
