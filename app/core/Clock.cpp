#include "Clock.h"

QDateTime Clock::now() const
{
    return QDateTime::currentDateTimeUtc();
}

Clock* Clock::system()
{
    static Clock clock;
    return &clock;
}
