#pragma once

#include <QList>
#include <QString>
#include <optional>

enum class LifeCycleState
{
    PendingVerification,
    Effective,
    NotEffective,
};

namespace LifeCycleStates {
QList<LifeCycleState> all();
// The wire names of spec §1: PENDING_VERIFICATION, EFFECTIVE, NOT_EFFECTIVE.
QString toWire(LifeCycleState state);
std::optional<LifeCycleState> fromWire(const QString& name);
// The state as people read it, in the running language: "Pending verification".
QString title(LifeCycleState state);
} // namespace LifeCycleStates
