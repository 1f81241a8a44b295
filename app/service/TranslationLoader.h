#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QLocale>
#include <QStringList>
#include <QTranslator>

// Puts one language into effect for the whole application: TokenDesk's own strings (compiled into
// the executables under :/i18n), Qt's strings (the standard buttons, the file dialog ...) from
// Qt's translations folder, and the default QLocale, so numbers and dates follow the same choice.
// The locale is passed in rather than read from the environment so that Preferences can override
// the system language and tests do not depend on which locales the machine has generated.
class TranslationLoader
{
    Q_DECLARE_TR_FUNCTIONS(TranslationLoader)

public:
    TranslationLoader() = default;
    ~TranslationLoader();
    TranslationLoader(const TranslationLoader&) = delete;
    TranslationLoader& operator=(const TranslationLoader&) = delete;

    // Replaces whatever an earlier call installed. The locale becomes the default QLocale either
    // way; the error (code Unsupported) says that TokenDesk has no translation for its language,
    // in which case the interface stays in English. English itself is not an error.
    Result<void> install(const QLocale& locale);

    // The locale for a language chosen in Preferences ("de", "el", "en"); an empty choice means
    // "follow the system".
    static QLocale localeFor(const QString& language);

    // The languages TokenDesk ships, as ISO 639-1 codes, English first.
    static QStringList availableLanguages();

    // Where the translations compiled into the executables live.
    static QString resourceDirectory();

private:
    void removeInstalled();

    QTranslator m_appTranslator;
    QTranslator m_qtTranslator;
    bool m_appInstalled = false;
    bool m_qtInstalled = false;
};
