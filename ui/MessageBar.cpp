#include "MessageBar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QToolButton>

namespace {
QColor mixed(const QColor& base, const QColor& tint)
{
    constexpr double amount = 0.3;
    return QColor::fromRgbF(base.redF() * (1 - amount) + tint.redF() * amount,
                            base.greenF() * (1 - amount) + tint.greenF() * amount,
                            base.blueF() * (1 - amount) + tint.blueF() * amount);
}
} // namespace

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
    const QColor tint = kind == Kind::Error ? QColor(0xda, 0x44, 0x53) : QColor(0x3d, 0xae, 0xe9);
    palette.setColor(QPalette::Window, mixed(palette.color(QPalette::Window), tint));
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
    return isVisible() ? m_text->text() : QString();
}
