#pragma once

#include "Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonValue>
#include <QString>

// The reply envelope of every CRM.COM V4 call (spec §4):
//   {"status": {"code": "OK", "message": "", "description": ""}, "data": ...}
// message and description may be "" or null, data an object, an array, {} or absent, and the keys
// come in any order.
class CrmEnvelope
{
    Q_DECLARE_TR_FUNCTIONS(CrmEnvelope)

public:
    // A reply that is not HTTP 200 or not this envelope is a NETWORK (transport) error; a
    // well-formed envelope parses whatever its status code.
    static Result<CrmEnvelope> parse(int httpStatus, const QByteArray& body);

    QString code() const { return m_code; }
    QString message() const { return m_message; }
    QString description() const { return m_description; }
    // Null when the reply had no data.
    QJsonValue data() const { return m_data; }
    bool isOk() const { return m_code == QLatin1String("OK"); }

    // The failure a non-OK status stands for, with its message and description for the person.
    Error toError() const;

private:
    QString m_code;
    QString m_message;
    QString m_description;
    QJsonValue m_data;
};
