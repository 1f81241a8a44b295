#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

// An audit trail entry's details as a person reads them, one change a line: the store records
// them in wire terms ("life_cycle_state=NOT_EFFECTIVE; udf_string_1=gold") for scripts and the
// CLI, the History tab shows "State: Not effective" and "UDF text 1: gold".
class AuditDetails
{
    Q_DECLARE_TR_FUNCTIONS(AuditDetails)

public:
    static QStringList lines(const QString& details);

private:
    static QString line(const QString& part);
};
