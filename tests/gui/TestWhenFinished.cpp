#include "WhenFinished.h"

#include <QPromise>
#include <QThread>
#include <QThreadPool>
#include <QtTest>
#include <atomic>
#include <memory>

// whenFinished(): a window gets each service result exactly once on its own thread, also when
// the worker finishes the future while the window attaches to it, and never after the window
// is gone.
class TestWhenFinished : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void eachResultArrivesOnceOnTheContextsThreadWhileWorkersFinish()
    {
        constexpr int calls = 50000;
        QThreadPool workers;
        workers.setMaxThreadCount(2);
        QObject context;
        std::vector<int> delivered(calls, 0);
        int offThread = 0;
        for (int i = 0; i < calls; ++i) {
            auto promise = std::make_shared<QPromise<int>>();
            QFuture<int> future = promise->future();
            promise->start();
            // Finished on a worker at about the moment the continuation is attached: QFuture::then()
            // crashed in about one run in four of this many (Qt 6.4).
            workers.start([promise, i]() {
                promise->addResult(i);
                promise->finish();
            });
            whenFinished(future, &context, [&delivered, &offThread](int value) {
                ++delivered[value];
                if (QThread::currentThread() != QCoreApplication::instance()->thread())
                    ++offThread;
            });
        }
        workers.waitForDone();
        QTRY_VERIFY_WITH_TIMEOUT(
            std::all_of(delivered.cbegin(), delivered.cend(), [](int n) { return n > 0; }), 20000);
        QCoreApplication::processEvents();
        QVERIFY(std::all_of(delivered.cbegin(), delivered.cend(), [](int n) { return n == 1; }));
        QCOMPARE(offThread, 0);
    }

    void theHandlersResultIsTheReturnedFuture()
    {
        QObject context;
        QPromise<int> promise;
        promise.start();
        QFuture<QString> text
            = whenFinished(promise.future(), &context, [](int n) { return QString::number(n * 2); });
        promise.addResult(21);
        promise.finish();
        QTRY_VERIFY(text.isFinished());
        QVERIFY(!text.isCanceled());
        QCOMPARE(text.result(), QStringLiteral("42"));
    }

    void nothingArrivesOnceTheContextIsGone()
    {
        auto context = std::make_unique<QObject>();
        QPromise<int> promise;
        promise.start();
        bool called = false;
        QFuture<void> done = whenFinished(promise.future(), context.get(), [&called](int) { called = true; });
        context.reset();
        promise.addResult(1);
        promise.finish();
        QTRY_VERIFY(done.isFinished());
        QVERIFY(done.isCanceled());
        QCoreApplication::processEvents();
        QVERIFY(!called);
    }

    void aCancelledFutureCallsNothing()
    {
        QObject context;
        QPromise<int> promise;
        promise.start();
        bool called = false;
        QFuture<void> done = whenFinished(promise.future(), &context, [&called](int) { called = true; });
        promise.future().cancel();
        promise.finish();
        QTRY_VERIFY(done.isFinished());
        QVERIFY(done.isCanceled());
        QVERIFY(!called);
    }
};

QTEST_GUILESS_MAIN(TestWhenFinished)
#include "TestWhenFinished.moc"
