#include "ReferenceBox.h"

#include <QCompleter>
#include <QLineEdit>
#include <QSignalBlocker>

ReferenceBox::ReferenceBox(QWidget* parent)
    : QComboBox(parent)
{
    connect(this, &QComboBox::currentTextChanged, this, &ReferenceBox::numberChanged);
    clearChoices();
}

QList<ReferenceBox::Choice> ReferenceBox::choicesOf(const QList<AccountsReceivable>& accounts)
{
    QList<Choice> choices;
    for (const AccountsReceivable& account : accounts)
        choices.append({ account.number, account.name });
    return choices;
}

QList<ReferenceBox::Choice> ReferenceBox::choicesOf(const QList<RewardParticipant>& participants)
{
    QList<Choice> choices;
    for (const RewardParticipant& participant : participants)
        choices.append({ participant.number, QString() });
    return choices;
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

void ReferenceBox::setChoices(const QList<Choice>& choices)
{
    const QString chosen = number();
    const QString shown = currentText();
    const bool typing = isEditable() && findText(shown) < 0;
    const int cursor = isEditable() ? lineEdit()->cursorPosition() : 0;
    {
        const QSignalBlocker block(this);
        clearChoices();
        for (const Choice& choice : choices)
            addChoice(choice.number, choice.name);
        if (typing) {
            setCurrentIndex(-1);
            setEditText(shown);
        } else if (chosen.isEmpty() || findData(chosen) >= 0) {
            setNumber(chosen);
        } else if (isEditable()) {
            // No longer offered: written in, as if typed (a scope bar's account on the way to a
            // participant's list).
            setCurrentIndex(-1);
            setEditText(chosen);
        } else {
            addItem(shown, chosen);
            setCurrentIndex(count() - 1);
        }
        if (isEditable() && currentText() == shown)
            lineEdit()->setCursorPosition(cursor);
    }
    if (number() != chosen)
        Q_EMIT numberChanged();
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
