// The main window on the shared PostgreSQL store: it lists what is there, saves an edit another
// client then reads, and shows another client's new token without a manual refresh. Skips without
// TOKENDESK_TEST_PG_URL.

#include "AwaitFuture.h"
#include "MainWindow.h"
#include "SqlTokenStore.h"
#include "TokenEditor.h"
#include "TokenService.h"
#include "TokenTableModel.h"
#include "stores/PgTestDatabase.h"

#include <QLineEdit>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

namespace {
constexpr int seeded = 40;
} // namespace

class TestMainWindowPostgres : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        if (!PgTestDatabase::isConfigured())
            QSKIP("Set TOKENDESK_TEST_PG_URL=postgres://USER@HOST:PORT/DB (and TOKENDESK_PASSWORD) to run");
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("TokenDeskTest"));
        QCoreApplication::setApplicationName(QStringLiteral("TokenDeskPostgresGuiTest"));
        QSettings().clear();
        const QString failure = m_db.setUp(QStringLiteral("gui"));
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
        const QString reset = m_db.reset();
        QVERIFY2(reset.isEmpty(), qPrintable(reset));
        auto store = m_db.openStore();
        QVERIFY(store);
        for (int i = 0; i < seeded; ++i)
            QVERIFY(
                !PgTestDatabase::createToken(*store, QStringLiteral("GUI-%1").arg(i, 3, 10, QLatin1Char('0')))
                     .id.isEmpty());

        m_service = std::make_unique<TokenService>([this]() -> std::unique_ptr<TokenStore> {
            return std::make_unique<SqlTokenStore>(m_db.url(), m_db.password(), nullptr);
        });
        m_window = std::make_unique<MainWindow>(m_service.get());
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_window->openStore(false);
    }

    void cleanupTestCase()
    {
        m_service.reset();
        m_window.reset();
    }

    void showsTheTokens()
    {
        QTRY_VERIFY_WITH_TIMEOUT(m_window->model()->isCountExact(), 10000);
        QCOMPARE(m_window->model()->totalCount(), seeded);
        QTRY_VERIFY(m_window->model()->tokenAt(0).has_value());
        QVERIFY(m_window->model()->tokenAt(0)->authenticationCode.startsWith(QLatin1String("GUI-")));
        QVERIFY(m_window->table()->isVisible());
        QVERIFY(m_window->countText().contains(QString::number(seeded)));
    }

    void anEditReachesAnotherClient()
    {
        m_window->searchField()->clear();
        QTest::keyClicks(m_window->searchField(), QStringLiteral("GUI-007"));
        QTRY_COMPARE(m_window->model()->rowCount(), 1);
        QTRY_VERIFY(m_window->model()->tokenAt(0).has_value());
        m_window->selectRow(0);
        QTRY_VERIFY(m_window->editor()->token().has_value());
        TokenEditor* editor = m_window->editor();
        QCOMPARE(editor->token()->authenticationCode, QStringLiteral("GUI-007"));
        editor->tabs()->setCurrentIndex(TokenEditor::UdfTab);
        QTest::keyClicks(editor->udfStringEdit(0), QStringLiteral("seen by others"));
        QTest::keySequence(m_window.get(), QKeySequence::Save);
        QTRY_VERIFY_WITH_TIMEOUT(!editor->isModified(), 10000);

        auto other = m_db.openStore();
        QVERIFY(other);
        const Result<AccessToken> stored
            = other->show(TokenRef::byAuthenticationCode(QStringLiteral("GUI-007")));
        QVERIFY(stored.ok());
        QCOMPARE(stored->udfString[0], QStringLiteral("seen by others"));
        QCOMPARE(stored->version, 2);
    }

    void anotherClientsTokenAppearsWithoutRefresh()
    {
        m_window->searchField()->clear();
        QTRY_COMPARE_WITH_TIMEOUT(m_window->model()->totalCount(), seeded, 10000);
        auto other = m_db.openStore();
        QVERIFY(other);
        QVERIFY(!PgTestDatabase::createToken(*other, QStringLiteral("GUI-FROM-ELSEWHERE")).id.isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(m_window->model()->totalCount(), seeded + 1, 10000);
    }

private:
    PgTestDatabase m_db { QStringLiteral("gui_mainwindow_postgres_inspector") };
    std::unique_ptr<TokenService> m_service;
    std::unique_ptr<MainWindow> m_window;
};

QTEST_MAIN(TestMainWindowPostgres)
#include "TestMainWindowPostgres.moc"
