#pragma once

#include <QWizardPage>

class ImportWizard;
class QLabel;
class QLineEdit;

// Which CSV file to import.
class ImportFilePage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportFilePage(ImportWizard* wizard);

    bool isComplete() const override;
    bool validatePage() override;

private:
    void browse();
    void showStatus();

    ImportWizard* m_wizard;
    QLineEdit* m_path;
    // Why a typed path is not one to import.
    QLabel* m_status;
};
