// A CRM.COM server that answers with something hostile: a reply of a gigabyte (announced, or
// streamed without a length) and JSON nested 100,000 levels deep. Each ends in a clear NETWORK
// error, without reading the gigabyte and without a stack overflow.
#include "CrmClient.h"
#include "CrmEnvelope.h"
#include "NetworkLog.h"

#include <QTcpServer>
#include <QTcpSocket>
#include <QtTest>

namespace {
constexpr qint64 gigabyte = qint64(1) << 30;

// Answers every connection with headers and then streams `length` bytes of JSON-ish filler as fast
// as the client reads them, counting what it managed to send.
class HugeReplyServer : public QObject
{
public:
    explicit HugeReplyServer(bool announceLength)
        : m_announceLength(announceLength)
    {
        m_server.listen(QHostAddress::LocalHost);
        connect(&m_server, &QTcpServer::newConnection, this, [this]() {
            QTcpSocket* socket = m_server.nextPendingConnection();
            connect(socket, &QTcpSocket::readyRead, socket, [this, socket]() {
                if (!socket->readAll().contains("\r\n\r\n") || socket->property("answered").toBool())
                    return;
                socket->setProperty("answered", true);
                QByteArray head = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n";
                head += m_announceLength ? "Content-Length: " + QByteArray::number(gigabyte) + "\r\n"
                                         : QByteArray("Connection: close\r\n");
                socket->write(head + "\r\n{\"status\":{\"code\":\"OK\"},\"data\":\"");
                feed(socket);
            });
            connect(socket, &QTcpSocket::bytesWritten, socket, [this, socket]() { feed(socket); });
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        });
    }

    quint16 port() const { return m_server.serverPort(); }
    qint64 sent() const { return m_sent; }

private:
    void feed(QTcpSocket* socket)
    {
        static const QByteArray chunk(1 << 20, 'x');
        if (socket->state() != QAbstractSocket::ConnectedState || socket->bytesToWrite() > 4 * chunk.size()
            || m_sent >= gigabyte)
            return;
        socket->write(chunk);
        m_sent += chunk.size();
    }

    QTcpServer m_server;
    bool m_announceLength;
    qint64 m_sent = 0;
};

Result<QJsonValue> callOnce(quint16 port)
{
    const Result<StoreUrl> url
        = StoreUrl::parse(QStringLiteral("crm+http://127.0.0.1:%1?organisation=ORG").arg(port));
    CrmOptions options;
    options.timeoutMs = 120000;
    CrmClient client(*url, QStringLiteral("api-key"), options);
    client.setLog(nullptr);
    CrmRequest request = CrmRequest::get(QStringLiteral("access_tokens"));
    request.auth = CrmRequest::Auth::None;
    return client.call(request);
}
} // namespace

class TestHostileReplies : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void gigabyteReplyIsRefusedWhileItArrives_data()
    {
        QTest::addColumn<bool>("announceLength");
        QTest::newRow("Content-Length: 1 GiB") << true;
        QTest::newRow("no length, streamed until closed") << false;
    }

    void gigabyteReplyIsRefusedWhileItArrives()
    {
        QFETCH(bool, announceLength);
        HugeReplyServer server(announceLength);
        const Result<QJsonValue> reply = callOnce(server.port());
        QVERIFY(!reply.ok());
        QCOMPARE(reply.error().code(), Error::Code::Network);
        QVERIFY2(reply.error().message().contains(QLatin1String("larger than 64 MiB")),
                 qPrintable(reply.error().message()));
        // The client stopped reading long before the gigabyte: memory stayed near the limit.
        QVERIFY2(server.sent() < 4 * CrmClient::maximumReplyBytes,
                 qPrintable(QString::number(server.sent())));
    }

    void replyNestedHundredThousandLevelsIsAnError()
    {
        const int depth = 100000;
        const QByteArray nested = QByteArray(depth, '[') + QByteArray(depth, ']');
        const QByteArray body = "{\"status\":{\"code\":\"OK\"},\"data\":" + nested + "}";
        const Result<CrmEnvelope> envelope = CrmEnvelope::parse(200, body);
        QVERIFY(!envelope.ok());
        QCOMPARE(envelope.error().code(), Error::Code::Network);
        // Said as what it is, not as a reply that is not JSON at all.
        QVERIFY2(envelope.error().message().contains(QLatin1String("nested too deeply")),
                 qPrintable(envelope.error().message()));

        // The network log redacts what it records by walking the JSON; it must not recurse either.
        const QByteArray objects
            = QByteArray(depth, '{').replace("{", "{\"a\":") + "1" + QByteArray(depth, '}');
        QVERIFY(NetworkLog::redactBody(objects).size() <= objects.size());
        const Result<CrmEnvelope> deepObjects = CrmEnvelope::parse(200, objects);
        QVERIFY(!deepObjects.ok());
        QVERIFY2(deepObjects.error().message().contains(QLatin1String("nested too deeply")),
                 qPrintable(deepObjects.error().message()));
    }
};

QTEST_GUILESS_MAIN(TestHostileReplies)
#include "TestHostileReplies.moc"
