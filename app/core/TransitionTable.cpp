#include "TransitionTable.h"

#include <QStringList>

namespace {
struct Rule
{
    Operation operation;
    std::optional<LifeCycleState> requires_;
    std::optional<LifeCycleState> leadsTo;
};

// Operations not listed here are allowed in every state and change none.
const Rule rules[] = {
    { Operation::SetEffective, LifeCycleState::NotEffective, LifeCycleState::Effective },
    { Operation::SetNotEffective, LifeCycleState::Effective, LifeCycleState::NotEffective },
    { Operation::Verify, LifeCycleState::PendingVerification, LifeCycleState::Effective },
    { Operation::ResetVerificationCode, LifeCycleState::PendingVerification, std::nullopt },
    { Operation::ResetPassCode, LifeCycleState::Effective, std::nullopt },
    { Operation::ForgotPassCode, LifeCycleState::Effective, std::nullopt },
    { Operation::ChangePassCode, LifeCycleState::Effective, std::nullopt },
    { Operation::GenerateOtp, LifeCycleState::Effective, std::nullopt },
    { Operation::Delete, LifeCycleState::NotEffective, std::nullopt },
};

const Rule* ruleFor(Operation operation)
{
    for (const Rule& rule : rules) {
        if (rule.operation == operation)
            return &rule;
    }
    return nullptr;
}
} // namespace

bool TransitionTable::allows(Operation operation, LifeCycleState state)
{
    const Rule* rule = ruleFor(operation);
    return !rule || !rule->requires_ || *rule->requires_ == state;
}

QList<LifeCycleState> TransitionTable::allowedStates(Operation operation)
{
    QList<LifeCycleState> states;
    for (LifeCycleState state : LifeCycleStates::all()) {
        if (allows(operation, state))
            states.append(state);
    }
    return states;
}

std::optional<LifeCycleState> TransitionTable::target(Operation operation, LifeCycleState from)
{
    const Rule* rule = ruleFor(operation);
    if (!rule || !allows(operation, from))
        return std::nullopt;
    return rule->leadsTo;
}

Error TransitionTable::check(Operation operation, LifeCycleState state)
{
    if (allows(operation, state))
        return Error();
    QStringList needed;
    for (LifeCycleState allowed : allowedStates(operation))
        needed.append(LifeCycleStates::title(allowed));
    // The operation goes unnamed: the person chose it, and the message follows its name ("Delete
    // failed for token …: …", a bulk action's list of refused tokens, a disabled action's tip).
    return Error(Error::Code::InvalidState,
                 tr("Needs a token that is %1; this one is %2")
                     .arg(needed.join(tr(" or ")), LifeCycleStates::title(state)),
                 QStringLiteral("life_cycle_state"));
}
