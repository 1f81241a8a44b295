#pragma once

#include <QString>

class MainWindow;

// Walks the main window through its views and saves a PNG of each (main window, the editor's
// tabs, the secret dialog, Configure Store's tabs) into a folder, then quits: most screenshots of
// resources/screenshots are made with `tokendesk --screenshots DIR`; those of the import wizard
// and the Verify dialog by their tests, with TOKENDESK_SCREENSHOTS=DIR.
class ScreenshotTour
{
public:
    static void start(MainWindow* window, const QString& folder);

private:
    static void shootConfiguration(MainWindow* window, const QString& folder);
};
