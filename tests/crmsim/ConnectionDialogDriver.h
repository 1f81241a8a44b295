#pragma once

#include <QByteArray>
#include <QString>

class ConnectionDialog;

// The connection dialog driven as a person would in the tests against tokendesk-crmsim, and what
// it left behind in the settings files, where no secret may ever be.
class ConnectionDialogDriver
{
public:
    // Test-mode paths and settings of the test's own, emptied, so no test sees another's profiles.
    static void isolateSettings(const QString& applicationName);
    // Types a CRM.COM profile for the simulator's organisation and user into the dialog.
    static void fillCrmProfile(ConnectionDialog& dialog, const QString& name, const QString& server,
                               const QString& secret);
    // True when any file beside the application's settings file holds these bytes.
    static bool settingsContain(const QByteArray& needle);
};
