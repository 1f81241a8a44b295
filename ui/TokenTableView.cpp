#include "TokenTableView.h"

#include <QKeyEvent>
#include <QPainter>

QItemSelectionModel::SelectionFlags TokenTableView::selectionCommand(const QModelIndex& index,
                                                                     const QEvent* event) const
{
    if (event && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<const QKeyEvent*>(event);
        // Ctrl+Space still adds or takes away the current row; Ctrl+Shift extends as Shift does.
        if ((key->modifiers() & Qt::ControlModifier) && key->key() != Qt::Key_Space)
            return ((key->modifiers() & Qt::ShiftModifier) ? QItemSelectionModel::SelectCurrent
                                                           : QItemSelectionModel::ClearAndSelect)
                | QItemSelectionModel::Rows;
    }
    return QTableView::selectionCommand(index, event);
}

QModelIndex TokenTableView::moveCursor(CursorAction cursorAction, Qt::KeyboardModifiers modifiers)
{
    // Rows are what a person moves among: Home and End, with Ctrl or without, go to the first and
    // last row in the same column, as in a list. A table's own Home and End go to the row's first
    // or last cell, which scrolled Number and State out of view.
    const QModelIndex current = currentIndex();
    if ((cursorAction == MoveHome || cursorAction == MoveEnd) && current.isValid() && model()->rowCount() > 0)
        return model()->index(cursorAction == MoveHome ? 0 : model()->rowCount() - 1, current.column());
    return QTableView::moveCursor(cursorAction, modifiers);
}

void TokenTableView::keyPressEvent(QKeyEvent* event)
{
    if (event->key() == Qt::Key_F10 && event->modifiers() == Qt::ShiftModifier
        && contextMenuPolicy() == Qt::CustomContextMenu) {
        const QModelIndex current = currentIndex();
        Q_EMIT customContextMenuRequested(current.isValid() ? visualRect(current).center()
                                                            : viewport()->rect().topLeft());
        return;
    }
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter)
        && (event->modifiers() & ~Qt::KeypadModifier) == Qt::NoModifier && currentIndex().isValid()) {
        Q_EMIT openRequested();
        return;
    }
    QTableView::keyPressEvent(event);
}

void TokenTableView::paintEvent(QPaintEvent* event)
{
    QTableView::paintEvent(event);
    const QModelIndex current = currentIndex();
    if (!hasFocus() || !current.isValid())
        return;
    QPainter painter(viewport());
    const QRect cell = visualRect(current).adjusted(1, 1, -2, -2);
    const bool selected = selectionModel() && selectionModel()->isSelected(current);
    QPen pen(palette().color(selected ? QPalette::HighlightedText : QPalette::Highlight));
    pen.setStyle(Qt::DotLine);
    painter.setPen(pen);
    painter.drawRect(cell);
}

void TokenTableView::focusInEvent(QFocusEvent* event)
{
    // With no current row (the token on show is outside the rows), the focus does not make the
    // first row current, as QAbstractItemView would after a new query: that put another token on
    // show when a question closed or Tab came by. The first arrow key goes to the first row.
    if (currentIndex().isValid())
        QTableView::focusInEvent(event);
    else
        QAbstractScrollArea::focusInEvent(event);
    viewport()->update();
}

void TokenTableView::focusOutEvent(QFocusEvent* event)
{
    QTableView::focusOutEvent(event);
    viewport()->update();
}

void TokenTableView::initViewItemOption(QStyleOptionViewItem* option) const
{
    QTableView::initViewItemOption(option);
    if (hasFocus())
        return;
    QPalette& colours = option->palette;
    const QColor highlight = colours.color(QPalette::Active, QPalette::Highlight);
    const QColor base = colours.color(QPalette::Active, QPalette::Base);
    auto mixed = [&](float (QColor::*part)() const) {
        return 0.4f * (highlight.*part)() + 0.6f * (base.*part)();
    };
    const QColor muted
        = QColor::fromRgbF(mixed(&QColor::redF), mixed(&QColor::greenF), mixed(&QColor::blueF));
    for (const QPalette::ColorGroup group : { QPalette::Active, QPalette::Inactive }) {
        colours.setColor(group, QPalette::Highlight, muted);
        colours.setColor(group, QPalette::HighlightedText, colours.color(group, QPalette::Text));
    }
}

void TokenTableView::rowsAboutToBeRemoved(const QModelIndex& parent, int start, int end)
{
    const int row = currentIndex().row();
    if (!parent.isValid() && row >= start && row <= end)
        Q_EMIT currentRowRemoving(row);
    QTableView::rowsAboutToBeRemoved(parent, start, end);
}
