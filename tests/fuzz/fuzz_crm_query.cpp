// The GET query of a CRM.COM call: any parameter names and values (identifiers and search text
// typed by a person) encode to a query that the server decodes to the same values, and the
// network log's redaction of that URL never crashes and never keeps the session token.
#include "CrmRequest.h"
#include "NetworkLog.h"

#include <QStringDecoder>
#include <QUrl>
#include <cstdint>
#include <cstdlib>

namespace {
// Percent-decoding and UTF-8 as a server does it, keeping every character: QString::fromUtf8 drops
// a U+FEFF at the start as a byte-order mark (found by fuzz_crm_query).
QString decoded(const QByteArray& percentEncoded)
{
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::ConvertInitialBom);
    return utf8.decode(QByteArray::fromPercentEncoding(percentEncoded));
}

// A server's reading of one item: items apart at '&', the name before the first '=', '+' as a
// space (as a form's query), then decoded(). Not QUrlQuery, which turns a non-character such as
// U+FFFF into U+FFFD where a server keeps it (found by fuzz_crm_query).
QString receivedValue(const QByteArray& query, const QString& name)
{
    for (const QByteArray& item : query.split('&')) {
        const qsizetype equals = item.indexOf('=');
        if (equals >= 0 && decoded(item.left(equals)) == name)
            return decoded(item.mid(equals + 1).replace('+', ' '));
    }
    return QString();
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char*>(data), qsizetype(size));
    // Items separated by U+0001, an identifier item's field after U+0002.
    const QStringList parts = text.split(QChar(1));
    CrmRequest request = CrmRequest::get(QStringLiteral("access_tokens"));
    for (qsizetype i = 0; i + 1 < parts.size(); i += 2) {
        const QString name = QStringLiteral("p%1").arg(i);
        const qsizetype split = parts.at(i + 1).indexOf(QChar(2));
        if (split >= 0)
            request.addIdentifier(name, QStringLiteral("identifier"), parts.at(i + 1).mid(split + 1));
        else
            request.addQuery(name, parts.at(i + 1));
    }
    const QString session = parts.value(0);
    if (!session.isEmpty())
        request.addQuery(QStringLiteral("token"), session);

    // As CrmClient puts it on the wire and tokendesk-crmsim reads it back.
    QUrl url(QStringLiteral("https://crm.example.org/crmapi/rest/v2/access_tokens"));
    url.setQuery(QString::fromLatin1(request.encodedQuery()), QUrl::StrictMode);
    const QUrl received = QUrl::fromEncoded(url.toEncoded());
    const QByteArray query = received.query(QUrl::FullyEncoded).toLatin1();
    for (const CrmRequest::QueryItem& item : request.query) {
        const QString expected
            = item.field.isEmpty() ? item.value : item.field + QLatin1Char('=') + item.value;
        if (receivedValue(query, item.name) != expected)
            std::abort();
    }

    // A session token that is itself the redaction mark ("***") reads back the same, redacted.
    const QUrl redacted = NetworkLog::redactUrl(received);
    if (!session.isEmpty() && session != QLatin1String("***")
        && receivedValue(redacted.query(QUrl::FullyEncoded).toLatin1(), QStringLiteral("token")) == session)
        std::abort();
    return 0;
}
