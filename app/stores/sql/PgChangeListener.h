#pragma once

#include <QSemaphore>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QString>
#include <QStringList>
#include <QThread>
#include <functional>

// Hears other clients' changes on a PostgreSQL store (LISTEN/NOTIFY) and hands them on.
//
// QSqlDriver delivers notifications through a socket notifier, so they need an event loop on the
// thread of the connection that subscribed. The store's own connection lives on TokenService's
// worker, a pool thread with no event loop that may be busy for minutes with an import; so the
// listener keeps a second connection on a thread of its own, running an event loop and nothing
// else. When that connection drops it reconnects, and announces "any token" once, because
// notifications sent while it was away are lost.
class PgChangeListener : public QThread
{
    Q_OBJECT

public:
    using Callback = std::function<void(const QStringList& tokenIds)>;
    // Sets host, user, password... of a connection not yet opened.
    using Configure = std::function<void(QSqlDatabase& db)>;

    // The channel SqlTokenStore notifies on, with payload(origin, token id).
    static QString channel();
    // Names the store that made the change, so that store's own listener can leave it out.
    static QString payload(const QString& origin, const QString& tokenId);

    // callback is called on the listener's thread, for changes not tagged with origin.
    PgChangeListener(Configure configure, Callback callback, QString origin, QObject* parent = nullptr);
    // Stops the thread and closes its connection.
    ~PgChangeListener() override;

    // Returns once the first subscription is in place (or failed), so that a change committed by
    // another client after the store opened is never missed.
    void startListening();

protected:
    void run() override;

private:
    bool subscribe(QSqlDatabase& db);
    void onNotification(const QString& name, QSqlDriver::NotificationSource source, const QVariant& payload);

    Configure m_configure;
    Callback m_callback;
    QString m_origin;
    QString m_connectionName;
    QSemaphore m_firstAttempt;
};
