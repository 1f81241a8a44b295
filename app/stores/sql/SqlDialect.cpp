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

std::optional<Error> SqlDialect::busyError(const QSqlError& error) const
{
    if (!isBusy(error))
        return std::nullopt;
    return Error(Error::Code::Storage,
                 tr("The store is busy: another program, an import perhaps, is writing to it. Try again "
                    "when it has finished."),
                 QStringLiteral("store"));
}

QString SqlDialect::lowered(const QString& text)
{
    return text.toLower().replace(QChar(0x03C2), QChar(0x03C3));
}
