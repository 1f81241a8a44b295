#include "CrmApiTokenStore.h"
#include "CrmSimProcess.h"
#include "MainWindow.h"
#include "MessageBar.h"
#include "RemoteScopeBar.h"
#include "StoreFactory.h"
#include "TokenService.h"
#include "TokenTableModel.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QJsonArray>
#include <QJsonObject>
#include <QLineEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QtTest>

// The main window against tokendesk-crmsim when the network is slow: a request that hangs can be
// cancelled with the status bar's Cancel button or Esc, and says so; bulk actions keep several
// requests in flight, send each token once, and a cancelled one leaves the unsent tokens alone.
class TestRemoteCancelAndBulk : public QObject
{
    Q_OBJECT

private:
    CrmSimProcess m_sim;
    std::unique_ptr<TokenService> m_service;
    std::unique_ptr<MainWindow> m_window;
    // Reads back what the server holds, with nothing cached by the window's store.
    std::unique_ptr<CrmApiTokenStore> m_check;

    template<typename T> static T await(QFuture<T> future)
    {
        while (!future.isFinished())
            QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        return future.result();
    }

    QStringList notEffectiveTokens(const QString& prefix, int count, const QString& account)
    {
        QStringList codes;
        for (int i = 0; i < count; ++i) {
            const QString code = QStringLiteral("%1-%2").arg(prefix).arg(i, 2, 10, QLatin1Char('0'));
            TokenPatch patch;
            patch.authenticationCode = code;
            patch.accountsReceivable = account;
            if (!m_check->create(patch).ok()
                || !m_check->setNotEffective(TokenRef::byAuthenticationCode(code)).ok())
                return {};
            codes.append(code);
        }
        return codes;
    }

    // -1 when the token cannot be read.
    int stateOnServer(const QString& code)
    {
        const Result<AccessToken> token = m_check->show(TokenRef::byAuthenticationCode(code));
        return token.ok() ? int(token->lifeCycleState) : -1;
    }

    // How many set_as_effective calls the server saw per authentication code (and forgets them).
    QHash<QString, int> setEffectiveCalls()
    {
        QHash<QString, int> calls;
        const QJsonArray requests = m_sim.takeRequests();
        for (const QJsonValue& value : requests) {
            const QJsonObject request = value.toObject();
            if (request.value(QStringLiteral("path")).toString()
                != QLatin1String("access_tokens/set_as_effective"))
                continue;
            ++calls[request.value(QStringLiteral("body"))
                        .toObject()
                        .value(QStringLiteral("access_token_identifier"))
                        .toObject()
                        .value(QStringLiteral("authentication_code"))
                        .toString()];
        }
        return calls;
    }

    void showAccount(const QString& number, int expectedTokens)
    {
        RemoteScopeBar* bar = m_window->scopeBar();
        bar->scopeBox()->setCurrentIndex(bar->scopeBox()->findData(int(RemoteScopeBar::Scope::Account)));
        QLineEdit* edit = bar->numberBox()->lineEdit();
        edit->setFocus();
        QTest::keyClick(edit, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(edit, number);
        QTest::keyClick(edit, Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(m_window->model()->rowCount(), expectedTokens, 20000);
        QTRY_VERIFY_WITH_TIMEOUT(m_window->model()->isCountExact(), 20000);
        QTRY_VERIFY_WITH_TIMEOUT(m_window->model()->tokenAt(0).has_value(), 20000);
    }

    QPushButton* cancelButton() const
    {
        return m_window->findChild<QPushButton*>(QStringLiteral("cancelRunningCall"));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("TokenDeskTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_remote_cancel_bulk"));
        QSettings().clear();
        QVERIFY(m_sim.start());
        const StoreUrl url = m_sim.storeUrl();
        m_check = std::make_unique<CrmApiTokenStore>(url, CrmSimProcess::password());
        QVERIFY(m_check->open().ok());
        QCOMPARE(notEffectiveTokens(QStringLiteral("SLOW"), 1, QStringLiteral("ACR0000000003")).size(), 1);
        QCOMPARE(notEffectiveTokens(QStringLiteral("BULK"), 12, QStringLiteral("ACR0000000004")).size(), 12);
        QCOMPARE(notEffectiveTokens(QStringLiteral("STOP"), 18, QStringLiteral("ACR0000000005")).size(), 18);

        CrmOptions options;
        // Only a cancel ends a hanging request within the test.
        options.timeoutMs = 60000;
        options.maxParallel = 3;
        m_service = std::make_unique<TokenService>(
            [url, options]() { return StoreFactory::create(url, CrmSimProcess::password(), options); });
        m_window = std::make_unique<MainWindow>(m_service.get());
        m_window->show();
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        QSignalSpy ready(m_window.get(), &MainWindow::storeReady);
        m_window->openStore(false);
        QVERIFY(ready.size() == 1 || ready.wait(20000));
        QVERIFY(cancelButton());
        QVERIFY(!cancelButton()->isVisible());
    }

    void init() { m_sim.control(QStringLiteral("reset")); }

    void cleanupTestCase()
    {
        m_window.reset();
        m_service.reset();
        m_check.reset();
    }

    void hangingActionIsCancelledWithEscape()
    {
        showAccount(QStringLiteral("ACR0000000003"), 1);
        m_window->selectRow(0);
        const QString number = m_window->model()->tokenAt(0)->number;
        QTRY_VERIFY(m_window->action(MainWindow::Action::SetEffective)->isEnabled());
        m_sim.control(QStringLiteral("fault"),
                      QJsonObject { { QStringLiteral("kind"), QStringLiteral("hang") },
                                    { QStringLiteral("method"), QStringLiteral("set_as_effective") } });
        m_window->action(MainWindow::Action::SetEffective)->trigger();

        QTRY_VERIFY_WITH_TIMEOUT(cancelButton()->isVisible(), 10000);
        QWidget* focus = QApplication::focusWidget();
        QTest::keyClick(focus ? focus : m_window.get(), Qt::Key_Escape);

        QTRY_VERIFY_WITH_TIMEOUT(m_window->lastOperationText().contains(QLatin1String("cancelled")), 10000);
        QVERIFY2(m_window->lastOperationText().contains(number), qPrintable(m_window->lastOperationText()));
        QVERIFY2(m_window->messageBar()->text().contains(QLatin1String("cancelled")),
                 qPrintable(m_window->messageBar()->text()));
        QVERIFY(!m_window->lastOperationText().contains(QLatin1String("127.0.0.1")));
        QTRY_VERIFY(!cancelButton()->isVisible());
        QCOMPARE(stateOnServer(QStringLiteral("SLOW-00")), int(LifeCycleState::NotEffective));

        // Usable again: the same action goes through once the server answers.
        QTRY_VERIFY_WITH_TIMEOUT(m_window->model()->tokenAt(0).has_value(), 20000);
        m_window->selectRow(0);
        QTRY_VERIFY(m_window->action(MainWindow::Action::SetEffective)->isEnabled());
        m_window->action(MainWindow::Action::SetEffective)->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(m_window->lastOperationText().contains(QLatin1String("done")), 20000);
        QCOMPARE(stateOnServer(QStringLiteral("SLOW-00")), int(LifeCycleState::Effective));
    }

    void hangingActionIsCancelledWithTheMouse()
    {
        showAccount(QStringLiteral("ACR0000000003"), 1);
        m_window->selectRow(0);
        QTRY_VERIFY(m_window->action(MainWindow::Action::SetNotEffective)->isEnabled());
        m_sim.control(QStringLiteral("fault"),
                      QJsonObject { { QStringLiteral("kind"), QStringLiteral("hang") },
                                    { QStringLiteral("method"), QStringLiteral("set_as_not_effective") } });
        m_window->action(MainWindow::Action::SetNotEffective)->trigger();

        QTRY_VERIFY_WITH_TIMEOUT(cancelButton()->isVisible(), 10000);
        QTest::mouseClick(cancelButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(m_window->lastOperationText().contains(QLatin1String("Set not effective")),
                                 10000);
        QVERIFY2(m_window->lastOperationText().contains(QLatin1String("cancelled")),
                 qPrintable(m_window->lastOperationText()));
        QTRY_VERIFY(!cancelButton()->isVisible());
        QCOMPARE(stateOnServer(QStringLiteral("SLOW-00")), int(LifeCycleState::Effective));
    }

    void bulkActionKeepsSeveralRequestsInFlight()
    {
        showAccount(QStringLiteral("ACR0000000004"), 12);
        m_window->table()->selectAll();
        QTRY_VERIFY(m_window->action(MainWindow::Action::SetEffective)->isEnabled());
        m_sim.takeRequests();
        m_sim.control(QStringLiteral("stats"));
        m_sim.control(QStringLiteral("latency"), QJsonObject { { QStringLiteral("ms"), 150 } });
        m_window->action(MainWindow::Action::SetEffective)->trigger();

        QTRY_VERIFY_WITH_TIMEOUT(m_window->lastOperationText().contains(QLatin1String("12 token")), 20000);
        QVERIFY2(!m_window->lastOperationText().contains(QLatin1String("failed")),
                 qPrintable(m_window->lastOperationText()));
        const int maxConcurrent
            = m_sim.control(QStringLiteral("stats")).value(QStringLiteral("max_concurrent")).toInt();
        QVERIFY2(maxConcurrent > 1 && maxConcurrent <= 3, qPrintable(QString::number(maxConcurrent)));
        const QHash<QString, int> calls = setEffectiveCalls();
        QCOMPARE(calls.size(), 12);
        for (int i = 0; i < 12; ++i) {
            const QString code = QStringLiteral("BULK-%1").arg(i, 2, 10, QLatin1Char('0'));
            QCOMPARE(calls.value(code), 1);
            QCOMPARE(stateOnServer(code), int(LifeCycleState::Effective));
        }
    }

    void cancelledBulkActionLeavesTheUnsentTokensAlone()
    {
        showAccount(QStringLiteral("ACR0000000005"), 18);
        m_window->table()->selectAll();
        QTRY_VERIFY(m_window->action(MainWindow::Action::SetEffective)->isEnabled());
        m_sim.takeRequests();
        m_sim.control(QStringLiteral("latency"), QJsonObject { { QStringLiteral("ms"), 400 } });
        m_window->action(MainWindow::Action::SetEffective)->trigger();

        QProgressDialog* progress = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT(
            (progress = m_window->findChild<QProgressDialog*>()) && progress->isVisible(), 10000);
        QPushButton* cancel = progress->findChild<QPushButton*>();
        QVERIFY(cancel);
        QTest::mouseClick(cancel, Qt::LeftButton);

        QTRY_VERIFY_WITH_TIMEOUT(m_window->lastOperationText().contains(QLatin1String("not sent")), 20000);
        m_sim.control(QStringLiteral("latency"), QJsonObject { { QStringLiteral("ms"), 0 } });
        const QHash<QString, int> calls = setEffectiveCalls();
        int sent = 0;
        for (int i = 0; i < 18; ++i) {
            const QString code = QStringLiteral("STOP-%1").arg(i, 2, 10, QLatin1Char('0'));
            const int callsForCode = calls.value(code);
            QVERIFY2(callsForCode <= 1, qPrintable(code));
            sent += callsForCode;
            QCOMPARE(stateOnServer(code),
                     int(callsForCode == 1 ? LifeCycleState::Effective : LifeCycleState::NotEffective));
        }
        QVERIFY2(sent > 0 && sent < 18, qPrintable(QString::number(sent)));
        // "N tokens done, cancelled: M not sent and left unchanged."
        const QString summary = m_window->lastOperationText();
        QVERIFY2(summary.contains(QStringLiteral("%1 token").arg(sent)), qPrintable(summary));
        QVERIFY2(summary.contains(QStringLiteral("%1 not sent").arg(18 - sent)), qPrintable(summary));
    }
};

QTEST_MAIN(TestRemoteCancelAndBulk)
#include "TestRemoteCancelAndBulk.moc"
