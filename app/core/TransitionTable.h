#pragma once

#include "Error.h"
#include "LifeCycleState.h"
#include "Operation.h"

#include <QCoreApplication>
#include <optional>

// The single source of truth for which operation is allowed in which life cycle state and where
// it leads. The stores refuse with it, the service checks with it, the UI enables actions by it.
class TransitionTable
{
    Q_DECLARE_TR_FUNCTIONS(TransitionTable)

public:
    // Whether the operation may run on a token in this state.
    static bool allows(Operation operation, LifeCycleState state);
    // The states the operation may run in (every state for operations without a precondition).
    static QList<LifeCycleState> allowedStates(Operation operation);
    // The state a token is in after the operation, or nullopt when the state does not change.
    static std::optional<LifeCycleState> target(Operation operation, LifeCycleState from);
    // An INVALID_STATE error that names the operation, the state and what it needs, or no error.
    static Error check(Operation operation, LifeCycleState state);
};
