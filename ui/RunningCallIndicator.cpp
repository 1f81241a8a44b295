#include "RunningCallIndicator.h"

#include "TokenService.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>

RunningCallIndicator::RunningCallIndicator(TokenService* service, QWidget* window)
    : QWidget(window)
    , m_service(service)
    , m_label(new QLabel(this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_escape(new QShortcut(QKeySequence(Qt::Key_Escape), window))
{
    setObjectName(QStringLiteral("runningCallIndicator"));
    m_cancel->setObjectName(QStringLiteral("cancelRunningCall"));
    m_cancel->setToolTip(tr("Stop waiting for this request (Esc)"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    layout->addWidget(m_cancel);
    setVisible(false);

    // Esc belongs to the indicator only while it shows; otherwise it is the table's and editors'.
    m_escape->setContext(Qt::WindowShortcut);
    m_escape->setEnabled(false);
    connect(m_escape, &QShortcut::activated, this, &RunningCallIndicator::cancel);
    connect(m_cancel, &QPushButton::clicked, this, &RunningCallIndicator::cancel);

    m_delay.setSingleShot(true);
    m_delay.setInterval(showAfterMs);
    connect(&m_delay, &QTimer::timeout, this, [this]() {
        m_label->setText(m_service ? tr("Waiting for %1…").arg(m_service->description())
                                   : tr("Waiting for the store…"));
        m_cancel->setEnabled(true);
        m_escape->setEnabled(true);
        setVisible(true);
    });
    if (m_service)
        connect(m_service, &TokenService::cancellableCallRunning, this, &RunningCallIndicator::setRunning);
}

void RunningCallIndicator::setRunning(bool running)
{
    if (running) {
        m_delay.start();
        return;
    }
    m_delay.stop();
    m_escape->setEnabled(false);
    setVisible(false);
}

void RunningCallIndicator::cancel()
{
    if (isHidden() || !m_cancel->isEnabled() || !m_service)
        return;
    m_cancel->setEnabled(false);
    m_label->setText(tr("Cancelling…"));
    m_service->cancel();
}
