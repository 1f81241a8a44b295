#pragma once

#include "TokenRules.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QSpinBox;

// Edits one set of the settings of spec §2: the definition's or a classification's.
class TokenRulesEditor : public QWidget
{
    Q_OBJECT

public:
    explicit TokenRulesEditor(QWidget* parent = nullptr);

    void setRules(const TokenRules& rules);
    TokenRules rules() const;

Q_SIGNALS:
    void edited();

private:
    struct CharacterWidgets
    {
        QSpinBox* minimumLength;
        QCheckBox* letters;
        QCheckBox* digits;
        QCheckBox* special;
    };

    // what names the rules for assistive tools, label heads their row.
    CharacterWidgets addCharacterRules(class QFormLayout* form, const QString& what, const QString& label);
    static void setCharacters(const CharacterWidgets& widgets, const CharacterRules& rules);
    static CharacterRules characters(const CharacterWidgets& widgets);
    void updateEnabled();

    QComboBox* m_identifierGeneration;
    QComboBox* m_identifierFormat;
    CharacterWidgets m_identifierRules;
    QComboBox* m_passCodeGeneration;
    CharacterWidgets m_passCodeRules;
    QComboBox* m_authenticationCodeGeneration;
    QCheckBox* m_allowNoIdentifier;
    QCheckBox* m_verificationRequired;
    QSpinBox* m_otpLifetime;
    QCheckBox* m_deactivate;
};
