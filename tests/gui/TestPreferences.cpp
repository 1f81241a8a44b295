// Edit → Preferences… driven with QTest on the real dialog (offscreen), against an in-memory store:
// what is chosen is kept, read back and used by the parts that rely on it.

#include "AwaitFuture.h"
#include "ConnectionDialog.h"
#include "ConnectionProfile.h"
#include "ConnectionProfiles.h"
#include "MainWindow.h"
#include "ManualClock.h"
#include "MemoryTokenStore.h"
#include "Preferences.h"
#include "PreferencesDialog.h"
#include "Screenshot.h"
#include "SecretClipboard.h"
#include "SecretDialog.h"
#include "SecretVault.h"
#include "TokenService.h"
#include "TranslationLoader.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QGuiApplication>
#include <QLabel>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTest>
#include <algorithm>

namespace {
// A store that keeps no settings of its own, as CRM.COM.
class RemoteLikeStore : public MemoryTokenStore
{
public:
    StoreCapabilities capabilities() const override
    {
        StoreCapabilities capabilities;
        capabilities.editsSettings = false;
        return capabilities;
    }
};

std::unique_ptr<TokenService> openService(std::unique_ptr<MemoryTokenStore> store)
{
    auto owned = std::make_shared<std::unique_ptr<MemoryTokenStore>>(std::move(store));
    auto service
        = std::make_unique<TokenService>([owned]() { return std::unique_ptr<TokenStore>(owned->release()); });
    if (!await(service->open()).ok())
        return nullptr;
    return service;
}

void typeInto(QSpinBox* box, const QString& text)
{
    box->setFocus();
    box->selectAll();
    QTest::keyClicks(box, text);
    box->interpretText();
}
} // namespace

class TestPreferences : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("TokenDeskTest"));
        QCoreApplication::setApplicationName(QStringLiteral("TokenDeskPreferencesTest"));
    }

    void init()
    {
        QSettings().clear();
        m_service = openService(std::make_unique<MemoryTokenStore>());
        QVERIFY(m_service);
    }

    void cleanup()
    {
        m_service.reset();
        QSettings().clear();
    }

    void defaultsBeforeAnythingIsChosen()
    {
        const Preferences preferences;
        QCOMPARE(preferences.language(), QString());
        QCOMPARE(preferences.networkTimeout(), 30);
        QCOMPARE(preferences.maxParallelRequests(), 6);
        QCOMPARE(preferences.clipboardClearDelay(), 30);
    }

    void valuesPersistAndAreReadBack()
    {
        {
            PreferencesDialog dialog(m_service.get());
            dialog.languageBox()->setCurrentIndex(dialog.languageBox()->findData(QStringLiteral("de")));
            typeInto(dialog.networkTimeoutBox(), QStringLiteral("45"));
            typeInto(dialog.parallelRequestsBox(), QStringLiteral("3"));
            typeInto(dialog.clipboardDelayBox(), QStringLiteral("12"));
            dialog.accept();
            QCOMPARE(dialog.result(), int(QDialog::Accepted));
        }
        QSettings().sync();
        const Preferences preferences;
        QCOMPARE(preferences.language(), QStringLiteral("de"));
        QCOMPARE(preferences.networkTimeout(), 45);
        QCOMPARE(preferences.maxParallelRequests(), 3);
        QCOMPARE(preferences.clipboardClearDelay(), 12);

        PreferencesDialog reopened(m_service.get());
        QCOMPARE(reopened.languageBox()->currentData().toString(), QStringLiteral("de"));
        QCOMPARE(reopened.networkTimeoutBox()->value(), 45);
        QCOMPARE(reopened.parallelRequestsBox()->value(), 3);
        QCOMPARE(reopened.clipboardDelayBox()->value(), 12);
    }

    void cancelKeepsWhatWasThere()
    {
        Preferences().setClipboardClearDelay(20);
        PreferencesDialog dialog(m_service.get());
        typeInto(dialog.clipboardDelayBox(), QStringLiteral("90"));
        QTest::keyClick(&dialog, Qt::Key_Escape);
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QCOMPARE(Preferences().clipboardClearDelay(), 20);
    }

    void newConnectionsStartWithTheNetworkSettings()
    {
        Preferences preferences;
        preferences.setNetworkTimeout(90);
        preferences.setMaxParallelRequests(2);
        ConnectionProfile profile = ConnectionProfile::create(
            QStringLiteral("CRM"), QStringLiteral("crm+https://crm.example.com?organisation=o"));
        preferences.applyNetworkDefaults(profile);
        QCOMPARE(profile.crmOptions().timeoutMs, 90000);
        QCOMPARE(profile.crmOptions().maxParallel, 2);
    }

    void newConnectionInTheDialogStartsWithTheNetworkSettings()
    {
        Preferences preferences;
        preferences.setNetworkTimeout(75);
        preferences.setMaxParallelRequests(4);
        QSettings settings;
        ConnectionProfiles profiles(&settings);
        SecretVault vault;
        ConnectionDialog dialog(profiles, vault);
        dialog.addProfile();
        QSpinBox* timeout = nullptr;
        QSpinBox* parallel = nullptr;
        for (QSpinBox* box : dialog.findChildren<QSpinBox*>()) {
            if (box->maximum() == 600)
                timeout = box;
            else if (box->maximum() == 32)
                parallel = box;
        }
        QVERIFY(timeout && parallel);
        QCOMPARE(timeout->value(), 75);
        QCOMPARE(parallel->value(), 4);
    }

    void languageChoiceIsWhatTranslationLoaderPicksUp_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("file");
        QTest::newRow("German") << QStringLiteral("de") << QStringLiteral("&Datei");
        QTest::newRow("Greek") << QStringLiteral("el") << QStringLiteral("&Αρχείο");
        QTest::newRow("English") << QStringLiteral("en") << QStringLiteral("&File");
    }

    void languageChoiceIsWhatTranslationLoaderPicksUp()
    {
        QFETCH(QString, language);
        QFETCH(QString, file);
        {
            PreferencesDialog dialog(m_service.get());
            const int index = dialog.languageBox()->findData(language);
            QVERIFY(index > 0);
            dialog.languageBox()->setCurrentIndex(index);
            dialog.accept();
        }
        // What main() does at the next start.
        const QString chosen = QSettings().value(Preferences::languageKey()).toString();
        QCOMPARE(chosen, language);
        TranslationLoader loader;
        QVERIFY(loader.install(TranslationLoader::localeFor(chosen)).ok());
        QCOMPARE(QCoreApplication::translate("MainWindow", "&File"), file);
    }

    void systemDefaultFollowsTheSystem()
    {
        Preferences().setLanguage(QStringLiteral("el"));
        PreferencesDialog dialog(m_service.get());
        dialog.languageBox()->setCurrentIndex(0);
        dialog.accept();
        QVERIFY(!QSettings().contains(Preferences::languageKey()));
        QCOMPARE(TranslationLoader::localeFor(Preferences().language()), QLocale::system());
    }

    void invalidInputIsImpossible()
    {
        PreferencesDialog dialog(m_service.get());
        typeInto(dialog.networkTimeoutBox(), QStringLiteral("0"));
        QVERIFY(dialog.networkTimeoutBox()->value() >= 1);
        typeInto(dialog.networkTimeoutBox(), QStringLiteral("99999"));
        QVERIFY(dialog.networkTimeoutBox()->value() <= 600);
        typeInto(dialog.parallelRequestsBox(), QStringLiteral("-4"));
        QVERIFY(dialog.parallelRequestsBox()->value() >= 1);
        typeInto(dialog.parallelRequestsBox(), QStringLiteral("500"));
        QVERIFY(dialog.parallelRequestsBox()->value() <= 32);
        typeInto(dialog.clipboardDelayBox(), QStringLiteral("1"));
        QVERIFY(dialog.clipboardDelayBox()->value() >= 5);
        QCOMPARE(dialog.networkTimeoutBox()->minimum(), 1);
        QCOMPARE(dialog.parallelRequestsBox()->maximum(), 32);

        // A hand-edited settings file cannot get past the ranges either.
        QSettings settings;
        settings.setValue(QStringLiteral("network/timeoutSeconds"), -3);
        settings.setValue(QStringLiteral("network/maxParallel"), QStringLiteral("many"));
        settings.setValue(QStringLiteral("clipboard/clearAfterSeconds"), 1000000);
        const Preferences preferences(&settings);
        QCOMPARE(preferences.networkTimeout(), 1);
        QCOMPARE(preferences.maxParallelRequests(), 6);
        QCOMPARE(preferences.clipboardClearDelay(), 600);
    }

    void secretDialogUsesTheChosenClipboardDelay()
    {
        {
            PreferencesDialog dialog(m_service.get());
            typeInto(dialog.clipboardDelayBox(), QStringLiteral("7"));
            dialog.accept();
        }
        ManualClock clock;
        SecretClipboard::instance()->setClock(&clock);
        auto* dialog = new SecretDialog(QStringLiteral("Pass code"), QString(), QStringLiteral("493817"));
        const QList<QLabel*> labels = dialog->findChildren<QLabel*>();
        QVERIFY(std::any_of(labels.begin(), labels.end(), [](QLabel* label) {
            return label->text().contains(QLatin1String("7 seconds"));
        }));
        dialog->copySecret();
        QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("493817"));
        clock.advance(6);
        SecretClipboard::instance()->checkExpiry();
        QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("493817"));
        clock.advance(1);
        SecretClipboard::instance()->checkExpiry();
        QVERIFY(QGuiApplication::clipboard()->text().isEmpty());
        delete dialog;
        SecretClipboard::instance()->setClock(nullptr);
    }

    void hashCostIsSavedToTheStore()
    {
        PreferencesDialog dialog(m_service.get());
        QTRY_VERIFY(dialog.hashCostEditable());
        QVERIFY(dialog.hashIterationsBox()->isVisibleTo(&dialog));
        QVERIFY(dialog.hashMemoryBox()->isVisibleTo(&dialog));
        QCOMPARE(dialog.hashIterationsBox()->value(), 2);
        QCOMPARE(dialog.hashMemoryBox()->value(), 19);
        typeInto(dialog.hashIterationsBox(), QStringLiteral("3"));
        typeInto(dialog.hashMemoryBox(), QStringLiteral("32"));
        QSignalSpy changed(m_service.get(), &TokenService::settingsChanged);
        dialog.accept();
        QTRY_COMPARE(dialog.result(), int(QDialog::Accepted));
        const TokenSettings saved = await(m_service->settings()).value();
        QCOMPARE(saved.hashIterations, 3);
        QCOMPARE(saved.hashMemoryKiB, 32 * 1024);
        QTRY_COMPARE(changed.size(), 1);
    }

    void hashCostIsLeftOutWhenTheStoreDoesNotHash()
    {
        // CRM.COM hashes on its own servers: the dialog says so, with no made-up values beside it.
        auto remote = openService(std::make_unique<RemoteLikeStore>());
        QVERIFY(remote);
        PreferencesDialog dialog(remote.get());
        QVERIFY(!dialog.hashCostEditable());
        QVERIFY(!dialog.hashIterationsBox()->isVisibleTo(&dialog));
        QVERIFY(!dialog.hashMemoryBox()->isVisibleTo(&dialog));
        const QList<QLabel*> labels = dialog.findChildren<QLabel*>();
        QVERIFY(std::any_of(labels.cbegin(), labels.cend(), [](const QLabel* label) {
            return label->text().contains(QLatin1String("does not hash pass codes"));
        }));
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }

    void editMenuOpensPreferencesWithTheKeyboard()
    {
        MainWindow window(m_service.get());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto* action = window.findChild<QAction*>(QStringLiteral("actionPreferences"));
        QVERIFY(action);
        QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_Comma));
        QTest::keyClick(&window, Qt::Key_Comma, Qt::ControlModifier);
        PreferencesDialog* dialog = nullptr;
        QTRY_VERIFY((dialog = window.findChild<PreferencesDialog*>()) != nullptr);
        QTRY_VERIFY(dialog->isVisible());
        // The language is where the keyboard starts; Return saves and closes.
        QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget*>(dialog->languageBox()));
        QTRY_VERIFY(dialog->hashCostEditable());
        // The note grew by two lines; its group grows with it rather than squeezing the fields.
        const QWidget* group = dialog->hashMemoryBox()->parentWidget();
        QTRY_VERIFY(group->height() >= group->heightForWidth(group->width())
                    && dialog->hashMemoryBox()->height() >= dialog->hashMemoryBox()->sizeHint().height());
        saveScreenshot(dialog, QStringLiteral("preferences"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QTRY_VERIFY(!dialog->isVisible());
    }

private:
    std::unique_ptr<TokenService> m_service;
};

QTEST_MAIN(TestPreferences)
#include "TestPreferences.moc"
