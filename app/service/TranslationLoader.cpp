#include "TranslationLoader.h"

#include <QDir>
#include <QLibraryInfo>

namespace {
const QString appCatalog = QStringLiteral("tokendesk");
const QString qtCatalog = QStringLiteral("qtbase");
} // namespace

TranslationLoader::~TranslationLoader()
{
    removeInstalled();
}

Result<void> TranslationLoader::install(const QLocale& locale)
{
    removeInstalled();
    QLocale::setDefault(locale);

    // Qt's own catalogue is optional: a system without qt6-translations-l10n still gets
    // TokenDesk's strings. Qt ships no Greek catalogue, so TokenDesk carries a small one for the
    // strings it shows (standard buttons, the wizard, edit menus) and uses it as the fallback.
    if (m_qtTranslator.load(locale, qtCatalog, QStringLiteral("_"),
                            QLibraryInfo::path(QLibraryInfo::TranslationsPath))
        || m_qtTranslator.load(locale, qtCatalog, QStringLiteral("_"), resourceDirectory())) {
        m_qtInstalled = QCoreApplication::installTranslator(&m_qtTranslator);
    }

    // English is the source language; its catalogue only adds the plural forms ("1 token").
    const bool english = locale.language() == QLocale::English || locale.language() == QLocale::C;
    if (!m_appTranslator.load(english ? QLocale(QLocale::English) : locale, appCatalog, QStringLiteral("_"),
                              resourceDirectory())) {
        if (english) {
            return {};
        }
        return Error(Error::Code::Unsupported,
                     tr("TokenDesk has no translation for %1; the interface stays in English.")
                         .arg(QLocale::languageToString(locale.language())));
    }
    m_appInstalled = QCoreApplication::installTranslator(&m_appTranslator);
    return {};
}

QLocale TranslationLoader::localeFor(const QString& language)
{
    if (language.isEmpty()) {
        return QLocale::system();
    }
    return QLocale(language);
}

QStringList TranslationLoader::availableLanguages()
{
    QStringList languages { QStringLiteral("en") };
    const QStringList catalogues
        = QDir(resourceDirectory())
              .entryList({ appCatalog + QStringLiteral("_*.qm") }, QDir::Files, QDir::Name);
    for (const QString& file : catalogues) {
        const QString language = file.mid(appCatalog.size() + 1).chopped(3);
        if (!languages.contains(language)) {
            languages.append(language);
        }
    }
    return languages;
}

QString TranslationLoader::resourceDirectory()
{
    return QStringLiteral(":/i18n");
}

void TranslationLoader::removeInstalled()
{
    // Only an existing application has translators to remove; the destructor may run after it.
    if (QCoreApplication::instance() == nullptr) {
        return;
    }
    if (m_appInstalled) {
        QCoreApplication::removeTranslator(&m_appTranslator);
        m_appInstalled = false;
    }
    if (m_qtInstalled) {
        QCoreApplication::removeTranslator(&m_qtTranslator);
        m_qtInstalled = false;
    }
}
