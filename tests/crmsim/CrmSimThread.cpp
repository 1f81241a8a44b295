#include "CrmSimThread.h"

#include "CrmSimServer.h"
#include "SqlTokenStore.h"

#include <QEventLoop>
#include <QSemaphore>

CrmSimThread::CrmSimThread(const QString& databasePath, Clock* clock)
    : m_databasePath(databasePath)
    , m_clock(clock)
{
}

CrmSimThread::~CrmSimThread()
{
    if (!m_thread)
        return;
    QMetaObject::invokeMethod(m_context, [this]() { m_loop->quit(); });
    m_thread->wait();
    delete m_thread;
}

QString CrmSimThread::start()
{
    QSemaphore ready;
    QString base;
    m_thread = QThread::create([this, &ready, &base]() {
        QObject context;
        QEventLoop loop;
        m_context = &context;
        m_loop = &loop;
        StoreUrl url;
        url.kind = StoreUrl::Kind::Sqlite;
        url.path = m_databasePath;
        m_store = std::make_unique<SqlTokenStore>(url, QString(), m_clock);
        if (m_store->open().ok()) {
            m_store->setActor(QStringLiteral("admin"), QStringLiteral("Admin Unit"));
            m_server = std::make_unique<CrmSimServer>(*m_store, CrmSimServer::Credentials());
            m_port = m_server->start(0);
            if (m_port != 0)
                base = m_server->baseUrl();
        }
        ready.release();
        loop.exec();
        // The server and its SQL connection belong to this thread: they end here too.
        m_server.reset();
        m_store.reset();
    });
    m_thread->start();
    ready.acquire();
    return base;
}

void CrmSimThread::onStore(const std::function<void(TokenStore&)>& work)
{
    QMetaObject::invokeMethod(
        m_context, [this, &work]() { work(*m_store); }, Qt::BlockingQueuedConnection);
}
