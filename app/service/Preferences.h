#pragma once

#include "CrmOptions.h"

#include <QString>

class QSettings;
struct ConnectionProfile;

// The application's own settings, as opposed to a store's: the interface language, the network
// settings new CRM.COM connections start with, and how long a copied secret stays on the
// clipboard. Kept in QSettings, as none of them is a secret. Values outside their range (a hand-
// edited settings file) read as the nearest allowed value.
class Preferences
{
public:
    struct Range
    {
        int minimum;
        int maximum;
        int standard;
    };
    static constexpr Range networkTimeoutSeconds { 1, 600, 30 };
    static constexpr Range parallelRequests { 1, 32, 6 };
    static constexpr Range clipboardClearSeconds { 5, 600, 30 };

    // Default: the application's QSettings.
    explicit Preferences(QSettings* settings = nullptr);

    // The key main() reads to install a translation before any window exists.
    static QString languageKey();
    // An ISO 639-1 code for TranslationLoader::localeFor(); empty follows the system.
    QString language() const;
    void setLanguage(const QString& language);

    int networkTimeout() const;
    void setNetworkTimeout(int seconds);
    int maxParallelRequests() const;
    void setMaxParallelRequests(int requests);
    int clipboardClearDelay() const;
    void setClipboardClearDelay(int seconds);

    // A new connection profile starts with the preferred network settings.
    void applyNetworkDefaults(ConnectionProfile& profile) const;
    // The network settings of a CRM.COM store opened without a profile (tokendesk --store).
    CrmOptions crmOptions() const;

private:
    QSettings& settings() const;
    int read(const QString& key, const Range& range) const;
    void write(const QString& key, const Range& range, int value);

    QSettings* m_settings;
};
