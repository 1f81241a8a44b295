#pragma once

#include <QObject>

class QLineEdit;

// A line edit too narrow for its text shows the whole text as its tooltip, as the table does for a
// cut cell: a 32-character authentication code is read at a glance, not scrolled through. A field
// that hides what is typed never shows it.
class OverflowToolTip : public QObject
{
    Q_OBJECT

public:
    explicit OverflowToolTip(QLineEdit* edit);

    // Whether the text is wider than the room the field gives it.
    static bool overflows(const QLineEdit* edit);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QLineEdit* m_edit;
};
