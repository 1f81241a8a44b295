#pragma once

#include <QString>
#include <QThread>

class TcpRelayWorker;

// A loopback port that forwards every connection to a server, on a thread of its own (a store
// under test blocks its thread while it waits for the server). cut() stands for the server going
// away: the connections through it close and the port refuses new ones.
class TcpRelay
{
public:
    TcpRelay(const QString& host, quint16 port);
    ~TcpRelay();

    quint16 port() const { return m_port; }
    void cut();

private:
    QThread m_thread;
    TcpRelayWorker* m_worker = nullptr;
    quint16 m_port = 0;
};
