#pragma once

#include <QDateTime>
#include <QString>

struct LogInformation
{
    QDateTime createdDate;
    QDateTime updatedDate;
    QString createdByUser;
    QString updatedByUser;
    QString createdByUnit;
    QString updatedByUnit;

    bool operator==(const LogInformation& other) const
    {
        return createdDate == other.createdDate && updatedDate == other.updatedDate
            && createdByUser == other.createdByUser && updatedByUser == other.updatedByUser
            && createdByUnit == other.createdByUnit && updatedByUnit == other.updatedByUnit;
    }
};
