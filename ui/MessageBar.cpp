#include "MessageBar.h"

#include "Tint.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QToolButton>

MessageBar::MessageBar(QWidget* parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
    , m_close(new QToolButton(this))
{
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_close->setAutoRaise(true);
    m_close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    m_close->setToolTip(tr("Close the message"));
    m_close->setAccessibleName(tr("Close the message"));
    connect(m_close, &QToolButton::clicked, this, &QWidget::hide);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 4, 4);
    layout->addWidget(m_icon);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_close, 0, Qt::AlignTop);
    hide();
}

void MessageBar::showMessage(const QString& text, Kind kind)
{
    m_kind = kind;
    m_text->setText(text);
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize);
    m_icon->setPixmap(style()
                          ->standardIcon(kind == Kind::Error ? QStyle::SP_MessageBoxCritical
                                                             : QStyle::SP_MessageBoxInformation)
                          .pixmap(size, size));
    QPalette palette = parentWidget() ? parentWidget()->palette() : QPalette();
    const QColor window = palette.color(QPalette::Window);
    palette.setColor(QPalette::Window, kind == Kind::Error ? Tint::error(window) : Tint::information(window));
    setPalette(palette);
    show();
}

void MessageBar::dismissError()
{
    if (m_kind == Kind::Error)
        hide();
}

void MessageBar::dismiss(const QString& text)
{
    if (!text.isEmpty() && m_text->text() == text)
        hide();
}

QString MessageBar::text() const
{
    // Not hidden rather than visible: a dialog says its failure before it is first shown.
    return isHidden() ? QString() : m_text->text();
}
