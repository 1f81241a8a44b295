#include "CrmClient.h"

#include "NetworkLog.h"
#include "OneShotUploadDevice.h"

#include <QCryptographicHash>
#include <QEventLoop>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslError>
#include <QTimer>
#include <optional>

namespace {
const char* const timedOutProperty = "tokendeskTimedOut";
const char* const cancelledProperty = "tokendeskCancelled";
const char* const sequenceProperty = "tokendeskSequence";
const char* const tlsErrorProperty = "tokendeskTlsError";
const char* const tooLargeProperty = "tokendeskTooLarge";

QString fingerprint(const QByteArray& digest)
{
    return QString::fromLatin1(digest.toHex(':').toUpper());
}

QString serverKey(const QUrl& url)
{
    return QStringLiteral("%1:%2").arg(url.host()).arg(url.port(443));
}

// The certificates refused per server, so the connection dialog can offer to trust exactly the
// one the person was told about, without connecting again.
QMutex refusedMutex;
QHash<QString, QSslCertificate> refusedCertificates;

void rememberRefused(const QUrl& url, const QSslCertificate& certificate)
{
    const QMutexLocker lock(&refusedMutex);
    refusedCertificates.insert(serverKey(url), certificate);
}
} // namespace

QSslCertificate CrmClient::refusedCertificate(const QUrl& server)
{
    const QMutexLocker lock(&refusedMutex);
    return refusedCertificates.value(serverKey(server));
}

CrmClient::CrmClient(const StoreUrl& url, const QString& secret, const CrmOptions& options, QObject* parent)
    : QObject(parent)
    , m_url(url)
    , m_secret(secret)
    , m_options(options)
    , m_apiBase(url.apiBase())
    , m_network(new QNetworkAccessManager(this))
    , m_log(&NetworkLog::shared())
{
    // Redirects of an API call are followed only within the same scheme, never https → http.
    m_network->setRedirectPolicy(QNetworkRequest::NoLessSafeRedirectPolicy);
}

CrmClient::~CrmClient()
{
    const QSet<QNetworkReply*> replies = m_inFlight;
    for (QNetworkReply* reply : replies) {
        reply->disconnect(this);
        reply->abort();
    }
    m_secret.fill(QLatin1Char(' '));
    m_session.fill(QLatin1Char(' '));
}

Result<void> CrmClient::login()
{
    m_session.clear();
    std::optional<Result<void>> out;
    QEventLoop loop;
    ensureSession([&](Result<void> result) {
        out = std::move(result);
        loop.quit();
    });
    if (!out)
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    return *out;
}

Result<QJsonValue> CrmClient::call(const CrmRequest& request)
{
    std::optional<Result<QJsonValue>> out;
    QEventLoop loop;
    start(request, [&](Result<QJsonValue> result) {
        out = std::move(result);
        loop.quit();
    });
    if (!out)
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    return std::move(*out);
}

void CrmClient::start(const CrmRequest& request, Callback done)
{
    if (request.auth == CrmRequest::Auth::None) {
        send(request, false, std::move(done));
        return;
    }
    ensureSession([this, request, done = std::move(done)](Result<void> session) {
        if (!session.ok()) {
            done(session.error());
            return;
        }
        send(request, false, done);
    });
}

void CrmClient::cancelAll()
{
    const quint64 sentBefore = m_sent.load();
    QMetaObject::invokeMethod(this, [this, sentBefore]() {
        const QSet<QNetworkReply*> replies = m_inFlight;
        for (QNetworkReply* reply : replies) {
            if (reply->property(sequenceProperty).toULongLong() > sentBefore)
                continue;
            reply->setProperty(cancelledProperty, true);
            reply->abort();
        }
    });
}

bool CrmClient::sessionIsFresh() const
{
    return !m_session.isEmpty() && m_sessionAge.isValid()
        && m_sessionAge.elapsed() < qint64(m_options.sessionMaxAgeSeconds) * 1000
        && m_sessionIdle.elapsed() < qint64(m_options.sessionMaxIdleSeconds) * 1000;
}

void CrmClient::ensureSession(std::function<void(Result<void>)> then)
{
    if (sessionIsFresh()) {
        then(Result<void>());
        return;
    }
    m_loginWaiters.append(std::move(then));
    if (!m_loggingIn)
        startLogin();
}

void CrmClient::startLogin()
{
    m_loggingIn = true;
    m_session.clear();
    CrmRequest request;
    request.method = CrmRequest::Method::Post;
    request.auth = CrmRequest::Auth::None;
    if (m_url.usesWebApiKey()) {
        request.path = QStringLiteral("authentication/web_api_key/token");
        request.basicUser = m_secret;
    } else {
        request.path = QStringLiteral("authentication/token");
        request.body = QJsonObject { { QStringLiteral("username"), m_url.user },
                                     { QStringLiteral("password"), m_secret },
                                     { QStringLiteral("organisation"), m_url.organisation } };
        if (!m_url.unit.isEmpty())
            request.body.insert(QStringLiteral("unit"), m_url.unit);
    }
    transmit(request, [this](Result<CrmEnvelope> reply) {
        Result<void> outcome;
        if (!reply.ok()) {
            outcome = reply.error();
        } else if (!reply->isOk()) {
            const Error refused = reply->toError();
            outcome = Error(Error::Code::Auth, tr("Logging in to CRM.COM failed: %1").arg(refused.message()));
        } else {
            m_session = reply->data().toObject().value(QStringLiteral("token")).toString();
            if (m_session.isEmpty()) {
                outcome = Error(Error::Code::Network, tr("The CRM.COM login reply carries no session token"));
            } else {
                m_sessionAge.start();
                m_sessionIdle.start();
            }
        }
        m_loggingIn = false;
        const auto waiters = std::exchange(m_loginWaiters, {});
        for (const auto& waiter : waiters)
            waiter(outcome);
    });
}

bool CrmClient::isSessionExpired(const CrmEnvelope& envelope) const
{
    for (const QString& code : m_options.sessionExpiredCodes) {
        if (envelope.code().compare(code, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

void CrmClient::send(const CrmRequest& request, bool retried, Callback done)
{
    CrmRequest withSession = request;
    if (request.auth == CrmRequest::Auth::Session) {
        if (request.method == CrmRequest::Method::Get)
            withSession.query.prepend({ QStringLiteral("token"), QString(), m_session });
        else
            withSession.body.insert(QStringLiteral("token"), m_session);
    }
    transmit(withSession, [this, request, retried, done](Result<CrmEnvelope> reply) {
        if (!reply.ok()) {
            done(reply.error());
            return;
        }
        if (reply->isOk()) {
            m_sessionIdle.start();
            done(reply->data());
            return;
        }
        if (request.auth != CrmRequest::Auth::Session || !isSessionExpired(*reply)) {
            done(reply->toError());
            return;
        }
        m_session.clear();
        if (!request.read || retried) {
            // The server refused the change, so nothing happened; repeating a write is the
            // person's decision, not ours.
            done(Error(Error::Code::Auth,
                       tr("The CRM.COM session expired before the request was carried out; nothing "
                          "was changed. Repeat the action to log in again.")));
            return;
        }
        ensureSession([this, request, done](Result<void> session) {
            if (!session.ok()) {
                done(session.error());
                return;
            }
            send(request, true, done);
        });
    });
}

void CrmClient::transmit(const CrmRequest& request, EnvelopeCallback done)
{
    QUrl url = m_apiBase.resolved(QUrl(request.path));
    QByteArray body;
    if (request.method == CrmRequest::Method::Get) {
        const QByteArray query = request.encodedQuery();
        if (!query.isEmpty())
            url.setQuery(QString::fromLatin1(query), QUrl::StrictMode);
    } else {
        body = QJsonDocument(request.body).toJson(QJsonDocument::Compact);
    }

    QNetworkRequest networkRequest(url);
    networkRequest.setHeader(QNetworkRequest::UserAgentHeader,
                             QStringLiteral("TokenDesk/%1").arg(QStringLiteral(TOKENDESK_VERSION)));
    networkRequest.setRawHeader("Accept", "application/json");
    if (!request.basicUser.isEmpty())
        networkRequest.setRawHeader("Authorization",
                                    "Basic " + QByteArray(request.basicUser.toUtf8() + ':').toBase64());
    QNetworkReply* reply = nullptr;
    if (request.method == CrmRequest::Method::Get) {
        reply = m_network->get(networkRequest);
    } else {
        networkRequest.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
        if (request.read || request.auth == CrmRequest::Auth::None) {
            reply = m_network->post(networkRequest, body);
        } else {
            networkRequest.setHeader(QNetworkRequest::ContentLengthHeader, body.size());
            networkRequest.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
            auto* upload = new OneShotUploadDevice(body);
            reply = m_network->post(networkRequest, upload);
            upload->setParent(reply);
        }
    }
    m_inFlight.insert(reply);
    reply->setProperty(sequenceProperty, qulonglong(++m_sent));

    auto* timer = new QTimer(reply);
    timer->setSingleShot(true);
    connect(timer, &QTimer::timeout, reply, [reply]() {
        reply->setProperty(timedOutProperty, true);
        reply->abort();
    });
    timer->start(m_options.timeoutMs);

    // A hostile or broken server could otherwise fill memory: the reply is buffered until it ends.
    connect(reply, &QNetworkReply::downloadProgress, reply, [reply](qint64 received, qint64 total) {
        if (received > maximumReplyBytes || total > maximumReplyBytes) {
            reply->setProperty(tooLargeProperty, true);
            reply->abort();
        }
    });

    // Verification stays on. A pinned certificate is the only one a profile accepts: it passes
    // despite being self-signed, and any other, even one a CA vouches for, is refused.
    const QByteArray pinned = m_options.pinnedCertificateSha256;
    connect(reply, &QNetworkReply::sslErrors, this, [reply, pinned](const QList<QSslError>& errors) {
        const QSslCertificate certificate = reply->sslConfiguration().peerCertificate();
        const QByteArray digest = certificate.digest(QCryptographicHash::Sha256);
        if (!pinned.isEmpty() && !certificate.isNull() && digest == pinned) {
            reply->ignoreSslErrors(errors);
            return;
        }
        QStringList texts;
        for (const QSslError& error : errors)
            texts.append(error.errorString());
        rememberRefused(reply->url(), certificate);
        const QString host = reply->url().host();
        reply->setProperty(
            tlsErrorProperty,
            pinned.isEmpty()
                ? tr("The certificate of %1 is not trusted (%2). Its SHA-256 fingerprint is %3. Trust it in "
                     "the connection dialog only if you know it is your server's.")
                      .arg(host, texts.join(QStringLiteral("; ")), fingerprint(digest))
                : tr("The certificate of %1 is not the one trusted for this connection: its SHA-256 "
                     "fingerprint is %2, the trusted one is %3.")
                      .arg(host, fingerprint(digest), fingerprint(pinned)));
    });
    if (!pinned.isEmpty()) {
        connect(reply, &QNetworkReply::encrypted, this, [reply, pinned]() {
            const QSslCertificate certificate = reply->sslConfiguration().peerCertificate();
            const QByteArray digest = certificate.digest(QCryptographicHash::Sha256);
            if (digest == pinned)
                return;
            rememberRefused(reply->url(), certificate);
            reply->setProperty(tlsErrorProperty,
                               tr("The certificate of %1 is not the one trusted for this connection: its "
                                  "SHA-256 fingerprint is %2, the trusted one is %3.")
                                   .arg(reply->url().host(), fingerprint(digest), fingerprint(pinned)));
            reply->abort();
        });
    }

    QElapsedTimer elapsed;
    elapsed.start();
    const QString method
        = request.method == CrmRequest::Method::Get ? QStringLiteral("GET") : QStringLiteral("POST");
    connect(reply, &QNetworkReply::finished, this, [this, reply, done, body, method, elapsed]() {
        m_inFlight.remove(reply);
        reply->deleteLater();
        const int http = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray payload = reply->isOpen() ? reply->readAll() : QByteArray();
        const bool interrupted = http == 0 || reply->property(timedOutProperty).toBool()
            || reply->property(cancelledProperty).toBool() || reply->property(tooLargeProperty).toBool();
        Result<CrmEnvelope> outcome
            = interrupted ? Result<CrmEnvelope>(transportError(reply)) : CrmEnvelope::parse(http, payload);

        if (m_log) {
            NetworkLog::Entry entry;
            entry.time = QDateTime::currentDateTimeUtc();
            entry.method = method;
            entry.url = reply->url();
            entry.requestBody = body;
            entry.httpStatus = http;
            entry.responseBody = payload;
            entry.elapsedMs = elapsed.elapsed();
            if (!outcome.ok())
                entry.error = outcome.error().message();
            else if (!outcome->isOk())
                entry.error = outcome->toError().message();
            m_log->record(entry);
        }
        done(std::move(outcome));
    });
}

Error CrmClient::transportError(QNetworkReply* reply) const
{
    const QString host = m_apiBase.host();
    if (reply->property(cancelledProperty).toBool())
        return Error(Error::Code::Cancelled, tr("The request to %1 was cancelled").arg(host));
    if (reply->property(timedOutProperty).toBool())
        return Error(
            Error::Code::Network,
            tr("%1 did not answer within %2 seconds").arg(host).arg(m_options.timeoutMs / 1000.0, 0, 'g', 3));
    if (reply->property(tooLargeProperty).toBool())
        return Error(Error::Code::Network,
                     tr("The reply from %1 is larger than %2 MiB and was refused; the request may or "
                        "may not have been carried out")
                         .arg(host)
                         .arg(maximumReplyBytes / (1024 * 1024)));
    const QString tls = reply->property(tlsErrorProperty).toString();
    if (!tls.isEmpty())
        return Error(Error::Code::Network, tls, QStringLiteral("certificate"));
    switch (reply->error()) {
    case QNetworkReply::ConnectionRefusedError:
        return Error(Error::Code::Network,
                     tr("%1 refused the connection; is the CRM.COM server running on that port?").arg(host));
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::ContentReSendError:
        return Error(Error::Code::Network,
                     tr("%1 closed the connection before answering; the request may or may not have "
                        "been carried out")
                         .arg(host));
    case QNetworkReply::HostNotFoundError:
        return Error(Error::Code::Network, tr("The server name %1 is not known").arg(host));
    default:
        return Error(Error::Code::Network,
                     tr("The request to %1 failed: %2").arg(host, reply->errorString()));
    }
}
