// tokendesk: the desktop application. Opens the store (the one --store names, else the connection
// chosen last, else the embedded default) and shows the main window; everything else lives in
// tokendesk_ui.

#include "ConnectionDialog.h"
#include "ConnectionProfiles.h"
#include "DisabledPlaceholders.h"
#include "Icons.h"
#include "LastConnection.h"
#include "LoginName.h"
#include "MainWindow.h"
#include "Preferences.h"
#include "RunningInstance.h"
#include "ScreenshotTour.h"
#include "SecretVault.h"
#include "StoreFactory.h"
#include "StoreSession.h"
#include "StoreUrl.h"
#include "TokenService.h"
#include "TranslationLoader.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QSettings>
#include <cstdio>
#include <cstring>

int main(int argc, char* argv[])
{
    // Answered before QApplication so it works without a display (packaging checks, scripts).
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--version") == 0 || std::strcmp(argv[i], "-v") == 0) {
            std::printf("tokendesk %s\n", TOKENDESK_VERSION);
            return 0;
        }
    }

    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("TokenDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("TokenDesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TOKENDESK_VERSION));
    QGuiApplication::setDesktopFileName(QStringLiteral("org.example.TokenDesk"));
    QApplication::setWindowIcon(Icons::application());
    QApplication::setPalette(DisabledPlaceholders::muted(QApplication::palette()));

    // The language chosen in Preferences, or the system's when none was chosen.
    TranslationLoader translations;
    translations.install(
        TranslationLoader::localeFor(QSettings().value(QStringLiteral("ui/language")).toString()));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Back office for CRM.COM access tokens"));
    parser.addHelpOption();
    parser.addOption(
        { QStringLiteral("version"), QCoreApplication::translate("main", "Print the version and exit.") });
    const QCommandLineOption storeOption(
        QStringLiteral("store"),
        QCoreApplication::translate("main",
                                    "The store to open (sqlite:PATH, postgres://…, crm+https://…, or "
                                    "crm+http://… for a test server on this machine)."),
        QStringLiteral("url"));
    const QCommandLineOption noDemoOption(
        QStringLiteral("no-demo"),
        QCoreApplication::translate("main", "Do not fill a new, empty store with demo data."));
    const QCommandLineOption screenshotsOption(
        QStringLiteral("screenshots"),
        QCoreApplication::translate("main", "Save screenshots of the main views into a folder and exit."),
        QStringLiteral("folder"));
    parser.addOption(storeOption);
    parser.addOption(noDemoOption);
    parser.addOption(screenshotsOption);
    parser.addPositionalArgument(
        QStringLiteral("file"),
        QCoreApplication::translate("main", "A CSV file to import once the store is open."),
        QStringLiteral("[file]"));
    parser.process(app);

    StoreUrl url = StoreUrl::defaultSqlite();
    if (parser.isSet(storeOption)) {
        const Result<StoreUrl> parsed = StoreUrl::parse(parser.value(storeOption));
        if (!parsed.ok()) {
            std::fprintf(stderr, "tokendesk: %s\n", qPrintable(parsed.error().message()));
            return 2;
        }
        url = parsed.value();
    }

    // Every change the History tab lists names who made it.
    const QString user = LoginName::current();

    // Opened from the desktop while TokenDesk runs: the file goes to the window already up.
    RunningInstance running;
    if (!parser.isSet(storeOption) && !parser.positionalArguments().isEmpty()
        && running.handOver(QFileInfo(parser.positionalArguments().constFirst()).absoluteFilePath()))
        return 0;

    ConnectionProfiles profiles;
    SecretVault vault;
    StoreSession session(user);
    QObject::connect(&session, &StoreSession::windowShown, &session, [&](MainWindow* window) {
        QObject::connect(window, &MainWindow::connectRequested, window, [&, window]() {
            ConnectionDialog dialog(profiles, vault, window);
            if (dialog.exec() != QDialog::Accepted)
                return;
            const ConnectionProfile profile = dialog.chosenProfile();
            const QString secret = dialog.chosenSecret();
            const QString consumerKey = dialog.chosenConsumerKey();
            session.switchTo(
                [profile, secret, consumerKey]() { return profile.createStore(secret, consumerKey); },
                profile.name);
        });
    });

    // A store named on the command line works with the network settings of Preferences (a
    // profile keeps its own) and, like the CLI, takes its secret from the environment.
    const CrmOptions network = Preferences().crmOptions();
    const QString secret = url.kind == StoreUrl::Kind::Sqlite ? QString()
        : url.usesWebApiKey()                                 ? qEnvironmentVariable("TOKENDESK_API_KEY")
                                                              : qEnvironmentVariable("TOKENDESK_PASSWORD");
    const std::optional<LastConnection::Choice> resumed
        = parser.isSet(storeOption) ? std::nullopt : LastConnection::resume(profiles, vault);
    if (resumed) {
        // A store of the person's own choosing is never filled with demo data.
        session.start(
            [choice = *resumed]() { return choice.profile.createStore(choice.secret, choice.consumerKey); },
            false);
    } else {
        // Nor is one opened to import a file: the person came with data of their own.
        session.start([url, secret, network]() { return StoreFactory::create(url, secret, network); },
                      !parser.isSet(noDemoOption) && parser.positionalArguments().isEmpty()
                          && url.kind == StoreUrl::Kind::Sqlite);
    }
    if (!parser.positionalArguments().isEmpty()) {
        const QString importPath = QFileInfo(parser.positionalArguments().constFirst()).absoluteFilePath();
        MainWindow* first = session.window();
        QObject::connect(
            first, &MainWindow::storeReady, first,
            [first, importPath]() { Q_EMIT first->importRequested(importPath); }, Qt::SingleShotConnection);
    }
    if (!parser.isSet(storeOption) && running.listen()) {
        QObject::connect(&running, &RunningInstance::fileReceived, &session, [&session](const QString& path) {
            MainWindow* window = session.window();
            window->showNormal();
            window->raise();
            window->activateWindow();
            Q_EMIT window->importRequested(path);
        });
    }
    if (parser.isSet(screenshotsOption))
        ScreenshotTour::start(session.window(), parser.value(screenshotsOption));
    return app.exec();
}
