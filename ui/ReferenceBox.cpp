#include "ReferenceBox.h"

#include <QCompleter>
#include <QLineEdit>

ReferenceBox::ReferenceBox(QWidget* parent)
    : QComboBox(parent)
{
    connect(this, &QComboBox::currentTextChanged, this, &ReferenceBox::numberChanged);
    clearChoices();
}

QString ReferenceBox::choiceText(const QString& number, const QString& name)
{
    return name.isEmpty() ? number : tr("%1 — %2").arg(number, name);
}

QString ReferenceBox::noAccountText()
{
    return tr("None: type an account number");
}

QString ReferenceBox::noParticipantText()
{
    return tr("None: type a participant number");
}

void ReferenceBox::setTyped(bool typed, const QString& placeholder)
{
    if (typed != isEditable()) {
        setEditable(typed);
        if (typed) {
            // A number typed is a number used, not an entry to keep in the list.
            setInsertPolicy(QComboBox::NoInsert);
            lineEdit()->setClearButtonEnabled(true);
            // Offered below, never written in: completed inline, a number one digit short became
            // another customer's at Return.
            completer()->setCompletionMode(QCompleter::PopupCompletion);
        }
    }
    if (typed)
        lineEdit()->setPlaceholderText(placeholder);
    clearChoices();
}

void ReferenceBox::clearChoices()
{
    clear();
    if (!isEditable())
        addItem(tr("(none)"), QString());
}

void ReferenceBox::addChoice(const QString& number, const QString& name)
{
    addItem(choiceText(number, name), number);
}

QString ReferenceBox::number() const
{
    if (!isEditable())
        return currentData().toString();
    // An entry shows "NUMBER — name"; its number is kept as its data.
    const int index = findText(currentText());
    if (index >= 0)
        return itemData(index).toString();
    return currentText().trimmed();
}

void ReferenceBox::setNumber(const QString& number, const QString& name)
{
    if (number.isEmpty() && isEditable()) {
        // No entry current, so the first Down arrow goes to the first number, not past it.
        setCurrentIndex(-1);
        setEditText(QString());
        return;
    }
    int index = findData(number);
    if (index < 0) {
        addChoice(number, name);
        index = count() - 1;
    }
    setCurrentIndex(index);
}
