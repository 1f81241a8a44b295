#pragma once

#include <QString>

// The classification a token carries: enough to show and find it, not its settings.
struct ClassificationRef
{
    QString id;
    QString name;
    QString alternativeCode;

    bool operator==(const ClassificationRef& other) const
    {
        return id == other.id && name == other.name && alternativeCode == other.alternativeCode;
    }
};
