#include "StateBadgeDelegate.h"

#include "StateLabels.h"
#include "TokenTableModel.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

namespace {
constexpr int horizontalPadding = 8;
constexpr int verticalMargin = 3;
// Between the cell's edges and the badge.
constexpr int cellMargin = 4;

QFont badgeFont(const QFont& tableFont)
{
    QFont font = tableFont;
    // A font set in pixels has no point size.
    if (font.pointSizeF() > 0)
        font.setPointSizeF(font.pointSizeF() * 0.9);
    else
        font.setPixelSize(std::max(1, font.pixelSize() * 9 / 10));
    font.setBold(true);
    return font;
}
} // namespace

int StateBadgeDelegate::columnWidth(const QFont& tableFont)
{
    const QFontMetrics metrics(badgeFont(tableFont));
    int widest = 0;
    for (LifeCycleState state :
         { LifeCycleState::PendingVerification, LifeCycleState::Effective, LifeCycleState::NotEffective })
        widest = std::max(widest, metrics.horizontalAdvance(StateLabels::label(state)));
    return widest + 2 * horizontalPadding + 2 * cellMargin;
}

void StateBadgeDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                               const QModelIndex& index) const
{
    const QVariant state = index.data(TokenTableModel::StateRole);
    if (!state.isValid()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem background = option;
    initStyleOption(&background, index);
    background.text.clear();
    const QWidget* widget = option.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &background, painter, widget);

    const auto lifeCycleState = static_cast<LifeCycleState>(state.toInt());
    const QString text = StateLabels::label(lifeCycleState);
    const QFont font = badgeFont(option.font);
    const QFontMetrics metrics(font);
    const int width = metrics.horizontalAdvance(text) + 2 * horizontalPadding;
    const int height = std::min(option.rect.height() - 2 * verticalMargin, metrics.height() + 4);
    QRect badge(option.rect.left() + cellMargin, option.rect.center().y() - height / 2 + 1, width, height);
    badge = badge.intersected(option.rect.adjusted(2, 0, -2, 0));

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    QPainterPath path;
    path.addRoundedRect(badge, height / 2.0, height / 2.0);
    QColor colour = StateLabels::badgeColor(lifeCycleState);
    // In a greyed table (the rows of a scope left) the badge fades with the text around it.
    if (!(option.state & QStyle::State_Enabled)) {
        const QColor base = option.palette.color(QPalette::Base);
        colour = QColor::fromRgbF(0.4f * colour.redF() + 0.6f * base.redF(),
                                  0.4f * colour.greenF() + 0.6f * base.greenF(),
                                  0.4f * colour.blueF() + 0.6f * base.blueF());
    }
    painter->fillPath(path, colour);
    painter->setFont(font);
    painter->setPen(Qt::white);
    painter->drawText(badge, Qt::AlignCenter, metrics.elidedText(text, Qt::ElideRight, badge.width() - 4));
    painter->restore();
}

QSize StateBadgeDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.setWidth(std::max(size.width(), columnWidth(option.font)));
    return size;
}
