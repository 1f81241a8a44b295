#include "StoreSession.h"

#include "MainWindow.h"
#include "TokenEditor.h"
#include "WhenFinished.h"

#include <QTimer>

StoreSession::StoreSession(const QString& user, QObject* parent)
    : QObject(parent)
    , m_user(user)
{
}

StoreSession::~StoreSession()
{
    m_next.reset();
    m_service.reset();
    m_window.reset();
}

std::unique_ptr<TokenService> StoreSession::createService(TokenService::StoreFactory factory) const
{
    auto service = std::make_unique<TokenService>(std::move(factory));
    service->setActor(m_user, QString());
    return service;
}

void StoreSession::start(TokenService::StoreFactory factory, bool fillDemoWhenEmpty)
{
    show(createService(std::move(factory)), fillDemoWhenEmpty);
}

void StoreSession::switchTo(TokenService::StoreFactory factory, const QString& description)
{
    m_next = createService(std::move(factory));
    const quint64 attempt = ++m_attempts;
    m_window->showNotice(tr("Opening %1…").arg(description));
    whenFinished(m_next->open(), this, [this, attempt, description](Result<void> result) {
        // Another switch asked for since: this one is forgotten.
        if (attempt != m_attempts)
            return;
        if (!result.ok()) {
            m_next.reset();
            m_window->showError(tr("%1 could not be opened: %2. You are still working on %3.")
                                    .arg(description, result.error().message(), m_service->description()));
            return;
        }
        show(std::move(m_next), false);
    });
}

void StoreSession::show(std::unique_ptr<TokenService> service, bool fillDemoWhenEmpty)
{
    // Unsaved edits are asked about first: saved, the move goes on once the store has them; kept,
    // it is given up.
    if (m_window) {
        auto next = std::make_shared<std::unique_ptr<TokenService>>(std::move(service));
        const bool leaving = m_window->confirmLeavingToken(
            [this, next, fillDemoWhenEmpty]() { show(std::move(*next), fillDemoWhenEmpty); });
        if (!leaving) {
            if (!m_window->editor()->isSaving())
                m_window->showNotice(tr("Still working on %1: the token you are editing was kept.")
                                         .arg(m_service->description()));
            return;
        }
        service = std::move(*next);
        m_window->close();
    }
    auto window = std::make_unique<MainWindow>(service.get());
    if (m_window) {
        // The old pair goes once the call that asked for the switch has returned.
        auto oldService = std::shared_ptr<TokenService>(m_service.release());
        auto oldWindow = std::shared_ptr<MainWindow>(m_window.release());
        QTimer::singleShot(0, window.get(), [oldService, oldWindow]() mutable {
            oldService.reset();
            oldWindow.reset();
        });
    }
    m_service = std::move(service);
    m_window = std::move(window);
    m_window->show();
    Q_EMIT windowShown(m_window.get());
    m_window->openStore(fillDemoWhenEmpty);
}
