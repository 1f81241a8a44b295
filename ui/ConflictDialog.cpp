#include "ConflictDialog.h"

#include "StateLabels.h"
#include "TokenField.h"
#include "TokenTableModel.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {
QString patchText(const TokenPatch& patch, const QString& field)
{
    auto show = [](const auto& value, auto format) -> QString {
        if (value.isNull())
            return ConflictDialog::tr("(cleared)");
        return format(value.value());
    };
    const auto text = [](const QString& s) {
        return s;
    };
    const std::optional<TokenField> f = TokenFields::find(field);
    if (field == QLatin1String("identifier"))
        return show(patch.identifier, text);
    if (field == QLatin1String("pass_code"))
        return ConflictDialog::tr("(new pass code)");
    if (field == QLatin1String("authentication_code"))
        return show(patch.authenticationCode, text);
    if (field == QLatin1String("card_masked_number"))
        return show(patch.cardMaskedNumber, text);
    if (field == QLatin1String("classification"))
        return show(patch.classification, text);
    if (field == QLatin1String("accounts_receivable"))
        return show(patch.accountsReceivable, text);
    if (field == QLatin1String("reward_participant"))
        return show(patch.rewardParticipant, text);
    if (f && f->isUdf() && f->kind == TokenField::Kind::Text)
        return show(patch.udfString[f->udfIndex], text);
    if (f && f->isUdf() && f->kind == TokenField::Kind::Float)
        return show(patch.udfFloat[f->udfIndex], [](double d) { return QLocale().toString(d); });
    if (f && f->isUdf() && f->kind == TokenField::Kind::Date)
        return show(patch.udfDate[f->udfIndex],
                    [](const QDate& d) { return QLocale().toString(d, QLocale::ShortFormat); });
    return QString();
}

QString storeText(const AccessToken& token, const QString& field)
{
    if (field == QLatin1String("pass_code"))
        return token.hasPassCode ? ConflictDialog::tr("(set)") : ConflictDialog::tr("(not set)");
    if (field == QLatin1String("life_cycle_state"))
        return StateLabels::label(token.lifeCycleState);
    const QVariant value = TokenFields::value(token, field);
    if (!value.isValid())
        return ConflictDialog::tr("(not set)");
    if (value.typeId() == QMetaType::Double)
        return QLocale().toString(value.toDouble());
    if (value.typeId() == QMetaType::QDate)
        return QLocale().toString(value.toDate(), QLocale::ShortFormat);
    return value.toString();
}
} // namespace

ConflictDialog::ConflictDialog(const TokenPatch& mine, const AccessToken& opened, const AccessToken& theirs,
                               QWidget* parent)
    : QDialog(parent)
    , m_fields(new QTreeWidget(this))
{
    setWindowTitle(tr("Token changed by someone else"));
    auto* text = new QLabel(tr("Token %1 was changed by someone else after you opened it.\n"
                               "Overwrite saves your values and keeps their other changes. Reload "
                               "shows their version and drops your edits. Cancel keeps your edits, "
                               "unsaved.")
                                .arg(theirs.number),
                            this);
    text->setWordWrap(true);

    m_fields->setRootIsDecorated(false);
    m_fields->setHeaderLabels({ tr("Field"), tr("When you opened it"), tr("Yours"), tr("Now in the store") });
    const QStringList edited = mine.fieldNames();
    for (const QString& field : edited) {
        if (field != QLatin1String("custom_fields"))
            addRow(TokenTableModel::columnTitle(field), storeText(opened, field), patchText(mine, field),
                   storeText(theirs, field));
    }
    // What they changed and the person did not: it stays whichever way the person chooses, but
    // they should know before choosing.
    for (const TokenField& field : TokenFields::all()) {
        if ((!field.editable && field.kind != TokenField::Kind::State)
            || field.kind == TokenField::Kind::Secret || edited.contains(field.wireName))
            continue;
        const QString before = storeText(opened, field.wireName);
        const QString now = storeText(theirs, field.wireName);
        if (before != now)
            addRow(TokenTableModel::columnTitle(field.wireName), before, tr("(not edited)"), now);
    }
    QStringList names = opened.customFields.keys() + theirs.customFields.keys() + mine.customFieldSet.keys();
    names.sort();
    names.removeDuplicates();
    for (const QString& name : std::as_const(names)) {
        const QString before = opened.customFields.value(name, tr("(not set)"));
        const QString now = theirs.customFields.value(name, tr("(not set)"));
        const auto set = mine.customFieldSet.constFind(name);
        const bool mineEdited = set != mine.customFieldSet.cend();
        if (!mineEdited && before == now)
            continue;
        const QString yours = !mineEdited ? tr("(not edited)") : (set->isEmpty() ? tr("(removed)") : *set);
        addRow(tr("Custom field %1").arg(name), before, yours, now);
    }
    m_fields->header()->setSectionResizeMode(QHeaderView::ResizeToContents);

    auto* buttons = new QDialogButtonBox(this);
    QPushButton* overwriteButton = buttons->addButton(tr("&Overwrite"), QDialogButtonBox::AcceptRole);
    QPushButton* reloadButton = buttons->addButton(tr("&Reload"), QDialogButtonBox::DestructiveRole);
    QPushButton* cancelButton = buttons->addButton(QDialogButtonBox::Cancel);
    // Return, Escape and closing the window all keep the edits: either other choice loses
    // someone's values.
    cancelButton->setDefault(true);
    connect(reloadButton, &QPushButton::clicked, this, &ConflictDialog::reload);
    connect(overwriteButton, &QPushButton::clicked, this, &ConflictDialog::overwrite);
    connect(cancelButton, &QPushButton::clicked, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(text);
    layout->addWidget(m_fields);
    layout->addWidget(buttons);
    resize(680, 320);
}

void ConflictDialog::addRow(const QString& field, const QString& opened, const QString& mine,
                            const QString& theirs)
{
    new QTreeWidgetItem(m_fields, { field, opened, mine, theirs });
}

QList<QStringList> ConflictDialog::rows() const
{
    QList<QStringList> rows;
    for (int i = 0; i < m_fields->topLevelItemCount(); ++i) {
        const QTreeWidgetItem* item = m_fields->topLevelItem(i);
        rows.append({ item->text(0), item->text(1), item->text(2), item->text(3) });
    }
    return rows;
}

void ConflictDialog::reload()
{
    done(Reload);
}

void ConflictDialog::overwrite()
{
    done(Overwrite);
}
