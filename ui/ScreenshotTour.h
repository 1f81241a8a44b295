#pragma once

#include <QString>

class MainWindow;

// Walks the main window through its views and saves a PNG of each (main window, the editor's
// tabs, the secret dialog, Configure Store's tabs) into a folder, then quits: the screenshots of
// resources/screenshots and of the documentation are made with `tokendesk --screenshots DIR`.
class ScreenshotTour
{
public:
    static void start(MainWindow* window, const QString& folder);

private:
    static void shootConfiguration(MainWindow* window, const QString& folder);
};
