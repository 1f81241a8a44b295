#include "CrmEnvelope.h"

#include "TokenField.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace {
// A status code of CRM.COM (or of tokendesk-crmsim, which sends TokenDesk's own code names)
// mapped to TokenDesk's error codes by the words it contains.
Error::Code codeFor(const QString& crmCode)
{
    const Error::Code own = Error::codeFromName(crmCode);
    if (own != Error::Code::None && Error::codeName(own) == crmCode)
        return own;
    const QString upper = crmCode.toUpper();
    if (upper.contains(QLatin1String("NOT_FOUND")) || upper.contains(QLatin1String("NOTFOUND")))
        return Error::Code::NotFound;
    if (upper.contains(QLatin1String("DUPLICATE")) || upper.contains(QLatin1String("EXISTS"))
        || upper.contains(QLatin1String("UNIQUE")))
        return Error::Code::DuplicateIdentifier;
    if (upper.contains(QLatin1String("STATE")))
        return Error::Code::InvalidState;
    if (upper.contains(QLatin1String("TOKEN")) || upper.contains(QLatin1String("SESSION"))
        || upper.contains(QLatin1String("AUTH")) || upper.contains(QLatin1String("LOGIN"))
        || upper.contains(QLatin1String("PERMISSION")) || upper.contains(QLatin1String("DENIED")))
        return Error::Code::Auth;
    if (upper.contains(QLatin1String("VALID")) || upper.contains(QLatin1String("MANDATORY"))
        || upper.contains(QLatin1String("REQUIRED")) || upper.contains(QLatin1String("FORMAT")))
        return Error::Code::Validation;
    return Error::Code::Storage;
}

QString textOf(const QJsonValue& value)
{
    return value.isString() ? value.toString().trimmed() : QString();
}
} // namespace

Result<CrmEnvelope> CrmEnvelope::parse(int httpStatus, const QByteArray& body)
{
    if (httpStatus != 200)
        return Error(Error::Code::Network,
                     tr("The CRM.COM server answered HTTP %1 instead of 200").arg(httpStatus));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    // Told apart from garbage: a server (or something in between) that nests this deep is hostile
    // or broken, and the person reporting it needs to say which.
    if (parseError.error == QJsonParseError::DeepNesting)
        return Error(Error::Code::Network,
                     tr("The CRM.COM server's reply is nested too deeply to be read (%1 bytes received)")
                         .arg(body.size()));
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return Error(Error::Code::Network,
                     tr("The CRM.COM server's reply is not JSON (%1 bytes received)").arg(body.size()));
    const QJsonObject root = document.object();
    const QJsonValue status = root.value(QStringLiteral("status"));
    if (!status.isObject() || !status.toObject().value(QStringLiteral("code")).isString())
        return Error(Error::Code::Network,
                     tr("The CRM.COM server's reply has no status code; is the URL the V4 API base?"));

    const QJsonObject statusObject = status.toObject();
    CrmEnvelope envelope;
    envelope.m_code = statusObject.value(QStringLiteral("code")).toString();
    envelope.m_message = textOf(statusObject.value(QStringLiteral("message")));
    envelope.m_description = textOf(statusObject.value(QStringLiteral("description")));
    envelope.m_data = root.value(QStringLiteral("data"));
    if (envelope.m_data.isUndefined())
        envelope.m_data = QJsonValue::Null;
    return envelope;
}

Error CrmEnvelope::toError() const
{
    // tokendesk-crmsim names the field in the description; a real server's description is prose.
    const QString field = TokenFields::find(m_description) ? m_description : QString();
    QString text;
    if (m_message.isEmpty() && m_description.isEmpty())
        text = tr("CRM.COM refused the request with status %1 and gave no reason").arg(m_code);
    else if (m_description.isEmpty() || m_description == m_message
             || (!field.isEmpty() && !m_message.isEmpty()))
        text = tr("CRM.COM refused the request (%1): %2")
                   .arg(m_code, m_message.isEmpty() ? m_description : m_message);
    else if (m_message.isEmpty())
        text = tr("CRM.COM refused the request (%1): %2").arg(m_code, m_description);
    else
        text = tr("CRM.COM refused the request (%1): %2 — %3").arg(m_code, m_message, m_description);
    return Error(codeFor(m_code), text, field);
}
