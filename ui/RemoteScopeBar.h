#pragma once

#include "AccountsReceivable.h"
#include "RewardParticipant.h"
#include "TokenQuery.h"

#include <QList>
#include <QWidget>

class QBoxLayout;
class QComboBox;
class QHBoxLayout;
class QLineEdit;
class QPushButton;
class ReferenceBox;

// The scope of the token table for a store that cannot list every token (CRM.COM): the tokens of
// one account, of one rewards participant, or the ones not associated; plus a lookup of a single
// token by its authentication code. The number is picked from the directory when the store has
// one, or typed.
class RemoteScopeBar : public QWidget
{
    Q_OBJECT

public:
    enum class Scope
    {
        Account,
        Participant,
        NotAssociated
    };

    explicit RemoteScopeBar(QWidget* parent = nullptr);

    Scope scope() const;
    // The account or participant number; empty for "not associated".
    QString number() const;
    // True when the scope names the tokens to list (a number is given where one is needed).
    bool isComplete() const;
    // The query's association and numbers for this scope; the other fields are kept.
    void applyTo(TokenQuery& query) const;
    // "Tokens of account ACR0000000001" for the status bar.
    QString description() const;
    // Why the table is empty when the scope lists no token.
    QString emptyText() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

    void setScope(Scope scope, const QString& number = QString());
    // Shows the scope query lists, without announcing a change: the table already lists it.
    void showScopeOf(const TokenQuery& query);
    void setDirectory(const QList<AccountsReceivable>& accounts,
                      const QList<RewardParticipant>& participants);
    // Offered again in the number's list, most recent first. For this session only: account and
    // participant numbers name customers, and are kept on disk nowhere.
    void remember(Scope scope, const QString& number);
    QStringList numbersUsed(Scope scope) const;

    // Test seams.
    QComboBox* scopeBox() const { return m_scope; }
    ReferenceBox* numberBox() const { return m_number; }
    QLineEdit* codeField() const { return m_code; }

Q_SIGNALS:
    // The scope or its number changed (typed numbers once editing ends).
    void scopeChanged();
    // "Find" with an authentication code: the token should open in the editor.
    void findRequested(const QString& authenticationCode);
    // A number was used, or used again after others: numbersUsed() changed.
    void numbersUsedChanged();

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    static constexpr int sideBySideSpacing = 16;

    // Side by side when width allows, else the find row under the scope's.
    void arrange(int width);
    void select(Scope scope, const QString& number);
    void updateNumberChoices();

    QComboBox* m_scope;
    ReferenceBox* m_number;
    QLineEdit* m_code;
    QPushButton* m_find;
    // The scope and the find by code, side by side or, in a narrow window, one under the other.
    QBoxLayout* m_layout;
    QHBoxLayout* m_scopeRow;
    QHBoxLayout* m_findRow;
    QList<AccountsReceivable> m_accounts;
    QList<RewardParticipant> m_participants;
    QStringList m_recentAccounts;
    QStringList m_recentParticipants;
    QString m_appliedNumber;
};
