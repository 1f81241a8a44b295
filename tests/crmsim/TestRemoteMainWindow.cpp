#include "ConnectionDialogDriver.h"
#include "CrmSimFixture.h"
#include "FilterHeaderView.h"
#include "MainWindow.h"
#include "MessageBar.h"
#include "MessageBox.h"
#include "NetworkLog.h"
#include "NetworkLogWindow.h"
#include "NewTokenDialog.h"
#include "ReferenceBox.h"
#include "RemoteScopeBar.h"
#include "Screenshot.h"
#include "StoreFactory.h"
#include "TokenEditor.h"
#include "TokenService.h"
#include "TokenTableModel.h"
#include "gui/AwaitFuture.h"

#include <QAction>
#include <QComboBox>
#include <QJsonArray>
#include <QJsonObject>
#include <QLineEdit>
#include <QMenuBar>
#include <QSignalSpy>
#include <QTableView>
#include <QtTest>

// The main window in remote mode against tokendesk-crmsim over real HTTP: CRM.COM cannot list
// every token, so the table shows one account's, one participant's or the not associated tokens,
// a token is found by its authentication code, and the actions work as on a local store. And the
// network log window, which must never show a secret.
class TestRemoteMainWindow : public QObject
{
    Q_OBJECT

private:
    // The password is distinctive, so a search of the log's text cannot match by chance.
    CrmSimFixture m_crm { QStringLiteral("Pw-Remote-5e0b2c91") };
    CrmSimProcess& m_sim = m_crm.sim();

    MainWindow* window() const { return m_crm.window(); }

    AccessToken create(const QString& code, const QString& account, bool notEffective = false)
    {
        TokenPatch patch;
        patch.authenticationCode = code;
        if (!account.isEmpty())
            patch.accountsReceivable = account;
        const Result<TokenResult> created = await(m_crm.service()->create(patch));
        if (!created.ok()) {
            qWarning("%s", qPrintable(created.error().toString()));
            return AccessToken();
        }
        if (notEffective)
            return await(m_crm.service()->setNotEffective(TokenRef::byAuthenticationCode(code))).value();
        return created->token;
    }

    void chooseScope(RemoteScopeBar::Scope scope) const
    {
        QComboBox* box = window()->scopeBar()->scopeBox();
        box->setCurrentIndex(box->findData(int(scope)));
    }

    // The actions on the selected tokens, none of which may act on rows of another scope.
    bool anyTokenActionEnabled() const
    {
        using A = MainWindow::Action;
        for (A id : { A::Delete, A::SetEffective, A::SetNotEffective, A::Verify, A::ResetVerificationCode,
                      A::GenerateOtp, A::ExportSelection }) {
            if (window()->action(id)->isEnabled())
                return true;
        }
        return false;
    }

    QStringList shownCodes() const
    {
        QStringList codes;
        for (int row = 0; row < window()->model()->rowCount(); ++row) {
            if (const std::optional<AccessToken> token = window()->model()->tokenAt(row))
                codes.append(token->authenticationCode);
        }
        codes.sort();
        return codes;
    }

private Q_SLOTS:
    void initTestCase()
    {
        ConnectionDialogDriver::isolateSettings(QStringLiteral("tst_remote_mainwindow"));
        QVERIFY(m_crm.start());
        QVERIFY(await(m_crm.service()->open()).ok());
        create(QStringLiteral("REMOTE-A1"), QStringLiteral("ACR0000000001"));
        create(QStringLiteral("REMOTE-A2"), QStringLiteral("ACR0000000001"), true);
        create(QStringLiteral("REMOTE-A3"), QStringLiteral("ACR0000000001"));
        create(QStringLiteral("REMOTE-B1"), QStringLiteral("ACR0000000002"));
        create(QStringLiteral("REMOTE-N1"), QString());
        QVERIFY(m_crm.openWindow());
    }

    void cleanupTestCase() { m_crm.close(); }

    void remoteModeShowsTheScopeBar()
    {
        QVERIFY(window()->scopeBar()->isVisibleTo(window()));
        QVERIFY(!window()->searchField()->isVisibleTo(window()));
        // CRM.COM keeps no configuration to edit here and no record of imports.
        QVERIFY(!window()->action(MainWindow::Action::Configure)->isEnabled());
        QVERIFY(!window()->action(MainWindow::Action::ImportHistory)->isEnabled());
        // Nothing needs a number to start with: the not associated tokens are shown.
        QTRY_COMPARE_WITH_TIMEOUT(shownCodes(), QStringList { QStringLiteral("REMOTE-N1") }, 20000);
        QVERIFY2(window()->scopeText().contains(QLatin1String("not associated")),
                 qPrintable(window()->scopeText()));
    }

    void connectingListsTheFirstPageOnce()
    {
        const auto sessions = [this]() {
            const QJsonArray tokens
                = m_sim.control(QStringLiteral("sessions")).value(QStringLiteral("tokens")).toArray();
            QStringList list;
            for (const QJsonValue& token : tokens)
                list.append(token.toString());
            return list;
        };
        const QStringList before = sessions();
        const StoreUrl url = m_sim.storeUrl();
        const QString password = m_crm.password();
        auto service = std::make_unique<TokenService>(
            [url, password]() { return StoreFactory::create(url, password); });
        QVERIFY(await(service->open()).ok());
        QStringList opened = sessions();
        for (const QString& token : before)
            opened.removeAll(token);
        QCOMPARE(opened.size(), 1);
        auto window = std::make_unique<MainWindow>(service.get());
        window->show();
        window->openStore(false);
        QTRY_VERIFY_WITH_TIMEOUT(window->model()->isCountExact() && !window->model()->isLoading(), 20000);
        QCOMPARE(window->model()->rowCount(), 1);

        // Only this window's session counts: the other window may be refreshing meanwhile. A page
        // asks for the rows shown; a count asks only for the fields that address a token.
        QStringList pageLoads;
        QStringList lists;
        const QJsonArray requests = m_sim.takeRequests();
        for (const QJsonValue& request : requests) {
            const QJsonObject call = request.toObject();
            const QString query = call.value(QStringLiteral("query")).toString();
            if (!call.value(QStringLiteral("path")).toString().endsWith(QLatin1String("get_not_associated"))
                || !(query.contains(opened.first())
                     || call.value(QStringLiteral("authorization")).toString().contains(opened.first())))
                continue;
            lists.append(query);
            if (!query.contains(QLatin1String("fields_set=")))
                pageLoads.append(query);
        }
        QVERIFY2(pageLoads.size() == 1, qPrintable(lists.join(QLatin1String(" | "))));
        QVERIFY2(lists.removeDuplicates() == 0, qPrintable(lists.join(QLatin1String(" | "))));
        // One token, short of a page: the page is the count, and nothing lists the scope again.
        QVERIFY2(lists.size() == 1, qPrintable(lists.join(QLatin1String(" | "))));
        service.reset();
        window.reset();
    }

    void choosingAnAccountShowsItsTokens()
    {
        m_crm.chooseAccount(QStringLiteral("ACR0000000001"));
        QTRY_COMPARE_WITH_TIMEOUT(shownCodes(),
                                  (QStringList { QStringLiteral("REMOTE-A1"), QStringLiteral("REMOTE-A2"),
                                                 QStringLiteral("REMOTE-A3") }),
                                  20000);
        QTRY_VERIFY(window()->model()->isCountExact());
        QCOMPARE(window()->model()->totalCount(), 3);
        QVERIFY2(window()->scopeText().contains(QLatin1String("ACR0000000001")),
                 qPrintable(window()->scopeText()));
        QVERIFY(window()->lastOperationText().indexOf(QLatin1String("Could not load")) < 0);
        // The account's number is read whole, not cut to "ACR0000000…".
        // (QTableView hides the view's public sizeHintForColumn().)
        const QAbstractItemView* table = window()->table();
        const int account = window()->model()->columnOf(QStringLiteral("accounts_receivable"));
        const int width = window()->table()->columnWidth(account);
        const int needed = table->sizeHintForColumn(account);
        QVERIFY2(width >= needed, qPrintable(QStringLiteral("%1 < %2").arg(width).arg(needed)));
    }

    void pagesAfterTheFirstAreReadByOffset()
    {
        // CRM.COM pages by offset only: the second page must not be asked for by keyset.
        QSignalSpy failed(window()->model(), &TokenTableModel::loadFailed);
        window()->model()->setPageSize(2);
        QTRY_COMPARE_WITH_TIMEOUT(shownCodes(),
                                  (QStringList { QStringLiteral("REMOTE-A1"), QStringLiteral("REMOTE-A2"),
                                                 QStringLiteral("REMOTE-A3") }),
                                  20000);
        QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().first().toString()));
        window()->model()->setPageSize(TokenTableModel::defaultPageSize);
        QTRY_COMPARE_WITH_TIMEOUT(shownCodes().size(), 3, 20000);
    }

    void findByCodeOpensTheToken()
    {
        QLineEdit* code = window()->scopeBar()->codeField();
        code->setFocus();
        QTest::keyClicks(code, QStringLiteral("REMOTE-B1"));
        QTest::keyClick(code, Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(window()->editor()->token()
                                     && window()->editor()->token()->authenticationCode
                                         == QLatin1String("REMOTE-B1"),
                                 20000);
        // The table moved to the token's account, with the token selected for the actions.
        QVERIFY2(window()->scopeText().contains(QLatin1String("ACR0000000002")),
                 qPrintable(window()->scopeText()));
        QTRY_COMPARE(window()->selectedTokens().size(), 1);
        QCOMPARE(window()->selectedTokens().constFirst().authenticationCode, QStringLiteral("REMOTE-B1"));
        // CRM.COM keeps no audit trail to read: the History tab says so, whole, and reports no failure.
        QTRY_VERIFY(
            window()->editor()->auditNote().startsWith(QLatin1String("CRM.COM keeps no audit trail")));

        code->clear();
        QTest::keyClicks(code, QStringLiteral("NO-SUCH-CODE"));
        QTest::keyClick(code, Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(window()->lastOperationText().contains(QLatin1String("NO-SUCH-CODE")),
                                 20000);
        QTRY_VERIFY_WITH_TIMEOUT(window()->lastOperationText().contains(QLatin1String("No token")), 20000);
        QVERIFY(window()->messageBar()->text().contains(QLatin1String("NO-SUCH-CODE")));
        // The answer goes once the person types another code, or asks for another scope.
        QTest::keyClick(code, Qt::Key_Backspace);
        QCOMPARE(window()->messageBar()->text(), QString());
        QVERIFY2(!window()->lastOperationText().contains(QLatin1String("NO-SUCH-CODE")),
                 qPrintable(window()->lastOperationText()));
        QTest::keyClicks(code, QStringLiteral("E"));
        QTest::keyClick(code, Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(window()->messageBar()->text().contains(QLatin1String("NO-SUCH-CODE")),
                                 20000);
        chooseScope(RemoteScopeBar::Scope::NotAssociated);
        QCOMPARE(window()->messageBar()->text(), QString());
    }

    void numbersUsedAreOfferedAgain()
    {
        // ACR0000000001 was typed, ACR0000000002 came with the token found by its code: both are
        // offered, the latest first, to pick by keyboard.
        chooseScope(RemoteScopeBar::Scope::Account);
        QComboBox* numbers = window()->scopeBar()->numberBox();
        QCOMPARE(numbers->count(), 2);
        QCOMPARE(numbers->itemText(0), QStringLiteral("ACR0000000002"));
        QCOMPARE(numbers->itemText(1), QStringLiteral("ACR0000000001"));
        numbers->setFocus();
        QTest::keyClick(numbers, Qt::Key_Down);
        QTRY_COMPARE_WITH_TIMEOUT(shownCodes(), QStringList { QStringLiteral("REMOTE-B1") }, 20000);
        QTest::keyClick(numbers, Qt::Key_Down);
        QTRY_COMPARE_WITH_TIMEOUT(shownCodes().size(), 3, 20000);
        QVERIFY2(window()->scopeText().contains(QLatin1String("ACR0000000001")),
                 qPrintable(window()->scopeText()));
        // A participant's list holds participants only.
        chooseScope(RemoteScopeBar::Scope::Participant);
        QCOMPARE(numbers->count(), 0);
    }

    void anotherScopeChosenBeforeTheFoundTokenShowsWins()
    {
        // The token found moves the table to its account, slowly; meanwhile the person asks for
        // another account. The table shows that one's tokens, and the editor one of them: the
        // token found is not pulled back in when its rows never came.
        chooseScope(RemoteScopeBar::Scope::NotAssociated);
        QTRY_VERIFY_WITH_TIMEOUT(shownCodes().contains(QLatin1String("REMOTE-N1")), 20000);
        m_sim.setLatency(600);
        QLineEdit* code = window()->scopeBar()->codeField();
        code->setFocus();
        code->clear();
        QTest::keyClicks(code, QStringLiteral("REMOTE-B1"));
        QTest::keyClick(code, Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(window()->scopeText().contains(QLatin1String("ACR0000000002")), 20000);
        m_crm.chooseAccount(QStringLiteral("ACR0000000001"));
        m_sim.setLatency(0);
        QTRY_VERIFY_WITH_TIMEOUT(shownCodes().contains(QLatin1String("REMOTE-A1")), 20000);
        QTRY_COMPARE(window()->selectedTokens().size(), 1);
        // Long enough for the found token's late rows to arrive and be dropped.
        QTest::qWait(800);
        QVERIFY2(window()->scopeText().contains(QLatin1String("ACR0000000001")),
                 qPrintable(window()->scopeText()));
        QCOMPARE(window()->selectedTokens().size(), 1);
        const std::optional<AccessToken> shown = window()->editor()->token();
        QVERIFY(shown);
        QVERIFY2(shown->accountsReceivable
                     && shown->accountsReceivable->number == QLatin1String("ACR0000000001"),
                 qPrintable(shown->authenticationCode));
        QCOMPARE(shown->id, window()->selectedTokens().constFirst().id);

        // A participant's tokens asked for instead, the number still to come: the found token's
        // late rows stay greyed, with nothing chosen in them.
        m_sim.setLatency(600);
        code->setFocus();
        code->clear();
        QTest::keyClicks(code, QStringLiteral("REMOTE-B1"));
        QTest::keyClick(code, Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(window()->scopeText().contains(QLatin1String("ACR0000000002")), 20000);
        chooseScope(RemoteScopeBar::Scope::Participant);
        m_sim.setLatency(0);
        QTRY_VERIFY_WITH_TIMEOUT(shownCodes() == QStringList { QStringLiteral("REMOTE-B1") }, 20000);
        QTest::qWait(200);
        QVERIFY(!window()->table()->isEnabled());
        QVERIFY(!window()->editor()->token());
        QVERIFY(window()->selectedTokens().isEmpty());
        QVERIFY(!anyTokenActionEnabled());
        chooseScope(RemoteScopeBar::Scope::NotAssociated);
    }

    void anEmptyScopeSaysWhichNumberListsNothing()
    {
        m_crm.chooseAccount(QStringLiteral("ACR0000009999"));
        QTRY_VERIFY_WITH_TIMEOUT(window()->emptyText().contains(QLatin1String("ACR0000009999")), 20000);
        // An account with no tokens yet lists nothing too: the text must not take it for a typo.
        QVERIFY2(window()->emptyText().contains(QLatin1String("none yet")),
                 qPrintable(window()->emptyText()));
        QCOMPARE(window()->model()->rowCount(), 0);
    }

    void aNumberTypedInAnotherCaseHoldsItsTokens()
    {
        // CRM.COM finds "acr0000000004" as ACR0000000004: a token saved there is in the scope on
        // show, not followed to a second one of the same account.
        // A number not offered yet: one offered would be taken in its own spelling.
        const QString code
            = create(QStringLiteral("REMOTE-C1"), QStringLiteral("ACR0000000004")).authenticationCode;
        m_crm.chooseAccount(QStringLiteral("acr0000000004"));
        QTRY_COMPARE_WITH_TIMEOUT(shownCodes(), QStringList { code }, 20000);
        QCOMPARE(window()->scopeBar()->number(), QStringLiteral("acr0000000004"));
        window()->selectRow(0);
        QTRY_VERIFY(window()->editor()->token());
        QLineEdit* field = window()->editor()->udfStringEdit(0);
        for (const int key : { Qt::Key_X, Qt::Key_Backspace }) {
            field->setFocus();
            field->end(false);
            QTest::keyClick(field, Qt::Key(key));
            QVERIFY(window()->editor()->isModified());
            window()->editor()->save();
            QTRY_VERIFY2_WITH_TIMEOUT(!window()->editor()->isModified(),
                                      qPrintable(window()->lastOperationText()), 20000);
            QTest::qWait(200);
            QCOMPARE(window()->scopeBar()->number(), QStringLiteral("acr0000000004"));
            QCOMPARE(shownCodes(), QStringList { code });
            QCOMPARE(window()->selectedTokens().size(), 1);
            QCOMPARE(window()->selectedTokens().constFirst().authenticationCode, code);
        }
        // Offered once, as the server spells it.
        const QStringList used = window()->scopeBar()->numbersUsed(RemoteScopeBar::Scope::Account);
        QCOMPARE(used.filter(QStringLiteral("acr0000000004"), Qt::CaseInsensitive),
                 QStringList { QStringLiteral("ACR0000000004") });
    }

    void setEffectiveFromTheWindowChangesTheServer()
    {
        m_crm.chooseAccount(QStringLiteral("ACR0000000001"));
        QTRY_COMPARE_WITH_TIMEOUT(shownCodes().size(), 3, 20000);
        int row = -1;
        for (int i = 0; i < window()->model()->rowCount(); ++i) {
            if (window()->model()->tokenAt(i)->authenticationCode == QLatin1String("REMOTE-A2"))
                row = i;
        }
        QVERIFY(row >= 0);
        window()->selectRow(row);
        QTRY_VERIFY(window()->action(MainWindow::Action::SetEffective)->isEnabled());
        m_sim.takeRequests();
        window()->action(MainWindow::Action::SetEffective)->trigger();

        QTRY_VERIFY_WITH_TIMEOUT(window()->lastOperationText().contains(QLatin1String("done")), 20000);
        // The window shows what the server now holds.
        QTRY_VERIFY_WITH_TIMEOUT(window()->model()->tokenAt(row)
                                     && window()->model()->tokenAt(row)->lifeCycleState
                                         == LifeCycleState::Effective,
                                 20000);
        bool sent = false;
        int counts = 0;
        const QJsonArray requests = m_sim.takeRequests();
        for (const QJsonValue& request : requests) {
            const QJsonObject call = request.toObject();
            sent = sent
                || call.value(QStringLiteral("path")).toString().endsWith(QLatin1String("set_as_effective"));
            counts += call.value(QStringLiteral("query")).toString().contains(QLatin1String("fields_set="));
        }
        QVERIFY(sent);
        // The account's three tokens, read again, are their own count.
        QCOMPARE(counts, 0);
        // Read back by the fixture's own store, so nothing cached in the window's store can answer.
        QCOMPARE(m_crm.stateOnServer(QStringLiteral("REMOTE-A2")), int(LifeCycleState::Effective));
        QLineEdit* code = window()->scopeBar()->codeField();
        code->clear();
        // The picture shows the find field beside the scope, as on a wide screen.
        window()->resize(1440, 800);
        QTRY_VERIFY(qAbs(code->mapTo(window(), QPoint()).y()
                         - window()->scopeBar()->scopeBox()->mapTo(window(), QPoint()).y())
                    < code->height() / 2);
        // A card's 16 digits fit in the find field, beside an account number.
        QVERIFY(code->width() > code->fontMetrics().horizontalAdvance(QString(16, QLatin1Char('0'))));

        saveScreenshot(window(), QStringLiteral("remote-mode"));
    }

    void nothingActsOnTheRowsOfAScopeLeft()
    {
        m_crm.chooseAccount(QStringLiteral("ACR0000000001"));
        QTRY_COMPARE_WITH_TIMEOUT(shownCodes().size(), 3, 20000);
        window()->selectRow(0);
        QTRY_COMPARE(window()->selectedTokens().size(), 1);
        QVERIFY(anyTokenActionEnabled());

        // A participant still to be named: the account's rows stay in sight, greyed, but they are
        // no longer what the person asked for, so no shortcut may change one of them.
        chooseScope(RemoteScopeBar::Scope::Participant);
        QVERIFY(!window()->table()->isEnabled());
        QVERIFY(window()->selectedTokens().isEmpty());
        QVERIFY(!window()->editor()->token());
        QVERIFY(!anyTokenActionEnabled());
        QVERIFY2(window()->scopeText().contains(QLatin1String("participant")),
                 qPrintable(window()->scopeText()));
        QCOMPARE(window()->countText(), QString());

        // Back to the same account: its rows are what the table shows, and the first is selected.
        m_crm.chooseAccount(QStringLiteral("ACR0000000001"));
        QVERIFY(window()->table()->isEnabled());
        QTRY_COMPARE(window()->selectedTokens().size(), 1);
        QVERIFY(window()->editor()->token());
    }

    void cancellingUnsavedEditsKeepsTheScope()
    {
        m_crm.chooseAccount(QStringLiteral("ACR0000000001"));
        QTRY_COMPARE_WITH_TIMEOUT(shownCodes().size(), 3, 20000);
        window()->selectRow(0);
        QTRY_VERIFY(window()->editor()->token());
        QLineEdit* identifier = window()->editor()->identifierEdit();
        identifier->setFocus();
        QTest::keyClicks(identifier, QStringLiteral("x"));
        QVERIFY(window()->editor()->isModified());

        // To a scope that lists at once, and to one still to be named: the person stays.
        for (const RemoteScopeBar::Scope scope :
             { RemoteScopeBar::Scope::NotAssociated, RemoteScopeBar::Scope::Participant }) {
            MessageBox::setNextAnswer(QMessageBox::Cancel);
            chooseScope(scope);
            QCOMPARE(MessageBox::lastTitle(), QStringLiteral("Unsaved Changes"));
            QCOMPARE(window()->scopeBar()->scope(), RemoteScopeBar::Scope::Account);
            QCOMPARE(window()->scopeBar()->number(), QStringLiteral("ACR0000000001"));
            QVERIFY2(window()->scopeText().contains(QLatin1String("ACR0000000001")),
                     qPrintable(window()->scopeText()));
            QVERIFY(window()->table()->isEnabled());
            QVERIFY(window()->editor()->isModified());
            QCOMPARE(window()->selectedTokens().size(), 1);
            QTest::qWait(50);
            QCOMPARE(shownCodes().size(), 3);
        }
        // A token found by its code meanwhile is not opened either, and the status bar does not
        // go on saying it is being looked up.
        MessageBox::setNextAnswer(QMessageBox::Cancel);
        QLineEdit* code = window()->scopeBar()->codeField();
        code->clear();
        QTest::keyClicks(code, QStringLiteral("REMOTE-B1"));
        QTest::keyClick(code, Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(MessageBox::lastTitle(), QStringLiteral("Unsaved Changes"), 20000);
        QTRY_VERIFY2(!window()->lastOperationText().contains(QLatin1String("Looking up")),
                     qPrintable(window()->lastOperationText()));
        QVERIFY2(window()->lastOperationText().contains(QLatin1String("not opened")),
                 qPrintable(window()->lastOperationText()));
        QVERIFY(window()->editor()->isModified());
        QCOMPARE(window()->scopeBar()->number(), QStringLiteral("ACR0000000001"));

        // Discarded: the scope chosen is the one listed.
        MessageBox::setNextAnswer(QMessageBox::Discard);
        chooseScope(RemoteScopeBar::Scope::NotAssociated);
        QTRY_COMPARE_WITH_TIMEOUT(shownCodes(), QStringList { QStringLiteral("REMOTE-N1") }, 20000);
        QVERIFY(!window()->editor()->isModified());
    }

    void columnFiltersStayOff()
    {
        // CRM.COM cannot filter by column: the shortcut says so instead of opening a filter row.
        QAction* filterColumn = window()->action(MainWindow::Action::FilterColumn);
        QVERIFY(!filterColumn->isEnabled());
        QVERIFY(!filterColumn->statusTip().isEmpty());
        QTableView* table = window()->table();
        table->setFocus();
        QTest::keyClick(table, Qt::Key_F, Qt::ControlModifier | Qt::ShiftModifier);
        // QTest's release of Shift carries Shift (Qt 6.4), which the application then holds as
        // pressed: the next selection would extend instead of choosing a row.
        QTest::keyRelease(table, Qt::Key_Shift);
        QVERIFY(!window()->filterHeader()->isFilterRowVisible());
        QVERIFY2(window()->lastOperationText().contains(filterColumn->statusTip()),
                 qPrintable(window()->lastOperationText()));
        // Nor does it sort: the View menu's Sort By is off as a whole, not a list of entries all off.
        auto* sortBy = window()->findChild<QAction*>(QStringLiteral("menuSortBy"));
        QVERIFY(sortBy);
        QVERIFY(!sortBy->isEnabled());
        QVERIFY(!sortBy->statusTip().isEmpty());
    }

    NewTokenDialog* openNewToken(const QString& code)
    {
        window()->action(MainWindow::Action::NewToken)->trigger();
        NewTokenDialog* dialog = nullptr;
        if (!QTest::qWaitFor(
                [&]() { return (dialog = window()->findChild<NewTokenDialog*>()) && dialog->isVisible(); }))
            return nullptr;
        QTest::keyClicks(dialog->authenticationCodeEdit(), code);
        return dialog;
    }

    static void typeNumber(ReferenceBox* box, const QString& number)
    {
        QLineEdit* edit = box->lineEdit();
        edit->setFocus();
        QTest::keyClick(edit, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClick(edit, Qt::Key_Delete);
        QTest::keyClicks(edit, number);
    }

    void aCreatedTokenIsShownInItsScope()
    {
        // Made while an account's tokens are on show, a token is that account's, and is selected
        // among them.
        m_crm.chooseAccount(QStringLiteral("ACR0000000001"));
        QTRY_COMPARE_WITH_TIMEOUT(shownCodes().size(), 3, 20000);
        NewTokenDialog* dialog = openNewToken(QStringLiteral("REMOTE-NEW1"));
        QVERIFY(dialog);
        QVERIFY(dialog->accountBox()->isTyped());
        QCOMPARE(dialog->accountBox()->number(), QStringLiteral("ACR0000000001"));
        QCOMPARE(dialog->participantBox()->number(), QString());
        saveScreenshot(dialog, QStringLiteral("remote-new-token"));
        QTest::mouseClick(dialog->confirmButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(shownCodes().contains(QLatin1String("REMOTE-NEW1")), 20000);
        QCOMPARE(window()->scopeBar()->number(), QStringLiteral("ACR0000000001"));
        QTRY_COMPARE(window()->selectedTokens().size(), 1);
        QCOMPARE(window()->selectedTokens().constFirst().authenticationCode, QStringLiteral("REMOTE-NEW1"));
        // Asked for from the scope's number, the keyboard goes on from the new row, as everywhere.
        QCOMPARE(window()->focusWidget(), window()->table());

        // Its account taken out: not associated, and the table moves to those tokens.
        dialog = openNewToken(QStringLiteral("REMOTE-NEW2"));
        QVERIFY(dialog);
        typeNumber(dialog->accountBox(), QString());
        QCOMPARE(dialog->accountBox()->number(), QString());
        QTest::mouseClick(dialog->confirmButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(shownCodes().contains(QLatin1String("REMOTE-NEW2")), 20000);
        QCOMPARE(window()->scopeBar()->scope(), RemoteScopeBar::Scope::NotAssociated);
        QTRY_COMPARE(window()->selectedTokens().size(), 1);
        QCOMPARE(window()->selectedTokens().constFirst().authenticationCode, QStringLiteral("REMOTE-NEW2"));

        // From the not associated tokens: no account, the ones used offered, another one typed.
        dialog = openNewToken(QStringLiteral("REMOTE-NEW3"));
        QVERIFY(dialog);
        QCOMPARE(dialog->accountBox()->number(), QString());
        QVERIFY(dialog->accountBox()->findData(QStringLiteral("ACR0000000001")) >= 0);
        // A number typed stays as typed, one digit short too: the numbers used that begin with it
        // are offered below, not taken at Return. So CRM.COM refuses it, in the dialog, at the
        // number.
        QApplication::setActiveWindow(dialog);
        QVERIFY(QTest::qWaitForWindowActive(dialog));
        typeNumber(dialog->accountBox(), QStringLiteral("ACR000000000"));
        QTest::keyClick(dialog->accountBox()->lineEdit(), Qt::Key_Return);
        QCOMPARE(dialog->accountBox()->number(), QStringLiteral("ACR000000000"));
        QTRY_VERIFY_WITH_TIMEOUT(
            dialog->problemText().contains(QLatin1String("no account numbered ACR000000000")), 20000);
        QVERIFY(dialog->isVisible());
        QVERIFY(dialog->focusWidget() == dialog->accountBox()
                || dialog->focusWidget() == dialog->accountBox()->lineEdit());
        typeNumber(dialog->accountBox(), QStringLiteral("ACR0000000002"));
        // Return creates, from the typed number as from any field.
        QTest::keyClick(dialog->accountBox()->lineEdit(), Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(shownCodes().contains(QLatin1String("REMOTE-NEW3")), 20000);
        QCOMPARE(window()->scopeBar()->scope(), RemoteScopeBar::Scope::Account);
        QCOMPARE(window()->scopeBar()->number(), QStringLiteral("ACR0000000002"));
        const Result<AccessToken> onServer
            = await(m_crm.service()->show(TokenRef::byAuthenticationCode(QStringLiteral("REMOTE-NEW3"))));
        QVERIFY(onServer.ok() && onServer->accountsReceivable);
        QCOMPARE(onServer->accountsReceivable->number, QStringLiteral("ACR0000000002"));

        // Made among a participant's tokens, with an account as well: it stays with the
        // participant on show.
        chooseScope(RemoteScopeBar::Scope::Participant);
        QLineEdit* number = window()->scopeBar()->numberBox()->lineEdit();
        number->setFocus();
        QTest::keyClicks(number, QStringLiteral("P0000000002"));
        QTest::keyClick(number, Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(window()->scopeText().contains(QLatin1String("P0000000002")), 20000);
        dialog = openNewToken(QStringLiteral("REMOTE-NEW4"));
        QVERIFY(dialog);
        QCOMPARE(dialog->participantBox()->number(), QStringLiteral("P0000000002"));
        typeNumber(dialog->accountBox(), QStringLiteral("ACR0000000001"));
        QTest::mouseClick(dialog->confirmButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(shownCodes().contains(QLatin1String("REMOTE-NEW4")), 20000);
        QCOMPARE(window()->scopeBar()->scope(), RemoteScopeBar::Scope::Participant);
        QTRY_COMPARE(window()->selectedTokens().size(), 1);
        QCOMPARE(window()->selectedTokens().constFirst().authenticationCode, QStringLiteral("REMOTE-NEW4"));
        QCOMPARE(window()->focusWidget(), window()->table());
    }

    void theEditorTakesATypedAccount()
    {
        // CRM.COM keeps no directory: the account is typed, with the numbers used to choose from.
        create(QStringLiteral("REMOTE-E1"), QString());
        chooseScope(RemoteScopeBar::Scope::NotAssociated);
        QTRY_VERIFY_WITH_TIMEOUT(shownCodes().contains(QLatin1String("REMOTE-E1")), 20000);
        for (int row = 0; row < window()->model()->rowCount(); ++row) {
            if (window()->model()->tokenAt(row)->authenticationCode == QLatin1String("REMOTE-E1"))
                window()->selectRow(row);
        }
        TokenEditor* editor = window()->editor();
        QTRY_COMPARE(editor->token().value_or(AccessToken()).authenticationCode, QStringLiteral("REMOTE-E1"));
        QVERIFY(editor->accountBox()->isTyped());
        QCOMPARE(editor->accountBox()->number(), QString());
        QVERIFY(editor->accountBox()->findData(QStringLiteral("ACR0000000002")) >= 0);
        QVERIFY(!editor->isModified());
        // A number CRM.COM does not know is refused as that: the token is there, and the cursor
        // goes to the number to correct.
        QSignalSpy failed(editor, &TokenEditor::saveFailed);
        typeNumber(editor->accountBox(), QStringLiteral("ACR0000009999"));
        editor->save();
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 20000);
        QVERIFY2(failed.constFirst().constFirst().toString().contains(
                     QLatin1String("no account numbered ACR0000009999")),
                 qPrintable(failed.constFirst().constFirst().toString()));
        QWidget* focused = window()->focusWidget();
        QVERIFY(focused == editor->accountBox() || focused == editor->accountBox()->lineEdit());
        QVERIFY(editor->isModified());
        typeNumber(editor->accountBox(), QStringLiteral("ACR0000000003"));
        QVERIFY(editor->isModified());
        QCOMPARE(editor->patch().accountsReceivable.value(), QStringLiteral("ACR0000000003"));
        editor->save();
        QTRY_VERIFY_WITH_TIMEOUT(!editor->isModified(), 20000);
        const Result<AccessToken> onServer
            = await(m_crm.service()->show(TokenRef::byAuthenticationCode(QStringLiteral("REMOTE-E1"))));
        QVERIFY(onServer.ok() && onServer->accountsReceivable);
        QCOMPARE(onServer->accountsReceivable->number, QStringLiteral("ACR0000000003"));
        // Followed to its account, selected there, as a new token is.
        QTRY_VERIFY_WITH_TIMEOUT(shownCodes().contains(QLatin1String("REMOTE-E1")), 20000);
        QCOMPARE(window()->scopeBar()->scope(), RemoteScopeBar::Scope::Account);
        QCOMPARE(window()->scopeBar()->number(), QStringLiteral("ACR0000000003"));
        QTRY_COMPARE(window()->selectedTokens().size(), 1);
        QCOMPARE(window()->selectedTokens().constFirst().authenticationCode, QStringLiteral("REMOTE-E1"));
        QVERIFY2(!window()->messageBar()->isVisible(), qPrintable(window()->messageBar()->text()));
        QVERIFY2(!window()->lastOperationText().contains(QLatin1String("leave it out")),
                 qPrintable(window()->lastOperationText()));
        // Offered again, in the scope bar as in the editor.
        QCOMPARE(window()->scopeBar()->numberBox()->itemData(0).toString(), QStringLiteral("ACR0000000003"));
        chooseScope(RemoteScopeBar::Scope::NotAssociated);
    }

    void aNumberHalfTypedStaysAsTyped()
    {
        // Another number comes into use (a token found, another saved) while the person is typing
        // one in the editor: what is typed stays, with the cursor where it was, and does not
        // become a number offered; the new number is offered.
        m_crm.chooseAccount(QStringLiteral("ACR0000000001"));
        QTRY_VERIFY_WITH_TIMEOUT(shownCodes().contains(QLatin1String("REMOTE-A1")), 20000);
        QTRY_VERIFY(window()->editor()->token());
        ReferenceBox* account = window()->editor()->accountBox();
        typeNumber(account, QStringLiteral("ACR0000000"));
        QLineEdit* edit = account->lineEdit();
        edit->setCursorPosition(3);
        const int offered = account->count();
        window()->scopeBar()->remember(RemoteScopeBar::Scope::Account, QStringLiteral("ACR0000000077"));
        QCOMPARE(account->currentText(), QStringLiteral("ACR0000000"));
        QCOMPARE(edit->cursorPosition(), 3);
        QCOMPARE(account->findText(QStringLiteral("ACR0000000")), -1);
        QCOMPARE(account->count(), offered + 1);
        QVERIFY(account->findData(QStringLiteral("ACR0000000077")) >= 0);
        QVERIFY(window()->editor()->isModified());
        QCOMPARE(window()->editor()->patch().accountsReceivable.value(), QStringLiteral("ACR0000000"));

        // An entry chosen stays chosen too.
        account->setCurrentIndex(account->findData(QStringLiteral("ACR0000000002")));
        window()->scopeBar()->remember(RemoteScopeBar::Scope::Account, QStringLiteral("ACR0000000078"));
        QCOMPARE(account->number(), QStringLiteral("ACR0000000002"));
        window()->editor()->revert();
        QVERIFY(!window()->editor()->isModified());
    }

    void aNarrowWindowPutsTheFindUnderTheScope()
    {
        // Side by side, the scope bar alone would make the window wider than many screens allow.
        RemoteScopeBar* bar = window()->scopeBar();
        QVERIFY(bar->minimumSizeHint().width() < bar->sizeHint().width());
        const auto top = [bar](QWidget* widget) {
            return widget->mapTo(bar, QPoint()).y();
        };
        const QSize before = window()->size();
        window()->resize(window()->minimumSizeHint().width(), before.height());
        QTRY_VERIFY(top(bar->codeField()) >= top(bar->scopeBox()) + bar->scopeBox()->height());
        QVERIFY(bar->codeField()->isVisibleTo(window()));
        window()->resize(bar->sizeHint().width() * 2 + window()->editor()->width(), before.height());
        QTRY_VERIFY(qAbs(top(bar->codeField()) - top(bar->scopeBox())) < bar->scopeBox()->height() / 2);
        window()->resize(before);
        QTRY_COMPARE(window()->size(), before);
    }

    void noWidthSqueezesTheScopeBar()
    {
        // At every width, each field and label of the bar gets at least the room it needs: side by
        // side while both rows fit, one under the other below that.
        RemoteScopeBar* bar = window()->scopeBar();
        chooseScope(RemoteScopeBar::Scope::Account);
        const QSize before = window()->size();
        for (int width = window()->minimumSizeHint().width(); width < 1700; width += 5) {
            window()->resize(width, before.height());
            QCoreApplication::processEvents();
            for (QWidget* child : bar->findChildren<QWidget*>(Qt::FindDirectChildrenOnly)) {
                if (child->isVisible())
                    QVERIFY2(child->width() >= child->minimumSizeHint().width(),
                             qPrintable(QStringLiteral("window %1: %2 %3 < %4")
                                            .arg(width)
                                            .arg(QLatin1String(child->metaObject()->className()))
                                            .arg(child->width())
                                            .arg(child->minimumSizeHint().width())));
            }
        }
        window()->resize(before);
        QTRY_COMPARE(window()->size(), before);
        chooseScope(RemoteScopeBar::Scope::NotAssociated);
    }

    void networkLogNeverShowsTheSecrets()
    {
        QAction* open = window()->action(MainWindow::Action::NetworkLog);
        QVERIFY(!open->shortcut().isEmpty());
        bool inViewMenu = false;
        for (QAction* menu : window()->menuBar()->actions()) {
            if (menu->menu() && menu->menu()->actions().contains(open))
                inViewMenu = menu->text().remove(QLatin1Char('&')) == QLatin1String("View");
        }
        QVERIFY(inViewMenu);
        // Room for the log to open centred, clear of the screen's edge.
        window()->setGeometry(200, 100, 1200, 800);
        open->trigger();
        NetworkLogWindow* log = window()->networkLogWindow();
        QVERIFY(log);
        QVERIFY(log->isVisible());
        // Over the main window, not wherever the window system would put a new window (its frame
        // is not known before it is first shown).
        const QPoint offCentre = log->frameGeometry().center() - window()->frameGeometry().center();
        QVERIFY2(offCentre.manhattanLength() <= 8,
                 qPrintable(QStringLiteral("%1, %2").arg(offCentre.x()).arg(offCentre.y())));
        QAbstractItemModel* model = log->table()->model();
        QTRY_VERIFY(model->rowCount() > 0);

        // The log holds a login and the session token it returned; neither may show anywhere.
        QString everything;
        int loginRow = -1;
        for (int row = 0; row < model->rowCount(); ++row) {
            for (int column = 0; column < model->columnCount(); ++column) {
                for (int role : { int(Qt::DisplayRole), int(Qt::ToolTipRole),
                                  int(NetworkLog::RequestBodyRole), int(NetworkLog::ResponseBodyRole) })
                    everything += model->data(model->index(row, column), role).toString() + QLatin1Char('\n');
            }
            if (model->data(model->index(row, NetworkLog::PathColumn))
                    .toString()
                    .endsWith(QLatin1String("authentication/token")))
                loginRow = row;
        }
        QVERIFY(loginRow >= 0);
        log->table()->selectRow(loginRow);
        QVERIFY(log->detailsText().contains(QLatin1String("***")));
        saveScreenshot(log, QStringLiteral("network-log"));
        log->table()->selectAll();
        everything += log->selectedText() + log->detailsText();
        QVERIFY(everything.contains(QLatin1String("access_tokens/list")));
        QVERIFY(everything.contains(QLatin1String("admin")));
        QVERIFY(!everything.contains(m_crm.password()));
        const QJsonArray requests
            = m_sim.control(QStringLiteral("sessions")).value(QStringLiteral("tokens")).toArray();
        for (const QJsonValue& session : requests)
            QVERIFY2(!everything.contains(session.toString()), "a session token is in the network log");

        log->clear();
        QCOMPARE(model->rowCount(), 0);
    }
};

QTEST_MAIN(TestRemoteMainWindow)
#include "TestRemoteMainWindow.moc"
