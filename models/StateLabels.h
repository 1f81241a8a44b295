#pragma once

#include "LifeCycleState.h"

#include <QColor>
#include <QCoreApplication>
#include <QString>

// The life cycle states as people read them, and the badge colours the table and the editor use.
class StateLabels
{
    Q_DECLARE_TR_FUNCTIONS(StateLabels)

public:
    static QString label(LifeCycleState state);
    // A saturated badge colour that reads on light and dark palettes with white text.
    static QColor badgeColor(LifeCycleState state);
};
