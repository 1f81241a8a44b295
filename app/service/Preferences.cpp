#include "Preferences.h"

#include "ConnectionProfile.h"

#include <QSettings>
#include <algorithm>

namespace {
const QString timeoutKey = QStringLiteral("network/timeoutSeconds");
const QString parallelKey = QStringLiteral("network/maxParallel");
const QString clipboardKey = QStringLiteral("clipboard/clearAfterSeconds");
} // namespace

Preferences::Preferences(QSettings* settings)
    : m_settings(settings)
{
}

QSettings& Preferences::settings() const
{
    if (m_settings)
        return *m_settings;
    static thread_local QSettings applicationSettings;
    return applicationSettings;
}

QString Preferences::languageKey()
{
    return QStringLiteral("ui/language");
}

QString Preferences::language() const
{
    return settings().value(languageKey()).toString();
}

void Preferences::setLanguage(const QString& language)
{
    if (language.isEmpty())
        settings().remove(languageKey());
    else
        settings().setValue(languageKey(), language);
}

int Preferences::read(const QString& key, const Range& range) const
{
    bool ok = false;
    const int value = settings().value(key, range.standard).toInt(&ok);
    return ok ? std::clamp(value, range.minimum, range.maximum) : range.standard;
}

void Preferences::write(const QString& key, const Range& range, int value)
{
    settings().setValue(key, std::clamp(value, range.minimum, range.maximum));
}

int Preferences::networkTimeout() const
{
    return read(timeoutKey, networkTimeoutSeconds);
}

void Preferences::setNetworkTimeout(int seconds)
{
    write(timeoutKey, networkTimeoutSeconds, seconds);
}

int Preferences::maxParallelRequests() const
{
    return read(parallelKey, parallelRequests);
}

void Preferences::setMaxParallelRequests(int requests)
{
    write(parallelKey, parallelRequests, requests);
}

int Preferences::clipboardClearDelay() const
{
    return read(clipboardKey, clipboardClearSeconds);
}

void Preferences::setClipboardClearDelay(int seconds)
{
    write(clipboardKey, clipboardClearSeconds, seconds);
}

void Preferences::applyNetworkDefaults(ConnectionProfile& profile) const
{
    profile.timeoutSeconds = networkTimeout();
    profile.maxParallel = maxParallelRequests();
}

CrmOptions Preferences::crmOptions() const
{
    CrmOptions options;
    options.timeoutMs = networkTimeout() * 1000;
    options.maxParallel = maxParallelRequests();
    return options;
}
