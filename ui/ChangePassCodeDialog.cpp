#include "ChangePassCodeDialog.h"

#include "RevealAction.h"
#include "RuleHint.h"
#include "TokenValidator.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

ChangePassCodeDialog::ChangePassCodeDialog(const QString& identifier, const TokenRules& rules,
                                           QWidget* parent)
    : CallDialog(parent)
    , m_rules(rules)
    , m_current(new QLineEdit(this))
    , m_new(new QLineEdit(this))
    , m_repeat(new QLineEdit(this))
{
    setWindowTitle(tr("Change Pass Code of %1").arg(identifier));
    for (QLineEdit* edit : { m_current, m_new, m_repeat }) {
        edit->setEchoMode(QLineEdit::Password);
        new RevealAction(edit);
        connect(edit, &QLineEdit::textChanged, this, &ChangePassCodeDialog::updateState);
    }
    auto* hint = new QLabel(RuleHint::passCode(rules), this);
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);
    confirmButton()->setText(tr("C&hange"));
    setFailureFocus(m_current);
    auto* form = new QFormLayout;
    form->addRow(tr("&Current pass code:"), m_current);
    form->addRow(tr("&New pass code:"), m_new);
    form->addRow(QString(), hint);
    form->addRow(tr("&Repeat new pass code:"), m_repeat);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    addFooter(layout);
    updateState();
}

QString ChangePassCodeDialog::currentPassCode() const
{
    return m_current->text();
}

QString ChangePassCodeDialog::newPassCode() const
{
    return m_new->text();
}

void ChangePassCodeDialog::updateState()
{
    QString problem;
    const QList<Error::Violation> violations = TokenValidator::validatePassCode(m_new->text(), m_rules);
    if (m_current->text().isEmpty())
        problem = tr("Enter the current pass code.");
    else if (!violations.isEmpty())
        problem = violations.first().message;
    else if (m_new->text() != m_repeat->text())
        problem = tr("The new pass codes differ.");
    setSubmittable(problem.isEmpty(), m_new->text().isEmpty() ? QString() : problem);
}
