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
    // An account's or a participant's state as CRM.COM names it ("ACTIVE"), as people read it; a
    // state it does not know comes back as it is.
    static QString directoryLabel(const QString& state);
    // A saturated badge colour that reads on light and dark palettes with white text.
    static QColor badgeColor(LifeCycleState state);
};
