#pragma once

#include "TokenStore.h"

#include <QFuture>
#include <QObject>
#include <QPromise>
#include <QStringList>
#include <QThreadPool>
#include <atomic>
#include <functional>
#include <memory>

// The facade every caller uses: the GUI, the CLI and the import. Each call returns a QFuture and
// runs on one worker thread that owns the store (a SQL connection belongs to the thread that
// opened it). Results come back through the future; whenFinished(future, context, ...) gets them
// on the caller's thread. Changes are announced by tokensChanged.
class TokenService : public QObject
{
    Q_OBJECT

public:
    // Called on the worker thread by open(), so the store is created where it is used.
    using StoreFactory = std::function<std::unique_ptr<TokenStore>()>;
    // Called on the worker thread after each finished token.
    using BulkProgress = std::function<void(int done, int total)>;

    explicit TokenService(StoreFactory factory, QObject* parent = nullptr);
    // Waits for the running call, then closes the store on its own thread.
    ~TokenService() override;

    QFuture<Result<void>> open();
    bool isOpen() const;
    // Known once open() has finished.
    QString description() const;
    StoreCapabilities capabilities() const;
    void setActor(const QString& user, const QString& unit);
    // Asks the call running now to stop: a store call fails with CANCELLED as soon as the store
    // can abort it (TokenStore::cancel), an applyToEach() run sends no further token. Calls queued
    // behind it still run. Safe from any thread.
    void cancel();

    QFuture<Result<TokenSettings>> settings();
    QFuture<Result<void>> saveSettings(const TokenSettings& settings);

    QFuture<Result<TokenResult>> create(const TokenPatch& fields);
    QFuture<Result<AccessToken>> show(const TokenRef& ref);
    QFuture<Result<AccessToken>> update(const TokenRef& ref, const TokenPatch& patch);
    QFuture<Result<AccessToken>> setEffective(const TokenRef& ref);
    QFuture<Result<AccessToken>> setNotEffective(const TokenRef& ref);
    QFuture<Result<AccessToken>> verify(const TokenRef& ref, const QString& verificationCode,
                                        const QString& newPassCode = QString());
    QFuture<Result<TokenResult>> resetVerificationCode(const TokenRef& ref);
    QFuture<Result<TokenResult>> resetPassCode(const TokenRef& ref);
    QFuture<Result<void>> forgotPassCode(const QString& identifier);
    QFuture<Result<void>> changePassCode(const TokenRef& ref, const QString& currentPassCode,
                                         const QString& newPassCode);
    QFuture<Result<TokenResult>> generateOtp(const TokenRef& ref);
    QFuture<Result<AccessToken>> remove(const TokenRef& ref);

    QFuture<Result<QList<AccessToken>>> list(const TokenQuery& query);
    QFuture<Result<qint64>> count(const TokenQuery& query);

    QFuture<Result<QList<AccountsReceivable>>> accounts(const QString& prefix = QString(), int limit = 100);
    QFuture<Result<AccountsReceivable>> addAccount(const AccountsReceivable& account);
    QFuture<Result<QList<RewardParticipant>>> participants(const QString& prefix = QString(),
                                                           int limit = 100);
    QFuture<Result<RewardParticipant>> addParticipant(const RewardParticipant& participant);
    QFuture<Result<QList<AuditEntry>>> auditTrail(const TokenRef& ref, int limit = 200);
    // The recorded imports, newest first, and undoing one (announced as "any token changed").
    QFuture<Result<QList<ImportRecord>>> imports(int limit = 100);
    QFuture<Result<ImportRecord>> undoImport(qint64 importId);
    QFuture<Result<ImportRecord>> checkUndoImport(qint64 importId);

    // Applies the action to each token, each its own call sent exactly once; one result per
    // reference, in the same order. On a store that capabilities().runsCallsInParallel, up to
    // maxParallel calls are in flight at once (0: capabilities().callsInFlight),
    // elsewhere they run one after another. Tokens not yet sent when cancel() is called or
    // *cancelled is set fail with CANCELLED, untouched; the calls in flight finish. Changes are
    // announced.
    QFuture<QList<Result<AccessToken>>> applyToEach(BulkAction action, const QList<TokenRef>& refs,
                                                    int maxParallel, BulkProgress progress = BulkProgress(),
                                                    std::shared_ptr<std::atomic_bool> cancelled = nullptr);

    // Runs work of a caller's own (a bulk job) against the store on the worker thread. The
    // function must not keep the reference.
    template<typename R> QFuture<R> withStore(std::function<R(TokenStore&)> work)
    {
        return onWorker<R>([this, work = std::move(work)]() { return work(*m_store); });
    }

    // Tells views that tokens changed through withStore() work; empty ids mean "any token".
    void announceChanges(const QStringList& tokenIds);
    // How many changes were announced so far, counted when announced rather than when
    // tokensChanged reaches a view: work resolved against the rows of a view compares it before
    // and after to know that no change slipped in between.
    quint64 announcedChanges() const { return m_announcedChanges.load(); }

Q_SIGNALS:
    // Tokens created, changed or deleted; an empty list means any token may have changed.
    void tokensChanged(const QStringList& tokenIds);
    void settingsChanged();
    void directoryChanged();
    // A call the store can cancel (capabilities().cancelsCalls) started or ended, so a window can
    // offer cancel() while the person waits. Not sent for applyToEach() and withStore() work,
    // which report progress of their own.
    void cancellableCallRunning(bool running);

private:
    // Queues work on the worker thread. QtConcurrent::run is not used: waiting on its future lets
    // the waiting thread run a task that has not started yet itself, and a store must only ever
    // be used on the thread that opened it.
    template<typename R, typename F> QFuture<R> onWorker(F work)
    {
        auto promise = std::make_shared<QPromise<R>>();
        QFuture<R> future = promise->future();
        promise->start();
        m_worker.start([promise, work = std::move(work)]() mutable {
            promise->addResult(work());
            promise->finish();
        });
        return future;
    }
    template<typename T> QFuture<Result<T>> call(std::function<Result<T>(TokenStore&)> work);
    // On the worker thread: stop is what cancel() does until endRunning(); announced by
    // cancellableCallRunning when announce.
    void beginRunning(std::function<void()> stop, bool announce);
    void endRunning(bool announce);
    // On the worker thread: work() against store, which cancel() stops meanwhile when the store
    // can stop a call.
    template<typename F> auto runStoppable(TokenStore& store, F work);
    template<typename T> QFuture<Result<T>> change(std::function<Result<T>(TokenStore&)> work);
    // A change that is announced by a signal of its own (settings, directory) rather than tokensChanged.
    template<typename T>
    QFuture<Result<T>> changeAndSignal(std::function<Result<T>(TokenStore&)> work,
                                       void (TokenService::*signal)());

    StoreFactory m_factory;
    QThreadPool m_worker;
    std::unique_ptr<TokenStore> m_store;
    // Who acts, for every store opened (read and written on the worker only).
    QString m_actorUser;
    QString m_actorUnit;
    mutable QMutex m_infoMutex;
    QString m_description;
    StoreCapabilities m_capabilities;
    bool m_open = false;
    QMutex m_runningMutex;
    std::function<void()> m_stopRunning;
    std::atomic<quint64> m_announcedChanges { 0 };
};
