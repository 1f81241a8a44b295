#include "RunningInstance.h"

#include <QDir>
#include <QFile>
#include <QTest>
#include <QThread>
#include <QUuid>

// A CSV file opened from the desktop while TokenDesk runs goes to that TokenDesk. The one that
// listens runs in a thread of its own here, as it would in its own process.
class TestRunningInstance : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void withNoneRunningNothingIsHandedOver()
    {
        RunningInstance lone(uniqueName());
        QVERIFY(!lone.handOver(QStringLiteral("/tmp/tokens.csv"), 500));
    }

    void theRunningOneGetsTheFile()
    {
        const QString name = uniqueName();
        QThread thread;
        auto* running = new RunningInstance(name);
        running->moveToThread(&thread);
        // Deleting from finished() runs after the thread's last event; a deleteLater() posted
        // beside quit() can be left unprocessed when the loop exits first, and the instance leaks.
        connect(&thread, &QThread::finished, running, &QObject::deleteLater);
        thread.start();
        bool listening = false;
        QMetaObject::invokeMethod(
            running, [&]() { listening = running->listen(); }, Qt::BlockingQueuedConnection);
        QVERIFY(listening);
        QStringList received;
        connect(running, &RunningInstance::fileReceived, this,
                [&received](const QString& path) { received.append(path); });

        const QString path = QStringLiteral("/home/clerk/Λίστα κάρτες, März.csv");
        QVERIFY(RunningInstance(name).handOver(path));
        QTRY_COMPARE(received, QStringList { path });

        thread.quit();
        QVERIFY(thread.wait(5000));
    }

    // What a TokenDesk that crashed leaves behind does not keep the next one from listening.
    void aLeftoverNameIsTakenOver()
    {
        const QString name = uniqueName();
        QFile leftover(QDir(QDir::tempPath()).filePath(name));
        QVERIFY(leftover.open(QIODevice::WriteOnly));
        leftover.close();
        RunningInstance next(name);
        QVERIFY(!next.handOver(QStringLiteral("/tmp/tokens.csv"), 500));
        QVERIFY(next.listen());
    }

private:
    static QString uniqueName()
    {
        return QStringLiteral("TokenDesk-test-%1").arg(QUuid::createUuid().toString(QUuid::Id128).left(12));
    }
};

QTEST_GUILESS_MAIN(TestRunningInstance)
#include "TestRunningInstance.moc"
