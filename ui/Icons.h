#pragma once

#include <QIcon>
#include <QString>

// The application's SVG icons from resources/icons, with the desktop theme's icon of the same
// name preferred when there is one, so the application fits the platform.
class Icons
{
public:
    static QIcon get(const QString& name);
};
