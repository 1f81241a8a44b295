#include "MainWindowFixture.h"

#include "AwaitFuture.h"
#include "TokenStore.h"
#include "TokenTableModel.h"

#include <QTest>

void MainWindowFixture::openWindow(std::unique_ptr<TokenStore> store)
{
    auto owned = std::make_shared<std::unique_ptr<TokenStore>>(std::move(store));
    m_service = std::make_unique<TokenService>([owned]() { return std::move(*owned); });
    QVERIFY(await(m_service->open()).ok());
    m_window = std::make_unique<MainWindow>(m_service.get());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->openStore(false);
    QTRY_VERIFY(m_window->model()->isCountExact());
    if (m_window->model()->rowCount() > 0)
        QTRY_VERIFY(m_window->model()->tokenAt(0).has_value());
}

void MainWindowFixture::closeWindow()
{
    // The service first: it finishes its queued calls while the window they report to still exists
    // (Qt 6.4 asserts when a continuation's context is gone).
    m_service.reset();
    m_window.reset();
}
