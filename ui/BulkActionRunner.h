#pragma once

#include "AccessToken.h"
#include "Result.h"

#include <QFuture>
#include <QObject>
#include <QPointer>
#include <atomic>
#include <functional>
#include <memory>

class QProgressDialog;
class QWidget;

// Runs one operation over many tokens, one after the other or as one batch with several in
// flight, behind a progress dialog with Cancel, and reports each failed token and why. Each
// token's change is atomic in the store, so a failed token is left as it was; cancelling stops
// before the next token is sent. The tokens can come
// from a lookup still running (rows of the selection whose pages were never loaded): the dialog
// shows it, and Cancel stops it too.
class BulkActionRunner : public QObject
{
    Q_OBJECT

public:
    using Operation = std::function<QFuture<Result<AccessToken>>(const AccessToken&)>;
    // The whole list in one run that keeps several calls in flight (TokenService::applyToEach):
    // progress may come from any thread; tokens not yet sent once cancelled is set come back
    // CANCELLED.
    using Progress = std::function<void(int done, int total)>;
    using BatchOperation = std::function<QFuture<QList<Result<AccessToken>>>(
        const QList<AccessToken>&, Progress progress, std::shared_ptr<std::atomic_bool> cancelled)>;

    struct Failure
    {
        QString number;
        QString message;
    };

    BulkActionRunner(const QString& title, const QList<AccessToken>& tokens, Operation operation,
                     QWidget* parent);
    // expected: how many tokens the lookup should find, for the dialog until it has; cancelled:
    // the lookup's stop flag, which Cancel sets.
    BulkActionRunner(const QString& title, QFuture<Result<QList<AccessToken>>> lookup, qint64 expected,
                     std::shared_ptr<std::atomic_bool> cancelled, Operation operation, QWidget* parent);

    // Hands the tokens to batch all at once instead of calling the operation for each.
    void setBatch(BatchOperation batch) { m_batch = std::move(batch); }
    // Why the tokens skipped were not sent, as the summary says it.
    enum class Skip
    {
        AlreadyDone,
        NotAllowed,
    };
    // Tokens already as the operation would leave them, or in a state it does not apply to, are not
    // sent, and counted apart rather than as failures (a selection of all tokens, some of them
    // already not effective).
    void skipWhere(std::function<bool(const AccessToken&)> skip, Skip why)
    {
        m_skip = std::move(skip);
        m_skipWhy = why;
    }
    void start();
    void cancel();

    int succeeded() const { return m_succeeded; }
    int skipped() const { return m_skipped; }
    QList<Failure> failures() const { return m_failures; }
    bool wasCancelled() const { return m_cancelled; }
    // Why the tokens could not be found, if the lookup failed.
    QString lookupError() const { return m_lookupError; }
    // "3 tokens changed, 1 failed" and one line per failed token.
    QString summary() const;
    QString details() const;

Q_SIGNALS:
    void finished();

private:
    void run();
    void runNext();
    void runBatch();
    void finish();

    QString m_title;
    QList<AccessToken> m_tokens;
    QFuture<Result<QList<AccessToken>>> m_lookup;
    bool m_hasLookup = false;
    Operation m_operation;
    BatchOperation m_batch;
    QPointer<QProgressDialog> m_progress;
    std::shared_ptr<std::atomic_bool> m_cancelFlag = std::make_shared<std::atomic_bool>(false);
    int m_next = 0;
    int m_succeeded = 0;
    std::function<bool(const AccessToken&)> m_skip;
    Skip m_skipWhy = Skip::AlreadyDone;
    int m_skipped = 0;
    // Tokens left untouched because the run was cancelled before they were sent.
    int m_notSent = 0;
    bool m_cancelled = false;
    QString m_lookupError;
    QList<Failure> m_failures;
};
