#include "NewTokenDialog.h"

#include "Icons.h"
#include "ReferenceBox.h"
#include "RevealAction.h"
#include "RuleHint.h"
#include "TokenValidator.h"

#include <QAction>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

NewTokenDialog::NewTokenDialog(const TokenSettings& settings, const QList<AccountsReceivable>& accounts,
                               const QList<RewardParticipant>& participants, QWidget* parent)
    : CallDialog(parent)
    , m_settings(settings)
    , m_identifier(new QLineEdit(this))
    , m_passCode(new QLineEdit(this))
    , m_passCodeHint(new QLabel(this))
    , m_authenticationCode(new QLineEdit(this))
    , m_cardMaskedNumber(new QLineEdit(this))
    , m_classification(new QComboBox(this))
    , m_accounts(accounts)
    , m_participants(participants)
    , m_account(new ReferenceBox(this))
    , m_participant(new ReferenceBox(this))
{
    setWindowTitle(tr("New Token"));
    m_passCode->setEchoMode(QLineEdit::Password);
    new RevealAction(m_passCode);
    m_passCodeHint->setWordWrap(true);
    m_passCodeHint->setForegroundRole(QPalette::PlaceholderText);
    m_cardMaskedNumber->setPlaceholderText(tr("e.g. 4111********1111"));

    m_classification->addItem(tr("(none)"), QString());
    for (const Classification& classification : settings.classifications)
        m_classification->addItem(classification.name, classification.name);
    fillReferences();

    auto* form = new QFormLayout;
    form->addRow(tr("&Identifier:"), m_identifier);
    form->addRow(tr("&Pass code:"), m_passCode);
    form->addRow(QString(), m_passCodeHint);
    form->addRow(tr("&Authentication code:"), m_authenticationCode);
    form->addRow(tr("Car&d number:"), m_cardMaskedNumber);
    form->addRow(tr("C&lassification:"), m_classification);
    form->addRow(tr("Acc&ount:"), m_account);
    form->addRow(tr("Pa&rticipant:"), m_participant);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    addFooter(layout);
    // The footer orders the text inputs alone; the lists follow them, as on screen.
    setTabOrder(m_cardMaskedNumber, m_classification);
    setTabOrder(m_classification, m_account);
    setTabOrder(m_account, m_participant);
    setTabOrder(m_participant, confirmButton());
    confirmButton()->setText(tr("&Create"));

    for (QLineEdit* edit : { m_identifier, m_passCode, m_authenticationCode, m_cardMaskedNumber })
        connect(edit, &QLineEdit::textChanged, this, &NewTokenDialog::updateState);
    connect(m_classification, &QComboBox::currentIndexChanged, this, &NewTokenDialog::updateState);
    for (ReferenceBox* box : { m_account, m_participant })
        connect(box, &ReferenceBox::numberChanged, this, &NewTokenDialog::updateState);
    updateState();
    resize(460, sizeHint().height());
}

TokenPatch NewTokenDialog::fields() const
{
    TokenPatch patch;
    auto set = [](PatchValue<QString>& field, const QString& text) {
        if (!text.isEmpty())
            field = text;
    };
    set(patch.identifier, m_identifier->text().trimmed());
    set(patch.passCode, m_passCode->text());
    set(patch.authenticationCode, m_authenticationCode->text().trimmed());
    set(patch.cardMaskedNumber, m_cardMaskedNumber->text().trimmed());
    set(patch.classification, m_classification->currentData().toString());
    set(patch.accountsReceivable, m_account->number());
    set(patch.rewardParticipant, m_participant->number());
    return patch;
}

void NewTokenDialog::setReferencesTyped(bool typed)
{
    m_typedReferences = typed;
    fillReferences();
}

void NewTokenDialog::fillReferences()
{
    m_account->setTyped(m_typedReferences, ReferenceBox::noAccountText());
    m_account->setChoices(ReferenceBox::choicesOf(m_accounts));
    m_account->setNumber(QString());
    m_participant->setTyped(m_typedReferences, ReferenceBox::noParticipantText());
    m_participant->setChoices(ReferenceBox::choicesOf(m_participants));
    m_participant->setNumber(QString());
}

QList<Error::Violation> NewTokenDialog::violations() const
{
    const TokenPatch patch = fields();
    AccessToken after;
    patch.applyTo(after);
    after.hasPassCode = patch.passCode.isSet();
    return TokenValidator::validate(after, patch,
                                    m_settings.rulesFor(m_classification->currentData().toString()),
                                    TokenValidator::Mode::Create);
}

void NewTokenDialog::updateState()
{
    const TokenRules& rules = m_settings.rulesFor(m_classification->currentData().toString());
    m_passCodeHint->setText(RuleHint::passCode(rules));
    // The rules of the classification chosen say whether an empty code is generated or refused.
    m_authenticationCode->setPlaceholderText(rules.authenticationCodeGeneration
                                                     == TokenRules::CodeGeneration::Auto
                                                 ? tr("Generated when left empty")
                                                 : tr("Required"));
    const QList<Error::Violation> problems = violations();
    QStringList lines;
    for (const Error::Violation& violation : problems)
        lines.append(violation.message);
    setSubmittable(problems.isEmpty(), lines.join(QLatin1Char('\n')));
}

QLineEdit* NewTokenDialog::inputFor(const QString& field) const
{
    const QHash<QString, QLineEdit*> inputs = {
        { QStringLiteral("identifier"), m_identifier },
        { QStringLiteral("pass_code"), m_passCode },
        { QStringLiteral("authentication_code"), m_authenticationCode },
        { QStringLiteral("card_masked_number"), m_cardMaskedNumber },
        // Typed numbers only: a number chosen from the directory is one the store knows.
        { QStringLiteral("accounts_receivable"), m_account->lineEdit() },
        { QStringLiteral("reward_participant"), m_participant->lineEdit() },
    };
    return inputs.value(field);
}
