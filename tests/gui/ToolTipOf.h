#pragma once

#include <QApplication>
#include <QHelpEvent>
#include <QTest>
#include <QToolTip>
#include <QWidget>

// What the tooltip says once the pointer rests on the middle of a widget; empty when none shows.
inline QString toolTipOf(QWidget* widget)
{
    // A tip hides after a moment: the one of an earlier question must be gone first.
    QToolTip::hideText();
    if (!QTest::qWaitFor([]() { return !QToolTip::isVisible(); }))
        return QStringLiteral("(the earlier tip stayed)");
    const QPoint pos = widget->rect().center();
    QHelpEvent event(QEvent::ToolTip, pos, widget->mapToGlobal(pos));
    QApplication::sendEvent(widget, &event);
    return QToolTip::isVisible() ? QToolTip::text() : QString();
}
