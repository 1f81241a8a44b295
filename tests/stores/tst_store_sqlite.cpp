#include "SqlStoreTestHooks.h"
#include "SqlTokenStore.h"
#include "StoreConformanceTest.h"

#include <QTemporaryDir>
#include <QTest>

namespace {
const QString inspector = QStringLiteral("tst_store_sqlite_inspector");
}

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    if (!dir.isValid())
        qFatal("no temporary directory");
    int run = 0;
    QString path;

    auto connection = [&path]() {
        QSqlDatabase db = QSqlDatabase::database(inspector, false);
        if (db.databaseName() != path) {
            db.close();
            db.setDatabaseName(path);
        }
        if (!db.isOpen())
            db.open();
        return db;
    };
    auto reset = [&]() {
        QSqlDatabase::database(inspector, false).close();
        path = dir.filePath(QStringLiteral("store-%1.sqlite").arg(++run));
    };
    QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), inspector);

    int status = 0;
    {
        StoreConformanceTest test(
            [&path](ManualClock* clock) -> std::unique_ptr<TokenStore> {
                StoreUrl url;
                url.kind = StoreUrl::Kind::Sqlite;
                url.path = path;
                return std::make_unique<SqlTokenStore>(url, QString(), clock);
            },
            SqlStoreTestHooks::make(connection, reset));
        status = QTest::qExec(&test, argc, argv);
    }
    QSqlDatabase::removeDatabase(inspector);
    return status;
}
