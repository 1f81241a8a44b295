#pragma once

#include "AccountsReceivable.h"
#include "RewardParticipant.h"

#include <QComboBox>

// An account or a rewards participant for a token: chosen from the store's directory, or typed
// where the store keeps none (CRM.COM), with the numbers at hand to choose from. An empty number
// means none.
class ReferenceBox : public QComboBox
{
    Q_OBJECT

public:
    struct Choice
    {
        QString number;
        QString name;
    };

    explicit ReferenceBox(QWidget* parent = nullptr);

    static QList<Choice> choicesOf(const QList<AccountsReceivable>& accounts);
    static QList<Choice> choicesOf(const QList<RewardParticipant>& participants);

    // "NUMBER — name", or the number alone, as the list shows an entry.
    static QString choiceText(const QString& number, const QString& name);

    // What a typed box shows while empty.
    static QString noAccountText();
    static QString noParticipantText();

    // Typed, the number is written in and a box left empty means none; listed, "(none)" heads the
    // list. Either way the list is emptied, to be filled again.
    void setTyped(bool typed, const QString& placeholder = QString());
    bool isTyped() const { return isEditable(); }
    // Empties the list, but for "(none)" in a listed box.
    void clearChoices();
    void addChoice(const QString& number, const QString& name = QString());
    // Lists these choices instead, under what is chosen or typed, which stays: a number half typed
    // is neither completed nor listed, and an entry chosen that the new list lacks stays listed,
    // or written in a typed box.
    void setChoices(const QList<Choice>& choices);
    QString number() const;
    // Chooses the number, adding it to the list when the list does not hold it.
    void setNumber(const QString& number, const QString& name = QString());

Q_SIGNALS:
    // Another entry chosen, or the typed text changed.
    void numberChanged();
};
