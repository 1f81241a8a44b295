#include "OverflowToolTip.h"

#include "LineEditRoom.h"

#include <QHelpEvent>
#include <QLineEdit>
#include <QToolTip>

OverflowToolTip::OverflowToolTip(QLineEdit* edit)
    : QObject(edit)
    , m_edit(edit)
{
    edit->installEventFilter(this);
}

bool OverflowToolTip::overflows(const QLineEdit* edit)
{
    return edit->fontMetrics().horizontalAdvance(edit->text()) > LineEditRoom::textRoom(edit);
}

bool OverflowToolTip::eventFilter(QObject* watched, QEvent* event)
{
    if (watched != m_edit || event->type() != QEvent::ToolTip || m_edit->echoMode() != QLineEdit::Normal
        || !overflows(m_edit))
        return false;
    QToolTip::showText(static_cast<QHelpEvent*>(event)->globalPos(), m_edit->text(), m_edit);
    return true;
}
