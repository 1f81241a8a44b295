#include "TokenRulesEditor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QSpinBox>

TokenRulesEditor::TokenRulesEditor(QWidget* parent)
    : QWidget(parent)
{
    auto* form = new QFormLayout(this);
    // Narrow (a classification's rules beside the list, or long German labels): each field goes
    // under its label instead of being cut off on the right.
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_identifierGeneration = new QComboBox(this);
    m_identifierGeneration->addItem(tr("Entered by a person"), int(TokenRules::IdentifierGeneration::None));
    m_identifierGeneration->addItem(tr("Generated number"),
                                    int(TokenRules::IdentifierGeneration::AutoNumber));
    m_identifierGeneration->addItem(tr("Generated letters and digits"),
                                    int(TokenRules::IdentifierGeneration::AutoAlphanumeric));
    m_identifierFormat = new QComboBox(this);
    m_identifierFormat->addItem(tr("E-mail address"), int(TokenRules::IdentifierFormat::Email));
    m_identifierFormat->addItem(tr("Number"), int(TokenRules::IdentifierFormat::Number));
    m_identifierFormat->addItem(tr("Free text"), int(TokenRules::IdentifierFormat::FreeText));
    form->addRow(tr("&Identifier:"), m_identifierGeneration);
    form->addRow(tr("Identifier &format:"), m_identifierFormat);
    m_identifierRules = addCharacterRules(form, tr("Identifier"), tr("Identifier need&s at least:"));

    m_passCodeGeneration = new QComboBox(this);
    m_passCodeGeneration->addItem(tr("Entered by a person"), int(TokenRules::CodeGeneration::None));
    m_passCodeGeneration->addItem(tr("Generated"), int(TokenRules::CodeGeneration::Auto));
    form->addRow(tr("&Pass code:"), m_passCodeGeneration);
    m_passCodeRules = addCharacterRules(form, tr("Pass code"), tr("Pass code needs a&t least:"));

    m_authenticationCodeGeneration = new QComboBox(this);
    m_authenticationCodeGeneration->addItem(tr("Entered by a person"), int(TokenRules::CodeGeneration::None));
    m_authenticationCodeGeneration->addItem(tr("Generated (32 hex characters)"),
                                            int(TokenRules::CodeGeneration::Auto));
    form->addRow(tr("A&uthentication code:"), m_authenticationCodeGeneration);

    m_allowNoIdentifier = new QCheckBox(tr("Allow tokens &without identifier and pass code"), this);
    m_verificationRequired = new QCheckBox(tr("New tokens need &verification"), this);
    m_deactivate = new QCheckBox(tr("Set not effective w&hen the last association is removed"), this);
    m_otpLifetime = new QSpinBox(this);
    m_otpLifetime->setRange(1, 24 * 60);
    m_otpLifetime->setSuffix(tr(" min"));
    form->addRow(QString(), m_allowNoIdentifier);
    form->addRow(QString(), m_verificationRequired);
    form->addRow(tr("&OTP lifetime:"), m_otpLifetime);
    form->addRow(QString(), m_deactivate);
    // Made before the lifetime, the last check box would come before it in the Tab order.
    setTabOrder(m_verificationRequired, m_otpLifetime);
    setTabOrder(m_otpLifetime, m_deactivate);

    for (QComboBox* combo :
         { m_identifierGeneration, m_identifierFormat, m_passCodeGeneration, m_authenticationCodeGeneration })
        connect(combo, &QComboBox::currentIndexChanged, this, [this]() {
            updateEnabled();
            Q_EMIT edited();
        });
    for (QCheckBox* box : { m_allowNoIdentifier, m_verificationRequired, m_deactivate,
                            m_identifierRules.letters, m_identifierRules.digits, m_identifierRules.special,
                            m_passCodeRules.letters, m_passCodeRules.digits, m_passCodeRules.special })
        connect(box, &QCheckBox::toggled, this, &TokenRulesEditor::edited);
    for (QSpinBox* spin : { m_otpLifetime, m_identifierRules.minimumLength, m_passCodeRules.minimumLength })
        connect(spin, &QSpinBox::valueChanged, this, &TokenRulesEditor::edited);
    setRules(TokenRules());
}

TokenRulesEditor::CharacterWidgets TokenRulesEditor::addCharacterRules(QFormLayout* form, const QString& what,
                                                                       const QString& label)
{
    CharacterWidgets widgets;
    widgets.minimumLength = new QSpinBox(this);
    widgets.minimumLength->setRange(0, 255);
    widgets.minimumLength->setAccessibleName(tr("%1 minimum length").arg(what));
    widgets.letters = new QCheckBox(tr("letter"), this);
    widgets.digits = new QCheckBox(tr("digit"), this);
    widgets.special = new QCheckBox(tr("special character"), this);
    auto* row = new QHBoxLayout;
    row->addWidget(widgets.minimumLength);
    row->addWidget(widgets.letters);
    row->addWidget(widgets.digits);
    row->addWidget(widgets.special);
    row->addStretch();
    // The label's access key goes to the length; Tab goes on along the row.
    form->addRow(label, row);
    if (auto* rowLabel = qobject_cast<QLabel*>(form->labelForField(row)))
        rowLabel->setBuddy(widgets.minimumLength);
    return widgets;
}

void TokenRulesEditor::setCharacters(const CharacterWidgets& widgets, const CharacterRules& rules)
{
    widgets.minimumLength->setValue(rules.minimumLength);
    widgets.letters->setChecked(rules.letters);
    widgets.digits->setChecked(rules.digits);
    widgets.special->setChecked(rules.specialCharacters);
}

CharacterRules TokenRulesEditor::characters(const CharacterWidgets& widgets)
{
    CharacterRules rules;
    rules.minimumLength = widgets.minimumLength->value();
    rules.letters = widgets.letters->isChecked();
    rules.digits = widgets.digits->isChecked();
    rules.specialCharacters = widgets.special->isChecked();
    return rules;
}

void TokenRulesEditor::setRules(const TokenRules& rules)
{
    const QSignalBlocker block(this);
    auto select = [](QComboBox* combo, int value) {
        combo->setCurrentIndex(std::max(0, combo->findData(value)));
    };
    select(m_identifierGeneration, int(rules.identifierGeneration));
    select(m_identifierFormat, int(rules.identifierFormat));
    setCharacters(m_identifierRules, rules.identifierRules);
    select(m_passCodeGeneration, int(rules.passCodeGeneration));
    setCharacters(m_passCodeRules, rules.passCodeRules);
    select(m_authenticationCodeGeneration, int(rules.authenticationCodeGeneration));
    m_allowNoIdentifier->setChecked(rules.allowNoIdentifierAndPassCode);
    m_verificationRequired->setChecked(rules.verificationRequired);
    m_otpLifetime->setValue(rules.otpLifetimeMinutes);
    m_deactivate->setChecked(rules.deactivateWhenLastAssociationRemoved);
    updateEnabled();
}

TokenRules TokenRulesEditor::rules() const
{
    TokenRules rules;
    rules.identifierGeneration
        = TokenRules::IdentifierGeneration(m_identifierGeneration->currentData().toInt());
    rules.identifierFormat = TokenRules::IdentifierFormat(m_identifierFormat->currentData().toInt());
    rules.identifierRules = characters(m_identifierRules);
    rules.passCodeGeneration = TokenRules::CodeGeneration(m_passCodeGeneration->currentData().toInt());
    rules.passCodeRules = characters(m_passCodeRules);
    rules.authenticationCodeGeneration
        = TokenRules::CodeGeneration(m_authenticationCodeGeneration->currentData().toInt());
    rules.allowNoIdentifierAndPassCode = m_allowNoIdentifier->isChecked();
    rules.verificationRequired = m_verificationRequired->isChecked();
    rules.otpLifetimeMinutes = m_otpLifetime->value();
    rules.deactivateWhenLastAssociationRemoved = m_deactivate->isChecked();
    return rules;
}

void TokenRulesEditor::updateEnabled()
{
    // The format and character rules only apply to identifiers people type (spec §2).
    const bool typed
        = m_identifierGeneration->currentData().toInt() == int(TokenRules::IdentifierGeneration::None);
    m_identifierFormat->setEnabled(typed);
    for (QWidget* widget :
         { static_cast<QWidget*>(m_identifierRules.minimumLength),
           static_cast<QWidget*>(m_identifierRules.letters), static_cast<QWidget*>(m_identifierRules.digits),
           static_cast<QWidget*>(m_identifierRules.special) })
        widget->setEnabled(typed);
}
