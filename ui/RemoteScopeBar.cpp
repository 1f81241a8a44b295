#include "RemoteScopeBar.h"

#include "Icons.h"
#include "ReferenceBox.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHash>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QResizeEvent>

RemoteScopeBar::RemoteScopeBar(QWidget* parent)
    : QWidget(parent)
    , m_scope(new QComboBox(this))
    , m_number(new ReferenceBox(this))
    , m_code(new QLineEdit(this))
    , m_find(new QPushButton(tr("Open"), this))
    , m_layout(new QBoxLayout(QBoxLayout::LeftToRight, this))
    , m_scopeRow(new QHBoxLayout)
    , m_findRow(new QHBoxLayout)
{
    auto* scopeLabel = new QLabel(tr("Sho&w tokens of:"), this);
    scopeLabel->setBuddy(m_scope);
    m_scope->setObjectName(QStringLiteral("remoteScope"));
    m_scope->setAccessibleName(tr("Tokens shown"));
    m_scope->addItem(tr("Account"), int(Scope::Account));
    m_scope->addItem(tr("Participant"), int(Scope::Participant));
    m_scope->addItem(tr("Not associated"), int(Scope::NotAssociated));
    // The one scope that needs no number, so the table shows tokens from the start.
    m_scope->setCurrentIndex(m_scope->findData(int(Scope::NotAssociated)));

    m_number->setObjectName(QStringLiteral("remoteScopeNumber"));
    m_number->setTyped(true);
    m_number->setMinimumContentsLength(16);
    // Its width stays that of 16 characters whatever the list holds, so the bar's rows keep theirs.
    m_number->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_number->setAccessibleName(tr("Account or participant number"));

    auto* codeLabel = new QLabel(tr("Find &by authentication code:"), this);
    codeLabel->setBuddy(m_code);
    m_code->setObjectName(QStringLiteral("remoteFindCode"));
    m_code->setClearButtonEnabled(true);
    m_code->setPlaceholderText(tr("Authentication code"));
    m_code->setAccessibleName(tr("Find by authentication code"));
    m_code->addAction(Icons::get(QStringLiteral("edit-find")), QLineEdit::LeadingPosition);
    // A card's 16 digits, and the hint, stay in sight beside the search and clear icons; the
    // account number beside it would otherwise take the width.
    const QFontMetrics metrics = m_code->fontMetrics();
    m_code->setMinimumWidth(qMax(metrics.horizontalAdvance(QString(16, QLatin1Char('0'))),
                                 metrics.horizontalAdvance(m_code->placeholderText()))
                            + 4 * metrics.height());
    m_find->setObjectName(QStringLiteral("remoteFind"));
    m_find->setEnabled(false);

    m_scopeRow->addWidget(scopeLabel);
    m_scopeRow->addWidget(m_scope);
    m_scopeRow->addWidget(m_number, 1);
    m_findRow->addWidget(codeLabel);
    m_findRow->addWidget(m_code, 1);
    m_findRow->addWidget(m_find);
    m_layout->setContentsMargins(0, 0, 0, 0);
    // The rows keep the style's spacing: inherited, it became the wider gap between them when side
    // by side, and each row then needed more than arrange() had measured, squeezing its labels.
    m_scopeRow->setSpacing(m_layout->spacing());
    m_findRow->setSpacing(m_layout->spacing());
    m_layout->setSpacing(sideBySideSpacing);
    m_layout->addLayout(m_scopeRow, 1);
    m_layout->addLayout(m_findRow, 1);

    connect(m_scope, &QComboBox::currentIndexChanged, this, [this]() {
        updateNumberChoices();
        // An account number means nothing as a participant number.
        m_number->setEditText(QString());
        m_appliedNumber = number();
        Q_EMIT scopeChanged();
    });
    // A typed number applies when the person is done with it, not at every key: each change is a
    // request to the server.
    const auto applyNumber = [this]() {
        if (number() == m_appliedNumber)
            return;
        m_appliedNumber = number();
        remember(scope(), m_appliedNumber);
        // A new number joins the list at once; the order is brought up to date when the list is
        // next filled, not while the person walks it with the arrow keys.
        if (!m_appliedNumber.isEmpty() && m_number->findData(m_appliedNumber) < 0) {
            const QSignalBlocker block(m_number);
            m_number->insertItem(0, m_appliedNumber, m_appliedNumber);
            m_number->setCurrentIndex(0);
        }
        Q_EMIT scopeChanged();
    };
    connect(m_number->lineEdit(), &QLineEdit::editingFinished, this, applyNumber);
    connect(m_number, &QComboBox::activated, this, applyNumber);
    connect(m_code, &QLineEdit::textChanged, this,
            [this](const QString& text) { m_find->setEnabled(!text.trimmed().isEmpty()); });
    const auto find = [this]() {
        const QString code = m_code->text().trimmed();
        if (!code.isEmpty())
            Q_EMIT findRequested(code);
    };
    connect(m_code, &QLineEdit::returnPressed, this, find);
    connect(m_find, &QPushButton::clicked, this, find);
    updateNumberChoices();
}

QSize RemoteScopeBar::minimumSizeHint() const
{
    // Narrower than both side by side, the find row goes under the scope's.
    return QSize(qMax(m_scopeRow->minimumSize().width(), m_findRow->minimumSize().width()),
                 m_layout->minimumSize().height());
}

QSize RemoteScopeBar::sizeHint() const
{
    return QSize(m_scopeRow->sizeHint().width() + sideBySideSpacing + m_findRow->sizeHint().width(),
                 m_layout->sizeHint().height());
}

void RemoteScopeBar::resizeEvent(QResizeEvent* event)
{
    arrange(event->size().width());
    QWidget::resizeEvent(event);
}

void RemoteScopeBar::arrange(int width)
{
    const bool sideBySide
        = width >= m_scopeRow->minimumSize().width() + sideBySideSpacing + m_findRow->minimumSize().width();
    const QBoxLayout::Direction direction = sideBySide ? QBoxLayout::LeftToRight : QBoxLayout::TopToBottom;
    if (direction == m_layout->direction())
        return;
    m_layout->setDirection(direction);
    m_layout->setSpacing(sideBySide ? sideBySideSpacing : -1);
    // A row more or less: the window gives the bar its new height.
    updateGeometry();
}

RemoteScopeBar::Scope RemoteScopeBar::scope() const
{
    return Scope(m_scope->currentData().toInt());
}

QString RemoteScopeBar::number() const
{
    return scope() == Scope::NotAssociated ? QString() : m_number->number();
}

bool RemoteScopeBar::isComplete() const
{
    return scope() == Scope::NotAssociated || !number().isEmpty();
}

void RemoteScopeBar::applyTo(TokenQuery& query) const
{
    query.accountNumber.clear();
    query.participantNumber.clear();
    switch (scope()) {
    case Scope::Account:
        query.association = TokenQuery::Association::Account;
        query.accountNumber = number();
        break;
    case Scope::Participant:
        query.association = TokenQuery::Association::Participant;
        query.participantNumber = number();
        break;
    case Scope::NotAssociated:
        query.association = TokenQuery::Association::NotAssociated;
        break;
    }
}

QString RemoteScopeBar::description() const
{
    switch (scope()) {
    case Scope::Account:
        return number().isEmpty() ? tr("Choose an account to see its tokens")
                                  : tr("Tokens of account %1").arg(number());
    case Scope::Participant:
        return number().isEmpty() ? tr("Choose a participant to see its tokens")
                                  : tr("Tokens of participant %1").arg(number());
    case Scope::NotAssociated:
        break;
    }
    return tr("Tokens not associated with an account or participant");
}

QString RemoteScopeBar::emptyText() const
{
    switch (scope()) {
    case Scope::Account:
        // CRM.COM keeps no directory to tell a new account from a number mistyped.
        return tr("CRM.COM lists no tokens of account %1: it has none yet, or no account has that number.")
            .arg(number());
    case Scope::Participant:
        return tr("CRM.COM lists no tokens of participant %1: they have none yet, or no participant has "
                  "that number.")
            .arg(number());
    case Scope::NotAssociated:
        break;
    }
    return tr("CRM.COM lists no tokens that are not associated with an account or participant.");
}

void RemoteScopeBar::setScope(Scope scope, const QString& number)
{
    remember(scope, number);
    select(scope, number);
    Q_EMIT scopeChanged();
}

void RemoteScopeBar::showScopeOf(const TokenQuery& query)
{
    switch (query.association) {
    case TokenQuery::Association::Account:
        select(Scope::Account, query.accountNumber);
        break;
    case TokenQuery::Association::Participant:
        select(Scope::Participant, query.participantNumber);
        break;
    default:
        select(Scope::NotAssociated, QString());
        break;
    }
}

void RemoteScopeBar::select(Scope scope, const QString& number)
{
    {
        const QSignalBlocker block(m_scope);
        m_scope->setCurrentIndex(m_scope->findData(int(scope)));
        updateNumberChoices();
        m_number->setEditText(number);
    }
    m_appliedNumber = this->number();
}

void RemoteScopeBar::remember(Scope scope, const QString& number)
{
    if (number.isEmpty() || scope == Scope::NotAssociated)
        return;
    QStringList& recent = scope == Scope::Account ? m_recentAccounts : m_recentParticipants;
    if (recent.value(0) == number)
        return;
    // One entry a number: the server's spelling replaces one typed in another case.
    recent.removeIf(
        [&number](const QString& used) { return used.compare(number, Qt::CaseInsensitive) == 0; });
    recent.prepend(number);
    constexpr int kept = 20;
    if (recent.size() > kept)
        recent.resize(kept);
    Q_EMIT numbersUsedChanged();
}

QStringList RemoteScopeBar::numbersUsed(Scope scope) const
{
    return scope == Scope::Account    ? m_recentAccounts
        : scope == Scope::Participant ? m_recentParticipants
                                      : QStringList();
}

void RemoteScopeBar::setDirectory(const QList<AccountsReceivable>& accounts,
                                  const QList<RewardParticipant>& participants)
{
    m_accounts = accounts;
    m_participants = participants;
    updateNumberChoices();
}

void RemoteScopeBar::updateNumberChoices()
{
    const QSignalBlocker block(m_number);
    // The numbers used lately first, then the rest of the directory.
    QHash<QString, QString> names;
    QStringList numbers;
    switch (scope()) {
    case Scope::Account:
        m_number->lineEdit()->setPlaceholderText(tr("Account number"));
        numbers = m_recentAccounts;
        for (const AccountsReceivable& account : std::as_const(m_accounts)) {
            numbers.append(account.number);
            names.insert(account.number, account.name);
        }
        break;
    case Scope::Participant:
        m_number->lineEdit()->setPlaceholderText(tr("Participant number"));
        numbers = m_recentParticipants;
        for (const RewardParticipant& participant : std::as_const(m_participants))
            numbers.append(participant.number);
        break;
    case Scope::NotAssociated:
        m_number->lineEdit()->setPlaceholderText(QString());
        break;
    }
    numbers.removeDuplicates();
    QList<ReferenceBox::Choice> choices;
    for (const QString& number : std::as_const(numbers))
        choices.append({ number, names.value(number) });
    m_number->setChoices(choices);
    m_number->setVisible(scope() != Scope::NotAssociated);
    // The number, shown or hidden, widens or narrows the scope's row.
    arrange(width());
}
