#include "OverflowToolTip.h"

#include <QHelpEvent>
#include <QLineEdit>
#include <QStyle>
#include <QStyleOptionFrame>
#include <QToolTip>

OverflowToolTip::OverflowToolTip(QLineEdit* edit)
    : QObject(edit)
    , m_edit(edit)
{
    edit->installEventFilter(this);
}

bool OverflowToolTip::overflows(const QLineEdit* edit)
{
    QStyleOptionFrame option;
    option.initFrom(edit);
    option.lineWidth
        = edit->hasFrame() ? edit->style()->pixelMetric(QStyle::PM_DefaultFrameWidth, &option, edit) : 0;
    // QLineEdit keeps a margin of 2 pixels on each side of the text inside its contents.
    constexpr int textMargin = 2;
    const QRect room = edit->style()
                           ->subElementRect(QStyle::SE_LineEditContents, &option, edit)
                           .marginsRemoved(edit->textMargins())
                           .adjusted(textMargin, 0, -textMargin, 0);
    return edit->fontMetrics().horizontalAdvance(edit->text()) > room.width();
}

bool OverflowToolTip::eventFilter(QObject* watched, QEvent* event)
{
    if (watched != m_edit || event->type() != QEvent::ToolTip || m_edit->echoMode() != QLineEdit::Normal
        || !overflows(m_edit))
        return false;
    QToolTip::showText(static_cast<QHelpEvent*>(event)->globalPos(), m_edit->text(), m_edit);
    return true;
}
