#include "StoreUrl.h"

#include <QDir>
#include <QStandardPaths>
#include <QUrl>
#include <QUrlQuery>

namespace {
const QString defaultCrmBase = QStringLiteral("/crmapi/rest/v2");
}

Result<StoreUrl> StoreUrl::parse(const QString& text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.startsWith(QLatin1String("sqlite:"))) {
        StoreUrl url;
        url.kind = Kind::Sqlite;
        url.path = trimmed.mid(7);
        if (url.path.startsWith(QLatin1String("//")))
            url.path = url.path.mid(2);
        if (url.path.isEmpty())
            return Error(Error::Code::Usage,
                         tr("sqlite: needs a file path, as in sqlite:/path/to/tokens.sqlite"),
                         QStringLiteral("store"));
        return url;
    }

    const QUrl qurl(trimmed, QUrl::StrictMode);
    const QString scheme = qurl.scheme().toLower();
    if (!qurl.isValid() || qurl.host().isEmpty()
        || (scheme != QLatin1String("postgres") && scheme != QLatin1String("postgresql")
            && scheme != QLatin1String("crm+https") && scheme != QLatin1String("crm+http"))) {
        return Error(Error::Code::Usage,
                     tr("\"%1\" is not a store URL; use sqlite:PATH, postgres://USER@HOST:PORT/DB or "
                        "crm+https://USER@HOST/?organisation=ORG")
                         .arg(trimmed),
                     QStringLiteral("store"));
    }
    if (!qurl.password().isEmpty())
        return Error(Error::Code::Usage,
                     tr("A store URL must not contain a password; it is read from the keychain or "
                        "TOKENDESK_PASSWORD"),
                     QStringLiteral("store"));

    StoreUrl url;
    url.user = qurl.userName();
    url.host = qurl.host();
    url.port = qurl.port(-1);
    if (scheme.startsWith(QLatin1String("postgres"))) {
        url.kind = Kind::Postgres;
        url.database = qurl.path().mid(1);
        if (url.port < 0)
            url.port = 5432;
        if (url.database.isEmpty() || url.database.contains(QLatin1Char('/')))
            return Error(Error::Code::Usage,
                         tr("postgres:// needs a database name, as in postgres://user@host:5432/tokens"),
                         QStringLiteral("store"));
        return url;
    }

    url.kind = Kind::Crm;
    url.scheme = scheme.mid(4);
    url.basePath = qurl.path().isEmpty() || qurl.path() == QLatin1String("/") ? defaultCrmBase : qurl.path();
    if (url.basePath.endsWith(QLatin1Char('/')))
        url.basePath.chop(1);
    const QUrlQuery query(qurl);
    url.organisation = query.queryItemValue(QStringLiteral("organisation"), QUrl::FullyDecoded);
    url.unit = query.queryItemValue(QStringLiteral("unit"), QUrl::FullyDecoded);
    if (url.organisation.isEmpty() && !url.user.isEmpty())
        return Error(Error::Code::Usage, tr("A CRM.COM store URL with a user name needs ?organisation=ORG"),
                     QStringLiteral("organisation"));
    return url;
}

QString StoreUrl::defaultSqlitePath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(dir).filePath(QStringLiteral("tokens.sqlite"));
}

StoreUrl StoreUrl::defaultSqlite()
{
    StoreUrl url;
    url.kind = Kind::Sqlite;
    url.path = defaultSqlitePath();
    return url;
}

QString StoreUrl::toString() const
{
    switch (kind) {
    case Kind::Sqlite:
        return QStringLiteral("sqlite:") + path;
    case Kind::Postgres: {
        QUrl url;
        url.setScheme(QStringLiteral("postgres"));
        url.setUserName(user);
        url.setHost(host);
        url.setPort(port);
        url.setPath(QLatin1Char('/') + database);
        return url.toString();
    }
    case Kind::Crm: {
        QUrl url;
        url.setScheme(QStringLiteral("crm+") + scheme);
        url.setUserName(user);
        url.setHost(host);
        url.setPort(port);
        url.setPath(basePath == defaultCrmBase ? QString() : basePath);
        QUrlQuery query;
        if (!organisation.isEmpty())
            query.addQueryItem(QStringLiteral("organisation"), organisation);
        if (!unit.isEmpty())
            query.addQueryItem(QStringLiteral("unit"), unit);
        url.setQuery(query);
        return url.toString();
    }
    }
    return QString();
}

QString StoreUrl::apiBase() const
{
    QUrl url;
    url.setScheme(scheme);
    url.setHost(host);
    url.setPort(port);
    url.setPath(basePath + QLatin1Char('/'));
    return url.toString();
}
