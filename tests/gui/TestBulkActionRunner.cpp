// The progress of a bulk action run as one batch comes from the store's thread: it moves the
// dialog on the window's thread, and once the window has let go of the runner it is dropped. And
// the dialog is gone by the time the run's outcome is told.

#include "BulkActionRunner.h"

#include <QEventLoop>
#include <QPointer>
#include <QProgressDialog>
#include <QPromise>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>
#include <QWidget>
#include <thread>

namespace {
QList<AccessToken> tokens(int count)
{
    QList<AccessToken> list;
    for (int i = 1; i <= count; ++i) {
        AccessToken token;
        token.id = QString::number(i);
        token.number = QStringLiteral("AT%1").arg(i);
        list.append(token);
    }
    return list;
}

BulkActionRunner::Operation noSingleCalls()
{
    return [](const AccessToken&) {
        return QtFuture::makeReadyFuture(
            Result<AccessToken>(Error(Error::Code::Usage, QStringLiteral("unused"))));
    };
}

// From a thread of its own, as the store's worker reports.
void reportFromAnotherThread(const BulkActionRunner::Progress& progress, int done, int total)
{
    std::thread worker([&progress, done, total]() { progress(done, total); });
    worker.join();
}
} // namespace

class TestBulkActionRunner : public QObject
{
    Q_OBJECT

    // Starts runner on a batch that runs until the test finishes it; returns the progress
    // callback the runner handed to the batch, which the store's thread would call.
    static BulkActionRunner::Progress startOnPendingBatch(BulkActionRunner* runner,
                                                          QPromise<QList<Result<AccessToken>>>& batch)
    {
        auto progress = std::make_shared<BulkActionRunner::Progress>();
        runner->setBatch([progress, &batch](const QList<AccessToken>&, BulkActionRunner::Progress reported,
                                            std::shared_ptr<std::atomic_bool>) {
            *progress = std::move(reported);
            batch.start();
            return batch.future();
        });
        runner->start();
        return *progress;
    }

private Q_SLOTS:
    void progressFromTheStoresThreadMovesTheDialog()
    {
        QWidget window;
        auto* runner
            = new BulkActionRunner(QStringLiteral("Set effective"), tokens(3), noSingleCalls(), &window);
        QPromise<QList<Result<AccessToken>>> batch;
        QSignalSpy finished(runner, &BulkActionRunner::finished);
        const BulkActionRunner::Progress progress = startOnPendingBatch(runner, batch);
        QVERIFY(progress);
        auto* dialog = window.findChild<QProgressDialog*>();
        QVERIFY(dialog);

        reportFromAnotherThread(progress, 2, 3);
        QTRY_COMPARE(dialog->value(), 2);

        batch.addResult(QList<Result<AccessToken>>(3, AccessToken()));
        batch.finish();
        QTRY_COMPARE(finished.size(), 1);
        QCOMPARE(runner->succeeded(), 3);
        delete runner;
    }

    void progressAfterTheRunnerIsGoneIsDropped()
    {
        QWidget window;
        auto* runner = new BulkActionRunner(QStringLiteral("Delete"), tokens(4), noSingleCalls(), &window);
        QPromise<QList<Result<AccessToken>>> batch;
        const BulkActionRunner::Progress progress = startOnPendingBatch(runner, batch);
        QVERIFY(progress);
        auto* dialog = window.findChild<QProgressDialog*>();
        QVERIFY(dialog);
        reportFromAnotherThread(progress, 1, 4);
        QTRY_COMPARE(dialog->value(), 1);

        // The window closes while the batch is still running on the store's thread.
        delete runner;
        reportFromAnotherThread(progress, 3, 4);
        QTest::qWait(50);
        QCOMPARE(dialog->value(), 1);
        batch.addResult(QList<Result<AccessToken>>(4, AccessToken()));
        batch.finish();
        QTest::qWait(20);
    }

    void aSlowRunShowsItsDialogInTime()
    {
        // A slow network: no progress is reported for long, and the person needs the dialog's
        // Cancel all the same.
        QWidget window;
        window.show();
        auto* runner
            = new BulkActionRunner(QStringLiteral("Set effective"), tokens(3), noSingleCalls(), &window);
        QPromise<QList<Result<AccessToken>>> batch;
        QSignalSpy finished(runner, &BulkActionRunner::finished);
        startOnPendingBatch(runner, batch);
        auto* dialog = window.findChild<QProgressDialog*>();
        QVERIFY(dialog);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->isVisible(), dialog->minimumDuration() + 2000);

        batch.addResult(QList<Result<AccessToken>>(3, AccessToken()));
        batch.finish();
        QTRY_COMPARE(finished.size(), 1);
        delete runner;
    }

    void aFailedLookupLeavesNoDialogOverTheWarning()
    {
        // The server is down: finding the rows never loaded fails at once, before the dialog's
        // delay has passed.
        QWidget window;
        window.show();
        auto* runner
            = new BulkActionRunner(QStringLiteral("Set not effective"),
                                   QtFuture::makeReadyFuture(Result<QList<AccessToken>>(
                                       Error(Error::Code::Network, QStringLiteral("Connection refused")))),
                                   5, std::make_shared<std::atomic_bool>(false), noSingleCalls(), &window);
        const QPointer<QProgressDialog> dialog = window.findChild<QProgressDialog*>();
        QVERIFY(dialog);
        bool dialogOverWarning = false;
        bool told = false;
        connect(runner, &BulkActionRunner::finished, this, [&]() {
            // As the window's warning does: a modal loop of its own, open longer than that delay.
            QEventLoop warning;
            QTimer::singleShot(dialog->minimumDuration() + 300, &warning, [&]() {
                dialogOverWarning = dialog && dialog->isVisible();
                warning.quit();
            });
            warning.exec();
            told = true;
        });
        runner->start();
        QTRY_VERIFY(told);
        QVERIFY2(!dialogOverWarning, "the progress dialog came up over the warning");
        QCOMPARE(runner->lookupError(), QStringLiteral("Connection refused"));
        delete runner;
    }
};

QTEST_MAIN(TestBulkActionRunner)
#include "TestBulkActionRunner.moc"
