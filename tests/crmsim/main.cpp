#include "CrmSimServer.h"
#include "DemoDataGenerator.h"
#include "SqlTokenStore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTemporaryDir>
#include <QTextStream>
#include <cstdio>
#include <optional>
#ifdef Q_OS_LINUX
#include <csignal>
#include <sys/prctl.h>
#endif

// tokendesk-crmsim: a CRM.COM V4 server on loopback for tests and demos, over a throw-away SQLite
// store. Prints its API base URL on one line once it listens.
int main(int argc, char* argv[])
{
#ifdef Q_OS_LINUX
    // A test that crashes must not leave its server behind (holding its output pipe open).
    prctl(PR_SET_PDEATHSIG, SIGTERM);
#endif
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("tokendesk-crmsim"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("A CRM.COM V4 access token API for tests"));
    parser.addHelpOption();
    const QCommandLineOption port(QStringLiteral("port"), QStringLiteral("Port, 0 for a free one"),
                                  QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption latency(QStringLiteral("latency"), QStringLiteral("Added latency per API call"),
                                     QStringLiteral("ms"), QStringLiteral("0"));
    const QCommandLineOption database(
        QStringLiteral("database"),
        QStringLiteral("SQLite file to keep the tokens in (default: a temporary one)"),
        QStringLiteral("path"));
    const QCommandLineOption user(QStringLiteral("user"), QStringLiteral("Accepted user name"),
                                  QStringLiteral("name"), QStringLiteral("admin"));
    const QCommandLineOption password(QStringLiteral("password"), QStringLiteral("Accepted password"),
                                      QStringLiteral("text"), QStringLiteral("secret"));
    const QCommandLineOption organisation(QStringLiteral("organisation"),
                                          QStringLiteral("Accepted organisation"), QStringLiteral("name"),
                                          QStringLiteral("TestOrg"));
    const QCommandLineOption apiKey(QStringLiteral("api-key"), QStringLiteral("Accepted web API key"),
                                    QStringLiteral("key"), QStringLiteral("web-api-key"));
    const QCommandLineOption consumerKey(QStringLiteral("consumer-key"),
                                         QStringLiteral("Accepted consumer application key"),
                                         QStringLiteral("key"), QStringLiteral("consumer-key"));
    const QCommandLineOption accounts(
        QStringLiteral("accounts"),
        QStringLiteral("Accounts ACR0000000001.. and participants P0000000001.. to create"),
        QStringLiteral("N"), QStringLiteral("5"));
    const QCommandLineOption tls(QStringLiteral("tls"),
                                 QStringLiteral("Serve https with the PEM certificate CERT and the RSA key "
                                                "KEY that follows it"),
                                 QStringLiteral("CERT"));
    const QCommandLineOption demo(
        QStringLiteral("demo"), QStringLiteral("Fill the store with N demo tokens (see tokendesk-cli demo)"),
        QStringLiteral("N"), QStringLiteral("0"));
    parser.addOptions(
        { port, latency, database, user, password, organisation, apiKey, consumerKey, accounts, tls, demo });
    parser.addPositionalArgument(QStringLiteral("KEY"), QStringLiteral("With --tls: the PEM RSA key"),
                                 QStringLiteral("[KEY]"));
    parser.process(app);

    // Only without --database: a folder made here is left behind when the server is killed.
    std::optional<QTemporaryDir> temporary;
    if (!parser.isSet(database))
        temporary.emplace();
    const QString path
        = temporary ? temporary->filePath(QStringLiteral("crmsim.sqlite")) : parser.value(database);
    StoreUrl url;
    url.kind = StoreUrl::Kind::Sqlite;
    url.path = path;
    SqlTokenStore store(url, QString(), Clock::system());
    const Result<void> opened = store.open();
    if (!opened.ok()) {
        std::fprintf(stderr, "tokendesk-crmsim: %s\n", qPrintable(opened.error().toString()));
        return 1;
    }
    store.setActor(parser.value(user), QStringLiteral("Admin Unit"));
    for (int i = 1; i <= parser.value(accounts).toInt(); ++i) {
        AccountsReceivable account;
        account.number = QStringLiteral("ACR%1").arg(i, 10, 10, QLatin1Char('0'));
        account.name = QStringLiteral("Account %1").arg(i);
        store.addAccount(account);
        RewardParticipant participant;
        participant.number = QStringLiteral("P%1").arg(i, 10, 10, QLatin1Char('0'));
        store.addParticipant(participant);
    }

    CrmSimServer::Credentials credentials;
    credentials.user = parser.value(user);
    credentials.password = parser.value(password);
    credentials.organisation = parser.value(organisation);
    credentials.webApiKey = parser.value(apiKey);
    credentials.consumerKey = parser.value(consumerKey);
    if (parser.value(demo).toInt() > 0) {
        const Result<DemoDataGenerator::Summary> generated
            = DemoDataGenerator().generate(store, parser.value(demo).toInt());
        if (!generated.ok()) {
            std::fprintf(stderr, "tokendesk-crmsim: %s\n", qPrintable(generated.error().toString()));
            return 1;
        }
    }
    CrmSimServer server(store, credentials);
    server.setLatency(parser.value(latency).toInt());
    if (parser.isSet(tls)) {
        const QStringList key = parser.positionalArguments();
        const Result<void> secured = key.size() == 1
            ? server.useTls(parser.value(tls), key.constFirst())
            : Result<void>(Error(Error::Code::Usage, QStringLiteral("usage: --tls CERT KEY")));
        if (!secured.ok()) {
            std::fprintf(stderr, "tokendesk-crmsim: %s\n", qPrintable(secured.error().message()));
            return 2;
        }
    }
    if (server.start(quint16(parser.value(port).toUInt())) == 0) {
        std::fprintf(stderr, "tokendesk-crmsim: cannot listen on port %s\n", qPrintable(parser.value(port)));
        return 1;
    }
    QTextStream(stdout) << server.baseUrl() << Qt::endl;
    return app.exec();
}
