#pragma once

#include "TokenRowInserter.h"

#include <QCoreApplication>

// New tokens into PostgreSQL with COPY FROM STDIN (PgCopyWriter), a batch at a time inside a
// savepoint: measured 3x faster than multi-row INSERTs (tests/bench/PgImportBench.cpp). A batch
// whose COPY the server refuses (a unique value another client took meanwhile) is rolled back to
// the savepoint and written again row by row, so only the clashing rows are refused. Numbers come
// from the token number sequence, a batch in one query.
class PgTokenInserter : public TokenRowInserter
{
    Q_DECLARE_TR_FUNCTIONS(PgTokenInserter)

public:
    PgTokenInserter(const QSqlDatabase& db, const QStringList& columns, int numberColumn);

    Result<void> begin() override;
    Result<QList<ImportRefusal>> insert(QList<TokenInsert>& rows, const TokenInsertSource& fill) override;
    Result<void> beforeCommit(const ImportFinishing& finishing) override;

private:
    Result<void> exec(const QString& sql);
    Result<void> copy(const QList<TokenInsert>& rows);
    Result<QList<ImportRefusal>> insertOneByOne(const QList<TokenInsert>& rows);

    QSqlDatabase m_db;
    QStringList m_columns;
    int m_numberColumn;
};
