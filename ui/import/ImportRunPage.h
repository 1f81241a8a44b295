#pragma once

#include <QWizardPage>
#include <memory>

class ImportJob;
class ImportWizard;
class QLabel;
class QProgressBar;
class QPushButton;

// The import itself, on the store's worker thread: a progress bar, rows per second, the time
// left, and Cancel (an atomic import then leaves nothing behind).
class ImportRunPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportRunPage(ImportWizard* wizard);

    void initializePage() override;
    bool isComplete() const override;

private:
    ImportWizard* m_wizard;
    QProgressBar* m_progress;
    QLabel* m_rate;
    QPushButton* m_cancel;
    std::shared_ptr<ImportJob> m_job;
    bool m_finished = false;
};
