#pragma once

#include "ClassificationRef.h"
#include "TokenRules.h"

// A classification with its own settings, which replace the definition's for its tokens.
struct Classification
{
    QString id;
    QString name;
    QString alternativeCode;
    QString description;
    TokenRules rules;

    ClassificationRef ref() const { return { id, name, alternativeCode }; }

    bool operator==(const Classification& o) const
    {
        return id == o.id && name == o.name && alternativeCode == o.alternativeCode
            && description == o.description && rules == o.rules;
    }
};
