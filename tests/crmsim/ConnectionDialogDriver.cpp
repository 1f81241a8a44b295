#include "ConnectionDialogDriver.h"

#include "ConnectionDialog.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QLineEdit>
#include <QSettings>
#include <QStandardPaths>

void ConnectionDialogDriver::isolateSettings(const QString& applicationName)
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("TokenDeskTest"));
    QCoreApplication::setApplicationName(applicationName);
    QSettings().clear();
}

void ConnectionDialogDriver::fillCrmProfile(ConnectionDialog& dialog, const QString& name,
                                            const QString& server, const QString& secret)
{
    dialog.field(QStringLiteral("name"))->setText(name);
    dialog.kindBox()->setCurrentIndex(2);
    dialog.field(QStringLiteral("crmServer"))->setText(server);
    dialog.field(QStringLiteral("crmOrganisation"))->setText(QStringLiteral("TestOrg"));
    dialog.field(QStringLiteral("crmUser"))->setText(QStringLiteral("admin"));
    dialog.field(QStringLiteral("secret"))->setText(secret);
}

bool ConnectionDialogDriver::settingsContain(const QByteArray& needle)
{
    QSettings().sync();
    QDirIterator it(QFileInfo(QSettings().fileName()).absolutePath(), QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (file.open(QIODevice::ReadOnly) && file.readAll().contains(needle))
            return true;
    }
    return false;
}
