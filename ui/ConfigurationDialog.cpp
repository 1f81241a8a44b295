#include "ConfigurationDialog.h"

#include "Icons.h"
#include "MessageBox.h"
#include "StateLabels.h"
#include "TokenRulesEditor.h"
#include "TokenService.h"
#include "WhenFinished.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {
QWidget* scrolled(QWidget* content)
{
    auto* scroll = new QScrollArea;
    // Not a Tab stop of its own: Tab goes from the tab bar to the first rule.
    scroll->setFocusPolicy(Qt::NoFocus);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    return scroll;
}
} // namespace

ConfigurationDialog::ConfigurationDialog(TokenService* service, QWidget* parent)
    : QDialog(parent)
    , m_service(service)
    , m_tabs(new QTabWidget(this))
    , m_problem(new QLabel(this))
{
    setWindowTitle(tr("Configure Store"));
    m_tabs->addTab(createDefinitionTab(), tr("&Definition"));
    m_tabs->addTab(createClassificationsTab(), tr("C&lassifications"));
    m_tabs->addTab(createDirectoryTab(), tr("Di&rectory"));
    m_problem->setObjectName(QStringLiteral("problem"));
    m_problem->setWordWrap(true);
    m_problem->hide();
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &ConfigurationDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    resize(860, 640);
    load();
}

QWidget* ConfigurationDialog::createDefinitionTab()
{
    auto* page = new QWidget;
    auto* layout = new QVBoxLayout(page);
    auto* note = new QLabel(tr("These settings apply to tokens without a classification."), page);
    note->setWordWrap(true);
    m_definition = new TokenRulesEditor(page);
    layout->addWidget(note);
    layout->addWidget(m_definition);
    layout->addStretch();
    return scrolled(page);
}

QWidget* ConfigurationDialog::createClassificationsTab()
{
    auto* page = new QWidget;
    m_classifications = new QListWidget(page);
    m_classifications->setAccessibleName(tr("Classifications"));
    // The rules beside it need the room more than the names do.
    m_classifications->setMaximumWidth(fontMetrics().averageCharWidth() * 28);
    auto* add = new QPushButton(Icons::get(QStringLiteral("list-add")), tr("&Add"), page);
    auto* remove = new QPushButton(Icons::get(QStringLiteral("list-remove")), tr("Re&move"), page);
    connect(add, &QPushButton::clicked, this, &ConfigurationDialog::addClassification);
    connect(remove, &QPushButton::clicked, this, &ConfigurationDialog::removeClassification);
    auto* left = new QVBoxLayout;
    left->addWidget(m_classifications, 1);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(remove);
    left->addLayout(buttons);

    auto* details = new QWidget(page);
    auto* form = new QFormLayout;
    m_classificationName = new QLineEdit(details);
    m_classificationCode = new QLineEdit(details);
    m_classificationDescription = new QLineEdit(details);
    form->addRow(tr("&Name:"), m_classificationName);
    form->addRow(tr("Alternative &code:"), m_classificationCode);
    form->addRow(tr("D&escription:"), m_classificationDescription);
    m_classificationRules = new TokenRulesEditor(details);
    auto* detailsLayout = new QVBoxLayout(details);
    detailsLayout->setContentsMargins(0, 0, 0, 0);
    detailsLayout->addLayout(form);
    detailsLayout->addWidget(m_classificationRules);
    detailsLayout->addStretch();

    auto* layout = new QHBoxLayout(page);
    layout->addLayout(left, 1);
    layout->addWidget(scrolled(details), 3);
    connect(m_classifications, &QListWidget::currentRowChanged, this,
            &ConfigurationDialog::showClassification);
    connect(m_classificationName, &QLineEdit::textEdited, this, [this](const QString& name) {
        if (QListWidgetItem* item = m_classifications->currentItem())
            item->setText(name);
    });
    return page;
}

QWidget* ConfigurationDialog::createDirectoryTab()
{
    auto* page = new QWidget;
    m_accounts = new QTreeWidget(page);
    m_accounts->setRootIsDecorated(false);
    m_accounts->setHeaderLabels({ tr("Number"), tr("Name"), tr("State") });
    m_accounts->setAccessibleName(tr("Accounts receivable"));
    m_participants = new QTreeWidget(page);
    m_participants->setRootIsDecorated(false);
    m_participants->setHeaderLabels({ tr("Number"), tr("State") });
    m_participants->setAccessibleName(tr("Reward participants"));
    // The widest column (an account's name, a participant's number) takes the spare width, not
    // the state at the end.
    for (QTreeWidget* list : { m_accounts, m_participants }) {
        list->header()->setStretchLastSection(false);
        list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    }
    m_accounts->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_participants->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_accountNumber = new QLineEdit(page);
    m_accountNumber->setPlaceholderText(tr("Number"));
    m_accountName = new QLineEdit(page);
    m_accountName->setPlaceholderText(tr("Name"));
    m_participantNumber = new QLineEdit(page);
    m_participantNumber->setPlaceholderText(tr("Number"));
    auto* addAccountButton = new QPushButton(tr("Add a&ccount"), page);
    auto* addParticipantButton = new QPushButton(tr("Add &participant"), page);
    connect(addAccountButton, &QPushButton::clicked, this, &ConfigurationDialog::addAccount);
    connect(addParticipantButton, &QPushButton::clicked, this, &ConfigurationDialog::addParticipant);
    m_accountNumber->setObjectName(QStringLiteral("accountNumber"));
    m_accountName->setObjectName(QStringLiteral("accountName"));
    m_participantNumber->setObjectName(QStringLiteral("participantNumber"));
    // Return in these fields adds what they hold, as their button does, instead of saving and
    // closing the dialog (its default button) without it.
    for (QLineEdit* field : { m_accountNumber, m_accountName, m_participantNumber })
        field->installEventFilter(this);
    m_accounts->installEventFilter(this);
    m_participants->installEventFilter(this);
    // Down each group in screen order: its list, its fields, its button.
    setTabOrder(m_accounts, m_accountNumber);
    setTabOrder(m_accountNumber, m_accountName);
    setTabOrder(m_accountName, addAccountButton);
    setTabOrder(addAccountButton, m_participants);
    setTabOrder(m_participants, m_participantNumber);
    setTabOrder(m_participantNumber, addParticipantButton);

    auto* accounts = new QGroupBox(tr("Accounts receivable"), page);
    auto* accountsLayout = new QVBoxLayout(accounts);
    accountsLayout->addWidget(m_accounts);
    auto* accountRow = new QHBoxLayout;
    accountRow->addWidget(m_accountNumber);
    accountRow->addWidget(m_accountName);
    accountRow->addWidget(addAccountButton);
    accountsLayout->addLayout(accountRow);

    auto* participants = new QGroupBox(tr("Reward participants"), page);
    auto* participantsLayout = new QVBoxLayout(participants);
    participantsLayout->addWidget(m_participants);
    auto* participantRow = new QHBoxLayout;
    participantRow->addWidget(m_participantNumber);
    participantRow->addWidget(addParticipantButton);
    participantsLayout->addLayout(participantRow);

    auto* layout = new QVBoxLayout(page);
    layout->addWidget(accounts, 3);
    layout->addWidget(participants, 2);
    return page;
}

void ConfigurationDialog::load()
{
    if (!m_service)
        return;
    whenFinished(m_service->settings(), this, [this](Result<TokenSettings> result) {
        if (!result.ok()) {
            showProblem(tr("The configuration could not be read: %1").arg(result.error().message()));
            return;
        }
        m_settings = result.value();
        m_definition->setRules(m_settings.definition);
        m_classifications->clear();
        m_currentClassification = -1;
        for (const Classification& classification : std::as_const(m_settings.classifications))
            m_classifications->addItem(classification.name);
        if (m_classifications->count() > 0)
            m_classifications->setCurrentRow(0);
        m_shown = settings();
    });
    loadDirectory();
}

void ConfigurationDialog::loadDirectory()
{
    whenFinished(
        m_service->accounts(QString(), 1000), this, [this](Result<QList<AccountsReceivable>> result) {
            m_accounts->clear();
            if (!result.ok())
                return showProblem(tr("The accounts could not be read: %1").arg(result.error().message()));
            for (const AccountsReceivable& account : result.value())
                new QTreeWidgetItem(
                    m_accounts,
                    { account.number, account.name, StateLabels::directoryLabel(account.lifeCycleState) });
        });
    whenFinished(m_service->participants(QString(), 1000), this,
                 [this](Result<QList<RewardParticipant>> result) {
                     m_participants->clear();
                     if (!result.ok())
                         return showProblem(
                             tr("The participants could not be read: %1").arg(result.error().message()));
                     for (const RewardParticipant& participant : result.value())
                         new QTreeWidgetItem(
                             m_participants,
                             { participant.number, StateLabels::directoryLabel(participant.lifeCycleState) });
                 });
}

void ConfigurationDialog::storeClassification()
{
    if (m_currentClassification < 0 || m_currentClassification >= m_settings.classifications.size())
        return;
    Classification& classification = m_settings.classifications[m_currentClassification];
    classification.name = m_classificationName->text().trimmed();
    classification.alternativeCode = m_classificationCode->text().trimmed();
    classification.description = m_classificationDescription->text().trimmed();
    classification.rules = m_classificationRules->rules();
}

void ConfigurationDialog::showClassification(int row)
{
    storeClassification();
    m_currentClassification = row;
    const bool valid = row >= 0 && row < m_settings.classifications.size();
    const Classification classification = valid ? m_settings.classifications.at(row) : Classification();
    m_classificationName->setText(classification.name);
    m_classificationCode->setText(classification.alternativeCode);
    m_classificationDescription->setText(classification.description);
    m_classificationRules->setRules(classification.rules);
    for (QWidget* widget :
         { static_cast<QWidget*>(m_classificationName), static_cast<QWidget*>(m_classificationCode),
           static_cast<QWidget*>(m_classificationDescription), static_cast<QWidget*>(m_classificationRules) })
        widget->setEnabled(valid);
}

void ConfigurationDialog::addClassification()
{
    storeClassification();
    Classification classification;
    classification.name = tr("New classification");
    classification.rules = m_definition->rules();
    m_settings.classifications.append(classification);
    m_currentClassification = -1;
    m_classifications->addItem(classification.name);
    m_classifications->setCurrentRow(m_classifications->count() - 1);
    m_classificationName->setFocus();
    m_classificationName->selectAll();
}

void ConfigurationDialog::removeClassification()
{
    const int row = m_classifications->currentRow();
    if (row < 0)
        return;
    m_currentClassification = -1;
    m_settings.classifications.removeAt(row);
    delete m_classifications->takeItem(row);
}

TokenSettings ConfigurationDialog::settings() const
{
    TokenSettings settings = m_settings;
    settings.definition = m_definition->rules();
    if (m_currentClassification >= 0 && m_currentClassification < settings.classifications.size()) {
        Classification& classification = settings.classifications[m_currentClassification];
        classification.name = m_classificationName->text().trimmed();
        classification.alternativeCode = m_classificationCode->text().trimmed();
        classification.description = m_classificationDescription->text().trimmed();
        classification.rules = m_classificationRules->rules();
    }
    return settings;
}

void ConfigurationDialog::accept()
{
    const TokenSettings chosen = settings();
    for (const Classification& classification : chosen.classifications) {
        if (classification.name.isEmpty()) {
            m_tabs->setCurrentIndex(1);
            return showProblem(tr("Every classification needs a name."));
        }
    }
    whenFinished(m_service->saveSettings(chosen), this, [this, chosen](Result<void> result) {
        if (!result.ok())
            return showProblem(tr("The configuration was not saved: %1").arg(result.error().message()));
        // Saved: should the directory refuse an addition, Cancel then has only that to discard.
        m_shown = chosen;
        saveDirectory();
    });
}

void ConfigurationDialog::saveDirectory()
{
    auto refused = [this](const QString& text) {
        m_tabs->setCurrentIndex(m_tabs->count() - 1);
        showProblem(text);
    };
    if (!m_newAccounts.isEmpty()) {
        const AccountsReceivable account = m_newAccounts.first();
        whenFinished(
            m_service->addAccount(account), this,
            [this, account, refused](Result<AccountsReceivable> result) {
                if (!result.ok())
                    return refused(
                        tr("The account %1 was not added: %2").arg(account.number, result.error().message()));
                m_newAccounts.removeFirst();
                saveDirectory();
            });
        return;
    }
    if (!m_newParticipants.isEmpty()) {
        const RewardParticipant participant = m_newParticipants.first();
        whenFinished(m_service->addParticipant(participant), this,
                     [this, participant, refused](Result<RewardParticipant> result) {
                         if (!result.ok())
                             return refused(tr("The participant %1 was not added: %2")
                                                .arg(participant.number, result.error().message()));
                         m_newParticipants.removeFirst();
                         saveDirectory();
                     });
        return;
    }
    QDialog::accept();
}

void ConfigurationDialog::reject()
{
    const bool changed
        = (m_shown && !(settings() == *m_shown)) || !m_newAccounts.isEmpty() || !m_newParticipants.isEmpty();
    if (changed
        && MessageBox::question(
               this, tr("Configure Store"),
               tr("Discard the changes to the token definition, the classifications and the directory?"),
               QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel)
            != QMessageBox::Discard)
        return;
    QDialog::reject();
}

bool ConfigurationDialog::listed(QTreeWidget* list, const QString& number) const
{
    return !list->findItems(number, Qt::MatchFixedString | Qt::MatchCaseSensitive).isEmpty();
}

void ConfigurationDialog::addAccount()
{
    AccountsReceivable account;
    account.number = m_accountNumber->text().trimmed();
    account.name = m_accountName->text().trimmed();
    account.lifeCycleState = QStringLiteral("ACTIVE");
    account.ownerName = account.name;
    if (account.number.isEmpty())
        return showProblem(tr("An account needs a number."));
    if (listed(m_accounts, account.number))
        return showProblem(tr("The account %1 is in the directory already.").arg(account.number));
    m_newAccounts.append(account);
    listAddition(m_accounts, { account.number, account.name });
    m_accountNumber->clear();
    m_accountName->clear();
    m_accountNumber->setFocus();
    m_problem->hide();
}

void ConfigurationDialog::addParticipant()
{
    RewardParticipant participant;
    participant.number = m_participantNumber->text().trimmed();
    participant.lifeCycleState = QStringLiteral("ACTIVE");
    if (participant.number.isEmpty())
        return showProblem(tr("A participant needs a number."));
    if (listed(m_participants, participant.number))
        return showProblem(tr("The participant %1 is in the directory already.").arg(participant.number));
    m_newParticipants.append(participant);
    listAddition(m_participants, { participant.number });
    m_participantNumber->clear();
    m_participantNumber->setFocus();
    m_problem->hide();
}

void ConfigurationDialog::listAddition(QTreeWidget* list, QStringList cells)
{
    // The state column, last, says it is not in the store yet.
    cells.append(tr("Added on Save"));
    auto* item = new QTreeWidgetItem(list, cells);
    item->setData(0, Qt::UserRole, true);
    item->setToolTip(int(cells.size()) - 1, tr("Added to the store with Save; Delete takes it off the list"));
    list->scrollToItem(item);
}

void ConfigurationDialog::removeAddition(QTreeWidget* list)
{
    QTreeWidgetItem* item = list->currentItem();
    if (!item || !item->data(0, Qt::UserRole).toBool())
        return;
    const QString number = item->text(0);
    if (list == m_accounts)
        m_newAccounts.removeIf([&](const AccountsReceivable& account) { return account.number == number; });
    else
        m_newParticipants.removeIf(
            [&](const RewardParticipant& participant) { return participant.number == number; });
    delete item;
}

bool ConfigurationDialog::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::KeyPress && (watched == m_accounts || watched == m_participants)) {
        if (static_cast<QKeyEvent*>(event)->key() != Qt::Key_Delete)
            return QDialog::eventFilter(watched, event);
        removeAddition(static_cast<QTreeWidget*>(watched));
        return true;
    }
    if (event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            if (watched == m_participantNumber)
                addParticipant();
            else
                addAccount();
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void ConfigurationDialog::showProblem(const QString& text)
{
    m_problem->setText(text);
    m_problem->show();
}
