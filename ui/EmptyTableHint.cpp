#include "EmptyTableHint.h"

#include <QAbstractItemView>
#include <QEvent>

EmptyTableHint::EmptyTableHint(QAbstractItemView* view)
    : QLabel(view->viewport())
    , m_viewport(view->viewport())
{
    // The hint quotes what was searched for, which may look like markup ("<b>").
    setTextFormat(Qt::PlainText);
    setAlignment(Qt::AlignCenter);
    setWordWrap(true);
    setMargin(24);
    setForegroundRole(QPalette::PlaceholderText);
    setAttribute(Qt::WA_TransparentForMouseEvents);
    m_viewport->installEventFilter(this);
    hide();
}

void EmptyTableHint::setHint(const QString& text)
{
    setText(text);
    setGeometry(m_viewport->rect());
    setVisible(!text.isEmpty());
}

bool EmptyTableHint::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_viewport && event->type() == QEvent::Resize)
        setGeometry(m_viewport->rect());
    return QLabel::eventFilter(watched, event);
}
