#pragma once

#include <QTableView>

// The token table. The keyboard moves the selection with the current row, Ctrl held or not, so
// the editor (which shows the current row) and the actions (which act on the selection) always
// mean the same token: Qt's Ctrl+arrow moves the current row alone, and an action then hit a token
// other than the one on show. The current cell is framed while the table has the focus, and the
// selection is muted while it has not, so a keyboard user sees where keys go. Shift+F10 opens the
// context menu, as the Menu key does, and Return asks to open the row. Removing the current row
// is announced first, instead of Qt quietly making a neighbour current (and its token the one on
// show).
class TokenTableView : public QTableView
{
    Q_OBJECT

public:
    using QTableView::QTableView;

Q_SIGNALS:
    // Return or Enter on a row: open it.
    void openRequested();
    // The current row is about to go: who shows its token decides what becomes current. Left
    // current, a neighbouring row becomes current as the row goes.
    void currentRowRemoving(int row);

protected Q_SLOTS:
    void rowsAboutToBeRemoved(const QModelIndex& parent, int start, int end) override;

protected:
    QItemSelectionModel::SelectionFlags selectionCommand(const QModelIndex& index,
                                                         const QEvent* event) const override;
    QModelIndex moveCursor(CursorAction cursorAction, Qt::KeyboardModifiers modifiers) override;
    void keyPressEvent(QKeyEvent* event) override;
    void paintEvent(QPaintEvent* event) override;
    void focusInEvent(QFocusEvent* event) override;
    void focusOutEvent(QFocusEvent* event) override;
    void initViewItemOption(QStyleOptionViewItem* option) const override;
};
