#include "PgTestDatabase.h"

#include <QSqlDatabase>
#include <QSqlError>

namespace {
QSqlDatabase connect(const QString& name, const StoreUrl& url, const QString& password)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
    db.setHostName(url.host);
    db.setPort(url.port);
    db.setDatabaseName(url.database);
    db.setUserName(url.user);
    db.setPassword(password);
    db.open();
    return db;
}
} // namespace

PgTestDatabase::PgTestDatabase(QString inspectorName)
    : m_inspectorName(std::move(inspectorName))
{
}

PgTestDatabase::~PgTestDatabase()
{
    if (!m_open)
        return;
    QSqlDatabase::database(m_inspectorName).close();
    QSqlDatabase::removeDatabase(m_inspectorName);
}

bool PgTestDatabase::isConfigured()
{
    return !qEnvironmentVariable("TOKENDESK_TEST_PG_URL").isEmpty();
}

QString PgTestDatabase::setUp(const QString& suffix)
{
    const Result<StoreUrl> url = StoreUrl::parse(qEnvironmentVariable("TOKENDESK_TEST_PG_URL"));
    if (!url.ok() || url->kind != StoreUrl::Kind::Postgres)
        return QStringLiteral("TOKENDESK_TEST_PG_URL is not a postgres:// URL");
    m_url = *url;
    m_password = qEnvironmentVariable("TOKENDESK_PASSWORD");

    const QString database = m_url.database + QLatin1Char('_') + suffix;
    const QString adminName = m_inspectorName + QStringLiteral("_admin");
    QString failure;
    {
        QSqlDatabase admin = connect(adminName, m_url, m_password);
        QSqlQuery query(admin);
        if (!admin.isOpen())
            failure = admin.lastError().text();
        else if (query.exec(QStringLiteral("SELECT 1 FROM pg_database WHERE datname = '%1'").arg(database))
                 && !query.next() && !query.exec(QStringLiteral("CREATE DATABASE %1").arg(database)))
            failure = query.lastError().text();
        admin.close();
    }
    QSqlDatabase::removeDatabase(adminName);
    if (!failure.isEmpty())
        return failure;

    m_url.database = database;
    QSqlDatabase inspector = connect(m_inspectorName, m_url, m_password);
    m_open = true;
    if (!inspector.isOpen())
        return inspector.lastError().text();
    inspect(QStringLiteral("SET client_min_messages TO WARNING"));
    return QString();
}

QString PgTestDatabase::reset()
{
    inspect(QStringLiteral("DROP SCHEMA IF EXISTS public CASCADE"));
    inspect(QStringLiteral("CREATE SCHEMA public"));
    const std::unique_ptr<SqlTokenStore> store = openStore();
    if (!store)
        return QStringLiteral("the store did not open");
    Result<TokenSettings> settings = store->settings();
    if (!settings.ok())
        return settings.error().toString();
    // The cost of the hash is not under test here.
    settings->hashIterations = 1;
    settings->hashMemoryKiB = 8;
    const Result<void> saved = store->saveSettings(*settings);
    return saved.ok() ? QString() : saved.error().toString();
}

std::unique_ptr<SqlTokenStore> PgTestDatabase::openStore() const
{
    auto store = std::make_unique<SqlTokenStore>(m_url, m_password, nullptr);
    const Result<void> opened = store->open();
    if (!opened.ok()) {
        qWarning("%s", qPrintable(opened.error().toString()));
        return nullptr;
    }
    store->setActor(QStringLiteral("tester"), QStringLiteral("unit"));
    return store;
}

QSqlQuery PgTestDatabase::inspect(const QString& sql) const
{
    QSqlQuery query(QSqlDatabase::database(m_inspectorName));
    if (!query.exec(sql))
        qWarning("%s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
    return query;
}

int PgTestDatabase::scalar(const QString& sql) const
{
    QSqlQuery query = inspect(sql);
    return query.next() ? query.value(0).toInt() : -1;
}

AccessToken PgTestDatabase::createToken(SqlTokenStore& store, const QString& authenticationCode)
{
    TokenPatch fields;
    fields.authenticationCode = authenticationCode;
    const Result<TokenResult> created = store.create(fields);
    if (!created.ok())
        qWarning("%s", qPrintable(created.error().toString()));
    return created.ok() ? created->token : AccessToken();
}
