#include "Operation.h"
#include "TransitionTable.h"

#include <QTest>

Q_DECLARE_METATYPE(Operation)
Q_DECLARE_METATYPE(LifeCycleState)
Q_DECLARE_METATYPE(std::optional<LifeCycleState>)

// The life cycle of spec §3, written out independently of TransitionTable's own rule list: for
// every operation, the states it is allowed in and where it leads.
class TestTransitionTable : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyOperationInEveryState_data();
    void everyOperationInEveryState();
    void allowedStatesMatchAllows();
    void checkNamesOperationStateAndNeed();
    void checkIsNoErrorWhenAllowed();
    void wireNamesRoundTrip();
    void everyRecordedOperationHasAHistoryTitle();
};

namespace {
using S = LifeCycleState;
using O = Operation;
const S pending = S::PendingVerification;
const S effective = S::Effective;
const S notEffective = S::NotEffective;

struct Expectation
{
    O operation;
    // allowed and target per state: PENDING_VERIFICATION, EFFECTIVE, NOT_EFFECTIVE
    bool allowed[3];
    std::optional<S> target[3];
};

const Expectation expectations[] = {
    { O::Create, { true, true, true }, {} },
    { O::Show, { true, true, true }, {} },
    { O::Update, { true, true, true }, {} },
    { O::SetEffective, { false, false, true }, { std::nullopt, std::nullopt, effective } },
    { O::SetNotEffective, { false, true, false }, { std::nullopt, notEffective, std::nullopt } },
    { O::Verify, { true, false, false }, { effective, std::nullopt, std::nullopt } },
    { O::ResetVerificationCode, { true, false, false }, {} },
    { O::ResetPassCode, { false, true, false }, {} },
    { O::ForgotPassCode, { false, true, false }, {} },
    { O::ChangePassCode, { false, true, false }, {} },
    { O::GenerateOtp, { false, true, false }, {} },
    { O::Delete, { false, false, true }, {} },
    { O::List, { true, true, true }, {} },
    { O::GetNotAssociated, { true, true, true }, {} },
};
} // namespace

void TestTransitionTable::everyOperationInEveryState_data()
{
    QTest::addColumn<Operation>("operation");
    QTest::addColumn<LifeCycleState>("state");
    QTest::addColumn<bool>("allowed");
    QTest::addColumn<std::optional<LifeCycleState>>("target");

    // Every operation must have an expectation, so a new operation cannot slip through untested.
    QCOMPARE(int(std::size(expectations)), int(Operations::all().size()));
    const S states[] = { pending, effective, notEffective };
    for (const Expectation& e : expectations) {
        for (int i = 0; i < 3; ++i) {
            const QByteArray name
                = (Operations::toWire(e.operation) + QLatin1Char('/') + LifeCycleStates::toWire(states[i]))
                      .toUtf8();
            QTest::newRow(name.constData()) << e.operation << states[i] << e.allowed[i] << e.target[i];
        }
    }
}

void TestTransitionTable::everyOperationInEveryState()
{
    QFETCH(Operation, operation);
    QFETCH(LifeCycleState, state);
    QFETCH(bool, allowed);
    QFETCH(std::optional<LifeCycleState>, target);

    QCOMPARE(TransitionTable::allows(operation, state), allowed);
    QCOMPARE(TransitionTable::target(operation, state), target);
    QCOMPARE(TransitionTable::check(operation, state).isError(), !allowed);
}

void TestTransitionTable::allowedStatesMatchAllows()
{
    for (Operation operation : Operations::all()) {
        QList<LifeCycleState> expected;
        for (LifeCycleState state : LifeCycleStates::all()) {
            if (TransitionTable::allows(operation, state))
                expected.append(state);
        }
        QCOMPARE(TransitionTable::allowedStates(operation), expected);
    }
    QCOMPARE(TransitionTable::allowedStates(Operation::Delete), QList<LifeCycleState> { notEffective });
}

void TestTransitionTable::checkNamesOperationStateAndNeed()
{
    const Error error = TransitionTable::check(Operation::Delete, effective);
    QCOMPARE(error.code(), Error::Code::InvalidState);
    QCOMPARE(error.field(), QStringLiteral("life_cycle_state"));
    // In the words the table shows, not the wire's: a bulk action lists it for each refused token.
    QCOMPARE(error.message(), QStringLiteral("Needs a token that is Not effective; this one is Effective"));
    QCOMPARE(TransitionTable::check(Operation::ChangePassCode, pending).message(),
             QStringLiteral("Needs a token that is Effective; this one is Pending "
                            "verification"));
}

void TestTransitionTable::checkIsNoErrorWhenAllowed()
{
    const Error error = TransitionTable::check(Operation::Verify, pending);
    QVERIFY(!error.isError());
    QCOMPARE(error.code(), Error::Code::None);
}

void TestTransitionTable::wireNamesRoundTrip()
{
    for (Operation operation : Operations::all())
        QCOMPARE(Operations::fromWire(Operations::toWire(operation)), std::optional<Operation>(operation));
    QCOMPARE(Operations::toWire(Operation::SetNotEffective), QStringLiteral("set_as_not_effective"));
    QCOMPARE(Operations::fromWire(QStringLiteral("no_such_operation")), std::nullopt);
    for (LifeCycleState state : LifeCycleStates::all())
        QCOMPARE(LifeCycleStates::fromWire(LifeCycleStates::toWire(state)),
                 std::optional<LifeCycleState>(state));
    QCOMPARE(LifeCycleStates::fromWire(QStringLiteral("pending_verification")),
             std::optional<LifeCycleState>(pending));
    QCOMPARE(LifeCycleStates::fromWire(QStringLiteral("ACTIVE")), std::nullopt);
}

// The History tab names what happened in words, for every operation that changes a token.
void TestTransitionTable::everyRecordedOperationHasAHistoryTitle()
{
    for (const Operation operation : Operations::all()) {
        if (operation == Operation::Show || operation == Operation::List
            || operation == Operation::GetNotAssociated)
            continue;
        const QString wire = Operations::toWire(operation);
        const QString title = Operations::historyTitle(wire);
        QVERIFY2(!title.isEmpty() && title != wire, qPrintable(wire));
    }
    QCOMPARE(Operations::historyTitle(QStringLiteral("reset_pass_code")), QStringLiteral("Pass code reset"));
    QCOMPARE(Operations::historyTitle(QStringLiteral("save_settings")), QStringLiteral("save_settings"));
}

QTEST_GUILESS_MAIN(TestTransitionTable)
#include "TestTransitionTable.moc"
