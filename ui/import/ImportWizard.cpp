#include "ImportWizard.h"

#include "ImportFilePage.h"
#include "ImportFormatPage.h"
#include "ImportMappingPage.h"
#include "ImportResultPage.h"
#include "ImportRunPage.h"
#include "ImportValidationPage.h"

ImportWizard::ImportWizard(TokenService* service, const QString& path, QWidget* parent)
    : QWizard(parent)
    , m_service(service)
{
    setWindowTitle(tr("Import tokens"));
    setObjectName(QStringLiteral("importWizard"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    m_options.filePath = path;
    setPage(FilePage, new ImportFilePage(this));
    setPage(FormatPage, new ImportFormatPage(this));
    setPage(MappingPage, new ImportMappingPage(this));
    setPage(ValidationPage, new ImportValidationPage(this));
    setPage(RunPage, new ImportRunPage(this));
    setPage(ResultPage, new ImportResultPage(this));
    // A dropped file skips the file page.
    setStartId(path.isEmpty() ? FilePage : FormatPage);
    resize(860, 560);
}

void ImportWizard::reject()
{
    if (auto* run = qobject_cast<ImportRunPage*>(currentPage()); run && run->isRunning()) {
        run->cancelImport();
        return;
    }
    QWizard::reject();
}
