#pragma once

#include "AccessToken.h"
#include "SqlTokenStore.h"
#include "StoreUrl.h"

#include <QSqlQuery>
#include <QString>
#include <memory>

// A PostgreSQL database of one test's own, beside the conformance suite's (so both can run at
// once on the server in TOKENDESK_TEST_PG_URL), with an inspector connection that looks at the
// tables from outside the store under test.
class PgTestDatabase
{
public:
    explicit PgTestDatabase(QString inspectorName);
    ~PgTestDatabase();

    static bool isConfigured();
    // Creates <database>_<suffix> when missing and opens the inspector; an error text on failure.
    QString setUp(const QString& suffix);
    // An empty schema, migrated by a fresh store, with the cheapest pass code hash; an error text
    // on failure.
    QString reset();

    const StoreUrl& url() const { return m_url; }
    const QString& password() const { return m_password; }
    // A store opened on this thread, acting as "tester"; null (with a warning) when it fails.
    std::unique_ptr<SqlTokenStore> openStore() const;
    QSqlQuery inspect(const QString& sql) const;
    // The first column of the first row, -1 when there is none.
    int scalar(const QString& sql) const;

    static AccessToken createToken(SqlTokenStore& store, const QString& authenticationCode);

private:
    QString m_inspectorName;
    StoreUrl m_url;
    QString m_password;
    bool m_open = false;
};
