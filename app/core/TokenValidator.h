#pragma once

#include "AccessToken.h"
#include "Error.h"
#include "TokenPatch.h"
#include "TokenRules.h"

#include <QCoreApplication>
#include <QList>

// The rules of spec §2 applied to values. Every store, the import and the editor use this one
// validator, so a value refused in one place is refused everywhere, with the same message.
class TokenValidator
{
    Q_DECLARE_TR_FUNCTIONS(TokenValidator)

public:
    enum class Mode
    {
        Create,
        Update
    };

    static constexpr int maximumTextLength = 255;

    static QList<Error::Violation> validateIdentifier(const QString& identifier, const TokenRules& rules);
    static QList<Error::Violation> validatePassCode(const QString& passCode, const TokenRules& rules);
    static QList<Error::Violation> validateAuthenticationCode(const QString& code);
    static QList<Error::Violation> validateCardMaskedNumber(const QString& number);
    static QList<Error::Violation> validateCustomFieldName(const QString& name);
    // The user-defined numbers the patch sets that are infinite or NaN.
    static QList<Error::Violation> validateUdfFloats(const TokenPatch& patch);

    // Checks a create or update as a whole: the values the patch sets, and the token as it would
    // be afterwards (`after`, with hasPassCode set as it would be). Returns every violated rule.
    static QList<Error::Violation> validate(const AccessToken& after, const TokenPatch& patch,
                                            const TokenRules& rules, Mode mode);

private:
    // How a message names the field: its title, as the table and the editor show it.
    static QString titleOf(const QString& field);
    static void checkCharacters(const QString& field, const QString& value, const CharacterRules& rules,
                                QList<Error::Violation>& violations);
    static void checkText(const QString& field, const QString& value, QList<Error::Violation>& violations);
};
