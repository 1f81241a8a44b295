#pragma once

#include "Clock.h"

#include <QMutex>

// A clock that stands still until told to move.
class ManualClock : public Clock
{
public:
    explicit ManualClock(QDateTime start = QDateTime(QDate(2026, 1, 1), QTime(9, 0), Qt::UTC));
    QDateTime now() const override;
    void set(const QDateTime& time);
    void advance(qint64 seconds);

private:
    mutable QMutex m_mutex;
    QDateTime m_now;
};
