#include "SqlStoreTestHooks.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QtTest>

QStringList SqlStoreTestHooks::storedText(QSqlDatabase db)
{
    QStringList values;
    for (const QString& table : db.tables()) {
        QSqlQuery query(db);
        if (!query.exec(QStringLiteral("SELECT * FROM ") + table)) {
            qWarning("%s", qPrintable(query.lastError().text()));
            continue;
        }
        while (query.next()) {
            for (int i = 0; i < query.record().count(); ++i)
                values.append(query.value(i).toString());
        }
    }
    return values;
}

QStringList SqlStoreTestHooks::outbox(QSqlDatabase db)
{
    QStringList rows;
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT kind, recipient, details FROM outbox ORDER BY id")))
        qWarning("%s", qPrintable(query.lastError().text()));
    while (query.next())
        rows.append(query.value(0).toString() + QLatin1Char('|') + query.value(1).toString()
                    + QLatin1Char('|') + query.value(2).toString());
    return rows;
}

void SqlStoreTestHooks::setSchemaVersion(QSqlDatabase db, int version)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("INSERT INTO schema_version (version) VALUES (%1)").arg(version)))
        qWarning("%s", qPrintable(query.lastError().text()));
}

StoreTestHooks SqlStoreTestHooks::make(const std::function<QSqlDatabase()>& connection,
                                       const std::function<void()>& reset)
{
    StoreTestHooks hooks;
    hooks.reset = reset;
    hooks.storedText = [connection]() {
        return storedText(connection());
    };
    hooks.outbox = [connection]() {
        return outbox(connection());
    };
    hooks.setSchemaVersion = [connection](int version) {
        setSchemaVersion(connection(), version);
    };
    hooks.exec = [connection](const QString& statement) {
        QSqlQuery query(connection());
        if (!query.exec(statement))
            qWarning("%s", qPrintable(query.lastError().text()));
    };
    hooks.indexDefinition = [connection](const QString& name) {
        QSqlDatabase db = connection();
        QSqlQuery query(db);
        query.prepare(
            db.driverName() == QLatin1String("QPSQL")
                ? QStringLiteral("SELECT indexdef FROM pg_indexes WHERE indexname = ?")
                : QStringLiteral("SELECT sql FROM sqlite_master WHERE type = 'index' AND name = ?"));
        query.addBindValue(name);
        return query.exec() && query.next() ? query.value(0).toString() : QString();
    };
    return hooks;
}
