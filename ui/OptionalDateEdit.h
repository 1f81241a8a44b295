#pragma once

#include <QDateEdit>

// A date editor that can be empty (a UDF date that is not set). Empty is the editor's minimum
// date shown as "Not set"; Delete clears it, and a digit typed into it starts from today's date.
// Alt+Down or F4 opens the calendar, as they open a combo box's list.
class OptionalDateEdit : public QDateEdit
{
    Q_OBJECT

public:
    explicit OptionalDateEdit(QWidget* parent = nullptr);

    // An invalid date when empty.
    QDate optionalDate() const;
    void setOptionalDate(const QDate& date);
    void clearDate();

protected:
    void keyPressEvent(QKeyEvent* event) override;
    bool focusNextPrevChild(bool next) override;
    void mousePressEvent(QMouseEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void showCalendar();
    void watchCalendar();

    bool m_calendarWatched = false;
};
