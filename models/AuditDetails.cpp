#include "AuditDetails.h"

#include "LifeCycleState.h"
#include "TokenField.h"

#include <QRegularExpression>

QStringList AuditDetails::lines(const QString& details)
{
    QStringList lines;
    for (const QString& part : details.split(QStringLiteral("; "), Qt::SkipEmptyParts)) {
        // Said by the operation's own title ("Verified") on the line above.
        if (part != QLatin1String("verified"))
            lines.append(line(part));
    }
    return lines;
}

QString AuditDetails::line(const QString& part)
{
    if (part == QLatin1String("pass_code changed"))
        return tr("Pass code changed");
    if (part == QLatin1String("verification_code changed"))
        return tr("Verification code changed");
    if (part == QLatin1String("reset e-mail queued"))
        return tr("Pass code reset e-mail queued");
    static const QRegularExpression imported(
        QStringLiteral("^(created|updated) by import (\\d+) of (.*?)( \\(undone\\))?$"));
    if (const QRegularExpressionMatch match = imported.match(part); match.hasMatch()) {
        const QString text = match.captured(1) == QLatin1String("created")
            ? tr("Created by import %1 of %2").arg(match.captured(2), match.captured(3))
            : tr("Updated by import %1 of %2").arg(match.captured(2), match.captured(3));
        return match.capturedLength(4) > 0 ? tr("%1 (undone)").arg(text) : text;
    }
    static const QRegularExpression assignment(QStringLiteral("^([a-z0-9_]+)=(.*)$"));
    const QRegularExpressionMatch match = assignment.match(part);
    if (!match.hasMatch())
        return part;
    const QString field = match.captured(1);
    const QString value = match.captured(2);
    if (field == QLatin1String("custom_fields")) {
        return value.isEmpty()
            ? tr("Custom fields changed")
            : tr("Custom fields: %1").arg(value.split(QLatin1Char(',')).join(QStringLiteral(", ")));
    }
    if (field == QLatin1String("life_cycle_state")) {
        // An update that took the token's last association away may have taken it out of service.
        static const QString lastAssociation = QStringLiteral(" (last association removed)");
        const bool byRemoval = value.endsWith(lastAssociation);
        if (const std::optional<LifeCycleState> state
            = LifeCycleStates::fromWire(byRemoval ? value.chopped(lastAssociation.size()) : value)) {
            const QString title = LifeCycleStates::title(*state);
            return byRemoval ? tr("State: %1, as its last association was removed").arg(title)
                             : tr("%1: %2").arg(TokenFields::title(field), title);
        }
    }
    if (value.isEmpty())
        return tr("%1: cleared").arg(TokenFields::title(field));
    return tr("%1: %2").arg(TokenFields::title(field), value);
}
