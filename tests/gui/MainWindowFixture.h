#pragma once

#include "MainWindow.h"
#include "TokenService.h"

#include <memory>

class QWidget;
class TokenStore;

// The main window on a store for the GUI tests: a service opened on the store and the window
// shown on it, its count known and its first row in. A test class derives from it and drives
// m_window and m_service.
class MainWindowFixture
{
protected:
    // The window reads its layout from the settings as they are; a failure is recorded in the
    // running test, as QVERIFY does.
    void openWindow(std::unique_ptr<TokenStore> store);
    void closeWindow();
    // With TOKENDESK_SCREENSHOTS set to a folder, widget is saved there as <name>.png.
    static void saveScreenshot(QWidget* widget, const QString& name);

    std::unique_ptr<TokenService> m_service;
    std::unique_ptr<MainWindow> m_window;
};
