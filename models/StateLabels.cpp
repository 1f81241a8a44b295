#include "StateLabels.h"

QString StateLabels::label(LifeCycleState state)
{
    return LifeCycleStates::title(state);
}

QString StateLabels::directoryLabel(const QString& state)
{
    if (state == QLatin1String("ACTIVE"))
        return tr("Active");
    if (state == QLatin1String("SUSPENDED"))
        return tr("Suspended");
    if (state == QLatin1String("TERMINATED"))
        return tr("Terminated");
    return state;
}

QColor StateLabels::badgeColor(LifeCycleState state)
{
    // Mid-tone colours with white text keep a contrast above 4.5:1 on either palette.
    switch (state) {
    case LifeCycleState::PendingVerification:
        return QColor(0xb2, 0x5e, 0x00);
    case LifeCycleState::Effective:
        return QColor(0x1e, 0x7e, 0x34);
    case LifeCycleState::NotEffective:
        return QColor(0x6c, 0x75, 0x7d);
    }
    return QColor();
}
