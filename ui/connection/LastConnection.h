#pragma once

#include "ConnectionDialog.h"
#include "ConnectionProfile.h"

#include <QString>
#include <optional>

class ConnectionProfiles;
class SecretVault;

// The connection chosen last in File → Connect…, opened again when TokenDesk starts without
// --store: a clerk who moved to the live store must not come back to the demo one. A profile
// whose secrets the keychain gives opens with no dialog; otherwise the connection dialog shows
// it, for the secret to be typed or another store chosen.
class LastConnection
{
public:
    struct Choice
    {
        ConnectionProfile profile;
        QString secret;
        QString consumerKey;
    };

    // Nothing when no connection was chosen yet, or when the person cancelled the dialog (the
    // embedded store opens instead). prompt stands in for the person in tests.
    static std::optional<Choice> resume(ConnectionProfiles& profiles, SecretVault& vault,
                                        const ConnectionDialog::SecretPrompt& prompt = {});
};
