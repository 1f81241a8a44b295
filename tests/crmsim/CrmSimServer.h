#pragma once

#include "TokenStore.h"

#include <QAbstractHttpServer>
#include <QByteArray>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QPointer>
#include <QString>
#include <QTcpSocket>
#include <QUrlQuery>

// A CRM.COM V4 server for tests and demos (spec §4) on top of any TokenStore, loopback only. It
// records every request it receives and can be told, through /_sim/ control endpoints, to add
// latency and to fail the next requests in the ways a real server and network do.
class CrmSimServer : public QAbstractHttpServer
{
    Q_OBJECT

public:
    struct Credentials
    {
        QString user = QStringLiteral("admin");
        QString password = QStringLiteral("secret");
        QString organisation = QStringLiteral("TestOrg");
        QString webApiKey = QStringLiteral("web-api-key");
        QString consumerKey = QStringLiteral("consumer-key");
    };

    // What the next matching request suffers.
    struct Fault
    {
        enum class Kind
        {
            Http500,
            // The connection is closed without an answer.
            Drop,
            // No answer at all, until the client gives up.
            Hang,
            NotJson,
            // A well-formed envelope with a status other than OK.
            Status,
            // The session is declared expired.
            ExpireSession,
        };
        Kind kind = Kind::Http500;
        // The wire method it applies to ("set_as_effective"), empty for any API call.
        QString method;
        int count = 1;
        // Drop and Hang: whether the request is carried out before the reply is lost.
        bool apply = false;
        QString statusCode = QStringLiteral("SERVER_BUSY");
    };

    CrmSimServer(TokenStore& store, Credentials credentials, QObject* parent = nullptr);

    // Listens on 127.0.0.1; 0 picks a free port. Returns the port, 0 on failure.
    quint16 start(quint16 port);
    // Serves https with this PEM certificate and RSA key; call before start().
    Result<void> useTls(const QString& certificatePath, const QString& keyPath);
    QString baseUrl() const;
    void setLatency(int ms) { m_latencyMs = ms; }
    void addFault(const Fault& fault) { m_faults.append(fault); }
    void expireSessions();

protected:
    bool handleRequest(const QHttpServerRequest& request, QTcpSocket* socket) override;
    void missingHandler(const QHttpServerRequest& request, QTcpSocket* socket) override;

private:
    struct Call
    {
        QString method;
        // Below the API base, e.g. "access_tokens/show".
        QString path;
        QString rawQuery;
        QUrlQuery query;
        QJsonObject body;
        QByteArray authorization;
        bool bodyIsJson = true;
    };
    struct Reply
    {
        int httpStatus = 200;
        QByteArray body;
    };
    struct ConsumerSession
    {
        QString identifier;
        QString passCode;
    };

    void dispatch(const Call& call, QPointer<QTcpSocket> socket);
    Reply control(const Call& call);
    Reply api(const Call& call);
    Reply accessTokens(const QString& method, const Call& call);
    Reply login(const Call& call);
    QJsonObject parameters(const Call& call) const;
    Fault* takeFault(const QString& method);
    static void write(QTcpSocket* socket, const Reply& reply);

    static Reply ok(const QJsonValue& data = QJsonValue::Undefined);
    static Reply failure(const QString& code, const QString& message, const QString& description = QString());
    static Reply failure(const Error& error);

    TokenStore& m_store;
    Credentials m_credentials;
    quint16 m_port = 0;
    int m_latencyMs = 0;
    bool m_tls = false;
    QList<Fault> m_faults;
    QHash<QString, bool> m_sessions;
    QHash<QString, ConsumerSession> m_consumerSessions;
    QJsonArray m_recorded;
    // API calls received and not yet answered, and the most there ever were at once.
    int m_pending = 0;
    int m_maxPending = 0;
};
