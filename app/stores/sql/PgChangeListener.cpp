#include "PgChangeListener.h"

#include <QAtomicInteger>
#include <QTimer>
#include <QVariant>
#include <libpq-fe.h>

namespace {
// How often a lost listening connection is noticed and retried.
constexpr int watchIntervalMs = 500;

bool isAlive(const QSqlDatabase& db)
{
    if (!db.isOpen())
        return false;
    const QVariant handle = db.driver()->handle();
    if (qstrcmp(handle.typeName(), "pg_conn*") != 0 && qstrcmp(handle.typeName(), "PGconn*") != 0)
        return false;
    PGconn* connection = *static_cast<PGconn* const*>(handle.constData());
    return connection && PQstatus(connection) == CONNECTION_OK;
}
} // namespace

QString PgChangeListener::channel()
{
    return QStringLiteral("tokendesk_tokens");
}

QString PgChangeListener::payload(const QString& origin, const QString& tokenId)
{
    return origin + QLatin1Char(':') + tokenId;
}

PgChangeListener::PgChangeListener(Configure configure, Callback callback, QString origin, QObject* parent)
    : QThread(parent)
    , m_configure(std::move(configure))
    , m_callback(std::move(callback))
    , m_origin(std::move(origin))
{
    static QAtomicInteger<quint64> counter;
    m_connectionName = QStringLiteral("tokendesk-pg-listener-%1").arg(counter.fetchAndAddRelaxed(1));
}

PgChangeListener::~PgChangeListener()
{
    quit();
    wait();
}

void PgChangeListener::startListening()
{
    start();
    // Released after the first attempt, whatever its outcome: a server that is down must not hold
    // up open(); the thread keeps retrying.
    m_firstAttempt.acquire();
}

bool PgChangeListener::subscribe(QSqlDatabase& db)
{
    db.close();
    if (!db.open())
        return false;
    return db.driver()->subscribeToNotification(channel());
}

void PgChangeListener::run()
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_connectionName);
        m_configure(db);
        QTimer watch;
        connect(db.driver(), &QSqlDriver::notification, &watch,
                [this](const QString& name, QSqlDriver::NotificationSource source, const QVariant& payload) {
                    onNotification(name, source, payload);
                });
        bool listening = subscribe(db);
        m_firstAttempt.release();
        connect(&watch, &QTimer::timeout, &watch, [this, &db, &listening] {
            if (listening && isAlive(db))
                return;
            listening = subscribe(db);
            // Whatever was announced while the connection was down is lost: refresh everything.
            if (listening)
                m_callback({});
        });
        watch.start(watchIntervalMs);
        exec();
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

void PgChangeListener::onNotification(const QString& name, QSqlDriver::NotificationSource source,
                                      const QVariant& payload)
{
    Q_UNUSED(source)
    if (name != channel())
        return;
    // Every client's notifications reach every listener; QSqlDriver's source only says whether the
    // listening connection itself sent it, and the store writes on another connection.
    const QString text = payload.toString();
    const qsizetype separator = text.indexOf(QLatin1Char(':'));
    if (separator >= 0 && QStringView(text).left(separator) == m_origin)
        return;
    const QString id = separator >= 0 ? text.mid(separator + 1) : text;
    m_callback(id.isEmpty() ? QStringList() : QStringList { id });
}
