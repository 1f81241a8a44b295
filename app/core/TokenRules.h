#pragma once

#include "LifeCycleState.h"

#include <QString>

// The settings of spec §2 that the access token definition and each classification carry.
struct CharacterRules
{
    int minimumLength = 0;
    // Each flag requires at least one character of that class.
    bool letters = false;
    bool digits = false;
    bool specialCharacters = false;

    bool operator==(const CharacterRules& o) const
    {
        return minimumLength == o.minimumLength && letters == o.letters && digits == o.digits
            && specialCharacters == o.specialCharacters;
    }
};

struct TokenRules
{
    enum class IdentifierGeneration
    {
        None,
        AutoNumber,
        AutoAlphanumeric
    };
    enum class IdentifierFormat
    {
        Email,
        Number,
        FreeText
    };
    enum class CodeGeneration
    {
        None,
        Auto
    };

    IdentifierGeneration identifierGeneration = IdentifierGeneration::None;
    IdentifierFormat identifierFormat = IdentifierFormat::FreeText;
    CharacterRules identifierRules;
    CodeGeneration passCodeGeneration = CodeGeneration::None;
    CharacterRules passCodeRules;
    CodeGeneration authenticationCodeGeneration = CodeGeneration::Auto;
    bool allowNoIdentifierAndPassCode = true;
    bool verificationRequired = false;
    int otpLifetimeMinutes = 10;
    bool deactivateWhenLastAssociationRemoved = false;

    // The state a new token starts in under these rules.
    LifeCycleState initialState() const
    {
        return verificationRequired ? LifeCycleState::PendingVerification : LifeCycleState::Effective;
    }

    bool operator==(const TokenRules& o) const
    {
        return identifierGeneration == o.identifierGeneration && identifierFormat == o.identifierFormat
            && identifierRules == o.identifierRules && passCodeGeneration == o.passCodeGeneration
            && passCodeRules == o.passCodeRules
            && authenticationCodeGeneration == o.authenticationCodeGeneration
            && allowNoIdentifierAndPassCode == o.allowNoIdentifierAndPassCode
            && verificationRequired == o.verificationRequired && otpLifetimeMinutes == o.otpLifetimeMinutes
            && deactivateWhenLastAssociationRemoved == o.deactivateWhenLastAssociationRemoved;
    }

    static QString toWire(IdentifierGeneration value);
    static QString toWire(IdentifierFormat value);
    static QString toWire(CodeGeneration value);
    static bool fromWire(const QString& text, IdentifierGeneration& value);
    static bool fromWire(const QString& text, IdentifierFormat& value);
    static bool fromWire(const QString& text, CodeGeneration& value);
};
