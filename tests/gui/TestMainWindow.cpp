// The main window driven as a person would, with QTest on the real widgets (offscreen), against an
// in-memory store checked through the service.

#include "AwaitFuture.h"
#include "ChangePassCodeDialog.h"
#include "ConfigurationDialog.h"
#include "ConflictDialog.h"
#include "CustomFieldsModel.h"
#include "DisabledPlaceholders.h"
#include "EmptyTableHint.h"
#include "FilterHeaderView.h"
#include "MainWindow.h"
#include "MainWindowFixture.h"
#include "ManualClock.h"
#include "MemoryTokenStore.h"
#include "MessageBar.h"
#include "MessageBox.h"
#include "NetworkLog.h"
#include "NetworkLogWindow.h"
#include "NewTokenDialog.h"
#include "RevealAction.h"
#include "SecretClipboard.h"
#include "SecretDialog.h"
#include "StateLabels.h"
#include "TabCycle.h"
#include "TokenEditor.h"
#include "TokenService.h"
#include "TokenTableModel.h"
#include "ToolTipOf.h"
#include "TransitionTable.h"
#include "VerifyDialog.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QScrollBar>
#include <QSet>
#include <QSettings>
#include <QSpinBox>
#include <QSplitter>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QToolTip>
#include <QTreeWidget>
#include <tuple>

class TestMainWindow : public QObject, private MainWindowFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void createTokenThroughTheDialog();
    void newTokenSaysWhetherTheCodeIsGenerated();
    void aNewTokenTheFiltersLeaveOutStaysOnShow();
    void aTokenAChangeTakesOutOfTheFiltersStaysOnShow();
    void aTokenMovedByAChangeIsFollowed();
    void aFilterThatLeavesNoRowsSaysSo();
    void editUdfAndCustomFieldAndSave();
    void customFieldNamesAreReadWhole();
    void historyShowsEachChangedFieldOnALine();
    void verifyPendingToken();
    void wrongCurrentPassCodeKeepsTheDialogOpen();
    void anAnswerAfterTheDialogClosedGoesToTheMessageBar();
    void resetPassCodeShowsTheSecretOnce();
    void forgotPassCodeAsksWithNoAsTheDefault();
    void actionsFollowTheState_data();
    void actionsFollowTheState();
    void resetPassCodeNeedsAnIdentifier();
    void aDisabledActionsShortcutSaysWhy();
    void aRowNotReadYetIsNotActedOn();
    void aStoreGoneAwaySaysSoInsteadOfLoading();
    void aStoreBackTakesItsErrorAway();
    void configureStoreAddsToTheDirectoryOnSave();
    void configureStoreAsksBeforeDiscardingChanges();
    void newTokenIsEnabledOnceAStoreOpensWithNoSelection();
    void searchNarrowsTheTable();
    void anEmptyTableSaysWhy();
    void stateButtonsCountWhatTheColumnFiltersLeave();
    void longValuesAreShownFromTheirStart();
    void theSplitStaysWhereItIsAsTheSelectionChanges();
    void editorNamesFieldsAsTheTableDoes();
    void aDisabledEditorMutesItsPlaceholders();
    void passCodePlaceholderSaysWhetherOneIsSet();
    void aRefusedSaveShowsTheField();
    void aNumberIsNeverRewritten();
    void storedNumbersLoadAsTheyAre();
    void headerClickSortsInTheStore();
    void viewMenuSortsByKeyboard();
    void viewMenuChoosesTheColumns();
    void aNewOrderKeepsTheTokenOnShowSelected();
    void aFilterKeepsTheTokenOnShowWhereItStillMatches();
    void aChangeWhileTheTokenIsLookedForKeepsIt();
    void deletingOneTokenNamesItAndGoesToTheNext();
    void tabPassesTheFilterRowAndCtrlShiftFEntersIt();
    void returnOrDownInTheSearchGoesToTheResults();
    void theKeyboardMovesTheSelectionWithTheTokenOnShow();
    void homeAndEndGoToTheFirstAndLastRowInTheSameColumn();
    void menusOpenFromTheKeyboard();
    void ctrlHShowsThePassCodeTyped();
    void aRefusalKeepsTheHeightThePersonGaveTheDialog();
    void aProblemLineDoesNotSqueezeTheHint();
    void escapeClosesTheNetworkLog();
    void staleSaveShowsTheConflict();
    void aChangeElsewhereWhileEditingIsSaidAndCompared();
    void savingATokenDeletedElsewhereSaysSo();
    void editsOfATokenDeletedElsewhereStayButCannotBeSaved();
    void aboutNamesTheLicences();
    void aDisabledActionsIconIsAsGreyAsItsText();
    void aLostReplyDoesNotClaimTheSaveFailed();
    void reloadInsteadOfSavingOnTheWayOutStaysAfterwards();
    void unsavedChangesAreAnsweredByAccessKeys();
    void editsAloneBringNoNoticeOfTyping();
    void anAltKeyThatIsNoAccessKeyTypesNothing();
    void fitsALaptopScreen();
    void leavingUnsavedEditsAsks();
    void closingWithUnsavedEditsOffersSave();
    void anErrorGoesOnceThePersonMovesPastIt();
    void bulkActionReportsFailures();
    void networkLogTabsThroughEveryButton();

private:
    AccessToken createToken(const QString& identifier, LifeCycleState state);
    // The state filter button whose text starts with label ("All", a state's label).
    QToolButton* stateButton(const QString& label) const;
    // The person types in user6's editor; someone else then deletes that token.
    AccessToken typeThenDeleteElsewhere();
    // The token on row, once the table has read it again, selected and on show in the editor.
    AccessToken showRow(int row);
    // The entries of a menu filled as it opens, by their text without '&'. clash names an entry
    // whose access key an earlier entry has; keyless names one without an access key.
    struct MenuEntries
    {
        QHash<QString, QAction*> byText;
        QString clash;
        QString keyless;
    };
    static MenuEntries openMenu(QMenu* menu);
    void selectToken(const QString& identifier);
    // New Token opened from its action, with these typed in; nullptr when it does not open.
    NewTokenDialog* openNewToken(const QString& identifier, const QString& passCode, const QString& code);
    // Searches (eleven rows), selects the first and types text into its first text field; the
    // token's id.
    QString editFirstFound(const QString& search, const QString& text);
    template<typename T> T* waitForDialog();

    MemoryTokenStore* m_store = nullptr;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("TokenDeskTest"));
    QCoreApplication::setApplicationName(QStringLiteral("TokenDeskGuiTest"));
}

void TestMainWindow::init()
{
    // Each test starts from a fresh window layout (columns, sort indicator, splitter).
    QSettings().clear();
    auto store = std::make_unique<MemoryTokenStore>();
    store->seed(300);
    m_store = store.get();
    openWindow(std::move(store));
    QTRY_VERIFY(m_window->editor()->token().has_value());
}

void TestMainWindow::cleanup()
{
    MessageBox::setNextAnswer(QMessageBox::NoButton);
    closeWindow();
}

AccessToken TestMainWindow::createToken(const QString& identifier, LifeCycleState state)
{
    TokenSettings settings = await(m_service->settings()).value();
    settings.definition.verificationRequired = state == LifeCycleState::PendingVerification;
    await(m_service->saveSettings(settings));
    TokenPatch fields;
    fields.identifier = identifier;
    fields.passCode = QStringLiteral("pass1234");
    Result<TokenResult> created = await(m_service->create(fields));
    if (state == LifeCycleState::NotEffective)
        return await(m_service->setNotEffective(TokenRef::byId(created->token.id))).value();
    return created->token;
}

QToolButton* TestMainWindow::stateButton(const QString& label) const
{
    for (QToolButton* button : m_window->findChildren<QToolButton*>()) {
        if (button->text().startsWith(label + QStringLiteral(" (")))
            return button;
    }
    return nullptr;
}

AccessToken TestMainWindow::showRow(int row)
{
    m_window->model()->refresh();
    if (!QTest::qWaitFor([&]() { return m_window->model()->tokenAt(row).has_value(); }))
        return AccessToken();
    m_window->selectRow(row);
    const AccessToken shown = *m_window->model()->tokenAt(row);
    if (!QTest::qWaitFor(
            [&]() { return m_window->editor()->token() && m_window->editor()->token()->id == shown.id; }))
        return AccessToken();
    return shown;
}

TestMainWindow::MenuEntries TestMainWindow::openMenu(QMenu* menu)
{
    QMetaObject::invokeMethod(menu, "aboutToShow");
    MenuEntries entries;
    QSet<QChar> keys;
    for (QAction* action : menu->actions()) {
        if (action->isSeparator())
            continue;
        const QString text = action->text();
        entries.byText.insert(QString(text).remove(QLatin1Char('&')), action);
        const qsizetype key = text.indexOf(QLatin1Char('&'));
        if (key < 0 || key + 1 >= text.size()) {
            entries.keyless = text;
            continue;
        }
        if (keys.contains(text.at(key + 1).toLower()))
            entries.clash = text;
        keys.insert(text.at(key + 1).toLower());
    }
    return entries;
}

void TestMainWindow::selectToken(const QString& identifier)
{
    m_window->searchField()->clear();
    QTest::keyClicks(m_window->searchField(), identifier);
    // The search before may have left one row too: the wait is for this token's.
    QTRY_VERIFY(m_window->model()->rowCount() == 1 && m_window->model()->tokenAt(0).has_value()
                && m_window->model()->tokenAt(0)->identifier == identifier);
    m_window->selectRow(0);
    QTRY_VERIFY(m_window->editor()->token().has_value());
    QCOMPARE(m_window->editor()->token()->identifier, identifier);
}

NewTokenDialog* TestMainWindow::openNewToken(const QString& identifier, const QString& passCode,
                                             const QString& code)
{
    m_window->action(MainWindow::Action::NewToken)->trigger();
    auto* dialog = waitForDialog<NewTokenDialog>();
    if (!dialog)
        return nullptr;
    QTest::keyClicks(dialog->identifierEdit(), identifier);
    QTest::keyClicks(dialog->passCodeEdit(), passCode);
    QTest::keyClicks(dialog->authenticationCodeEdit(), code);
    return dialog;
}

template<typename T> T* TestMainWindow::waitForDialog()
{
    T* dialog = nullptr;
    for (int i = 0; i < 500 && !dialog; ++i) {
        dialog = m_window->findChild<T*>();
        if (!dialog)
            QTest::qWait(10);
    }
    return dialog;
}

void TestMainWindow::createTokenThroughTheDialog()
{
    // New Token asked for from the search field: the keyboard goes on from the new row after.
    m_window->searchField()->setFocus();
    NewTokenDialog* dialog = openNewToken(QStringLiteral("ada@example.org"), QStringLiteral("s3cret-pass"),
                                          QStringLiteral("ADA-CARD-1"));
    QVERIFY(dialog);
    QVERIFY(dialog->confirmButton()->isEnabled());
    QTest::mouseClick(dialog->confirmButton(), Qt::LeftButton);

    QTRY_VERIFY(await(m_service->show(TokenRef::byIdentifier(QStringLiteral("ada@example.org")))).ok());
    const AccessToken token
        = await(m_service->show(TokenRef::byIdentifier(QStringLiteral("ada@example.org")))).value();
    QCOMPARE(token.authenticationCode, QStringLiteral("ADA-CARD-1"));
    QVERIFY(token.hasPassCode);
    QTRY_VERIFY(m_window->lastOperationText().contains(token.number));
    QTRY_COMPARE(m_window->model()->totalCount(), 301);
    // The new token is on show and selected, on its row at the end of the table.
    QCOMPARE(m_window->editor()->token()->id, token.id);
    QTRY_COMPARE(m_window->table()->currentIndex().row(), 300);
    QCOMPARE(m_window->selectedTokens().size(), 1);
    QCOMPARE(m_window->selectedTokens().constFirst().id, token.id);
    QCOMPARE(m_window->editor()->token()->id, token.id);
    QCOMPARE(m_window->focusWidget(), m_window->table());

    // The store refuses a second token with that identifier: the dialog stays open with what was
    // typed, says why, and selects the identifier to retype.
    NewTokenDialog* again = openNewToken(QStringLiteral("ada@example.org"), QStringLiteral("0ther-pass"),
                                         QStringLiteral("ADA-CARD-2"));
    QVERIFY(again);
    QTest::mouseClick(again->confirmButton(), Qt::LeftButton);
    QTRY_VERIFY(again->problemText().contains(QStringLiteral("identifier")));
    QVERIFY(again->isVisible());
    QCOMPARE(again->identifierEdit()->selectedText(), QStringLiteral("ada@example.org"));
    QCOMPARE(again->authenticationCodeEdit()->text(), QStringLiteral("ADA-CARD-2"));
    saveScreenshot(again, QStringLiteral("new-token-refused"));
    QCOMPARE(m_window->messageBar()->text(), QString());
    QTest::keyClicks(again->identifierEdit(), QStringLiteral("ada2@example.org"));
    QVERIFY(again->problemText().isEmpty());
    const QPointer<NewTokenDialog> open(again);
    QTest::mouseClick(again->confirmButton(), Qt::LeftButton);
    QTRY_VERIFY(!open);
    QTRY_VERIFY(await(m_service->show(TokenRef::byIdentifier(QStringLiteral("ada2@example.org")))).ok());
}

// A token created outside what the table shows stays on show in the editor, and a notice says why
// the table does not list it.
void TestMainWindow::aNewTokenTheFiltersLeaveOutStaysOnShow()
{
    createToken(QStringLiteral("out@example.org"), LifeCycleState::NotEffective);
    QToolButton* notEffective = stateButton(StateLabels::label(LifeCycleState::NotEffective));
    QVERIFY(notEffective);
    QTest::mouseClick(notEffective, Qt::LeftButton);
    QTRY_COMPARE(m_window->model()->query().state,
                 std::optional<LifeCycleState>(LifeCycleState::NotEffective));
    QTRY_VERIFY(m_window->table()->currentIndex().isValid());

    m_window->searchField()->setFocus();
    m_window->action(MainWindow::Action::NewToken)->trigger();
    auto* dialog = waitForDialog<NewTokenDialog>();
    QVERIFY(dialog);
    QTest::keyClicks(dialog->authenticationCodeEdit(), QStringLiteral("NEW-OUTSIDE"));
    QTest::mouseClick(dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QTRY_VERIFY(m_window->messageBar()->text().contains(QLatin1String("leave it out")));
    QCOMPARE(m_window->editor()->token()->authenticationCode, QStringLiteral("NEW-OUTSIDE"));
    QVERIFY(!m_window->table()->currentIndex().isValid());
    // No row of its own: a key in the table would choose another token, so the keyboard stays.
    QCOMPARE(m_window->focusWidget(), m_window->searchField());
}

// Verified under "Pending verification", a token leaves what the filters show. It stays on show,
// and the actions stay with it: the next Ctrl+K must not go to another customer's token.
void TestMainWindow::aTokenAChangeTakesOutOfTheFiltersStaysOnShow()
{
    QApplication::setActiveWindow(m_window.get());
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    const AccessToken other
        = createToken(QStringLiteral("other@example.org"), LifeCycleState::PendingVerification);
    const AccessToken shown
        = createToken(QStringLiteral("shown@example.org"), LifeCycleState::PendingVerification);
    const QString code = m_store->lastVerificationCode();
    QTest::mouseClick(stateButton(StateLabels::label(LifeCycleState::PendingVerification)), Qt::LeftButton);
    QTRY_COMPARE(m_window->model()->rowCount(), 2);
    QTRY_VERIFY(m_window->model()->tokenAt(1).has_value());
    m_window->selectRow(m_window->model()->tokenAt(0)->id == shown.id ? 0 : 1);
    QTRY_COMPARE(m_window->editor()->token()->id, shown.id);

    QVERIFY(await(m_service->verify(TokenRef::byId(shown.id), code, {})).ok());
    QTRY_COMPARE(m_window->model()->rowCount(), 1);
    QTRY_VERIFY(m_window->messageBar()->text().contains(shown.number));
    QVERIFY(m_window->messageBar()->text().contains(QLatin1String("leave it out")));
    QCOMPARE(m_window->editor()->token()->id, shown.id);
    QCOMPARE(m_window->editor()->token()->lifeCycleState, LifeCycleState::Effective);
    QVERIFY(!m_window->table()->currentIndex().isValid());
    QVERIFY(!m_window->action(MainWindow::Action::Verify)->isEnabled());
    QVERIFY(m_window->action(MainWindow::Action::SetNotEffective)->isEnabled());
    // Focus coming to the table (Tab, or a question closing) does not put the first row on show.
    m_window->searchField()->setFocus();
    QTRY_VERIFY(m_window->searchField()->hasFocus());
    m_window->table()->setFocus(Qt::TabFocusReason);
    QTRY_VERIFY(m_window->table()->hasFocus());
    QCOMPARE(m_window->editor()->token()->id, shown.id);
    QVERIFY(!m_window->table()->currentIndex().isValid());
    m_window->action(MainWindow::Action::SetNotEffective)->trigger();
    QTRY_COMPARE(await(m_service->show(TokenRef::byId(shown.id)))->lifeCycleState,
                 LifeCycleState::NotEffective);
    QCOMPARE(await(m_service->show(TokenRef::byId(other.id)))->lifeCycleState,
             LifeCycleState::PendingVerification);
    QTRY_COMPARE(m_window->editor()->token()->lifeCycleState, LifeCycleState::NotEffective);

    // Let back in by the filters, it is selected on its row again, and the notice goes.
    QTest::mouseClick(stateButton(QStringLiteral("All")), Qt::LeftButton);
    QTRY_VERIFY(m_window->table()->currentIndex().isValid());
    QCOMPARE(m_window->selectedTokens().constFirst().id, shown.id);
    QCOMPARE(m_window->editor()->token()->id, shown.id);
    QCOMPARE(m_window->messageBar()->text(), QString());

    // Among many rows, where the rows come in before they are counted again: the same.
    QTest::mouseClick(stateButton(StateLabels::label(LifeCycleState::Effective)), Qt::LeftButton);
    QTRY_COMPARE(m_window->model()->rowCount(), 300);
    const AccessToken third = showRow(3);
    QVERIFY(await(m_service->setNotEffective(TokenRef::byId(third.id))).ok());
    QTRY_VERIFY(m_window->messageBar()->text().contains(third.number));
    QCOMPARE(m_window->editor()->token()->id, third.id);
    QVERIFY(!m_window->table()->currentIndex().isValid());

    // A key in the table goes to its first row; the notice about the token before goes with it.
    QTest::keyClick(m_window->table(), Qt::Key_Down);
    QTRY_COMPARE(m_window->table()->currentIndex().row(), 0);
    QTRY_COMPARE(m_window->editor()->token()->id, m_window->model()->tokenAt(0)->id);
    QCOMPARE(m_window->messageBar()->text(), QString());
}

// A token whose change moves it in the table's order is found on its new row; a token deleted
// gives its row to the next one.
void TestMainWindow::aTokenMovedByAChangeIsFollowed()
{
    const int identifier = m_window->model()->columnOf(QStringLiteral("identifier"));
    m_window->table()->sortByColumn(identifier, Qt::AscendingOrder);
    QTRY_COMPARE(m_window->model()->sortColumn(), identifier);
    const AccessToken moved = showRow(3);
    TokenPatch renamed;
    renamed.identifier = QStringLiteral("zz-last@example.org");
    QVERIFY(await(m_service->update(TokenRef::byId(moved.id), renamed)).ok());
    QTRY_COMPARE(m_window->editor()->token()->identifier, QStringLiteral("zz-last@example.org"));
    QTRY_COMPARE(m_window->table()->currentIndex().row(), m_window->model()->rowCount() - 1);
    QCOMPARE(m_window->selectedTokens().constFirst().id, moved.id);
    QVERIFY2(m_window->messageBar()->text().isEmpty(), qPrintable(m_window->messageBar()->text()));

    const AccessToken deleted = showRow(3);
    const AccessToken next = *m_window->model()->tokenAt(4);
    QVERIFY(await(m_service->setNotEffective(TokenRef::byId(deleted.id))).ok());
    QVERIFY(await(m_service->remove(TokenRef::byId(deleted.id))).ok());
    QTRY_VERIFY(m_window->editor()->token().has_value() && m_window->editor()->token()->id == next.id);
    QCOMPARE(m_window->table()->currentIndex().row(), 3);
}

// A column filter that leaves no rows leaves the token on show, as a search does not: a notice says
// the filters leave it out, and it is back on its row once they let it in.
void TestMainWindow::aFilterThatLeavesNoRowsSaysSo()
{
    const AccessToken shown = showRow(5);
    auto* header = m_window->findChild<FilterHeaderView*>();
    QLineEdit* filter = header->filterEdit(m_window->model()->columnOf(QStringLiteral("identifier")));
    QVERIFY(filter);
    QTest::keyClicks(filter, QStringLiteral("nobody-has-this"));
    QTest::keyClick(filter, Qt::Key_Return);
    QTRY_COMPARE(m_window->model()->rowCount(), 0);
    QTRY_VERIFY(m_window->messageBar()->text().contains(shown.number));
    QCOMPARE(m_window->editor()->token()->id, shown.id);

    filter->clear();
    QTest::keyClick(filter, Qt::Key_Return);
    QTRY_VERIFY(m_window->table()->currentIndex().isValid());
    QCOMPARE(m_window->table()->currentIndex().row(), 5);
    QCOMPARE(m_window->editor()->token()->id, shown.id);
    QCOMPARE(m_window->messageBar()->text(), QString());
}

// The authentication code's placeholder follows the rules of the classification chosen: one that
// generates no code does not promise one.
void TestMainWindow::newTokenSaysWhetherTheCodeIsGenerated()
{
    TokenSettings settings;
    Classification card;
    card.name = QStringLiteral("Printed card");
    card.rules.authenticationCodeGeneration = TokenRules::CodeGeneration::None;
    settings.classifications.append(card);
    NewTokenDialog dialog(settings, {}, {});
    QCOMPARE(dialog.authenticationCodeEdit()->placeholderText(), QStringLiteral("Generated when left empty"));
    dialog.classificationCombo()->setCurrentIndex(dialog.classificationCombo()->findData(card.name));
    QCOMPARE(dialog.authenticationCodeEdit()->placeholderText(), QStringLiteral("Required"));
    QVERIFY(!dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->isEnabled());
}

// The History tab shows a change whole, one changed field a line, not cut off with "…".
void TestMainWindow::historyShowsEachChangedFieldOnALine()
{
    const AccessToken token = createToken(QStringLiteral("wrap@example.org"), LifeCycleState::Effective);
    TokenPatch change;
    change.udfString[0] = QStringLiteral("one two three four five six seven eight nine ten eleven twelve");
    change.udfString[1] = QStringLiteral("thirteen fourteen fifteen sixteen seventeen eighteen");
    QVERIFY(await(m_service->update(TokenRef::byId(token.id), change)).ok());
    selectToken(QStringLiteral("wrap@example.org"));
    m_window->editor()->tabs()->setCurrentIndex(TokenEditor::HistoryTab);
    auto* audit = m_window->editor()->findChild<QTreeWidget*>();
    QVERIFY(audit);
    QTreeWidgetItem* updated = nullptr;
    QTRY_VERIFY((updated = [audit]() -> QTreeWidgetItem* {
        for (int i = 0; i < audit->topLevelItemCount(); ++i) {
            if (audit->topLevelItem(i)->text(2).contains(QLatin1String("UDF text 2: thirteen")))
                return audit->topLevelItem(i);
        }
        return nullptr;
    }()));
    QTRY_VERIFY2(audit->visualItemRect(updated).height() >= 2 * audit->fontMetrics().height(),
                 qPrintable(QString::number(audit->visualItemRect(updated).height())));
}

// A custom field's name is read whole beside its value, not cut to "preferred_lan…".
void TestMainWindow::customFieldNamesAreReadWhole()
{
    const AccessToken token = createToken(QStringLiteral("fields@example.org"), LifeCycleState::Effective);
    TokenPatch change;
    change.customFieldSet
        = QMap<QString, QString> { { QStringLiteral("preferred_language"), QStringLiteral("el") },
                                   { QStringLiteral("tier"), QStringLiteral("gold") } };
    QVERIFY(await(m_service->update(TokenRef::byId(token.id), change)).ok());
    selectToken(QStringLiteral("fields@example.org"));
    TokenEditor* editor = m_window->editor();
    QTRY_COMPARE(editor->customFields()->rowCount(), 2);
    editor->tabs()->setCurrentIndex(TokenEditor::CustomFieldsTab);
    QTableView* view = editor->customFieldsView();
    QVERIFY2(view->columnWidth(CustomFieldsModel::NameColumn)
                 > view->fontMetrics().horizontalAdvance(QStringLiteral("preferred_language")),
             qPrintable(QString::number(view->columnWidth(CustomFieldsModel::NameColumn))));
}

void TestMainWindow::editUdfAndCustomFieldAndSave()
{
    selectToken(QStringLiteral("user7@example.org"));
    TokenEditor* editor = m_window->editor();
    QVERIFY(!m_window->action(MainWindow::Action::Save)->isEnabled());
    editor->tabs()->setCurrentIndex(TokenEditor::UdfTab);
    QTest::keyClicks(editor->udfStringEdit(2), QStringLiteral("gold member"));
    QTest::keyClicks(editor->udfFloatEdit(0), QLocale().toString(12.5));
    editor->tabs()->setCurrentIndex(TokenEditor::CustomFieldsTab);
    const int row = editor->customFields()->addField();
    editor->customFields()->setData(editor->customFields()->index(row, CustomFieldsModel::NameColumn),
                                    QStringLiteral("colour"));
    editor->customFields()->setData(editor->customFields()->index(row, CustomFieldsModel::ValueColumn),
                                    QStringLiteral("blue"));
    // A second field of the same name is refused where a person looks, not only in the status line,
    // and the name is open to be typed again.
    const int second = editor->customFields()->addField();
    const QModelIndex secondName = editor->customFields()->index(second, CustomFieldsModel::NameColumn);
    QVERIFY(!editor->customFields()->setData(secondName, QStringLiteral("colour")));
    QTRY_COMPARE(m_window->messageBar()->text(),
                 QStringLiteral("There is already a custom field named colour"));
    QTableView* fieldsView = editor->customFieldsView();
    const auto cellOpen = [fieldsView]() {
        const QList<QLineEdit*> editors = fieldsView->viewport()->findChildren<QLineEdit*>();
        return std::any_of(editors.cbegin(), editors.cend(), [](QLineEdit* e) { return e->isVisible(); });
    };
    QTRY_COMPARE(fieldsView->currentIndex(), secondName);
    QTRY_VERIFY(cellOpen());
    QVERIFY(editor->customFields()->removeRows(second, 1));
    // The arrows move between cells without opening each one; F2 or typing opens it.
    QTRY_VERIFY(!cellOpen());
    QApplication::setActiveWindow(m_window.get());
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    fieldsView->setFocus();
    QTRY_VERIFY(fieldsView->hasFocus());
    fieldsView->setCurrentIndex(editor->customFields()->index(row, CustomFieldsModel::NameColumn));
    QTest::keyClick(fieldsView, Qt::Key_Right);
    QCOMPARE(fieldsView->currentIndex().column(), int(CustomFieldsModel::ValueColumn));
    QVERIFY(!cellOpen());
    QTest::keyClick(fieldsView, Qt::Key_F2);
    QTRY_VERIFY(cellOpen());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
    QVERIFY(editor->isModified());
    QVERIFY(m_window->action(MainWindow::Action::Save)->isEnabled());
    // Only what changed is sent, guarded by the loaded version.
    const TokenPatch patch = editor->patch();
    QCOMPARE(patch.fieldNames(),
             QStringList({ QStringLiteral("udf_string_3"), QStringLiteral("udf_float_1"),
                           QStringLiteral("custom_fields") }));
    QCOMPARE(patch.expectedVersion, editor->token()->version);

    QTest::keySequence(m_window.get(), QKeySequence::Save);
    QTRY_VERIFY(!editor->isModified());
    const AccessToken stored
        = await(m_service->show(TokenRef::byIdentifier(QStringLiteral("user7@example.org")))).value();
    QCOMPARE(stored.udfString[2], QStringLiteral("gold member"));
    QCOMPARE(stored.udfFloat[0], std::optional<double>(12.5));
    QCOMPARE(stored.customFields.value(QStringLiteral("colour")), QStringLiteral("blue"));
    QTRY_VERIFY(m_window->lastOperationText().contains(QStringLiteral("saved")));
    // The History tab says what happened in words, not by the store's operation name.
    editor->tabs()->setCurrentIndex(TokenEditor::HistoryTab);
    auto* history = editor->tabs()->widget(TokenEditor::HistoryTab)->findChild<QTreeWidget*>();
    QVERIFY(history);
    QTRY_VERIFY(history->topLevelItemCount() > 0);
    QCOMPARE(
        history->topLevelItem(0)->text(2).split(QLatin1Char('\n')),
        QStringList({ "Updated", "UDF text 3: gold member", "UDF number 1: 12.5", "Custom fields changed" }));
}

void TestMainWindow::verifyPendingToken()
{
    const AccessToken pending
        = createToken(QStringLiteral("pending@example.org"), LifeCycleState::PendingVerification);
    QCOMPARE(pending.lifeCycleState, LifeCycleState::PendingVerification);
    selectToken(QStringLiteral("pending@example.org"));
    QVERIFY(m_window->action(MainWindow::Action::Verify)->isEnabled());
    m_window->action(MainWindow::Action::Verify)->trigger();
    auto* dialog = waitForDialog<VerifyDialog>();
    QVERIFY(dialog);
    // It opens ready for the code: typing goes into its field, and Tab goes on to the pass code.
    QCOMPARE(dialog->focusWidget(), dialog->verificationCodeEdit());
    QCOMPARE(dialog->verificationCodeEdit()->nextInFocusChain(), dialog->passCodeEdit());
    // A wrong code is reported in the dialog, which stays open with the code selected to retype.
    const QString wrong = m_store->lastVerificationCode() == QStringLiteral("000000")
        ? QStringLiteral("111111")
        : QStringLiteral("000000");
    QTest::keyClicks(dialog->verificationCodeEdit(), wrong);
    QTest::mouseClick(dialog->confirmButton(), Qt::LeftButton);
    QTRY_VERIFY(dialog->problemText().contains(QStringLiteral("wrong")));
    QVERIFY(dialog->isVisible());
    QVERIFY(dialog->confirmButton()->isEnabled());
    QCOMPARE(dialog->verificationCodeEdit()->selectedText(), wrong);
    saveScreenshot(dialog, QStringLiteral("verify-refused"));
    QCOMPARE(await(m_service->show(TokenRef::byId(pending.id)))->lifeCycleState,
             LifeCycleState::PendingVerification);
    QTest::keyClicks(dialog->verificationCodeEdit(), m_store->lastVerificationCode());
    QVERIFY(dialog->problemText().isEmpty());
    // The right code with a pass code the rules refuse: the pass code is the one to retype.
    TokenSettings settings = await(m_service->settings()).value();
    settings.definition.passCodeRules.minimumLength = 8;
    await(m_service->saveSettings(settings));
    QTest::keyClicks(dialog->passCodeEdit(), QStringLiteral("short"));
    QTest::mouseClick(dialog->confirmButton(), Qt::LeftButton);
    QTRY_VERIFY(!dialog->problemText().isEmpty());
    QCOMPARE(dialog->passCodeEdit()->selectedText(), QStringLiteral("short"));
    QCOMPARE(dialog->verificationCodeEdit()->selectedText(), QString());
    // Correcting either input takes the refusal away.
    QTest::keyClicks(dialog->passCodeEdit(), QStringLiteral("long-enough-1"));
    QVERIFY(dialog->problemText().isEmpty());
    const QPointer<VerifyDialog> open(dialog);
    QTest::keyClick(dialog->verificationCodeEdit(), Qt::Key_Return);
    QTRY_VERIFY(!open);
    QTRY_COMPARE(await(m_service->show(TokenRef::byId(pending.id)))->lifeCycleState,
                 LifeCycleState::Effective);
    QTRY_VERIFY(m_window->lastOperationText().contains(QStringLiteral("verified")));
    // The table and the actions follow the new state.
    QTRY_COMPARE(m_window->model()->tokenAt(0)->lifeCycleState, LifeCycleState::Effective);
    QTRY_VERIFY(!m_window->action(MainWindow::Action::Verify)->isEnabled());
}

// Closing the dialog while the store is still answering does not lose the answer: it goes to the
// message bar.
void TestMainWindow::anAnswerAfterTheDialogClosedGoesToTheMessageBar()
{
    const AccessToken pending
        = createToken(QStringLiteral("closer@example.org"), LifeCycleState::PendingVerification);
    selectToken(QStringLiteral("closer@example.org"));
    m_window->action(MainWindow::Action::Verify)->trigger();
    auto* dialog = waitForDialog<VerifyDialog>();
    QVERIFY(dialog);
    const QPointer<VerifyDialog> open(dialog);
    QTest::keyClicks(dialog->verificationCodeEdit(), m_store->lastVerificationCode());
    QTest::mouseClick(dialog->confirmButton(), Qt::LeftButton);
    dialog->reject();
    QTRY_VERIFY(!open);
    QTRY_VERIFY(m_window->lastOperationText().contains(QStringLiteral("verified")));
    QCOMPARE(await(m_service->show(TokenRef::byId(pending.id)))->lifeCycleState, LifeCycleState::Effective);

    // Reset Verification Code asks first as well; No leaves the code the customer has.
    createToken(QStringLiteral("closer2@example.org"), LifeCycleState::PendingVerification);
    selectToken(QStringLiteral("closer2@example.org"));
    const QString code = m_store->lastVerificationCode();
    MessageBox::setNextAnswer(QMessageBox::No);
    m_window->action(MainWindow::Action::ResetVerificationCode)->trigger();
    QVERIFY(MessageBox::lastText().contains(QStringLiteral("will stop working")));
    QTest::qWait(50);
    QCOMPARE(m_store->lastVerificationCode(), code);
    MessageBox::setNextAnswer(QMessageBox::Yes);
    m_window->action(MainWindow::Action::ResetVerificationCode)->trigger();
    QTRY_VERIFY(m_store->lastVerificationCode() != code);
    QTRY_VERIFY(SecretDialog::lastShown()
                && SecretDialog::lastShown()->secret() == m_store->lastVerificationCode());
    SecretDialog::lastShown()->close();

    // A failure that went to the message bar goes once the same action succeeds.
    const AccessToken third
        = createToken(QStringLiteral("closer3@example.org"), LifeCycleState::PendingVerification);
    selectToken(QStringLiteral("closer3@example.org"));
    m_window->action(MainWindow::Action::Verify)->trigger();
    dialog = waitForDialog<VerifyDialog>();
    QVERIFY(dialog);
    QTest::keyClicks(dialog->verificationCodeEdit(), QStringLiteral("000000"));
    QTest::mouseClick(dialog->confirmButton(), Qt::LeftButton);
    dialog->reject();
    QTRY_VERIFY(m_window->messageBar()->text().startsWith(
        QStringLiteral("Token %1 was not verified: ").arg(third.number)));
    m_window->action(MainWindow::Action::Verify)->trigger();
    dialog = waitForDialog<VerifyDialog>();
    QVERIFY(dialog);
    QTest::keyClicks(dialog->verificationCodeEdit(), m_store->lastVerificationCode());
    QTest::mouseClick(dialog->confirmButton(), Qt::LeftButton);
    QTRY_COMPARE(m_window->lastOperationText(), QStringLiteral("Token %1 verified").arg(third.number));
    QVERIFY(!m_window->messageBar()->isVisible());
}

void TestMainWindow::wrongCurrentPassCodeKeepsTheDialogOpen()
{
    createToken(QStringLiteral("changer@example.org"), LifeCycleState::Effective);
    selectToken(QStringLiteral("changer@example.org"));
    QVERIFY(m_window->action(MainWindow::Action::ChangePassCode)->isEnabled());
    m_window->action(MainWindow::Action::ChangePassCode)->trigger();
    auto* dialog = waitForDialog<ChangePassCodeDialog>();
    QVERIFY(dialog);
    const QPointer<ChangePassCodeDialog> open(dialog);
    QList<QLineEdit*> edits = dialog->findChildren<QLineEdit*>();
    QCOMPARE(edits.size(), 3);
    QCOMPARE(dialog->focusWidget(), edits[0]);
    QTest::keyClicks(edits[0], QStringLiteral("not-it"));
    QTest::keyClicks(edits[1], QStringLiteral("n3w-pass-code"));
    QTest::keyClicks(edits[2], QStringLiteral("n3w-pass-code"));
    QVERIFY(dialog->confirmButton()->isEnabled());
    QTest::mouseClick(dialog->confirmButton(), Qt::LeftButton);
    QTRY_VERIFY(dialog->problemText().contains(QStringLiteral("not correct")));
    QVERIFY(open && dialog->isVisible());
    // The new pass code typed twice is still there; only the current one is to be retyped.
    QCOMPARE(edits[0]->selectedText(), QStringLiteral("not-it"));
    saveScreenshot(dialog, QStringLiteral("change-pass-code-refused"));
    QCOMPARE(edits[1]->text(), QStringLiteral("n3w-pass-code"));
    QCOMPARE(edits[2]->text(), QStringLiteral("n3w-pass-code"));
    QTest::keyClicks(edits[0], QStringLiteral("pass1234"));
    QVERIFY(dialog->problemText().isEmpty());
    QTest::mouseClick(dialog->confirmButton(), Qt::LeftButton);
    QTRY_VERIFY(!open);
    QTRY_VERIFY(m_window->lastOperationText().contains(QStringLiteral("changed")));
}

void TestMainWindow::resetPassCodeShowsTheSecretOnce()
{
    ManualClock clock;
    SecretClipboard::instance()->setClock(&clock);
    selectToken(QStringLiteral("user3@example.org"));
    // It asks first: the customer's pass code stops working. No leaves it as it was.
    const int versionBefore = m_window->editor()->token()->version;
    MessageBox::setNextAnswer(QMessageBox::No);
    m_window->action(MainWindow::Action::ResetPassCode)->trigger();
    QVERIFY(MessageBox::lastText().contains(QStringLiteral("will stop working")));
    QTest::qWait(50);
    QCOMPARE(await(m_service->show(TokenRef::byIdentifier(QStringLiteral("user3@example.org"))))->version,
             versionBefore);
    MessageBox::setNextAnswer(QMessageBox::Yes);
    m_window->action(MainWindow::Action::ResetPassCode)->trigger();
    QTRY_VERIFY(SecretDialog::lastShown());
    SecretDialog* dialog = SecretDialog::lastShown();
    const QString secret = dialog->secret();
    QCOMPARE(secret.size(), 6);
    auto* copy = dialog->findChild<QPushButton*>();
    QVERIFY(copy);
    dialog->copySecret();
    QCOMPARE(QGuiApplication::clipboard()->text(), secret);
    clock.advance(SecretClipboard::clearAfterSeconds() - 1);
    SecretClipboard::instance()->checkExpiry();
    QCOMPARE(QGuiApplication::clipboard()->text(), secret);
    clock.advance(2);
    SecretClipboard::instance()->checkExpiry();
    QVERIFY(QGuiApplication::clipboard()->text().isEmpty());
    dialog->close();
    SecretClipboard::instance()->setClock(nullptr);
}

void TestMainWindow::forgotPassCodeAsksWithNoAsTheDefault()
{
    selectToken(QStringLiteral("user3@example.org"));
    QAction* forgot = m_window->action(MainWindow::Action::ForgotPassCode);
    QVERIFY(forgot->isEnabled());
    // Return alone sends no e-mail to a customer, as with every other question.
    MessageBox::setNextAnswer(QMessageBox::No);
    forgot->trigger();
    QVERIFY(MessageBox::lastText().contains(QStringLiteral("user3@example.org")));
    QCOMPARE(MessageBox::lastDefaultButton(), QMessageBox::No);
    QTest::qWait(50);
    QVERIFY(!m_window->lastOperationText().contains(QStringLiteral("queued")));
    MessageBox::setNextAnswer(QMessageBox::Yes);
    forgot->trigger();
    QTRY_COMPARE(m_window->lastOperationText(),
                 QStringLiteral("A pass code reset e-mail to user3@example.org was queued"));
}

void TestMainWindow::actionsFollowTheState_data()
{
    QTest::addColumn<LifeCycleState>("state");
    QTest::newRow("pending") << LifeCycleState::PendingVerification;
    QTest::newRow("effective") << LifeCycleState::Effective;
    QTest::newRow("not effective") << LifeCycleState::NotEffective;
}

void TestMainWindow::actionsFollowTheState()
{
    QFETCH(LifeCycleState, state);
    createToken(QStringLiteral("state@example.org"), state);
    selectToken(QStringLiteral("state@example.org"));
    const QList<QPair<MainWindow::Action, Operation>> actions = {
        { MainWindow::Action::SetEffective, Operation::SetEffective },
        { MainWindow::Action::SetNotEffective, Operation::SetNotEffective },
        { MainWindow::Action::Verify, Operation::Verify },
        { MainWindow::Action::ResetVerificationCode, Operation::ResetVerificationCode },
        { MainWindow::Action::ResetPassCode, Operation::ResetPassCode },
        { MainWindow::Action::ForgotPassCode, Operation::ForgotPassCode },
        { MainWindow::Action::ChangePassCode, Operation::ChangePassCode },
        { MainWindow::Action::GenerateOtp, Operation::GenerateOtp },
        { MainWindow::Action::Delete, Operation::Delete },
    };
    for (const auto& [action, operation] : actions)
        QVERIFY2(m_window->action(action)->isEnabled() == TransitionTable::allows(operation, state),
                 qPrintable(m_window->action(action)->objectName()));
    QVERIFY(m_window->action(MainWindow::Action::NewToken)->isEnabled());
}

void TestMainWindow::resetPassCodeNeedsAnIdentifier()
{
    TokenSettings settings = await(m_service->settings()).value();
    settings.definition.allowNoIdentifierAndPassCode = true;
    await(m_service->saveSettings(settings));
    TokenPatch fields;
    fields.authenticationCode = QStringLiteral("NOID-CARD-1");
    QVERIFY(await(m_service->create(fields)).ok());
    QTest::keyClicks(m_window->searchField(), QStringLiteral("NOID-CARD-1"));
    QTRY_VERIFY(m_window->model()->rowCount() == 1 && m_window->model()->tokenAt(0).has_value()
                && m_window->model()->tokenAt(0)->authenticationCode == QStringLiteral("NOID-CARD-1"));
    m_window->selectRow(0);
    QTRY_VERIFY(m_window->editor()->token().has_value()
                && m_window->editor()->token()->authenticationCode == QStringLiteral("NOID-CARD-1"));
    QCOMPARE(m_window->editor()->token()->lifeCycleState, LifeCycleState::Effective);
    QVERIFY(m_window->action(MainWindow::Action::GenerateOtp)->isEnabled());
    QVERIFY(!m_window->action(MainWindow::Action::ResetPassCode)->isEnabled());
    QVERIFY(m_window->action(MainWindow::Action::ResetPassCode)
                ->statusTip()
                .contains(QStringLiteral("identifier")));
    // The reason, as hovering the disabled button puts it on the status bar, goes with the token.
    QStatusTipEvent hovered(m_window->action(MainWindow::Action::ResetPassCode)->statusTip());
    QCoreApplication::sendEvent(m_window.get(), &hovered);
    QVERIFY(m_window->statusBar()->currentMessage().contains(QStringLiteral("identifier")));
    selectToken(QStringLiteral("user3@example.org"));
    QVERIFY(m_window->action(MainWindow::Action::ResetPassCode)->isEnabled());
    QVERIFY(m_window->action(MainWindow::Action::ResetPassCode)->statusTip().isEmpty());
    QCOMPARE(m_window->statusBar()->currentMessage(), QString());
}

// A keyboard user never hovers over a menu entry: the shortcut of an action that is off says why
// in the status bar, where the mouse would have shown it.
void TestMainWindow::aDisabledActionsShortcutSaysWhy()
{
    QApplication::setActiveWindow(m_window.get());
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    const AccessToken effective = showRow(2);
    QCOMPARE(effective.lifeCycleState, LifeCycleState::Effective);
    m_window->table()->setFocus();
    QTest::keyClick(m_window->table(), Qt::Key_K, Qt::ControlModifier);
    QCOMPARE(m_window->lastOperationText(),
             QStringLiteral("Verify: Needs a token that is Pending verification; this one is Effective"));
    QVERIFY(!m_window->findChild<VerifyDialog*>());
    QTest::keyClick(m_window->table(), Qt::Key_Delete);
    QCOMPARE(m_window->lastOperationText(),
             QStringLiteral("Delete: Needs a token that is Not effective; this one is Effective"));

    // Two rows: an action on one token says so.
    QTest::keyClick(m_window->table(), Qt::Key_Down, Qt::ShiftModifier);
    QCOMPARE(m_window->selectedTokens().size(), 2);
    QTest::keyClick(m_window->table(), Qt::Key_T, Qt::ControlModifier);
    QCOMPARE(m_window->lastOperationText(), QStringLiteral("Generate OTP: Select a single token"));
}

void TestMainWindow::aStoreGoneAwaySaysSoInsteadOfLoading()
{
    m_store->failLists(true);
    m_store->failCounts(true);
    QTest::keyClicks(m_window->searchField(), QStringLiteral("user1"));
    QTRY_VERIFY2(m_window->messageBar()->text().contains(QLatin1String("The store went away")),
                 qPrintable(m_window->messageBar()->text()));
    QTRY_COMPARE(m_window->countText(), QStringLiteral("Not counted"));
    // Nor do the state buttons keep counts from before.
    const QString effective = StateLabels::label(LifeCycleState::Effective);
    QTRY_VERIFY(!stateButton(effective));
    QToolButton* uncounted = nullptr;
    for (QToolButton* button : m_window->findChildren<QToolButton*>()) {
        if (button->text() == effective)
            uncounted = button;
    }
    QVERIFY(uncounted);
    QVERIFY2(uncounted->toolTip().startsWith(QLatin1String("Not counted: ")),
             qPrintable(uncounted->toolTip()));
    m_store->failLists(false);
    m_store->failCounts(false);
    m_window->refresh();
    QTRY_COMPARE(m_window->countText(), QStringLiteral("111 token(s) match"));
    QTRY_VERIFY(stateButton(effective));
    QVERIFY(stateButton(effective)->toolTip().isEmpty());
}

// The store answers again, and a reload that no one asked for (another clerk's change, a scroll)
// reads it: the error about it leaves the message bar and the status line.
void TestMainWindow::aStoreBackTakesItsErrorAway()
{
    m_store->failLists(true);
    m_window->model()->refresh();
    QTRY_VERIFY(m_window->messageBar()->text().contains(QLatin1String("The store went away")));
    QVERIFY(m_window->messageBar()->isVisible());
    QVERIFY(m_window->lastOperationText().contains(QLatin1String("The store went away")));
    m_store->failLists(false);
    m_window->model()->refresh();
    QTRY_VERIFY(m_window->model()->tokenAt(0).has_value());
    QTRY_VERIFY(!m_window->messageBar()->isVisible());
    QVERIFY2(!m_window->lastOperationText().contains(QLatin1String("went away")),
             qPrintable(m_window->lastOperationText()));

    // An error of the person's own operation is not the store's to take away.
    m_window->showError(QStringLiteral("The export to /nowhere failed: no such folder"));
    m_window->model()->refresh();
    QTest::qWait(200);
    QVERIFY(m_window->messageBar()->isVisible());
    QVERIFY(m_window->lastOperationText().contains(QLatin1String("/nowhere")));
}

// A row that still says "Loading…" holds no token the person has seen: nothing acts on it (the
// store would find whatever token is in that place by then).
void TestMainWindow::aRowNotReadYetIsNotActedOn()
{
    m_window->model()->setPageSize(50);
    QTRY_VERIFY(m_window->model()->tokenAt(0).has_value() && m_window->model()->isCountExact());
    m_store->failLists(true);
    m_window->selectRow(120);
    QTRY_VERIFY(m_window->editor()->token() == std::nullopt);
    QTest::qWait(100);
    QVERIFY(!m_window->model()->tokenAt(120).has_value());
    for (const MainWindow::Action id :
         { MainWindow::Action::Delete, MainWindow::Action::SetEffective, MainWindow::Action::SetNotEffective,
           MainWindow::Action::ExportSelection })
        QVERIFY(!m_window->action(id)->isEnabled());
    m_store->failLists(false);
    m_window->model()->refresh();
    QTRY_VERIFY(m_window->editor()->token().has_value());
    QCOMPARE(m_window->editor()->token()->id, m_window->model()->tokenAt(120)->id);
    QVERIFY(m_window->action(MainWindow::Action::SetNotEffective)->isEnabled());
}

// In Configure Store's directory, Return in an account's or participant's fields adds it, as its
// button does; it neither saves nor closes the dialog. Tab goes down each group in screen order.
void TestMainWindow::configureStoreAddsToTheDirectoryOnSave()
{
    ConfigurationDialog dialog(m_service.get());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto* tabs = dialog.findChild<QTabWidget*>();
    tabs->setCurrentIndex(tabs->count() - 1);
    auto* number = dialog.findChild<QLineEdit*>(QStringLiteral("accountNumber"));
    auto* name = dialog.findChild<QLineEdit*>(QStringLiteral("accountName"));
    auto* participant = dialog.findChild<QLineEdit*>(QStringLiteral("participantNumber"));
    QVERIFY(number && name && participant);
    const QList<QTreeWidget*> lists = dialog.findChildren<QTreeWidget*>();
    QCOMPARE(lists.size(), 2);
    QTRY_VERIFY(lists.at(0)->topLevelItemCount() > 0);
    auto inStore = [this](const QString& account) {
        const QList<AccountsReceivable> accounts = await(m_service->accounts()).value();
        const auto found = std::find_if(accounts.cbegin(), accounts.cend(),
                                        [&](const AccountsReceivable& a) { return a.number == account; });
        return found == accounts.cend() ? std::optional<AccountsReceivable>() : *found;
    };
    QTest::keyClicks(number, QStringLiteral("ACR-RETURN"));
    QTest::keyClicks(name, QStringLiteral("Return Ltd"));
    QTest::keyClick(name, Qt::Key_Return);
    QVERIFY(number->text().isEmpty());
    QVERIFY(dialog.isVisible());
    // Listed at once, and added to the store with Save, as everything else in the dialog is.
    const QList<QTreeWidgetItem*> listed
        = lists.at(0)->findItems(QStringLiteral("ACR-RETURN"), Qt::MatchExactly);
    QCOMPARE(listed.size(), 1);
    QCOMPARE(listed.first()->text(1), QStringLiteral("Return Ltd"));
    QCOMPARE(listed.first()->text(2), QStringLiteral("Added on Save"));
    QVERIFY(!inStore(QStringLiteral("ACR-RETURN")));
    QTest::keyClicks(participant, QStringLiteral("RP-RETURN"));
    QTest::keyClick(participant, Qt::Key_Return);
    QCOMPARE(lists.at(1)->findItems(QStringLiteral("RP-RETURN"), Qt::MatchExactly).size(), 1);
    // A number already listed is refused at once.
    const QString existing = lists.at(0)->topLevelItem(0)->text(0);
    QTest::keyClicks(number, existing);
    QTest::keyClick(number, Qt::Key_Return);
    QCOMPARE(number->text(), existing);
    QCOMPARE(lists.at(0)->findItems(existing, Qt::MatchExactly).size(), 1);
    auto* problem = dialog.findChild<QLabel*>(QStringLiteral("problem"));
    QVERIFY(problem && problem->isVisible());
    QVERIFY2(problem->text().contains(existing), qPrintable(problem->text()));
    number->clear();
    // Escape asks before the additions are thrown away.
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    QTest::keyClick(&dialog, Qt::Key_Escape);
    QVERIFY2(MessageBox::lastText().contains(QLatin1String("directory")), qPrintable(MessageBox::lastText()));
    QVERIFY(dialog.isVisible());

    QApplication::setActiveWindow(&dialog);
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    lists.at(0)->setFocus(Qt::TabFocusReason);
    QTRY_COMPARE(QApplication::focusWidget(), lists.at(0));
    QList<QWidget*> order;
    for (int presses = 0; presses < 6; ++presses) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        order.append(QApplication::focusWidget());
    }
    QCOMPARE(order.at(0), number);
    QCOMPARE(order.at(1), name);
    QVERIFY(qobject_cast<QPushButton*>(order.at(2)));
    QCOMPARE(order.at(3), lists.at(1));
    QCOMPARE(order.at(4), participant);
    QVERIFY(qobject_cast<QPushButton*>(order.at(5)));

    // Someone else adds one of them first: Save names it, keeps the dialog open and the rest listed.
    AccountsReceivable first;
    first.number = QStringLiteral("ACR-RETURN");
    first.name = QStringLiteral("Someone Else Ltd");
    first.lifeCycleState = QStringLiteral("ACTIVE");
    QVERIFY(await(m_service->addAccount(first)).ok());
    tabs->setCurrentIndex(0);
    dialog.accept();
    QTRY_VERIFY2(problem->text().contains(QLatin1String("ACR-RETURN")), qPrintable(problem->text()));
    QVERIFY(dialog.isVisible());
    QCOMPARE(tabs->currentIndex(), tabs->count() - 1);
    auto participantInStore = [this]() {
        const QList<RewardParticipant> participants = await(m_service->participants()).value();
        return std::any_of(participants.cbegin(), participants.cend(),
                           [](const RewardParticipant& p) { return p.number == QLatin1String("RP-RETURN"); });
    };
    QVERIFY(!participantInStore());
    // Delete takes an addition off the list (and nothing else), and Save adds the rest.
    lists.at(0)->setCurrentItem(lists.at(0)->topLevelItem(0));
    QTest::keyClick(lists.at(0), Qt::Key_Delete);
    QCOMPARE(lists.at(0)->findItems(existing, Qt::MatchExactly).size(), 1);
    lists.at(0)->setCurrentItem(
        lists.at(0)->findItems(QStringLiteral("ACR-RETURN"), Qt::MatchExactly).first());
    QTest::keyClick(lists.at(0), Qt::Key_Delete);
    QVERIFY(lists.at(0)->findItems(QStringLiteral("ACR-RETURN"), Qt::MatchExactly).isEmpty());
    dialog.accept();
    QTRY_VERIFY(!dialog.isVisible());
    QCOMPARE(inStore(QStringLiteral("ACR-RETURN"))->name, QStringLiteral("Someone Else Ltd"));
    QVERIFY(participantInStore());
}

// Escape (or Cancel) in Configure Store asks before throwing away a changed definition, and closes
// at once when nothing changed.
void TestMainWindow::configureStoreAsksBeforeDiscardingChanges()
{
    const TokenSettings before = await(m_service->settings()).value();
    ConfigurationDialog dialog(m_service.get());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QTRY_COMPARE(dialog.settings(), before);
    QSpinBox* minimum = dialog.findChildren<QSpinBox*>().value(1);
    QVERIFY(minimum);
    minimum->setValue(minimum->value() + 3);
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    QTest::keyClick(&dialog, Qt::Key_Escape);
    QVERIFY2(MessageBox::lastText().startsWith(QLatin1String("Discard the changes")),
             qPrintable(MessageBox::lastText()));
    QVERIFY(dialog.isVisible());
    MessageBox::setNextAnswer(QMessageBox::Discard);
    QTest::keyClick(&dialog, Qt::Key_Escape);
    QVERIFY(!dialog.isVisible());
    QCOMPARE(await(m_service->settings()).value(), before);

    ConfigurationDialog unchanged(m_service.get());
    unchanged.show();
    QVERIFY(QTest::qWaitForWindowExposed(&unchanged));
    QTRY_COMPARE(unchanged.settings(), before);
    const QString asked = MessageBox::lastText();
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    QTest::keyClick(&unchanged, Qt::Key_Escape);
    QVERIFY(!unchanged.isVisible());
    QCOMPARE(MessageBox::lastText(), asked);
    MessageBox::setNextAnswer(QMessageBox::NoButton);
}

void TestMainWindow::newTokenIsEnabledOnceAStoreOpensWithNoSelection()
{
    // As on first start: the window opens the store itself and no token gets selected.
    auto service = std::make_unique<TokenService>([]() { return std::make_unique<MemoryTokenStore>(); });
    auto window = std::make_unique<MainWindow>(service.get());
    window->show();
    QVERIFY(!window->action(MainWindow::Action::NewToken)->isEnabled());
    window->openStore(false);
    QTRY_VERIFY(service->isOpen());
    QTRY_VERIFY(window->action(MainWindow::Action::NewToken)->isEnabled());
    QVERIFY(!window->editor()->token().has_value());
    service.reset();
}

void TestMainWindow::searchNarrowsTheTable()
{
    QCOMPARE(m_window->model()->rowCount(), 300);
    QTest::keyClicks(m_window->searchField(), QStringLiteral("user12"));
    // user12, user120 … user129
    QTRY_COMPARE(m_window->model()->rowCount(), 11);
    QCOMPARE(m_store->queries().constLast().search, QStringLiteral("user12"));
    QTRY_VERIFY(m_window->countText().contains(QStringLiteral("11")));
}

// The state buttons count the tokens a column filter leaves, as "All" does: no state may show
// more tokens than all states together.
// An empty result explains itself in the table: the search looks at the starts of identifiers,
// codes and numbers only.
void TestMainWindow::anEmptyTableSaysWhy()
{
    auto* hint = m_window->findChild<EmptyTableHint*>();
    QVERIFY(hint);
    QVERIFY(!hint->isVisible());
    QTest::keyClicks(m_window->searchField(), QStringLiteral("@example"));
    QTRY_VERIFY(hint->isVisible());
    QVERIFY2(hint->text().contains(QStringLiteral("starts with “@example”")), qPrintable(hint->text()));
    QCOMPARE(hint->geometry(), m_window->table()->viewport()->rect());
    // The editor, with no token, says nothing about one: no state, no "Not verified".
    QTRY_VERIFY(!m_window->editor()->token().has_value());
    for (const QLabel* label : m_window->editor()->findChildren<QLabel*>())
        QVERIFY2(label->text() != QStringLiteral("Not verified"), "a token's verification with no token");
    // Quoted as typed, not read as markup.
    m_window->searchField()->clear();
    QTest::keyClicks(m_window->searchField(), QStringLiteral("<b>x"));
    QTRY_VERIFY(hint->isVisible() && hint->text().contains(QStringLiteral("“<b>x”")));
    QCOMPARE(hint->textFormat(), Qt::PlainText);
    // Escape in the search field clears it, as in a browser's find bar.
    QTest::keyClick(m_window->searchField(), Qt::Key_Escape);
    QCOMPARE(m_window->searchField()->text(), QString());
    QTRY_VERIFY(!hint->isVisible());
    QTRY_COMPARE(m_window->model()->rowCount(), 300);
}

void TestMainWindow::stateButtonsCountWhatTheColumnFiltersLeave()
{
    createToken(QStringLiteral("filtered-effective"), LifeCycleState::Effective);
    createToken(QStringLiteral("filtered-not-effective"), LifeCycleState::NotEffective);
    auto counted = [this](const QString& label) {
        const QToolButton* button = stateButton(label);
        return button ? button->text().section(QLatin1Char('('), 1).chopped(1).toInt() : -1;
    };
    // The counts after both new tokens first: the filter must bring its own.
    TokenQuery notEffective;
    notEffective.state = LifeCycleState::NotEffective;
    const qint64 allNotEffective = await(m_service->count(notEffective)).value();
    QTRY_COMPARE(counted(StateLabels::label(LifeCycleState::NotEffective)), int(allNotEffective));
    QCOMPARE(counted(QStringLiteral("All")), 302);
    auto* header = m_window->findChild<FilterHeaderView*>();
    QVERIFY(header);
    const int identifier = m_window->model()->columnOf(QStringLiteral("identifier"));
    Q_EMIT header->filtersChanged({ { identifier, QStringLiteral("filtered-") } });
    QTRY_COMPARE(m_window->model()->rowCount(), 2);
    QTRY_COMPARE(counted(StateLabels::label(LifeCycleState::Effective)), 1);
    QTRY_COMPARE(counted(StateLabels::label(LifeCycleState::NotEffective)), 1);
    QTRY_COMPARE(counted(QStringLiteral("All")), 2);
}

// An authentication code longer than its field shows its first characters, not its last.
void TestMainWindow::longValuesAreShownFromTheirStart()
{
    const AccessToken token = createToken(QStringLiteral("long@example.org"), LifeCycleState::Effective);
    TokenPatch change;
    change.authenticationCode = QString(QStringLiteral("START") + QString(120, QLatin1Char('7')));
    change.udfString[0] = QString(QStringLiteral("BEGIN") + QString(200, QLatin1Char('x')));
    QVERIFY(await(m_service->update(TokenRef::byId(token.id), change)).ok());
    selectToken(QStringLiteral("long@example.org"));
    auto* code = m_window->editor()->findChild<QLineEdit*>(QStringLiteral("authenticationCode"));
    QVERIFY(code);
    QCOMPARE(code->text(), change.authenticationCode.value());
    QCOMPARE(code->cursorPosition(), 0);
    QCOMPARE(m_window->editor()->udfStringEdit(0)->cursorPosition(), 0);
    // The pointer resting on a cut value shows it whole.
    QCOMPARE(toolTipOf(code), change.authenticationCode.value());
    m_window->editor()->tabs()->setCurrentIndex(1);
    QCOMPARE(toolTipOf(m_window->editor()->udfStringEdit(0)), change.udfString[0].value());
    m_window->editor()->tabs()->setCurrentIndex(0);
    QLineEdit* passCode = m_window->editor()->passCodeEdit();
    passCode->setText(QString(200, QLatin1Char('p')));
    passCode->findChild<RevealAction*>()->trigger();
    QCOMPARE(passCode->echoMode(), QLineEdit::Normal);
    QCOMPARE(toolTipOf(passCode), QString());
    m_window->editor()->revert();
    QToolTip::hideText();
}

// Going from token to token, and from tab to tab, leaves the split between the table and the
// editor where the person put it: long values and history lines do not push it.
void TestMainWindow::theSplitStaysWhereItIsAsTheSelectionChanges()
{
    const AccessToken wide = createToken(QStringLiteral("wide.") + QString(60, QLatin1Char('w'))
                                             + QStringLiteral("@example.org"),
                                         LifeCycleState::Effective);
    TokenPatch change;
    change.udfString[0] = QString(200, QLatin1Char('x'));
    change.cardMaskedNumber = QStringLiteral("4111 **** **** **** **** **** 1111");
    change.accountsReceivable = QStringLiteral("ACR0001");
    change.customFieldSet.insert(QStringLiteral("A custom field with a long name ")
                                     + QString(40, QLatin1Char('n')),
                                 QString(300, QLatin1Char('y')));
    QVERIFY(await(m_service->update(TokenRef::byId(wide.id), change)).ok());
    m_window->resize(1280, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    auto* splitter = m_window->findChild<QSplitter*>();
    QVERIFY(splitter);
    selectToken(QStringLiteral("user5@example.org"));
    const QList<int> sizes = splitter->sizes();
    for (const QString& identifier : { wide.identifier, QStringLiteral("user6@example.org") }) {
        selectToken(identifier);
        for (int tab = 0; tab < m_window->editor()->tabs()->count(); ++tab) {
            m_window->editor()->tabs()->setCurrentIndex(tab);
            QCoreApplication::processEvents();
            QCOMPARE(splitter->sizes(), sizes);
        }
        m_window->editor()->tabs()->setCurrentIndex(TokenEditor::GeneralTab);
    }
}

// The editor's labels and the table's columns name a field the same way ("Card number", not
// "Card masked number" beside a "Card number" column).
void TestMainWindow::editorNamesFieldsAsTheTableDoes()
{
    QStringList labels;
    for (const QLabel* label : m_window->editor()->findChildren<QLabel*>()) {
        if (label->buddy())
            labels.append(label->text().remove(QLatin1Char('&')).remove(QLatin1Char(':')));
    }
    for (const char* field : { "identifier", "authentication_code", "card_masked_number" })
        QVERIFY2(labels.contains(TokenTableModel::columnTitle(QLatin1String(field))),
                 qPrintable(labels.join(QLatin1String(", "))));
}

// Whether the editor or the store refuses a save, the refused field's tab comes forward with the
// cursor in the field, the value selected to retype.
// With no token on show, the editor's placeholders ("Unchanged if left empty") and hints are as
// grey as its disabled labels, not as live as those of a field that can be typed in.
void TestMainWindow::aDisabledEditorMutesItsPlaceholders()
{
    const QPalette platform = QApplication::palette();
    QApplication::setPalette(DisabledPlaceholders::muted(platform));
    // As main() does it, before the windows: here the window was there first and hears of it later.
    QCoreApplication::processEvents();
    const QPalette shown = m_window->editor()->passCodeEdit()->palette();
    QApplication::setPalette(platform);
    QCOMPARE(shown.color(QPalette::Disabled, QPalette::PlaceholderText),
             platform.color(QPalette::Disabled, QPalette::Text));
    QVERIFY(shown.color(QPalette::Disabled, QPalette::PlaceholderText)
            != platform.color(QPalette::Disabled, QPalette::PlaceholderText));
    QCOMPARE(shown.color(QPalette::Active, QPalette::PlaceholderText),
             platform.color(QPalette::Active, QPalette::PlaceholderText));
    QCOMPARE(shown.color(QPalette::Disabled, QPalette::Text),
             platform.color(QPalette::Disabled, QPalette::Text));
}

// Left empty, the pass code field keeps the token's pass code. A token without one has none to
// keep: its field must not promise "unchanged" when typing an identifier makes a pass code required.
void TestMainWindow::passCodePlaceholderSaysWhetherOneIsSet()
{
    TokenEditor editor(m_service.get());
    AccessToken token;
    token.id = QStringLiteral("placeholder-1");
    token.number = QStringLiteral("AT0000000099");
    token.identifier = QStringLiteral("holder@example.org");
    token.hasPassCode = true;
    editor.loadToken(token);
    QCOMPARE(editor.passCodeEdit()->placeholderText(), QStringLiteral("Unchanged if left empty"));

    token.identifier.clear();
    token.hasPassCode = false;
    editor.loadToken(token);
    QCOMPARE(editor.passCodeEdit()->placeholderText(), QStringLiteral("None set"));
    QTest::keyClicks(editor.identifierEdit(), QStringLiteral("new@example.org"));
    const QList<Error::Violation> violations = editor.violations();
    QVERIFY(std::any_of(violations.cbegin(), violations.cend(), [](const Error::Violation& violation) {
        return violation.field == QLatin1String("pass_code");
    }));

    // With no token, nothing is said about a pass code no one has.
    editor.clearToken();
    QCOMPARE(editor.passCodeEdit()->placeholderText(), QString());
}

void TestMainWindow::aRefusedSaveShowsTheField()
{
    QApplication::setActiveWindow(m_window.get());
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    selectToken(QStringLiteral("user7@example.org"));
    TokenEditor* editor = m_window->editor();
    QLineEdit* identifier = editor->identifierEdit();

    const QPoint where = identifier->mapTo(editor, QPoint());
    // A control character, as a paste from a spreadsheet can bring along.
    identifier->setText(QStringLiteral("user7\u0007@example.org"));
    QVERIFY(!editor->violations().isEmpty());
    // The list of problems appears without moving the fields: a click aimed at the next one lands.
    QVERIFY(!editor->validationText().isEmpty());
    QCoreApplication::processEvents();
    QCOMPARE(identifier->mapTo(editor, QPoint()), where);
    // The refused field is tinted, and only that one.
    const QColor plain = editor->udfStringEdit(0)->palette().color(QPalette::Base);
    QVERIFY(identifier->palette().color(QPalette::Base) != plain);
    // Its tab is flagged, to be seen from the other tabs.
    QVERIFY(!editor->tabs()->tabIcon(TokenEditor::GeneralTab).isNull());
    QVERIFY(editor->tabs()->tabIcon(TokenEditor::UdfTab).isNull());
    saveScreenshot(editor, QStringLiteral("editor-refused"));
    // Each keystroke checks again; the tints stay as they are, not deepening towards orange.
    QLabel* problems = nullptr;
    for (QLabel* label : editor->findChildren<QLabel*>()) {
        if (label->accessibleName() == QLatin1String("Validation problems"))
            problems = label;
    }
    QVERIFY(problems);
    const QColor box = problems->palette().color(QPalette::Window);
    const QColor field = identifier->palette().color(QPalette::Base);
    QTest::keyClick(identifier, Qt::Key_End);
    QTest::keyClick(identifier, Qt::Key_X);
    QCOMPARE(problems->palette().color(QPalette::Window), box);
    QCOMPARE(identifier->palette().color(QPalette::Base), field);
    QTest::keyClick(identifier, Qt::Key_Backspace);
    // Both Save buttons stay pressable and agree: pressed, either one shows what is wrong.
    QPushButton* editorSave = nullptr;
    for (QPushButton* button : editor->findChildren<QPushButton*>()) {
        if (button->text() == QLatin1String("&Save"))
            editorSave = button;
    }
    QVERIFY(editorSave);
    QVERIFY(editorSave->isEnabled());
    QVERIFY(m_window->action(MainWindow::Action::Save)->isEnabled());
    editor->tabs()->setCurrentIndex(TokenEditor::UdfTab);
    editor->udfStringEdit(0)->setFocus();
    editor->save();
    QCOMPARE(editor->tabs()->currentIndex(), int(TokenEditor::GeneralTab));
    QCOMPARE(QApplication::focusWidget(), identifier);
    QCOMPARE(identifier->selectedText(), identifier->text());
    // Said once beside the fields (and on the status line), not again in a banner over the table.
    QVERIFY(!editor->validationText().isEmpty());
    QVERIFY(m_window->lastOperationText().contains(QStringLiteral("was not saved")));
    QCOMPARE(m_window->messageBar()->text(), QString());

    // The store's refusal: the identifier is another token's.
    QTest::keyClicks(identifier, QStringLiteral("user8@example.org"));
    QVERIFY(editor->violations().isEmpty());
    QCOMPARE(identifier->palette().color(QPalette::Base), plain);
    QVERIFY(editor->tabs()->tabIcon(TokenEditor::GeneralTab).isNull());
    editor->tabs()->setCurrentIndex(TokenEditor::UdfTab);
    editor->udfStringEdit(0)->setFocus();
    editor->save();
    QTRY_VERIFY(!editor->isSaving());
    QTRY_COMPARE(editor->tabs()->currentIndex(), int(TokenEditor::GeneralTab));
    QCOMPARE(QApplication::focusWidget(), identifier);
    QCOMPARE(identifier->selectedText(), QStringLiteral("user8@example.org"));
    QVERIFY(editor->isModified());
    editor->revert();
}

// A number typed with a separator the locale does not use for decimals stays as typed, is
// refused as a whole, and counts as an edit: it is never turned into another number ("1,5" into 15).
void TestMainWindow::aNumberIsNeverRewritten()
{
    selectToken(QStringLiteral("user7@example.org"));
    TokenEditor* editor = m_window->editor();
    editor->tabs()->setCurrentIndex(TokenEditor::UdfTab);
    QLineEdit* number = editor->udfFloatEdit(1);
    const QString decimalPoint = QLocale().decimalPoint();
    const QString wrong = decimalPoint == QStringLiteral(",") ? QStringLiteral("1.5") : QStringLiteral("1,5");
    QTest::keyClicks(number, wrong);
    QCOMPARE(number->text(), wrong);
    // Return (as leaving the field) lets QLineEdit "fix" input it cannot accept.
    QTest::keyClick(number, Qt::Key_Return);
    QCOMPARE(number->text(), wrong);
    QVERIFY(!editor->violations().isEmpty());
    QCOMPARE(editor->violations().first().field, QStringLiteral("udf_float_2"));
    QVERIFY(number->palette().color(QPalette::Base)
            != editor->udfFloatEdit(0)->palette().color(QPalette::Base));
    QVERIFY(editor->isModified());
    editor->save();
    QCOMPARE(await(m_service->show(TokenRef::byIdentifier(QStringLiteral("user7@example.org"))))->udfFloat[1],
             std::optional<double>());
    // Letters still never get in; a number in the locale's own form is taken.
    number->clear();
    QTest::keyClicks(number, QStringLiteral("x2") + decimalPoint + QStringLiteral("5"));
    QCOMPARE(number->text(), QStringLiteral("2") + decimalPoint + QStringLiteral("5"));
    QVERIFY(editor->violations().isEmpty());
    editor->save();
    QTRY_COMPARE(
        await(m_service->show(TokenRef::byIdentifier(QStringLiteral("user7@example.org"))))->udfFloat[1],
        std::optional<double>(2.5));
    // Shown back without thousands separators, so it reads as it was typed.
    TokenPatch big;
    big.udfFloat[1] = 12345.5;
    QVERIFY(await(m_service->update(TokenRef::byIdentifier(QStringLiteral("user7@example.org")), big)).ok());
    m_window->model()->refresh();
    QTRY_COMPARE(number->text(), QStringLiteral("12345") + decimalPoint + QStringLiteral("5"));
    QVERIFY(editor->violations().isEmpty());
}

// Whatever number a token holds (an import may bring any), it loads as an untouched field: shown
// in full, read back as the same number, nothing to save and nothing to ask about.
void TestMainWindow::storedNumbersLoadAsTheyAre()
{
    selectToken(QStringLiteral("user7@example.org"));
    TokenEditor* editor = m_window->editor();
    QLineEdit* number = editor->udfFloatEdit(0);
    for (const double value : { 0.1 + 0.2, 1e20, 1e-7, -1.5, 1234567890123456.0, 1.0 / 3 }) {
        TokenPatch stored;
        stored.udfFloat[0] = value;
        QVERIFY(await(m_service->update(TokenRef::byIdentifier(QStringLiteral("user7@example.org")), stored))
                    .ok());
        m_window->model()->refresh();
        QTRY_VERIFY(editor->token()->udfFloat[0] == std::optional<double>(value));
        QVERIFY2(!editor->isModified(), qPrintable(number->text()));
        QVERIFY2(editor->violations().isEmpty(), qPrintable(number->text()));
        QVERIFY2(number->hasAcceptableInput(), qPrintable(number->text()));
        QCOMPARE(QLocale().toDouble(number->text()), value);
    }

    // Where the minus is U+2212 (Swedish), a typed point is kept, and refused, not dropped.
    QLocale::setDefault(QLocale(QLocale::Swedish, QLocale::Sweden));
    TokenEditor swedish(m_service.get());
    AccessToken token = *editor->token();
    token.udfFloat[0] = -1.5;
    swedish.loadToken(token);
    QLineEdit* field = swedish.udfFloatEdit(0);
    QCOMPARE(field->text(), QStringLiteral("\u22121,5"));
    QVERIFY(!swedish.isModified());
    field->end(false);
    QTest::keyClicks(field, QStringLiteral(".5"));
    QCOMPARE(field->text(), QStringLiteral("\u22121,5.5"));
    QVERIFY(!swedish.violations().isEmpty());
    QVERIFY(swedish.isModified());
    field->selectAll();
    // QTest types ASCII only; insert() goes through the validator as typing does.
    field->insert(QStringLiteral("\u22122,25"));
    QCOMPARE(field->text(), QStringLiteral("\u22122,25"));
    QVERIFY(swedish.violations().isEmpty());
    QCOMPARE(swedish.patch().udfFloat[0].value(), -2.25);
    QLocale::setDefault(QLocale::c());
}

void TestMainWindow::headerClickSortsInTheStore()
{
    QHeaderView* header = m_window->table()->horizontalHeader();
    const int column = m_window->model()->columnOf(QStringLiteral("identifier"));
    const QPoint centre(header->sectionViewportPosition(column) + header->sectionSize(column) / 2,
                        header->fontMetrics().height() / 2 + 2);
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, centre);
    QTRY_COMPARE(m_store->queries().constLast().sortField, QStringLiteral("identifier"));
    const bool firstDescending = m_store->queries().constLast().descending;
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, centre);
    QTRY_VERIFY(m_store->queries().constLast().descending != firstDescending);
    QTRY_VERIFY(m_window->model()->tokenAt(0).has_value());
    QCOMPARE(m_window->model()->tokenAt(0)->identifier,
             m_window->model()->sortOrder() == Qt::DescendingOrder ? QStringLiteral("user9@example.org")
                                                                   : QStringLiteral("user100@example.org"));
}

// View → Columns gives the keyboard the header's menu: which columns the table shows (and an
// export writes), each reached by an access key of its own.
void TestMainWindow::viewMenuChoosesTheColumns()
{
    auto* columns = m_window->findChild<QAction*>(QStringLiteral("menuColumns"));
    QVERIFY(columns && columns->menu());
    QMenu* menu = columns->menu();
    const int udf = m_window->model()->columnOf(QStringLiteral("udf_string_1"));
    QVERIFY(udf >= 0);
    const bool shownBefore = !m_window->table()->isColumnHidden(udf);
    // Filled as it opens, and again each time.
    for (int opened = 0; opened < 2; ++opened) {
        const MenuEntries entries = openMenu(menu);
        QVERIFY2(entries.clash.isEmpty(), qPrintable(entries.clash));
        QAction* toggle = entries.byText.value(TokenTableModel::columnTitle(QStringLiteral("udf_string_1")));
        QVERIFY(toggle && toggle->isCheckable());
        QCOMPARE(toggle->isChecked(), opened == 0 ? shownBefore : !shownBefore);
        toggle->trigger();
        QCOMPARE(!m_window->table()->isColumnHidden(udf), opened == 0 ? !shownBefore : shownBefore);
    }
}

// View → Sort By gives the keyboard what a click on the header gives the mouse.
void TestMainWindow::viewMenuSortsByKeyboard()
{
    auto* sortBy = m_window->findChild<QAction*>(QStringLiteral("menuSortBy"));
    QVERIFY(sortBy && sortBy->menu());
    QMenu* menu = sortBy->menu();
    // Filled as it opens, from the columns on show; each entry has an access key of its own.
    const MenuEntries entries = openMenu(menu);
    QVERIFY2(entries.clash.isEmpty() && entries.keyless.isEmpty(),
             qPrintable(entries.clash + entries.keyless));
    QAction* byIdentifier = entries.byText.value(TokenTableModel::columnTitle(QStringLiteral("identifier")));
    QAction* descending = entries.byText.value(QStringLiteral("Descending"));
    QVERIFY(byIdentifier && descending);
    byIdentifier->trigger();
    QTRY_COMPARE(m_store->queries().constLast().sortField, QStringLiteral("identifier"));
    QCOMPARE(m_window->table()->horizontalHeader()->sortIndicatorSection(),
             m_window->model()->columnOf(QStringLiteral("identifier")));
    const bool wasDescending = m_store->queries().constLast().descending;
    descending = openMenu(menu).byText.value(QStringLiteral("Descending"));
    QVERIFY(descending);
    QCOMPARE(descending->isChecked(), wasDescending);
    descending->trigger();
    QTRY_VERIFY(m_store->queries().constLast().descending != wasDescending);
    QCOMPARE(m_store->queries().constLast().sortField, QStringLiteral("identifier"));
}

// Sorting does not move the person to another token: the one on show stays selected, on its new
// row, also when that row is pages away from the first one.
void TestMainWindow::aNewOrderKeepsTheTokenOnShowSelected()
{
    m_store->seed(700);
    const AccessToken shown = showRow(499);
    QCOMPARE(m_window->model()->rowCount(), 1000);
    QCOMPARE(m_window->editor()->token()->id, shown.id);

    for (const bool descending : { false, true }) {
        TokenQuery order;
        order.sortField = QStringLiteral("identifier");
        order.descending = descending;
        order.limit = 1000;
        const QList<AccessToken> expected = await(m_service->list(order)).value();
        int expectedRow = -1;
        for (int row = 0; row < expected.size(); ++row) {
            if (expected.at(row).id == shown.id)
                expectedRow = row;
        }
        QVERIFY(expectedRow >= m_window->model()->pageSize());

        m_window->table()->sortByColumn(m_window->model()->columnOf(QStringLiteral("identifier")),
                                        descending ? Qt::DescendingOrder : Qt::AscendingOrder);
        QTRY_COMPARE(m_window->table()->currentIndex().row(), expectedRow);
        QTRY_VERIFY(m_window->model()->tokenAt(expectedRow).has_value());
        QCOMPARE(m_window->model()->tokenAt(expectedRow)->id, shown.id);
        QCOMPARE(m_window->editor()->token()->id, shown.id);
        QTRY_COMPARE(m_window->selectedTokens().size(), 1);
        QCOMPARE(m_window->selectedTokens().first().id, shown.id);
        QVERIFY(m_window->action(MainWindow::Action::SetNotEffective)->isEnabled());
    }

    // Unsaved edits go along: nothing is asked, the edited token stays on show and selected.
    m_window->editor()->udfStringEdit(1)->setText(QStringLiteral("unsaved"));
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    m_window->table()->sortByColumn(m_window->model()->columnOf(QStringLiteral("authentication_code")),
                                    Qt::DescendingOrder);
    QTRY_VERIFY(m_window->table()->currentIndex().isValid());
    QTRY_VERIFY(m_window->model()->tokenAt(m_window->table()->currentIndex().row()).has_value());
    QCOMPARE(m_window->model()->tokenAt(m_window->table()->currentIndex().row())->id, shown.id);
    QVERIFY(m_window->editor()->isModified());
    QCOMPARE(m_window->editor()->token()->id, shown.id);
    MessageBox::setNextAnswer(QMessageBox::NoButton);
    m_window->editor()->revert();

    // A token gone meanwhile (deleted by someone else, unannounced) is not looked for on another
    // token's row: the table starts from its first row, and the editor shows that one.
    QVERIFY(m_store->setNotEffective(TokenRef::byId(shown.id)).ok());
    QVERIFY(m_store->remove(TokenRef::byId(shown.id)).ok());
    m_window->table()->sortByColumn(m_window->model()->columnOf(QStringLiteral("identifier")),
                                    Qt::AscendingOrder);
    QTRY_COMPARE(m_window->table()->currentIndex().row(), 0);
    QTRY_VERIFY(m_window->editor()->token().has_value()
                && m_window->editor()->token()->id == m_window->model()->tokenAt(0)->id);

    // On the first page, found among the rows already in.
    m_window->selectRow(0);
    const AccessToken first = *m_window->model()->tokenAt(0);
    QTRY_COMPARE(m_window->editor()->token()->id, first.id);
    m_window->table()->sortByColumn(m_window->model()->columnOf(QStringLiteral("number")),
                                    Qt::AscendingOrder);
    QTRY_VERIFY(m_window->table()->currentIndex().isValid());
    QTRY_VERIFY(m_window->model()->tokenAt(m_window->table()->currentIndex().row()).has_value());
    QCOMPARE(m_window->model()->tokenAt(m_window->table()->currentIndex().row())->id, first.id);
    QCOMPARE(m_window->editor()->token()->id, first.id);
}

// A narrower filter does not move the person to another token while the one on show still
// matches; a token the filter leaves out, or a new search, starts from the first row.
void TestMainWindow::aFilterKeepsTheTokenOnShowWhereItStillMatches()
{
    m_store->seed(700);
    createToken(QStringLiteral("left-out@example.org"), LifeCycleState::NotEffective);
    const AccessToken shown = showRow(499);
    QCOMPARE(m_window->model()->rowCount(), 1001);
    QCOMPARE(m_window->editor()->token()->id, shown.id);

    TokenQuery sameState;
    sameState.state = shown.lifeCycleState;
    sameState.limit = 2000;
    const QList<AccessToken> expected = await(m_service->list(sameState)).value();
    const auto at = std::find_if(expected.cbegin(), expected.cend(),
                                 [&shown](const AccessToken& token) { return token.id == shown.id; });
    QVERIFY(at != expected.cend());
    const int expectedRow = int(at - expected.cbegin());
    QVERIFY(expectedRow > 0);
    // Nothing is asked: a question answered Cancel would leave the rows as they were.
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    QTest::mouseClick(stateButton(StateLabels::label(shown.lifeCycleState)), Qt::LeftButton);
    QTRY_COMPARE(m_window->model()->rowCount(), int(expected.size()));
    QTRY_COMPARE(m_window->table()->currentIndex().row(), expectedRow);
    QCOMPARE(m_window->model()->tokenAt(expectedRow)->id, shown.id);
    QCOMPARE(m_window->editor()->token()->id, shown.id);

    // Left out by the filter: the first row, and the editor follows it.
    QTest::mouseClick(stateButton(StateLabels::label(LifeCycleState::NotEffective)), Qt::LeftButton);
    QTRY_COMPARE(m_window->model()->rowCount(), 1);
    QTRY_COMPARE(m_window->table()->currentIndex().row(), 0);
    QTRY_COMPARE(m_window->editor()->token()->identifier, QStringLiteral("left-out@example.org"));

    // Let back in (Escape or Backspace in a filter, or All), the token left out is on show again,
    // as the person stayed on the row chosen in its place.
    QTest::mouseClick(stateButton(QStringLiteral("All")), Qt::LeftButton);
    QTRY_COMPARE(m_window->model()->rowCount(), 1001);
    QTRY_COMPARE(m_window->table()->currentIndex().row(), 499);
    QTRY_COMPARE(m_window->editor()->token()->id, shown.id);
    QCOMPARE(m_window->selectedTokens().constFirst().id, shown.id);

    // A new search is looking for another token: its first match, not the token on show.
    m_window->searchField()->setText(QStringLiteral("user"));
    QTRY_COMPARE(m_window->model()->query().search, QStringLiteral("user"));
    QTRY_COMPARE(m_window->table()->currentIndex().row(), 0);
    QTRY_COMPARE(m_window->editor()->token()->id, m_window->model()->tokenAt(0)->id);
    QVERIFY(m_window->editor()->token()->id != shown.id);

    // Clearing the search keeps the token found on show, on its row among them all.
    m_window->searchField()->setText(QStringLiteral("user450@"));
    QTRY_VERIFY(m_window->editor()->token()->identifier == QStringLiteral("user450@example.org"));
    const AccessToken found = *m_window->editor()->token();
    m_window->searchField()->clear();
    QTRY_COMPARE(m_window->model()->query().search, QString());
    QTRY_VERIFY(m_window->table()->currentIndex().row() > 0);
    QTRY_VERIFY(m_window->model()->tokenAt(m_window->table()->currentIndex().row()).has_value());
    QCOMPARE(m_window->model()->tokenAt(m_window->table()->currentIndex().row())->id, found.id);
    QCOMPARE(m_window->editor()->token()->id, found.id);
    MessageBox::setNextAnswer(QMessageBox::NoButton);
}

// A change announced while the token on show is looked for among a filter's rows (another
// client's save, on a busy machine) reads the first page again before the token's page is in:
// the token is still the one selected, not the first row in its place.
void TestMainWindow::aChangeWhileTheTokenIsLookedForKeepsIt()
{
    m_store->seed(700);
    const AccessToken shown = showRow(499);
    TokenTableModel* model = m_window->model();
    QVERIFY(499 / model->pageSize() > 0);
    // Connected after the window's own handler, which has asked where the token is by then.
    QMetaObject::Connection changeOnce;
    changeOnce = connect(model, &TokenTableModel::firstPageLoaded, this, [&]() {
        disconnect(changeOnce);
        model->refresh();
    });
    QTest::mouseClick(stateButton(StateLabels::label(LifeCycleState::Effective)), Qt::LeftButton);
    QTRY_VERIFY(!changeOnce);
    QTRY_VERIFY(m_window->table()->currentIndex().isValid());
    QTRY_VERIFY(!model->isLoading());
    QCOMPARE(m_window->table()->currentIndex().row(), 499);
    QCOMPARE(m_window->editor()->token()->id, shown.id);
}

// Delete asks about the one token by its number (No keeps it), and the row goes to the token
// after it, as in any list.
void TestMainWindow::deletingOneTokenNamesItAndGoesToTheNext()
{
    const AccessToken before = showRow(2);
    const int rows = m_window->model()->rowCount();
    QVERIFY(await(m_service->setNotEffective(TokenRef::byId(before.id))).ok());
    const AccessToken next = *m_window->model()->tokenAt(3);
    QTRY_COMPARE(m_window->editor()->token()->lifeCycleState, LifeCycleState::NotEffective);
    m_window->table()->setFocus();

    MessageBox::setNextAnswer(QMessageBox::No);
    QTest::keyClick(m_window->table(), Qt::Key_Delete);
    QCOMPARE(MessageBox::lastTitle(), QStringLiteral("Delete Token"));
    QCOMPARE(MessageBox::lastText(),
             QStringLiteral("Delete token %1? This cannot be undone.").arg(before.number));
    QVERIFY(await(m_service->show(TokenRef::byId(before.id))).ok());

    MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::keyClick(m_window->table(), Qt::Key_Delete);
    QTRY_VERIFY(!await(m_service->show(TokenRef::byId(before.id))).ok());
    QTRY_COMPARE(m_window->model()->rowCount(), rows - 1);
    QTRY_VERIFY(m_window->editor()->token() && m_window->editor()->token()->id == next.id);
    QCOMPARE(m_window->table()->currentIndex().row(), 2);
}

// Tab goes from the search field to the table without stopping at every column's filter;
// Ctrl+Shift+F is the keyboard's way into the filter row, Return applies the filter at once and
// goes back to the table, and Escape goes back without what was typed.
void TestMainWindow::tabPassesTheFilterRowAndCtrlShiftFEntersIt()
{
    QApplication::setActiveWindow(m_window.get());
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    auto* header = m_window->findChild<FilterHeaderView*>();
    QTableView* table = m_window->table();
    m_window->searchField()->setFocus();
    QTRY_VERIFY(m_window->searchField()->hasFocus());
    for (int presses = 0; presses < 20 && !table->hasFocus(); ++presses) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QVERIFY2(!header->isAncestorOf(QApplication::focusWidget()),
                 qPrintable(QApplication::focusWidget()->accessibleName()));
    }
    QVERIFY(table->hasFocus());

    const int identifier = m_window->model()->columnOf(QStringLiteral("identifier"));
    table->setCurrentIndex(m_window->model()->index(0, identifier));
    QTest::keyClick(table, Qt::Key_F, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_COMPARE(QApplication::focusWidget(), header->filterEdit(identifier));

    // Tab moves along the row, in the order the columns are shown.
    QList<int> shown;
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (!header->isSectionHidden(logical) && header->filterEdit(logical))
            shown.append(logical);
    }
    const int next = shown.value(shown.indexOf(identifier) + 1, -1);
    QVERIFY(next >= 0);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), header->filterEdit(next));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Backtab, Qt::ShiftModifier);
    QCOMPARE(QApplication::focusWidget(), header->filterEdit(identifier));

    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("user12"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QVERIFY(table->hasFocus());
    // Applied by the Return, not by the pause after typing.
    QCOMPARE(m_window->model()->query().columnFilters.value(QStringLiteral("identifier")),
             QStringLiteral("user12"));
    QTRY_COMPARE(m_window->model()->rowCount(), 11);
    QCOMPARE(m_store->queries().constLast().columnFilters.value(QStringLiteral("identifier")),
             QStringLiteral("user12"));

    // Escape takes back what was typed since, and goes back to the table too.
    QTest::keyClick(table, Qt::Key_F, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_COMPARE(QApplication::focusWidget(), header->filterEdit(identifier));
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("nobody"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
    QVERIFY(table->hasFocus());
    QCOMPARE(header->filterEdit(identifier)->text(), QStringLiteral("user12"));
    QCOMPARE(m_window->model()->query().columnFilters.value(QStringLiteral("identifier")),
             QStringLiteral("user12"));
}

// From the search field, Return or Down goes into what was found, on its first row.
void TestMainWindow::returnOrDownInTheSearchGoesToTheResults()
{
    QApplication::setActiveWindow(m_window.get());
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    for (const Qt::Key key : { Qt::Key_Return, Qt::Key_Down }) {
        m_window->searchField()->setFocus();
        m_window->searchField()->clear();
        QTest::keyClicks(m_window->searchField(), QStringLiteral("user12"));
        QTest::keyClick(m_window->searchField(), key);
        QVERIFY(m_window->table()->hasFocus());
        // The search applies at once, not after the pause.
        QCOMPARE(m_window->model()->query().search, QStringLiteral("user12"));
        QTRY_COMPARE(m_window->model()->rowCount(), 11);
        QTRY_VERIFY(m_window->table()->currentIndex().isValid());
    }
}

// Ctrl+Home, Ctrl+End and Ctrl+arrows move the selection with the current row: an action acts on
// the token the editor shows, never on one left selected out of sight. Return opens the token.
void TestMainWindow::theKeyboardMovesTheSelectionWithTheTokenOnShow()
{
    QApplication::setActiveWindow(m_window.get());
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QTableView* table = m_window->table();
    m_window->selectRow(5);
    table->setFocus();
    QTRY_VERIFY(table->hasFocus());
    const int last = m_window->model()->rowCount() - 1;
    for (const auto& [key, row] : std::initializer_list<std::pair<Qt::Key, int>> {
             { Qt::Key_Home, 0 }, { Qt::Key_Down, 1 }, { Qt::Key_End, last }, { Qt::Key_Up, last - 1 } }) {
        QTest::keyClick(table, key, Qt::ControlModifier);
        QCOMPARE(table->currentIndex().row(), row);
        QTRY_VERIFY(m_window->model()->tokenAt(row).has_value());
        const QString id = m_window->model()->tokenAt(row)->id;
        QTRY_COMPARE(m_window->editor()->token()->id, id);
        QCOMPARE(m_window->selectedTokens().size(), 1);
        QCOMPARE(m_window->selectedTokens().constFirst().id, id);
    }
    // Shift still extends, Ctrl+Shift too; Ctrl+Space still takes the current row away, and the
    // editor then goes to the row left selected.
    QTest::keyClick(table, Qt::Key_Up, Qt::ShiftModifier);
    QCOMPARE(m_window->selectedTokens().size(), 2);
    QTest::keyClick(table, Qt::Key_Up, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(m_window->selectedTokens().size(), 3);
    QTest::keyClick(table, Qt::Key_Home, Qt::ControlModifier);
    QCOMPARE(m_window->selectedTokens().size(), 1);
    QTest::keyClick(table, Qt::Key_Down, Qt::ShiftModifier);
    QCOMPARE(m_window->selectedTokens().size(), 2);
    QTest::keyClick(table, Qt::Key_Space, Qt::ControlModifier);
    QCOMPARE(m_window->selectedTokens().size(), 1);
    QTRY_COMPARE(m_window->editor()->token()->id, m_window->selectedTokens().constFirst().id);
    QCOMPARE(table->currentIndex().row(), 0);
    QTest::keyClick(table, Qt::Key_Home, Qt::ControlModifier);

    QTest::keyClick(table, Qt::Key_Return);
    QTRY_VERIFY(QApplication::focusWidget() && m_window->editor()->isAncestorOf(QApplication::focusWidget()));
    QCOMPARE(m_window->editor()->token()->id, m_window->model()->tokenAt(0)->id);
}

// Home and End (with Ctrl or not) go to the first and last token and stay in the column: the
// columns do not scroll, so Number and State stay in view.
void TestMainWindow::homeAndEndGoToTheFirstAndLastRowInTheSameColumn()
{
    QApplication::setActiveWindow(m_window.get());
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QTableView* table = m_window->table();
    const int identifier = m_window->model()->columnOf(QStringLiteral("identifier"));
    QVERIFY(identifier > 0);
    QTRY_VERIFY(m_window->model()->rowCount() > 10);
    table->setCurrentIndex(m_window->model()->index(5, identifier));
    table->setFocus();
    QTRY_VERIFY(table->hasFocus());
    const int across = table->horizontalScrollBar()->value();
    const int last = m_window->model()->rowCount() - 1;
    for (const auto& [key, modifiers, row] :
         std::initializer_list<std::tuple<Qt::Key, Qt::KeyboardModifiers, int>> {
             { Qt::Key_End, Qt::ControlModifier, last },
             { Qt::Key_Home, Qt::ControlModifier, 0 },
             { Qt::Key_End, Qt::NoModifier, last },
             { Qt::Key_Home, Qt::NoModifier, 0 } }) {
        QTest::keyClick(table, key, modifiers);
        QCOMPARE(table->currentIndex().row(), row);
        QCOMPARE(table->currentIndex().column(), identifier);
        QCOMPARE(table->horizontalScrollBar()->value(), across);
        QTRY_VERIFY(m_window->model()->tokenAt(row).has_value() && m_window->editor()->token()
                    && m_window->editor()->token()->id == m_window->model()->tokenAt(row)->id);
        QCOMPARE(m_window->selectedTokens().size(), 1);
    }
}

// F10 opens the menu bar and Shift+F10 the table's context menu, as in GNOME and Windows.
void TestMainWindow::menusOpenFromTheKeyboard()
{
    QApplication::setActiveWindow(m_window.get());
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QString opened;
    auto closeOpenedMenu = [&opened]() {
        QTimer::singleShot(50, [&opened]() {
            if (auto* menu = qobject_cast<QMenu*>(QApplication::activePopupWidget())) {
                for (QAction* action : menu->actions())
                    opened += action->objectName() + QLatin1Char(' ');
                menu->close();
            }
        });
    };
    QTableView* table = m_window->table();
    m_window->selectRow(0);
    table->setFocus();
    QTRY_VERIFY(table->hasFocus());
    closeOpenedMenu();
    QTest::keyClick(table, Qt::Key_F10, Qt::ShiftModifier);
    QTRY_VERIFY2(opened.contains(QLatin1String("actionSetNotEffective")), qPrintable(opened));

    opened.clear();
    closeOpenedMenu();
    QTest::keyClick(table, Qt::Key_F10);
    QTRY_VERIFY2(opened.contains(QLatin1String("actionImport")), qPrintable(opened));
}

// The eye takes no focus: Ctrl+H shows and hides the pass code typed, without touching it.
void TestMainWindow::ctrlHShowsThePassCodeTyped()
{
    QApplication::setActiveWindow(m_window.get());
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    m_window->selectRow(0);
    QTRY_VERIFY(m_window->editor()->token().has_value());
    QLineEdit* passCode = nullptr;
    for (QLineEdit* edit : m_window->editor()->findChildren<QLineEdit*>()) {
        if (edit->echoMode() == QLineEdit::Password)
            passCode = edit;
    }
    QVERIFY(passCode);
    passCode->setFocus();
    QTRY_VERIFY(passCode->hasFocus());
    QTest::keyClicks(passCode, QStringLiteral("Secret-1"));
    QTest::keyClick(passCode, Qt::Key_H, Qt::ControlModifier);
    QCOMPARE(passCode->echoMode(), QLineEdit::Normal);
    QCOMPARE(passCode->text(), QStringLiteral("Secret-1"));
    QTest::keyClick(passCode, Qt::Key_H, Qt::ControlModifier);
    QCOMPARE(passCode->echoMode(), QLineEdit::Password);
    QCOMPARE(passCode->text(), QStringLiteral("Secret-1"));
    m_window->editor()->revert();

    // So does every pass-code field of the dialogs that ask for one.
    VerifyDialog verify(QStringLiteral("AT0000000001"));
    ChangePassCodeDialog change(QStringLiteral("ada@example.org"), TokenRules());
    NewTokenDialog create(TokenSettings(), {}, {});
    for (QDialog* dialog : std::initializer_list<QDialog*> { &verify, &change, &create }) {
        for (QLineEdit* edit : dialog->findChildren<QLineEdit*>()) {
            if (edit->echoMode() != QLineEdit::Password)
                continue;
            const QList<QAction*> actions = edit->actions();
            QVERIFY2(std::any_of(actions.cbegin(), actions.cend(),
                                 [](QAction* action) { return qobject_cast<RevealAction*>(action); }),
                     qPrintable(dialog->windowTitle()));
        }
    }
}

// The refusal's bar makes the dialog taller and, gone, shorter again, by its own height only: a
// dialog the person made taller stays that much taller.
void TestMainWindow::aRefusalKeepsTheHeightThePersonGaveTheDialog()
{
    VerifyDialog dialog(QStringLiteral("AT0000000001"));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    const int first = dialog.height();
    dialog.resize(dialog.width(), first + 120);
    QCOMPARE(dialog.height(), first + 120);
    dialog.showFailure(Error(Error::Code::Validation, QStringLiteral("The verification code is wrong"),
                             QStringLiteral("verification_code")));
    QTRY_VERIFY2(dialog.height() > first + 120, qPrintable(QString::number(dialog.height())));
    auto* code = dialog.findChild<QLineEdit*>();
    QVERIFY(code);
    QTest::keyClicks(code, QStringLiteral("1"));
    QTRY_COMPARE(dialog.height(), first + 120);

    // A pass code refused for want of an identifier sends the keyboard to the pass code, the one
    // field here that can put it right.
    QApplication::setActiveWindow(&dialog);
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    dialog.showFailure(Error::validation(
        { { QStringLiteral("identifier"), QStringLiteral("A pass code needs an identifier") } }));
    QTRY_VERIFY(dialog.passCodeEdit()->hasFocus());
}

// The line saying what is still missing ("The new pass codes differ.") makes room for itself:
// the wrapped hint above it kept its height, not cut to half its lines.
void TestMainWindow::aProblemLineDoesNotSqueezeTheHint()
{
    TokenRules rules;
    rules.passCodeRules = { 8, true, true, false };
    ChangePassCodeDialog dialog(QStringLiteral("olga.georgiou2@example.org"), rules);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    const QList<QLineEdit*> edits = dialog.findChildren<QLineEdit*>();
    QCOMPARE(edits.size(), 3);
    QTest::keyClicks(edits.at(0), QStringLiteral("Old-pass1"));
    QTest::keyClicks(edits.at(1), QStringLiteral("New-pass1"));
    QTest::keyClicks(edits.at(2), QStringLiteral("New-pass2"));
    QLabel* hint = nullptr;
    for (QLabel* label : dialog.findChildren<QLabel*>()) {
        if (label->text().startsWith(QLatin1String("8 to")))
            hint = label;
    }
    QVERIFY(hint);
    QTRY_VERIFY2(
        hint->height() >= hint->heightForWidth(hint->width()),
        qPrintable(QStringLiteral("%1 < %2").arg(hint->height()).arg(hint->heightForWidth(hint->width()))));
}

void TestMainWindow::escapeClosesTheNetworkLog()
{
    m_window->action(MainWindow::Action::NetworkLog)->trigger();
    QWidget* log = nullptr;
    for (QWidget* window : QApplication::topLevelWidgets()) {
        if (window->objectName() == QLatin1String("networkLogWindow") && window->isVisible())
            log = window;
    }
    QVERIFY(log);
    QApplication::setActiveWindow(log);
    QVERIFY(QTest::qWaitForWindowActive(log));
    QTest::keyClick(log, Qt::Key_Escape);
    QTRY_VERIFY(!log->isVisible());
}

void TestMainWindow::staleSaveShowsTheConflict()
{
    selectToken(QStringLiteral("user5@example.org"));
    TokenEditor* editor = m_window->editor();
    const QString id = editor->token()->id;
    editor->udfStringEdit(0)->setText(QStringLiteral("mine"));
    // Someone else changes the same field after the editor loaded the token.
    m_store->touch(id, QStringLiteral("theirs"));
    editor->save();
    auto* dialog = waitForDialog<ConflictDialog>();
    QVERIFY(dialog);
    const QList<QStringList> rows = dialog->rows();
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.first().at(2), QStringLiteral("mine"));
    QCOMPARE(rows.first().at(3), QStringLiteral("theirs"));
    // Escape (as closing the window) keeps the edits and saves nothing.
    QTest::keyClick(dialog, Qt::Key_Escape);
    QTRY_VERIFY(!m_window->findChild<ConflictDialog*>());
    QCOMPARE(editor->udfStringEdit(0)->text(), QStringLiteral("mine"));
    QVERIFY(editor->isModified());
    QVERIFY2(m_window->lastOperationText().contains(QLatin1String("Your edits are still in the editor")),
             qPrintable(m_window->lastOperationText()));
    QCOMPARE(await(m_service->show(TokenRef::byId(id)))->udfString[0], QStringLiteral("theirs"));
    // Saved again, it meets the same change; Return is Cancel too.
    editor->save();
    dialog = waitForDialog<ConflictDialog>();
    QVERIFY(dialog);
    QTest::keyClick(dialog, Qt::Key_Return);
    QTRY_VERIFY(!m_window->findChild<ConflictDialog*>());
    QVERIFY(editor->isModified());
    editor->save();
    dialog = waitForDialog<ConflictDialog>();
    QVERIFY(dialog);
    dialog->reload();
    QTRY_COMPARE(editor->udfStringEdit(0)->text(), QStringLiteral("theirs"));
    QVERIFY(!editor->isModified());
    QCOMPARE(await(m_service->show(TokenRef::byId(id)))->udfString[0], QStringLiteral("theirs"));
    // The table takes the version reloaded too: its row, and the actions on the selection (a
    // reset asked by the identifier), no longer use the one the editor first loaded.
    QTRY_COMPARE(m_window->selectedTokens().value(0).udfString[0], QStringLiteral("theirs"));
    QCOMPARE(m_window->selectedTokens().constFirst().id, id);

    // Overwrite saves the person's value over the new version.
    QTRY_VERIFY(!m_window->findChild<ConflictDialog*>());
    editor->udfStringEdit(0)->setText(QStringLiteral("mine again"));
    m_store->touch(id, QStringLiteral("theirs again"));
    editor->save();
    QTRY_VERIFY(m_window->findChild<ConflictDialog*>());
    m_window->findChild<ConflictDialog*>()->overwrite();
    QTRY_COMPARE(await(m_service->show(TokenRef::byId(id)))->udfString[0], QStringLiteral("mine again"));
}

void TestMainWindow::aChangeElsewhereWhileEditingIsSaidAndCompared()
{
    selectToken(QStringLiteral("user6@example.org"));
    TokenEditor* editor = m_window->editor();
    const QString id = editor->token()->id;
    editor->udfStringEdit(0)->setText(QStringLiteral("mine"));
    // Another clerk changes another field and sets the token not effective.
    TokenPatch theirs;
    theirs.udfString[1] = QStringLiteral("their note");
    QVERIFY(await(m_service->update(TokenRef::byId(id), theirs)).ok());
    QVERIFY(await(m_service->setNotEffective(TokenRef::byId(id))).ok());
    m_window->model()->refresh();
    // The person is told at once, and keeps what they typed.
    QTRY_VERIFY2(m_window->messageBar()->text().contains(QLatin1String("while you were editing")),
                 qPrintable(m_window->messageBar()->text()));
    QCOMPARE(editor->udfStringEdit(0)->text(), QStringLiteral("mine"));
    QVERIFY(editor->isModified());
    // The save lists their changes beside the person's, and Overwrite keeps both.
    editor->save();
    auto* dialog = waitForDialog<ConflictDialog>();
    QVERIFY(dialog);
    const QList<QStringList> rows = dialog->rows();
    auto row = [&](const QString& yours, const QString& now) {
        return std::any_of(rows.cbegin(), rows.cend(),
                           [&](const QStringList& r) { return r.at(2) == yours && r.at(3) == now; });
    };
    QVERIFY(std::any_of(rows.cbegin(), rows.cend(),
                        [](const QStringList& r) { return r.at(2) == QLatin1String("mine"); }));
    QVERIFY(row(QStringLiteral("(not edited)"), QStringLiteral("their note")));
    QVERIFY(row(QStringLiteral("(not edited)"), QStringLiteral("Not effective")));
    QCOMPARE(rows.size(), 3);
    saveScreenshot(dialog, QStringLiteral("conflict"));
    dialog->overwrite();
    QTRY_COMPARE(await(m_service->show(TokenRef::byId(id)))->udfString[0], QStringLiteral("mine"));
    const AccessToken saved = await(m_service->show(TokenRef::byId(id))).value();
    QCOMPARE(saved.udfString[1], QStringLiteral("their note"));
    QCOMPARE(saved.lifeCycleState, LifeCycleState::NotEffective);
}

AccessToken TestMainWindow::typeThenDeleteElsewhere()
{
    selectToken(QStringLiteral("user6@example.org"));
    const AccessToken token = *m_window->editor()->token();
    m_window->editor()->udfStringEdit(0)->setText(QStringLiteral("mine"));
    [&]() {
        QVERIFY(await(m_service->setNotEffective(TokenRef::byId(token.id))).ok());
        QVERIFY(await(m_service->remove(TokenRef::byId(token.id))).ok());
    }();
    return token;
}

void TestMainWindow::savingATokenDeletedElsewhereSaysSo()
{
    TokenEditor* editor = m_window->editor();
    const AccessToken token = typeThenDeleteElsewhere();
    editor->save();
    QTRY_COMPARE(m_window->messageBar()->text(),
                 QStringLiteral("Token %1 was not saved: someone else deleted it.").arg(token.number));
}

void TestMainWindow::editsOfATokenDeletedElsewhereStayButCannotBeSaved()
{
    TokenEditor* editor = m_window->editor();
    const AccessToken token = typeThenDeleteElsewhere();
    m_window->model()->refresh();
    // Told at once, with the typing kept for reading or copying, and nothing offered that fails.
    QTRY_VERIFY2(m_window->messageBar()->text().contains(
                     QStringLiteral("Token %1 was deleted from the store while you were editing it")
                         .arg(token.number)),
                 qPrintable(m_window->messageBar()->text()));
    QCOMPARE(editor->token()->id, token.id);
    QCOMPARE(editor->udfStringEdit(0)->text(), QStringLiteral("mine"));
    for (const MainWindow::Action id :
         { MainWindow::Action::Save, MainWindow::Action::SetNotEffective, MainWindow::Action::Delete,
           MainWindow::Action::ResetPassCode, MainWindow::Action::GenerateOtp,
           MainWindow::Action::ExportSelection })
        QVERIFY2(!m_window->action(id)->isEnabled(), qPrintable(m_window->action(id)->text()));
    auto* saveButton = editor->findChild<QPushButton*>(QStringLiteral("saveButton"));
    QVERIFY(saveButton);
    QVERIFY(!saveButton->isEnabled());
    QVERIFY(
        editor->findChild<QLabel*>(QStringLiteral("editorTitle"))->text().contains(QLatin1String("deleted")));
    // The state buttons count without it, as the table lists it no more.
    QTRY_COMPARE(stateButton(StateLabels::label(LifeCycleState::Effective))->text(),
                 QStringLiteral("Effective (0)"));
    saveScreenshot(m_window.get(), QStringLiteral("editor-deleted"));
    // Revert drops the edits, and the token with them: the search found no other.
    editor->revert();
    QVERIFY(!editor->token());
    QVERIFY(!editor->isDeleted());
    QVERIFY(!m_window->action(MainWindow::Action::Save)->isEnabled());
    QCOMPARE(editor->findChild<QLabel*>(QStringLiteral("editorTitle"))->text(),
             QStringLiteral("No token selected"));
}

// An administrator checks the terms and the third-party notices from Help, as in any desktop
// application; About Qt is Qt's own.
void TestMainWindow::aboutNamesTheLicences()
{
    QMenu* help = nullptr;
    for (QAction* menu : m_window->menuBar()->actions()) {
        if (menu->text() == QLatin1String("&Help"))
            help = menu->menu();
    }
    QVERIFY(help);
    QStringList items;
    for (QAction* item : help->actions())
        items.append(item->text());
    QCOMPARE(items, (QStringList { QStringLiteral("&About TokenDesk"), QStringLiteral("About &Qt") }));
    MessageBox::setNextAnswer(QMessageBox::Ok);
    help->actions().constFirst()->trigger();
    const QString text = MessageBox::lastText();
    QVERIFY2(text.contains(QStringLiteral("Copyright © 2026 The TokenDesk team")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("Qt %1 (LGPL-3.0)").arg(QLatin1String(qVersion()))));
    QVERIFY(text.contains(QLatin1String("libsodium (ISC)")));
}

// A line icon the style greys by itself stays nearly black beside a label that is plainly off.
void TestMainWindow::aDisabledActionsIconIsAsGreyAsItsText()
{
    const QIcon icon = m_window->action(MainWindow::Action::Save)->icon();
    auto solid = [](const QImage& image) {
        QColor found;
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x) {
                const QColor pixel = image.pixelColor(x, y);
                if (pixel.alpha() == 255)
                    found = pixel;
            }
        }
        return found.name();
    };
    const QPalette palette = QApplication::palette();
    QCOMPARE(solid(icon.pixmap(QSize(24, 24), QIcon::Disabled).toImage()),
             palette.color(QPalette::Disabled, QPalette::WindowText).name());
    QCOMPARE(solid(icon.pixmap(QSize(24, 24), QIcon::Normal).toImage()),
             palette.color(QPalette::Active, QPalette::WindowText).name());
}

void TestMainWindow::aLostReplyDoesNotClaimTheSaveFailed()
{
    selectToken(QStringLiteral("user6@example.org"));
    TokenEditor* editor = m_window->editor();
    const AccessToken token = *editor->token();
    editor->udfStringEdit(0)->setText(QStringLiteral("sent"));
    m_store->loseNextUpdateReply(Error(Error::Code::Network, QStringLiteral("The connection dropped")));
    editor->save();
    // The change may well be in the store: the message does not say it is not.
    QTRY_COMPARE(m_window->messageBar()->text(),
                 QStringLiteral("Saving token %1 failed: The connection dropped. Your edits are still in "
                                "the editor; saving again shows whether they went through.")
                     .arg(token.number));
    QCOMPARE(await(m_service->show(TokenRef::byId(token.id)))->udfString[0], QStringLiteral("sent"));
    QVERIFY(editor->isModified());
    // And it does: saved again, the edits meet their own earlier arrival.
    editor->save();
    auto* dialog = waitForDialog<ConflictDialog>();
    QVERIFY(dialog);
    QCOMPARE(dialog->rows().first().at(2), QStringLiteral("sent"));
    QCOMPARE(dialog->rows().first().at(3), QStringLiteral("sent"));
    dialog->reload();
}

void TestMainWindow::anAltKeyThatIsNoAccessKeyTypesNothing()
{
    m_window->searchField()->clear();
    QTRY_COMPARE(m_window->model()->rowCount(), 300);
    m_window->selectRow(4);
    TokenEditor* editor = m_window->editor();
    QTRY_VERIFY(editor->token().has_value());
    QLineEdit* identifier = editor->identifierEdit();
    const QString before = identifier->text();
    identifier->setFocus();
    // Alt+R is Revert's key, and Revert is off with nothing to revert; Alt+Q is no one's.
    QTest::keyClick(identifier, Qt::Key_R, Qt::AltModifier);
    QTest::keyClick(identifier, Qt::Key_Q, Qt::AltModifier);
    QCOMPARE(identifier->text(), before);
    QVERIFY(!editor->isModified());
    // Nor does it choose from a list: Alt+R jumped to the participant RP0001.
    auto* participant = qobject_cast<QComboBox*>(editor->inputOf(QStringLiteral("reward_participant")));
    QVERIFY(participant);
    const int chosen = participant->currentIndex();
    participant->setFocus();
    QTest::keyClick(participant, Qt::Key_R, Qt::AltModifier);
    QCOMPARE(participant->currentIndex(), chosen);
    QVERIFY(!editor->isModified());
    // A participant chosen stays, as it read, when the directory read again lacks it.
    participant->setCurrentIndex(participant->currentIndex() == 1 ? 2 : 1);
    const QString participantText = participant->currentText();
    editor->setDirectory({}, {});
    QCOMPARE(participant->currentText(), participantText);
    QCOMPARE(participant->count(), 2);
    QVERIFY(editor->isModified());
    editor->revert();
    // The token's own account stays offered too, though another was chosen and the directory read
    // again lacks it.
    AccessToken owning = *editor->token();
    AccountsReceivable own;
    own.number = QStringLiteral("ACR-OWN-1");
    own.name = QStringLiteral("Not in the directory");
    owning.accountsReceivable = own;
    editor->loadToken(owning);
    auto* account = qobject_cast<QComboBox*>(editor->inputOf(QStringLiteral("accounts_receivable")));
    QVERIFY(account);
    account->setCurrentIndex(0);
    editor->setDirectory({}, {});
    QVERIFY(account->findData(own.number) >= 0);
    editor->revert();
    // A classification chosen stays when the directory is read again.
    auto* classification = qobject_cast<QComboBox*>(editor->inputOf(QStringLiteral("classification")));
    QVERIFY(classification);
    const int other = classification->currentIndex() == 0 ? 1 : 0;
    classification->setCurrentIndex(other);
    editor->setDirectory({}, {});
    QCOMPARE(classification->currentIndex(), other);
    QVERIFY(editor->isModified());
    editor->revert();
    // Plain letters still type.
    identifier->setFocus();
    QTest::keyClick(identifier, Qt::Key_R);
    QCOMPARE(identifier->text().size(), before.size() + 1);
    editor->revert();
}

void TestMainWindow::editsAloneBringNoNoticeOfTyping()
{
    m_window->searchField()->clear();
    QTRY_COMPARE(m_window->model()->rowCount(), 300);
    m_window->selectRow(2);
    TokenEditor* editor = m_window->editor();
    QTRY_VERIFY(editor->token().has_value());
    m_window->messageBar()->hide();
    // Edited, back to as it was, edited again: nothing was typed in the search or the filters.
    QLineEdit* field = editor->udfStringEdit(0);
    const QString before = field->text();
    field->setText(before + QLatin1Char('x'));
    field->setText(before);
    field->setText(before + QLatin1Char('y'));
    QVERIFY(editor->isModified());
    QTest::qWait(3 * FilterHeaderView::debounceMs);
    QVERIFY2(!m_window->messageBar()->isVisible(), qPrintable(m_window->messageBar()->text()));

    // Something typed is held, said so, and the notice goes once it applies.
    QTest::keyClicks(m_window->searchField(), QStringLiteral("user2"));
    QTRY_VERIFY(m_window->messageBar()->isVisible()
                && m_window->messageBar()->text().contains(QLatin1String("press Return")));
    editor->revert();
    QTRY_COMPARE(m_window->model()->query().search, QStringLiteral("user2"));
    QVERIFY2(!m_window->messageBar()->isVisible(), qPrintable(m_window->messageBar()->text()));
    m_window->searchField()->clear();
}

QString TestMainWindow::editFirstFound(const QString& search, const QString& text)
{
    m_window->searchField()->clear();
    QTest::keyClicks(m_window->searchField(), search);
    [&]() {
        QTRY_COMPARE(m_window->model()->rowCount(), 11);
        QTRY_VERIFY(m_window->model()->tokenAt(1).has_value());
    }();
    m_window->selectRow(0);
    TokenEditor* editor = m_window->editor();
    [&]() {
        QTRY_COMPARE(editor->token().value_or(AccessToken()).id, m_window->model()->tokenAt(0)->id);
    }();
    // A failed wait above has failed the test: the caller stops at the empty id.
    if (QTest::currentTestFailed() || !editor->token())
        return QString();
    editor->udfStringEdit(0)->setText(text);
    return editor->token()->id;
}

void TestMainWindow::unsavedChangesAreAnsweredByAccessKeys()
{
    const QString id = editFirstFound(QStringLiteral("user11"), QStringLiteral("keyed"));
    QVERIFY(!id.isEmpty());
    TokenEditor* editor = m_window->editor();
    // The real box, answered as a person at the keyboard would: Alt+S saves.
    QStringList buttons;
    QTimer answer;
    answer.setInterval(20);
    connect(&answer, &QTimer::timeout, this, [&buttons, &answer]() {
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        if (!box || !box->isVisible())
            return;
        answer.stop();
        for (QAbstractButton* button : box->buttons())
            buttons.append(button->text());
        QTest::keyClick(box, Qt::Key_S, Qt::AltModifier);
        // Still open when Alt+S did nothing: closed, so the test fails instead of hanging. (A
        // button pressed by its key is clicked a moment later, once it has shown itself pressed.)
        QTimer::singleShot(2000, box, &QMessageBox::reject);
    });
    answer.start();
    m_window->selectRow(1);
    QTRY_COMPARE(await(m_service->show(TokenRef::byId(id)))->udfString[0], QStringLiteral("keyed"));
    buttons.sort();
    QCOMPARE(buttons,
             (QStringList { QStringLiteral("&Discard"), QStringLiteral("&Save"), QStringLiteral("Cancel") }));
    QTRY_COMPARE(editor->token()->id, m_window->model()->tokenAt(1)->id);
}

void TestMainWindow::reloadInsteadOfSavingOnTheWayOutStaysAfterwards()
{
    const QString id = editFirstFound(QStringLiteral("user10"), QStringLiteral("mine"));
    QVERIFY(!id.isEmpty());
    TokenEditor* editor = m_window->editor();
    m_store->touch(id, QStringLiteral("theirs"));
    // Moving on asks to save; the save meets the other change, and the person takes theirs.
    MessageBox::setNextAnswer(QMessageBox::Save);
    m_window->selectRow(1);
    auto* dialog = waitForDialog<ConflictDialog>();
    QVERIFY(dialog);
    dialog->reload();
    QTRY_COMPARE(editor->udfStringEdit(0)->text(), QStringLiteral("theirs"));
    QCOMPARE(editor->token()->id, id);
    // Back in the event loop, as before anything the person does next.
    QTest::qWait(50);

    // A later save of the same token is just that: it does not carry out the move given up above.
    editor->udfStringEdit(0)->setText(QStringLiteral("later"));
    editor->save();
    QTRY_COMPARE(await(m_service->show(TokenRef::byId(id)))->udfString[0], QStringLiteral("later"));
    QTest::qWait(100);
    QCOMPARE(editor->token()->id, id);
    QCOMPARE(m_window->table()->currentIndex().row(), 0);
}

void TestMainWindow::fitsALaptopScreen()
{
    // 1366 x 768 is still a common office laptop; the window, its frame and a task bar must fit.
    const QSize smallest = m_window->minimumSizeHint().expandedTo(m_window->minimumSize());
    QVERIFY2(smallest.width() <= 1280 && smallest.height() <= 700,
             qPrintable(QStringLiteral("%1 x %2").arg(smallest.width()).arg(smallest.height())));
}

// Quitting with unsaved edits offers Save, as moving to another token does: Cancel stays, Save
// saves and then closes.
void TestMainWindow::closingWithUnsavedEditsOffersSave()
{
    selectToken(QStringLiteral("user8@example.org"));
    const QString id = m_window->editor()->token()->id;
    m_window->editor()->udfStringEdit(1)->setText(QStringLiteral("kept on quitting"));
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    QVERIFY(!m_window->close());
    QVERIFY2(MessageBox::lastText().contains(QLatin1String("Save them")), qPrintable(MessageBox::lastText()));
    QCOMPARE(MessageBox::lastDefaultButton(), QMessageBox::Save);
    QVERIFY(m_window->isVisible());
    QVERIFY(m_window->editor()->isModified());

    MessageBox::setNextAnswer(QMessageBox::Save);
    m_window->close();
    QTRY_VERIFY(!m_window->isVisible());
    QCOMPARE(await(m_service->show(TokenRef::byId(id)))->udfString[1], QStringLiteral("kept on quitting"));
}

void TestMainWindow::leavingUnsavedEditsAsks()
{
    // Cancel on a move by keyboard in the table puts the selection back on the edited token: the
    // actions then go to the token the editor shows.
    m_window->selectRow(5);
    QTRY_VERIFY(m_window->editor()->token().has_value());
    const QString edited = m_window->editor()->token()->id;
    m_window->editor()->udfStringEdit(1)->setText(QStringLiteral("unsaved"));
    m_window->table()->setFocus();
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    QTest::keyClick(m_window->table(), Qt::Key_Down);
    QCoreApplication::processEvents();
    QCOMPARE(m_window->table()->currentIndex().row(), 5);
    QCOMPARE(m_window->selectedTokens().size(), 1);
    QCOMPARE(m_window->selectedTokens().constFirst().id, edited);
    QCOMPARE(m_window->editor()->token()->id, edited);
    QVERIFY(m_window->editor()->isModified());
    MessageBox::setNextAnswer(QMessageBox::Discard);
    m_window->editor()->revert();

    selectToken(QStringLiteral("user8@example.org"));
    m_window->editor()->udfStringEdit(1)->setText(QStringLiteral("unsaved"));
    m_window->searchField()->clear();
    // Typing is not stopped by a question: the search waits for Return, and a notice says so.
    const QString searchBefore = m_window->model()->query().search;
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    QTest::keyClicks(m_window->searchField(), QStringLiteral("user9"));
    QTRY_VERIFY2(m_window->messageBar()->text().contains(QLatin1String("press Return")),
                 qPrintable(m_window->messageBar()->text()));
    QCOMPARE(m_window->searchField()->text(), QStringLiteral("user9"));
    QCOMPARE(m_window->model()->query().search, searchBefore);
    // Return asks; Cancel keeps the edits and the rows, and the search field goes back to what the
    // table shows.
    QTest::keyClick(m_window->searchField(), Qt::Key_Return);
    QTRY_COMPARE(m_window->searchField()->text(), searchBefore);
    QVERIFY(m_window->editor()->isModified());
    QVERIFY(MessageBox::lastText().contains(QStringLiteral("unsaved")));
    QCOMPARE(m_window->model()->query().search, searchBefore);
    // Discard drops them.
    MessageBox::setNextAnswer(QMessageBox::Discard);
    m_window->searchField()->clear();
    QTest::keyClicks(m_window->searchField(), QStringLiteral("user9"));
    QTest::keyClick(m_window->searchField(), Qt::Key_Return);
    QTRY_VERIFY(!m_window->editor()->isModified());
    QTRY_COMPARE(m_window->model()->query().search, QStringLiteral("user9"));
    // What was typed while the edits were unsaved applies once they are saved.
    QTRY_VERIFY(m_window->editor()->token().has_value());
    m_window->editor()->udfStringEdit(1)->setText(QStringLiteral("saved first"));
    m_window->messageBar()->hide();
    m_window->searchField()->clear();
    QTest::keyClicks(m_window->searchField(), QStringLiteral("user8"));
    QTRY_VERIFY(m_window->messageBar()->isVisible());
    QCOMPARE(m_window->model()->query().search, QStringLiteral("user9"));
    m_window->editor()->save();
    QTRY_COMPARE(m_window->model()->query().search, QStringLiteral("user8"));
    QVERIFY(await(m_service->show(TokenRef::byIdentifier(QStringLiteral("user8@example.org"))))
                ->udfString[1]
                .isEmpty());

    // A column filter asks as well; Cancel keeps the edits, the rows and the filter as it was.
    m_window->searchField()->clear();
    QTRY_COMPARE(m_window->model()->rowCount(), 300);
    m_window->selectRow(3);
    QTRY_VERIFY(m_window->editor()->token().has_value());
    const QString third = m_window->editor()->token()->id;
    m_window->editor()->udfStringEdit(1)->setText(QStringLiteral("unsaved"));
    QLineEdit* filter = m_window->findChild<FilterHeaderView*>()->filterEdit(
        m_window->model()->columnOf(QStringLiteral("identifier")));
    QVERIFY(filter);
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    m_window->messageBar()->hide();
    QTest::keyClicks(filter, QStringLiteral("user9"));
    QTRY_VERIFY(m_window->messageBar()->isVisible()
                && m_window->messageBar()->text().contains(QLatin1String("press Return")));
    QCOMPARE(filter->text(), QStringLiteral("user9"));
    QVERIFY(m_window->model()->query().columnFilters.isEmpty());
    QTest::keyClick(filter, Qt::Key_Return);
    QTRY_VERIFY(MessageBox::lastText().contains(QStringLiteral("unsaved")) && filter->text().isEmpty());
    QVERIFY(m_window->model()->query().columnFilters.isEmpty());
    QCOMPARE(m_window->model()->rowCount(), 300);
    QVERIFY(m_window->editor()->isModified());
    QCOMPARE(m_window->editor()->token()->id, third);
    QCOMPARE(m_window->selectedTokens().size(), 1);
    QCOMPARE(m_window->selectedTokens().constFirst().id, third);
    // Two filters changed together ask once (a second question would block this test).
    QLineEdit* codeFilter = m_window->findChild<FilterHeaderView*>()->filterEdit(
        m_window->model()->columnOf(QStringLiteral("authentication_code")));
    QVERIFY(codeFilter);
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    QTest::keyClicks(filter, QStringLiteral("u"));
    QTest::keyClicks(codeFilter, QStringLiteral("A"));
    QTest::keyClick(codeFilter, Qt::Key_Return);
    QTRY_VERIFY(filter->text().isEmpty() && codeFilter->text().isEmpty());
    QVERIFY(m_window->model()->query().columnFilters.isEmpty());
    QVERIFY(m_window->editor()->isModified());

    // Save saves the edits first, then shows what was typed.
    MessageBox::setNextAnswer(QMessageBox::Save);
    QTest::keyClicks(filter, QStringLiteral("user2"));
    QTest::keyClick(filter, Qt::Key_Return);
    QTRY_COMPARE(m_window->model()->query().columnFilters.value(QStringLiteral("identifier")),
                 QStringLiteral("user2"));
    QCOMPARE(filter->text(), QStringLiteral("user2"));
    QVERIFY(!m_window->editor()->isModified());
    QCOMPARE(await(m_service->show(TokenRef::byId(third)))->udfString[1], QStringLiteral("unsaved"));
    MessageBox::setNextAnswer(QMessageBox::NoButton);
}

// A refused save's banner stays while its edits do; saved, given up, or another token shown, it
// goes, so it never speaks of a token the window no longer shows. A notice stays until closed.
void TestMainWindow::anErrorGoesOnceThePersonMovesPastIt()
{
    MessageBar* bar = m_window->messageBar();
    selectToken(QStringLiteral("user3@example.org"));
    m_window->editor()->udfStringEdit(0)->setText(QStringLiteral("edited"));
    m_window->showError(QStringLiteral("Token user3 was not saved"));
    QVERIFY(bar->isVisible());
    m_window->editor()->save();
    QTRY_VERIFY(!m_window->editor()->isModified());
    QVERIFY(!bar->isVisible());

    m_window->showError(QStringLiteral("Token user3 could not be verified"));
    selectToken(QStringLiteral("user4@example.org"));
    QVERIFY(!bar->isVisible());

    m_window->showNotice(QStringLiteral("A notice"));
    selectToken(QStringLiteral("user5@example.org"));
    QVERIFY(bar->isVisible());
}

void TestMainWindow::bulkActionReportsFailures()
{
    // A token pending verification cannot be set not effective.
    const AccessToken off
        = createToken(QStringLiteral("off@example.org"), LifeCycleState::PendingVerification);
    // One already not effective is left out, and not counted as failed.
    const AccessToken already
        = createToken(QStringLiteral("already@example.org"), LifeCycleState::NotEffective);
    m_window->searchField()->clear();
    QTRY_COMPARE(m_window->model()->rowCount(), 302);
    // Select the first three rows and the last two, then set them all not effective.
    const int last = m_window->model()->rowCount() - 1;
    QTRY_VERIFY(m_window->model()->tokenAt(last).has_value()
                && m_window->model()->tokenAt(last - 1).has_value());
    QCOMPARE(m_window->model()->tokenAt(last - 1)->id, off.id);
    QCOMPARE(m_window->model()->tokenAt(last)->id, already.id);
    QItemSelection selection(m_window->model()->index(0, 0), m_window->model()->index(2, 0));
    selection.select(m_window->model()->index(last - 1, 0), m_window->model()->index(last, 0));
    m_window->table()->selectionModel()->select(
        selection, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    QCOMPARE(m_window->selectedTokens().size(), 5);
    QVERIFY(m_window->action(MainWindow::Action::SetNotEffective)->isEnabled());
    // Many tokens are asked for first, and No changes none of them.
    MessageBox::setNextAnswer(QMessageBox::No);
    m_window->action(MainWindow::Action::SetNotEffective)->trigger();
    QCOMPARE(MessageBox::lastTitle(), QStringLiteral("Set Not Effective"));
    // The one already not effective is not counted among those to change.
    QVERIFY2(MessageBox::lastText().startsWith(QLatin1String("Set 4 token(s) not effective?"))
                 && MessageBox::lastText().contains(QLatin1String(" 1 of the selected tokens ")),
             qPrintable(MessageBox::lastText()));
    QTest::qWait(50);
    QCOMPARE(await(m_service->show(TokenRef::byNumber(QStringLiteral("AT0000000001"))))->lifeCycleState,
             LifeCycleState::Effective);
    MessageBox::setNextAnswer(QMessageBox::Yes);
    m_window->action(MainWindow::Action::SetNotEffective)->trigger();
    MessageBox::setNextAnswer(QMessageBox::Ok);
    QTRY_VERIFY2(m_window->lastOperationText().endsWith(
                     QStringLiteral("3 token(s) done, 1 already in that state, 1 failed.")),
                 qPrintable(m_window->lastOperationText()));
    QVERIFY(MessageBox::lastDetails().contains(off.number));
    QVERIFY(!MessageBox::lastDetails().contains(already.number));
    QCOMPARE(await(m_service->show(TokenRef::byId(off.id)))->lifeCycleState,
             LifeCycleState::PendingVerification);
    QCOMPARE(await(m_service->show(TokenRef::byNumber(QStringLiteral("AT0000000001"))))->lifeCycleState,
             LifeCycleState::NotEffective);
}

void TestMainWindow::networkLogTabsThroughEveryButton()
{
    NetworkLog log;
    NetworkLogWindow window(log);
    window.show();
    QApplication::setActiveWindow(&window);
    QVERIFY(QTest::qWaitForWindowActive(&window));
    // The keyboard starts in the list of requests, and Tab reaches every button from there.
    QTRY_VERIFY(window.findChild<QTableView*>()->hasFocus());
    const QStringList cycle = tabCycle(window.findChild<QTableView*>());
    QVERIFY2(cycle.contains(QStringLiteral("&Copy")) && cycle.contains(QStringLiteral("C&lear"))
                 && cycle.contains(QStringLiteral("Close"))
                 && !cycle.contains(QStringLiteral("(never back)")),
             qPrintable(cycle.join(QLatin1String(" > "))));
}

QTEST_MAIN(TestMainWindow)
#include "TestMainWindow.moc"
