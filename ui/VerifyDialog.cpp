#include "VerifyDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

VerifyDialog::VerifyDialog(const QString& tokenNumber, QWidget* parent)
    : QDialog(parent)
    , m_code(new QLineEdit(this))
    , m_passCode(new QLineEdit(this))
{
    setWindowTitle(tr("Verify Token %1").arg(tokenNumber));
    m_code->setPlaceholderText(tr("The code the customer received"));
    m_passCode->setEchoMode(QLineEdit::Password);
    m_passCode->setPlaceholderText(tr("Optional"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("&Verify"));
    m_ok->setEnabled(false);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_code, &QLineEdit::textChanged, this,
            [this](const QString& text) { m_ok->setEnabled(!text.trimmed().isEmpty()); });
    auto* form = new QFormLayout;
    form->addRow(tr("&Verification code:"), m_code);
    form->addRow(tr("New &pass code:"), m_passCode);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

QString VerifyDialog::verificationCode() const
{
    return m_code->text().trimmed();
}

QString VerifyDialog::passCode() const
{
    return m_passCode->text();
}
