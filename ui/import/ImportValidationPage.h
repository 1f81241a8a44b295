#pragma once

#include <QTemporaryDir>
#include <QWizardPage>

class ImportWizard;
class QLabel;
class QTableWidget;

// A dry run of the import: how many rows would be created, updated, skipped and refused, and a
// table of the refused rows with their line and error; double-clicking one shows its cells.
class ImportValidationPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportValidationPage(ImportWizard* wizard);

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;

private:
    void showReport();
    void showRow(int row);
    // The errors table's column of the pass codes the refused rows leave out, -1 with none.
    int passCodeColumn() const;

    ImportWizard* m_wizard;
    QLabel* m_counts;
    QTableWidget* m_errors;
    QLabel* m_detail;
    QTemporaryDir m_scratch;
    bool m_done = false;
    // Guards against a dry run finishing after the person went back and changed the mapping.
    int m_generation = 0;
};
