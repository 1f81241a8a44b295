#pragma once

#include <QString>

// A rewards participant as tokens refer to it (spec §1) and as the local directory keeps it.
struct RewardParticipant
{
    QString id;
    QString number;
    QString lifeCycleState;

    bool operator==(const RewardParticipant& other) const
    {
        return id == other.id && number == other.number && lifeCycleState == other.lifeCycleState;
    }
};
