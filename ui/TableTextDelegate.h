#pragma once

#include <QFont>
#include <QHash>
#include <QStaticText>
#include <QStyledItemDelegate>

// Paints a table cell's single line of text like QStyledItemDelegate, but keeps the laid-out
// (shaped and elided) text of each string at each width: laying text out is most of what
// painting a table costs, and a table repeats its strings (states, dates, empty columns) and
// repaints the same cells on every scroll step. Cells with an icon, a check box or wrapped or
// multi-line text are left to QStyledItemDelegate.
class TableTextDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;

private:
    const QStaticText& laidOut(const QString& text, const QStyleOptionViewItem& option, int width) const;

    mutable QHash<QString, QStaticText> m_laidOut;
    mutable QFont m_font;
};
