#include "StoreUrl.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>
#include <QUrl>
#include <QUrlQuery>
#include <optional>

namespace {
const QString defaultCrmBase = QStringLiteral("/crmapi/rest/v2");

// The path ends the printed URL and parse() trims the text, so a path holding a control or
// spacing character other than a space (printed as %20) would not read back the same (found by
// fuzz_store_url).
std::optional<Error> unprintablePath(const QString& path)
{
    for (const QChar c : path) {
        if (c != QLatin1Char(' ') && (c.isSpace() || c.category() == QChar::Other_Control))
            return Error(Error::Code::Usage,
                         StoreUrl::tr("The path of the store URL contains U+%1, a control or spacing "
                                      "character")
                             .arg(c.unicode(), 4, 16, QLatin1Char('0')),
                         QStringLiteral("store"));
    }
    return std::nullopt;
}
} // namespace

Result<StoreUrl> StoreUrl::parse(const QString& text)
{
    const QString trimmed = text.trimmed();
    // QUrl decodes a Unicode non-character to U+FFFD, so a name holding one would not read back
    // the same (found by fuzz_store_url).
    for (const char32_t c : trimmed.toUcs4()) {
        if (QChar::isNonCharacter(c))
            return Error(Error::Code::Usage,
                         tr("The store URL contains U+%1, which is not a character")
                             .arg(uint(c), 4, 16, QLatin1Char('0')),
                         QStringLiteral("store"));
    }
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
        if (const std::optional<Error> refusal = unprintablePath(url.database))
            return *refusal;
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
    // Every trailing slash goes: "//" is the root like "/" (found by fuzz_store_url).
    url.basePath = qurl.path();
    if (const std::optional<Error> refusal = unprintablePath(url.basePath))
        return *refusal;
    while (url.basePath.endsWith(QLatin1Char('/')))
        url.basePath.chop(1);
    if (url.basePath.isEmpty())
        url.basePath = defaultCrmBase;
    const QUrlQuery query(qurl);
    // A space at either end was copied along with the name, and one at the end of the printed URL
    // would be trimmed away (found by fuzz_store_url).
    url.organisation = query.queryItemValue(QStringLiteral("organisation"), QUrl::FullyDecoded).trimmed();
    url.unit = query.queryItemValue(QStringLiteral("unit"), QUrl::FullyDecoded).trimmed();
    if (url.organisation.isEmpty() && !url.user.isEmpty())
        return Error(Error::Code::Usage, tr("A CRM.COM store URL with a user name needs ?organisation=ORG"),
                     QStringLiteral("organisation"));
    return url;
}

QString StoreUrl::defaultSqlitePath()
{
    const QString name = QStringLiteral("tokens.sqlite");
    // AppDataLocation names the organisation and the application, both "TokenDesk": a store made
    // there by an earlier version is used where it is, new ones go one folder up.
    const QString earlier
        = QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(name);
    if (QFileInfo::exists(earlier))
        return earlier;
    const QString data = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    return QDir(data).filePath(QCoreApplication::applicationName() + QLatin1Char('/') + name);
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
        // parse() drops a "//" after "sqlite:", so a path that starts with one keeps it behind
        // another (found by fuzz_store_url).
        return (path.startsWith(QLatin1String("//")) ? QStringLiteral("sqlite://")
                                                     : QStringLiteral("sqlite:"))
            + path;
    case Kind::Postgres: {
        QUrl url;
        url.setScheme(QStringLiteral("postgres"));
        url.setUserName(user);
        url.setHost(host);
        url.setPort(port);
        url.setPath(QLatin1Char('/') + database);
        return url.toString(QUrl::EncodeSpaces);
    }
    case Kind::Crm: {
        QUrl url;
        url.setScheme(QStringLiteral("crm+") + scheme);
        url.setUserName(user);
        url.setHost(host);
        url.setPort(port);
        url.setPath(basePath == defaultCrmBase ? QString() : basePath);
        // Encoded by hand: QUrlQuery would leave a space, '&' or '%' in a unit name as it is, and
        // the text would then not parse back (found by fuzz_store_url).
        QStringList items;
        if (!organisation.isEmpty())
            items.append(QStringLiteral("organisation=")
                         + QString::fromLatin1(QUrl::toPercentEncoding(organisation)));
        if (!unit.isEmpty())
            items.append(QStringLiteral("unit=") + QString::fromLatin1(QUrl::toPercentEncoding(unit)));
        url.setQuery(items.join(QLatin1Char('&')), QUrl::StrictMode);
        return url.toString(QUrl::EncodeSpaces);
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
