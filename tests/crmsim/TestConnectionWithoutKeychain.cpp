#include "ConnectionDialog.h"
#include "ConnectionDialogDriver.h"
#include "ConnectionProfiles.h"
#include "CrmSimProcess.h"
#include "SecretVault.h"

#include <QLineEdit>
#include <QSignalSpy>
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

    // The field says where the secret went: a keychain that could not take it keeps nothing.
    void saysWhereTheSecretIsKept()
    {
        ConnectionProfiles profiles;
        SecretVault vault;
        ConnectionDialog dialog(profiles, vault);
        ConnectionDialogDriver::fillCrmProfile(dialog, QStringLiteral("Placeholder"),
                                               QStringLiteral("http://127.0.0.1:%1").arg(m_sim.port()),
                                               m_password);
        QSignalSpy saved(&dialog, &ConnectionDialog::saved);
        dialog.saveProfile();
        QCOMPARE(saved.size(), 1);
        QTRY_COMPARE_WITH_TIMEOUT(dialog.field(QStringLiteral("secret"))->placeholderText(),
                                  QStringLiteral("kept until TokenDesk closes; type to change"), 15000);
        QVERIFY(dialog.statusText().contains(QLatin1String("No keychain service is available")));

        SecretVault nextSession;
        ConnectionDialog later(profiles, nextSession);
        later.selectProfile(saved.first().at(0).toString());
        QCOMPARE(later.field(QStringLiteral("secret"))->placeholderText(),
                 QStringLiteral("not stored; asked when connecting"));
    }
};

QTEST_MAIN(TestConnectionWithoutKeychain)
#include "TestConnectionWithoutKeychain.moc"
