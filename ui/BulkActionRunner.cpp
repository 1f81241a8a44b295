#include "BulkActionRunner.h"

#include "WhenFinished.h"

#include <QCoreApplication>
#include <QMetaObject>
#include <QProgressDialog>

BulkActionRunner::BulkActionRunner(const QString& title, const QList<AccessToken>& tokens,
                                   Operation operation, QWidget* parent)
    : QObject(parent)
    , m_title(title)
    , m_tokens(tokens)
    , m_operation(std::move(operation))
    , m_progress(new QProgressDialog(title, tr("Cancel"), 0, static_cast<int>(tokens.size()), parent))
{
    m_progress->setWindowTitle(title);
    m_progress->setWindowModality(Qt::WindowModal);
    // Short runs finish before the dialog would flash up.
    m_progress->setMinimumDuration(400);
    // Its title is the action's name, which a narrow dialog's frame cuts short.
    m_progress->setMinimumWidth(m_progress->fontMetrics().averageCharWidth() * 50);
    connect(m_progress, &QProgressDialog::canceled, this, &BulkActionRunner::cancel);
}

BulkActionRunner::BulkActionRunner(const QString& title, QFuture<Result<QList<AccessToken>>> lookup,
                                   qint64 expected, std::shared_ptr<std::atomic_bool> cancelled,
                                   Operation operation, QWidget* parent)
    : BulkActionRunner(title, QList<AccessToken>(), std::move(operation), parent)
{
    m_lookup = std::move(lookup);
    m_cancelFlag = std::move(cancelled);
    m_hasLookup = true;
    // A busy indicator until the lookup says how many there are.
    m_progress->setRange(0, 0);
    m_progress->setLabelText(
        tr("%1: finding the %n selected token(s)…", nullptr, static_cast<int>(expected)).arg(title));
}

void BulkActionRunner::start()
{
    // Starts the dialog's delay: unless a value is set, it waits four seconds whatever the
    // delay, and a slow first answer left the person with no dialog and no Cancel meanwhile.
    if (m_progress)
        m_progress->setValue(m_progress->minimum());
    if (!m_hasLookup) {
        run();
        return;
    }
    whenFinished(m_lookup, this, [this](Result<QList<AccessToken>> found) {
        if (!found) {
            if (found.error().code() != Error::Code::Cancelled)
                m_lookupError = found.error().message();
            finish();
            return;
        }
        m_tokens = *found;
        run();
    });
}

void BulkActionRunner::run()
{
    if (m_skip) {
        const qsizetype before = m_tokens.size();
        m_tokens.removeIf(m_skip);
        m_skipped = static_cast<int>(before - m_tokens.size());
    }
    if (m_progress)
        m_progress->setRange(0, static_cast<int>(m_tokens.size()));
    runNext();
}

void BulkActionRunner::cancel()
{
    m_cancelled = true;
    m_cancelFlag->store(true);
}

void BulkActionRunner::finish()
{
    if (m_progress) {
        // Hidden now, and its timer to show it stopped: the dialog is deleted only once the
        // window's warning about this run is closed, and must not come up over it meanwhile.
        m_progress->reset();
        m_progress->deleteLater();
    }
    Q_EMIT finished();
}

void BulkActionRunner::runNext()
{
    if (m_batch && !m_cancelled) {
        runBatch();
        return;
    }
    if (m_cancelled || m_next >= m_tokens.size()) {
        m_notSent = static_cast<int>(m_tokens.size()) - m_next;
        finish();
        return;
    }
    const AccessToken token = m_tokens.at(m_next++);
    if (m_progress) {
        m_progress->setLabelText(tr("%1: token %2 of %3").arg(m_title).arg(m_next).arg(m_tokens.size()));
        m_progress->setValue(m_next - 1);
    }
    whenFinished(m_operation(token), this, [this, number = token.number](Result<AccessToken> result) {
        if (result.ok())
            ++m_succeeded;
        else
            m_failures.append({ number, result.error().message() });
        runNext();
    });
}

void BulkActionRunner::runBatch()
{
    const int total = static_cast<int>(m_tokens.size());
    if (m_progress)
        m_progress->setLabelText(tr("%1: %n token(s)…", nullptr, total).arg(m_title));
    // Progress comes from the store's thread while the window may delete the runner, so the runner
    // is looked at only on its own thread: the application object, which outlives every window,
    // carries the value there, and a runner gone by then is skipped.
    const QPointer<BulkActionRunner> self(this);
    const Progress progress = [self](int done, int) {
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [self, done]() {
                // A cancelled dialog would show itself again on the next value.
                if (self && self->m_progress && !self->m_cancelled)
                    self->m_progress->setValue(done);
            },
            Qt::QueuedConnection);
    };
    whenFinished(m_batch(m_tokens, progress, m_cancelFlag), this, [this](QList<Result<AccessToken>> results) {
        for (qsizetype i = 0; i < results.size() && i < m_tokens.size(); ++i) {
            const Result<AccessToken>& result = results.at(i);
            if (result.ok())
                ++m_succeeded;
            else if (result.error().code() == Error::Code::Cancelled && m_cancelled)
                ++m_notSent;
            else
                m_failures.append({ m_tokens.at(i).number, result.error().message() });
        }
        finish();
    });
}

QString BulkActionRunner::summary() const
{
    if (!m_lookupError.isEmpty())
        return tr("The selected tokens could not be read, nothing was changed: %1").arg(m_lookupError);
    QString text = tr("%n token(s) done", nullptr, m_succeeded);
    if (m_skipped > 0)
        text += m_skipWhy == Skip::AlreadyDone
            ? tr(", %n already in that state", nullptr, m_skipped)
            : tr(", %n left out: their state does not allow it", nullptr, m_skipped);
    // Not "left unchanged": a connection lost before the answer may have carried a call out, as
    // the details say of it.
    if (!m_failures.isEmpty())
        text += tr(", %n failed", nullptr, static_cast<int>(m_failures.size()));
    if (m_cancelled)
        text += tr(", cancelled: %n not sent and left unchanged", nullptr, m_notSent);
    return text + QLatin1Char('.');
}

QString BulkActionRunner::details() const
{
    QStringList lines;
    for (const Failure& failure : m_failures)
        lines.append(tr("%1: %2").arg(failure.number, failure.message));
    return lines.join(QLatin1Char('\n'));
}
