#pragma once

#include <QDateTime>
#include <QString>

// One import as the store recorded it: who ran it, when, on which file and mapping, and what it
// did. Undone imports stay listed with their status.
struct ImportRecord
{
    qint64 id = 0;
    QDateTime startedAt;
    QDateTime finishedAt;
    QString user;
    QString unit;
    QString fileName;
    QString mapping;
    // "atomic" or "skip-invalid", followed by "+upsert:FIELD" for an import that updated the
    // tokens it found by that field.
    QString mode;
    qint64 created = 0;
    qint64 updated = 0;
    // Rows that named a token and changed nothing in it (0 for imports recorded before TokenDesk
    // counted them).
    qint64 unchanged = 0;
    qint64 rejected = 0;
    // The first errors, one per line.
    QString errors;
    // running, interrupted (cut off while running: killed, the machine down), completed,
    // cancelled, failed, undone.
    QString status;

    static QString modeOf(bool atomic, const QString& upsertBy)
    {
        const QString base = atomic ? QStringLiteral("atomic") : QStringLiteral("skip-invalid");
        return upsertBy.isEmpty() ? base : base + upsertMark() + upsertBy;
    }
    // The parts of a mode modeOf() made: "atomic" or "skip-invalid", and the upsert field or "".
    static QString baseModeOf(const QString& mode) { return mode.section(upsertMark(), 0, 0); }
    static QString upsertByOf(const QString& mode) { return mode.section(upsertMark(), 1); }

private:
    static QString upsertMark() { return QStringLiteral("+upsert:"); }
};
