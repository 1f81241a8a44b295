#include "SecretDialog.h"

#include "Clock.h"
#include "Icons.h"
#include "SecretClipboard.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QVBoxLayout>

namespace {
QPointer<SecretDialog> g_lastShown;
} // namespace

SecretDialog::SecretDialog(const QString& title, const QString& explanation, const QString& secret,
                           QWidget* parent)
    : QDialog(parent)
    , m_secretEdit(new QLineEdit(secret, this))
    , m_expiryLabel(new QLabel(this))
    , m_copyButton(new QPushButton(Icons::get(QStringLiteral("edit-copy")), tr("&Copy"), this))
{
    g_lastShown = this;
    setWindowTitle(title);
    setAttribute(Qt::WA_DeleteOnClose);

    auto* explanationLabel = new QLabel(explanation, this);
    explanationLabel->setWordWrap(true);

    QFont font = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    font.setPointSizeF(font.pointSizeF() * 1.8);
    font.setBold(true);
    m_secretEdit->setFont(font);
    m_secretEdit->setReadOnly(true);
    m_secretEdit->setAlignment(Qt::AlignCenter);
    m_secretEdit->setAccessibleName(tr("Secret"));
    m_secretEdit->setMinimumWidth(320);

    auto* once = new QLabel(tr("This is shown only once. The clipboard is cleared %n seconds after copying.",
                               nullptr, SecretClipboard::clearAfterSeconds()),
                            this);
    once->setWordWrap(true);
    once->setForegroundRole(QPalette::PlaceholderText);
    m_expiryLabel->setVisible(false);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_copyButton, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_copyButton, &QPushButton::clicked, this, &SecretDialog::copySecret);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(explanationLabel);
    layout->addWidget(m_secretEdit);
    layout->addWidget(m_expiryLabel);
    layout->addWidget(once);
    layout->addWidget(buttons);
    m_copyButton->setFocus();

    m_countdown.setInterval(1000);
    connect(&m_countdown, &QTimer::timeout, this, &SecretDialog::updateCountdown);
}

SecretDialog::~SecretDialog()
{
    m_secretEdit->setText(QString(m_secretEdit->text().size(), QLatin1Char(' ')));
    m_secretEdit->clear();
}

SecretDialog* SecretDialog::lastShown()
{
    return g_lastShown;
}

void SecretDialog::setExpiry(const QDateTime& expiry, Clock* clock)
{
    m_expiry = expiry;
    m_clock = clock ? clock : Clock::system();
    m_expiryLabel->setVisible(expiry.isValid());
    updateCountdown();
    m_countdown.start();
}

QString SecretDialog::secret() const
{
    return m_secretEdit->text();
}

QString SecretDialog::expiryText() const
{
    return m_expiryLabel->text();
}

void SecretDialog::copySecret()
{
    SecretClipboard::instance()->copySecret(m_secretEdit->text());
    m_copyButton->setText(tr("&Copied"));
}

void SecretDialog::updateCountdown()
{
    if (!m_expiry.isValid() || !m_clock)
        return;
    const qint64 left = m_clock->now().secsTo(m_expiry);
    if (left <= 0) {
        m_expiryLabel->setText(tr("Expired. Generate a new one if it is still needed."));
        m_secretEdit->setEnabled(false);
        m_copyButton->setEnabled(false);
        m_countdown.stop();
        return;
    }
    m_expiryLabel->setText(tr("Expires in %1:%2 (at %3)")
                               .arg(left / 60)
                               .arg(left % 60, 2, 10, QLatin1Char('0'))
                               .arg(QLocale().toString(m_expiry.toLocalTime().time(), QLocale::ShortFormat)));
}
