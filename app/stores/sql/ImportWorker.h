#pragma once

#include <QString>

// Which process runs an import, as kept in its record: "host:pid". A skip-invalid import commits
// batch after batch, so a record left "running" is either still being written or was cut off (the
// process killed, the machine down); the worker tells which, on the machine that ran it.
class ImportWorker
{
public:
    // This process.
    static QString current();
    // True when worker names a process of this machine that no longer runs. A worker of another
    // machine is never known to be gone: its record goes stale by time instead.
    static bool isGone(const QString& worker);
};
