#pragma once

#include "ConnectionProfile.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

class QSettings;

// The saved connection profiles and the one in use, in QSettings ("connections/..."). Only the
// non-secret fields are written; secrets go to the SecretVault under the profile's id.
class ConnectionProfiles
{
    Q_DECLARE_TR_FUNCTIONS(ConnectionProfiles)

public:
    // Default: the application's QSettings.
    explicit ConnectionProfiles(QSettings* settings = nullptr);

    QList<ConnectionProfile> all() const;
    std::optional<ConnectionProfile> find(const QString& id) const;
    // Adds or replaces the profile with the same id.
    Result<void> save(const ConnectionProfile& profile);
    // Forgets the profile; the caller removes its secrets with SecretVault::removeProfile().
    void remove(const QString& id);

    QString currentId() const;
    void setCurrentId(const QString& id);

private:
    QSettings& settings() const;

    QSettings* m_settings = nullptr;
};
