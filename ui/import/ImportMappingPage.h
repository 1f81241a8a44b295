#pragma once

#include <QList>
#include <QWizardPage>

class ImportWizard;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;

// A combo per column with the guessed field, the mode (atomic or skip-invalid), upsert, and a
// name to save the mapping under for the next file.
class ImportMappingPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportMappingPage(ImportWizard* wizard);

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

private:
    void applySavedMapping();
    void updateCheck();

    ImportWizard* m_wizard;
    // The file's header, an empty name for each column it does not name.
    QStringList m_header;
    QFormLayout* m_columns;
    QList<QComboBox*> m_targets;
    QComboBox* m_saved;
    QComboBox* m_mode;
    QComboBox* m_upsert;
    QLineEdit* m_saveAs;
    QLabel* m_check;
};
