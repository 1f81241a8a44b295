#pragma once

#include <QStyledItemDelegate>

// Paints the life cycle state as a coloured rounded badge with its translated label. The badge
// colours are the only fixed colours of the application; they are mid-tones with white text so
// they stay legible on light and dark palettes.
class StateBadgeDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

    // Wide enough for the widest badge, in the table's font and the language in use.
    static int columnWidth(const QFont& tableFont);
};
