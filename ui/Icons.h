#pragma once

#include <QIcon>
#include <QString>

// The application's SVG icons from resources/icons. They are drawn in "currentColor", which is
// replaced by the palette's text colour when loaded, so they read on light and dark themes alike.
// A desktop theme's icon of the same name is preferred, so the application fits the platform.
class Icons
{
public:
    static QIcon get(const QString& name);
    static QIcon application();
};
