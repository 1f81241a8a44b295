#pragma once

#include <QCoreApplication>
#include <QFuture>

// Waits for a service result while events run: only the test waits, the window under test never
// does, and the result reaches the window through the same event loop.
template<typename T> T await(QFuture<T> future)
{
    while (!future.isFinished())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
    return future.result();
}
