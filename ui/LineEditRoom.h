#pragma once

class QLineEdit;
class QString;

// The room a QLineEdit gives its text, for a tooltip shown when a value is cut and for fields sized
// so that their grey hint is read whole.
namespace LineEditRoom {
// The pixels the field gives its text: its width less frame, margins and the buttons at its ends.
int textRoom(const QLineEdit* edit);
// The width at which the field shows text whole.
int widthFor(const QLineEdit* edit, const QString& text);
// Widens the field, up to about 60 characters, to show its grey hint whole.
void fitPlaceholder(QLineEdit* edit);
} // namespace LineEditRoom
