#pragma once

#include "AccessToken.h"
#include "Error.h"
#include "TokenResult.h"

#include <QCoreApplication>
#include <QJsonValue>
#include <QList>
#include <QStringList>
#include <QTextStream>

// Everything the CLI prints: tokens as readable records and tables, or with --json as the wire
// format of spec §1 (TokenJson); errors on stderr as "CODE: message (field)" or as
// {"code","message","field"}. The methods that report a problem return the exit code to use.
class CliOutput
{
    Q_DECLARE_TR_FUNCTIONS(CliOutput)

public:
    explicit CliOutput(bool json);

    bool isJson() const { return m_json; }
    void setJson(bool json) { m_json = json; }

    void printToken(const AccessToken& token);
    // The token and, once, the secret the operation issued.
    void printTokenResult(const TokenResult& result);
    // total is the number of tokens the query matches, or -1 when unknown.
    void printTokens(const QList<AccessToken>& tokens, int offset, qint64 total);
    // A table for people; with --json the caller prints its own JSON instead.
    void printTable(const QStringList& headers, const QList<QStringList>& rows);
    void printJson(const QJsonValue& value);
    // A line for people only: with --json it is left out so stdout stays one JSON document.
    void printMessage(const QString& text);
    void printLine(const QString& text);
    // A line on stderr for people, beside the answer: with --json it is left out, as stderr then
    // holds only the error document.
    void printNotice(const QString& text);

    int failure(const Error& error);
    int usage(const QString& message);

private:
    void printRecord(const QList<QPair<QString, QString>>& fields);
    void printSecret(const QString& name, const QString& value);

    bool m_json;
    QTextStream m_out;
    QTextStream m_err;
};
