#include "ColumnMapping.h"

#include "CsvReader.h"
#include "CsvWriter.h"
#include "TokenField.h"
#include "TokenValidator.h"

#include <QBuffer>
#include <QHash>
#include <QSettings>
#include <algorithm>

namespace {
const QString customPrefix = QStringLiteral("custom:");

const QHash<QString, QString>& aliases()
{
    static const QHash<QString, QString> table = {
        { QStringLiteral("email"), QStringLiteral("identifier") },
        { QStringLiteral("e_mail"), QStringLiteral("identifier") },
        { QStringLiteral("mail"), QStringLiteral("identifier") },
        { QStringLiteral("username"), QStringLiteral("identifier") },
        { QStringLiteral("user_name"), QStringLiteral("identifier") },
        { QStringLiteral("login"), QStringLiteral("identifier") },
        { QStringLiteral("pin"), QStringLiteral("pass_code") },
        { QStringLiteral("password"), QStringLiteral("pass_code") },
        { QStringLiteral("passcode"), QStringLiteral("pass_code") },
        { QStringLiteral("auth_code"), QStringLiteral("authentication_code") },
        { QStringLiteral("authcode"), QStringLiteral("authentication_code") },
        // A token's code is its authentication code; a pass code goes by PIN or password.
        { QStringLiteral("code"), QStringLiteral("authentication_code") },
        { QStringLiteral("card"), QStringLiteral("card_masked_number") },
        { QStringLiteral("card_number"), QStringLiteral("card_masked_number") },
        { QStringLiteral("masked_card_number"), QStringLiteral("card_masked_number") },
        { QStringLiteral("state"), QStringLiteral("life_cycle_state") },
        { QStringLiteral("status"), QStringLiteral("life_cycle_state") },
        { QStringLiteral("lifecycle_state"), QStringLiteral("life_cycle_state") },
        { QStringLiteral("account"), QStringLiteral("accounts_receivable") },
        { QStringLiteral("account_number"), QStringLiteral("accounts_receivable") },
        { QStringLiteral("accounts_receivable_number"), QStringLiteral("accounts_receivable") },
        { QStringLiteral("participant"), QStringLiteral("reward_participant") },
        { QStringLiteral("participant_number"), QStringLiteral("reward_participant") },
        { QStringLiteral("rewards_participant"), QStringLiteral("reward_participant") },
        { QStringLiteral("class"), QStringLiteral("classification") },
    };
    return table;
}
} // namespace

ColumnMapping::ColumnMapping(QStringList targets)
    : m_targets(std::move(targets))
{
}

QString ColumnMapping::normalise(const QString& text)
{
    QString key;
    key.reserve(text.size());
    bool separator = false;
    for (const QChar c : text.trimmed()) {
        if (c.isLetterOrNumber()) {
            if (separator && !key.isEmpty())
                key.append(QLatin1Char('_'));
            separator = false;
            key.append(c.toLower());
        } else {
            separator = true;
        }
    }
    return key;
}

QStringList ColumnMapping::importableFields()
{
    QStringList fields;
    for (const TokenField& field : TokenFields::all()) {
        if (field.editable || field.wireName == QLatin1String("life_cycle_state"))
            fields.append(field.wireName);
    }
    return fields;
}

QString ColumnMapping::guessTarget(const QString& headerCell)
{
    const QString trimmed = headerCell.trimmed();
    if (trimmed.startsWith(customPrefix, Qt::CaseInsensitive)) {
        const QString name = trimmed.mid(customPrefix.size()).trimmed();
        return TokenValidator::validateCustomFieldName(name).isEmpty() ? customPrefix + name : QString();
    }
    const QString key = normalise(trimmed);
    if (key.startsWith(QLatin1String("custom_")) && key.size() > 7) {
        const QString name = trimmed.mid(7).trimmed();
        return TokenValidator::validateCustomFieldName(name).isEmpty() ? customPrefix + name : QString();
    }
    if (importableFields().contains(key))
        return key;
    if (const QString alias = aliases().value(key); !alias.isEmpty())
        return alias;
    // A file made by hand in this language names its columns as the table does ("Kartennummer").
    for (const QString& field : importableFields()) {
        if (normalise(TokenFields::title(field)) == key)
            return field;
    }
    return QString();
}

bool ColumnMapping::namesAField(const QStringList& cells)
{
    return std::any_of(cells.cbegin(), cells.cend(),
                       [](const QString& cell) { return !guessTarget(cell).isEmpty(); });
}

ColumnMapping ColumnMapping::guess(const QStringList& header)
{
    QStringList targets;
    for (const QString& cell : header) {
        const QString target = guessTarget(cell);
        targets.append(targets.contains(target) ? QString() : target);
    }
    return ColumnMapping(targets);
}

Result<QString> ColumnMapping::parseTarget(const QString& text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty() || trimmed.compare(QLatin1String("ignore"), Qt::CaseInsensitive) == 0
        || trimmed == QLatin1String("-"))
        return QString();
    const QString target = guessTarget(trimmed);
    if (target.isEmpty())
        return Error(Error::Code::Usage,
                     tr("\"%1\" is not a field an import can set; use one of %2, custom:NAME or ignore")
                         .arg(trimmed, importableFields().join(QLatin1String(", "))),
                     QStringLiteral("map"));
    return target;
}

QString ColumnMapping::displayName(const QString& target)
{
    if (target.isEmpty())
        return tr("(ignore)");
    if (target.startsWith(customPrefix))
        return tr("Custom field \"%1\"").arg(target.mid(customPrefix.size()));
    return TokenFields::title(target);
}

void ColumnMapping::setTarget(int column, const QString& target)
{
    while (m_targets.size() <= column)
        m_targets.append(QString());
    m_targets[column] = target;
}

Result<void> ColumnMapping::applyOverride(const QStringList& header, const QString& assignment)
{
    const qsizetype equals = assignment.lastIndexOf(QLatin1Char('='));
    if (equals <= 0)
        return Error(Error::Code::Usage, tr("--map needs COLUMN=FIELD, not \"%1\"").arg(assignment),
                     QStringLiteral("map"));
    const QString column = assignment.left(equals).trimmed();
    const Result<QString> target = parseTarget(assignment.mid(equals + 1));
    if (!target)
        return target.error();

    qsizetype index = -1;
    for (qsizetype i = 0; i < header.size() && index < 0; ++i) {
        if (header.at(i).trimmed().compare(column, Qt::CaseInsensitive) == 0)
            index = i;
    }
    if (index < 0) {
        bool isNumber = false;
        const int number = column.toInt(&isNumber);
        if (isNumber && number >= 1 && number <= qMax(header.size(), qsizetype(m_targets.size())))
            index = number - 1;
    }
    if (index < 0)
        return Error(Error::Code::Usage, tr("The file has no column \"%1\"").arg(column),
                     QStringLiteral("map"));

    // A field moved to this column is no longer filled from the one it was guessed for.
    if (!target->isEmpty()) {
        const int previous = columnOf(*target);
        if (previous >= 0 && previous != index)
            m_targets[previous] = QString();
    }
    setTarget(int(index), *target);
    return {};
}

Result<void> ColumnMapping::check() const
{
    bool any = false;
    for (qsizetype i = 0; i < m_targets.size(); ++i) {
        const QString& target = m_targets.at(i);
        if (target.isEmpty())
            continue;
        any = true;
        if (m_targets.indexOf(target) != i)
            return Error(Error::Code::Usage,
                         tr("Columns %1 and %2 are both mapped to %3")
                             .arg(m_targets.indexOf(target) + 1)
                             .arg(i + 1)
                             .arg(target),
                         QStringLiteral("map"));
    }
    if (!any)
        return Error(Error::Code::Usage, tr("No column is mapped to a token field"), QStringLiteral("map"));
    return {};
}

QString ColumnMapping::keyOf(const QStringList& header, qsizetype column)
{
    const QString name = header.at(column).trimmed();
    return name.isEmpty() ? QStringLiteral("#%1").arg(column + 1) : name;
}

QMap<QString, QString> ColumnMapping::byHeader(const QStringList& header) const
{
    QMap<QString, QString> map;
    for (qsizetype i = 0; i < header.size(); ++i)
        map.insert(keyOf(header, i), target(int(i)));
    return map;
}

ColumnMapping ColumnMapping::fromHeader(const QStringList& header, const QMap<QString, QString>& byHeader)
{
    ColumnMapping mapping = guess(header);
    for (qsizetype i = 0; i < header.size(); ++i) {
        const auto saved = byHeader.constFind(keyOf(header, i));
        if (saved != byHeader.constEnd())
            mapping.setTarget(int(i), saved.value());
    }
    return mapping;
}

void ColumnMapping::save(const QString& name, const QStringList& header) const
{
    QSettings settings;
    settings.beginGroup(QStringLiteral("importMappings"));
    QVariantMap map;
    const QMap<QString, QString> saved = byHeader(header);
    for (auto it = saved.constBegin(); it != saved.constEnd(); ++it)
        map.insert(it.key(), it.value());
    settings.setValue(name, map);
}

Result<ColumnMapping> ColumnMapping::load(const QString& name, const QStringList& header)
{
    QSettings settings;
    settings.beginGroup(QStringLiteral("importMappings"));
    if (!settings.contains(name))
        return Error(Error::Code::Usage, tr("There is no saved mapping \"%1\"").arg(name),
                     QStringLiteral("mapping"));
    const QVariantMap map = settings.value(name).toMap();
    QMap<QString, QString> saved;
    for (auto it = map.constBegin(); it != map.constEnd(); ++it)
        saved.insert(it.key(), it.value().toString());
    bool fits = false;
    for (qsizetype i = 0; i < header.size() && !fits; ++i)
        fits = saved.contains(keyOf(header, i));
    if (!fits) {
        // Named as a person would look for them: "#2" is the second column of a file without a header.
        QStringList columns;
        for (const QString& key : saved.keys()) {
            if (key.startsWith(QLatin1Char('#')))
                columns.append(tr("column %1").arg(key.mid(1)));
            else if (!key.isEmpty())
                columns.append(key);
        }
        return Error(Error::Code::Usage,
                     columns.isEmpty()
                         ? tr("The saved mapping \"%1\" names none of this file's columns").arg(name)
                         : tr("The saved mapping \"%1\" names none of this file's columns; it was "
                              "saved for columns such as %2")
                               .arg(name, columns.mid(0, 3).join(QLatin1String(", "))),
                     QStringLiteral("mapping"));
    }
    return fromHeader(header, saved);
}

QStringList ColumnMapping::savedNames()
{
    QSettings settings;
    settings.beginGroup(QStringLiteral("importMappings"));
    return settings.childKeys();
}

QString ColumnMapping::toText() const
{
    QBuffer line;
    line.open(QIODevice::WriteOnly);
    CsvWriter writer(&line, QLatin1Char(','), false);
    if (!writer.writeRecord(m_targets) || !writer.flush())
        return m_targets.join(QLatin1Char(','));
    return QString::fromUtf8(line.data()).chopped(2);
}

ColumnMapping ColumnMapping::fromText(const QString& text)
{
    QByteArray bytes = text.toUtf8();
    QBuffer line(&bytes);
    line.open(QIODevice::ReadOnly);
    CsvFormat format;
    format.hasHeader = false;
    CsvReader reader(&line, format);
    QStringList targets;
    const Result<bool> read = reader.open() ? reader.next(targets) : Result<bool>(false);
    // A record written before targets were quoted may hold a lone quote: it was split on commas.
    if (!read || !read.value())
        return ColumnMapping(text.split(QLatin1Char(',')));
    return ColumnMapping(targets);
}
