// A CRM.COM reply body from a hostile server: the envelope, the token JSON inside it and the
// network log's redaction must survive anything, including deep nesting.
#include "CrmEnvelope.h"
#include "NetworkLog.h"
#include "TokenJson.h"

#include <QJsonArray>
#include <QJsonObject>
#include <cstdint>

namespace {
void readToken(const QJsonValue& value)
{
    if (!value.isObject())
        return;
    const AccessToken token = TokenJson::fromJson(value.toObject());
    // What the CLI prints for it must read back.
    TokenJson::fromJson(TokenJson::toJson(token));
    TokenJson::classificationFromJson(value.toObject());
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray body(reinterpret_cast<const char*>(data), qsizetype(size));
    const Result<CrmEnvelope> envelope = CrmEnvelope::parse(200, body);
    if (envelope.ok()) {
        envelope->toError();
        const QJsonValue payload = envelope->data();
        readToken(payload);
        const QJsonArray items = payload.isArray()
            ? payload.toArray()
            : payload.toObject().value(QStringLiteral("content")).toArray();
        for (const QJsonValue& item : items)
            readToken(item);
    }
    NetworkLog::redactBody(body);
    return 0;
}
