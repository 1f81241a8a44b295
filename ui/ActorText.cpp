#include "ActorText.h"

QString ActorText::of(const QString& user, const QString& unit)
{
    if (unit.isEmpty() || user.isEmpty())
        return user.isEmpty() ? unit : user;
    return tr("%1 (%2)").arg(user, unit);
}
