#pragma once

#include <QDateTime>

// The time as the stores see it. Tests move a ManualClock to expire one-time passwords and to
// clear the clipboard without waiting.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const;
    static Clock* system();
};
