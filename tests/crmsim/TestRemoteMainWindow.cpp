#include "ConnectionDialogDriver.h"
#include "CrmApiTokenStore.h"
#include "CrmSimProcess.h"
#include "MainWindow.h"
#include "NetworkLog.h"
#include "NetworkLogWindow.h"
#include "RemoteScopeBar.h"
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
    // Distinctive, so a search of the log's text cannot match by chance.
    const QString m_password = QStringLiteral("Pw-Remote-5e0b2c91");
    CrmSimProcess m_sim { { QStringLiteral("--password"), QStringLiteral("Pw-Remote-5e0b2c91") } };
    std::unique_ptr<TokenService> m_service;
    std::unique_ptr<MainWindow> m_window;

    AccessToken create(const QString& code, const QString& account, bool notEffective = false)
    {
        TokenPatch patch;
        patch.authenticationCode = code;
        if (!account.isEmpty())
            patch.accountsReceivable = account;
        const Result<TokenResult> created = await(m_service->create(patch));
        if (!created.ok()) {
            qWarning("%s", qPrintable(created.error().toString()));
            return AccessToken();
        }
        if (notEffective)
            return await(m_service->setNotEffective(TokenRef::byAuthenticationCode(code))).value();
        return created->token;
    }

    QStringList shownCodes() const
    {
        QStringList codes;
        for (int row = 0; row < m_window->model()->rowCount(); ++row) {
            if (const std::optional<AccessToken> token = m_window->model()->tokenAt(row))
                codes.append(token->authenticationCode);
        }
        codes.sort();
        return codes;
    }

    void chooseAccount(const QString& number)
    {
        RemoteScopeBar* bar = m_window->scopeBar();
        bar->scopeBox()->setCurrentIndex(bar->scopeBox()->findData(int(RemoteScopeBar::Scope::Account)));
        QLineEdit* edit = bar->numberBox()->lineEdit();
        edit->setFocus();
        QTest::keyClick(edit, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(edit, number);
        QTest::keyClick(edit, Qt::Key_Return);
    }

private Q_SLOTS:
    void initTestCase()
    {
        ConnectionDialogDriver::isolateSettings(QStringLiteral("tst_remote_mainwindow"));
        QVERIFY(m_sim.start());
        const StoreUrl url = m_sim.storeUrl();
        const QString password = m_password;
        m_service = std::make_unique<TokenService>(
            [url, password]() { return StoreFactory::create(url, password); });
        QVERIFY(await(m_service->open()).ok());
        create(QStringLiteral("REMOTE-A1"), QStringLiteral("ACR0000000001"));
        create(QStringLiteral("REMOTE-A2"), QStringLiteral("ACR0000000001"), true);
        create(QStringLiteral("REMOTE-A3"), QStringLiteral("ACR0000000001"));
        create(QStringLiteral("REMOTE-B1"), QStringLiteral("ACR0000000002"));
        create(QStringLiteral("REMOTE-N1"), QString());

        m_window = std::make_unique<MainWindow>(m_service.get());
        m_window->show();
        QSignalSpy ready(m_window.get(), &MainWindow::storeReady);
        m_window->openStore(false);
        QVERIFY(ready.size() == 1 || ready.wait(20000));
    }

    void cleanupTestCase()
    {
        m_window.reset();
        m_service.reset();
    }

    void remoteModeShowsTheScopeBar()
    {
        QVERIFY(m_window->scopeBar()->isVisibleTo(m_window.get()));
        QVERIFY(!m_window->searchField()->isVisibleTo(m_window.get()));
        // CRM.COM keeps no configuration to edit here and no record of imports.
        QVERIFY(!m_window->action(MainWindow::Action::Configure)->isEnabled());
        QVERIFY(!m_window->action(MainWindow::Action::ImportHistory)->isEnabled());
        // Nothing needs a number to start with: the not associated tokens are shown.
        QTRY_COMPARE_WITH_TIMEOUT(shownCodes(), QStringList { QStringLiteral("REMOTE-N1") }, 20000);
        QVERIFY2(m_window->scopeText().contains(QLatin1String("not associated")),
                 qPrintable(m_window->scopeText()));
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
        const QString password = m_password;
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
        service.reset();
        window.reset();
    }

    void choosingAnAccountShowsItsTokens()
    {
        chooseAccount(QStringLiteral("ACR0000000001"));
        QTRY_COMPARE_WITH_TIMEOUT(shownCodes(),
                                  (QStringList { QStringLiteral("REMOTE-A1"), QStringLiteral("REMOTE-A2"),
                                                 QStringLiteral("REMOTE-A3") }),
                                  20000);
        QTRY_VERIFY(m_window->model()->isCountExact());
        QCOMPARE(m_window->model()->totalCount(), 3);
        QVERIFY2(m_window->scopeText().contains(QLatin1String("ACR0000000001")),
                 qPrintable(m_window->scopeText()));
        QVERIFY(m_window->lastOperationText().indexOf(QLatin1String("Could not load")) < 0);
    }

    void pagesAfterTheFirstAreReadByOffset()
    {
        // CRM.COM pages by offset only: the second page must not be asked for by keyset.
        QSignalSpy failed(m_window->model(), &TokenTableModel::loadFailed);
        m_window->model()->setPageSize(2);
        QTRY_COMPARE_WITH_TIMEOUT(shownCodes(),
                                  (QStringList { QStringLiteral("REMOTE-A1"), QStringLiteral("REMOTE-A2"),
                                                 QStringLiteral("REMOTE-A3") }),
                                  20000);
        QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().first().toString()));
        m_window->model()->setPageSize(TokenTableModel::defaultPageSize);
        QTRY_COMPARE_WITH_TIMEOUT(shownCodes().size(), 3, 20000);
    }

    void findByCodeOpensTheToken()
    {
        QLineEdit* code = m_window->scopeBar()->codeField();
        code->setFocus();
        QTest::keyClicks(code, QStringLiteral("REMOTE-B1"));
        QTest::keyClick(code, Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(m_window->editor()->token()
                                     && m_window->editor()->token()->authenticationCode
                                         == QLatin1String("REMOTE-B1"),
                                 20000);
        // The table moved to the token's account, with the token selected for the actions.
        QVERIFY2(m_window->scopeText().contains(QLatin1String("ACR0000000002")),
                 qPrintable(m_window->scopeText()));
        QTRY_COMPARE(m_window->selectedTokens().size(), 1);
        QCOMPARE(m_window->selectedTokens().constFirst().authenticationCode, QStringLiteral("REMOTE-B1"));

        code->clear();
        QTest::keyClicks(code, QStringLiteral("NO-SUCH-CODE"));
        QTest::keyClick(code, Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(m_window->lastOperationText().contains(QLatin1String("NO-SUCH-CODE")),
                                 20000);
        QTRY_VERIFY_WITH_TIMEOUT(m_window->lastOperationText().contains(QLatin1String("No token")), 20000);
    }

    void setEffectiveFromTheWindowChangesTheServer()
    {
        chooseAccount(QStringLiteral("ACR0000000001"));
        QTRY_COMPARE_WITH_TIMEOUT(shownCodes().size(), 3, 20000);
        int row = -1;
        for (int i = 0; i < m_window->model()->rowCount(); ++i) {
            if (m_window->model()->tokenAt(i)->authenticationCode == QLatin1String("REMOTE-A2"))
                row = i;
        }
        QVERIFY(row >= 0);
        m_window->selectRow(row);
        QTRY_VERIFY(m_window->action(MainWindow::Action::SetEffective)->isEnabled());
        m_sim.takeRequests();
        m_window->action(MainWindow::Action::SetEffective)->trigger();

        QTRY_VERIFY_WITH_TIMEOUT(m_window->lastOperationText().contains(QLatin1String("done")), 20000);
        bool sent = false;
        const QJsonArray requests = m_sim.takeRequests();
        for (const QJsonValue& request : requests)
            sent = sent
                || request.toObject()
                       .value(QStringLiteral("path"))
                       .toString()
                       .endsWith(QLatin1String("set_as_effective"));
        QVERIFY(sent);
        // Read back with a store of its own, so nothing cached in the window's store can answer.
        CrmApiTokenStore check(m_sim.storeUrl(), m_password);
        QVERIFY(check.open().ok());
        QCOMPARE(check.show(TokenRef::byAuthenticationCode(QStringLiteral("REMOTE-A2")))->lifeCycleState,
                 LifeCycleState::Effective);
    }

    void networkLogNeverShowsTheSecrets()
    {
        QAction* open = m_window->action(MainWindow::Action::NetworkLog);
        QVERIFY(!open->shortcut().isEmpty());
        bool inViewMenu = false;
        for (QAction* menu : m_window->menuBar()->actions()) {
            if (menu->menu() && menu->menu()->actions().contains(open))
                inViewMenu = menu->text().remove(QLatin1Char('&')) == QLatin1String("View");
        }
        QVERIFY(inViewMenu);
        open->trigger();
        NetworkLogWindow* log = m_window->networkLogWindow();
        QVERIFY(log);
        QVERIFY(log->isVisible());
        QAbstractItemModel* model = log->table()->model();
        QTRY_VERIFY(model->rowCount() > 0);

        // The log holds a login and the session token it returned; neither may show anywhere.
        QString everything;
        bool sawLogin = false;
        for (int row = 0; row < model->rowCount(); ++row) {
            for (int column = 0; column < model->columnCount(); ++column) {
                for (int role : { int(Qt::DisplayRole), int(Qt::ToolTipRole),
                                  int(NetworkLog::RequestBodyRole), int(NetworkLog::ResponseBodyRole) })
                    everything += model->data(model->index(row, column), role).toString() + QLatin1Char('\n');
            }
            sawLogin = sawLogin
                || model->data(model->index(row, NetworkLog::PathColumn))
                       .toString()
                       .endsWith(QLatin1String("authentication/token"));
        }
        QVERIFY(sawLogin);
        log->table()->selectAll();
        everything += log->selectedText() + log->detailsText();
        QVERIFY(everything.contains(QLatin1String("access_tokens/list")));
        QVERIFY(everything.contains(QLatin1String("admin")));
        QVERIFY(!everything.contains(m_password));
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
