#include "CrmSimProcess.h"

#include <QDeadlineTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslError>
#include <QUrl>

CrmSimProcess::CrmSimProcess(const QStringList& extraArguments)
    : m_arguments(extraArguments)
{
}

CrmSimProcess::~CrmSimProcess()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

QString CrmSimProcess::databasePath() const
{
    const qsizetype named = m_arguments.indexOf(QStringLiteral("--database"));
    return named >= 0 ? m_arguments.value(named + 1) : m_folder.filePath(QStringLiteral("crmsim.sqlite"));
}

bool CrmSimProcess::start()
{
    m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    QStringList arguments { QStringLiteral("--port"), QStringLiteral("0") };
    if (!m_arguments.contains(QStringLiteral("--database")))
        arguments << QStringLiteral("--database") << databasePath();
    m_process.start(QStringLiteral(TOKENDESK_CRMSIM_PATH), arguments + m_arguments);
    if (!m_process.waitForStarted(10000)) {
        qWarning("tokendesk-crmsim did not start: %s", qPrintable(m_process.errorString()));
        return false;
    }
    const QDeadlineTimer deadline(20000);
    while (!m_process.canReadLine() && !deadline.hasExpired()) {
        if (!m_process.waitForReadyRead(int(deadline.remainingTime())))
            break;
    }
    m_baseUrl = QString::fromUtf8(m_process.readLine()).trimmed();
    if (!m_baseUrl.startsWith(QLatin1String("http://127.0.0.1:"))
        && !m_baseUrl.startsWith(QLatin1String("https://127.0.0.1:"))) {
        qWarning("tokendesk-crmsim printed no URL: \"%s\"", qPrintable(m_baseUrl));
        return false;
    }
    return true;
}

int CrmSimProcess::port() const
{
    return QUrl(m_baseUrl).port();
}

StoreUrl CrmSimProcess::storeUrl(bool webApiKey) const
{
    const QString scheme = QUrl(m_baseUrl).scheme();
    const QString text = webApiKey
        ? QStringLiteral("crm+%1://127.0.0.1:%2/").arg(scheme).arg(port())
        : QStringLiteral("crm+%1://admin@127.0.0.1:%2/?organisation=TestOrg").arg(scheme).arg(port());
    return StoreUrl::parse(text).value();
}

QByteArray CrmSimProcess::post(const QString& what, const QJsonObject& body)
{
    QNetworkAccessManager network;
    QUrl url(m_baseUrl);
    url.setPath(QStringLiteral("/_sim/") + what);
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    QNetworkReply* reply = network.post(request, QJsonDocument(body).toJson(QJsonDocument::Compact));
    // The harness's own control channel to a server it started with a throw-away certificate.
    QObject::connect(reply, &QNetworkReply::sslErrors, reply,
                     [reply](const QList<QSslError>& errors) { reply->ignoreSslErrors(errors); });
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    const QByteArray data = reply->readAll();
    reply->deleteLater();
    return data;
}

QJsonObject CrmSimProcess::control(const QString& what, const QJsonObject& body)
{
    const QJsonObject root = QJsonDocument::fromJson(post(what, body)).object();
    const QJsonObject status = root.value(QStringLiteral("status")).toObject();
    if (status.value(QStringLiteral("code")).toString() != QLatin1String("OK"))
        qWarning("crmsim control %s failed: %s", qPrintable(what),
                 qPrintable(status.value(QStringLiteral("message")).toString()));
    return root.value(QStringLiteral("data")).toObject();
}

QJsonArray CrmSimProcess::takeRequests()
{
    return QJsonDocument::fromJson(post(QStringLiteral("requests"), {}))
        .object()
        .value(QStringLiteral("data"))
        .toArray();
}

QHash<QString, int> CrmSimProcess::takeCallsPerCode(const QString& method)
{
    QHash<QString, int> calls;
    const QJsonArray requests = takeRequests();
    for (const QJsonValue& value : requests) {
        const QJsonObject request = value.toObject();
        if (request.value(QStringLiteral("path")).toString() != QStringLiteral("access_tokens/") + method)
            continue;
        ++calls[request.value(QStringLiteral("body"))
                    .toObject()
                    .value(QStringLiteral("access_token_identifier"))
                    .toObject()
                    .value(QStringLiteral("authentication_code"))
                    .toString()];
    }
    return calls;
}

void CrmSimProcess::fault(const QString& kind, const QString& method, bool apply, int count)
{
    control(QStringLiteral("fault"),
            QJsonObject { { QStringLiteral("kind"), kind },
                          { QStringLiteral("method"), method },
                          { QStringLiteral("apply"), apply },
                          { QStringLiteral("count"), count } });
}

void CrmSimProcess::setLatency(int ms)
{
    control(QStringLiteral("latency"), QJsonObject { { QStringLiteral("ms"), ms } });
}

int CrmSimProcess::takeMaxConcurrent()
{
    return control(QStringLiteral("stats")).value(QStringLiteral("max_concurrent")).toInt();
}
