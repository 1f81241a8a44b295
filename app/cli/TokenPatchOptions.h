#pragma once

#include "Result.h"
#include "TokenPatch.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QList>

// The field options of `create` and `update`, turned into a TokenPatch: --identifier,
// --pass-code, --authentication-code, --card-masked-number, --classification, --account,
// --participant, --udf WIRE_NAME=VALUE, --custom NAME=VALUE, and for updates --expect-version.
// An empty value (or "null" for a UDF) clears a field; --custom NAME= removes a custom field.
class TokenPatchOptions
{
    Q_DECLARE_TR_FUNCTIONS(TokenPatchOptions)

public:
    enum class Purpose
    {
        Create,
        Update
    };

    explicit TokenPatchOptions(Purpose purpose);

    QList<QCommandLineOption> options() const;
    // A USAGE error for a malformed option, a VALIDATION error naming the field for a bad value.
    Result<TokenPatch> patch(const QCommandLineParser& arguments) const;

private:
    Result<void> addUdf(TokenPatch& patch, const QString& assignment) const;
    Result<void> addCustomField(TokenPatch& patch, const QString& assignment) const;

    Purpose m_purpose;
};
