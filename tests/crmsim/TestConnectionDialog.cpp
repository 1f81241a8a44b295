#include "ConnectionDialog.h"
#include "ConnectionDialogDriver.h"
#include "ConnectionProfiles.h"
#include "CrmSimProcess.h"
#include "LastConnection.h"
#include "Screenshot.h"
#include "SecretVault.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QtTest>

// Connection profiles and the connection dialog against tokendesk-crmsim and a real keyring (run
// under packaging/with-keyring.sh): secrets go to the keychain, never to QSettings.
class TestConnectionDialog : public QObject
{
    Q_OBJECT

private:
    CrmSimProcess m_sim { { QStringLiteral("--password"), QStringLiteral("Pw-8c1f77e2") } };

private Q_SLOTS:
    void initTestCase()
    {
        ConnectionDialogDriver::isolateSettings(QStringLiteral("tst_connection_dialog"));
        QVERIFY(m_sim.start());
    }

    // Each kind of store shows its own fields only, with no gap the others' leave: a SQLite file
    // has no password to ask for.
    void eachKindShowsItsFieldsOnly()
    {
        ConnectionProfiles profiles;
        SecretVault vault;
        ConnectionDialog dialog(profiles, vault);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto* pages = dialog.findChild<QStackedWidget*>();
        QVERIFY(pages);
        QLineEdit* secret = dialog.field(QStringLiteral("secret"));
        for (int kind = 0; kind < dialog.kindBox()->count(); ++kind) {
            dialog.kindBox()->setCurrentIndex(kind);
            QApplication::processEvents();
            QCOMPARE(secret->isVisible(), kind != 0);
            // Within a line of the page's own height (a button may make its row taller).
            QVERIFY2(pages->height()
                         <= pages->currentWidget()->sizeHint().height() + pages->fontMetrics().height(),
                     qPrintable(QStringLiteral("%1: %2 > %3")
                                    .arg(dialog.kindBox()->currentText())
                                    .arg(pages->height())
                                    .arg(pages->currentWidget()->sizeHint().height())));
            if (kind == dialog.kindBox()->count() - 1)
                saveScreenshot(&dialog, QStringLiteral("connections"));
        }
        // The page's fields start where Name's does, in one column.
        const auto left = [&dialog](const QString& name) {
            return dialog.field(name)->mapTo(&dialog, QPoint()).x();
        };
        for (const QString& name : { QStringLiteral("crmServer"), QStringLiteral("crmPinned") }) {
            QCOMPARE(left(name), left(QStringLiteral("name")));
        }
    }

    void profilesRoundTrip()
    {
        ConnectionProfiles profiles;
        ConnectionProfile sqlite
            = ConnectionProfile::create(QStringLiteral("Local"), QStringLiteral("sqlite:/tmp/x.sqlite"));
        ConnectionProfile crm = ConnectionProfile::create(
            QStringLiteral("CRM"),
            QStringLiteral("crm+https://admin@crm.example.com/?organisation=Org&unit=U1"));
        crm.timeoutSeconds = 12;
        crm.maxParallel = 4;
        crm.pinnedCertificateSha256 = QByteArray(32, '\x5a');
        QVERIFY(profiles.save(sqlite).ok());
        QVERIFY(profiles.save(crm).ok());
        QCOMPARE(profiles.all(), (QList<ConnectionProfile> { sqlite, crm }));
        QCOMPARE(crm.loginSecretName(), ConnectionProfile::passwordSecret());
        QVERIFY(!sqlite.needsSecret());

        ConnectionProfile bad = ConnectionProfile::create(
            QStringLiteral("Plain"), QStringLiteral("crm+http://admin@crm.example.com/?organisation=O"));
        const Result<void> refused = profiles.save(bad);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().field(), QStringLiteral("url"));

        profiles.remove(sqlite.id);
        profiles.remove(crm.id);
        QVERIFY(profiles.all().isEmpty());
    }

    void dialogKeepsSecretsInTheKeychain()
    {
        ConnectionProfiles profiles;
        SecretVault vault;
        ConnectionDialog dialog(profiles, vault);
        ConnectionDialogDriver::fillCrmProfile(dialog, QStringLiteral("Simulated CRM.COM"),
                                               QStringLiteral("http://127.0.0.1:%1").arg(m_sim.port()),
                                               QStringLiteral("Pw-8c1f77e2"));
        dialog.field(QStringLiteral("crmConsumerKey"))->setText(QStringLiteral("consumer-key"));

        QSignalSpy tested(&dialog, &ConnectionDialog::tested);
        dialog.testProfile();
        QVERIFY(tested.wait(20000));
        QVERIFY2(tested.first().at(0).toBool(), qPrintable(dialog.statusText()));
        QVERIFY(dialog.statusText().contains(QLatin1String("Connected to CRM.COM at 127.0.0.1")));
        QVERIFY(!dialog.statusIsError());

        QSignalSpy saved(&dialog, &ConnectionDialog::saved);
        dialog.saveProfile();
        QCOMPARE(saved.size(), 1);
        const QString id = saved.first().at(0).toString();
        QTRY_COMPARE_WITH_TIMEOUT(vault.storedNames(id).size(), 2, 15000);
        QTRY_COMPARE_WITH_TIMEOUT(dialog.field(QStringLiteral("secret"))->placeholderText(),
                                  QStringLiteral("kept in the keychain; type to change"), 15000);
        // The profile itself is in the settings files searched, its secrets are not.
        QVERIFY(ConnectionDialogDriver::settingsContain("Simulated CRM.COM"));
        QVERIFY(!ConnectionDialogDriver::settingsContain("Pw-8c1f77e2"));
        QVERIFY(!ConnectionDialogDriver::settingsContain("consumer-key"));
        const std::optional<ConnectionProfile> profile = profiles.find(id);
        QVERIFY(profile);
        QVERIFY(profile->hasConsumerKey);
        QCOMPARE(profile->storeUrl,
                 QStringLiteral("crm+http://admin@127.0.0.1:%1?organisation=TestOrg").arg(m_sim.port()));

        // A new dialog finds the secret in the keychain and connects with it.
        ConnectionDialog again(profiles, vault);
        again.selectProfile(id);
        QVERIFY(again.field(QStringLiteral("secret"))->text().isEmpty());
        again.choose();
        QTRY_COMPARE_WITH_TIMEOUT(again.result(), int(QDialog::Accepted), 15000);
        QCOMPARE(again.chosenProfile().id, id);
        QCOMPARE(again.chosenSecret(), QStringLiteral("Pw-8c1f77e2"));
        QCOMPARE(again.chosenConsumerKey(), QStringLiteral("consumer-key"));
        QCOMPARE(profiles.currentId(), id);

        again.removeProfile();
        QTRY_VERIFY_WITH_TIMEOUT(vault.storedNames(id).isEmpty(), 15000);
        QVERIFY(!profiles.find(id));
    }

    // TokenDesk starts on the connection chosen last: a clerk who moved to the live store does not
    // come back to the demo one.
    void resumesTheLastConnection()
    {
        ConnectionProfiles profiles;
        SecretVault vault;
        profiles.setCurrentId(QString());
        QVERIFY(!LastConnection::resume(profiles, vault));

        const ConnectionProfile live
            = ConnectionProfile::create(QStringLiteral("Live"), QStringLiteral("sqlite:/tmp/live.sqlite"));
        QVERIFY(profiles.save(live).ok());
        profiles.setCurrentId(live.id);
        std::optional<LastConnection::Choice> resumed = LastConnection::resume(profiles, vault);
        QVERIFY(resumed);
        QCOMPARE(resumed->profile.id, live.id);

        // A password in the keychain is used without a question.
        const ConnectionProfile crm = ConnectionProfile::create(
            QStringLiteral("Resumed CRM.COM"),
            QStringLiteral("crm+http://admin@127.0.0.1:%1?organisation=TestOrg").arg(m_sim.port()));
        QVERIFY(profiles.save(crm).ok());
        profiles.setCurrentId(crm.id);
        vault.write(crm.id, crm.loginSecretName(), QStringLiteral("Pw-8c1f77e2"));
        QTRY_VERIFY_WITH_TIMEOUT(vault.storedNames(crm.id).contains(crm.loginSecretName()), 15000);
        QStringList asked;
        const auto prompt = [&asked](const QString&, const QString& label) {
            asked.append(label);
            return QStringLiteral("typed-now");
        };
        resumed = LastConnection::resume(profiles, vault, prompt);
        QVERIFY(resumed);
        QCOMPARE(resumed->profile.id, crm.id);
        QCOMPARE(resumed->secret, QStringLiteral("Pw-8c1f77e2"));
        QVERIFY(asked.isEmpty());

        // One the keychain no longer has is asked for.
        vault.removeProfile(crm.id);
        QTRY_VERIFY_WITH_TIMEOUT(vault.storedNames(crm.id).isEmpty(), 15000);
        resumed = LastConnection::resume(profiles, vault, prompt);
        QVERIFY(resumed);
        QCOMPARE(resumed->secret, QStringLiteral("typed-now"));
        QCOMPARE(asked.size(), 1);
        profiles.remove(live.id);
        profiles.remove(crm.id);
    }

    void wrongPasswordIsShown()
    {
        ConnectionProfiles profiles;
        SecretVault vault;
        ConnectionDialog dialog(profiles, vault);
        dialog.addProfile();
        ConnectionDialogDriver::fillCrmProfile(dialog, QStringLiteral("Wrong"),
                                               QStringLiteral("http://127.0.0.1:%1").arg(m_sim.port()),
                                               QStringLiteral("nope"));
        QSignalSpy tested(&dialog, &ConnectionDialog::tested);
        dialog.testProfile();
        QVERIFY(tested.wait(20000));
        QVERIFY(!tested.first().at(0).toBool());
        QVERIFY2(dialog.statusText().contains(QLatin1String("Logging in to CRM.COM failed")),
                 qPrintable(dialog.statusText()));
        QVERIFY(dialog.statusIsError());
        // Said once, in the failure bar: no other label of the dialog, shown or hidden, repeats it
        // for a screen reader to find.
        int saying = 0;
        for (const QLabel* label : dialog.findChildren<QLabel*>())
            saying += label->text().contains(QLatin1String("Logging in to CRM.COM failed")) ? 1 : 0;
        QCOMPARE(saying, 1);
    }
};

QTEST_MAIN(TestConnectionDialog)
#include "TestConnectionDialog.moc"
