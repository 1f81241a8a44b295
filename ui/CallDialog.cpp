#include "CallDialog.h"

#include "MessageBar.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTimer>
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
    const QList<QLineEdit*> inputs = findChildren<QLineEdit*>();
    // Whatever the person corrects, the refusal was about what they had typed before.
    for (QLineEdit* input : inputs)
        connect(input, &QLineEdit::textEdited, this, &CallDialog::hideFailure);
    // The buttons were made before the inputs, so they came first: the dialog would open with
    // Cancel focused (the confirming button waits for input), and typed text went nowhere.
    if (!inputs.isEmpty()) {
        for (qsizetype i = 1; i < inputs.size(); ++i)
            setTabOrder(inputs.at(i - 1), inputs.at(i));
        setTabOrder(inputs.constLast(), m_ok);
        setTabOrder(m_ok, m_buttons->button(QDialogButtonBox::Cancel));
        inputs.constFirst()->setFocus();
    }
    layout->addWidget(m_problem);
    layout->addWidget(m_failure);
    layout->addWidget(m_buttons);
}

void CallDialog::hideFailure()
{
    if (m_failure->isHidden())
        return;
    m_failure->hide();
    fitHeight();
}

void CallDialog::fitHeight()
{
    // What the person added by hand stays added.
    const int added = m_fittedHeight > 0 ? qMax(0, height() - m_fittedHeight) : 0;
    // Once the layout has taken the refusal's bar in or out: as tall as the texts need at this
    // width, so the wrapped ones above the bar keep their lines and no gap stays where it was.
    QTimer::singleShot(0, this, [this, added]() {
        QLayout* content = layout();
        if (!content)
            return;
        content->activate();
        m_fittedHeight = content->hasHeightForWidth() ? content->totalHeightForWidth(width())
                                                      : content->totalSizeHint().height();
        resize(width(), m_fittedHeight + added);
    });
}

void CallDialog::showEvent(QShowEvent* event)
{
    QDialog::showEvent(event);
    if (m_fittedHeight == 0)
        m_fittedHeight = height();
}

void CallDialog::setSubmittable(bool submittable, const QString& problem)
{
    m_submittable = submittable;
    hideFailure();
    m_problem->setText(problem);
    if (m_problem->isHidden() != problem.isEmpty()) {
        m_problem->setVisible(!problem.isEmpty());
        // As for a refusal: the wrapped texts above the line keep their lines.
        fitHeight();
    }
    updateButtons();
}

void CallDialog::showFailure(const Error& error)
{
    setRunning(false);
    m_failure->showMessage(error.message(), MessageBar::Kind::Error);
    fitHeight();
    const QString field = error.violations().isEmpty() ? error.field() : error.violations().first().field;
    QLineEdit* input = inputFor(field);
    if (!input)
        input = m_failureFocus;
    if (input) {
        input->setFocus(Qt::OtherFocusReason);
        input->selectAll();
    }
}

QLineEdit* CallDialog::inputFor(const QString&) const
{
    return nullptr;
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
        hideFailure();
    updateButtons();
}

void CallDialog::updateButtons()
{
    m_ok->setEnabled(m_submittable && !m_running);
}
