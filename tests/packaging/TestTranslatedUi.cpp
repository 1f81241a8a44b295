#include "ConfigurationDialog.h"
#include "ConnectionDialog.h"
#include "ConnectionProfiles.h"
#include "ImportWizard.h"
#include "LineEditRoom.h"
#include "MainWindow.h"
#include "NewTokenDialog.h"
#include "PreferencesDialog.h"
#include "SecretVault.h"
#include "StoreFactory.h"
#include "StoreUrl.h"
#include "TokenEditor.h"
#include "TokenRulesEditor.h"
#include "TokenService.h"
#include "TokenTableModel.h"
#include "TranslationLoader.h"

#include <QAbstractButton>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QScrollArea>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QWizard>
#include <QtTest>
#include <memory>

// A German or Greek user sees the main window's menus and the editor's labels in their language,
// whatever locales the machine has generated: the locale is handed to TranslationLoader directly.
class TestTranslatedUi : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void menusAndEditorAreTranslated_data();
    void menusAndEditorAreTranslated();
    void theWindowFitsALaptopScreen_data();
    void theWindowFitsALaptopScreen();
    void configureStoreFitsItsRules_data();
    void configureStoreFitsItsRules();
    void numbersAndDatesFollowTheLanguage();
    void aLanguageWithoutTranslationStaysEnglish();
    void englishPluralsReadNaturally();
    void shippedLanguagesAreListed();
    void accessKeysAreUniqueInEachWindow_data();
    void accessKeysAreUniqueInEachWindow();
    void everyRuleIsReachedByAKey_data();
    void everyRuleIsReachedByAKey();
    void placeholdersAreWhole_data();
    void placeholdersAreWhole();

private:
    // The texts a user reads first: the menu titles, the editor's tabs and its form labels.
    struct VisibleTexts
    {
        QStringList menus;
        QStringList tabs;
        QStringList formLabels;
    };
    VisibleTexts textsOfNewWindow();
    // A service on an SQLite store in the test's folder.
    std::unique_ptr<TokenService> newService() const;
    // language's translation installed by loader (none for English).
    static bool installed(TranslationLoader& loader, const QString& language);

    QTemporaryDir m_dir;
    VisibleTexts m_english;
};

namespace {
bool hasGreekLetter(const QString& text)
{
    for (const QChar c : text) {
        if (c.script() == QChar::Script_Greek) {
            return true;
        }
    }
    return false;
}

QString withoutMnemonic(QString text)
{
    return text.remove(QLatin1Char('&'));
}

// The letter after a single '&', lower case; null without one ("&&" is a plain ampersand).
QChar accessKeyOf(const QString& text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != QLatin1Char('&'))
            continue;
        if (text.at(i + 1) != QLatin1Char('&'))
            return text.at(i + 1).toLower();
        ++i;
    }
    return QChar();
}

// What shares an access key among the texts, as "x: First, Second" lines.
QStringList clashes(const QStringList& texts)
{
    QMultiMap<QChar, QString> byKey;
    for (const QString& text : texts) {
        if (const QChar key = accessKeyOf(text); !key.isNull())
            byKey.insert(key, text);
    }
    QStringList found;
    for (const QChar key : byKey.uniqueKeys()) {
        const QStringList sharing = byKey.values(key);
        if (sharing.size() > 1)
            found.append(QString(key) + QStringLiteral(": ") + sharing.join(QStringLiteral(", ")));
    }
    return found;
}

// The texts whose access keys Alt+letter reaches in window as it shows now: the menu bar's
// titles, buttons, labels with a buddy, tab titles and group boxes, each only while visible.
QStringList accessKeyTexts(QWidget* window)
{
    QStringList texts;
    for (QWidget* widget : window->findChildren<QWidget*>()) {
        if (!widget->isVisibleTo(window))
            continue;
        if (const auto* button = qobject_cast<QAbstractButton*>(widget)) {
            texts.append(button->text());
        } else if (const auto* label = qobject_cast<QLabel*>(widget); label && label->buddy()) {
            texts.append(label->text());
        } else if (const auto* bar = qobject_cast<QTabBar*>(widget)) {
            for (int i = 0; i < bar->count(); ++i)
                texts.append(bar->tabText(i));
        } else if (const auto* group = qobject_cast<QGroupBox*>(widget)) {
            texts.append(group->title());
        } else if (const auto* menuBar = qobject_cast<QMenuBar*>(widget)) {
            for (const QAction* action : menuBar->actions())
                texts.append(action->text());
        }
    }
    return texts;
}

// The clashes of window on each page of each of its tab widgets, and within each of its menus.
QStringList clashesOf(QWidget* window)
{
    QStringList found;
    auto check = [&found, window](const QString& where) {
        for (const QString& clash : clashes(accessKeyTexts(window)))
            found.append(where + QStringLiteral(" — ") + clash);
    };
    check(window->windowTitle());
    for (QTabWidget* tabs : window->findChildren<QTabWidget*>()) {
        const int shown = tabs->currentIndex();
        for (int i = 0; i < tabs->count(); ++i) {
            tabs->setCurrentIndex(i);
            check(window->windowTitle() + QStringLiteral(" / ") + withoutMnemonic(tabs->tabText(i)));
        }
        tabs->setCurrentIndex(shown);
    }
    if (auto* wizard = qobject_cast<QWizard*>(window)) {
        for (const int id : wizard->pageIds()) {
            for (const QString& clash : clashes(accessKeyTexts(wizard->page(id))))
                found.append(wizard->page(id)->title() + QStringLiteral(" — ") + clash);
        }
    }
    for (QMenu* menu : window->findChildren<QMenu*>()) {
        QStringList entries;
        for (const QAction* action : menu->actions())
            entries.append(action->text());
        for (const QString& clash : clashes(entries))
            found.append(withoutMnemonic(menu->title()) + QStringLiteral(" menu — ") + clash);
    }
    return found;
}

// The grey hints of the fields window shows that their fields cut short, with the pixels each
// needs and has.
QStringList cutPlaceholders(QWidget* window)
{
    QStringList cut;
    for (const QLineEdit* edit : window->findChildren<QLineEdit*>()) {
        const QString hint = edit->placeholderText();
        if (hint.isEmpty() || !edit->isVisibleTo(window))
            continue;
        const int needed = edit->fontMetrics().horizontalAdvance(hint);
        const int room = LineEditRoom::textRoom(edit);
        if (needed > room)
            cut.append(QStringLiteral("%1: \"%2\" needs %3 pixels, has %4")
                           .arg(window->windowTitle(), hint)
                           .arg(needed)
                           .arg(room));
    }
    return cut;
}
} // namespace

void TestTranslatedUi::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    m_english = textsOfNewWindow();
    QVERIFY2(m_english.menus.size() >= 3, qPrintable(m_english.menus.join(QLatin1Char(','))));
    QVERIFY(m_english.tabs.size() >= 2);
    QVERIFY(m_english.formLabels.size() >= 3);
}

void TestTranslatedUi::init()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

bool TestTranslatedUi::installed(TranslationLoader& loader, const QString& language)
{
    return language.isEmpty() || loader.install(TranslationLoader::localeFor(language)).ok();
}

std::unique_ptr<TokenService> TestTranslatedUi::newService() const
{
    const QString path = m_dir.filePath(QStringLiteral("tokens.sqlite"));
    return std::make_unique<TokenService>(
        [path] { return StoreFactory::create(StoreUrl::parse(QStringLiteral("sqlite:") + path).value()); });
}

TestTranslatedUi::VisibleTexts TestTranslatedUi::textsOfNewWindow()
{
    const std::unique_ptr<TokenService> service = newService();
    MainWindow window(service.get());

    VisibleTexts texts;
    const QList<QAction*> menuActions = window.menuBar()->actions();
    for (const QAction* action : menuActions) {
        if (action->menu() != nullptr) {
            texts.menus.append(withoutMnemonic(action->text()));
        }
    }
    const QTabWidget* tabs = window.editor()->tabs();
    for (int i = 0; i < tabs->count(); ++i) {
        texts.tabs.append(withoutMnemonic(tabs->tabText(i)));
    }
    const auto* form
        = qobject_cast<QFormLayout*>(window.editor()->identifierEdit()->parentWidget()->layout());
    if (form != nullptr) {
        for (int row = 0; row < form->rowCount(); ++row) {
            if (const auto* label
                = qobject_cast<QLabel*>(form->itemAt(row, QFormLayout::LabelRole) != nullptr
                                            ? form->itemAt(row, QFormLayout::LabelRole)->widget()
                                            : nullptr);
                label != nullptr && !label->text().isEmpty()) {
                texts.formLabels.append(withoutMnemonic(label->text()));
            }
        }
    }
    return texts;
}

void TestTranslatedUi::menusAndEditorAreTranslated_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("German") << QStringLiteral("de");
    QTest::newRow("Greek") << QStringLiteral("el");
}

void TestTranslatedUi::menusAndEditorAreTranslated()
{
    QFETCH(QString, language);
    TranslationLoader loader;
    const Result<void> installed = loader.install(TranslationLoader::localeFor(language));
    QVERIFY2(installed.ok(), qPrintable(installed.error().message()));

    const VisibleTexts translated = textsOfNewWindow();
    QCOMPARE(translated.menus.size(), m_english.menus.size());
    for (int i = 0; i < translated.menus.size(); ++i) {
        QVERIFY2(translated.menus.at(i) != m_english.menus.at(i),
                 qPrintable(QStringLiteral("menu %1 is not translated").arg(m_english.menus.at(i))));
        if (language == QLatin1String("el")) {
            QVERIFY2(hasGreekLetter(translated.menus.at(i)), qPrintable(translated.menus.at(i)));
        }
    }
    QCOMPARE(translated.tabs.size(), m_english.tabs.size());
    for (int i = 0; i < translated.tabs.size(); ++i) {
        QVERIFY2(translated.tabs.at(i) != m_english.tabs.at(i),
                 qPrintable(QStringLiteral("tab %1 is not translated").arg(m_english.tabs.at(i))));
    }
    // Labels such as "ID:" read the same in German; most must differ, and all in Greek script.
    QCOMPARE(translated.formLabels.size(), m_english.formLabels.size());
    int different = 0;
    for (int i = 0; i < translated.formLabels.size(); ++i) {
        different += translated.formLabels.at(i) != m_english.formLabels.at(i) ? 1 : 0;
    }
    QVERIFY2(different * 4 >= translated.formLabels.size() * 3,
             qPrintable(translated.formLabels.join(QLatin1Char('|'))));
}

void TestTranslatedUi::theWindowFitsALaptopScreen_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("English") << QString();
    QTest::newRow("German") << QStringLiteral("de");
    QTest::newRow("Greek") << QStringLiteral("el");
}

// On a 1366 x 768 laptop, every editor tab's title is whole (none behind scroll arrows or cut
// short), and the pass-code field's hint is whole.
void TestTranslatedUi::theWindowFitsALaptopScreen()
{
    QFETCH(QString, language);
    TranslationLoader loader;
    QVERIFY(installed(loader, language));
    const std::unique_ptr<TokenService> service = newService();
    MainWindow window(service.get());
    window.resize(1366, 768);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const QTabWidget* tabs = window.editor()->tabs();
    QVERIFY2(tabs->tabBar()->sizeHint().width() <= tabs->width(),
             qPrintable(QStringLiteral("the tabs need %1 pixels, the editor has %2")
                            .arg(tabs->tabBar()->sizeHint().width())
                            .arg(tabs->width())));
    AccessToken token;
    token.id = QStringLiteral("fits-1");
    token.hasPassCode = true;
    window.editor()->loadToken(token);
    const QLineEdit* passCode = window.editor()->passCodeEdit();
    QVERIFY(!passCode->placeholderText().isEmpty());
    // Less the eye button at its end and the frame.
    const int room = passCode->width() - passCode->height() - 8;
    QVERIFY2(passCode->fontMetrics().horizontalAdvance(passCode->placeholderText()) <= room,
             qPrintable(passCode->placeholderText()));
    // At the first start every column up to the Participant is in sight beside the editor (the
    // dates follow, a scroll away).
    const QHeaderView* header = window.table()->horizontalHeader();
    const int participant = window.model()->columnOf(QStringLiteral("reward_participant"));
    const int needed = header->sectionPosition(participant) + header->sectionSize(participant);
    QVERIFY2(needed <= window.table()->viewport()->width(),
             qPrintable(QStringLiteral("the columns up to the Participant need %1 pixels, the table has %2")
                            .arg(needed)
                            .arg(window.table()->viewport()->width())));
}

void TestTranslatedUi::configureStoreFitsItsRules_data()
{
    theWindowFitsALaptopScreen_data();
}

// Configure Store shows a classification's rules, in a quarter less width than the store's own,
// without cutting them off on the right in any language.
void TestTranslatedUi::configureStoreFitsItsRules()
{
    QFETCH(QString, language);
    TranslationLoader loader;
    QVERIFY(installed(loader, language));
    const std::unique_ptr<TokenService> service = newService();
    ConfigurationDialog dialog(service.get());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto* tabs = dialog.findChild<QTabWidget*>();
    QVERIFY(tabs);
    for (int tab = 0; tab < tabs->count(); ++tab) {
        tabs->setCurrentIndex(tab);
        QApplication::processEvents();
        for (const QScrollArea* scroll : tabs->widget(tab)->findChildren<QScrollArea*>()) {
            QVERIFY2(scroll->widget()->minimumSizeHint().width() <= scroll->viewport()->width(),
                     qPrintable(QStringLiteral("tab %1 needs %2 pixels, has %3")
                                    .arg(tabs->tabText(tab))
                                    .arg(scroll->widget()->minimumSizeHint().width())
                                    .arg(scroll->viewport()->width())));
        }
    }
}

void TestTranslatedUi::numbersAndDatesFollowTheLanguage()
{
    TranslationLoader loader;
    QVERIFY(loader.install(TranslationLoader::localeFor(QStringLiteral("de"))).ok());
    QCOMPARE(QLocale().toString(1234.5, 'f', 1), QStringLiteral("1.234,5"));
    QCOMPARE(QLocale().toString(QDate(2026, 11, 24), QLocale::ShortFormat), QStringLiteral("24.11.26"));

    QVERIFY(loader.install(TranslationLoader::localeFor(QStringLiteral("el"))).ok());
    QCOMPARE(QLocale().toString(1234.5, 'f', 1), QStringLiteral("1.234,5"));
    QVERIFY(
        QLocale().toString(QDate(2026, 11, 24), QLocale::LongFormat).contains(QStringLiteral("Νοεμβρίου")));
}

void TestTranslatedUi::aLanguageWithoutTranslationStaysEnglish()
{
    TranslationLoader loader;
    const Result<void> installed = loader.install(QLocale(QLocale::Finnish, QLocale::Finland));
    QVERIFY(!installed.ok());
    QCOMPARE(installed.error().code(), Error::Code::Unsupported);
    QCOMPARE(textsOfNewWindow().menus, m_english.menus);
    QCOMPARE(QLocale().language(), QLocale::Finnish);
}

void TestTranslatedUi::englishPluralsReadNaturally()
{
    TranslationLoader loader;
    QVERIFY(loader.install(TranslationLoader::localeFor(QStringLiteral("en"))).ok());
    QCOMPARE(QCoreApplication::translate("MainWindow", "%Ln token(s)", nullptr, 1),
             QStringLiteral("1 token"));
    // The count in the status bar is grouped as the language writes numbers.
    QCOMPARE(QCoreApplication::translate("MainWindow", "%Ln token(s)", nullptr, 3000),
             QLocale().toString(3000) + QStringLiteral(" tokens"));
    QCOMPARE(QCoreApplication::translate("MainWindow", "%1, %Ln selected", nullptr, 2),
             QStringLiteral("%1, 2 selected"));
}

void TestTranslatedUi::shippedLanguagesAreListed()
{
    QCOMPARE(TranslationLoader::availableLanguages(),
             (QStringList { QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("el") }));
}

void TestTranslatedUi::accessKeysAreUniqueInEachWindow_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("English") << QString();
    QTest::newRow("German") << QStringLiteral("de");
    QTest::newRow("Greek") << QStringLiteral("el");
}

// Alt+letter reaches one thing in each window, in each language: a key two labels share only
// moves the focus between them, and a menu entry sharing its key is not chosen at once.
void TestTranslatedUi::accessKeysAreUniqueInEachWindow()
{
    QFETCH(QString, language);
    TranslationLoader loader;
    QVERIFY(installed(loader, language));
    const std::unique_ptr<TokenService> service = newService();
    MainWindow window(service.get());
    ConfigurationDialog configure(service.get());
    NewTokenDialog newToken(TokenSettings(), {}, {});
    PreferencesDialog preferences(service.get());
    ImportWizard wizard(service.get());
    QStringList found;
    for (QWidget* shown :
         std::initializer_list<QWidget*> { &window, &configure, &newToken, &preferences, &wizard })
        found += clashesOf(shown);
    for (const QString& clash : found)
        qWarning("%s", qPrintable(clash));
    QVERIFY2(found.isEmpty(), qPrintable(QStringLiteral("%1 clashes, listed above").arg(found.size())));
}

void TestTranslatedUi::everyRuleIsReachedByAKey_data()
{
    accessKeysAreUniqueInEachWindow_data();
}

// Each rule of Configure Store is an Alt+letter away, in each language: its own check box's key,
// or its label's. The letter, digit and special character boxes are the Tab after their row's
// length.
void TestTranslatedUi::everyRuleIsReachedByAKey()
{
    QFETCH(QString, language);
    TranslationLoader loader;
    QVERIFY(installed(loader, language));
    TokenRulesEditor editor;
    QHash<const QWidget*, QString> keyed;
    for (const QLabel* label : editor.findChildren<QLabel*>()) {
        if (label->buddy() && !accessKeyOf(label->text()).isNull())
            keyed.insert(label->buddy(), label->text());
    }
    // The Tab stop after from: its own parts (a spin box's line edit) and unfocusable widgets are
    // passed by.
    auto nextTabStop = [](QWidget* from) {
        QWidget* next = from->nextInFocusChain();
        while (next != from && (from->isAncestorOf(next) || !(next->focusPolicy() & Qt::TabFocus)))
            next = next->nextInFocusChain();
        return next;
    };
    int characterBoxes = 0;
    for (QWidget* input : editor.findChildren<QWidget*>()) {
        if (!qobject_cast<QComboBox*>(input) && !qobject_cast<QSpinBox*>(input))
            continue;
        QVERIFY2(keyed.contains(input), qPrintable(input->accessibleName()));
        if (!qobject_cast<QSpinBox*>(input))
            continue;
        for (QWidget* next = nextTabStop(input); qobject_cast<QCheckBox*>(next); next = nextTabStop(next)) {
            if (accessKeyOf(static_cast<QCheckBox*>(next)->text()).isNull())
                ++characterBoxes;
        }
    }
    int keyless = 0;
    for (const QCheckBox* box : editor.findChildren<QCheckBox*>()) {
        if (accessKeyOf(box->text()).isNull())
            ++keyless;
    }
    QCOMPARE(keyless, characterBoxes);
    QCOMPARE(characterBoxes, 6);
}

void TestTranslatedUi::placeholdersAreWhole_data()
{
    accessKeysAreUniqueInEachWindow_data();
}

// A field's grey hint ("e.g. Production CRM.COM", "SHA-256 fingerprint …") is read whole in each
// window at the size it opens with, on each page of the Connections dialog, in each language.
void TestTranslatedUi::placeholdersAreWhole()
{
    QFETCH(QString, language);
    TranslationLoader loader;
    QVERIFY(installed(loader, language));
    const std::unique_ptr<TokenService> service = newService();
    MainWindow window(service.get());
    window.resize(1366, 768);
    NewTokenDialog newToken(TokenSettings(), {}, {});
    PreferencesDialog preferences(service.get());
    ConnectionProfiles profiles;
    SecretVault vault;
    ConnectionDialog connections(profiles, vault);
    QStringList cut;
    for (QWidget* shown :
         std::initializer_list<QWidget*> { &window, &newToken, &preferences, &connections }) {
        shown->show();
        QVERIFY(QTest::qWaitForWindowExposed(shown));
        cut += cutPlaceholders(shown);
    }
    for (int kind = 1; kind < connections.kindBox()->count(); ++kind) {
        connections.kindBox()->setCurrentIndex(kind);
        QApplication::processEvents();
        cut += cutPlaceholders(&connections);
    }
    for (const QString& one : cut)
        qWarning("%s", qPrintable(one));
    QVERIFY2(cut.isEmpty(), qPrintable(QStringLiteral("%1 cut, listed above").arg(cut.size())));
}

QTEST_MAIN(TestTranslatedUi)
#include "TestTranslatedUi.moc"
