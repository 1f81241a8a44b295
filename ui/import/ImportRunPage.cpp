#include "ImportRunPage.h"

#include "ImportJob.h"
#include "ImportWizard.h"
#include "TokenService.h"
#include "WhenFinished.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

ImportRunPage::ImportRunPage(ImportWizard* wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_progress(new QProgressBar(this))
    , m_rate(new QLabel(this))
{
    setTitle(tr("Importing"));
    m_progress->setObjectName(QStringLiteral("importProgress"));
    m_rate->setObjectName(QStringLiteral("importRate"));
    m_progress->setRange(0, 1000);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_progress);
    layout->addWidget(m_rate);
    layout->addStretch();
}

bool ImportRunPage::isRunning() const
{
    return m_job && !m_finished;
}

void ImportRunPage::cancelImport()
{
    if (!isRunning() || m_cancelling)
        return;
    m_cancelling = true;
    m_job->cancel();
    wizard()->button(QWizard::CancelButton)->setEnabled(false);
    m_rate->setText(tr("Cancelling…"));
}

void ImportRunPage::initializePage()
{
    m_finished = false;
    m_cancelling = false;
    m_progress->setValue(0);
    m_progress->setFormat(QStringLiteral("%p%"));
    m_rate->setText(tr("Starting…"));
    ImportOptions options = m_wizard->options();
    options.dryRun = false;
    if (options.mode == ImportOptions::Mode::SkipInvalid)
        options.rejectsPath = rejectsPathFor(options.filePath);
    m_job = std::make_shared<ImportJob>(options);
    connect(m_job.get(), &ImportJob::progressed, this, [this](const ImportProgress& progress) {
        // "Cancelling…" stays until the job stops.
        if (m_cancelling)
            return;
        if (const int value = barValue(progress); value >= 0)
            m_progress->setValue(value);
        // The bar can fill more than once (a check before the rows, the indexes after them): its
        // text says which time it is.
        m_progress->setFormat(progress.checking                 ? tr("Checking: %p%")
                                  : progress.finishingSteps > 0 ? tr("Lookup indexes: %p%")
                                                                : QStringLiteral("%p%"));
        m_rate->setText(ImportJob::progressText(progress));
    });
    const std::shared_ptr<ImportJob> job = m_job;
    whenFinished(
        m_wizard->service()->withStore<ImportReport>([job](TokenStore& store) { return job->run(store); }),
        this, [this](const ImportReport& report) {
            m_wizard->report() = report;
            // A file of nothing but its header would be left to puzzle over beside the source.
            if (report.rejected == 0 && !report.rejectsPath.isEmpty()) {
                QFile::remove(report.rejectsPath);
                m_wizard->report().rejectsPath.clear();
            }
            if (report.created + report.updated > 0)
                m_wizard->service()->announceChanges({});
            m_finished = true;
            m_progress->setValue(m_progress->maximum());
            Q_EMIT completeChanged();
            wizard()->next();
        });
}

QString ImportRunPage::rejectsPathFor(const QString& filePath)
{
    const QFileInfo source(filePath);
    const QString stem = source.completeBaseName() + tr("-refused");
    const QString suffix = QStringLiteral(".csv");
    const QStringList folders
        = { source.absolutePath(), QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
            QDir::tempPath() };
    for (const QString& folder : folders) {
        if (folder.isEmpty())
            continue;
        // Beside its source, the file is the refusals of that file's latest import. Elsewhere a
        // file of the same name may be another folder's, or a fixed copy of an earlier run's:
        // none is replaced, the next free name is taken (a retry leaves one more file).
        const bool beside = folder == folders.first();
        QString path = QDir(folder).filePath(stem + suffix);
        for (int n = 2; !beside && QFileInfo::exists(path); ++n)
            path = QDir(folder).filePath(QStringLiteral("%1-%2%3").arg(stem).arg(n).arg(suffix));
        // Tried, not judged from the permissions: a read-only mount refuses even the owner.
        const bool existed = QFileInfo::exists(path);
        QFile probe(path);
        if (!probe.open(QIODevice::WriteOnly | QIODevice::Append))
            continue;
        probe.close();
        if (!existed)
            probe.remove();
        return path;
    }
    return source.dir().filePath(stem + suffix);
}

int ImportRunPage::barValue(const ImportProgress& progress)
{
    // The steps after the last row fill the bar again: they can take as long as the rows did.
    if (progress.finishingSteps > 0)
        return int(1000 * qint64(progress.finishingDone) / progress.finishingSteps);
    if (progress.totalBytes > 0)
        return int(1000 * progress.bytesRead / progress.totalBytes);
    return -1;
}

bool ImportRunPage::isComplete() const
{
    return m_finished;
}
