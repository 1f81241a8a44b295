#pragma once

#include <QFuture>
#include <QFutureWatcher>
#include <QObject>
#include <QPromise>
#include <QThread>
#include <memory>
#include <type_traits>
#include <utility>

// Calls handler with the future's result on context's thread once the future has finished, unless
// context is gone by then or the future was cancelled; returns a future of what handler returns
// (cancelled when handler is never called).
//
// Used instead of QFuture::then(context, ...), whose Qt 6.4 implementation races: a continuation
// attached while another thread finishes the future is run at once by the attaching thread and
// then again by the finishing one, whose second run crashes on the promise the first moved out.
// QFutureWatcher connects under the future's own lock, so its finished signal comes exactly once.
//
// Call it on context's thread (the watcher becomes context's child). Cancelling the returned
// future does not stop the handler; a cancelled input future cancels the returned one.
template<typename T, typename Handler>
auto whenFinished(const QFuture<T>& future, QObject* context, Handler handler)
{
    Q_ASSERT(context && context->thread() == QThread::currentThread());
    using R = std::invoke_result_t<Handler, T>;
    auto promise = std::make_shared<QPromise<R>>();
    promise->start();
    auto* watcher = new QFutureWatcher<T>(context);
    QObject::connect(watcher, &QFutureWatcherBase::finished, watcher,
                     [watcher, promise, handler = std::move(handler)]() mutable {
                         watcher->deleteLater();
                         const QFuture<T> done = watcher->future();
                         if (done.isCanceled() || done.resultCount() == 0) {
                             promise->future().cancel();
                         } else if constexpr (std::is_void_v<R>) {
                             handler(done.result());
                         } else {
                             promise->addResult(handler(done.result()));
                         }
                         promise->finish();
                     });
    watcher->setFuture(future);
    return promise->future();
}
