#include "ImportReport.h"

#include <QCoreApplication>

QString ImportRowError::text() const
{
    return QCoreApplication::translate("ImportRowError", "Line %1: %2").arg(line).arg(message);
}
