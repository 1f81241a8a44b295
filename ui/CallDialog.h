#pragma once

#include "Error.h"

#include <QDialog>

class MessageBar;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QVBoxLayout;

// A dialog whose confirming button starts a call to the store and that stays open until the call
// succeeds: a refused code or pass code is shown here, beside what was typed, to correct and try
// again, instead of closing the dialog and losing the input.
class CallDialog : public QDialog
{
    Q_OBJECT

public:
    explicit CallDialog(QWidget* parent = nullptr);

    // The call's refusal: shown in an error bar above the buttons until an input changes, and the
    // input it names (or else the one it most likely concerns) selected.
    void showFailure(const Error& error);
    QPushButton* confirmButton() const { return m_ok; }
    // The refusal on show, else what keeps the input from being confirmed.
    QString problemText() const;

Q_SIGNALS:
    // The person confirmed: start the call, then accept() on success or showFailure().
    void submitted();

protected:
    // Adds what is missing, the refusal and the buttons below the derived class's inputs.
    void addFooter(QVBoxLayout* layout);
    // Whether the input is complete enough to confirm; problem (if any) says what is missing.
    void setSubmittable(bool submittable, const QString& problem = QString());
    // The input a refusal concerns when it names no field this dialog knows.
    void setFailureFocus(QLineEdit* input) { m_failureFocus = input; }
    // The input that holds a field a refusal names (a wire name), or nullptr.
    virtual QLineEdit* inputFor(const QString& field) const;
    void showEvent(QShowEvent* event) override;

private:
    void setRunning(bool running);
    void hideFailure();
    void fitHeight();
    void updateButtons();

    QDialogButtonBox* m_buttons;
    QPushButton* m_ok;
    QLabel* m_problem;
    MessageBar* m_failure;
    QLineEdit* m_failureFocus = nullptr;
    bool m_submittable = false;
    bool m_running = false;
    // The height the dialog was last fitted to (or first shown at); more is the person's own.
    int m_fittedHeight = 0;
};
