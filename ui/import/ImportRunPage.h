#pragma once

#include <QWizardPage>
#include <memory>

class ImportJob;
class ImportWizard;
struct ImportProgress;
class QLabel;
class QProgressBar;

// The import itself, on the store's worker thread: a progress bar, rows per second, the time
// left, then the steps that finish a large import. There is no way back from it; the wizard's
// Cancel stops the import (an atomic import then leaves nothing behind).
class ImportRunPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportRunPage(ImportWizard* wizard);

    void initializePage() override;
    bool isComplete() const override;
    bool isRunning() const;
    // The wizard's Cancel while the import runs: an atomic import then leaves nothing behind.
    void cancelImport();

    // The progress bar's value out of 1000 (ImportJob::progressText() gives the line under it).
    static int barValue(const ImportProgress& progress);
    // Where a skip-invalid import writes its refused rows: beside the file, so they can be fixed
    // and imported again; in the documents folder when the file's folder cannot be written to (a
    // read-only share), and in the temporary folder when neither can.
    static QString rejectsPathFor(const QString& filePath);

private:
    ImportWizard* m_wizard;
    QProgressBar* m_progress;
    QLabel* m_rate;
    std::shared_ptr<ImportJob> m_job;
    bool m_finished = false;
    bool m_cancelling = false;
};
