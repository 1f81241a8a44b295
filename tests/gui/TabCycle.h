#pragma once

#include <QAbstractButton>
#include <QApplication>
#include <QStringList>
#include <QTest>
#include <QWidget>

// The widgets Tab visits from start until focus comes back to it (at most limit presses), named
// by a button's text or else the object name or class, as a person would tell them apart.
inline QStringList tabCycle(QWidget* start, int limit = 30)
{
    auto name = [](QWidget* widget) {
        if (!widget)
            return QStringLiteral("(none)");
        if (auto* button = qobject_cast<QAbstractButton*>(widget))
            return button->text();
        return widget->objectName().isEmpty() ? QString::fromLatin1(widget->metaObject()->className())
                                              : widget->objectName();
    };
    start->setFocus(Qt::TabFocusReason);
    QStringList visited { name(start) };
    for (int i = 0; i < limit; ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        if (QApplication::focusWidget() == start)
            return visited;
        visited << name(QApplication::focusWidget());
    }
    visited << QStringLiteral("(never back)");
    return visited;
}
