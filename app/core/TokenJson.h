#pragma once

#include "AccessToken.h"
#include "Classification.h"
#include "TokenResult.h"

#include <QJsonObject>
#include <QStringList>

// The one JSON mapping of tokens, with the wire names of spec §1: the CRM.COM store parses replies
// with it and the CLI prints --json with it.
namespace TokenJson {
// Dates on the wire: YYYY-MM-DDTHH:MM:SS, no zone.
QString dateTimeToWire(const QDateTime& value);
QDateTime dateTimeFromWire(const QString& text);

// fieldsSet limits the output to those top-level fields (fields_set); empty means all.
QJsonObject toJson(const AccessToken& token, const QStringList& fieldsSet = {});
// The token plus the secret under its wire name (random_pass_code, verification_code,
// one_time_password with expiration_date).
QJsonObject toJson(const TokenResult& result);
AccessToken fromJson(const QJsonObject& object);

QJsonObject classificationToJson(const Classification& classification);
Classification classificationFromJson(const QJsonObject& object);
} // namespace TokenJson
