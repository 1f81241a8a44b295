#include "TokenService.h"

#include "BulkRunner.h"

#include <QMetaObject>
#include <QMutexLocker>

namespace {
Error notOpen()
{
    return Error(Error::Code::Storage, QObject::tr("The store is not open"));
}

QString idOf(const AccessToken& token)
{
    return token.id;
}
QString idOf(const TokenResult& result)
{
    return result.token.id;
}
template<typename T> QString idOf(const T&)
{
    return QString();
}
} // namespace

TokenService::TokenService(StoreFactory factory, QObject* parent)
    : QObject(parent)
    , m_factory(std::move(factory))
{
    // One thread that never expires: every call runs on the thread that opened the connection.
    m_worker.setMaxThreadCount(1);
    m_worker.setExpiryTimeout(-1);
}

TokenService::~TokenService()
{
    m_worker.waitForDone();
    m_worker.start([this]() { m_store.reset(); });
    m_worker.waitForDone();
}

template<typename F> auto TokenService::runStoppable(TokenStore& store, F work)
{
    const bool cancellable = store.capabilities().cancelsCalls;
    beginRunning([&store]() { store.cancel(); }, cancellable);
    auto result = work();
    endRunning(cancellable);
    return result;
}

QFuture<Result<void>> TokenService::open()
{
    return onWorker<Result<void>>([this]() -> Result<void> {
        m_store = m_factory();
        if (!m_store)
            return Error(Error::Code::Storage, tr("No store could be created"));
        // Other clients' changes reach views the same way as this client's own.
        m_store->setChangeListener([this](const QStringList& tokenIds) { announceChanges(tokenIds); });
        m_store->setActor(m_actorUser, m_actorUnit);
        TokenStore& store = *m_store;
        Result<void> opened = runStoppable(store, [&store]() { return store.open(); });
        QMutexLocker lock(&m_infoMutex);
        m_description = m_store->description();
        m_capabilities = m_store->capabilities();
        m_open = opened.ok();
        return opened;
    });
}

bool TokenService::isOpen() const
{
    QMutexLocker lock(&m_infoMutex);
    return m_open;
}

QString TokenService::description() const
{
    QMutexLocker lock(&m_infoMutex);
    return m_description;
}

StoreCapabilities TokenService::capabilities() const
{
    QMutexLocker lock(&m_infoMutex);
    return m_capabilities;
}

void TokenService::setActor(const QString& user, const QString& unit)
{
    // Kept for a store opened later: the application names who acts before it opens one.
    m_worker.start([this, user, unit]() {
        m_actorUser = user;
        m_actorUnit = unit;
        if (m_store)
            m_store->setActor(user, unit);
    });
}

void TokenService::cancel()
{
    QMutexLocker lock(&m_runningMutex);
    if (m_stopRunning)
        m_stopRunning();
}

void TokenService::beginRunning(std::function<void()> stop, bool announce)
{
    {
        QMutexLocker lock(&m_runningMutex);
        m_stopRunning = std::move(stop);
    }
    if (announce)
        QMetaObject::invokeMethod(
            this, [this]() { Q_EMIT cancellableCallRunning(true); }, Qt::QueuedConnection);
}

void TokenService::endRunning(bool announce)
{
    {
        QMutexLocker lock(&m_runningMutex);
        m_stopRunning = nullptr;
    }
    // Queued before the call's result, so a window hides its cancel control before it reports.
    if (announce)
        QMetaObject::invokeMethod(
            this, [this]() { Q_EMIT cancellableCallRunning(false); }, Qt::QueuedConnection);
}

template<typename T> QFuture<Result<T>> TokenService::call(std::function<Result<T>(TokenStore&)> work)
{
    return onWorker<Result<T>>([this, work = std::move(work)]() -> Result<T> {
        if (!m_store || !isOpen())
            return notOpen();
        TokenStore& store = *m_store;
        return runStoppable(store, [&store, &work]() { return work(store); });
    });
}

template<typename T> QFuture<Result<T>> TokenService::change(std::function<Result<T>(TokenStore&)> work)
{
    return call<T>([this, work = std::move(work)](TokenStore& store) {
        Result<T> result = work(store);
        if (result.ok()) {
            QString id;
            if constexpr (!std::is_void_v<T>)
                id = idOf(result.value());
            announceChanges(id.isEmpty() ? QStringList() : QStringList { id });
        } else if (result.error().code() == Error::Code::Cancelled) {
            // The request may have reached the server before it was aborted: views read again.
            announceChanges({});
        }
        return result;
    });
}

template<typename T>
QFuture<Result<T>> TokenService::changeAndSignal(std::function<Result<T>(TokenStore&)> work,
                                                 void (TokenService::*signal)())
{
    return call<T>([this, work = std::move(work), signal](TokenStore& store) {
        Result<T> result = work(store);
        if (result.ok())
            QMetaObject::invokeMethod(
                this,
                [this, signal]() {
                    Q_EMIT(this->*signal)
                    ();
                },
                Qt::QueuedConnection);
        return result;
    });
}

void TokenService::announceChanges(const QStringList& tokenIds)
{
    ++m_announcedChanges;
    QMetaObject::invokeMethod(
        this, [this, tokenIds]() { Q_EMIT tokensChanged(tokenIds); }, Qt::QueuedConnection);
}

QFuture<Result<TokenSettings>> TokenService::settings()
{
    return call<TokenSettings>([](TokenStore& s) { return s.settings(); });
}

QFuture<Result<void>> TokenService::saveSettings(const TokenSettings& settings)
{
    return changeAndSignal<void>([settings](TokenStore& s) { return s.saveSettings(settings); },
                                 &TokenService::settingsChanged);
}

QFuture<Result<TokenResult>> TokenService::create(const TokenPatch& fields)
{
    return change<TokenResult>([fields](TokenStore& s) { return s.create(fields); });
}

QFuture<Result<AccessToken>> TokenService::show(const TokenRef& ref)
{
    return call<AccessToken>([ref](TokenStore& s) { return s.show(ref); });
}

QFuture<Result<AccessToken>> TokenService::update(const TokenRef& ref, const TokenPatch& patch)
{
    return change<AccessToken>([ref, patch](TokenStore& s) { return s.update(ref, patch); });
}

QFuture<Result<AccessToken>> TokenService::setEffective(const TokenRef& ref)
{
    return change<AccessToken>([ref](TokenStore& s) { return s.setEffective(ref); });
}

QFuture<Result<AccessToken>> TokenService::setNotEffective(const TokenRef& ref)
{
    return change<AccessToken>([ref](TokenStore& s) { return s.setNotEffective(ref); });
}

QFuture<Result<AccessToken>> TokenService::verify(const TokenRef& ref, const QString& verificationCode,
                                                  const QString& newPassCode)
{
    return change<AccessToken>([ref, verificationCode, newPassCode](TokenStore& s) {
        return s.verify(ref, verificationCode, newPassCode);
    });
}

QFuture<Result<TokenResult>> TokenService::resetVerificationCode(const TokenRef& ref)
{
    return change<TokenResult>([ref](TokenStore& s) { return s.resetVerificationCode(ref); });
}

QFuture<Result<TokenResult>> TokenService::resetPassCode(const TokenRef& ref)
{
    return change<TokenResult>([ref](TokenStore& s) { return s.resetPassCode(ref); });
}

QFuture<Result<void>> TokenService::forgotPassCode(const QString& identifier)
{
    return call<void>([identifier](TokenStore& s) { return s.forgotPassCode(identifier); });
}

QFuture<Result<void>> TokenService::changePassCode(const TokenRef& ref, const QString& currentPassCode,
                                                   const QString& newPassCode)
{
    return change<void>([ref, currentPassCode, newPassCode](TokenStore& s) {
        return s.changePassCode(ref, currentPassCode, newPassCode);
    });
}

QFuture<Result<TokenResult>> TokenService::generateOtp(const TokenRef& ref)
{
    return call<TokenResult>([ref](TokenStore& s) { return s.generateOtp(ref); });
}

QFuture<Result<AccessToken>> TokenService::remove(const TokenRef& ref)
{
    return change<AccessToken>([ref](TokenStore& s) { return s.remove(ref); });
}

QFuture<Result<QList<AccessToken>>> TokenService::list(const TokenQuery& query)
{
    return call<QList<AccessToken>>([query](TokenStore& s) { return s.list(query); });
}

QFuture<Result<qint64>> TokenService::count(const TokenQuery& query)
{
    return call<qint64>([query](TokenStore& s) { return s.count(query); });
}

QFuture<Result<QList<AccountsReceivable>>> TokenService::accounts(const QString& prefix, int limit)
{
    return call<QList<AccountsReceivable>>(
        [prefix, limit](TokenStore& s) { return s.accounts(prefix, limit); });
}

QFuture<Result<AccountsReceivable>> TokenService::addAccount(const AccountsReceivable& account)
{
    return changeAndSignal<AccountsReceivable>([account](TokenStore& s) { return s.addAccount(account); },
                                               &TokenService::directoryChanged);
}

QFuture<Result<QList<RewardParticipant>>> TokenService::participants(const QString& prefix, int limit)
{
    return call<QList<RewardParticipant>>(
        [prefix, limit](TokenStore& s) { return s.participants(prefix, limit); });
}

QFuture<Result<RewardParticipant>> TokenService::addParticipant(const RewardParticipant& participant)
{
    return changeAndSignal<RewardParticipant>(
        [participant](TokenStore& s) { return s.addParticipant(participant); },
        &TokenService::directoryChanged);
}

QFuture<Result<QList<AuditEntry>>> TokenService::auditTrail(const TokenRef& ref, int limit)
{
    return call<QList<AuditEntry>>([ref, limit](TokenStore& s) { return s.auditTrail(ref, limit); });
}

QFuture<Result<QList<ImportRecord>>> TokenService::imports(int limit)
{
    return call<QList<ImportRecord>>([limit](TokenStore& s) { return s.imports(limit); });
}

QFuture<Result<ImportRecord>> TokenService::undoImport(qint64 importId)
{
    return call<ImportRecord>([this, importId](TokenStore& s) {
        Result<ImportRecord> undone = s.undoImport(importId);
        if (undone)
            announceChanges({});
        return undone;
    });
}

QFuture<Result<ImportRecord>> TokenService::checkUndoImport(qint64 importId)
{
    return call<ImportRecord>([importId](TokenStore& s) { return s.checkUndoImport(importId); });
}

QFuture<QList<Result<AccessToken>>> TokenService::applyToEach(BulkAction action, const QList<TokenRef>& refs,
                                                              int maxParallel, BulkProgress progress,
                                                              std::shared_ptr<std::atomic_bool> cancelled)
{
    using Results = QList<Result<AccessToken>>;
    return onWorker<Results>([this, action, refs, maxParallel, progress = std::move(progress),
                              cancelled = std::move(cancelled)]() {
        Results results;
        if (!m_store || !isOpen()) {
            for (qsizetype i = 0; i < refs.size(); ++i)
                results.append(notOpen());
            return results;
        }
        BulkRunner runner(*m_store);
        runner.setMaxParallel(maxParallel);
        beginRunning([&runner]() { runner.cancel(); }, false);
        // Checked before the first token and after each one, before the runner sends the next.
        const auto stopIfCancelled = [&runner, &cancelled]() {
            if (cancelled && cancelled->load())
                runner.cancel();
        };
        stopIfCancelled();
        results = runner.run(action, refs, [&](int done, int total) {
            stopIfCancelled();
            if (progress)
                progress(done, total);
        });
        endRunning(false);
        QStringList changed;
        for (const Result<AccessToken>& result : std::as_const(results)) {
            if (result.ok())
                changed.append(result->id);
        }
        if (!changed.isEmpty())
            announceChanges(changed);
        return results;
    });
}
