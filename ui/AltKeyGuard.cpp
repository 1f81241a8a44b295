#include "AltKeyGuard.h"

#include <QAbstractSpinBox>
#include <QComboBox>
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
    // A combo box is in the list: an editable one passes the key to its field unfiltered, and a
    // list one jumps to the entry that starts with the letter.
    return qobject_cast<QLineEdit*>(watched) || qobject_cast<QComboBox*>(watched)
        || qobject_cast<QAbstractSpinBox*>(watched) || qobject_cast<QTextEdit*>(watched)
        || qobject_cast<QPlainTextEdit*>(watched);
}
