#include "SecretVault.h"

#include <QPromise>
#include <QSettings>
#include <memory>
#include <qt6keychain/keychain.h>

namespace {
QString indexKey(const QString& profileId)
{
    return QStringLiteral("secretVault/%1/names").arg(profileId);
}

template<typename T> QFuture<T> finished(T value)
{
    QPromise<T> promise;
    promise.start();
    promise.addResult(std::move(value));
    promise.finish();
    return promise.future();
}
} // namespace

SecretVault::SecretVault(const QString& service, QObject* parent)
    : QObject(parent)
    , m_service(service)
{
}

QString SecretVault::keyFor(const QString& profileId, const QString& name)
{
    return QStringLiteral("tokendesk:%1:%2").arg(profileId, name);
}

Error SecretVault::errorOf(const QKeychain::Job* job, const QString& name) const
{
    switch (job->error()) {
    case QKeychain::NoError:
        return Error();
    case QKeychain::EntryNotFound:
        return Error(Error::Code::NotFound, tr("The keychain holds no %1 for this connection").arg(name),
                     name);
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        return Error(Error::Code::Auth,
                     tr("The keychain refused access to the %1: %2").arg(name, job->errorString()), name);
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return Error(Error::Code::Unsupported,
                     tr("No keychain service is available (%1). TokenDesk will ask for the %2 once per "
                        "session and keep it in memory only.")
                         .arg(job->errorString(), name),
                     name);
    case QKeychain::OtherError:
        // Without a session bus or Secret Service, libsecret reports "Could not connect: ..."
        // instead of NoBackendAvailable.
        if (job->errorString().contains(QLatin1String("connect"), Qt::CaseInsensitive)
            || job->errorString().contains(QLatin1String("bus"), Qt::CaseInsensitive))
            return Error(Error::Code::Unsupported,
                         tr("No keychain service is available (%1). TokenDesk will ask for the %2 once "
                            "per session and keep it in memory only.")
                             .arg(job->errorString(), name),
                         name);
        return Error(Error::Code::Storage,
                     tr("The keychain could not store the %1: %2").arg(name, job->errorString()), name);
    default:
        return Error(Error::Code::Storage,
                     tr("The keychain could not store the %1: %2").arg(name, job->errorString()), name);
    }
}

void SecretVault::rememberName(const QString& profileId, const QString& name, bool stored)
{
    QSettings settings;
    QStringList names = settings.value(indexKey(profileId)).toStringList();
    names.removeAll(name);
    if (stored)
        names.append(name);
    if (names.isEmpty())
        settings.remove(QStringLiteral("secretVault/%1").arg(profileId));
    else
        settings.setValue(indexKey(profileId), names);
}

QStringList SecretVault::storedNames(const QString& profileId) const
{
    return QSettings().value(indexKey(profileId)).toStringList();
}

SecretVault::Kept SecretVault::whereKept(const QString& profileId, const QString& name) const
{
    if (m_sessionSecrets.contains(keyFor(profileId, name)))
        return Kept::ForSession;
    return storedNames(profileId).contains(name) ? Kept::InKeychain : Kept::Nowhere;
}

QFuture<Result<void>> SecretVault::write(const QString& profileId, const QString& name, const QString& secret)
{
    auto promise = std::make_shared<QPromise<Result<void>>>();
    promise->start();
    auto* job = new QKeychain::WritePasswordJob(m_service, this);
    job->setAutoDelete(true);
    // Never fall back to plain-text storage in QSettings.
    job->setInsecureFallback(false);
    job->setKey(keyFor(profileId, name));
    job->setTextData(secret);
    connect(job, &QKeychain::Job::finished, this, [this, promise, profileId, name](QKeychain::Job* done) {
        const Error error = errorOf(done, name);
        if (!error.isError())
            rememberName(profileId, name, true);
        promise->addResult(error.isError() ? Result<void>(error) : Result<void>());
        promise->finish();
    });
    job->start();
    return promise->future();
}

QFuture<Result<QString>> SecretVault::read(const QString& profileId, const QString& name)
{
    const QString key = keyFor(profileId, name);
    if (m_sessionSecrets.contains(key))
        return finished(Result<QString>(m_sessionSecrets.value(key)));
    auto promise = std::make_shared<QPromise<Result<QString>>>();
    promise->start();
    auto* job = new QKeychain::ReadPasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    connect(job, &QKeychain::Job::finished, this, [this, promise, name](QKeychain::Job* done) {
        const Error error = errorOf(done, name);
        promise->addResult(error.isError()
                               ? Result<QString>(error)
                               : Result<QString>(static_cast<QKeychain::ReadPasswordJob*>(done)->textData()));
        promise->finish();
    });
    job->start();
    return promise->future();
}

QFuture<Result<void>> SecretVault::remove(const QString& profileId, const QString& name)
{
    m_sessionSecrets.remove(keyFor(profileId, name));
    auto promise = std::make_shared<QPromise<Result<void>>>();
    promise->start();
    auto* job = new QKeychain::DeletePasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(keyFor(profileId, name));
    connect(job, &QKeychain::Job::finished, this, [this, promise, profileId, name](QKeychain::Job* done) {
        Error error = errorOf(done, name);
        // Gone already is as good as removed.
        if (error.code() == Error::Code::NotFound)
            error = Error();
        if (!error.isError())
            rememberName(profileId, name, false);
        promise->addResult(error.isError() ? Result<void>(error) : Result<void>());
        promise->finish();
    });
    job->start();
    return promise->future();
}

QFuture<Result<void>> SecretVault::removeProfile(const QString& profileId)
{
    const QStringList names = storedNames(profileId);
    const QString prefix = keyFor(profileId, QString());
    for (auto it = m_sessionSecrets.begin(); it != m_sessionSecrets.end();) {
        if (it.key().startsWith(prefix))
            it = m_sessionSecrets.erase(it);
        else
            ++it;
    }
    if (names.isEmpty())
        return finished(Result<void>());

    // One delete per stored name; the future finishes when the last one has, with the first error.
    struct Pending
    {
        QPromise<Result<void>> promise;
        int remaining = 0;
        Error firstError;
    };
    auto pending = std::make_shared<Pending>();
    pending->promise.start();
    pending->remaining = int(names.size());
    for (const QString& name : names) {
        remove(profileId, name).then(this, [pending](Result<void> result) {
            if (!result.ok() && !pending->firstError.isError())
                pending->firstError = result.error();
            if (--pending->remaining == 0) {
                pending->promise.addResult(pending->firstError.isError() ? Result<void>(pending->firstError)
                                                                         : Result<void>());
                pending->promise.finish();
            }
        });
    }
    return pending->promise.future();
}

void SecretVault::keepForSession(const QString& profileId, const QString& name, const QString& secret)
{
    m_sessionSecrets.insert(keyFor(profileId, name), secret);
}

void SecretVault::forgetSession()
{
    m_sessionSecrets.clear();
}
