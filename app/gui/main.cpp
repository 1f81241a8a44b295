// tokendesk: the desktop application. Opens the store (the embedded default unless --store names
// another) and shows the main window; everything else lives in tokendesk_ui.

#include "ConnectionDialog.h"
#include "ConnectionProfiles.h"
#include "DisabledPlaceholders.h"
#include "Icons.h"
#include "LoginName.h"
#include "MainWindow.h"
#include "Preferences.h"
#include "ScreenshotTour.h"
#include "SecretVault.h"
#include "StoreFactory.h"
#include "StoreUrl.h"
#include "TokenService.h"
#include "TranslationLoader.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QTimer>
#include <cstdio>
#include <cstring>
#include <functional>
#include <memory>

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
        QCoreApplication::translate("main", "The store to open (sqlite:PATH, postgres://…, crm+https://…)."),
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
    if (url.kind == StoreUrl::Kind::Sqlite)
        QDir().mkpath(QFileInfo(url.path).absolutePath());

    // Every change the History tab lists names who made it.
    const QString user = LoginName::current();

    // The window is built around one service (its models and editor keep it), so switching the
    // store with File → Connect… replaces both.
    ConnectionProfiles profiles;
    SecretVault vault;
    std::unique_ptr<TokenService> service;
    std::unique_ptr<MainWindow> window;
    std::function<void(TokenService::StoreFactory, bool)> start;
    auto connectToStore = [&]() {
        ConnectionDialog dialog(profiles, vault, window.get());
        if (dialog.exec() != QDialog::Accepted)
            return;
        const ConnectionProfile profile = dialog.chosenProfile();
        const QString secret = dialog.chosenSecret();
        const QString consumerKey = dialog.chosenConsumerKey();
        start([profile, secret, consumerKey]() { return profile.createStore(secret, consumerKey); }, false);
    };
    start = [&](TokenService::StoreFactory factory, bool fillDemo) {
        auto nextService = std::make_unique<TokenService>(std::move(factory));
        nextService->setActor(user, QString());
        auto nextWindow = std::make_unique<MainWindow>(nextService.get());
        QObject::connect(nextWindow.get(), &MainWindow::connectRequested, nextWindow.get(), connectToStore);
        if (window) {
            // The old pair goes after the signal that asked for the switch has returned; the
            // service first, so its queued calls finish while their window still exists.
            auto oldService = std::shared_ptr<TokenService>(service.release());
            auto oldWindow = std::shared_ptr<MainWindow>(window.release());
            nextWindow->show();
            oldWindow->close();
            QTimer::singleShot(0, nextWindow.get(), [oldService, oldWindow]() mutable {
                oldService.reset();
                oldWindow.reset();
            });
        } else {
            nextWindow->show();
        }
        service = std::move(nextService);
        window = std::move(nextWindow);
        window->openStore(fillDemo);
    };

    // A store named on the command line works with the network settings of Preferences (a
    // profile keeps its own) and, like the CLI, takes its secret from the environment.
    const CrmOptions network = Preferences().crmOptions();
    const QString secret = url.kind == StoreUrl::Kind::Sqlite ? QString()
        : url.usesWebApiKey()                                 ? qEnvironmentVariable("TOKENDESK_API_KEY")
                                                              : qEnvironmentVariable("TOKENDESK_PASSWORD");
    start([url, secret, network]() { return StoreFactory::create(url, secret, network); },
          !parser.isSet(noDemoOption) && url.kind == StoreUrl::Kind::Sqlite);
    if (!parser.positionalArguments().isEmpty()) {
        const QString importPath = QFileInfo(parser.positionalArguments().constFirst()).absoluteFilePath();
        MainWindow* first = window.get();
        QObject::connect(
            first, &MainWindow::storeReady, first,
            [first, importPath]() { Q_EMIT first->importRequested(importPath); }, Qt::SingleShotConnection);
    }
    if (parser.isSet(screenshotsOption))
        ScreenshotTour::start(window.get(), parser.value(screenshotsOption));
    const int status = app.exec();
    // Finishes the store's queued calls while the window their results go to still exists.
    service.reset();
    window.reset();
    return status;
}
