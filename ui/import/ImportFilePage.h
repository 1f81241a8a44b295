#pragma once

#include <QWizardPage>

class ImportWizard;
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

    ImportWizard* m_wizard;
    QLineEdit* m_path;
};
