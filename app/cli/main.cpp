#include "CliApplication.h"
#include "TranslationLoader.h"

#include <QCoreApplication>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    // The same names as the GUI, so QStandardPaths finds the same default store.
    QCoreApplication::setOrganizationName(QStringLiteral("TokenDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("TokenDesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TOKENDESK_VERSION));

    // Messages follow the system language; the interface stays in English without a translation.
    TranslationLoader translations;
    translations.install(QLocale::system());

    CliApplication cli;
    return cli.run(QCoreApplication::arguments().mid(1));
}
