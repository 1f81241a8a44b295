#include "AltKeyGuard.h"

#include <QAbstractSpinBox>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTextEdit>

bool AltKeyGuard::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() != QEvent::KeyPress)
        return false;
    const auto* key = static_cast<QKeyEvent*>(event);
    // Alt alone: AltGr, which types characters on many keyboards, comes as another modifier.
    const Qt::KeyboardModifiers modifiers = key->modifiers() & ~(Qt::ShiftModifier | Qt::KeypadModifier);
    if (modifiers != Qt::AltModifier || key->text().isEmpty() || !key->text().at(0).isPrint())
        return false;
    return qobject_cast<QLineEdit*>(watched) || qobject_cast<QAbstractSpinBox*>(watched)
        || qobject_cast<QTextEdit*>(watched) || qobject_cast<QPlainTextEdit*>(watched);
}
