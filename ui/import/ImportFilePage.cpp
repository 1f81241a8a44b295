#include "ImportFilePage.h"

#include "FileDialog.h"
#include "ImportWizard.h"

#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

ImportFilePage::ImportFilePage(ImportWizard* wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_path(new QLineEdit(this))
{
    setTitle(tr("Choose a file"));
    setSubTitle(tr("A CSV file of tokens, one per line. Its format is guessed on the next page."));
    m_path->setObjectName(QStringLiteral("filePath"));
    m_path->setText(wizard->options().filePath);
    auto* browse = new QPushButton(tr("&Browse…"), this);
    auto* row = new QHBoxLayout;
    row->addWidget(m_path);
    row->addWidget(browse);
    auto* layout = new QVBoxLayout(this);
    auto* label = new QLabel(tr("&File:"), this);
    label->setBuddy(m_path);
    layout->addWidget(label);
    layout->addLayout(row);
    layout->addStretch();
    connect(browse, &QPushButton::clicked, this, &ImportFilePage::browse);
    connect(m_path, &QLineEdit::textChanged, this, &ImportFilePage::completeChanged);
}

void ImportFilePage::browse()
{
    const QString path = FileDialog::getOpenFileName(this, tr("Import tokens"),
                                                     tr("CSV files (*.csv *.txt *.tsv);;All files (*)"));
    if (!path.isEmpty())
        m_path->setText(path);
}

bool ImportFilePage::isComplete() const
{
    return QFileInfo(m_path->text()).isFile();
}

bool ImportFilePage::validatePage()
{
    m_wizard->options().filePath = m_path->text();
    return true;
}
