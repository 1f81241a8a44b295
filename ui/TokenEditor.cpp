#include "TokenEditor.h"

#include "ActorText.h"
#include "AuditDetails.h"
#include "ConflictDialog.h"
#include "CustomFieldsModel.h"
#include "Icons.h"
#include "NumberValidator.h"
#include "Operation.h"
#include "OptionalDateEdit.h"
#include "OverflowToolTip.h"
#include "ReferenceBox.h"
#include "RevealAction.h"
#include "RuleHint.h"
#include "StateLabels.h"
#include "Tint.h"
#include "TokenService.h"
#include "TokenValidator.h"
#include "WhenFinished.h"

#include <QAction>
#include <QComboBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QStyle>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <algorithm>

namespace {
QLabel* hintLabel(QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

// "Created <when> by <whom>", leaving out "by" when the store does not know who (imports, demo data).
QString logLine(bool created, const QDateTime& when, const QString& user, const QString& unit)
{
    const QString time = QLocale().toString(when.toLocalTime(), QLocale::ShortFormat);
    const QString actor = ActorText::of(user, unit);
    if (actor.isEmpty())
        return created ? TokenEditor::tr("Created %1").arg(time) : TokenEditor::tr("Updated %1").arg(time);
    return created ? TokenEditor::tr("Created %1 by %2").arg(time, actor)
                   : TokenEditor::tr("Updated %1 by %2").arg(time, actor);
}
} // namespace

TokenEditor::TokenEditor(TokenService* service, QWidget* parent)
    : QWidget(parent)
    , m_service(service)
    , m_title(new QLabel(this))
    , m_validation(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_customFields(new CustomFieldsModel(this))
{
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_title->setObjectName(QStringLiteral("editorTitle"));

    // A framed, palette-derived warning so it reads on light and dark themes.
    m_validation->setWordWrap(true);
    m_validation->setFrameShape(QFrame::StyledPanel);
    m_validation->setAutoFillBackground(true);
    m_validation->setMargin(6);
    m_validation->setVisible(false);
    m_validation->setAccessibleName(tr("Validation problems"));

    // A tab's warning sign (a refused field on it) no taller than its title: the tabs keep
    // their height when it comes and goes.
    const int sign = fontMetrics().height();
    m_tabs->setIconSize(QSize(sign, sign));
    m_tabs->addTab(createGeneralTab(), tr("&General"));
    m_tabs->addTab(createUdfTab(), tr("&User-defined fields"));
    m_tabs->addTab(createCustomFieldsTab(), tr("Custo&m fields"));
    m_tabs->addTab(createHistoryTab(), tr("Histor&y"));
    // Every tab stays in sight in a narrow pane (German titles are long): shortened, not scrolled.
    m_tabs->setUsesScrollButtons(false);
    m_tabs->setElideMode(Qt::ElideRight);

    m_saveButton = new QPushButton(Icons::get(QStringLiteral("document-save")), tr("&Save"), this);
    m_revertButton = new QPushButton(Icons::get(QStringLiteral("edit-undo")), tr("&Revert"), this);
    m_saveButton->setObjectName(QStringLiteral("saveButton"));
    m_saveButton->setToolTip(tr("Save the changed fields (Ctrl+S)"));
    connect(m_saveButton, &QPushButton::clicked, this, &TokenEditor::save);
    connect(m_revertButton, &QPushButton::clicked, this, &TokenEditor::revert);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_revertButton);
    buttons->addWidget(m_saveButton);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_title);
    layout->addWidget(m_tabs, 1);
    // Below the fields, beside Save: coming and going as the person types, it takes room from
    // the tab's empty end instead of moving the field being typed in (and the next click's target).
    layout->addWidget(m_validation);
    layout->addLayout(buttons);

    connect(m_customFields, &CustomFieldsModel::fieldsEdited, this, &TokenEditor::updateState);
    connect(m_customFields, &CustomFieldsModel::nameRejected, this,
            [this](const QModelIndex& index, const QString& message) {
                Q_EMIT inputRefused(message);
                // The name goes back to the person to type again; later, once the refused editor
                // has closed, or the view would not open another.
                QPersistentModelIndex name(index);
                QTimer::singleShot(0, m_customFieldsView, [this, name]() {
                    if (!name.isValid())
                        return;
                    m_customFieldsView->setCurrentIndex(name);
                    m_customFieldsView->edit(name);
                });
            });
    clearToken();
}

QWidget* TokenEditor::createGeneralTab()
{
    auto* page = new QWidget;
    auto* form = new QFormLayout(page);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    m_identifier = new QLineEdit(page);
    m_identifierHint = hintLabel(page);
    m_passCode = new QLineEdit(page);
    m_passCode->setEchoMode(QLineEdit::Password);
    m_passCode->setAccessibleName(tr("Set new pass code"));
    new RevealAction(m_passCode);
    m_passCodeHint = hintLabel(page);
    m_authenticationCode = new QLineEdit(page);
    m_authenticationCode->setObjectName(QStringLiteral("authenticationCode"));
    m_cardMaskedNumber = new QLineEdit(page);
    m_cardMaskedNumber->setPlaceholderText(tr("e.g. 4111********1111"));
    m_classification = new QComboBox(page);
    m_account = new ReferenceBox(page);
    m_participant = new ReferenceBox(page);
    m_state = new QLabel(page);
    m_verified = new QLabel(page);
    m_id = new QLabel(page);
    m_id->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // Every id has the same width in a fixed-pitch font: in a proportional one the editor's
    // minimum width, and with it the split beside the table, moved from token to token.
    m_id->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));

    form->addRow(tr("&Identifier:"), m_identifier);
    form->addRow(QString(), m_identifierHint);
    form->addRow(tr("Set new &pass code:"), m_passCode);
    form->addRow(QString(), m_passCodeHint);
    form->addRow(tr("&Authentication code:"), m_authenticationCode);
    form->addRow(tr("Car&d number:"), m_cardMaskedNumber);
    form->addRow(tr("C&lassification:"), m_classification);
    form->addRow(tr("Acc&ount:"), m_account);
    form->addRow(tr("Participa&nt:"), m_participant);
    form->addRow(tr("State:"), m_state);
    form->addRow(tr("Verified:"), m_verified);
    form->addRow(tr("ID:"), m_id);

    for (QLineEdit* edit : { m_identifier, m_passCode, m_authenticationCode, m_cardMaskedNumber })
        connect(edit, &QLineEdit::textChanged, this, &TokenEditor::updateState);
    for (QLineEdit* edit : { m_identifier, m_authenticationCode, m_cardMaskedNumber })
        new OverflowToolTip(edit);
    connect(m_classification, &QComboBox::currentIndexChanged, this, &TokenEditor::updateState);
    for (ReferenceBox* box : { m_account, m_participant })
        connect(box, &ReferenceBox::numberChanged, this, &TokenEditor::updateState);
    return page;
}

QWidget* TokenEditor::createUdfTab()
{
    auto* scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* page = new QWidget;
    auto* form = new QFormLayout(page);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    for (int i = 0; i < AccessToken::udfStringCount; ++i) {
        m_udfStrings[i] = new QLineEdit(page);
        m_udfStrings[i]->setObjectName(QStringLiteral("udf_string_%1").arg(i + 1));
        new OverflowToolTip(m_udfStrings[i]);
        form->addRow(tr("Text &%1:").arg(i + 1), m_udfStrings[i]);
        connect(m_udfStrings[i], &QLineEdit::textChanged, this, &TokenEditor::updateState);
    }
    for (int i = 0; i < AccessToken::udfFloatCount; ++i) {
        m_udfFloats[i] = new QLineEdit(page);
        m_udfFloats[i]->setObjectName(QStringLiteral("udf_float_%1").arg(i + 1));
        // The person's locale decides the decimal separator; the store gets a double.
        m_udfFloats[i]->setValidator(new NumberValidator(m_udfFloats[i]));
        m_udfFloats[i]->setPlaceholderText(tr("Not set"));
        m_udfFloats[i]->setAlignment(Qt::AlignRight);
        form->addRow(tr("Number %1:").arg(i + 1), m_udfFloats[i]);
        connect(m_udfFloats[i], &QLineEdit::textChanged, this, &TokenEditor::updateState);
    }
    for (int i = 0; i < AccessToken::udfDateCount; ++i) {
        m_udfDates[i] = new OptionalDateEdit(page);
        m_udfDates[i]->setObjectName(QStringLiteral("udf_date_%1").arg(i + 1));
        form->addRow(tr("Date %1:").arg(i + 1), m_udfDates[i]);
        connect(m_udfDates[i], &QDateEdit::dateChanged, this, &TokenEditor::updateState);
    }
    scroll->setWidget(page);
    return scroll;
}

QWidget* TokenEditor::createCustomFieldsTab()
{
    auto* page = new QWidget;
    m_customFieldsView = new QTableView(page);
    m_customFieldsView->setModel(m_customFields);
    m_customFieldsView->horizontalHeader()->setStretchLastSection(true);
    m_customFieldsView->verticalHeader()->hide();
    m_customFieldsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    // Not on a current-cell change: the arrows opened every cell they passed, and the tab opened
    // its first name the moment it was shown.
    m_customFieldsView->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::SelectedClicked
                                        | QAbstractItemView::EditKeyPressed
                                        | QAbstractItemView::AnyKeyPressed);
    m_customFieldsView->setTabKeyNavigation(false);
    m_customFieldsView->setAccessibleName(tr("Custom fields"));
    auto* add = new QPushButton(Icons::get(QStringLiteral("list-add")), tr("&Add"), page);
    auto* remove = new QPushButton(Icons::get(QStringLiteral("list-remove")), tr("Rem&ove"), page);
    connect(add, &QPushButton::clicked, this, &TokenEditor::addCustomField);
    connect(remove, &QPushButton::clicked, this, &TokenEditor::removeCustomField);
    auto* buttons = new QVBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch();
    auto* layout = new QHBoxLayout(page);
    layout->addWidget(m_customFieldsView, 1);
    layout->addLayout(buttons);
    return page;
}

QWidget* TokenEditor::createHistoryTab()
{
    auto* page = new QWidget;
    m_logInformation = new QLabel(page);
    m_logInformation->setObjectName(QStringLiteral("logInformation"));
    m_logInformation->setTextFormat(Qt::PlainText);
    m_logInformation->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // A long user or unit name wraps rather than widening the editor.
    m_logInformation->setWordWrap(true);
    m_audit = new QTreeWidget(page);
    m_audit->setRootIsDecorated(false);
    // What happened and its details share one column: a fourth one at the editor's width was
    // left a few pixels wide, its text cut to "life_cyc…".
    m_audit->setHeaderLabels({ tr("When"), tr("User"), tr("Change") });
    m_audit->setAccessibleName(tr("Audit trail"));
    m_audit->header()->setStretchLastSection(true);
    // A sentence, wrapped to the editor's width: in the table's first column it was cut short.
    m_auditNote = new QLabel(page);
    m_auditNote->setTextFormat(Qt::PlainText);
    m_auditNote->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_auditNote->setWordWrap(true);
    m_auditNote->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_auditNote->hide();
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(m_logInformation);
    layout->addWidget(new QLabel(tr("Audit trail:"), page));
    layout->addWidget(m_audit, 1);
    layout->addWidget(m_auditNote, 1);
    return page;
}

void TokenEditor::setSettings(const TokenSettings& settings)
{
    m_settings = settings;
    fillReferenceCombos();
    updateState();
}

void TokenEditor::setDirectory(const QList<AccountsReceivable>& accounts,
                               const QList<RewardParticipant>& participants)
{
    m_accounts = accounts;
    m_participants = participants;
    // The choices change under what the person chose or typed, which stays.
    m_account->setChoices(accountChoices());
    m_participant->setChoices(participantChoices());
    updateState();
}

namespace {
void offerOwn(QList<ReferenceBox::Choice>& choices, const QString& number, const QString& name)
{
    if (std::none_of(choices.cbegin(), choices.cend(),
                     [&number](const ReferenceBox::Choice& choice) { return choice.number == number; }))
        choices.append({ number, name });
}
} // namespace

QList<ReferenceBox::Choice> TokenEditor::accountChoices() const
{
    QList<ReferenceBox::Choice> choices = ReferenceBox::choicesOf(m_accounts);
    // The token's own stays choosable even when the directory page does not list it.
    if (m_token && m_token->accountsReceivable)
        offerOwn(choices, m_token->accountsReceivable->number, m_token->accountsReceivable->name);
    return choices;
}

QList<ReferenceBox::Choice> TokenEditor::participantChoices() const
{
    QList<ReferenceBox::Choice> choices = ReferenceBox::choicesOf(m_participants);
    if (m_token && m_token->rewardParticipant)
        offerOwn(choices, m_token->rewardParticipant->number, QString());
    return choices;
}

void TokenEditor::fillReferenceCombos()
{
    const bool filling = std::exchange(m_filling, true);
    const AccessToken token = m_token.value_or(AccessToken());
    m_classification->clear();
    m_classification->addItem(tr("(none)"), QString());
    for (const Classification& classification : std::as_const(m_settings.classifications))
        m_classification->addItem(classification.name, classification.name);
    // The token's own classification stays choosable even when the settings do not list it.
    const QString classification = token.classification ? token.classification->name : QString();
    int index = m_classification->findData(classification);
    if (index < 0) {
        m_classification->addItem(classification, classification);
        index = m_classification->count() - 1;
    }
    m_classification->setCurrentIndex(index);

    // A store with no directory (CRM.COM) takes typed numbers, with the ones used to choose from.
    const bool typed = m_service && !m_service->capabilities().keepsDirectory;
    m_account->setTyped(typed, ReferenceBox::noAccountText());
    m_account->setChoices(accountChoices());
    m_account->setNumber(token.accountsReceivable ? token.accountsReceivable->number : QString());
    m_participant->setTyped(typed, ReferenceBox::noParticipantText());
    m_participant->setChoices(participantChoices());
    m_participant->setNumber(token.rewardParticipant ? token.rewardParticipant->number : QString());
    m_filling = filling;
}

void TokenEditor::loadToken(const AccessToken& token)
{
    m_token = token;
    m_deleted = false;
    fillWidgets();
    loadHistory();
}

void TokenEditor::clearToken()
{
    m_token.reset();
    m_deleted = false;
    ++m_loadGeneration;
    fillWidgets();
}

void TokenEditor::fillWidgets()
{
    m_filling = true;
    const AccessToken token = m_token.value_or(AccessToken());
    updateTitle();
    m_identifier->setText(token.identifier);
    m_passCode->clear();
    // A token without a pass code has none to keep: an identifier typed makes one required. With
    // no token, the field is blank as all the others are.
    if (!m_token)
        m_passCode->setPlaceholderText(QString());
    else
        m_passCode->setPlaceholderText(m_token->hasPassCode ? tr("Unchanged if left empty") : tr("None set"));
    m_authenticationCode->setText(token.authenticationCode);
    m_cardMaskedNumber->setText(token.cardMaskedNumber);
    fillReferenceCombos();
    if (m_token) {
        const QColor badge = StateLabels::badgeColor(token.lifeCycleState);
        m_state->setText(QStringLiteral("<span style=\"background-color:%1; color:white; font-weight:bold\">"
                                        "&nbsp;%2&nbsp;</span>")
                             .arg(badge.name(), StateLabels::label(token.lifeCycleState).toHtmlEscaped()));
    } else {
        m_state->clear();
    }
    // Blank with no token, as its state and id are: "Not verified" would be about no one.
    if (!m_token)
        m_verified->clear();
    else
        m_verified->setText(token.verifiedDate.isValid()
                                ? QLocale().toString(token.verifiedDate.toLocalTime(), QLocale::ShortFormat)
                                : tr("Not verified"));
    m_id->setText(token.id);
    for (int i = 0; i < AccessToken::udfStringCount; ++i)
        m_udfStrings[i]->setText(token.udfString[i]);
    for (int i = 0; i < AccessToken::udfFloatCount; ++i) {
        // The shortest text that reads back as the same double (never rounded, never 1E+20).
        m_shownFloats[i] = token.udfFloat[i] ? NumberValidator::numberLocale().toString(
                               *token.udfFloat[i], 'f', QLocale::FloatingPointShortest)
                                             : QString();
        m_udfFloats[i]->setText(m_shownFloats[i]);
    }

    for (int i = 0; i < AccessToken::udfDateCount; ++i)
        m_udfDates[i]->setOptionalDate(token.udfDate[i]);
    // A value longer than its field is read from its start, as the table shows it: setText()
    // leaves the cursor, and so the view, at its end.
    for (QLineEdit* edit : { m_identifier, m_authenticationCode, m_cardMaskedNumber })
        edit->setCursorPosition(0);
    for (QLineEdit* edit : m_udfStrings)
        edit->setCursorPosition(0);
    m_customFields->setFields(token.customFields);
    // Names are read whole ("preferred_language"), up to about 32 characters; the values have the
    // rest of the width. A column the person widened stays so.
    const int name = CustomFieldsModel::NameColumn;
    const int widened = m_customFieldsView->columnWidth(name);
    m_customFieldsView->resizeColumnToContents(name);
    m_customFieldsView->setColumnWidth(
        name,
        qMax(widened, qMin(m_customFieldsView->columnWidth(name), fontMetrics().averageCharWidth() * 32)));

    const LogInformation& log = token.logInformation;
    m_logInformation->setText(m_token ? logLine(true, log.createdDate, log.createdByUser, log.createdByUnit)
                                      + QLatin1Char('\n')
                                      + logLine(false, log.updatedDate, log.updatedByUser, log.updatedByUnit)
                                      : QString());
    m_audit->clear();
    m_tabs->setEnabled(m_token.has_value());
    m_filling = false;
    updateState();
}

void TokenEditor::loadHistory()
{
    if (!m_service || !m_token)
        return;
    const quint64 generation = ++m_loadGeneration;
    whenFinished(m_service->auditTrail(TokenRef::byId(m_token->id)), this,
                 [this, generation](Result<QList<AuditEntry>> result) {
                     if (generation == m_loadGeneration)
                         showHistory(result);
                 });
}

void TokenEditor::showHistory(const Result<QList<AuditEntry>>& result)
{
    m_audit->clear();
    m_audit->setVisible(result.ok());
    m_auditNote->setVisible(!result.ok());
    if (!result.ok()) {
        // A store that keeps none says so in its own words; nothing failed.
        m_auditNote->setText(result.error().code() == Error::Code::Unsupported
                                 ? result.error().message()
                                 : tr("The audit trail could not be read: %1").arg(result.error().message()));
        return;
    }
    for (const AuditEntry& entry : result.value()) {
        auto* item = new QTreeWidgetItem(m_audit);
        item->setText(0, QLocale().toString(entry.when.toLocalTime(), QLocale::ShortFormat));
        item->setText(1, ActorText::of(entry.user, entry.unit));
        // The operation on the first line, then one changed field a line, so a change shows whole
        // instead of ending in "…" (the keyboard has no way to the tooltip).
        const QStringList lines
            = QStringList { Operations::historyTitle(entry.operation) } + AuditDetails::lines(entry.details);
        item->setText(2, lines.join(QLatin1Char('\n')));
        item->setToolTip(2, item->text(2));
        // Level with the first of the change's lines.
        for (int column = 0; column < 3; ++column)
            item->setTextAlignment(column, Qt::AlignLeft | Qt::AlignTop);
    }
    for (int column = 0; column < 2; ++column)
        m_audit->resizeColumnToContents(column);
}

QString TokenEditor::auditNote() const
{
    return m_auditNote->isHidden() ? QString() : m_auditNote->text();
}

QString TokenEditor::selectedClassification() const
{
    return m_classification->currentData().toString();
}

bool TokenEditor::floatEdited(int index) const
{
    return m_udfFloats[index]->text() != m_shownFloats[index];
}

bool TokenEditor::unreadableNumber(int index) const
{
    bool ok = false;
    parsedFloat(index, &ok);
    return !ok && floatEdited(index);
}

std::optional<double> TokenEditor::parsedFloat(int index, bool* ok) const
{
    const QString text = NumberValidator::withoutDirectionMarks(m_udfFloats[index]->text().trimmed());
    *ok = true;
    if (text.isEmpty())
        return std::nullopt;
    const double value = NumberValidator::numberLocale().toDouble(text, ok);
    if (!*ok)
        return std::nullopt;
    return value;
}

TokenPatch TokenEditor::patch() const
{
    TokenPatch patch;
    if (!m_token)
        return patch;
    const AccessToken& token = *m_token;
    auto text = [](PatchValue<QString>& field, const QString& now, const QString& was) {
        if (now == was)
            return;
        field = now.isEmpty() ? PatchValue<QString>::null() : PatchValue<QString>(now);
    };
    text(patch.identifier, m_identifier->text().trimmed(), token.identifier);
    if (!m_passCode->text().isEmpty())
        patch.passCode = m_passCode->text();
    text(patch.authenticationCode, m_authenticationCode->text().trimmed(), token.authenticationCode);
    text(patch.cardMaskedNumber, m_cardMaskedNumber->text().trimmed(), token.cardMaskedNumber);
    text(patch.classification, selectedClassification(),
         token.classification ? token.classification->name : QString());
    text(patch.accountsReceivable, m_account->number(),
         token.accountsReceivable ? token.accountsReceivable->number : QString());
    text(patch.rewardParticipant, m_participant->number(),
         token.rewardParticipant ? token.rewardParticipant->number : QString());
    for (int i = 0; i < AccessToken::udfStringCount; ++i)
        text(patch.udfString[i], m_udfStrings[i]->text(), token.udfString[i]);
    for (int i = 0; i < AccessToken::udfFloatCount; ++i) {
        // Text as it was shown is no edit, whatever it reads back as.
        if (!floatEdited(i))
            continue;
        bool ok = false;
        const std::optional<double> value = parsedFloat(i, &ok);
        if (!ok || value == token.udfFloat[i])
            continue;
        patch.udfFloat[i] = value ? PatchValue<double>(*value) : PatchValue<double>::null();
    }
    for (int i = 0; i < AccessToken::udfDateCount; ++i) {
        const QDate date = m_udfDates[i]->optionalDate();
        if (date == token.udfDate[i])
            continue;
        patch.udfDate[i] = date.isValid() ? PatchValue<QDate>(date) : PatchValue<QDate>::null();
    }
    patch.customFieldSet = m_customFields->changes(token.customFields);
    patch.expectedVersion = token.version;
    return patch;
}

bool TokenEditor::isModified() const
{
    if (!m_token)
        return false;
    // A number that cannot be read is no change patch() could send, but it is an edit all the
    // same: Revert undoes it, and leaving the token asks before it is lost.
    for (int i = 0; i < AccessToken::udfFloatCount; ++i) {
        if (unreadableNumber(i))
            return true;
    }
    return !patch().isEmpty();
}

QList<Error::Violation> TokenEditor::violations() const
{
    if (!m_token)
        return {};
    const TokenPatch edits = patch();
    QList<Error::Violation> violations;
    for (int i = 0; i < AccessToken::udfFloatCount; ++i) {
        if (unreadableNumber(i))
            violations.append({ QStringLiteral("udf_float_%1").arg(i + 1),
                                tr("Number %1 is not a number in your locale (e.g. %2)")
                                    .arg(i + 1)
                                    .arg(NumberValidator::numberLocale().toString(1234.5)) });
    }
    if (edits.isEmpty())
        return violations;
    AccessToken after = *m_token;
    edits.applyTo(after);
    after.hasPassCode = m_token->hasPassCode || edits.passCode.isSet();
    const TokenRules& rules = m_settings.rulesFor(selectedClassification());
    violations += TokenValidator::validate(after, edits, rules, TokenValidator::Mode::Update);
    return violations;
}

QString TokenEditor::validationText() const
{
    return m_validation->isVisible() ? m_validation->text() : QString();
}

void TokenEditor::updateState()
{
    if (m_filling)
        return;
    const TokenRules& rules = m_settings.rulesFor(selectedClassification());
    m_passCodeHint->setText(RuleHint::passCode(rules));
    m_identifierHint->setText(RuleHint::identifier(rules));

    const QList<Error::Violation> problems = violations();
    QStringList lines;
    for (const Error::Violation& violation : problems)
        lines.append(violation.message);
    m_validation->setText(lines.join(QLatin1Char('\n')));
    m_validation->setVisible(!lines.isEmpty());
    // From the editor's palette, not the box's own, which holds the tint of the last call.
    QPalette tinted = palette();
    tinted.setColor(QPalette::Window, Tint::warning(tinted.color(QPalette::Window)));
    m_validation->setPalette(tinted);
    markRefusedInputs(problems);

    const bool modified = isModified();
    // Pressable with problems too, as the window's Save is: pressed, it goes to the first one.
    m_saveButton->setEnabled(modified && !m_saving && !m_deleted);
    m_revertButton->setEnabled(modified && !m_saving);
    if (modified != m_wasModified) {
        m_wasModified = modified;
        Q_EMIT modifiedChanged(modified);
    }
}

void TokenEditor::markRefusedInputs(const QList<Error::Violation>& problems)
{
    // Tinted as the list of problems is, so the eye finds each field the list names on its tab.
    for (QWidget* input : std::as_const(m_refusedInputs))
        input->setPalette(QPalette());
    m_refusedInputs.clear();
    for (const Error::Violation& violation : problems) {
        QWidget* input = inputOf(violation.field);
        if (!input || m_refusedInputs.contains(input))
            continue;
        QPalette tinted = input->palette();
        tinted.setColor(QPalette::Base, Tint::warning(tinted.color(QPalette::Base)));
        tinted.setColor(QPalette::Button, Tint::warning(tinted.color(QPalette::Button)));
        input->setPalette(tinted);
        m_refusedInputs.append(input);
    }
    // A refused field on a tab not on show is flagged on the tab's title.
    const QIcon warning = style()->standardIcon(QStyle::SP_MessageBoxWarning);
    for (int tab = 0; tab < m_tabs->count(); ++tab)
        m_tabs->setTabIcon(tab, QIcon());
    for (QWidget* input : std::as_const(m_refusedInputs))
        m_tabs->setTabIcon(tabOf(input), warning);
}

int TokenEditor::tabOf(QWidget* input) const
{
    for (int tab = 0; tab < m_tabs->count(); ++tab) {
        if (m_tabs->widget(tab)->isAncestorOf(input))
            return tab;
    }
    return -1;
}

QWidget* TokenEditor::inputOf(const QString& field) const
{
    static const QRegularExpression udf(QStringLiteral("^udf_(string|float|date)_(\\d+)$"));
    if (const QRegularExpressionMatch match = udf.match(field); match.hasMatch()) {
        const int i = match.captured(2).toInt() - 1;
        const QString kind = match.captured(1);
        if (kind == QLatin1String("string") && i >= 0 && i < AccessToken::udfStringCount)
            return m_udfStrings.at(i);
        if (kind == QLatin1String("float") && i >= 0 && i < AccessToken::udfFloatCount)
            return m_udfFloats.at(i);
        if (kind == QLatin1String("date") && i >= 0 && i < AccessToken::udfDateCount)
            return m_udfDates.at(i);
        return nullptr;
    }
    const QHash<QString, QWidget*> inputs = {
        { QStringLiteral("identifier"), m_identifier },
        { QStringLiteral("pass_code"), m_passCode },
        { QStringLiteral("authentication_code"), m_authenticationCode },
        { QStringLiteral("card_masked_number"), m_cardMaskedNumber },
        { QStringLiteral("classification"), m_classification },
        { QStringLiteral("accounts_receivable"), m_account },
        { QStringLiteral("reward_participant"), m_participant },
        { QStringLiteral("custom_fields"), m_customFieldsView },
    };
    return inputs.value(field);
}

void TokenEditor::focusField(const QString& field)
{
    QWidget* input = inputOf(field);
    if (!input)
        return;
    if (const int tab = tabOf(input); tab >= 0)
        m_tabs->setCurrentIndex(tab);
    for (QWidget* parent = input->parentWidget(); parent; parent = parent->parentWidget()) {
        if (auto* scroll = qobject_cast<QScrollArea*>(parent))
            scroll->ensureWidgetVisible(input);
    }
    input->setFocus(Qt::OtherFocusReason);
    if (auto* edit = qobject_cast<QLineEdit*>(input))
        edit->selectAll();
    else if (auto* box = qobject_cast<QComboBox*>(input); box && box->lineEdit())
        box->lineEdit()->selectAll();
}

void TokenEditor::enter()
{
    QWidget* page = m_tabs->currentWidget();
    for (QWidget* next = page->nextInFocusChain(); next && next != page; next = next->nextInFocusChain()) {
        if (page->isAncestorOf(next) && next->isEnabled() && next->isVisibleTo(page)
            && (next->focusPolicy() & Qt::TabFocus)) {
            next->setFocus(Qt::TabFocusReason);
            return;
        }
    }
}

void TokenEditor::markDeleted()
{
    if (!m_token || m_deleted)
        return;
    m_deleted = true;
    updateTitle();
    updateState();
}

void TokenEditor::updateTitle()
{
    if (!m_token)
        m_title->setText(tr("No token selected"));
    else if (m_deleted)
        m_title->setText(tr("Token %1 (deleted by someone else)").arg(m_token->number));
    else
        m_title->setText(tr("Token %1").arg(m_token->number));
    m_revertButton->setToolTip(m_deleted ? tr("Discard the edits of this deleted token")
                                         : tr("Discard the edits and show the token as it is stored"));
}

void TokenEditor::save()
{
    if (!m_token || m_saving || !isModified())
        return;
    if (m_deleted) {
        Q_EMIT saveFailed(tr("Token %1 was not saved: someone else deleted it.").arg(m_token->number));
        return;
    }
    const QList<Error::Violation> problems = violations();
    if (!problems.isEmpty()) {
        Q_EMIT saveRefused(tr("Token %1 was not saved: %2").arg(m_token->number, problems.first().message));
        focusField(problems.first().field);
        return;
    }
    sendUpdate(patch());
}

void TokenEditor::sendUpdate(TokenPatch edits)
{
    if (!m_service || !m_token)
        return;
    m_saving = true;
    updateState();
    const QString number = m_token->number;
    whenFinished(
        m_service->update(TokenRef::byId(m_token->id), edits), this,
        [this, edits, number](Result<AccessToken> result) {
            m_saving = false;
            if (result.ok()) {
                loadToken(result.value());
                Q_EMIT statusMessage(tr("Token %1 saved").arg(number));
                Q_EMIT saved(result.value());
                return;
            }
            updateState();
            if (result.error().code() == Error::Code::Conflict) {
                resolveConflict(edits);
                return;
            }
            if (result.error().code() == Error::Code::Cancelled) {
                Q_EMIT saveCancelled(tr("Saving token %1 was cancelled before the store answered; "
                                        "your changes are still in the editor")
                                         .arg(number));
                return;
            }
            if (result.error().code() == Error::Code::Network) {
                // Not "was not saved": the connection may have dropped after the store took the
                // change, and the store's message says which.
                Q_EMIT saveFailed(tr("Saving token %1 failed: %2. Your edits are still in the editor; "
                                     "saving again shows whether they went through.")
                                      .arg(number, result.error().message()));
                return;
            }
            // Not found, unless it is the account, participant or classification the token was to
            // be given: the token itself (stores name the token's id or code as the field).
            static const QStringList references { QStringLiteral("accounts_receivable"),
                                                  QStringLiteral("reward_participant"),
                                                  QStringLiteral("classification") };
            if (result.error().code() == Error::Code::NotFound
                && !references.contains(result.error().field())) {
                Q_EMIT saveFailed(tr("Token %1 was not saved: someone else deleted it.").arg(number));
                return;
            }
            Q_EMIT saveFailed(tr("Token %1 was not saved: %2").arg(number, result.error().message()));
            const QList<Error::Violation>& refused = result.error().violations();
            focusField(refused.isEmpty() ? result.error().field() : refused.first().field);
        });
}

void TokenEditor::resolveConflict(const TokenPatch& edits)
{
    whenFinished(
        m_service->show(TokenRef::byId(m_token->id)), this, [this, edits](Result<AccessToken> theirs) {
            if (!theirs.ok()) {
                Q_EMIT saveFailed(tr("Token %1 was changed or deleted by someone else: %2")
                                      .arg(m_token ? m_token->number : QString(), theirs.error().message()));
                return;
            }
            auto* dialog = new ConflictDialog(edits, *m_token, theirs.value(), this);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            const AccessToken current = theirs.value();
            connect(dialog, &QDialog::finished, this, [this, edits, current](int choice) {
                if (choice == ConflictDialog::Overwrite) {
                    TokenPatch again = edits;
                    again.expectedVersion = current.version;
                    sendUpdate(again);
                } else if (choice == ConflictDialog::Reload) {
                    loadToken(current);
                    Q_EMIT statusMessage(
                        tr("Token %1 reloaded; your edits were discarded").arg(current.number));
                    Q_EMIT saveDiscarded();
                } else {
                    Q_EMIT saveCancelled(tr("Token %1 was not saved: someone else changed it. Your edits "
                                            "are still in the editor; Save again to compare them.")
                                             .arg(current.number));
                }
            });
            dialog->open();
        });
}

void TokenEditor::revert()
{
    if (m_deleted) {
        clearToken();
        Q_EMIT deletedTokenDropped();
    } else if (m_token) {
        fillWidgets();
    }
}

void TokenEditor::addCustomField()
{
    const int row = m_customFields->addField();
    const QModelIndex index = m_customFields->index(row, CustomFieldsModel::NameColumn);
    m_customFieldsView->setCurrentIndex(index);
    m_customFieldsView->edit(index);
}

void TokenEditor::removeCustomField()
{
    const QModelIndex current = m_customFieldsView->currentIndex();
    if (current.isValid())
        m_customFields->removeRows(current.row(), 1);
}
