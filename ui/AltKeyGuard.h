#pragma once

#include <QObject>

// Keeps Alt+letter out of text fields. A field takes the letter of an Alt+key that no access key
// or shortcut took: Alt+R beside a Revert button that is off typed "r" into the identifier and
// left the token edited. Installed on the application, it stops such keys at the field, after
// every shortcut has had its turn.
class AltKeyGuard : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
};
