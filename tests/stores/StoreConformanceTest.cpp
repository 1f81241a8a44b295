#include "StoreConformanceTest.h"

#include "SqlDialect.h"
#include "SqlSchema.h"
#include "TokenField.h"
#include "TransitionTable.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>

namespace {
const QString passCode = QStringLiteral("Pass-Code-4821");

// Fails the calling test with the store's own error text.
#define REQUIRE_OK(result)                                                                                   \
    do {                                                                                                     \
        const auto& r_ = (result);                                                                           \
        if (!r_.ok())                                                                                        \
            QFAIL(qPrintable(QStringLiteral("unexpected error: ") + r_.error().toString()));                 \
    } while (false)

#define REQUIRE_ERROR(result, errorCode)                                                                     \
    do {                                                                                                     \
        const auto& r_ = (result);                                                                           \
        QVERIFY2(!r_.ok(), "the store accepted what it should have refused");                                \
        QCOMPARE(Error::codeName(r_.error().code()), Error::codeName(errorCode));                            \
    } while (false)

TokenPatch patchWith(const QString& identifier, const QString& pass)
{
    TokenPatch patch;
    if (!identifier.isEmpty())
        patch.identifier = identifier;
    if (!pass.isEmpty())
        patch.passCode = pass;
    return patch;
}

bool isUpperHex32(const QString& text)
{
    static const QRegularExpression hex(QStringLiteral("^[0-9A-F]{32}$"));
    return hex.match(text).hasMatch();
}

QStringList numbersOf(const QList<AccessToken>& tokens)
{
    QStringList numbers;
    for (const AccessToken& token : tokens)
        numbers.append(token.number);
    return numbers;
}
} // namespace

StoreConformanceTest::StoreConformanceTest(Factory factory, StoreTestHooks hooks, QObject* parent)
    : QObject(parent)
    , m_factory(std::move(factory))
    , m_hooks(std::move(hooks))
{
}

void StoreConformanceTest::init()
{
    m_clock = std::make_unique<ManualClock>();
    if (m_hooks.reset)
        m_hooks.reset();
    m_store = openStore();
    QVERIFY(m_store);
}

void StoreConformanceTest::cleanup()
{
    m_store.reset();
}

std::unique_ptr<TokenStore> StoreConformanceTest::openStore()
{
    std::unique_ptr<TokenStore> store = m_factory(m_clock.get());
    if (!store)
        return nullptr;
    const Result<void> opened = store->open();
    if (!opened.ok()) {
        qWarning("%s", qPrintable(opened.error().toString()));
        return nullptr;
    }
    store->setActor(QStringLiteral("tester"), QStringLiteral("unit-a"));
    Result<TokenSettings> settings = store->settings();
    if (!settings.ok()) {
        qWarning("%s", qPrintable(settings.error().toString()));
        return nullptr;
    }
    // The cheapest Argon2id cost keeps the suite fast; the cost itself is not under test here.
    settings->hashIterations = 1;
    settings->hashMemoryKiB = 8;
    const Result<void> saved = store->saveSettings(*settings);
    if (!saved.ok()) {
        qWarning("%s", qPrintable(saved.error().toString()));
        return nullptr;
    }
    return store;
}

void StoreConformanceTest::saveRules(const std::function<void(TokenSettings&)>& change)
{
    Result<TokenSettings> settings = m_store->settings();
    QVERIFY(settings.ok());
    change(*settings);
    REQUIRE_OK(m_store->saveSettings(*settings));
}

AccessToken StoreConformanceTest::createToken(const QString& identifier, const QString& pass,
                                              const QString& account)
{
    TokenPatch patch = patchWith(identifier, pass);
    if (!account.isEmpty())
        patch.accountsReceivable = account;
    const Result<TokenResult> created = m_store->create(patch);
    if (!created.ok()) {
        qWarning("create failed: %s", qPrintable(created.error().toString()));
        return AccessToken();
    }
    return created->token;
}

AccessToken StoreConformanceTest::tokenInState(LifeCycleState state, const QString& identifier)
{
    if (state == LifeCycleState::PendingVerification) {
        saveRules([](TokenSettings& s) { s.definition.verificationRequired = true; });
        const AccessToken token = createToken(identifier, passCode);
        saveRules([](TokenSettings& s) { s.definition.verificationRequired = false; });
        return token;
    }
    AccessToken token = createToken(identifier, passCode);
    if (state == LifeCycleState::NotEffective) {
        const Result<AccessToken> changed = m_store->setNotEffective(TokenRef::byId(token.id));
        if (changed.ok())
            token = *changed;
    }
    return token;
}

void StoreConformanceTest::checkUnchanged(const AccessToken& before)
{
    const Result<AccessToken> now = m_store->show(TokenRef::byId(before.id));
    REQUIRE_OK(now);
    QVERIFY2(*now == before, "a refused operation changed the token");
}

// ---- create ----------------------------------------------------------------------------------

void StoreConformanceTest::createAssignsIdNumberAndCodes()
{
    const Result<TokenResult> created
        = m_store->create(patchWith(QStringLiteral("ann@example.com"), passCode));
    REQUIRE_OK(created);
    const AccessToken& token = created->token;
    QVERIFY(isUpperHex32(token.id));
    QVERIFY(!token.number.isEmpty());
    QCOMPARE(token.lifeCycleState, LifeCycleState::Effective);
    QVERIFY(isUpperHex32(token.authenticationCode));
    QVERIFY(token.hasPassCode);
    QVERIFY(!created->hasSecret());
    QCOMPARE(token.logInformation.createdDate, m_clock->now());
    if (m_store->capabilities().recordsActor)
        QCOMPARE(token.logInformation.createdByUser, QStringLiteral("tester"));
    else
        QVERIFY2(!token.logInformation.createdByUser.isEmpty(), "the log information names no user");

    for (const TokenRef& ref : { TokenRef::byId(token.id), TokenRef::byNumber(token.number),
                                 TokenRef::byAuthenticationCode(token.authenticationCode),
                                 TokenRef::byIdentifier(QStringLiteral("ann@example.com"), passCode) }) {
        const Result<AccessToken> shown = m_store->show(ref);
        REQUIRE_OK(shown);
        QCOMPARE(*shown, token);
    }
    // Listed as shown: the editor must not take a listed token for one without a pass code.
    TokenQuery notAssociated;
    notAssociated.association = TokenQuery::Association::NotAssociated;
    const Result<QList<AccessToken>> listed = m_store->list(notAssociated);
    REQUIRE_OK(listed);
    QCOMPARE(listed->size(), 1);
    QCOMPARE(listed->constFirst(), token);
}

void StoreConformanceTest::createNumbersIncreaseAsText()
{
    QStringList numbers;
    for (int i = 0; i < 12; ++i)
        numbers.append(createToken(QString(), QString()).number);
    QCOMPARE(QSet<QString>(numbers.begin(), numbers.end()).size(), numbers.size());
    QStringList sorted = numbers;
    sorted.sort();
    QCOMPARE(sorted, numbers);
}

void StoreConformanceTest::createNeedsPassCodeWithIdentifier()
{
    const Result<TokenResult> created = m_store->create(patchWith(QStringLiteral("bob"), QString()));
    REQUIRE_ERROR(created, Error::Code::Validation);
    QCOMPARE(created.error().field(), QStringLiteral("pass_code"));
    // Nothing was created. A store that cannot count every token counts those not associated,
    // which is where a token created without an account or participant would be.
    TokenQuery everything;
    if (!m_store->capabilities().listsAllTokens)
        everything.association = TokenQuery::Association::NotAssociated;
    const Result<qint64> count = m_store->count(everything);
    REQUIRE_OK(count);
    QCOMPARE(*count, 0);
}

void StoreConformanceTest::createReportsAllViolationsAtOnce()
{
    saveRules([](TokenSettings& s) {
        s.definition.identifierFormat = TokenRules::IdentifierFormat::Email;
        s.definition.passCodeRules.minimumLength = 10;
    });
    TokenPatch patch = patchWith(QStringLiteral("not-an-email"), QStringLiteral("short"));
    patch.cardMaskedNumber = QStringLiteral("12");
    const Result<TokenResult> created = m_store->create(patch);
    REQUIRE_ERROR(created, Error::Code::Validation);
    if (!m_store->capabilities().reportsEveryViolation)
        QSKIP("This store reports a refusal as one message, not as a list of violations");
    QSet<QString> fields;
    for (const Error::Violation& violation : created.error().violations())
        fields.insert(violation.field);
    QCOMPARE(fields,
             QSet<QString>({ QStringLiteral("identifier"), QStringLiteral("pass_code"),
                             QStringLiteral("card_masked_number") }));
}

void StoreConformanceTest::createWithVerificationRequired()
{
    saveRules([](TokenSettings& s) { s.definition.verificationRequired = true; });
    const Result<TokenResult> created
        = m_store->create(patchWith(QStringLiteral("cy@example.com"), passCode));
    REQUIRE_OK(created);
    QCOMPARE(created->token.lifeCycleState, LifeCycleState::PendingVerification);
    QVERIFY(QRegularExpression(QStringLiteral("^[0-9]{6}$")).match(created->verificationCode).hasMatch());
}

void StoreConformanceTest::createGeneratesIdentifierAndPassCode()
{
    REQUIRE_OK(m_store->addAccount({ QString(), QStringLiteral("ACR001"), QStringLiteral("Acme"),
                                     QStringLiteral("ACTIVE"), QStringLiteral("Ann") }));
    saveRules([](TokenSettings& s) {
        s.definition.identifierGeneration = TokenRules::IdentifierGeneration::AutoNumber;
        s.definition.passCodeGeneration = TokenRules::CodeGeneration::Auto;
        s.definition.passCodeRules = { 8, true, true, false };
    });
    // The generated pass code must be sent to someone.
    REQUIRE_ERROR(m_store->create(TokenPatch()), Error::Code::Validation);

    TokenPatch patch;
    patch.accountsReceivable = QStringLiteral("ACR001");
    const Result<TokenResult> created = m_store->create(patch);
    REQUIRE_OK(created);
    QVERIFY(QRegularExpression(QStringLiteral("^[0-9]+$")).match(created->token.identifier).hasMatch());
    const QString generated = created->randomPassCode;
    QVERIFY(generated.size() >= 8);
    QVERIFY(std::any_of(generated.begin(), generated.end(), [](QChar c) { return c.isDigit(); }));
    QVERIFY(std::any_of(generated.begin(), generated.end(), [](QChar c) { return c.isLetter(); }));
    QVERIFY(created->token.hasPassCode);
    QCOMPARE(created->token.accountsReceivable->number, QStringLiteral("ACR001"));
    REQUIRE_OK(m_store->show(TokenRef::byIdentifier(created->token.identifier, generated)));
}

void StoreConformanceTest::createWithoutGeneratedAuthenticationCode()
{
    saveRules([](TokenSettings& s) {
        s.definition.authenticationCodeGeneration = TokenRules::CodeGeneration::None;
    });
    REQUIRE_ERROR(m_store->create(TokenPatch()), Error::Code::Validation);
    TokenPatch patch;
    patch.authenticationCode = QStringLiteral("CARD-0001");
    const Result<TokenResult> created = m_store->create(patch);
    REQUIRE_OK(created);
    QCOMPARE(created->token.authenticationCode, QStringLiteral("CARD-0001"));
}

void StoreConformanceTest::duplicateIdentifierRefused()
{
    const AccessToken first = createToken(QStringLiteral("dup@example.com"), passCode);
    const Result<TokenResult> again = m_store->create(patchWith(QStringLiteral("dup@example.com"), passCode));
    REQUIRE_ERROR(again, Error::Code::DuplicateIdentifier);
    QCOMPARE(again.error().field(), QStringLiteral("identifier"));

    const AccessToken second = createToken(QStringLiteral("other@example.com"), passCode);
    TokenPatch patch;
    patch.identifier = QStringLiteral("dup@example.com");
    const Result<AccessToken> updated = m_store->update(TokenRef::byId(second.id), patch);
    REQUIRE_ERROR(updated, Error::Code::DuplicateIdentifier);
    QCOMPARE(updated.error().field(), QStringLiteral("identifier"));
    checkUnchanged(second);
    checkUnchanged(first);
}

void StoreConformanceTest::duplicateAuthenticationCodeRefused()
{
    TokenPatch patch;
    patch.authenticationCode = QStringLiteral("AUTH-1");
    const Result<TokenResult> first = m_store->create(patch);
    REQUIRE_OK(first);
    const Result<TokenResult> again = m_store->create(patch);
    REQUIRE_ERROR(again, Error::Code::DuplicateIdentifier);
    QCOMPARE(again.error().field(), QStringLiteral("authentication_code"));

    const AccessToken second = createToken(QString(), QString());
    const Result<AccessToken> updated = m_store->update(TokenRef::byId(second.id), patch);
    REQUIRE_ERROR(updated, Error::Code::DuplicateIdentifier);
    QCOMPARE(updated.error().field(), QStringLiteral("authentication_code"));
    checkUnchanged(second);
}

void StoreConformanceTest::identifierNeedsRightPassCode()
{
    const AccessToken token = createToken(QStringLiteral("dee@example.com"), passCode);
    const Result<AccessToken> unknown
        = m_store->show(TokenRef::byIdentifier(QStringLiteral("nobody@example.com"), passCode));
    REQUIRE_ERROR(unknown, Error::Code::NotFound);
    const Result<AccessToken> wrong
        = m_store->show(TokenRef::byIdentifier(QStringLiteral("dee@example.com"), QStringLiteral("wrong")));
    REQUIRE_ERROR(wrong, Error::Code::NotFound);
    const Result<AccessToken> missing
        = m_store->show(TokenRef::byIdentifier(QStringLiteral("dee@example.com")));
    REQUIRE_ERROR(missing, Error::Code::NotFound);
    // The refusal for a wrong pass code reads like the one for an unknown token: it leaks nothing.
    QCOMPARE(wrong.error().message().replace(QStringLiteral("dee@example.com"), QStringLiteral("X")),
             unknown.error().message().replace(QStringLiteral("nobody@example.com"), QStringLiteral("X")));
    TokenPatch patch;
    patch.udfString[0] = QStringLiteral("x");
    REQUIRE_ERROR(
        m_store->update(TokenRef::byIdentifier(QStringLiteral("dee@example.com"), QStringLiteral("wrong")),
                        patch),
        Error::Code::NotFound);
    checkUnchanged(token);
}

// ---- update ----------------------------------------------------------------------------------

void StoreConformanceTest::updatePatchSemantics()
{
    TokenPatch initial = patchWith(QStringLiteral("eve@example.com"), passCode);
    initial.cardMaskedNumber = QStringLiteral("4111********1111");
    initial.udfString[0] = QStringLiteral("one");
    initial.udfString[1] = QStringLiteral("two");
    initial.udfFloat[0] = 1.5;
    initial.udfDate[0] = QDate(2026, 2, 3);
    const Result<TokenResult> created = m_store->create(initial);
    REQUIRE_OK(created);
    const AccessToken before = created->token;

    m_clock->advance(60);
    TokenPatch patch;
    patch.udfString[0] = PatchValue<QString>::null();
    patch.udfString[2] = QStringLiteral("three");
    patch.udfFloat[0] = 2.25;
    patch.udfDate[0] = PatchValue<QDate>::null();
    patch.expectedVersion = before.version;
    const Result<AccessToken> updated = m_store->update(TokenRef::byId(before.id), patch);
    REQUIRE_OK(updated);
    QVERIFY(updated->udfString[0].isEmpty());
    QCOMPARE(updated->udfString[1], QStringLiteral("two"));
    QCOMPARE(updated->udfString[2], QStringLiteral("three"));
    QCOMPARE(updated->udfFloat[0], std::optional<double>(2.25));
    QVERIFY(!updated->udfDate[0].isValid());
    QCOMPARE(updated->cardMaskedNumber, before.cardMaskedNumber);
    QCOMPARE(updated->identifier, before.identifier);
    QCOMPARE(updated->version, before.version + 1);
    QCOMPARE(updated->logInformation.updatedDate, m_clock->now());
    QCOMPARE(updated->logInformation.createdDate, before.logInformation.createdDate);
    checkUnchanged(*updated);

    // A new pass code replaces the old one.
    TokenPatch newPass;
    newPass.passCode = QStringLiteral("Another-Code-77");
    REQUIRE_OK(m_store->update(TokenRef::byId(before.id), newPass));
    REQUIRE_ERROR(m_store->show(TokenRef::byIdentifier(QStringLiteral("eve@example.com"), passCode)),
                  Error::Code::NotFound);
    REQUIRE_OK(m_store->show(
        TokenRef::byIdentifier(QStringLiteral("eve@example.com"), QStringLiteral("Another-Code-77"))));
}

void StoreConformanceTest::updateCustomFields()
{
    const AccessToken token = createToken(QString(), QString());
    TokenPatch add;
    add.customFieldSet = { { QStringLiteral("colour"), QStringLiteral("red") },
                           { QStringLiteral("size"), QStringLiteral("L") } };
    Result<AccessToken> updated = m_store->update(TokenRef::byId(token.id), add);
    REQUIRE_OK(updated);
    QCOMPARE(updated->customFields, add.customFieldSet);

    TokenPatch change;
    change.customFieldSet = { { QStringLiteral("colour"), QStringLiteral("blue") },
                              { QStringLiteral("size"), QString() },
                              { QStringLiteral("shape"), QStringLiteral("round") } };
    updated = m_store->update(TokenRef::byId(token.id), change);
    REQUIRE_OK(updated);
    const QMap<QString, QString> expected = { { QStringLiteral("colour"), QStringLiteral("blue") },
                                              { QStringLiteral("shape"), QStringLiteral("round") } };
    QCOMPARE(updated->customFields, expected);
    checkUnchanged(*updated);

    // An empty set changes nothing, not even the version.
    const AccessToken current = *updated;
    REQUIRE_OK(m_store->update(TokenRef::byId(token.id), TokenPatch()));
    checkUnchanged(current);
}

void StoreConformanceTest::updateStaleVersionConflicts()
{
    const AccessToken token = createToken(QString(), QString());
    TokenPatch first;
    first.udfString[0] = QStringLiteral("first");
    first.expectedVersion = token.version;
    const Result<AccessToken> updated = m_store->update(TokenRef::byId(token.id), first);
    REQUIRE_OK(updated);

    TokenPatch stale;
    stale.udfString[0] = QStringLiteral("stale");
    stale.expectedVersion = token.version;
    REQUIRE_ERROR(m_store->update(TokenRef::byId(token.id), stale), Error::Code::Conflict);
    checkUnchanged(*updated);
}

void StoreConformanceTest::updateValidationChangesNothing()
{
    const AccessToken token = createToken(QStringLiteral("fay@example.com"), passCode);
    TokenPatch clearPass;
    clearPass.passCode = PatchValue<QString>::null();
    REQUIRE_ERROR(m_store->update(TokenRef::byId(token.id), clearPass), Error::Code::Validation);
    TokenPatch clearAuth;
    clearAuth.authenticationCode = PatchValue<QString>::null();
    clearAuth.udfString[0] = QStringLiteral("would change");
    REQUIRE_ERROR(m_store->update(TokenRef::byId(token.id), clearAuth), Error::Code::Validation);
    TokenPatch badFloat;
    badFloat.udfFloat[1] = std::numeric_limits<double>::infinity();
    const Result<AccessToken> infinite = m_store->update(TokenRef::byId(token.id), badFloat);
    QVERIFY(!infinite.ok());
    QCOMPARE(infinite.error().code(), Error::Code::Validation);
    // Every store names the field as the table does, not by its wire name.
    QCOMPARE(infinite.error().field(), QStringLiteral("udf_float_2"));
    QVERIFY2(infinite.error().message().contains(QLatin1String("UDF number 2 must be a finite number")),
             qPrintable(infinite.error().message()));
    checkUnchanged(token);
}

// Rules tightened later judge what an update changes: a token made under the older rules stays
// editable, and only a change to what the rule is about is refused.
void StoreConformanceTest::tighterRulesJudgeOnlyWhatAnUpdateChanges()
{
    const AccessToken card = createToken(QString(), QString());
    saveRules([](TokenSettings& s) { s.definition.allowNoIdentifierAndPassCode = false; });
    TokenPatch note;
    note.udfString[0] = QStringLiteral("still editable");
    note.customFieldSet.insert(QStringLiteral("tier"), QStringLiteral("gold"));
    const Result<AccessToken> noted = m_store->update(TokenRef::byId(card.id), note);
    REQUIRE_OK(noted);
    QCOMPARE(noted->udfString[0], QStringLiteral("still editable"));

    TokenPatch clearIdentifier;
    clearIdentifier.identifier = PatchValue<QString>::null();
    const Result<AccessToken> refused = m_store->update(TokenRef::byId(card.id), clearIdentifier);
    REQUIRE_ERROR(refused, Error::Code::Validation);
    QCOMPARE(refused.error().field(), QStringLiteral("identifier"));
    saveRules([](TokenSettings& s) { s.definition.allowNoIdentifierAndPassCode = true; });
}

void StoreConformanceTest::updateUnknownReferences()
{
    const AccessToken token = createToken(QString(), QString());
    TokenPatch account;
    account.accountsReceivable = QStringLiteral("NO-SUCH-ACCOUNT");
    Result<AccessToken> refused = m_store->update(TokenRef::byId(token.id), account);
    REQUIRE_ERROR(refused, Error::Code::NotFound);
    QCOMPARE(refused.error().field(), QStringLiteral("accounts_receivable"));
    // The number to check is named, not left to be guessed from "not found".
    QVERIFY2(refused.error().message().contains(QLatin1String("NO-SUCH-ACCOUNT")),
             qPrintable(refused.error().message()));
    TokenPatch participant;
    participant.rewardParticipant = QStringLiteral("NO-SUCH-PARTICIPANT");
    refused = m_store->update(TokenRef::byId(token.id), participant);
    REQUIRE_ERROR(refused, Error::Code::NotFound);
    QCOMPARE(refused.error().field(), QStringLiteral("reward_participant"));
    TokenPatch classification;
    classification.classification = QStringLiteral("No such class");
    refused = m_store->update(TokenRef::byId(token.id), classification);
    REQUIRE_ERROR(refused, Error::Code::NotFound);
    QCOMPARE(refused.error().field(), QStringLiteral("classification"));
    REQUIRE_ERROR(
        m_store->update(TokenRef::byId(QStringLiteral("0123456789ABCDEF0123456789ABCDEF")), account),
        Error::Code::NotFound);
    checkUnchanged(token);
}

void StoreConformanceTest::classificationByNameOrIdAndItsRules()
{
    saveRules([](TokenSettings& s) {
        Classification gold;
        gold.name = QStringLiteral("Gold");
        gold.alternativeCode = QStringLiteral("G");
        gold.rules.identifierFormat = TokenRules::IdentifierFormat::Email;
        s.classifications.append(gold);
    });
    const Result<TokenSettings> settings = m_store->settings();
    REQUIRE_OK(settings);
    QCOMPARE(settings->classifications.size(), 1);
    const QString goldId = settings->classifications.first().id;
    QVERIFY(!goldId.isEmpty());

    TokenPatch byName = patchWith(QStringLiteral("plain-name"), passCode);
    byName.classification = QStringLiteral("Gold");
    // The classification's rules replace the definition's: its identifier must be an e-mail.
    REQUIRE_ERROR(m_store->create(byName), Error::Code::Validation);
    byName.identifier = QStringLiteral("gold@example.com");
    const Result<TokenResult> created = m_store->create(byName);
    REQUIRE_OK(created);
    QCOMPARE(created->token.classification->name, QStringLiteral("Gold"));
    QCOMPARE(created->token.classification->id, goldId);
    QCOMPARE(created->token.classification->alternativeCode, QStringLiteral("G"));

    TokenPatch byId;
    byId.classification = goldId;
    const Result<TokenResult> second = m_store->create(byId);
    REQUIRE_OK(second);
    QCOMPARE(second->token.classification->name, QStringLiteral("Gold"));

    TokenPatch clear;
    clear.classification = PatchValue<QString>::null();
    const Result<AccessToken> cleared = m_store->update(TokenRef::byId(second->token.id), clear);
    REQUIRE_OK(cleared);
    QVERIFY(!cleared->classification.has_value());
}

// ---- life cycle ------------------------------------------------------------------------------

void StoreConformanceTest::stateTransitions()
{
    const AccessToken token = createToken(QString(), QString());
    Result<AccessToken> changed = m_store->setNotEffective(TokenRef::byId(token.id));
    REQUIRE_OK(changed);
    QCOMPARE(changed->lifeCycleState, LifeCycleState::NotEffective);
    QCOMPARE(changed->version, token.version + 1);
    changed = m_store->setEffective(TokenRef::byId(token.id));
    REQUIRE_OK(changed);
    QCOMPARE(changed->lifeCycleState, LifeCycleState::Effective);
    checkUnchanged(*changed);
}

void StoreConformanceTest::wrongStateRefusedForEveryRestrictedOperation()
{
    const QList<Operation> restricted
        = { Operation::SetEffective,          Operation::SetNotEffective, Operation::Verify,
            Operation::ResetVerificationCode, Operation::ResetPassCode,   Operation::ForgotPassCode,
            Operation::ChangePassCode,        Operation::GenerateOtp,     Operation::Delete };
    int tried = 0;
    for (Operation operation : restricted) {
        for (LifeCycleState state : LifeCycleStates::all()) {
            if (TransitionTable::allows(operation, state))
                continue;
            const QString identifier = QStringLiteral("w%1@example.com").arg(tried++);
            const AccessToken token = tokenInState(state, identifier);
            QCOMPARE(token.lifeCycleState, state);
            const TokenRef ref = TokenRef::byId(token.id);
            Error error;
            switch (operation) {
            case Operation::SetEffective:
                error = m_store->setEffective(ref).error();
                break;
            case Operation::SetNotEffective:
                error = m_store->setNotEffective(ref).error();
                break;
            case Operation::Verify:
                error = m_store->verify(ref, QStringLiteral("000000"), QString()).error();
                break;
            case Operation::ResetVerificationCode:
                error = m_store->resetVerificationCode(ref).error();
                break;
            case Operation::ResetPassCode:
                error = m_store->resetPassCode(ref).error();
                break;
            case Operation::ForgotPassCode:
                error = m_store->forgotPassCode(identifier).error();
                break;
            case Operation::ChangePassCode:
                error = m_store->changePassCode(ref, passCode, QStringLiteral("New-Code-123")).error();
                break;
            case Operation::GenerateOtp:
                error = m_store->generateOtp(ref).error();
                break;
            case Operation::Delete:
                error = m_store->remove(ref).error();
                break;
            default:
                break;
            }
            const QString what
                = Operations::toWire(operation) + QStringLiteral(" in ") + LifeCycleStates::toWire(state);
            QVERIFY2(error.code() == Error::Code::InvalidState,
                     qPrintable(what + QStringLiteral(": ") + error.toString()));
            checkUnchanged(token);
        }
    }
    QVERIFY(tried >= 10);
}

void StoreConformanceTest::verifyToken()
{
    saveRules([](TokenSettings& s) {
        s.definition.verificationRequired = true;
        s.definition.passCodeRules.minimumLength = 8;
    });
    const Result<TokenResult> created
        = m_store->create(patchWith(QStringLiteral("gus@example.com"), passCode));
    REQUIRE_OK(created);
    const AccessToken token = created->token;
    const QString code = created->verificationCode;
    const QString wrongCode
        = code == QLatin1String("000000") ? QStringLiteral("111111") : QStringLiteral("000000");

    REQUIRE_ERROR(m_store->verify(TokenRef::byId(token.id), wrongCode, QString()), Error::Code::Validation);
    checkUnchanged(token);
    REQUIRE_ERROR(m_store->verify(TokenRef::byId(token.id), code, QStringLiteral("short")),
                  Error::Code::Validation);
    checkUnchanged(token);

    m_clock->advance(120);
    const Result<AccessToken> verified
        = m_store->verify(TokenRef::byId(token.id), code, QStringLiteral("Verified-Code-9"));
    REQUIRE_OK(verified);
    QCOMPARE(verified->lifeCycleState, LifeCycleState::Effective);
    QCOMPARE(verified->verifiedDate, m_clock->now());
    QVERIFY(verified->version > token.version);
    checkUnchanged(*verified);
    REQUIRE_OK(m_store->show(
        TokenRef::byIdentifier(QStringLiteral("gus@example.com"), QStringLiteral("Verified-Code-9"))));
}

void StoreConformanceTest::resetVerificationCode()
{
    saveRules([](TokenSettings& s) { s.definition.verificationRequired = true; });
    const Result<TokenResult> created
        = m_store->create(patchWith(QStringLiteral("hal@example.com"), passCode));
    REQUIRE_OK(created);
    const Result<TokenResult> reset = m_store->resetVerificationCode(TokenRef::byId(created->token.id));
    REQUIRE_OK(reset);
    QVERIFY(QRegularExpression(QStringLiteral("^[0-9]{6}$")).match(reset->verificationCode).hasMatch());
    // The reply may be a short token (CRM.COM): the token as read says the state.
    QCOMPARE(reset->token.id, created->token.id);
    QCOMPARE(m_store->show(TokenRef::byId(created->token.id))->lifeCycleState,
             LifeCycleState::PendingVerification);
    if (reset->verificationCode != created->verificationCode) {
        REQUIRE_ERROR(
            m_store->verify(TokenRef::byId(created->token.id), created->verificationCode, QString()),
            Error::Code::Validation);
    }
    REQUIRE_OK(m_store->verify(TokenRef::byId(created->token.id), reset->verificationCode, QString()));
}

void StoreConformanceTest::resetPassCode()
{
    saveRules([](TokenSettings& s) { s.definition.passCodeRules = { 9, false, true, true }; });
    const AccessToken token
        = createToken(QStringLiteral("ida@example.com"), QStringLiteral("Initial-Code-1"));
    const Result<TokenResult> reset = m_store->resetPassCode(TokenRef::byId(token.id));
    REQUIRE_OK(reset);
    const QString code = reset->randomPassCode;
    QVERIFY(code.size() >= 9);
    QVERIFY(std::any_of(code.begin(), code.end(), [](QChar c) { return c.isDigit(); }));
    QVERIFY(std::any_of(code.begin(), code.end(), [](QChar c) { return !c.isLetterOrNumber(); }));
    REQUIRE_ERROR(m_store->show(TokenRef::byIdentifier(QStringLiteral("ida@example.com"),
                                                       QStringLiteral("Initial-Code-1"))),
                  Error::Code::NotFound);
    REQUIRE_OK(m_store->show(TokenRef::byIdentifier(QStringLiteral("ida@example.com"), code)));

    saveRules([](TokenSettings& s) { s.definition.passCodeRules = CharacterRules(); });
    const Result<TokenResult> plain = m_store->resetPassCode(TokenRef::byId(token.id));
    REQUIRE_OK(plain);
    QCOMPARE(plain->randomPassCode.size(), 6);
}

void StoreConformanceTest::forgotPassCode()
{
    const AccessToken email = createToken(QStringLiteral("jo@example.com"), passCode);
    const AccessToken name = createToken(QStringLiteral("jo-the-user"), passCode);
    REQUIRE_OK(m_store->forgotPassCode(QStringLiteral("jo@example.com")));
    checkUnchanged(email);
    REQUIRE_OK(m_store->show(TokenRef::byIdentifier(QStringLiteral("jo@example.com"), passCode)));
    const Result<void> notEmail = m_store->forgotPassCode(QStringLiteral("jo-the-user"));
    REQUIRE_ERROR(notEmail, Error::Code::Validation);
    QCOMPARE(notEmail.error().field(), QStringLiteral("identifier"));
    checkUnchanged(name);
    REQUIRE_ERROR(m_store->forgotPassCode(QStringLiteral("nobody@example.com")), Error::Code::NotFound);
    if (m_hooks.outbox) {
        const QStringList outbox = m_hooks.outbox();
        QVERIFY2(outbox.filter(QStringLiteral("forgot_pass_code|jo@example.com")).size() == 1,
                 qPrintable(outbox.join(QLatin1Char('\n'))));
    }
}

void StoreConformanceTest::changePassCode()
{
    saveRules([](TokenSettings& s) { s.definition.passCodeRules.minimumLength = 8; });
    const AccessToken token = createToken(QStringLiteral("kim@example.com"), passCode);
    const TokenRef ref = TokenRef::byId(token.id);
    REQUIRE_ERROR(
        m_store->changePassCode(ref, QStringLiteral("wrong-current"), QStringLiteral("Changed-Code-1")),
        Error::Code::Validation);
    checkUnchanged(token);
    REQUIRE_ERROR(m_store->changePassCode(ref, passCode, QStringLiteral("short")), Error::Code::Validation);
    checkUnchanged(token);
    REQUIRE_OK(m_store->changePassCode(ref, passCode, QStringLiteral("Changed-Code-1")));
    REQUIRE_OK(m_store->show(
        TokenRef::byIdentifier(QStringLiteral("kim@example.com"), QStringLiteral("Changed-Code-1"))));
    REQUIRE_ERROR(m_store->show(TokenRef::byIdentifier(QStringLiteral("kim@example.com"), passCode)),
                  Error::Code::NotFound);

    const AccessToken name = createToken(QStringLiteral("kim-user"), passCode);
    const Result<void> notEmail
        = m_store->changePassCode(TokenRef::byId(name.id), passCode, QStringLiteral("Changed-Code-2"));
    REQUIRE_ERROR(notEmail, Error::Code::Validation);
    QCOMPARE(notEmail.error().field(), QStringLiteral("identifier"));
    checkUnchanged(name);
}

void StoreConformanceTest::oneTimePasswords()
{
    saveRules([](TokenSettings& s) { s.definition.otpLifetimeMinutes = 5; });
    const AccessToken token = createToken(QStringLiteral("lee@example.com"), passCode);
    const Result<TokenResult> otp = m_store->generateOtp(TokenRef::byId(token.id));
    REQUIRE_OK(otp);
    QVERIFY(QRegularExpression(QStringLiteral("^[0-9]{6}$")).match(otp->oneTimePassword).hasMatch());
    QCOMPARE(otp->expirationDate, m_clock->now().addSecs(5 * 60));
    QCOMPARE(otp->token.id, token.id);
    QCOMPARE(otp->token.number, token.number);

    const TokenRef withOtp = TokenRef::byIdentifier(QStringLiteral("lee@example.com"), otp->oneTimePassword);
    const Result<AccessToken> used = m_store->show(withOtp);
    REQUIRE_OK(used);
    QCOMPARE(used->id, token.id);
    // Single use.
    REQUIRE_ERROR(m_store->show(withOtp), Error::Code::NotFound);

    const Result<TokenResult> second = m_store->generateOtp(TokenRef::byId(token.id));
    REQUIRE_OK(second);
    m_clock->advance(5 * 60 + 1);
    REQUIRE_ERROR(
        m_store->show(TokenRef::byIdentifier(QStringLiteral("lee@example.com"), second->oneTimePassword)),
        Error::Code::NotFound);
    // The pass code itself still works.
    REQUIRE_OK(m_store->show(TokenRef::byIdentifier(QStringLiteral("lee@example.com"), passCode)));
    checkUnchanged(token);
}

void StoreConformanceTest::deleteReturnsTokenAsItWas()
{
    const AccessToken token = tokenInState(LifeCycleState::NotEffective, QStringLiteral("max@example.com"));
    const Result<AccessToken> removed = m_store->remove(TokenRef::byId(token.id));
    REQUIRE_OK(removed);
    QCOMPARE(*removed, token);
    REQUIRE_ERROR(m_store->show(TokenRef::byId(token.id)), Error::Code::NotFound);
    REQUIRE_ERROR(m_store->remove(TokenRef::byId(token.id)), Error::Code::NotFound);
    // The identifier is free again.
    REQUIRE_OK(m_store->create(patchWith(QStringLiteral("max@example.com"), passCode)));
}

// ---- lists -----------------------------------------------------------------------------------

void StoreConformanceTest::listByAssociationClassificationAndState()
{
    REQUIRE_OK(m_store->addAccount(
        { QString(), QStringLiteral("ACR-A"), QStringLiteral("A"), QString(), QString() }));
    REQUIRE_OK(m_store->addAccount(
        { QString(), QStringLiteral("ACR-B"), QStringLiteral("B"), QString(), QString() }));
    REQUIRE_OK(m_store->addParticipant({ QString(), QStringLiteral("RP-1"), QStringLiteral("ACTIVE") }));
    saveRules([](TokenSettings& s) {
        Classification silver;
        silver.name = QStringLiteral("Silver");
        s.classifications.append(silver);
    });
    auto make = [this](const QString& account, const QString& participant, bool silver) {
        TokenPatch patch;
        if (!account.isEmpty())
            patch.accountsReceivable = account;
        if (!participant.isEmpty())
            patch.rewardParticipant = participant;
        if (silver)
            patch.classification = QStringLiteral("Silver");
        const Result<TokenResult> created = m_store->create(patch);
        return created.ok() ? created->token : AccessToken();
    };
    const AccessToken a1 = make(QStringLiteral("ACR-A"), QString(), false);
    const AccessToken a2 = make(QStringLiteral("ACR-A"), QString(), true);
    const AccessToken b1 = make(QStringLiteral("ACR-B"), QStringLiteral("RP-1"), false);
    const AccessToken p1 = make(QString(), QStringLiteral("RP-1"), true);
    const AccessToken n1 = make(QString(), QString(), false);
    AccessToken n2 = make(QString(), QString(), true);
    REQUIRE_OK(m_store->setNotEffective(TokenRef::byId(n2.id)));

    auto numbers = [this](const TokenQuery& query) {
        const Result<QList<AccessToken>> listed = m_store->list(query);
        return listed.ok() ? numbersOf(*listed)
                           : QStringList { QStringLiteral("error: ") + listed.error().toString() };
    };
    TokenQuery byAccount;
    byAccount.association = TokenQuery::Association::Account;
    byAccount.accountNumber = QStringLiteral("ACR-A");
    QCOMPARE(numbers(byAccount), QStringList({ a1.number, a2.number }));
    byAccount.classification = QStringLiteral("Silver");
    QCOMPARE(numbers(byAccount), QStringList({ a2.number }));

    TokenQuery byParticipant;
    byParticipant.association = TokenQuery::Association::Participant;
    byParticipant.participantNumber = QStringLiteral("RP-1");
    QCOMPARE(numbers(byParticipant), QStringList({ b1.number, p1.number }));

    TokenQuery notAssociated;
    notAssociated.association = TokenQuery::Association::NotAssociated;
    QCOMPARE(numbers(notAssociated), QStringList({ n1.number, n2.number }));
    notAssociated.state = LifeCycleState::NotEffective;
    QCOMPARE(numbers(notAssociated), QStringList({ n2.number }));
    const Result<qint64> counted = m_store->count(notAssociated);
    REQUIRE_OK(counted);
    QCOMPARE(*counted, 1);

    TokenQuery associated;
    associated.association = TokenQuery::Association::Associated;
    TokenQuery classified;
    classified.classification = QStringLiteral("silver");
    if (!m_store->capabilities().listsAllTokens) {
        // Lists across every account and participant are beyond such a store: a clear refusal.
        REQUIRE_ERROR(m_store->list(associated), Error::Code::Unsupported);
        REQUIRE_ERROR(m_store->list(classified), Error::Code::Unsupported);
        return;
    }
    QCOMPARE(numbers(associated), QStringList({ a1.number, a2.number, b1.number, p1.number }));
    QCOMPARE(numbers(classified), QStringList({ a2.number, p1.number, n2.number }));
}

void StoreConformanceTest::searchIsCaseInsensitivePrefix()
{
    if (!m_store->capabilities().listsAllTokens)
        QSKIP("This store cannot search all tokens");
    const AccessToken alice = createToken(QStringLiteral("Alice.Smith@Example.com"), passCode);
    const AccessToken bob = createToken(QStringLiteral("bob@example.com"), passCode);
    TokenPatch coded;
    coded.authenticationCode = QStringLiteral("CardXY-778");
    const Result<TokenResult> card = m_store->create(coded);
    REQUIRE_OK(card);

    auto search = [this](const QString& text) {
        TokenQuery query;
        query.search = text;
        const Result<QList<AccessToken>> listed = m_store->list(query);
        return listed.ok() ? numbersOf(*listed) : QStringList { listed.error().toString() };
    };
    QCOMPARE(search(QStringLiteral("aLiCe")), QStringList({ alice.number }));
    QCOMPARE(search(QStringLiteral("ALICE.SMITH@EXAMPLE.COM")), QStringList({ alice.number }));
    QCOMPARE(search(QStringLiteral("cardxy")), QStringList({ card->token.number }));
    QCOMPARE(search(bob.number.toLower()), QStringList({ bob.number }));
    // A prefix, not a substring.
    QCOMPARE(search(QStringLiteral("example")), QStringList());
    QCOMPARE(search(QStringLiteral("smith")), QStringList());
    QCOMPARE(search(alice.authenticationCode.left(20).toLower()), QStringList({ alice.number }));
    // Characters that mean something to LIKE are plain text here.
    QCOMPARE(search(QStringLiteral("%")), QStringList());
    QCOMPARE(search(QStringLiteral("_")), QStringList());
}

void StoreConformanceTest::columnFilters()
{
    if (!m_store->capabilities().listsAllTokens)
        QSKIP("This store cannot filter all tokens by column");
    const AccessToken a = createToken(QStringLiteral("Zed@example.com"), passCode);
    const AccessToken b = createToken(QStringLiteral("zoe@example.com"), passCode);
    const AccessToken c = createToken(QStringLiteral("amy@example.com"), passCode);
    REQUIRE_OK(m_store->setNotEffective(TokenRef::byId(c.id)));
    TokenQuery query;
    query.columnFilters.insert(QStringLiteral("identifier"), QStringLiteral("Z"));
    Result<QList<AccessToken>> listed = m_store->list(query);
    REQUIRE_OK(listed);
    QCOMPARE(numbersOf(*listed), QStringList({ a.number, b.number }));
    query.columnFilters.insert(QStringLiteral("identifier"), QStringLiteral("ze"));
    listed = m_store->list(query);
    REQUIRE_OK(listed);
    QCOMPARE(numbersOf(*listed), QStringList({ a.number }));

    TokenQuery byState;
    byState.columnFilters.insert(QStringLiteral("life_cycle_state"), QStringLiteral("not"));
    listed = m_store->list(byState);
    REQUIRE_OK(listed);
    QCOMPARE(numbersOf(*listed), QStringList({ c.number }));
    const Result<qint64> counted = m_store->count(byState);
    REQUIRE_OK(counted);
    QCOMPARE(*counted, 1);

    // Letters beyond ASCII match in either case, as ASCII ones do.
    TokenPatch greek;
    greek.udfString[0] = QStringLiteral("Ärzte Ωμέγα οδός");
    REQUIRE_OK(m_store->update(TokenRef::byId(b.id), greek));
    // Greek final sigma, ς in lower case and Σ in upper, matches either way.
    for (const QString& typed : { QStringLiteral("ärzte ω"), QStringLiteral("ÄRZTE ΩΜΈΓΑ ΟΔΌΣ"),
                                  QStringLiteral("ärzte ωμέγα οδός"), QStringLiteral("Ärzte Ωμέγα οδόσ") }) {
        TokenQuery byText;
        byText.columnFilters.insert(QStringLiteral("udf_string_1"), typed);
        listed = m_store->list(byText);
        REQUIRE_OK(listed);
        QCOMPARE(numbersOf(*listed), QStringList({ b.number }));
    }
    // An invisible byte-order mark inside a value is a character like any other: kept and found.
    TokenPatch marked;
    marked.udfString[1] = QStringLiteral("Ärzte\uFEFFΩ");
    REQUIRE_OK(m_store->update(TokenRef::byId(c.id), marked));
    TokenQuery byMarked;
    byMarked.columnFilters.insert(QStringLiteral("udf_string_2"), QStringLiteral("ärzte\uFEFFω"));
    listed = m_store->list(byMarked);
    REQUIRE_OK(listed);
    QCOMPARE(numbersOf(*listed), QStringList({ c.number }));
    QCOMPARE(listed->constFirst().udfString[1], marked.udfString[1].value());
    // Before a value SQLite takes it (or its reversed form) for the mark of UTF-16 text, so the
    // value would lose it or be garbled: it is refused, naming the field, and nothing changes.
    for (const QChar mark : { QChar(0xFEFF), QChar(0xFFFE) }) {
        TokenPatch leading;
        leading.udfString[1] = QString(mark + QStringLiteral("Ärzte"));
        const Result<AccessToken> refused = m_store->update(TokenRef::byId(c.id), leading);
        REQUIRE_ERROR(refused, Error::Code::Validation);
        QVERIFY2(refused.error().message().contains(QStringLiteral("byte-order mark")),
                 qPrintable(refused.error().message()));
        TokenPatch named;
        named.identifier = QString(mark + QStringLiteral("amy2@example.com"));
        named.passCode = passCode;
        REQUIRE_ERROR(m_store->create(named), Error::Code::Validation);
    }
    listed = m_store->list(byMarked);
    REQUIRE_OK(listed);
    QCOMPARE(listed->constFirst().udfString[1], marked.udfString[1].value());
}

void StoreConformanceTest::sortingAndKeysetPaging()
{
    if (!m_store->capabilities().listsAllTokens)
        QSKIP("This store cannot list all tokens, so it cannot sort or page them");
    // Mixed case, repeated keys and unset values, so ties and NULL-like values are exercised.
    const QStringList identifiers = { QStringLiteral("delta"),
                                      QStringLiteral("Alpha"),
                                      QString(),
                                      QStringLiteral("charlie"),
                                      QStringLiteral("bravo"),
                                      QString(),
                                      QStringLiteral("ALPHA2"),
                                      QStringLiteral("echo"),
                                      QStringLiteral("Bravo2"),
                                      QString(),
                                      QStringLiteral("foxtrot"),
                                      QStringLiteral("golf"),
                                      QStringLiteral("hotel"),
                                      QStringLiteral("india"),
                                      QString(),
                                      QStringLiteral("Juliet"),
                                      QStringLiteral("kilo"),
                                      QStringLiteral("lima"),
                                      QStringLiteral("mike"),
                                      QStringLiteral("November"),
                                      QStringLiteral("oscar"),
                                      QString(),
                                      QStringLiteral("papa"),
                                      QStringLiteral("quebec") };
    for (int i = 0; i < identifiers.size(); ++i) {
        if (i % 3 == 0)
            m_clock->advance(30);
        const AccessToken token
            = createToken(identifiers.at(i), identifiers.at(i).isEmpty() ? QString() : passCode);
        QVERIFY(!token.id.isEmpty());
        if (i % 4 == 1)
            QVERIFY(m_store->setNotEffective(TokenRef::byId(token.id)).ok());
    }

    const QStringList sortFields
        = { QStringLiteral("number"), QStringLiteral("identifier"), QStringLiteral("authentication_code"),
            QStringLiteral("life_cycle_state"), QStringLiteral("created_date") };
    for (const QString& sortField : sortFields) {
        for (bool descending : { false, true }) {
            const QString what = sortField + (descending ? QStringLiteral(" desc") : QStringLiteral(" asc"));
            TokenQuery all;
            all.sortField = sortField;
            all.descending = descending;
            all.limit = 1000;
            const Result<QList<AccessToken>> full = m_store->list(all);
            REQUIRE_OK(full);
            QCOMPARE(full->size(), identifiers.size());

            // The order is the sort key, then number, as the store promises.
            for (int i = 1; i < full->size(); ++i) {
                const QString previous = TokenFields::value(full->at(i - 1), sortField).toString().toLower();
                const QString current = TokenFields::value(full->at(i), sortField).toString().toLower();
                if (sortField == QLatin1String("created_date") || sortField == QLatin1String("number")
                    || sortField == QLatin1String("life_cycle_state") || previous != current) {
                    const bool ordered = sortField == QLatin1String("created_date")
                        ? (descending ? full->at(i - 1).logInformation.createdDate
                                   >= full->at(i).logInformation.createdDate
                                      : full->at(i - 1).logInformation.createdDate
                                   <= full->at(i).logInformation.createdDate)
                        : (descending ? previous >= current : previous <= current);
                    QVERIFY2(ordered, qPrintable(what));
                }
                if (TokenFields::value(full->at(i - 1), sortField)
                    == TokenFields::value(full->at(i), sortField))
                    QVERIFY2((full->at(i - 1).number < full->at(i).number) != descending, qPrintable(what));
            }

            // Keyset pages, forward, concatenate to the whole list: no gaps, no repeats.
            QList<AccessToken> forward;
            TokenQuery page = all;
            page.limit = 5;
            for (int guard = 0; guard < 20; ++guard) {
                const Result<QList<AccessToken>> rows = m_store->list(page);
                REQUIRE_OK(rows);
                if (rows->isEmpty())
                    break;
                forward += *rows;
                page.afterValue = TokenFields::value(rows->last(), sortField);
                page.afterNumber = rows->last().number;
            }
            QCOMPARE(numbersOf(forward), numbersOf(*full));

            // Counting the rows before a token gives its row, as the table finds it again after a
            // sort; counting those after it, the rest.
            for (const qsizetype row : { qsizetype(0), full->size() / 2, full->size() - 1 }) {
                TokenQuery at = all;
                at.afterValue = TokenFields::value(full->at(row), sortField);
                at.afterNumber = full->at(row).number;
                at.before = true;
                const Result<qint64> before = m_store->count(at);
                REQUIRE_OK(before);
                QVERIFY2(*before == row, qPrintable(what + QStringLiteral(", row %1").arg(row)));
                at.before = false;
                const Result<qint64> after = m_store->count(at);
                REQUIRE_OK(after);
                QVERIFY2(*after == full->size() - 1 - row, qPrintable(what));
            }

            // And backwards from the end.
            QList<AccessToken> backward;
            TokenQuery back = all;
            back.limit = 5;
            back.before = true;
            back.afterValue = TokenFields::value(full->last(), sortField);
            back.afterNumber = full->last().number;
            backward.prepend(full->last());
            for (int guard = 0; guard < 20; ++guard) {
                const Result<QList<AccessToken>> rows = m_store->list(back);
                REQUIRE_OK(rows);
                if (rows->isEmpty())
                    break;
                backward = *rows + backward;
                back.afterValue = TokenFields::value(rows->first(), sortField);
                back.afterNumber = rows->first().number;
            }
            QCOMPARE(numbersOf(backward), numbersOf(*full));

            // Offset pages agree as well.
            QList<AccessToken> byOffset;
            TokenQuery offset = all;
            offset.limit = 7;
            for (offset.offset = 0; offset.offset < full->size(); offset.offset += 7) {
                const Result<QList<AccessToken>> rows = m_store->list(offset);
                REQUIRE_OK(rows);
                byOffset += *rows;
            }
            QCOMPARE(numbersOf(byOffset), numbersOf(*full));
        }
    }

    TokenQuery unsortable;
    unsortable.sortField = QStringLiteral("pass_code");
    REQUIRE_ERROR(m_store->list(unsortable), Error::Code::Validation);
}

void StoreConformanceTest::countMatchesList()
{
    if (!m_store->capabilities().listsAllTokens)
        QSKIP("This store cannot search or count all tokens");
    for (int i = 0; i < 15; ++i)
        createToken(QStringLiteral("user%1@example.com").arg(i), passCode);
    TokenQuery query;
    query.search = QStringLiteral("user1");
    query.limit = 2;
    const Result<qint64> counted = m_store->count(query);
    REQUIRE_OK(counted);
    QCOMPARE(*counted, 6); // user1, user10 .. user14
    query.limit = 100;
    const Result<QList<AccessToken>> listed = m_store->list(query);
    REQUIRE_OK(listed);
    QCOMPARE(listed->size(), 6);
    const Result<qint64> total = m_store->count(TokenQuery());
    REQUIRE_OK(total);
    QCOMPARE(*total, 15);
}

void StoreConformanceTest::autoDeactivationOnLastAssociationRemoved()
{
    REQUIRE_OK(m_store->addAccount({ QString(), QStringLiteral("ACR-9"), QString(), QString(), QString() }));
    REQUIRE_OK(m_store->addParticipant({ QString(), QStringLiteral("RP-9"), QString() }));
    const AccessToken kept = createToken(QString(), QString(), QStringLiteral("ACR-9"));
    TokenPatch drop;
    drop.accountsReceivable = PatchValue<QString>::null();
    Result<AccessToken> updated = m_store->update(TokenRef::byId(kept.id), drop);
    REQUIRE_OK(updated);
    QCOMPARE(updated->lifeCycleState, LifeCycleState::Effective);

    saveRules([](TokenSettings& s) { s.definition.deactivateWhenLastAssociationRemoved = true; });
    TokenPatch both;
    both.accountsReceivable = QStringLiteral("ACR-9");
    both.rewardParticipant = QStringLiteral("RP-9");
    const Result<TokenResult> created = m_store->create(both);
    REQUIRE_OK(created);
    const TokenRef ref = TokenRef::byId(created->token.id);
    updated = m_store->update(ref, drop);
    REQUIRE_OK(updated);
    QCOMPARE(updated->lifeCycleState, LifeCycleState::Effective); // the participant remains
    TokenPatch dropParticipant;
    dropParticipant.rewardParticipant = PatchValue<QString>::null();
    updated = m_store->update(ref, dropParticipant);
    REQUIRE_OK(updated);
    QCOMPARE(updated->lifeCycleState, LifeCycleState::NotEffective);
    QVERIFY(!updated->isAssociated());
}

void StoreConformanceTest::auditTrail()
{
    if (!m_store->capabilities().hasAuditTrail)
        QSKIP("This store keeps no audit trail");
    m_store->setActor(QStringLiteral("auditor"), QStringLiteral("unit-b"));
    const AccessToken token = createToken(QStringLiteral("nat@example.com"), passCode);
    TokenPatch patch;
    patch.udfString[0] = QStringLiteral("changed");
    patch.passCode = QStringLiteral("Audit-Secret-55");
    REQUIRE_OK(m_store->update(TokenRef::byId(token.id), patch));
    REQUIRE_OK(m_store->setNotEffective(TokenRef::byId(token.id)));
    REQUIRE_OK(m_store->remove(TokenRef::byId(token.id)));

    const Result<QList<AuditEntry>> trail = m_store->auditTrail(TokenRef::byId(token.id), 10);
    REQUIRE_OK(trail);
    QStringList operations;
    for (const AuditEntry& entry : *trail) {
        operations.append(entry.operation);
        QCOMPARE(entry.user, QStringLiteral("auditor"));
        QCOMPARE(entry.unit, QStringLiteral("unit-b"));
        QCOMPARE(entry.tokenNumber, token.number);
        QVERIFY(!entry.details.contains(passCode));
        QVERIFY(!entry.details.contains(QStringLiteral("Audit-Secret-55")));
    }
    QCOMPARE(operations,
             QStringList({ QStringLiteral("delete"), QStringLiteral("set_as_not_effective"),
                           QStringLiteral("update"), QStringLiteral("create") }));
    QVERIFY(trail->at(2).details.contains(QStringLiteral("udf_string_1")));
    const Result<QList<AuditEntry>> limited = m_store->auditTrail(TokenRef::byNumber(token.number), 1);
    REQUIRE_OK(limited);
    QCOMPARE(limited->size(), 1);
}

void StoreConformanceTest::secretsAreNeverStoredInClear()
{
    REQUIRE_OK(m_store->addAccount({ QString(), QStringLiteral("ACR-S"), QString(), QString(), QString() }));
    QStringList secrets;
    const QString ownPassCode = QStringLiteral("Clear-Text-Pass-991");
    saveRules([](TokenSettings& s) { s.definition.verificationRequired = true; });
    const Result<TokenResult> pending
        = m_store->create(patchWith(QStringLiteral("oli@example.com"), ownPassCode));
    REQUIRE_OK(pending);
    secrets << ownPassCode << pending->verificationCode;
    const Result<TokenResult> reissued = m_store->resetVerificationCode(TokenRef::byId(pending->token.id));
    REQUIRE_OK(reissued);
    secrets << reissued->verificationCode;
    REQUIRE_OK(m_store->verify(TokenRef::byId(pending->token.id), reissued->verificationCode, QString()));
    saveRules([](TokenSettings& s) {
        s.definition.verificationRequired = false;
        s.definition.passCodeGeneration = TokenRules::CodeGeneration::Auto;
        s.definition.passCodeRules.minimumLength = 12;
    });
    const Result<TokenResult> generated = m_store->create([] {
        TokenPatch patch;
        patch.identifier = QStringLiteral("pat@example.com");
        patch.accountsReceivable = QStringLiteral("ACR-S");
        return patch;
    }());
    REQUIRE_OK(generated);
    secrets << generated->randomPassCode;
    const Result<TokenResult> reset = m_store->resetPassCode(TokenRef::byId(pending->token.id));
    REQUIRE_OK(reset);
    secrets << reset->randomPassCode;
    const Result<TokenResult> otp = m_store->generateOtp(TokenRef::byId(pending->token.id));
    REQUIRE_OK(otp);
    secrets << otp->oneTimePassword;
    REQUIRE_OK(m_store->forgotPassCode(QStringLiteral("oli@example.com")));

    if (!m_hooks.storedText)
        QSKIP("This store gives no access to what it keeps");
    const QStringList stored = m_hooks.storedText();
    QVERIFY(!stored.isEmpty());
    for (const QString& secret : std::as_const(secrets)) {
        QVERIFY(!secret.isEmpty());
        for (const QString& value : stored)
            QVERIFY2(!value.contains(secret),
                     qPrintable(QStringLiteral("a secret is stored in clear: ") + value));
    }
    if (m_hooks.outbox) {
        const QStringList outbox = m_hooks.outbox();
        QCOMPARE(outbox.filter(QStringLiteral("verification_code|")).size(), 2);
        QCOMPARE(outbox.filter(QStringLiteral("random_pass_code|")).size(), 2);
        QCOMPARE(outbox.filter(QStringLiteral("forgot_pass_code|oli@example.com")).size(), 1);
    }
}

void StoreConformanceTest::settingsRoundTrip()
{
    Result<TokenSettings> settings = m_store->settings();
    REQUIRE_OK(settings);
    QCOMPARE(settings->definition, TokenRules());
    settings->definition.identifierFormat = TokenRules::IdentifierFormat::Number;
    settings->definition.identifierRules = { 4, false, true, false };
    settings->definition.otpLifetimeMinutes = 3;
    settings->definition.allowNoIdentifierAndPassCode = false;
    Classification vip;
    vip.name = QStringLiteral("VIP");
    vip.description = QStringLiteral("Very important");
    vip.rules.passCodeGeneration = TokenRules::CodeGeneration::Auto;
    vip.rules.passCodeRules = { 10, true, true, true };
    vip.rules.verificationRequired = true;
    settings->classifications.append(vip);
    REQUIRE_OK(m_store->saveSettings(*settings));

    Result<TokenSettings> loaded = m_store->settings();
    REQUIRE_OK(loaded);
    QCOMPARE(loaded->classifications.size(), 1);
    settings->classifications[0].id = loaded->classifications.at(0).id;
    QVERIFY(*loaded == *settings);

    // Renaming keeps the tokens' classification.
    TokenPatch patch = patchWith(QStringLiteral("1234"), passCode);
    patch.classification = QStringLiteral("VIP");
    patch.passCode = QStringLiteral("Vip-Code-123");
    const Result<TokenResult> created = m_store->create(patch);
    REQUIRE_OK(created);
    loaded->classifications[0].name = QStringLiteral("Platinum");
    REQUIRE_OK(m_store->saveSettings(*loaded));
    const Result<AccessToken> shown = m_store->show(TokenRef::byId(created->token.id));
    REQUIRE_OK(shown);
    QCOMPARE(shown->classification->name, QStringLiteral("Platinum"));
    // A classification still in use cannot be removed.
    loaded->classifications.clear();
    REQUIRE_ERROR(m_store->saveSettings(*loaded), Error::Code::Validation);
}

void StoreConformanceTest::directory()
{
    const Result<AccountsReceivable> added
        = m_store->addAccount({ QString(), QStringLiteral("ACR0000000069"), QStringLiteral("Blue Ltd"),
                                QStringLiteral("ACTIVE"), QStringLiteral("Mia") });
    REQUIRE_OK(added);
    QVERIFY(!added->id.isEmpty());
    REQUIRE_ERROR(
        m_store->addAccount({ QString(), QStringLiteral("ACR0000000069"), QString(), QString(), QString() }),
        Error::Code::DuplicateIdentifier);
    REQUIRE_ERROR(m_store->addAccount(AccountsReceivable()), Error::Code::Validation);
    REQUIRE_OK(m_store->addAccount(
        { QString(), QStringLiteral("ACR0000000070"), QStringLiteral("Red Ltd"), QString(), QString() }));
    Result<QList<AccountsReceivable>> found = m_store->accounts(QStringLiteral("acr0000000069"), 10);
    REQUIRE_OK(found);
    QCOMPARE(found->size(), 1);
    QCOMPARE(found->first(), *added);
    found = m_store->accounts(QStringLiteral("red"), 10);
    REQUIRE_OK(found);
    QCOMPARE(found->size(), 1);
    found = m_store->accounts(QString(), 10);
    REQUIRE_OK(found);
    QCOMPARE(found->size(), 2);

    REQUIRE_OK(m_store->addParticipant({ QString(), QStringLiteral("RP-100"), QStringLiteral("ACTIVE") }));
    REQUIRE_ERROR(m_store->addParticipant({ QString(), QStringLiteral("RP-100"), QString() }),
                  Error::Code::DuplicateIdentifier);
    const Result<QList<RewardParticipant>> participants = m_store->participants(QStringLiteral("rp-1"), 10);
    REQUIRE_OK(participants);
    QCOMPARE(participants->size(), 1);

    TokenPatch patch;
    patch.accountsReceivable = QStringLiteral("ACR0000000069");
    const Result<TokenResult> created = m_store->create(patch);
    REQUIRE_OK(created);
    QCOMPARE(*created->token.accountsReceivable, *added);
}

void StoreConformanceTest::reopenKeepsData()
{
    if (!m_hooks.persistent)
        QSKIP("This store does not keep data between instances");
    const AccessToken token = createToken(QStringLiteral("quin@example.com"), passCode);
    m_store.reset();
    m_store = m_factory(m_clock.get());
    REQUIRE_OK(m_store->open());
    checkUnchanged(token);
    REQUIRE_OK(m_store->show(TokenRef::byIdentifier(QStringLiteral("quin@example.com"), passCode)));
    // Numbers continue after a reopen.
    const AccessToken next = createToken(QString(), QString());
    QVERIFY(next.number > token.number);
}

void StoreConformanceTest::twoClientsOnOneStore()
{
    if (!m_hooks.persistent)
        QSKIP("This store does not share data between instances");
    std::unique_ptr<TokenStore> other = m_factory(m_clock.get());
    REQUIRE_OK(other->open());
    const AccessToken token = createToken(QString(), QString());

    // The other client changes the token; this one's update from the old version is refused.
    TokenPatch theirs;
    theirs.udfString[0] = QStringLiteral("theirs");
    theirs.expectedVersion = token.version;
    const Result<AccessToken> changed = other->update(TokenRef::byId(token.id), theirs);
    REQUIRE_OK(changed);
    TokenPatch mine;
    mine.udfString[0] = QStringLiteral("mine");
    mine.expectedVersion = token.version;
    REQUIRE_ERROR(m_store->update(TokenRef::byId(token.id), mine), Error::Code::Conflict);
    checkUnchanged(*changed);

    // Numbers drawn by both clients stay unique and increasing.
    QStringList numbers;
    for (int i = 0; i < 6; ++i) {
        TokenStore* store = i % 2 ? other.get() : m_store.get();
        const Result<TokenResult> created = store->create(TokenPatch());
        REQUIRE_OK(created);
        numbers.append(created->token.number);
    }
    QStringList sorted = numbers;
    sorted.sort();
    sorted.removeDuplicates();
    QCOMPARE(sorted, numbers);
}

void StoreConformanceTest::olderSchemaUpgradedWithItsTokens()
{
    if (!m_hooks.exec || !m_hooks.indexDefinition)
        QSKIP("This store has no schema of its own");
    saveRules([](TokenSettings& s) {
        Classification gold;
        gold.name = QStringLiteral("Gold");
        s.classifications.append(gold);
    });
    TokenPatch classified;
    classified.classification = QStringLiteral("Gold");
    REQUIRE_OK(m_store->create(classified));
    REQUIRE_OK(m_store->create(TokenPatch()));

    // Schema version 3 indexed every token's references, NULL or not.
    m_store.reset();
    const QStringList references = { QStringLiteral("classification_id"), QStringLiteral("account_id"),
                                     QStringLiteral("participant_id") };
    for (const QString& column : references) {
        m_hooks.exec(QStringLiteral("DROP INDEX ix_tokens_%1").arg(column));
        m_hooks.exec(QStringLiteral("CREATE INDEX ix_tokens_%1 ON tokens (%1)").arg(column));
    }
    // Nor did it count an import's unchanged rows (version 5).
    m_hooks.exec(QStringLiteral("ALTER TABLE imports DROP COLUMN unchanged"));
    m_hooks.exec(QStringLiteral("DELETE FROM schema_version WHERE version > 3"));

    m_store = m_factory(m_clock.get());
    REQUIRE_OK(m_store->open());
    for (const QString& column : references) {
        const QString definition = m_hooks.indexDefinition(QStringLiteral("ix_tokens_") + column);
        QVERIFY2(definition.contains(QLatin1String("IS NOT NULL")), qPrintable(definition));
    }
    QCOMPARE(m_store->count(TokenQuery()).value(), qint64(2));
    TokenQuery gold;
    gold.classification = QStringLiteral("Gold");
    const Result<QList<AccessToken>> found = m_store->list(gold);
    REQUIRE_OK(found);
    QCOMPARE(found->size(), 1);
    QCOMPARE(found->constFirst().classification->name, QStringLiteral("Gold"));
}

void StoreConformanceTest::newerSchemaRefused()
{
    if (!m_hooks.setSchemaVersion)
        QSKIP("This store has no schema of its own");
    m_store.reset();
    m_hooks.setSchemaVersion(999);
    std::unique_ptr<TokenStore> store = m_factory(m_clock.get());
    const Result<void> opened = store->open();
    REQUIRE_ERROR(opened, Error::Code::Storage);
    QVERIFY2(opened.error().message().contains(QStringLiteral("999")), qPrintable(opened.error().message()));
    // Both SQL engines share one list of migrations.
    const int latest = SqlSchema(*SqlDialect::create(StoreUrl::Kind::Sqlite)).latestVersion();
    QVERIFY2(opened.error().message().contains(QString::number(latest)),
             qPrintable(opened.error().message()));
}
