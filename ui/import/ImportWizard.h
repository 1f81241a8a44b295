#pragma once

#include "CsvPreview.h"
#include "ImportOptions.h"
#include "ImportReport.h"

#include <QWizard>

class TokenService;

// File → Import… and a CSV file dropped on the main window: a face on ImportJob. The pages fill
// one ImportOptions (file, format, mapping, mode), the validation page runs it as a dry run, the
// import page runs it for real on the store's worker thread, and the result page reports it.
class ImportWizard : public QWizard
{
    Q_OBJECT

public:
    enum Page
    {
        FilePage,
        FormatPage,
        MappingPage,
        ValidationPage,
        RunPage,
        ResultPage,
    };

    explicit ImportWizard(TokenService* service, const QString& path = QString(), QWidget* parent = nullptr);

    TokenService* service() const { return m_service; }
    ImportOptions& options() { return m_options; }
    // The header of the file as the format page reads it, for the mapping page.
    CsvPreview& preview() { return m_preview; }
    ImportReport& report() { return m_report; }

    // While the import runs, Cancel and Escape stop it rather than close the wizard over it.
    void reject() override;

private:
    TokenService* m_service;
    ImportOptions m_options;
    CsvPreview m_preview;
    ImportReport m_report;
};
