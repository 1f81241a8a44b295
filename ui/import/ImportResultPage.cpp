#include "ImportResultPage.h"

#include "ImportWizard.h"

#include <QDesktopServices>
#include <QFileInfo>
#include <QLabel>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>
#include <algorithm>

ImportResultPage::ImportResultPage(ImportWizard* wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_summary(new QLabel(this))
    , m_openRejects(new QPushButton(tr("&Open the refused rows"), this))
{
    setTitle(tr("Done"));
    setFinalPage(true);
    m_summary->setObjectName(QStringLiteral("resultSummary"));
    m_openRejects->setObjectName(QStringLiteral("openRejects"));
    m_summary->setWordWrap(true);
    // Enter finishes the wizard, as on every other page, even when this button has the focus.
    m_openRejects->setAutoDefault(false);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_openRejects, 0, Qt::AlignLeft);
    layout->addStretch();
    connect(m_openRejects, &QPushButton::clicked, this, [this]() {
        const QString path = m_wizard->report().rejectsPath;
        const QString advice
            = tr("No program here opens CSV files; open %1 from a spreadsheet or an editor.").arg(path);
        if (!QDesktopServices::openUrl(QUrl::fromLocalFile(path)) && !m_summary->text().contains(advice))
            m_summary->setText(m_summary->text() + QLatin1Char('\n') + advice);
    });
}

void ImportResultPage::initializePage()
{
    const ImportReport& report = m_wizard->report();
    QString text
        = tr("Created: %1\nUpdated: %2\nUnchanged: %3\nRejected: %4\nSkipped (no values): %5\nTime: %6 s")
              .arg(report.created)
              .arg(report.updated)
              .arg(report.unchanged)
              .arg(report.rejected)
              .arg(report.skipped)
              .arg(report.seconds, 0, 'f', 1);
    if (report.cancelled)
        text += QLatin1Char('\n') + tr("The import was cancelled.");
    if (report.failure.isError())
        text += QLatin1Char('\n') + report.failure.message();
    // With no file of refused rows (all or nothing), the first of them are named here; the import
    // history keeps more.
    if (report.rejectsPath.isEmpty() && !report.errors.isEmpty()) {
        constexpr qsizetype shown = 5;
        text += QLatin1Char('\n');
        for (const ImportRowError& error : report.errors.first(std::min(shown, report.errors.size())))
            text += QLatin1Char('\n') + error.text();
        if (report.rejected > shown)
            text += QLatin1Char('\n') + tr("… and %n more", nullptr, int(report.rejected - shown));
    }
    if (report.rejected > 0 && !report.rejectsPath.isEmpty()) {
        text += QLatin1Char('\n');
        if (QFileInfo(report.rejectsPath).absolutePath()
            == QFileInfo(m_wizard->options().filePath).absolutePath())
            text += tr("The refused rows, with their line and error, are in %1").arg(report.rejectsPath);
        else
            text += tr("The refused rows, with their line and error, are in %1: they could not be written "
                       "beside the imported file")
                        .arg(report.rejectsPath);
    }
    m_summary->setText(text);
    m_openRejects->setVisible(report.rejected > 0 && !report.rejectsPath.isEmpty());
}
