#pragma once

#include "MainWindow.h"
#include "Screenshot.h"
#include "TokenService.h"

#include <memory>

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

    std::unique_ptr<TokenService> m_service;
    std::unique_ptr<MainWindow> m_window;
};
