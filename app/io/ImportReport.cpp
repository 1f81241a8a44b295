#include "ImportReport.h"

#include <QCoreApplication>

QString ImportRowError::text() const
{
    return QCoreApplication::translate("ImportRowError", "line %1: %2").arg(line).arg(message);
}
