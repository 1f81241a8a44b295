#pragma once

#include <QString>

// An accounts receivable as tokens refer to it (spec §1) and as the local directory keeps it.
struct AccountsReceivable
{
    QString id;
    QString number;
    QString name;
    QString lifeCycleState;
    QString ownerName;

    bool operator==(const AccountsReceivable& other) const
    {
        return id == other.id && number == other.number && name == other.name
            && lifeCycleState == other.lifeCycleState && ownerName == other.ownerName;
    }
};
