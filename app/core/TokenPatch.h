#pragma once

#include "AccessToken.h"
#include "PatchValue.h"
#include "Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QMap>
#include <QString>
#include <QStringList>
#include <array>
#include <optional>

// The fields of a create or an update, with the tri-state semantics of spec §3: a field left out
// is unchanged, a field sent as null is cleared, a value replaces. Custom fields follow
// custom_field_set: an empty value removes that field, an empty set changes nothing.
struct TokenPatch
{
    Q_DECLARE_TR_FUNCTIONS(TokenPatch)

public:
    PatchValue<QString> identifier;
    PatchValue<QString> passCode;
    PatchValue<QString> authenticationCode;
    PatchValue<QString> cardMaskedNumber;
    // A classification by name (or id); an account and a participant by number.
    PatchValue<QString> classification;
    PatchValue<QString> accountsReceivable;
    PatchValue<QString> rewardParticipant;
    std::array<PatchValue<QString>, AccessToken::udfStringCount> udfString;
    std::array<PatchValue<double>, AccessToken::udfFloatCount> udfFloat;
    std::array<PatchValue<QDate>, AccessToken::udfDateCount> udfDate;
    QMap<QString, QString> customFieldSet;
    // A guarded update: refused with CONFLICT unless the token is still at this version.
    std::optional<qint64> expectedVersion;

    bool isEmpty() const;
    // The wire names of the fields this patch touches, in catalogue order.
    QStringList fieldNames() const;

    // Sets a field by wire name from text, as the CLI and CSV import receive it: floats in the C
    // locale, dates as YYYY-MM-DD. An empty text clears the field.
    Result<void> setText(const QString& wireName, const QString& text);
    Result<void> setNull(const QString& wireName);

    // Applies the plain fields (identifier, authentication and card codes, UDFs, custom fields) to
    // a token; the pass code and the references are the store's to resolve.
    void applyTo(AccessToken& token) const;

    bool operator==(const TokenPatch& other) const;
};
