// StoreSession: moving to another store (File → Connect…) only once it is open, so a store that
// cannot be opened leaves the person where they were. Offscreen, against in-memory stores.

#include "MainWindow.h"
#include "MemoryTokenStore.h"
#include "MessageBar.h"
#include "MessageBox.h"
#include "StoreSession.h"
#include "TokenEditor.h"
#include "TokenTableModel.h"

#include <QLineEdit>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

class TestStoreSession : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("TokenDeskTest"));
        QCoreApplication::setApplicationName(QStringLiteral("TokenDeskStoreSessionTest"));
        QSettings().clear();
    }

    void cleanup() { MessageBox::setNextAnswer(QMessageBox::NoButton); }

    void aStoreThatDoesNotOpenLeavesTheWorkAsItWas()
    {
        StoreSession session(QStringLiteral("clerk"));
        QList<MainWindow*> shown;
        connect(&session, &StoreSession::windowShown, this,
                [&](MainWindow* window) { shown.append(window); });
        session.start(seeded(12), false);
        MainWindow* first = session.window();
        QCOMPARE(shown, QList<MainWindow*>({ first }));
        QTRY_COMPARE(first->model()->rowCount(), 12);

        // A wrong password: the window, its store and its rows stay, and it says why.
        session.switchTo(
            []() {
                auto store = std::make_unique<MemoryTokenStore>();
                store->refuseOpen(QStringLiteral("The user name, password or organisation is wrong"));
                return store;
            },
            QStringLiteral("CRM.COM (test)"));
        QVERIFY(session.isSwitching());
        QTRY_VERIFY(!session.isSwitching());
        QCOMPARE(session.window(), first);
        QVERIFY(first->isVisible());
        QVERIFY(session.service()->isOpen());
        QCOMPARE(first->model()->rowCount(), 12);
        QCOMPARE(first->messageBar()->kind(), MessageBar::Kind::Error);
        QVERIFY2(first->messageBar()->text().startsWith(
                     QLatin1String("CRM.COM (test) could not be opened: The user name, password or "
                                   "organisation is wrong. You are still working on memory")),
                 qPrintable(first->messageBar()->text()));

        // Unsaved edits are asked about before the move; Cancel keeps them and the window.
        first->selectRow(0);
        QTRY_VERIFY(first->editor()->token().has_value());
        first->editor()->udfStringEdit(0)->setText(QStringLiteral("typed"));
        MessageBox::setNextAnswer(QMessageBox::Cancel);
        session.switchTo(seeded(3), QStringLiteral("Other"));
        QTRY_VERIFY(!session.isSwitching());
        QCOMPARE(session.window(), first);
        QVERIFY(first->isVisible());
        QCOMPARE(first->editor()->udfStringEdit(0)->text(), QStringLiteral("typed"));

        // A store that opens replaces the pair.
        MessageBox::setNextAnswer(QMessageBox::Discard);
        session.switchTo(seeded(3), QStringLiteral("Other"));
        QTRY_VERIFY(session.window() != first);
        QCOMPARE(shown.size(), 2);
        QCOMPARE(shown.last(), session.window());
        QTRY_COMPARE(session.window()->model()->rowCount(), 3);
    }

    // Save at the question saves the edits in the store left, then moves: the move is not lost,
    // nor the window closed with no other in its place (the last window: TokenDesk would quit).
    void savingTheEditsFirstStillMoves()
    {
        StoreSession session(QStringLiteral("clerk"));
        session.start(seeded(12), false);
        MainWindow* first = session.window();
        QTRY_COMPARE(first->model()->rowCount(), 12);
        first->selectRow(0);
        QTRY_VERIFY(first->editor()->token().has_value());
        first->editor()->udfStringEdit(0)->setText(QStringLiteral("saved on the way"));
        MessageBox::setNextAnswer(QMessageBox::Save);
        session.switchTo(seeded(3), QStringLiteral("Other"));
        QTRY_VERIFY(session.window() != first);
        QVERIFY(session.window()->isVisible());
        QTRY_COMPARE(session.window()->model()->rowCount(), 3);
        QVERIFY(!session.isSwitching());
    }

private:
    static TokenService::StoreFactory seeded(int tokens)
    {
        return [tokens]() {
            auto store = std::make_unique<MemoryTokenStore>();
            store->seed(tokens);
            return store;
        };
    }
};

QTEST_MAIN(TestStoreSession)
#include "TestStoreSession.moc"
