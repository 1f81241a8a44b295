#include "CallDialog.h"

#include "MessageBar.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

CallDialog::CallDialog(QWidget* parent)
    : QDialog(parent)
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
    , m_ok(m_buttons->button(QDialogButtonBox::Ok))
    , m_problem(new QLabel(this))
    , m_failure(new MessageBar(this))
{
    m_problem->setWordWrap(true);
    m_problem->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problem->hide();
    m_failure->hide();
    m_ok->setEnabled(false);
    // Wide enough for a refusal's sentence on two lines rather than six.
    setMinimumWidth(fontMetrics().averageCharWidth() * 64);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this]() {
        if (!m_ok->isEnabled())
            return;
        setRunning(true);
        Q_EMIT submitted();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void CallDialog::addFooter(QVBoxLayout* layout)
{
    layout->addWidget(m_problem);
    layout->addWidget(m_failure);
    layout->addWidget(m_buttons);
}

void CallDialog::setSubmittable(bool submittable, const QString& problem)
{
    m_submittable = submittable;
    m_failure->hide();
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    updateButtons();
}

void CallDialog::showFailure(const QString& message)
{
    setRunning(false);
    m_failure->showMessage(message, MessageBar::Kind::Error);
    if (m_failureFocus) {
        m_failureFocus->setFocus(Qt::OtherFocusReason);
        m_failureFocus->selectAll();
    }
}

QString CallDialog::problemText() const
{
    if (!m_failure->isHidden())
        return m_failure->text();
    return m_problem->isHidden() ? QString() : m_problem->text();
}

void CallDialog::setRunning(bool running)
{
    m_running = running;
    // Read-only rather than disabled: what was typed stays legible and focus stays where it was.
    for (QLineEdit* input : findChildren<QLineEdit*>())
        input->setReadOnly(running);
    if (running)
        m_failure->hide();
    updateButtons();
}

void CallDialog::updateButtons()
{
    m_ok->setEnabled(m_submittable && !m_running);
}
