#include "ConnectionDialogDriver.h"
#include "CrmSimFixture.h"
#include "MainWindow.h"
#include "MessageBar.h"
#include "MessageBox.h"
#include "TokenEditor.h"
#include "TokenTableModel.h"

#include <QAction>
#include <QApplication>
#include <QLineEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QtTest>

// The main window against tokendesk-crmsim when the network is slow: a request that hangs can be
// cancelled with the status bar's Cancel button or Esc, and says so; bulk actions keep several
// requests in flight, send each token once, and a cancelled one leaves the unsent tokens alone.
class TestRemoteCancelAndBulk : public QObject
{
    Q_OBJECT

private:
    CrmSimFixture m_crm;
    CrmSimProcess& m_sim = m_crm.sim();

    QStringList notEffectiveTokens(const QString& prefix, int count, const QString& account)
    {
        QStringList codes;
        for (int i = 0; i < count; ++i) {
            const QString code = QStringLiteral("%1-%2").arg(prefix).arg(i, 2, 10, QLatin1Char('0'));
            if (!m_crm.createNotEffective(code, account))
                return {};
            codes.append(code);
        }
        return codes;
    }

    void showAccount(const QString& number, int expectedTokens)
    {
        m_crm.chooseAccount(number);
        QTRY_COMPARE_WITH_TIMEOUT(window()->model()->rowCount(), expectedTokens, 20000);
        QTRY_VERIFY_WITH_TIMEOUT(window()->model()->isCountExact(), 20000);
        QTRY_VERIFY_WITH_TIMEOUT(window()->model()->tokenAt(0).has_value(), 20000);
    }

    MainWindow* window() const { return m_crm.window(); }

    QPushButton* cancelButton() const
    {
        return window()->findChild<QPushButton*>(QStringLiteral("cancelRunningCall"));
    }

private Q_SLOTS:
    void initTestCase()
    {
        ConnectionDialogDriver::isolateSettings(QStringLiteral("tst_remote_cancel_bulk"));
        CrmOptions options;
        // Only a cancel ends a hanging request within the test.
        options.timeoutMs = 60000;
        options.maxParallel = 3;
        QVERIFY(m_crm.start(options));
        QCOMPARE(notEffectiveTokens(QStringLiteral("SLOW"), 1, QStringLiteral("ACR0000000003")).size(), 1);
        QCOMPARE(notEffectiveTokens(QStringLiteral("BULK"), 12, QStringLiteral("ACR0000000004")).size(), 12);
        QCOMPARE(notEffectiveTokens(QStringLiteral("STOP"), 18, QStringLiteral("ACR0000000005")).size(), 18);
        QVERIFY(m_crm.openWindow());
        QVERIFY(cancelButton());
        QVERIFY(!cancelButton()->isVisible());
    }

    void init() { m_sim.control(QStringLiteral("reset")); }

    void cleanupTestCase() { m_crm.close(); }

    void hangingActionIsCancelledWithEscape()
    {
        showAccount(QStringLiteral("ACR0000000003"), 1);
        window()->selectRow(0);
        const QString number = window()->model()->tokenAt(0)->number;
        QTRY_VERIFY(window()->action(MainWindow::Action::SetEffective)->isEnabled());
        m_sim.fault(QStringLiteral("hang"), QStringLiteral("set_as_effective"));
        window()->action(MainWindow::Action::SetEffective)->trigger();

        QTRY_VERIFY_WITH_TIMEOUT(cancelButton()->isVisible(), 10000);
        QWidget* focus = QApplication::focusWidget();
        QTest::keyClick(focus ? focus : window(), Qt::Key_Escape);

        QTRY_VERIFY_WITH_TIMEOUT(window()->lastOperationText().contains(QLatin1String("cancelled")), 10000);
        QVERIFY2(window()->lastOperationText().contains(number), qPrintable(window()->lastOperationText()));
        QVERIFY2(window()->messageBar()->text().contains(QLatin1String("cancelled")),
                 qPrintable(window()->messageBar()->text()));
        QVERIFY(!window()->lastOperationText().contains(QLatin1String("127.0.0.1")));
        QTRY_VERIFY(!cancelButton()->isVisible());
        QCOMPARE(m_crm.stateOnServer(QStringLiteral("SLOW-00")), int(LifeCycleState::NotEffective));

        // Usable again: the same action goes through once the server answers.
        QTRY_VERIFY_WITH_TIMEOUT(window()->model()->tokenAt(0).has_value(), 20000);
        window()->selectRow(0);
        QTRY_VERIFY(window()->action(MainWindow::Action::SetEffective)->isEnabled());
        window()->action(MainWindow::Action::SetEffective)->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(window()->lastOperationText().contains(QLatin1String("done")), 20000);
        QCOMPARE(m_crm.stateOnServer(QStringLiteral("SLOW-00")), int(LifeCycleState::Effective));
    }

    void hangingActionIsCancelledWithTheMouse()
    {
        showAccount(QStringLiteral("ACR0000000003"), 1);
        window()->selectRow(0);
        QTRY_VERIFY(window()->action(MainWindow::Action::SetNotEffective)->isEnabled());
        m_sim.fault(QStringLiteral("hang"), QStringLiteral("set_as_not_effective"));
        window()->action(MainWindow::Action::SetNotEffective)->trigger();

        QTRY_VERIFY_WITH_TIMEOUT(cancelButton()->isVisible(), 10000);
        QTest::mouseClick(cancelButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(window()->lastOperationText().contains(QLatin1String("Set not effective")),
                                 10000);
        QVERIFY2(window()->lastOperationText().contains(QLatin1String("cancelled")),
                 qPrintable(window()->lastOperationText()));
        QTRY_VERIFY(!cancelButton()->isVisible());
        QCOMPARE(m_crm.stateOnServer(QStringLiteral("SLOW-00")), int(LifeCycleState::Effective));
    }

    // A cancelled save is the person's choice, not a failure: it says so in the window's words and
    // the edits stay in the editor, ready to be saved again.
    void hangingSaveIsCancelledAndKeepsTheEdits()
    {
        showAccount(QStringLiteral("ACR0000000003"), 1);
        window()->selectRow(0);
        TokenEditor* editor = window()->editor();
        QTRY_VERIFY(editor->token().has_value());
        const QString number = editor->token()->number;
        editor->tabs()->setCurrentIndex(TokenEditor::UdfTab);
        editor->udfStringEdit(0)->clear();
        QTest::keyClicks(editor->udfStringEdit(0), QStringLiteral("kept after cancel"));
        QVERIFY(editor->isModified());
        m_sim.fault(QStringLiteral("hang"), QStringLiteral("update"));
        QTest::keySequence(window(), QKeySequence::Save);

        QTRY_VERIFY_WITH_TIMEOUT(cancelButton()->isVisible(), 10000);
        QTest::mouseClick(cancelButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(window()->lastOperationText().contains(QLatin1String("Saving token")),
                                 10000);
        const QString said = window()->lastOperationText();
        QVERIFY2(said.contains(number) && said.contains(QLatin1String("cancelled"))
                     && said.contains(QLatin1String("still in the editor")),
                 qPrintable(said));
        QVERIFY2(!said.contains(QLatin1String("127.0.0.1")), qPrintable(said));
        QCOMPARE(window()->messageBar()->kind(), MessageBar::Kind::Information);
        QVERIFY(editor->isModified());
        QCOMPARE(editor->udfStringEdit(0)->text(), QStringLiteral("kept after cancel"));

        QTest::keySequence(window(), QKeySequence::Save);
        QTRY_VERIFY_WITH_TIMEOUT(!editor->isModified(), 20000);
        const Result<AccessToken> stored = m_crm.check().show(TokenRef::byNumber(number));
        QVERIFY2(stored.ok(), qPrintable(stored.ok() ? QString() : stored.error().toString()));
        QCOMPARE(stored->udfString[0], QStringLiteral("kept after cancel"));
    }

    void bulkActionKeepsSeveralRequestsInFlight()
    {
        showAccount(QStringLiteral("ACR0000000004"), 12);
        window()->table()->selectAll();
        QTRY_VERIFY(window()->action(MainWindow::Action::SetEffective)->isEnabled());
        m_sim.takeRequests();
        m_sim.takeMaxConcurrent();
        m_sim.setLatency(150);
        MessageBox::setNextAnswer(QMessageBox::Yes);
        window()->action(MainWindow::Action::SetEffective)->trigger();

        QTRY_VERIFY_WITH_TIMEOUT(window()->lastOperationText().contains(QLatin1String("12 token")), 20000);
        QVERIFY2(!window()->lastOperationText().contains(QLatin1String("failed")),
                 qPrintable(window()->lastOperationText()));
        const int maxConcurrent = m_sim.takeMaxConcurrent();
        QVERIFY2(maxConcurrent > 1 && maxConcurrent <= 3, qPrintable(QString::number(maxConcurrent)));
        const QHash<QString, int> calls = m_sim.takeCallsPerCode(QStringLiteral("set_as_effective"));
        QCOMPARE(calls.size(), 12);
        for (int i = 0; i < 12; ++i) {
            const QString code = QStringLiteral("BULK-%1").arg(i, 2, 10, QLatin1Char('0'));
            QCOMPARE(calls.value(code), 1);
            QCOMPARE(m_crm.stateOnServer(code), int(LifeCycleState::Effective));
        }
    }

    void cancelledBulkActionLeavesTheUnsentTokensAlone()
    {
        showAccount(QStringLiteral("ACR0000000005"), 18);
        window()->table()->selectAll();
        QTRY_VERIFY(window()->action(MainWindow::Action::SetEffective)->isEnabled());
        m_sim.takeRequests();
        m_sim.setLatency(400);
        MessageBox::setNextAnswer(QMessageBox::Yes);
        window()->action(MainWindow::Action::SetEffective)->trigger();

        QProgressDialog* progress = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT(
            (progress = window()->findChild<QProgressDialog*>()) && progress->isVisible(), 10000);
        QPushButton* cancel = progress->findChild<QPushButton*>();
        QVERIFY(cancel);
        QTest::mouseClick(cancel, Qt::LeftButton);

        QTRY_VERIFY_WITH_TIMEOUT(window()->lastOperationText().contains(QLatin1String("not sent")), 20000);
        m_sim.setLatency(0);
        const QHash<QString, int> calls = m_sim.takeCallsPerCode(QStringLiteral("set_as_effective"));
        int sent = 0;
        for (int i = 0; i < 18; ++i) {
            const QString code = QStringLiteral("STOP-%1").arg(i, 2, 10, QLatin1Char('0'));
            const int callsForCode = calls.value(code);
            QVERIFY2(callsForCode <= 1, qPrintable(code));
            sent += callsForCode;
            QCOMPARE(m_crm.stateOnServer(code),
                     int(callsForCode == 1 ? LifeCycleState::Effective : LifeCycleState::NotEffective));
        }
        QVERIFY2(sent > 0 && sent < 18, qPrintable(QString::number(sent)));
        // "N tokens done, cancelled: M not sent and left unchanged."
        const QString summary = window()->lastOperationText();
        QVERIFY2(summary.contains(QStringLiteral("%1 token").arg(sent)), qPrintable(summary));
        QVERIFY2(summary.contains(QStringLiteral("%1 not sent").arg(18 - sent)), qPrintable(summary));
    }
};

QTEST_MAIN(TestRemoteCancelAndBulk)
#include "TestRemoteCancelAndBulk.moc"
