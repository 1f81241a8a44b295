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
    , m_status(new QLabel(this))
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
    layout->addWidget(m_status);
    layout->addStretch();
    m_status->setObjectName(QStringLiteral("fileStatus"));
    m_status->setWordWrap(true);
    connect(browse, &QPushButton::clicked, this, &ImportFilePage::browse);
    connect(m_path, &QLineEdit::textChanged, this, &ImportFilePage::completeChanged);
    connect(m_path, &QLineEdit::textChanged, this, &ImportFilePage::showStatus);
}

void ImportFilePage::showStatus()
{
    const QFileInfo file(m_path->text());
    if (m_path->text().isEmpty() || (file.isFile() && file.isReadable()))
        m_status->clear();
    else if (file.isDir())
        m_status->setText(tr("This is a folder; choose a file in it."));
    else if (file.isFile())
        m_status->setText(tr("This file cannot be read: check its permissions."));
    else
        m_status->setText(tr("There is no file at this path."));
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
    const QFileInfo file(m_path->text());
    return file.isFile() && file.isReadable();
}

bool ImportFilePage::validatePage()
{
    m_wizard->options().filePath = m_path->text();
    return true;
}
