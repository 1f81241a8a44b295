#include "LifeCycleState.h"

#include <QCoreApplication>

QList<LifeCycleState> LifeCycleStates::all()
{
    return { LifeCycleState::PendingVerification, LifeCycleState::Effective, LifeCycleState::NotEffective };
}

QString LifeCycleStates::toWire(LifeCycleState state)
{
    switch (state) {
    case LifeCycleState::PendingVerification:
        return QStringLiteral("PENDING_VERIFICATION");
    case LifeCycleState::Effective:
        return QStringLiteral("EFFECTIVE");
    case LifeCycleState::NotEffective:
        return QStringLiteral("NOT_EFFECTIVE");
    }
    return QString();
}

std::optional<LifeCycleState> LifeCycleStates::fromWire(const QString& name)
{
    const QString upper = name.trimmed().toUpper();
    for (LifeCycleState state : all()) {
        if (toWire(state) == upper)
            return state;
    }
    return std::nullopt;
}

QString LifeCycleStates::title(LifeCycleState state)
{
    switch (state) {
    case LifeCycleState::PendingVerification:
        return QCoreApplication::translate("LifeCycleStates", "Pending verification");
    case LifeCycleState::Effective:
        return QCoreApplication::translate("LifeCycleStates", "Effective");
    case LifeCycleState::NotEffective:
        return QCoreApplication::translate("LifeCycleStates", "Not effective");
    }
    return QString();
}
