#pragma once

#include "AccessToken.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QVariant>
#include <optional>

// The catalogue of token fields by wire name, for everything that addresses fields generically:
// CLI options, CSV column mapping, table columns and export.
struct TokenField
{
    enum class Kind
    {
        Text,
        Secret,
        Float,
        Date,
        DateTime,
        State,
        Reference,
        Number
    };

    QString wireName;
    Kind kind = Kind::Text;
    bool editable = false;
    // Backed by an index in the SQL stores, so the table may sort and filter by it.
    bool sortable = false;
    // 0-based position for udf_string_N / udf_float_N / udf_date_N, -1 otherwise.
    int udfIndex = -1;

    bool isUdf() const { return udfIndex >= 0; }
};

namespace TokenFields {
// Every field of spec §1 that a person can see or set, in table order.
const QList<TokenField>& all();
std::optional<TokenField> find(const QString& wireName);
// A person's name for the field ("Card number", "UDF number 2"), translated; the wire name itself
// for anything that is not a field.
QString title(const QString& wireName);
// The field's value as a QVariant for display and export: QString, double, QDate, QDateTime or
// an invalid QVariant when not set. Secrets are never returned.
QVariant value(const AccessToken& token, const QString& wireName);
} // namespace TokenFields
