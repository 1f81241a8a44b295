#include "CrmSimFixture.h"

#include "MainWindow.h"
#include "ReferenceBox.h"
#include "RemoteScopeBar.h"
#include "StoreFactory.h"
#include "TokenService.h"

#include <QComboBox>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>

CrmSimFixture::CrmSimFixture(const QString& password)
    : m_password(password)
    , m_sim({ QStringLiteral("--password"), password })
{
}

CrmSimFixture::~CrmSimFixture()
{
    close();
}

bool CrmSimFixture::start(const CrmOptions& options)
{
    if (!m_sim.start())
        return false;
    const StoreUrl url = m_sim.storeUrl();
    const QString password = m_password;
    m_service = std::make_unique<TokenService>(
        [url, password, options]() { return StoreFactory::create(url, password, options); });
    m_check = std::make_unique<CrmApiTokenStore>(url, password);
    const Result<void> opened = m_check->open();
    if (!opened.ok()) {
        qWarning("the check store did not open: %s", qPrintable(opened.error().toString()));
        return false;
    }
    return true;
}

bool CrmSimFixture::openWindow()
{
    m_window = std::make_unique<MainWindow>(m_service.get());
    m_window->show();
    m_window->activateWindow();
    if (!QTest::qWaitForWindowActive(m_window.get())) {
        qWarning("the main window did not become active");
        return false;
    }
    QSignalSpy ready(m_window.get(), &MainWindow::storeReady);
    m_window->openStore(false);
    if (ready.size() != 1 && !ready.wait(20000)) {
        qWarning("the main window did not open the store");
        return false;
    }
    return true;
}

void CrmSimFixture::close()
{
    m_window.reset();
    m_service.reset();
    m_check.reset();
}

bool CrmSimFixture::createNotEffective(const QString& code, const QString& account)
{
    TokenPatch patch;
    patch.authenticationCode = code;
    patch.accountsReceivable = account;
    return m_check->create(patch).ok() && m_check->setNotEffective(TokenRef::byAuthenticationCode(code)).ok();
}

int CrmSimFixture::stateOnServer(const QString& code)
{
    const Result<AccessToken> token = m_check->show(TokenRef::byAuthenticationCode(code));
    return token.ok() ? int(token->lifeCycleState) : -1;
}

void CrmSimFixture::chooseAccount(const QString& number)
{
    RemoteScopeBar* bar = m_window->scopeBar();
    bar->scopeBox()->setCurrentIndex(bar->scopeBox()->findData(int(RemoteScopeBar::Scope::Account)));
    QLineEdit* edit = bar->numberBox()->lineEdit();
    edit->setFocus();
    QTest::keyClick(edit, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(edit, number);
    QTest::keyClick(edit, Qt::Key_Return);
}
