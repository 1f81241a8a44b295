#pragma once

#include "Result.h"
#include "SqlDialect.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QStringList>

// The store's tables as numbered migrations. schema_version holds the last one applied; opening a
// store brings it up to latestVersion() in one transaction, and refuses a store made by a newer
// TokenDesk instead of guessing at tables it does not know.
class SqlSchema
{
    Q_DECLARE_TR_FUNCTIONS(SqlSchema)

public:
    explicit SqlSchema(const SqlDialect& dialect);

    int latestVersion() const;
    Result<int> currentVersion(QSqlDatabase& db) const;
    Result<void> migrate(QSqlDatabase& db) const;

    // The indexes of tokens that only speed up sorting, filtering and the foreign keys' checks,
    // as CREATE INDEX statements by index name: unlike the unique ones, nothing written depends on
    // them, so a bulk load may build them afresh after the rows are in.
    static QList<std::pair<QString, QString>> tokenLookupIndexes();

private:
    // Why a store written by a newer TokenDesk is not opened.
    Error newerSchema(int version) const;
    // Migration N is migrations()[N - 1]; never edit one that has shipped, append a new one.
    QList<QStringList> migrations() const;
    QStringList version1() const;
    QStringList version2() const;
    QStringList version3() const;
    QStringList version4() const;
    QStringList version5() const;
    // The columns tokens are sorted by, each indexed together with number.
    static QStringList sortKeyColumns();
    // The columns that refer to another table, and their indexes (of the rows that refer to one).
    static QStringList referenceColumns();
    static QList<std::pair<QString, QString>> referenceIndexes();

    const SqlDialect& m_dialect;
};
