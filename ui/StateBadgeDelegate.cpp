#include "StateBadgeDelegate.h"

#include "StateLabels.h"
#include "TokenTableModel.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

namespace {
constexpr int horizontalPadding = 8;
constexpr int verticalMargin = 3;
} // namespace

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
    QFont font = option.font;
    font.setPointSizeF(font.pointSizeF() * 0.9);
    font.setBold(true);
    const QFontMetrics metrics(font);
    const int width = metrics.horizontalAdvance(text) + 2 * horizontalPadding;
    const int height = std::min(option.rect.height() - 2 * verticalMargin, metrics.height() + 4);
    QRect badge(option.rect.left() + 4, option.rect.center().y() - height / 2 + 1, width, height);
    badge = badge.intersected(option.rect.adjusted(2, 0, -2, 0));

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    QPainterPath path;
    path.addRoundedRect(badge, height / 2.0, height / 2.0);
    painter->fillPath(path, StateLabels::badgeColor(lifeCycleState));
    painter->setFont(font);
    painter->setPen(Qt::white);
    painter->drawText(badge, Qt::AlignCenter, metrics.elidedText(text, Qt::ElideRight, badge.width() - 4));
    painter->restore();
}

QSize StateBadgeDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    QFont font = option.font;
    font.setBold(true);
    const QFontMetrics metrics(font);
    size.setWidth(std::max(size.width(),
                           metrics.horizontalAdvance(StateLabels::label(LifeCycleState::PendingVerification))
                               + 2 * horizontalPadding + 8));
    return size;
}
