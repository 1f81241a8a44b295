#include "ConnectionProfiles.h"

#include "Preferences.h"

#include <QSettings>
#include <memory>

namespace {
const QString group = QStringLiteral("connections");
const QString currentKey = QStringLiteral("connections/current");
} // namespace

ConnectionProfiles::ConnectionProfiles(QSettings* settings)
    : m_settings(settings)
{
}

QSettings& ConnectionProfiles::settings() const
{
    if (m_settings)
        return *m_settings;
    // One QSettings per process is enough for profiles, and cheap to keep.
    static thread_local QSettings applicationSettings;
    return applicationSettings;
}

QList<ConnectionProfile> ConnectionProfiles::all() const
{
    QSettings& s = settings();
    // A profile saved without network settings (by hand, or before they existed) has the
    // preferred ones, not built-in numbers.
    const Preferences preferences(&s);
    const int preferredTimeout = preferences.networkTimeout();
    const int preferredParallel = preferences.maxParallelRequests();
    QList<ConnectionProfile> profiles;
    const int size = s.beginReadArray(group + QStringLiteral("/profiles"));
    for (int i = 0; i < size; ++i) {
        s.setArrayIndex(i);
        ConnectionProfile profile;
        profile.id = s.value(QStringLiteral("id")).toString();
        profile.name = s.value(QStringLiteral("name")).toString();
        profile.storeUrl = s.value(QStringLiteral("url")).toString();
        profile.timeoutSeconds = s.value(QStringLiteral("timeoutSeconds"), preferredTimeout).toInt();
        profile.maxParallel = s.value(QStringLiteral("maxParallel"), preferredParallel).toInt();
        profile.pinnedCertificateSha256
            = QByteArray::fromHex(s.value(QStringLiteral("pinnedCertificateSha256")).toByteArray());
        profile.hasConsumerKey = s.value(QStringLiteral("hasConsumerKey"), false).toBool();
        if (!profile.id.isEmpty())
            profiles.append(profile);
    }
    s.endArray();
    return profiles;
}

std::optional<ConnectionProfile> ConnectionProfiles::find(const QString& id) const
{
    const QList<ConnectionProfile> profiles = all();
    for (const ConnectionProfile& profile : profiles) {
        if (profile.id == id)
            return profile;
    }
    return std::nullopt;
}

Result<void> ConnectionProfiles::save(const ConnectionProfile& profile)
{
    const Result<void> valid = profile.validate();
    if (!valid.ok())
        return valid;
    QList<ConnectionProfile> profiles = all();
    bool replaced = false;
    for (ConnectionProfile& existing : profiles) {
        if (existing.id == profile.id) {
            existing = profile;
            replaced = true;
        }
    }
    if (!replaced)
        profiles.append(profile);

    QSettings& s = settings();
    s.remove(group + QStringLiteral("/profiles"));
    s.beginWriteArray(group + QStringLiteral("/profiles"), int(profiles.size()));
    for (int i = 0; i < profiles.size(); ++i) {
        const ConnectionProfile& p = profiles.at(i);
        s.setArrayIndex(i);
        s.setValue(QStringLiteral("id"), p.id);
        s.setValue(QStringLiteral("name"), p.name);
        s.setValue(QStringLiteral("url"), p.storeUrl);
        s.setValue(QStringLiteral("timeoutSeconds"), p.timeoutSeconds);
        s.setValue(QStringLiteral("maxParallel"), p.maxParallel);
        s.setValue(QStringLiteral("pinnedCertificateSha256"),
                   QString::fromLatin1(p.pinnedCertificateSha256.toHex()));
        s.setValue(QStringLiteral("hasConsumerKey"), p.hasConsumerKey);
    }
    s.endArray();
    s.sync();
    if (s.status() != QSettings::NoError)
        return Error(Error::Code::Storage,
                     tr("The connection profiles could not be saved to %1").arg(s.fileName()));
    return Result<void>();
}

void ConnectionProfiles::remove(const QString& id)
{
    QList<ConnectionProfile> profiles = all();
    profiles.removeIf([&id](const ConnectionProfile& p) { return p.id == id; });
    QSettings& s = settings();
    s.remove(group + QStringLiteral("/profiles"));
    s.beginWriteArray(group + QStringLiteral("/profiles"), int(profiles.size()));
    s.endArray();
    for (const ConnectionProfile& p : std::as_const(profiles))
        save(p);
    if (currentId() == id)
        s.remove(currentKey);
    s.sync();
}

QString ConnectionProfiles::currentId() const
{
    return settings().value(currentKey).toString();
}

void ConnectionProfiles::setCurrentId(const QString& id)
{
    settings().setValue(currentKey, id);
    settings().sync();
}
