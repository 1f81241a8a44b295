#pragma once

#include <QDateTime>
#include <QString>

// One line of the audit trail: who did what to which token, and when. Never holds a secret.
struct AuditEntry
{
    qint64 id = 0;
    QDateTime when;
    QString user;
    QString unit;
    // The operation's wire name (Operations::toWire), or "import" for bulk imports.
    QString operation;
    QString tokenId;
    QString tokenNumber;
    // What changed, as field names and non-secret values.
    QString details;
};
