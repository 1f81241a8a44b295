#include "Icons.h"

#include <QFile>

QIcon Icons::get(const QString& name)
{
    const QString bundled = QStringLiteral(":/icons/%1.svg").arg(name);
    const QIcon fallback = QFile::exists(bundled) ? QIcon(bundled) : QIcon();
    return QIcon::fromTheme(name, fallback);
}
