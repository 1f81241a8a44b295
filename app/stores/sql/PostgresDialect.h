#pragma once

#include "SqlDialect.h"

#include <QCoreApplication>

// The shared team store on a PostgreSQL server.
class PostgresDialect : public SqlDialect
{
    Q_DECLARE_TR_FUNCTIONS(PostgresDialect)

public:
    QString driverName() const override;
    Result<void> configure(QSqlDatabase& db, const StoreUrl& url, const QString& secret) const override;
    Result<void> prepareSession(QSqlDatabase& db) const override;
    QString description(const StoreUrl& url) const override;
    std::optional<Error> explainOpenFailure(const StoreUrl& url, const QString& secret) const override;

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
    QString notifyChange() const override;
    bool isConnectionLost(const QSqlDatabase& db) const override;

private:
    // The server has ICU's root collation, whose lower() folds every letter; a database made with
    // the C locale folds ASCII only. Set by prepareSession().
    mutable bool m_icu = false;
};
