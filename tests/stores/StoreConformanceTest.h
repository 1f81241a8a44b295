#pragma once

#include "ManualClock.h"
#include "TokenStore.h"

#include <QObject>
#include <QStringList>
#include <functional>
#include <memory>

// What a store's test main tells the suite about where the store keeps its data. Hooks left empty
// skip the cases that need them (a remote API has no file to reopen or tables to read).
struct StoreTestHooks
{
    // Empties the storage before each case.
    std::function<void()> reset;
    // Every text value the store keeps anywhere (all tables), to prove no secret is kept in clear.
    std::function<QStringList()> storedText;
    // The outbox as "kind|recipient|details" rows.
    std::function<QStringList()> outbox;
    // Writes a schema version into the storage, to test the refusal of a newer schema.
    std::function<void(int)> setSchemaVersion;
    // Runs a statement on the storage behind the store's back, to put it back as an older
    // TokenDesk left it.
    std::function<void(const QString&)> exec;
    // An index's definition as the engine's catalogue holds it.
    std::function<QString(const QString&)> indexDefinition;
    // Whether a second store on the same storage sees the first one's data.
    bool persistent = true;
};

// The conformance suite of spec §3, written against TokenStore only and run for every store.
class StoreConformanceTest : public QObject
{
    Q_OBJECT

public:
    using Factory = std::function<std::unique_ptr<TokenStore>(ManualClock*)>;

    StoreConformanceTest(Factory factory, StoreTestHooks hooks, QObject* parent = nullptr);

private Q_SLOTS:
    void init();
    void cleanup();

    void createAssignsIdNumberAndCodes();
    void createNumbersIncreaseAsText();
    void createNeedsPassCodeWithIdentifier();
    void createReportsAllViolationsAtOnce();
    void createWithVerificationRequired();
    void createGeneratesIdentifierAndPassCode();
    void createWithoutGeneratedAuthenticationCode();
    void duplicateIdentifierRefused();
    void duplicateAuthenticationCodeRefused();
    void identifierNeedsRightPassCode();
    void updatePatchSemantics();
    void updateCustomFields();
    void updateStaleVersionConflicts();
    void updateValidationChangesNothing();
    void tighterRulesJudgeOnlyWhatAnUpdateChanges();
    void updateUnknownReferences();
    void classificationByNameOrIdAndItsRules();
    void stateTransitions();
    void wrongStateRefusedForEveryRestrictedOperation();
    void verifyToken();
    void resetVerificationCode();
    void resetPassCode();
    void forgotPassCode();
    void changePassCode();
    void oneTimePasswords();
    void deleteReturnsTokenAsItWas();
    void listByAssociationClassificationAndState();
    void searchIsCaseInsensitivePrefix();
    void columnFilters();
    void sortingAndKeysetPaging();
    void countMatchesList();
    void autoDeactivationOnLastAssociationRemoved();
    void auditTrail();
    void secretsAreNeverStoredInClear();
    void settingsRoundTrip();
    void directory();
    void reopenKeepsData();
    void twoClientsOnOneStore();
    void newerSchemaRefused();
    void olderSchemaUpgradedWithItsTokens();

private:
    // A fresh store on fresh storage, opened, with the cheapest hash cost.
    std::unique_ptr<TokenStore> openStore();
    void saveRules(const std::function<void(TokenSettings&)>& change);
    AccessToken createToken(const QString& identifier, const QString& passCode,
                            const QString& account = QString());
    // A token in the given state (through the store's own operations).
    AccessToken tokenInState(LifeCycleState state, const QString& identifier);
    // After a refusal: the token is exactly as it was.
    void checkUnchanged(const AccessToken& before);

    Factory m_factory;
    StoreTestHooks m_hooks;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<TokenStore> m_store;
};
