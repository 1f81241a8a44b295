#pragma once

#include "TokenService.h"

#include <QObject>
#include <QString>
#include <memory>

class MainWindow;

// The open store and the window on it. The window is built around one service (its models and
// editor keep it), so another store means a new pair. The new store is opened first and the
// window changes only once it is open: a store that cannot be opened (a wrong password, a server
// down) leaves the person working where they were, with the reason on show.
class StoreSession : public QObject
{
    Q_OBJECT

public:
    explicit StoreSession(const QString& user, QObject* parent = nullptr);
    // The service goes first, so its queued calls finish while their window still exists.
    ~StoreSession() override;

    // The first store, opened by its window (which says so if it cannot be).
    void start(TokenService::StoreFactory factory, bool fillDemoWhenEmpty);
    // Opens the store named description and moves to it once it is open.
    void switchTo(TokenService::StoreFactory factory, const QString& description);
    bool isSwitching() const { return m_next != nullptr; }

    MainWindow* window() const { return m_window.get(); }
    TokenService* service() const { return m_service.get(); }

Q_SIGNALS:
    // A new window is on show (at start and after each switch), for its requests to be connected.
    void windowShown(MainWindow* window);

private:
    std::unique_ptr<TokenService> createService(TokenService::StoreFactory factory) const;
    void show(std::unique_ptr<TokenService> service, bool fillDemoWhenEmpty);

    QString m_user;
    std::unique_ptr<TokenService> m_service;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<TokenService> m_next;
    // Counts the switches asked for, so the answer of one given up for a later one is ignored.
    quint64 m_attempts = 0;
};
