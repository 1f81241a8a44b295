#include "SelectionExport.h"

#include "TokenExporter.h"
#include "TokenService.h"
#include "TokenTableModel.h"
#include "WhenFinished.h"

#include <QLocale>
#include <QProgressDialog>
#include <QSaveFile>
#include <QtConcurrent/QtConcurrentRun>
#include <utility>

namespace {
constexpr int progressIntervalMs = 100;
}

SelectionExport::SelectionExport(const QList<AccessToken>& tokens, const QString& path, QWidget* parent)
    : QObject(parent)
    , m_loaded(tokens)
    , m_path(path)
    , m_rows(tokens.size())
    , m_file(std::make_shared<QSaveFile>(path))
    , m_progress(new QProgressDialog(parent))
{
    m_progress->setWindowTitle(tr("Export Selection"));
    m_progress->setCancelButtonText(tr("Cancel"));
    m_progress->setRange(0, static_cast<int>(m_rows));
    m_progress->setWindowModality(Qt::WindowModal);
    // Short runs finish before the dialog would flash up.
    m_progress->setMinimumDuration(400);
    // Reading ends with a full bar, and writing follows: the dialog stays until finish() closes it.
    m_progress->setAutoReset(false);
    m_progress->setAutoClose(false);
    connect(m_progress, &QProgressDialog::canceled, this, &SelectionExport::cancel);
    m_progressTimer.setInterval(progressIntervalMs);
    connect(&m_progressTimer, &QTimer::timeout, this, &SelectionExport::showProgress);
}

SelectionExport::SelectionExport(TokenService* service, TokenTableModel* model,
                                 const QList<RowRangeResolver::Range>& ranges, const QString& path,
                                 QWidget* parent)
    : SelectionExport(QList<AccessToken>(), path, parent)
{
    m_service = service;
    m_model = model;
    m_ranges = ranges;
    m_readsFromStore = true;
    m_rows = RowRangeResolver::rowCount(ranges);
    m_progress->setRange(0, static_cast<int>(m_rows));
}

SelectionExport::~SelectionExport()
{
    if (m_progress)
        m_progress->deleteLater();
}

void SelectionExport::start()
{
    if (m_readsFromStore && (!m_service || !m_model)) {
        finish(Error(Error::Code::Storage, tr("The store is not open")));
        return;
    }
    if (!m_file->open(QIODevice::WriteOnly)) {
        finish(Error(Error::Code::Storage, m_file->errorString(), QStringLiteral("file")));
        return;
    }
    m_progressTimer.start();
    if (!m_readsFromStore) {
        write(std::exchange(m_loaded, {}));
        return;
    }
    showProgress();
    whenFinished(m_model->resolveRows(m_ranges, QStringList(), m_cancelled, m_resolved), this,
                 [this](Result<QList<AccessToken>> found) {
                     if (wasCancelled())
                         finish(Error(Error::Code::Cancelled, tr("Export cancelled")));
                     else if (!found)
                         finish(found.error());
                     else
                         write(*found);
                 });
}

void SelectionExport::cancel()
{
    m_cancelled->store(true);
}

void SelectionExport::write(const QList<AccessToken>& tokens)
{
    m_writing = true;
    showProgress();
    // A hundred thousand tokens take seconds to format and write: on a pool thread, so that neither
    // the window nor the store's worker (which every other store call waits for) is held up. The
    // file is only touched there until the result comes back.
    const QFuture<Result<qint64>> writing = QtConcurrent::run(
        [tokens, file = m_file, cancelled = m_cancelled, mark = m_byteOrderMark, columns = m_columns]() {
            return TokenExporter::exportTokens(tokens, columns, file.get(), cancelled.get(), mark);
        });
    whenFinished(writing, this, [this](Result<qint64> written) {
        if (wasCancelled())
            written = Error(Error::Code::Cancelled, tr("Export cancelled"));
        else if (written && !m_file->commit())
            written = Error(Error::Code::Storage, m_file->errorString(), QStringLiteral("file"));
        finish(written);
    });
}

void SelectionExport::showProgress()
{
    if (!m_progress || m_progress->wasCanceled())
        return;
    const qint64 read = m_resolved->load();
    if (m_writing) {
        m_progress->setLabelText(
            tr("Writing %n token(s) to %1…", nullptr, static_cast<int>(m_rows)).arg(m_path));
        // Busy, not full: a full bar would close the dialog, and Cancel still discards the file.
        m_progress->setRange(0, 0);
    } else {
        m_progress->setLabelText(tr("Reading the selected tokens: %1 of %2…")
                                     .arg(QLocale().toString(read), QLocale().toString(m_rows)));
        m_progress->setValue(static_cast<int>(read));
    }
}

void SelectionExport::finish(const Result<qint64>& result)
{
    m_progressTimer.stop();
    m_result = result;
    if (!result.ok() && m_file->isOpen()) {
        // A commit after cancelWriting() removes the temporary file now and leaves the target alone.
        m_file->cancelWriting();
        m_file->commit();
    }
    m_file.reset();
    if (m_progress) {
        m_progress->reset();
        m_progress->hide();
    }
    Q_EMIT finished();
}
