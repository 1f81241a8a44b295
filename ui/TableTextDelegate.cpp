#include "TableTextDelegate.h"

#include <QApplication>
#include <QPainter>
#include <QTextOption>

namespace {
// Enough for every distinct string of several screens; beyond it the cache starts over.
constexpr int maxLaidOut = 4000;
} // namespace

void TableTextDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                              const QModelIndex& index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const bool plainLine = !(opt.features
                             & (QStyleOptionViewItem::HasDecoration | QStyleOptionViewItem::HasCheckIndicator
                                | QStyleOptionViewItem::WrapText))
        && !opt.text.contains(QChar::LineSeparator);
    if (!plainLine) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    const QWidget* widget = opt.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    const QString text = opt.text;
    // The style draws the background, the selection and the focus frame; the text is drawn here.
    opt.text.clear();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);
    if (text.isEmpty())
        return;

    // The same text rectangle as QCommonStyle's item view text.
    const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, widget) + 1;
    const QRect textRect
        = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, widget).adjusted(margin, 0, -margin, 0);
    if (textRect.width() <= 0)
        return;
    const QStaticText& line = laidOut(text, opt, textRect.width());
    QPalette::ColorGroup group = QPalette::Normal;
    if (!(opt.state & QStyle::State_Enabled))
        group = QPalette::Disabled;
    else if (!(opt.state & QStyle::State_Active))
        group = QPalette::Inactive;
    // Saving the painter and clipping would cost as much as the text saved: the elided text stays
    // inside the cell, and the other delegates set the pen and font they draw with.
    painter->setPen(opt.palette.color(
        group, (opt.state & QStyle::State_Selected) ? QPalette::HighlightedText : QPalette::Text));
    painter->setFont(opt.font);
    // Placed as QCommonStyle places its text layout: the vertical position in whole pixels, the
    // horizontal one as the line's alignment within the text rectangle puts it.
    const QSizeF size = line.size();
    const int top
        = QStyle::alignedRect(Qt::LayoutDirectionAuto, opt.displayAlignment & Qt::AlignVertical_Mask,
                              size.toSize(), textRect)
              .top();
    const Qt::Alignment horizontal = QStyle::visualAlignment(opt.direction, opt.displayAlignment);
    qreal left = textRect.x();
    if (horizontal & Qt::AlignRight)
        left += textRect.width() - size.width();
    else if (horizontal & Qt::AlignHCenter)
        left += (textRect.width() - size.width()) / 2;
    painter->drawStaticText(QPointF(left, top), line);
}

const QStaticText& TableTextDelegate::laidOut(const QString& text, const QStyleOptionViewItem& option,
                                              int width) const
{
    if (option.font != m_font) {
        m_laidOut.clear();
        m_font = option.font;
    }
    QString key = text;
    key += QChar(0x1f);
    key += QString::number(width);
    key += QChar(u'0' + int(option.textElideMode));
    key += QChar(u'0' + int(option.direction));
    auto found = m_laidOut.constFind(key);
    if (found != m_laidOut.cend())
        return *found;
    if (m_laidOut.size() >= maxLaidOut)
        m_laidOut.clear();
    QStaticText line(option.textElideMode == Qt::ElideNone
                         ? text
                         : option.fontMetrics.elidedText(text, option.textElideMode, width));
    line.setTextFormat(Qt::PlainText);
    // Neutral and mixed text is ordered as the view's direction says, as QCommonStyle does.
    QTextOption direction;
    direction.setTextDirection(option.direction);
    line.setTextOption(direction);
    line.prepare(QTransform(), option.font);
    return *m_laidOut.insert(key, line);
}
