#pragma once

#include <QFrame>

class QLabel;
class QToolButton;

// A bar across the top of the window for errors and notices that must not be missed (as
// KMessageWidget). Its colours are mixed from the palette, so it reads on dark themes too.
class MessageBar : public QFrame
{
    Q_OBJECT

public:
    enum class Kind
    {
        Information,
        Error
    };

    explicit MessageBar(QWidget* parent = nullptr);

    void showMessage(const QString& text, Kind kind);
    // Hides an error the person has since moved past; a notice stays until closed.
    void dismissError();
    // Hides the bar if it still says text (which has stopped being true).
    void dismiss(const QString& text);
    // What the bar says; empty once closed.
    QString text() const;
    Kind kind() const { return m_kind; }

private:
    QLabel* m_icon;
    QLabel* m_text;
    QToolButton* m_close;
    Kind m_kind = Kind::Information;
};
