#include "SqlDialect.h"

#include "PostgresDialect.h"
#include "SqliteDialect.h"

std::unique_ptr<SqlDialect> SqlDialect::create(StoreUrl::Kind kind)
{
    switch (kind) {
    case StoreUrl::Kind::Sqlite:
        return std::make_unique<SqliteDialect>();
    case StoreUrl::Kind::Postgres:
        return std::make_unique<PostgresDialect>();
    case StoreUrl::Kind::Crm:
        break;
    }
    return nullptr;
}
