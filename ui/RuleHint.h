#pragma once

#include "TokenRules.h"

#include <QCoreApplication>
#include <QString>

// The rules of spec §2 as a sentence for the person typing: "At least 8 characters, including a
// letter and a digit."
class RuleHint
{
    Q_DECLARE_TR_FUNCTIONS(RuleHint)

public:
    static QString passCode(const TokenRules& rules);
    static QString identifier(const TokenRules& rules);

private:
    static QString characters(const CharacterRules& rules);
};
