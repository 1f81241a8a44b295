#pragma once

#include <QLabel>

class QAbstractItemView;

// A sentence in the middle of an empty table saying why it is empty ("No token's identifier …
// starts with “@”."), so an empty result reads as an answer rather than as a fault. It follows the
// view's size and lets clicks through.
class EmptyTableHint : public QLabel
{
    Q_OBJECT

public:
    explicit EmptyTableHint(QAbstractItemView* view);

    // Shown with this text; hidden when text is empty.
    void setHint(const QString& text);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QWidget* m_viewport;
};
