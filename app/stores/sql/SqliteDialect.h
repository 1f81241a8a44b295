#pragma once

#include "SqlDialect.h"

#include <QCoreApplication>

struct sqlite3;

// The embedded store: one file, WAL journal, foreign keys on.
class SqliteDialect : public SqlDialect
{
    Q_DECLARE_TR_FUNCTIONS(SqliteDialect)

public:
    // The SQLite connection behind db, or nullptr when db is not an SQLite one.
    static sqlite3* connectionOf(const QSqlDatabase& db);

    QString driverName() const override;
    Result<void> configure(QSqlDatabase& db, const StoreUrl& url, const QString& secret) const override;
    Result<void> prepareSession(QSqlDatabase& db) const override;
    QString description(const StoreUrl& url) const override;

    QString autoIncrementKey() const override;
    QString integerType() const override;
    QString realType() const override;
    QString keyTextType() const override;

    QStringList createNumberSequence() const override;
    QStringList nextNumberStatements() const override;

    QString beginWrite() const override;
    QString beginRead() const override;
    QString lockTokenRow() const override;
    QString lockTable(const QString& table) const override;
    QString paging(int limit, int offset) const override;
    QString lowerCase(const QString& expression) const override;

    bool isUniqueViolation(const QSqlError& error) const override;
    bool isBusy(const QSqlError& error) const override;
};
