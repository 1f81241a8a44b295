#include "RevealAction.h"

#include "Icons.h"

#include <QLineEdit>

RevealAction::RevealAction(QLineEdit* edit)
    : QAction(Icons::get(QStringLiteral("view-reveal")), tr("Show Pass Code"), edit)
{
    setCheckable(true);
    setShortcut(QKeySequence(Qt::CTRL | Qt::Key_H));
    setShortcutContext(Qt::WidgetShortcut);
    setToolTip(tr("Show or hide the pass code (%1)").arg(shortcut().toString(QKeySequence::NativeText)));
    edit->addAction(this, QLineEdit::TrailingPosition);
    connect(this, &QAction::toggled, edit,
            [edit](bool shown) { edit->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password); });
}
