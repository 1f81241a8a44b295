#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QString>

// Where a store lives, in the one notation of the GUI's profiles and the CLI's --store:
//   sqlite:PATH
//   postgres://USER@HOST:PORT/DB
//   crm+https://USER@HOST[:PORT][/BASE]?organisation=ORG[&unit=UNIT]   (crm+http:// on loopback)
// Secrets never appear in it: a URL carrying a password is refused.
struct StoreUrl
{
    Q_DECLARE_TR_FUNCTIONS(StoreUrl)

public:
    enum class Kind
    {
        Sqlite,
        Postgres,
        Crm
    };

    Kind kind = Kind::Sqlite;
    QString path;
    QString user;
    QString host;
    int port = -1;
    QString database;
    // CRM.COM: "https" or "http", the API base path (default /crmapi/rest/v2), organisation and unit.
    QString scheme;
    QString basePath;
    QString organisation;
    QString unit;

    static Result<StoreUrl> parse(const QString& text);
    // The store the GUI and the CLI open by default: TokenDesk/tokens.sqlite in the data folder
    // (GenericDataLocation), or the one an earlier version made in AppDataLocation.
    static QString defaultSqlitePath();
    static StoreUrl defaultSqlite();

    QString toString() const;
    // The CRM.COM API root, e.g. https://host:8443/crmapi/rest/v2/
    QString apiBase() const;
    bool usesWebApiKey() const { return kind == Kind::Crm && user.isEmpty(); }
};
