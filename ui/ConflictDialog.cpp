#include "ConflictDialog.h"

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

ConflictDialog::ConflictDialog(const TokenPatch& mine, const AccessToken& theirs, QWidget* parent)
    : QDialog(parent)
    , m_fields(new QTreeWidget(this))
{
    setWindowTitle(tr("Token changed by someone else"));
    auto* text = new QLabel(tr("Token %1 was changed by someone else after you opened it. "
                               "Reload it to see their version (your edits are lost), or overwrite "
                               "it with your values.")
                                .arg(theirs.number),
                            this);
    text->setWordWrap(true);

    m_fields->setRootIsDecorated(false);
    m_fields->setHeaderLabels({ tr("Field"), tr("Your value"), tr("Value in the store") });
    for (const QString& field : mine.fieldNames()) {
        if (field == QLatin1String("custom_fields"))
            continue;
        auto* item = new QTreeWidgetItem(m_fields);
        item->setText(0, TokenTableModel::columnTitle(field));
        item->setText(1, patchText(mine, field));
        item->setText(2, storeText(theirs, field));
    }
    for (auto it = mine.customFieldSet.cbegin(); it != mine.customFieldSet.cend(); ++it) {
        auto* item = new QTreeWidgetItem(m_fields);
        item->setText(0, tr("Custom field %1").arg(it.key()));
        item->setText(1, it.value().isEmpty() ? tr("(removed)") : it.value());
        item->setText(2, theirs.customFields.value(it.key(), tr("(not set)")));
    }
    m_fields->header()->setSectionResizeMode(QHeaderView::ResizeToContents);

    auto* buttons = new QDialogButtonBox(this);
    QPushButton* reloadButton = buttons->addButton(tr("&Reload"), QDialogButtonBox::RejectRole);
    QPushButton* overwriteButton = buttons->addButton(tr("&Overwrite"), QDialogButtonBox::AcceptRole);
    reloadButton->setDefault(true);
    connect(reloadButton, &QPushButton::clicked, this, &ConflictDialog::reload);
    connect(overwriteButton, &QPushButton::clicked, this, &ConflictDialog::overwrite);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(text);
    layout->addWidget(m_fields);
    layout->addWidget(buttons);
    resize(560, 300);
}

QList<QStringList> ConflictDialog::rows() const
{
    QList<QStringList> rows;
    for (int i = 0; i < m_fields->topLevelItemCount(); ++i) {
        const QTreeWidgetItem* item = m_fields->topLevelItem(i);
        rows.append({ item->text(0), item->text(1), item->text(2) });
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
