#pragma once

#include <QPointer>
#include <QTimer>
#include <QWidget>

class QLabel;
class QPushButton;
class QShortcut;
class TokenService;

// For the status bar: once a store call that can be cancelled (a request to CRM.COM) has run for
// a moment, says what the window waits for and offers Cancel, by mouse or with Esc. Short calls
// never show it. The call itself reports how it ended, cancelled or not.
class RunningCallIndicator : public QWidget
{
    Q_OBJECT

public:
    static constexpr int showAfterMs = 300;

    // The Esc shortcut belongs to window.
    RunningCallIndicator(TokenService* service, QWidget* window);

    QPushButton* cancelButton() const { return m_cancel; }

private:
    void setRunning(bool running);
    void cancel();

    QPointer<TokenService> m_service;
    QLabel* m_label;
    QPushButton* m_cancel;
    QShortcut* m_escape;
    QTimer m_delay;
};
