#pragma once

#include <QWizardPage>

class ImportWizard;
class QLabel;
class QPushButton;

// What the import did: created, updated, refused, and the refused rows' file to open.
class ImportResultPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportResultPage(ImportWizard* wizard);

    void initializePage() override;

private:
    ImportWizard* m_wizard;
    QLabel* m_summary;
    QPushButton* m_openRejects;
};
