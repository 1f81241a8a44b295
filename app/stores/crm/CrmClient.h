#pragma once

#include "CrmEnvelope.h"
#include "CrmOptions.h"
#include "CrmRequest.h"
#include "Result.h"
#include "StoreUrl.h"

#include <QElapsedTimer>
#include <QJsonValue>
#include <QList>
#include <QObject>
#include <QSet>
#include <QSslCertificate>
#include <QString>
#include <QUrl>
#include <atomic>
#include <functional>

class NetworkLog;
class QNetworkAccessManager;
class QNetworkReply;

// The HTTP side of the CRM.COM store: the session (logged in lazily, kept in memory only,
// renewed before it expires and once more when the server says it has), the token parameter,
// timeouts, TLS checks, cancellation and the network log. It lives on the thread that created it
// and calls back on that thread. call() waits in a local event loop; start() does not wait, so
// several requests can be in flight at once (bulk actions).
class CrmClient : public QObject
{
    Q_OBJECT

public:
    using Callback = std::function<void(Result<QJsonValue>)>;

    // The largest reply read; a longer one is aborted while it arrives (a page of tokens is far
    // smaller).
    static constexpr qint64 maximumReplyBytes = 64 * 1024 * 1024;

    CrmClient(const StoreUrl& url, const QString& secret, const CrmOptions& options,
              QObject* parent = nullptr);
    ~CrmClient() override;

    const CrmOptions& options() const { return m_options; }
    void setOptions(const CrmOptions& options) { m_options = options; }
    void setLog(NetworkLog* log) { m_log = log; }
    QUrl apiBase() const { return m_apiBase; }

    // Logs in now (the first call would otherwise do it), to check the credentials.
    Result<void> login();
    // Sends the request and waits for its data; a NETWORK error for transport failures, the
    // envelope's error for a non-OK status.
    Result<QJsonValue> call(const CrmRequest& request);
    // Sends the request; done runs on this object's thread.
    void start(const CrmRequest& request, Callback done);
    // Aborts the requests sent before this call; they fail with CANCELLED. Requests sent after it
    // are left alone, even when the abort reaches this thread once they are on their way. Safe
    // from any thread.
    void cancelAll();
    int inFlight() const { return int(m_inFlight.size()); }
    // The certificate last refused for the server at this URL (null if none), to show the person
    // before they trust it. A failed request with a TLS error names "certificate" as its field.
    static QSslCertificate refusedCertificate(const QUrl& server);

private:
    using EnvelopeCallback = std::function<void(Result<CrmEnvelope>)>;

    void ensureSession(std::function<void(Result<void>)> then);
    void startLogin();
    bool sessionIsFresh() const;
    void send(const CrmRequest& request, bool retried, Callback done);
    void transmit(const CrmRequest& request, EnvelopeCallback done);
    Error transportError(QNetworkReply* reply) const;
    bool isSessionExpired(const CrmEnvelope& envelope) const;

    StoreUrl m_url;
    QString m_secret;
    CrmOptions m_options;
    QUrl m_apiBase;
    QNetworkAccessManager* m_network = nullptr;
    NetworkLog* m_log = nullptr;

    QString m_session;
    QElapsedTimer m_sessionAge;
    QElapsedTimer m_sessionIdle;
    bool m_loggingIn = false;
    QList<std::function<void(Result<void>)>> m_loginWaiters;
    QSet<QNetworkReply*> m_inFlight;
    // How many requests were sent; each reply carries its number, so cancelAll() knows its own.
    std::atomic<quint64> m_sent { 0 };
};
