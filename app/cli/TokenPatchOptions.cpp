#include "TokenPatchOptions.h"

#include "TokenField.h"

namespace {
struct FieldOption
{
    const char* option;
    const char* wireName;
};

// Options named after the wire field they set.
constexpr FieldOption fieldOptions[] = {
    { "identifier", "identifier" },
    { "pass-code", "pass_code" },
    { "authentication-code", "authentication_code" },
    { "card-masked-number", "card_masked_number" },
    { "classification", "classification" },
    { "account", "accounts_receivable" },
    { "participant", "reward_participant" },
};
} // namespace

TokenPatchOptions::TokenPatchOptions(Purpose purpose)
    : m_purpose(purpose)
{
}

QList<QCommandLineOption> TokenPatchOptions::options() const
{
    QList<QCommandLineOption> options = {
        { QStringLiteral("identifier"), tr("User name, e-mail, phone or number; unique."), tr("TEXT") },
        { QStringLiteral("pass-code"), tr("The pass code (stored as a hash only)."), tr("CODE") },
        { QStringLiteral("authentication-code"), tr("The authentication code; unique."), tr("CODE") },
        { QStringLiteral("card-masked-number"), tr("The masked card number, e.g. 4111********1111."),
          tr("TEXT") },
        { QStringLiteral("classification"), tr("Classification name or id; empty clears it."), tr("NAME") },
        { QStringLiteral("account"), tr("Accounts receivable number; empty removes it."), tr("NUMBER") },
        { QStringLiteral("participant"), tr("Reward participant number; empty removes it."), tr("NUMBER") },
        { QStringLiteral("udf"),
          tr("A user-defined field by wire name, e.g. udf_float_2=3.5; =null clears it. Repeatable."),
          tr("NAME=VALUE") },
        { QStringLiteral("custom"), tr("A custom field; NAME= removes it. Repeatable."), tr("NAME=VALUE") },
    };
    if (m_purpose == Purpose::Update)
        options.append({ QStringLiteral("expect-version"),
                         tr("Refuse with CONFLICT unless the token is still at version N."), tr("N") });
    return options;
}

Result<TokenPatch> TokenPatchOptions::patch(const QCommandLineParser& arguments) const
{
    TokenPatch patch;
    for (const FieldOption& field : fieldOptions) {
        const QString option = QLatin1String(field.option);
        if (!arguments.isSet(option))
            continue;
        const Result<void> set = patch.setText(QLatin1String(field.wireName), arguments.value(option));
        if (!set)
            return set.error();
    }
    for (const QString& assignment : arguments.values(QStringLiteral("udf"))) {
        const Result<void> added = addUdf(patch, assignment);
        if (!added)
            return added.error();
    }
    for (const QString& assignment : arguments.values(QStringLiteral("custom"))) {
        const Result<void> added = addCustomField(patch, assignment);
        if (!added)
            return added.error();
    }
    if (m_purpose == Purpose::Update && arguments.isSet(QStringLiteral("expect-version"))) {
        bool ok = false;
        const qint64 version = arguments.value(QStringLiteral("expect-version")).toLongLong(&ok);
        if (!ok || version < 0)
            return Error(Error::Code::Usage,
                         tr("--expect-version needs a version number, not \"%1\"")
                             .arg(arguments.value(QStringLiteral("expect-version"))),
                         QStringLiteral("version"));
        patch.expectedVersion = version;
    }
    return patch;
}

Result<void> TokenPatchOptions::addUdf(TokenPatch& patch, const QString& assignment) const
{
    const qsizetype equals = assignment.indexOf(QLatin1Char('='));
    const QString name = assignment.left(equals).trimmed();
    const std::optional<TokenField> field = TokenFields::find(name);
    if (equals < 0 || !field || !field->isUdf())
        return Error(Error::Code::Usage,
                     tr("--udf needs NAME=VALUE with NAME one of udf_string_1..%1, udf_float_1..%2, "
                        "udf_date_1..%3, not \"%4\"")
                         .arg(AccessToken::udfStringCount)
                         .arg(AccessToken::udfFloatCount)
                         .arg(AccessToken::udfDateCount)
                         .arg(assignment),
                     QStringLiteral("udf"));
    const QString value = assignment.mid(equals + 1);
    if (value == QLatin1String("null"))
        return patch.setNull(name);
    return patch.setText(name, value);
}

Result<void> TokenPatchOptions::addCustomField(TokenPatch& patch, const QString& assignment) const
{
    const qsizetype equals = assignment.indexOf(QLatin1Char('='));
    if (equals <= 0)
        return Error(Error::Code::Usage, tr("--custom needs NAME=VALUE, not \"%1\"").arg(assignment),
                     QStringLiteral("custom_fields"));
    patch.customFieldSet.insert(assignment.left(equals).trimmed(), assignment.mid(equals + 1));
    return {};
}
