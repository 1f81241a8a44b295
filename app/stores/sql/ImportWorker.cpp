#include "ImportWorker.h"

#include <QCoreApplication>
#include <QSysInfo>

#ifdef Q_OS_WIN
#include <windows.h>
#else
#include <cerrno>
#include <csignal>
#endif

QString ImportWorker::current()
{
    return QSysInfo::machineHostName() + QLatin1Char(':')
        + QString::number(QCoreApplication::applicationPid());
}

bool ImportWorker::isGone(const QString& worker)
{
    const qsizetype colon = worker.lastIndexOf(QLatin1Char(':'));
    if (colon <= 0 || worker.left(colon) != QSysInfo::machineHostName())
        return false;
    bool number = false;
    const qint64 pid = worker.mid(colon + 1).toLongLong(&number);
    if (!number || pid <= 0)
        return false;
    if (pid == QCoreApplication::applicationPid())
        return false;
#ifdef Q_OS_WIN
    HANDLE process = OpenProcess(PROCESS_QUERY_LIMITED_INFORMATION, FALSE, DWORD(pid));
    if (!process)
        return GetLastError() == ERROR_INVALID_PARAMETER;
    DWORD code = 0;
    const bool exited = GetExitCodeProcess(process, &code) && code != STILL_ACTIVE;
    CloseHandle(process);
    return exited;
#else
    // Signal 0 checks only that the process exists; EPERM means it does, under another user.
    return ::kill(pid_t(pid), 0) != 0 && errno == ESRCH;
#endif
}
