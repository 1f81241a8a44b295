#include "SecretClipboard.h"

#include "Clock.h"
#include "Preferences.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QMimeData>

SecretClipboard* SecretClipboard::instance()
{
    static SecretClipboard* clipboard = new SecretClipboard(qApp);
    return clipboard;
}

int SecretClipboard::clearAfterSeconds()
{
    return Preferences().clipboardClearDelay();
}

SecretClipboard::SecretClipboard(QObject* parent)
    : QObject(parent)
    , m_clock(Clock::system())
{
    m_ticker.setInterval(1000);
    connect(&m_ticker, &QTimer::timeout, this, &SecretClipboard::checkExpiry);
}

void SecretClipboard::setClock(Clock* clock)
{
    m_clock = clock ? clock : Clock::system();
}

void SecretClipboard::copySecret(const QString& secret)
{
    auto* mime = new QMimeData;
    mime->setText(secret);
    // Asks clipboard managers (Klipper, KDE Connect, Windows history) not to keep it.
    mime->setData(QStringLiteral("x-kde-passwordManagerHint"), QByteArrayLiteral("secret"));
    mime->setData(QStringLiteral("ExcludeClipboardContentFromMonitorProcessing"), QByteArrayLiteral("1"));
    QGuiApplication::clipboard()->setMimeData(mime);
    m_secret = secret;
    m_expiry = m_clock->now().addSecs(clearAfterSeconds());
    m_ticker.start();
}

void SecretClipboard::checkExpiry()
{
    if (m_secret.isEmpty() || m_clock->now() < m_expiry)
        return;
    QClipboard* clipboard = QGuiApplication::clipboard();
    // Something the person copied since is theirs; only our own secret is cleared.
    if (clipboard->text() == m_secret)
        clipboard->clear();
    m_secret.clear();
    m_ticker.stop();
    Q_EMIT cleared();
}
