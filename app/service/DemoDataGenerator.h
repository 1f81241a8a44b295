#pragma once

#include "Result.h"
#include "TokenService.h"
#include "TokenStore.h"

#include <QCoreApplication>
#include <QFuture>
#include <QRandomGenerator>
#include <QSet>
#include <QStringList>
#include <functional>

// Realistic demo data for a first start and for `tokendesk-cli demo`: three classifications, a
// directory of accounts receivable and reward participants, and tokens in every life cycle state,
// mostly cards, some app tokens awaiting verification, a few e-mail log-ins with pass codes; UDFs
// and custom fields filled on some. Everything goes through TokenStore, so every rule holds.
// The same seed gives the same data on an empty store; running it again adds more tokens.
class DemoDataGenerator
{
    Q_DECLARE_TR_FUNCTIONS(DemoDataGenerator)

public:
    struct Summary
    {
        int classificationsAdded = 0;
        int accountsAdded = 0;
        int participantsAdded = 0;
        int tokens = 0;
        int pendingVerification = 0;
        int notEffective = 0;
        int withPassCode = 0;
    };

    // Tokens made so far and the total; returning false stops the generation after that token.
    using Progress = std::function<bool(int done, int total)>;

    static constexpr quint32 defaultSeed = 20260101;
    static constexpr int accountCount = 50;
    static constexpr int participantCount = 30;
    // Pass codes are hashed slowly on purpose, so few demo tokens get one.
    static constexpr int maximumPassCodeTokens = 50;

    explicit DemoDataGenerator(quint32 seed = defaultSeed);

    // Runs on the store's thread. A failure stops the generation; what was made until then stays.
    Result<Summary> generate(TokenStore& store, int tokenCount, const Progress& progress = {});

    // generate() on the service's worker thread; announces the new tokens when done.
    static QFuture<Result<Summary>> run(TokenService& service, int tokenCount, quint32 seed = defaultSeed,
                                        Progress progress = {});

private:
    enum class Kind
    {
        LoyaltyCard,
        PlainCard,
        MobileApp,
        WebPortal
    };

    Result<void> addClassifications(TokenStore& store, Summary& summary);
    Result<void> addAccounts(TokenStore& store, Summary& summary);
    Result<void> addParticipants(TokenStore& store, Summary& summary);
    // Lowers (or restores) the pass code hash cost of the store; see generate().
    Result<TokenSettings> setHashCost(TokenStore& store, int iterations, int memoryKiB);
    Result<void> createToken(TokenStore& store, Kind kind, Summary& summary);

    TokenPatch tokenFields(Kind kind);
    void fillCard(TokenPatch& patch);
    void fillAssociation(TokenPatch& patch);
    QString uniqueEmail();
    QString demoPassCode();
    QString digits(int count);
    template<typename T> const T& pick(const QList<T>& values)
    {
        return values.at(int(m_random.bounded(quint32(values.size()))));
    }
    bool chance(int percent) { return int(m_random.bounded(100u)) < percent; }

    QRandomGenerator m_random;
    QStringList m_accountNumbers;
    QStringList m_participantNumbers;
    QSet<QString> m_usedEmails;
};
