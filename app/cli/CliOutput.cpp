#include "CliOutput.h"

#include "CliCommand.h"
#include "TerminalWidth.h"
#include "TokenJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>
#include <cstdio>

namespace {
QString textOf(const std::optional<double>& value)
{
    return value ? QString::number(*value, 'g', 15) : QString();
}

QString textOf(const QDateTime& value)
{
    return TokenJson::dateTimeToWire(value);
}
} // namespace

CliOutput::CliOutput(bool json)
    : m_json(json)
    , m_out(stdout)
    , m_err(stderr)
{
}

void CliOutput::printToken(const AccessToken& token)
{
    if (m_json) {
        printJson(TokenJson::toJson(token));
        return;
    }
    QList<QPair<QString, QString>> fields = {
        { QStringLiteral("number"), token.number },
        { QStringLiteral("id"), token.id },
        { QStringLiteral("life_cycle_state"), LifeCycleStates::toWire(token.lifeCycleState) },
        { QStringLiteral("identifier"), token.identifier },
        { QStringLiteral("pass_code"), token.hasPassCode ? tr("(set)") : QString() },
        { QStringLiteral("authentication_code"), token.authenticationCode },
        { QStringLiteral("card_masked_number"), token.cardMaskedNumber },
        { QStringLiteral("verified_date"), textOf(token.verifiedDate) },
        { QStringLiteral("classification"), token.classification ? token.classification->name : QString() },
    };
    if (token.accountsReceivable) {
        const AccountsReceivable& account = *token.accountsReceivable;
        QString text = account.number + QStringLiteral(" \"") + account.name + QLatin1Char('"');
        if (!account.ownerName.isEmpty())
            text += tr(", owner %1").arg(account.ownerName);
        fields.append({ QStringLiteral("accounts_receivable"), text });
    } else {
        fields.append({ QStringLiteral("accounts_receivable"), QString() });
    }
    fields.append({ QStringLiteral("reward_participant"),
                    token.rewardParticipant ? token.rewardParticipant->number : QString() });
    for (int i = 0; i < AccessToken::udfStringCount; ++i) {
        if (!token.udfString[i].isEmpty())
            fields.append({ QStringLiteral("udf_string_%1").arg(i + 1), token.udfString[i] });
    }
    for (int i = 0; i < AccessToken::udfFloatCount; ++i) {
        if (token.udfFloat[i])
            fields.append({ QStringLiteral("udf_float_%1").arg(i + 1), textOf(token.udfFloat[i]) });
    }
    for (int i = 0; i < AccessToken::udfDateCount; ++i) {
        if (token.udfDate[i].isValid())
            fields.append(
                { QStringLiteral("udf_date_%1").arg(i + 1), token.udfDate[i].toString(Qt::ISODate) });
    }
    for (auto it = token.customFields.cbegin(); it != token.customFields.cend(); ++it)
        fields.append({ QString(QStringLiteral("custom_fields.") + it.key()), it.value() });
    const LogInformation& log = token.logInformation;
    fields.append({ QStringLiteral("created"),
                    QString(textOf(log.createdDate) + QLatin1Char(' ') + log.createdByUser).trimmed() });
    fields.append({ QStringLiteral("updated"),
                    QString(textOf(log.updatedDate) + QLatin1Char(' ') + log.updatedByUser).trimmed() });
    fields.append({ QStringLiteral("version"), QString::number(token.version) });
    printRecord(fields);
}

void CliOutput::printTokenResult(const TokenResult& result)
{
    if (m_json) {
        printJson(TokenJson::toJson(result));
        return;
    }
    if (result.wholeToken)
        printToken(result.token);
    else
        printRecord(
            { { QStringLiteral("id"), result.token.id }, { QStringLiteral("number"), result.token.number } });
    printSecret(QStringLiteral("random_pass_code"), result.randomPassCode);
    printSecret(QStringLiteral("verification_code"), result.verificationCode);
    printSecret(QStringLiteral("one_time_password"), result.oneTimePassword);
    if (!result.oneTimePassword.isEmpty())
        m_out << QStringLiteral("expiration_date: ") << textOf(result.expirationDate) << Qt::endl;
}

void CliOutput::printSecret(const QString& name, const QString& value)
{
    if (value.isEmpty())
        return;
    // Set apart from the record so nobody mistakes it for a stored field: it is shown this once.
    m_out << Qt::endl
          << name << QStringLiteral(": ") << value << Qt::endl
          << tr("  (shown once: the store keeps only a hash of it)") << Qt::endl;
}

void CliOutput::printTokens(const QList<AccessToken>& tokens, int offset, qint64 total)
{
    if (m_json) {
        QJsonArray array;
        for (const AccessToken& token : tokens)
            array.append(TokenJson::toJson(token));
        printJson(array);
        return;
    }
    const QStringList headers = { QStringLiteral("number"),
                                  QStringLiteral("life_cycle_state"),
                                  QStringLiteral("identifier"),
                                  QStringLiteral("authentication_code"),
                                  QStringLiteral("card_masked_number"),
                                  QStringLiteral("classification"),
                                  QStringLiteral("accounts_receivable"),
                                  QStringLiteral("reward_participant") };
    QList<QStringList> rows;
    rows.reserve(tokens.size());
    for (const AccessToken& token : tokens) {
        rows.append({ token.number, LifeCycleStates::toWire(token.lifeCycleState), token.identifier,
                      token.authenticationCode, token.cardMaskedNumber,
                      token.classification ? token.classification->name : QString(),
                      token.accountsReceivable ? token.accountsReceivable->number : QString(),
                      token.rewardParticipant ? token.rewardParticipant->number : QString() });
    }
    printTable(headers, rows);
    if (tokens.isEmpty())
        m_out << tr("No tokens match.") << Qt::endl;
    else if (total >= 0)
        m_out << tr("Tokens %1 to %2 of %3.").arg(offset + 1).arg(offset + tokens.size()).arg(total)
              << Qt::endl;
    else
        m_out << tr("%n token(s).", nullptr, int(tokens.size())) << Qt::endl;
}

void CliOutput::printTable(const QStringList& headers, const QList<QStringList>& rows)
{
    QList<qsizetype> widths;
    for (const QString& header : headers)
        widths.append(TerminalWidth::of(header));
    for (const QStringList& row : rows) {
        for (qsizetype i = 0; i < row.size() && i < widths.size(); ++i)
            widths[i] = std::max(widths[i], TerminalWidth::of(row[i]));
    }
    auto printRow = [this, &widths](const QStringList& cells) {
        QString line;
        for (qsizetype i = 0; i < cells.size(); ++i) {
            if (i > 0)
                line += QStringLiteral("  ");
            line += i + 1 < cells.size() ? TerminalWidth::padded(cells[i], widths[i]) : cells[i];
        }
        // Empty cells at the end would leave trailing blanks that diff and grep trip over.
        while (line.endsWith(QLatin1Char(' ')))
            line.chop(1);
        m_out << line << Qt::endl;
    };
    printRow(headers);
    QStringList rule;
    for (qsizetype width : widths)
        rule.append(QString(width, QLatin1Char('-')));
    printRow(rule);
    for (const QStringList& row : rows)
        printRow(row);
}

void CliOutput::printRecord(const QList<QPair<QString, QString>>& fields)
{
    qsizetype width = 0;
    for (const auto& field : fields)
        width = std::max(width, TerminalWidth::of(field.first));
    for (const auto& field : fields)
        m_out << TerminalWidth::padded(field.first + QLatin1Char(':'), width + 2) << field.second << Qt::endl;
}

void CliOutput::printJson(const QJsonValue& value)
{
    const QJsonDocument document
        = value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    m_out << QString::fromUtf8(document.toJson(QJsonDocument::Indented));
    m_out.flush();
}

void CliOutput::printMessage(const QString& text)
{
    if (!m_json)
        m_out << text << Qt::endl;
}

void CliOutput::printNotice(const QString& text)
{
    if (!m_json)
        m_err << text << Qt::endl;
}

void CliOutput::printLine(const QString& text)
{
    m_out << text << Qt::endl;
}

int CliOutput::failure(const Error& error)
{
    m_out.flush();
    if (m_json) {
        const QJsonObject object { { QStringLiteral("code"), error.codeName() },
                                   { QStringLiteral("message"), error.message() },
                                   { QStringLiteral("field"),
                                     error.field().isEmpty() ? QJsonValue(QJsonValue::Null)
                                                             : QJsonValue(error.field()) } };
        m_err << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)) << Qt::endl;
    } else {
        m_err << error.toString() << Qt::endl;
    }
    return error.code() == Error::Code::Usage ? CliUsage : CliFailure;
}

int CliOutput::usage(const QString& message)
{
    failure(Error(Error::Code::Usage, message + QLatin1Char(' ') + tr("(see tokendesk-cli --help)")));
    return CliUsage;
}
