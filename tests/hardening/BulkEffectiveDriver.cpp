// The bulk action the crash-safety test kills: BulkRunner's set_as_effective over the tokens
// PREFIX0000..PREFIX(COUNT-1) of a CRM.COM store, as the GUI's and the bench's bulk runs do.
//   bulk_effective_driver STORE_URL PASSWORD PREFIX COUNT [--resume]
// --resume first asks the store which of them are still NOT_EFFECTIVE and runs only those, as a
// person re-running an interrupted bulk action on the remaining selection would.
#include "BulkRunner.h"
#include "CrmApiTokenStore.h"

#include <QCoreApplication>
#include <cstdio>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 5)
        return 2;
    const Result<StoreUrl> url = StoreUrl::parse(args.at(1));
    if (!url.ok())
        return 2;
    CrmApiTokenStore store(*url, args.at(2));
    if (const Result<void> opened = store.open(); !opened.ok()) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error().message()));
        return 3;
    }
    const QString prefix = args.at(3);
    const int count = args.at(4).toInt();

    QList<TokenRef> refs;
    if (args.contains(QStringLiteral("--resume"))) {
        TokenQuery query;
        // CRM.COM filters by association only; the rest is picked here.
        query.association = TokenQuery::Association::NotAssociated;
        query.limit = 1000;
        const Result<QList<AccessToken>> pending = store.list(query);
        if (!pending.ok()) {
            std::fprintf(stderr, "%s\n", qPrintable(pending.error().message()));
            return 3;
        }
        for (const AccessToken& token : *pending) {
            if (token.lifeCycleState == LifeCycleState::NotEffective
                && token.authenticationCode.startsWith(prefix))
                refs.append(TokenRef::byAuthenticationCode(token.authenticationCode));
        }
    } else {
        for (int i = 0; i < count; ++i)
            refs.append(TokenRef::byAuthenticationCode(
                prefix + QStringLiteral("%1").arg(i, 4, 10, QLatin1Char('0'))));
    }
    std::printf("running %lld\n", qlonglong(refs.size()));
    std::fflush(stdout);

    BulkRunner runner(store);
    int failed = 0;
    for (const Result<AccessToken>& result : runner.run(BulkAction::SetEffective, refs))
        failed += result.ok() ? 0 : 1;
    std::printf("done %d failed\n", failed);
    return failed == 0 ? 0 : 1;
}
