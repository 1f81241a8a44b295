#pragma once

#include <QWizardPage>
#include <memory>

class ImportJob;
class ImportWizard;
struct ImportProgress;
class QLabel;
class QProgressBar;
class QPushButton;

// The import itself, on the store's worker thread: a progress bar, rows per second, the time
// left, then the steps that finish a large import, and Cancel (an atomic import then leaves
// nothing behind).
class ImportRunPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportRunPage(ImportWizard* wizard);

    void initializePage() override;
    bool isComplete() const override;

    // The progress bar's value out of 1000 (ImportJob::progressText() gives the line under it).
    static int barValue(const ImportProgress& progress);

private:
    ImportWizard* m_wizard;
    QProgressBar* m_progress;
    QLabel* m_rate;
    QPushButton* m_cancel;
    std::shared_ptr<ImportJob> m_job;
    bool m_finished = false;
};
