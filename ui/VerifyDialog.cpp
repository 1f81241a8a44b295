#include "VerifyDialog.h"

#include "RevealAction.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

VerifyDialog::VerifyDialog(const QString& tokenNumber, QWidget* parent)
    : CallDialog(parent)
    , m_code(new QLineEdit(this))
    , m_passCode(new QLineEdit(this))
{
    setWindowTitle(tr("Verify Token %1").arg(tokenNumber));
    m_code->setPlaceholderText(tr("The code the customer received"));
    m_passCode->setEchoMode(QLineEdit::Password);
    new RevealAction(m_passCode);
    m_passCode->setPlaceholderText(tr("Optional"));
    confirmButton()->setText(tr("&Verify"));
    setFailureFocus(m_code);
    connect(m_code, &QLineEdit::textChanged, this,
            [this](const QString& text) { setSubmittable(!text.trimmed().isEmpty()); });
    auto* form = new QFormLayout;
    form->addRow(tr("&Verification code:"), m_code);
    form->addRow(tr("New &pass code:"), m_passCode);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    addFooter(layout);
}

QString VerifyDialog::verificationCode() const
{
    return m_code->text().trimmed();
}

QString VerifyDialog::passCode() const
{
    return m_passCode->text();
}

QLineEdit* VerifyDialog::inputFor(const QString& field) const
{
    // The store checks the code first; a code it took and a pass code it refused names pass_code,
    // or identifier when the token has none for a pass code to go with ("A pass code needs an
    // identifier"): here the pass code is what to change. Anything else is about the code.
    return field == QLatin1String("pass_code") || field == QLatin1String("identifier") ? m_passCode : nullptr;
}
