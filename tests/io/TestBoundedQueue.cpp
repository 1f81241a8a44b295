#include "BoundedQueue.h"

#include <QTest>
#include <QThread>
#include <atomic>
#include <memory>

// The hand-over between ImportJob's reading thread and the thread that writes: every item arrives
// once and in order, the producer never runs more than the capacity ahead, close() frees a
// producer that waits on a consumer that has stopped, and the non-waiting calls never wait.
class TestBoundedQueue : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyItemArrivesInOrderAndTheProducerStaysWithinCapacity()
    {
        BoundedQueue<int> queue(2);
        std::atomic_int put { 0 };
        const std::unique_ptr<QThread> producer(QThread::create([&queue, &put]() {
            for (int i = 0; i < 20000; ++i) {
                queue.put(i);
                ++put;
            }
        }));
        producer->start();
        int aheadAtMost = 0;
        for (int expected = 0; expected < 20000; ++expected) {
            const std::optional<int> item = queue.take();
            QVERIFY(item);
            QCOMPARE(*item, expected);
            // Taken so far: expected + 1; put counts only what the queue took in.
            aheadAtMost = qMax(aheadAtMost, put.load() - (expected + 1));
        }
        QVERIFY(producer->wait(10000));
        QVERIFY2(aheadAtMost <= 2, qPrintable(QString::number(aheadAtMost)));
    }

    void closeFreesAWaitingProducerAndEndsTheQueue()
    {
        BoundedQueue<int> queue(1);
        QVERIFY(queue.put(1));
        std::atomic_bool refused { false };
        const std::unique_ptr<QThread> producer(
            QThread::create([&queue, &refused]() { refused = !queue.put(2); }));
        producer->start();
        QTest::qWait(50);
        QVERIFY(!producer->isFinished());
        queue.close();
        QVERIFY(producer->wait(10000));
        QVERIFY(refused);
        // What was put before close() can still be taken; then the queue is over.
        QCOMPARE(queue.take(), std::optional<int>(1));
        QCOMPARE(queue.take(), std::nullopt);
    }

    // The way spent batches go back to the reading thread: neither side ever waits, a full queue
    // refuses, and what was refused is not taken later.
    void tryPutAndTryTakeNeverWait()
    {
        BoundedQueue<int> queue(2);
        QCOMPARE(queue.tryTake(), std::nullopt);
        QVERIFY(queue.tryPut(1));
        QVERIFY(queue.tryPut(2));
        QVERIFY(!queue.tryPut(3));
        QCOMPARE(queue.tryTake(), std::optional<int>(1));
        QVERIFY(queue.tryPut(4));
        QCOMPARE(queue.tryTake(), std::optional<int>(2));
        QCOMPARE(queue.tryTake(), std::optional<int>(4));
        QCOMPARE(queue.tryTake(), std::nullopt);
        queue.close();
        QVERIFY(!queue.tryPut(5));
    }
};

QTEST_GUILESS_MAIN(TestBoundedQueue)
#include "TestBoundedQueue.moc"
