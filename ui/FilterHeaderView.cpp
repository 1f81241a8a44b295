#include "FilterHeaderView.h"

#include <QKeyEvent>
#include <QLineEdit>
#include <QScrollBar>
#include <QTableView>

FilterHeaderView::FilterHeaderView(QWidget* parent)
    : QHeaderView(Qt::Horizontal, parent)
{
    setSectionsClickable(true);
    setSectionsMovable(true);
    setHighlightSections(false);
    setSortIndicatorShown(true);
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(debounceMs);
    connect(&m_debounce, &QTimer::timeout, this, [this]() {
        if (m_applyWhileTyping)
            emitPending();
        else
            Q_EMIT typingHeld();
    });
    connect(this, &QHeaderView::sectionResized, this, &FilterHeaderView::positionEditors);
    connect(this, &QHeaderView::sectionMoved, this, &FilterHeaderView::positionEditors);
}

void FilterHeaderView::setFilterRowVisible(bool visible)
{
    m_filterRowVisible = visible;
    for (QLineEdit* editor : std::as_const(m_editors)) {
        if (editor)
            editor->setVisible(visible);
    }
    updateGeometries();
    updateGeometry();
}

void FilterHeaderView::rebuildFilters(const std::function<bool(int)>& filterable)
{
    QList<QString> previous;
    bool hadFocus = false;
    for (QLineEdit* editor : std::as_const(m_editors)) {
        previous.append(editor ? editor->text() : QString());
        hadFocus = hadFocus || (editor && editor->hasFocus());
    }
    // Out of the Tab chain, a deleted field would hand the focus to nothing in particular.
    if (hadFocus && parentWidget())
        parentWidget()->setFocus(Qt::OtherFocusReason);
    qDeleteAll(m_editors);
    m_editors.clear();
    m_pending.clear();
    for (int i = 0; i < count(); ++i) {
        if (!filterable(i)) {
            m_editors.append(nullptr);
            continue;
        }
        auto* editor = new QLineEdit(this);
        editor->setPlaceholderText(tr("Filter"));
        editor->setClearButtonEnabled(true);
        editor->setAccessibleName(
            tr("Filter %1").arg(model() ? model()->headerData(i, Qt::Horizontal).toString() : QString()));
        editor->setVisible(m_filterRowVisible);
        editor->setFocusPolicy(Qt::ClickFocus);
        editor->installEventFilter(this);
        connect(editor, &QLineEdit::textChanged, this, [this, i]() {
            if (!m_pending.contains(i))
                m_pending.append(i);
            m_debounce.start();
        });
        m_editors.append(editor);
    }
    positionEditors();
}

QLineEdit* FilterHeaderView::filterEdit(int logicalIndex) const
{
    return m_editors.value(logicalIndex);
}

void FilterHeaderView::clearFilters()
{
    for (QLineEdit* editor : std::as_const(m_editors)) {
        if (editor)
            editor->clear();
    }
}

bool FilterHeaderView::focusFilter(int logicalIndex)
{
    const QList<QLineEdit*> editors = visibleEditors();
    if (editors.isEmpty())
        return false;
    QLineEdit* editor = m_editors.value(logicalIndex);
    if (!editors.contains(editor))
        editor = editors.constFirst();
    enterFilter(editor, Qt::ShortcutFocusReason);
    return true;
}

void FilterHeaderView::enterFilter(QLineEdit* editor, Qt::FocusReason reason)
{
    // A filter field may be scrolled out of sight; the table scrolls to its column first.
    const int logical = int(m_editors.indexOf(editor));
    if (auto* table = qobject_cast<QTableView*>(parentWidget()); table && table->model()) {
        const QModelIndex current = table->currentIndex();
        table->scrollTo(table->model()->index(current.isValid() ? current.row() : 0, logical));
    }
    editor->setFocus(reason);
    editor->selectAll();
}

QList<QLineEdit*> FilterHeaderView::visibleEditors() const
{
    QList<QLineEdit*> editors;
    if (!m_filterRowVisible)
        return editors;
    for (int visual = 0; visual < count(); ++visual) {
        const int logical = logicalIndex(visual);
        if (QLineEdit* editor = m_editors.value(logical); editor && !isSectionHidden(logical))
            editors.append(editor);
    }
    return editors;
}

void FilterHeaderView::setApplyWhileTyping(bool apply)
{
    m_applyWhileTyping = apply;
    if (apply && !m_pending.isEmpty())
        m_debounce.start();
}

bool FilterHeaderView::eventFilter(QObject* watched, QEvent* event)
{
    auto* editor = qobject_cast<QLineEdit*>(watched);
    if (!editor || !m_editors.contains(editor))
        return QHeaderView::eventFilter(watched, event);
    if (event->type() == QEvent::FocusIn)
        m_textOnEntry = editor->text();
    if (event->type() != QEvent::KeyPress)
        return QHeaderView::eventFilter(watched, event);
    const int key = static_cast<QKeyEvent*>(event)->key();
    // Escape takes back what was typed since the field was entered, as it cancels elsewhere.
    if (key == Qt::Key_Escape)
        editor->setText(m_textOnEntry);
    if (key == Qt::Key_Return || key == Qt::Key_Enter || key == Qt::Key_Escape) {
        leaveFilters();
        return true;
    }
    if (key != Qt::Key_Tab && key != Qt::Key_Backtab)
        return QHeaderView::eventFilter(watched, event);
    const QList<QLineEdit*> editors = visibleEditors();
    const qsizetype next = editors.indexOf(editor) + (key == Qt::Key_Tab ? 1 : -1);
    if (next < 0 || next >= editors.size())
        leaveFilters();
    else
        enterFilter(editors.at(next), key == Qt::Key_Tab ? Qt::TabFocusReason : Qt::BacktabFocusReason);
    return true;
}

void FilterHeaderView::leaveFilters()
{
    // What was typed applies now, not after the pause that spares the store a query per key.
    m_debounce.stop();
    emitPending();
    if (parentWidget())
        parentWidget()->setFocus(Qt::OtherFocusReason);
}

QSize FilterHeaderView::sizeHint() const
{
    QSize size = QHeaderView::sizeHint();
    if (m_filterRowVisible && !m_editors.isEmpty()) {
        QLineEdit probe;
        size.setHeight(size.height() + probe.sizeHint().height() + 4);
    }
    return size;
}

void FilterHeaderView::updateGeometries()
{
    if (m_filterRowVisible && !m_editors.isEmpty()) {
        QLineEdit probe;
        setViewportMargins(0, 0, 0, probe.sizeHint().height() + 4);
    } else {
        setViewportMargins(0, 0, 0, 0);
    }
    QHeaderView::updateGeometries();
    positionEditors();
}

void FilterHeaderView::positionEditors()
{
    if (!m_filterRowVisible)
        return;
    const int top = QHeaderView::sizeHint().height();
    for (int i = 0; i < m_editors.size(); ++i) {
        QLineEdit* editor = m_editors.at(i);
        if (!editor)
            continue;
        if (isSectionHidden(i)) {
            editor->hide();
            continue;
        }
        editor->show();
        editor->setGeometry(sectionViewportPosition(i) + 1, top + 2, sectionSize(i) - 2,
                            editor->sizeHint().height());
    }
}

void FilterHeaderView::emitPending()
{
    QMap<int, QString> texts;
    for (int i : std::exchange(m_pending, {})) {
        if (QLineEdit* editor = m_editors.value(i))
            texts.insert(i, editor->text());
    }
    if (!texts.isEmpty())
        Q_EMIT filtersChanged(texts);
}
