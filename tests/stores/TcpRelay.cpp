#include "TcpRelay.h"

#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>

class TcpRelayWorker : public QObject
{
public:
    TcpRelayWorker(const QString& host, quint16 port)
        : m_host(host)
        , m_port(port)
    {
    }

    quint16 listen()
    {
        m_server = new QTcpServer(this);
        m_server->listen(QHostAddress::LocalHost, 0);
        connect(m_server, &QTcpServer::newConnection, this, &TcpRelayWorker::relay);
        return m_server->serverPort();
    }

    void cut()
    {
        m_server->close();
        for (QTcpSocket* socket : findChildren<QTcpSocket*>())
            socket->abort();
    }

private:
    void relay()
    {
        while (QTcpSocket* in = m_server->nextPendingConnection()) {
            in->setParent(this);
            auto* out = new QTcpSocket(this);
            // Bytes from the client wait in its socket until the server end is connected.
            connect(out, &QTcpSocket::connected, in, [in, out]() { out->write(in->readAll()); });
            connect(in, &QTcpSocket::readyRead, out, [in, out]() {
                if (out->state() == QAbstractSocket::ConnectedState)
                    out->write(in->readAll());
            });
            connect(out, &QTcpSocket::readyRead, in, [in, out]() { in->write(out->readAll()); });
            connect(in, &QTcpSocket::disconnected, out, &QTcpSocket::disconnectFromHost);
            connect(out, &QTcpSocket::disconnected, in, &QTcpSocket::disconnectFromHost);
            out->connectToHost(m_host, m_port);
        }
    }

    QString m_host;
    quint16 m_port;
    QTcpServer* m_server = nullptr;
};

TcpRelay::TcpRelay(const QString& host, quint16 port)
    : m_worker(new TcpRelayWorker(host, port))
{
    m_worker->moveToThread(&m_thread);
    m_thread.start();
    QMetaObject::invokeMethod(
        m_worker, [this]() { m_port = m_worker->listen(); }, Qt::BlockingQueuedConnection);
}

TcpRelay::~TcpRelay()
{
    QMetaObject::invokeMethod(
        m_worker, [this]() { delete m_worker; }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void TcpRelay::cut()
{
    QMetaObject::invokeMethod(
        m_worker, [this]() { m_worker->cut(); }, Qt::BlockingQueuedConnection);
}
