#pragma once

#include <QWizardPage>

class ImportPreviewModel;
class ImportWizard;
class QCheckBox;
class QComboBox;
class QLabel;
class QTableView;

// Encoding, delimiter and header, guessed from the file, with a live preview grid that follows
// every change.
class ImportFormatPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportFormatPage(ImportWizard* wizard);

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

private:
    void reload(bool guess);
    void fitColumns();

    ImportWizard* m_wizard;
    QComboBox* m_encoding;
    QComboBox* m_delimiter;
    QCheckBox* m_header;
    QTableView* m_grid;
    QLabel* m_problems;
    ImportPreviewModel* m_model;
    bool m_loaded = false;
    // Set between initializePage() and the page's showing: only a page come back to reads again.
    bool m_initializing = false;
};
