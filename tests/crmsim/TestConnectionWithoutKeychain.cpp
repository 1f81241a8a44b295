#include "ConnectionDialog.h"
#include "ConnectionDialogDriver.h"
#include "ConnectionProfiles.h"
#include "CrmSimProcess.h"
#include "SecretVault.h"

#include <QtTest>

// The connection dialog on a desktop with no keychain service (no session bus): it says so, asks
// for the secret once, and the rest of the session connects without asking again. The secret is
// kept in memory only.
class TestConnectionWithoutKeychain : public QObject
{
    Q_OBJECT

private:
    const QString m_password = QStringLiteral("Pw-NoKeychain-41d9");
    CrmSimProcess m_sim { { QStringLiteral("--password"), QStringLiteral("Pw-NoKeychain-41d9") } };

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(qEnvironmentVariable("DBUS_SESSION_BUS_ADDRESS").contains(QLatin1String("nonexistent")));
        ConnectionDialogDriver::isolateSettings(QStringLiteral("tst_connection_without_keychain"));
        QVERIFY(m_sim.start());
    }

    void asksOncePerSession()
    {
        ConnectionProfiles profiles;
        ConnectionProfile profile
            = ConnectionProfile::create(QStringLiteral("No keychain"), m_sim.storeUrl().toString());
        QVERIFY(profiles.save(profile).ok());
        SecretVault vault;

        QStringList asked;
        const auto prompt = [&](const QString&, const QString& label) {
            asked.append(label);
            return m_password;
        };
        ConnectionDialog first(profiles, vault);
        first.setSecretPrompt(prompt);
        first.selectProfile(profile.id);
        first.choose();
        QTRY_COMPARE_WITH_TIMEOUT(first.result(), int(QDialog::Accepted), 30000);
        QCOMPARE(first.chosenSecret(), m_password);
        QCOMPARE(asked.size(), 1);
        QVERIFY2(asked.first().contains(QLatin1String("No keychain service is available")),
                 qPrintable(asked.first()));
        QVERIFY(asked.first().contains(QLatin1String("password")));

        ConnectionDialog second(profiles, vault);
        second.setSecretPrompt(prompt);
        second.selectProfile(profile.id);
        QSignalSpy tested(&second, &ConnectionDialog::tested);
        second.testProfile();
        QVERIFY(tested.wait(30000));
        QVERIFY2(tested.first().at(0).toBool(), qPrintable(second.statusText()));
        second.choose();
        QTRY_COMPARE_WITH_TIMEOUT(second.result(), int(QDialog::Accepted), 30000);
        QCOMPARE(second.chosenSecret(), m_password);
        QCOMPARE(asked.size(), 1);
        QVERIFY(ConnectionDialogDriver::settingsContain("No keychain"));
        QVERIFY(!ConnectionDialogDriver::settingsContain(m_password.toUtf8()));
    }
};

QTEST_MAIN(TestConnectionWithoutKeychain)
#include "TestConnectionWithoutKeychain.moc"
