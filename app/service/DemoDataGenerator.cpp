#include "DemoDataGenerator.h"

#include <QDate>
#include <QMetaObject>
#include <algorithm>

namespace {
const QString loyaltyCard = QStringLiteral("Loyalty card");
const QString mobileApp = QStringLiteral("Mobile app");
const QString webPortal = QStringLiteral("Web portal");

const QList<QString> firstNames = {
    QStringLiteral("Maria"),   QStringLiteral("Andreas"),  QStringLiteral("Eleni"),
    QStringLiteral("Nikos"),   QStringLiteral("Sophia"),   QStringLiteral("Georgios"),
    QStringLiteral("Anna"),    QStringLiteral("Christos"), QStringLiteral("Katerina"),
    QStringLiteral("Michael"), QStringLiteral("Despina"),  QStringLiteral("Shemar"),
    QStringLiteral("Laura"),   QStringLiteral("James"),    QStringLiteral("Olga"),
    QStringLiteral("Pavlos"),  QStringLiteral("Irene"),    QStringLiteral("Marios"),
    QStringLiteral("Chloe"),   QStringLiteral("Stelios"),
};
const QList<QString> lastNames = {
    QStringLiteral("Georgiou"),      QStringLiteral("Constantinou"), QStringLiteral("Ioannou"),
    QStringLiteral("Christodoulou"), QStringLiteral("Demetriou"),    QStringLiteral("Havier"),
    QStringLiteral("Papadopoulos"),  QStringLiteral("Nicolaou"),     QStringLiteral("Charalambous"),
    QStringLiteral("Xenopoulou"),    QStringLiteral("Smith"),        QStringLiteral("Petrou"),
    QStringLiteral("Antoniou"),      QStringLiteral("Michaelides"),  QStringLiteral("Savva"),
    QStringLiteral("Kyriakou"),      QStringLiteral("Lannister"),    QStringLiteral("Andreou"),
};
const QList<QString> companies = {
    QStringLiteral("Blue Harbour Cafe Ltd"), QStringLiteral("Troodos Outdoor Supplies"),
    QStringLiteral("Larnaca Fresh Market"),  QStringLiteral("Kyrenia Books & Co"),
    QStringLiteral("Paphos Sun Hotels"),
};
const QList<QString> emailDomains
    = { QStringLiteral("example.com"), QStringLiteral("example.org"), QStringLiteral("mail.example.net") };
const QList<QString> branches
    = { QStringLiteral("Nicosia Mall"), QStringLiteral("Limassol Marina"), QStringLiteral("Larnaca Centre"),
        QStringLiteral("Paphos Harbour"), QStringLiteral("Online") };
const QList<QString> tiers = { QStringLiteral("Bronze"), QStringLiteral("Silver"), QStringLiteral("Gold") };
const QList<QString> platforms = { QStringLiteral("Android"), QStringLiteral("iOS") };
const QList<QString> appVersions
    = { QStringLiteral("4.1.0"), QStringLiteral("4.2.1"), QStringLiteral("5.0.0") };
const QList<QString> languages = { QStringLiteral("en"), QStringLiteral("el"), QStringLiteral("ru") };

constexpr int maximumAttempts = 5;

Classification classification(const QString& name, const QString& code, const QString& description)
{
    Classification c;
    c.name = name;
    c.alternativeCode = code;
    c.description = description;
    return c;
}
} // namespace

DemoDataGenerator::DemoDataGenerator(quint32 seed)
    : m_random(seed)
{
}

QFuture<Result<DemoDataGenerator::Summary>> DemoDataGenerator::run(TokenService& service, int tokenCount,
                                                                   quint32 seed, Progress progress)
{
    return service.withStore<Result<Summary>>([&service, tokenCount, seed, progress](TokenStore& store) {
        DemoDataGenerator generator(seed);
        Result<Summary> summary = generator.generate(store, tokenCount, progress);
        service.announceChanges({});
        // The settings and the directory changed too; views listen to the service for both.
        QMetaObject::invokeMethod(
            &service,
            [&service]() {
                Q_EMIT service.settingsChanged();
                Q_EMIT service.directoryChanged();
            },
            Qt::QueuedConnection);
        return summary;
    });
}

Result<DemoDataGenerator::Summary> DemoDataGenerator::generate(TokenStore& store, int tokenCount,
                                                               const Progress& progress)
{
    Summary summary;
    if (Result<void> added = addClassifications(store, summary); !added)
        return added.error();
    if (Result<void> added = addAccounts(store, summary); !added)
        return added.error();
    if (Result<void> added = addParticipants(store, summary); !added)
        return added.error();

    // Demo pass codes and verification codes are hashed at the lowest cost, or a few thousand
    // tokens would take minutes; the store's own cost is restored for every code set afterwards.
    const Result<TokenSettings> original = store.settings();
    if (!original)
        return original.error();
    if (Result<TokenSettings> lowered = setHashCost(store, 1, 8); !lowered)
        return lowered.error();

    const int passCodeTokens = std::min(maximumPassCodeTokens, tokenCount / 10);
    // Spread the e-mail log-ins evenly instead of bunching them at the start.
    const int passCodeEvery = passCodeTokens > 0 ? tokenCount / passCodeTokens : 0;
    Error failure;
    for (int i = 0; i < tokenCount; ++i) {
        Kind kind = Kind::PlainCard;
        if (passCodeEvery > 0 && i % passCodeEvery == passCodeEvery / 2
            && summary.withPassCode < passCodeTokens) {
            kind = Kind::WebPortal;
        } else {
            const int roll = int(m_random.bounded(100u));
            kind = roll < 55 ? Kind::LoyaltyCard : roll < 75 ? Kind::MobileApp : Kind::PlainCard;
        }
        const Result<void> created = createToken(store, kind, summary);
        if (!created) {
            failure = created.error();
            break;
        }
        if (progress && !progress(i + 1, tokenCount))
            break;
    }

    const Result<TokenSettings> restored
        = setHashCost(store, original->hashIterations, original->hashMemoryKiB);
    if (failure.isError())
        return failure;
    if (!restored)
        return restored.error();
    return summary;
}

Result<void> DemoDataGenerator::addClassifications(TokenStore& store, Summary& summary)
{
    Result<TokenSettings> settings = store.settings();
    if (!settings)
        return settings.error();
    TokenSettings changed = settings.value();

    Classification loyalty = classification(loyaltyCard, QStringLiteral("LC"),
                                            tr("Plastic loyalty cards handed out at the till"));
    // A card carries its own code, printed on it.
    loyalty.rules.authenticationCodeGeneration = TokenRules::CodeGeneration::None;

    Classification app = classification(mobileApp, QStringLiteral("APP"),
                                        tr("Sign-in of the mobile app; confirmed by a code sent by SMS"));
    app.rules.verificationRequired = true;
    app.rules.otpLifetimeMinutes = 5;

    Classification web = classification(webPortal, QStringLiteral("WEB"),
                                        tr("Customer portal log-in with e-mail and pass code"));
    web.rules.identifierFormat = TokenRules::IdentifierFormat::Email;
    web.rules.passCodeRules = { 8, true, true, false };
    web.rules.allowNoIdentifierAndPassCode = false;

    for (Classification wanted : { loyalty, app, web }) {
        if (changed.findClassification(wanted.name))
            continue;
        wanted.id = QStringLiteral("%1%2")
                        .arg(m_random.generate64(), 16, 16, QLatin1Char('0'))
                        .arg(m_random.generate64(), 16, 16, QLatin1Char('0'))
                        .toUpper();
        changed.classifications.append(wanted);
        ++summary.classificationsAdded;
    }
    if (summary.classificationsAdded == 0)
        return {};
    return store.saveSettings(changed);
}

Result<void> DemoDataGenerator::addAccounts(TokenStore& store, Summary& summary)
{
    const Result<QList<AccountsReceivable>> existing = store.accounts(QStringLiteral("ACR"), 10000);
    if (!existing)
        return existing.error();
    QSet<QString> known;
    for (const AccountsReceivable& account : existing.value())
        known.insert(account.number);

    for (int i = 1; i <= accountCount; ++i) {
        AccountsReceivable account;
        account.number = QStringLiteral("ACR%1").arg(1000 + i, 7, 10, QLatin1Char('0'));
        if (chance(10)) {
            account.name = pick(companies);
            account.ownerName = account.name;
        } else {
            const QString first = pick(firstNames);
            const QString last = pick(lastNames);
            account.name = last + QLatin1Char(' ') + QString::number(i);
            account.ownerName = first + QLatin1Char(' ') + last;
        }
        account.lifeCycleState = chance(90) ? QStringLiteral("ACTIVE") : QStringLiteral("SUSPENDED");
        m_accountNumbers.append(account.number);
        if (known.contains(account.number))
            continue;
        const Result<AccountsReceivable> added = store.addAccount(account);
        if (!added)
            return added.error();
        ++summary.accountsAdded;
    }
    return {};
}

Result<void> DemoDataGenerator::addParticipants(TokenStore& store, Summary& summary)
{
    const Result<QList<RewardParticipant>> existing = store.participants(QStringLiteral("RP"), 10000);
    if (!existing)
        return existing.error();
    QSet<QString> known;
    for (const RewardParticipant& participant : existing.value())
        known.insert(participant.number);

    for (int i = 1; i <= participantCount; ++i) {
        RewardParticipant participant;
        participant.number = QStringLiteral("RP%1").arg(500 + i, 6, 10, QLatin1Char('0'));
        participant.lifeCycleState = chance(85) ? QStringLiteral("ACTIVE") : QStringLiteral("SUSPENDED");
        m_participantNumbers.append(participant.number);
        if (known.contains(participant.number))
            continue;
        const Result<RewardParticipant> added = store.addParticipant(participant);
        if (!added)
            return added.error();
        ++summary.participantsAdded;
    }
    return {};
}

Result<TokenSettings> DemoDataGenerator::setHashCost(TokenStore& store, int iterations, int memoryKiB)
{
    Result<TokenSettings> settings = store.settings();
    if (!settings)
        return settings;
    TokenSettings changed = settings.value();
    if (changed.hashIterations == iterations && changed.hashMemoryKiB == memoryKiB)
        return changed;
    changed.hashIterations = iterations;
    changed.hashMemoryKiB = memoryKiB;
    const Result<void> saved = store.saveSettings(changed);
    if (!saved)
        return saved.error();
    return changed;
}

Result<void> DemoDataGenerator::createToken(TokenStore& store, Kind kind, Summary& summary)
{
    Result<TokenResult> created = store.create(tokenFields(kind));
    // A rerun on the same store draws codes that may exist already: draw again.
    for (int attempt = 1;
         attempt < maximumAttempts && !created && created.error().code() == Error::Code::DuplicateIdentifier;
         ++attempt)
        created = store.create(tokenFields(kind));
    if (!created)
        return created.error();
    ++summary.tokens;
    if (kind == Kind::WebPortal)
        ++summary.withPassCode;

    const TokenRef ref = TokenRef::byId(created->token.id);
    LifeCycleState state = created->token.lifeCycleState;
    if (state == LifeCycleState::PendingVerification && chance(60)) {
        // Most app users type in the code they were sent; the rest are still waiting.
        const Result<AccessToken> verified = store.verify(ref, created->verificationCode, QString());
        if (!verified)
            return verified.error();
        state = verified->lifeCycleState;
    }
    if (state == LifeCycleState::Effective && chance(12)) {
        const Result<AccessToken> deactivated = store.setNotEffective(ref);
        if (!deactivated)
            return deactivated.error();
        state = deactivated->lifeCycleState;
    }
    if (state == LifeCycleState::PendingVerification)
        ++summary.pendingVerification;
    else if (state == LifeCycleState::NotEffective)
        ++summary.notEffective;
    return {};
}

TokenPatch DemoDataGenerator::tokenFields(Kind kind)
{
    TokenPatch patch;
    switch (kind) {
    case Kind::LoyaltyCard:
        patch.classification = loyaltyCard;
        fillCard(patch);
        patch.udfString[0] = pick(branches);
        patch.udfFloat[0] = double(m_random.bounded(500000u)) / 100.0;
        patch.udfDate[0] = QDate(2023, 1, 1).addDays(m_random.bounded(1000u));
        if (chance(40))
            patch.customFieldSet.insert(QStringLiteral("tier"), pick(tiers));
        break;
    case Kind::PlainCard:
        fillCard(patch);
        if (chance(30))
            patch.udfString[0] = pick(branches);
        break;
    case Kind::MobileApp:
        patch.classification = mobileApp;
        patch.udfString[1] = pick(platforms);
        patch.customFieldSet.insert(QStringLiteral("app_version"), pick(appVersions));
        break;
    case Kind::WebPortal:
        patch.classification = webPortal;
        patch.identifier = uniqueEmail();
        patch.passCode = demoPassCode();
        patch.customFieldSet.insert(QStringLiteral("preferred_language"), pick(languages));
        if (chance(50))
            patch.customFieldSet.insert(QStringLiteral("newsletter"),
                                        chance(50) ? QStringLiteral("yes") : QStringLiteral("no"));
        break;
    }
    fillAssociation(patch);
    return patch;
}

void DemoDataGenerator::fillCard(TokenPatch& patch)
{
    const QString number = QStringLiteral("6274") + digits(12);
    patch.authenticationCode = number;
    patch.cardMaskedNumber = QString(number.left(4) + QStringLiteral("********") + number.right(4));
}

void DemoDataGenerator::fillAssociation(TokenPatch& patch)
{
    const int roll = int(m_random.bounded(100u));
    if (roll < 55 && !m_accountNumbers.isEmpty())
        patch.accountsReceivable = pick(m_accountNumbers);
    if (roll >= 45 && roll < 70 && !m_participantNumbers.isEmpty())
        patch.rewardParticipant = pick(m_participantNumbers);
}

QString DemoDataGenerator::uniqueEmail()
{
    const QString local = (pick(firstNames) + QLatin1Char('.') + pick(lastNames)).toLower();
    const QString domain = pick(emailDomains);
    QString email = local + QLatin1Char('@') + domain;
    while (m_usedEmails.contains(email))
        email = local + QString::number(m_random.bounded(1000u)) + QLatin1Char('@') + domain;
    m_usedEmails.insert(email);
    return email;
}

QString DemoDataGenerator::demoPassCode()
{
    static const QString letters = QStringLiteral("abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ");
    QString code;
    for (int i = 0; i < 7; ++i)
        code.append(letters.at(int(m_random.bounded(quint32(letters.size())))));
    code.insert(int(m_random.bounded(8u)), digits(2));
    return code;
}

QString DemoDataGenerator::digits(int count)
{
    QString text;
    for (int i = 0; i < count; ++i)
        text.append(QLatin1Char(char('0' + m_random.bounded(10u))));
    return text;
}
