#pragma once

#include <QAction>

class QLineEdit;

// The eye at the end of a pass-code field: shows or hides what was typed. Ctrl+H does the same
// from the keyboard while the field has the focus, since the eye itself takes no focus.
class RevealAction : public QAction
{
    Q_OBJECT

public:
    explicit RevealAction(QLineEdit* edit);
};
