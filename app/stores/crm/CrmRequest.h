#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QUrl>

// One call of the CRM.COM V4 API (spec §4): reads are GET with query parameters, everything else
// POST with a JSON body. The session token is added by CrmClient, never by the caller.
struct CrmRequest
{
    enum class Method
    {
        Get,
        Post
    };
    enum class Auth
    {
        // The store's session token travels as the `token` parameter.
        Session,
        // Login calls: the key named by basicUser goes as the HTTP Basic user name.
        None,
    };

    Method method = Method::Get;
    // Relative to the API base, e.g. "access_tokens/show".
    QString path;
    struct QueryItem
    {
        QString name;
        // Set for an identifier object: the item goes as name=field=value.
        QString field;
        QString value;
    };
    QList<QueryItem> query;
    QJsonObject body;
    Auth auth = Auth::Session;
    QString basicUser;
    // A read may be repeated after logging in again; a write never is.
    bool read = false;

    static CrmRequest get(const QString& path)
    {
        CrmRequest request;
        request.method = Method::Get;
        request.path = path;
        request.read = true;
        return request;
    }
    static CrmRequest post(const QString& path, QJsonObject body = {}, bool read = false)
    {
        CrmRequest request;
        request.method = Method::Post;
        request.path = path;
        request.body = std::move(body);
        request.read = read;
        return request;
    }

    void addQuery(const QString& name, const QString& value) { query.append({ name, QString(), value }); }
    // An identifier object on a GET: param=field=value, only the value percent-encoded.
    void addIdentifier(const QString& name, const QString& field, const QString& value)
    {
        query.append({ name, field, value });
    }
    // The query string as it goes on the wire.
    QByteArray encodedQuery() const
    {
        QByteArray out;
        for (const QueryItem& item : query) {
            if (!out.isEmpty())
                out += '&';
            out += QUrl::toPercentEncoding(item.name) + '=';
            if (!item.field.isEmpty())
                out += QUrl::toPercentEncoding(item.field) + '=';
            out += QUrl::toPercentEncoding(item.value);
        }
        return out;
    }
};
