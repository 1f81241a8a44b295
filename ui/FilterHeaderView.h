#pragma once

#include <QHeaderView>
#include <QList>
#include <QMap>
#include <QTimer>

class QLineEdit;

// A horizontal header with a row of filter fields under the column titles (as DB Browser for
// SQLite). Typing is debounced and reported per column key; the model turns it into the query's
// column filters, so the store does the filtering.
// The fields stay out of the window's Tab chain, which would otherwise pass a dozen of them on
// the way to the table: focusFilter() is the keyboard's way in; inside, Tab moves along the row,
// Return (or Tab past either end) goes back to the table with the filter applied, and Escape goes
// back with the field as it was when entered.
class FilterHeaderView : public QHeaderView
{
    Q_OBJECT

public:
    static constexpr int debounceMs = 200;

    explicit FilterHeaderView(QWidget* parent = nullptr);

    void setFilterRowVisible(bool visible);
    bool isFilterRowVisible() const { return m_filterRowVisible; }
    // Rebuilds the fields after the model's columns changed; filterable(column) says which get one.
    void rebuildFilters(const std::function<bool(int)>& filterable);
    QLineEdit* filterEdit(int logicalIndex) const;
    void clearFilters();
    // Focuses the filter of logicalIndex, or of the first column on screen that has one when
    // logicalIndex has none; its text is selected, so typing replaces it. False when no column on
    // screen has a filter.
    bool focusFilter(int logicalIndex);
    // Off: what is typed waits for Return instead of applying after the pause (typingHeld() is
    // sent then), so a question about unsaved edits never stops someone mid-word. On again, what
    // was held applies after the pause.
    void setApplyWhileTyping(bool apply);

    QSize sizeHint() const override;

public Q_SLOTS:
    // Follows the sections when columns are resized, moved or scrolled.
    void positionEditors();

Q_SIGNALS:
    // The filters typed since the last signal, by logical index: several at once (Clear Filters)
    // come together, so one question about unsaved edits covers them all.
    void filtersChanged(const QMap<int, QString>& texts);
    // Typing paused while setApplyWhileTyping(false): the filter waits for Return.
    void typingHeld();

protected:
    void updateGeometries() override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void emitPending();
    // The filter fields on screen, left to right as the columns are shown.
    QList<QLineEdit*> visibleEditors() const;
    // Scrolls the field's column into view and gives it the focus, its text selected.
    void enterFilter(QLineEdit* editor, Qt::FocusReason reason);
    void leaveFilters();

    QList<QLineEdit*> m_editors;
    QList<int> m_pending;
    // The text of the field with the focus when it got it, for Escape.
    QString m_textOnEntry;
    QTimer m_debounce;
    bool m_filterRowVisible = true;
    bool m_applyWhileTyping = true;
};
