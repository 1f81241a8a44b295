#pragma once

#include "Clock.h"
#include "TokenStore.h"

#include <QString>
#include <QThread>
#include <functional>
#include <memory>

class CrmSimServer;
class QEventLoop;

// tokendesk-crmsim in this process: a CrmSimServer over a SqlTokenStore on a thread of its own,
// for tests that need to reach the server's store directly (the conformance suite sets the
// configuration and the directory through it, and moves its clock).
class CrmSimThread
{
public:
    // The SQLite file the simulated server keeps its tokens in, and the clock it uses.
    CrmSimThread(const QString& databasePath, Clock* clock);
    ~CrmSimThread();

    // Starts the server; its API base URL, or empty on failure.
    QString start();
    quint16 port() const { return m_port; }
    // Runs work on the server's thread against its store and waits for it.
    void onStore(const std::function<void(TokenStore&)>& work);

private:
    QString m_databasePath;
    Clock* m_clock = nullptr;
    QThread* m_thread = nullptr;
    // Live while the thread runs: the target of onStore() and the loop the destructor ends.
    QObject* m_context = nullptr;
    QEventLoop* m_loop = nullptr;
    std::unique_ptr<TokenStore> m_store;
    std::unique_ptr<CrmSimServer> m_server;
    quint16 m_port = 0;
};
