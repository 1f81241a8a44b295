#pragma once

#include <QCoreApplication>
#include <QString>

// Who did something, as a store records it: "ann (Nicosia)", either part alone, or empty when
// neither was recorded (imports of old, demo data).
class ActorText
{
    Q_DECLARE_TR_FUNCTIONS(ActorText)

public:
    static QString of(const QString& user, const QString& unit);
};
