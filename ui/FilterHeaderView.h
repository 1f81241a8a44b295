#pragma once

#include <QHeaderView>
#include <QList>
#include <QTimer>

class QLineEdit;

// A horizontal header with a row of filter fields under the column titles (as DB Browser for
// SQLite). Typing is debounced and reported per column key; the model turns it into the query's
// column filters, so the store does the filtering.
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

    QSize sizeHint() const override;

public Q_SLOTS:
    // Follows the sections when columns are resized, moved or scrolled.
    void positionEditors();

Q_SIGNALS:
    void filterChanged(int logicalIndex, const QString& text);

protected:
    void updateGeometries() override;

private:
    void emitPending();

    QList<QLineEdit*> m_editors;
    QList<int> m_pending;
    QTimer m_debounce;
    bool m_filterRowVisible = true;
};
