#pragma once

#include "CrmApiTokenStore.h"
#include "CrmOptions.h"
#include "CrmSimProcess.h"

#include <QString>
#include <memory>

class MainWindow;
class TokenService;

// What a test against tokendesk-crmsim stands on: the server, a TokenService on it, a store of its
// own that reads back what the server holds with nothing cached by the service's store, and, for
// the window tests, a main window on the service.
class CrmSimFixture
{
public:
    explicit CrmSimFixture(const QString& password = CrmSimProcess::password());
    ~CrmSimFixture();

    // Starts the server, opens the check store and makes the service with these network settings,
    // not opened (a window opens it as it would for a person). False (with a QWARN) on failure.
    bool start(const CrmOptions& options = CrmOptions());
    // A main window on the service, shown and active, once it opened the store; false (with a QWARN)
    // if the store did not open.
    bool openWindow();
    // Closes the window, the service and the check store, in that order, while the test still runs.
    void close();

    CrmSimProcess& sim() { return m_sim; }
    QString password() const { return m_password; }
    TokenService* service() const { return m_service.get(); }
    CrmApiTokenStore& check() { return *m_check; }
    MainWindow* window() const { return m_window.get(); }

    // A token on the account, set not effective; false when the server refused either step.
    bool createNotEffective(const QString& code, const QString& account);
    // The token's life cycle state on the server, -1 when it cannot be read.
    int stateOnServer(const QString& code);
    // Types the account number into the window's scope bar and presses Return, as a person would.
    void chooseAccount(const QString& number);

private:
    const QString m_password;
    CrmSimProcess m_sim;
    std::unique_ptr<TokenService> m_service;
    std::unique_ptr<CrmApiTokenStore> m_check;
    std::unique_ptr<MainWindow> m_window;
};
