#include "RunningInstance.h"

#include <QCryptographicHash>
#include <QDir>
#include <QLocalServer>
#include <QLocalSocket>

namespace {
// What the listening TokenDesk answers once it has the path: the sender then knows it can stop.
const QByteArray taken = "taken\n";
// A path is one line; anything longer than a path can be is not one.
constexpr qint64 maxLine = 64 * 1024;
} // namespace

QString RunningInstance::defaultName()
{
    const QByteArray home = QCryptographicHash::hash(QDir::homePath().toUtf8(), QCryptographicHash::Sha256);
    return QStringLiteral("TokenDesk-%1").arg(QString::fromLatin1(home.toHex().left(16)));
}

RunningInstance::RunningInstance(const QString& name, QObject* parent)
    : QObject(parent)
    , m_name(name)
{
}

RunningInstance::~RunningInstance() = default;

bool RunningInstance::handOver(const QString& filePath, int timeoutMs)
{
    QLocalSocket socket;
    socket.connectToServer(m_name);
    if (!socket.waitForConnected(timeoutMs))
        return false;
    socket.write(filePath.toUtf8() + '\n');
    if (!socket.waitForBytesWritten(timeoutMs))
        return false;
    while (socket.bytesAvailable() < taken.size()) {
        if (!socket.waitForReadyRead(timeoutMs))
            return false;
    }
    return socket.readAll() == taken;
}

bool RunningInstance::listen()
{
    if (!m_server) {
        m_server = new QLocalServer(this);
        m_server->setSocketOptions(QLocalServer::UserAccessOption);
        connect(m_server, &QLocalServer::newConnection, this, &RunningInstance::receive);
    }
    if (m_server->listen(m_name))
        return true;
    // Nobody answered on it (the caller tried handOver() first): a crashed TokenDesk's leftover.
    QLocalServer::removeServer(m_name);
    return m_server->listen(m_name);
}

void RunningInstance::receive()
{
    while (QLocalSocket* socket = m_server->nextPendingConnection()) {
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QLocalSocket::readyRead, this, [this, socket]() {
            if (!socket->canReadLine()) {
                if (socket->bytesAvailable() > maxLine)
                    socket->abort();
                return;
            }
            const QString path = QString::fromUtf8(socket->readLine(maxLine)).trimmed();
            socket->write(taken);
            socket->flush();
            if (!path.isEmpty())
                Q_EMIT fileReceived(path);
        });
    }
}
