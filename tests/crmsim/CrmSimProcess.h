#pragma once

#include "StoreUrl.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

// Runs tokendesk-crmsim for a test and talks to its /_sim/ control endpoints.
class CrmSimProcess
{
public:
    explicit CrmSimProcess(const QStringList& extraArguments = {});
    ~CrmSimProcess();

    // Starts the server and waits for its URL; false (with a QWARN) if it did not come up.
    bool start();
    QString baseUrl() const { return m_baseUrl; }
    // The server's store file.
    QString databasePath() const;
    int port() const;
    // crm+http://admin@127.0.0.1:PORT/?organisation=TestOrg, or the web API key form.
    StoreUrl storeUrl(bool webApiKey = false) const;
    static QString password() { return QStringLiteral("secret"); }
    static QString webApiKey() { return QStringLiteral("web-api-key"); }
    static QString consumerKey() { return QStringLiteral("consumer-key"); }

    // POST /_sim/<what> with the body; the reply's data.
    QJsonObject control(const QString& what, const QJsonObject& body = {});
    // The API requests received since the last call (and forgets them).
    QJsonArray takeRequests();
    // How many calls of access_tokens/<method> each authentication code got among takeRequests().
    QHash<QString, int> takeCallsPerCode(const QString& method);
    // The next count calls of the method fail as kind says; with apply, after the server made the change.
    void fault(const QString& kind, const QString& method, bool apply = false, int count = 1);
    // Every API call waits this long before the server answers it.
    void setLatency(int ms);
    // The most API calls the server had in hand at once since the last call.
    int takeMaxConcurrent();

private:
    QByteArray post(const QString& what, const QJsonObject& body);

    QStringList m_arguments;
    // The server is killed, never stopped, so it cannot remove a folder of its own: its store is
    // kept here unless the test names one, and goes with this object.
    QTemporaryDir m_folder;
    QProcess m_process;
    QString m_baseUrl;
};
