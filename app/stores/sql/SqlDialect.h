#pragma once

#include "Result.h"
#include "StoreUrl.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QString>
#include <QStringList>
#include <memory>
#include <optional>

// Everything in which SQLite and PostgreSQL differ, in one place: connecting, column types,
// transactions, row locks, the token number sequence and how constraint errors are reported.
// The queries of SqlTokenStore are otherwise the same text on both.
class SqlDialect
{
    Q_DECLARE_TR_FUNCTIONS(SqlDialect)

public:
    virtual ~SqlDialect() = default;

    static std::unique_ptr<SqlDialect> create(StoreUrl::Kind kind);

    virtual QString driverName() const = 0;
    // Sets the database name, host, user and options of a connection not yet opened.
    virtual Result<void> configure(QSqlDatabase& db, const StoreUrl& url, const QString& secret) const = 0;
    // Runs right after the connection opened (pragmas, session settings).
    virtual Result<void> prepareSession(QSqlDatabase& db) const = 0;
    virtual QString description(const StoreUrl& url) const = 0;
    // Why a connection could not be opened, when the engine can tell more than the driver's text
    // (a refused login is AUTH, an unreachable server NETWORK); nullopt leaves it to the caller.
    virtual std::optional<Error> explainOpenFailure(const StoreUrl& url, const QString& secret) const
    {
        Q_UNUSED(url)
        Q_UNUSED(secret)
        return std::nullopt;
    }

    // Column types of the schema.
    virtual QString autoIncrementKey() const = 0;
    virtual QString integerType() const = 0;
    virtual QString realType() const = 0;
    // Text that compares byte by byte, so prefix ranges and keyset paging agree with the index.
    virtual QString keyTextType() const = 0;

    // Statements that create the sequence of token numbers, and the query that draws the next one.
    virtual QStringList createNumberSequence() const = 0;
    virtual QStringList nextNumberStatements() const = 0;

    virtual QString beginWrite() const = 0;
    virtual QString beginRead() const = 0;
    // Appended to a SELECT of tokens (alias t) that is followed by a change of the row.
    virtual QString lockTokenRow() const = 0;
    // Serialises the write transactions that read a table and then rewrite it (the schema version,
    // the settings); empty where a write transaction already shuts out every other writer.
    virtual QString lockTable(const QString& table) const = 0;
    // LIMIT / OFFSET; limit <= 0 means every row.
    virtual QString paging(int limit, int offset) const = 0;
    // The text of expression in lower case, every letter folded as SqlDialect::lowered() folds the
    // text it is compared with, whatever the database's own locale.
    virtual QString lowerCase(const QString& expression) const = 0;
    // text in lower case with Greek final sigma as σ: where a word ends depends on the text around
    // it, and a prefix typed ("ΟΔΟΣ" of "Οδός 5") must match the same way on both engines.
    static QString lowered(const QString& text);

    virtual bool isUniqueViolation(const QSqlError& error) const = 0;
    // Whether a statement gave up waiting for a lock another program held past the busy timeout.
    virtual bool isBusy(const QSqlError&) const { return false; }
    // What a person is told for such a statement, in place of the engine's "database is locked";
    // std::nullopt for any other failure.
    std::optional<Error> busyError(const QSqlError& error) const;

    // A statement, bound to a token id, that tells other clients in the same transaction that the
    // token changed; empty when the engine has no such thing.
    virtual QString notifyChange() const { return QString(); }
    // Whether a failed statement failed because the connection to the server is gone.
    virtual bool isConnectionLost(const QSqlDatabase& db) const
    {
        Q_UNUSED(db)
        return false;
    }
};
