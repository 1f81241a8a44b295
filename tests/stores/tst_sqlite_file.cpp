// The embedded store's file: how a new one is laid out, and that one an older TokenDesk made
// keeps working as it is.
#include "SqlTokenStore.h"
#include "StoreUrl.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

class TestSqliteFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aNewStoreWritesLargePages();
    void anOlderStoreKeepsItsPagesAndItsTokens();
    void aNewStoreIsReadableByItsOwnerAlone();

private:
    std::unique_ptr<SqlTokenStore> openStore(const QString& path);
    // PRAGMA name of the file at path, read through a connection of the test's own.
    QString pragma(const QString& path, const QString& name);

    QTemporaryDir m_dir;
};

std::unique_ptr<SqlTokenStore> TestSqliteFile::openStore(const QString& path)
{
    StoreUrl url;
    url.kind = StoreUrl::Kind::Sqlite;
    url.path = path;
    auto store = std::make_unique<SqlTokenStore>(url, QString(), Clock::system());
    const Result<void> opened = store->open();
    if (!opened)
        qWarning("%s", qPrintable(opened.error().message()));
    return opened ? std::move(store) : nullptr;
}

QString TestSqliteFile::pragma(const QString& path, const QString& name)
{
    QString value;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("inspector"));
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec(QStringLiteral("PRAGMA ") + name) && query.next())
                value = query.value(0).toString();
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("inspector"));
    return value;
}

void TestSqliteFile::aNewStoreWritesLargePages()
{
    const QString path = m_dir.filePath(QStringLiteral("new.sqlite"));
    QVERIFY(openStore(path));
    QCOMPARE(pragma(path, QStringLiteral("page_size")), QStringLiteral("16384"));
    QCOMPARE(pragma(path, QStringLiteral("journal_mode")), QStringLiteral("wal"));
}

// Identifiers, authentication codes and pass-code hashes: not for the other accounts of the
// machine, whose homes are world-readable on Debian.
void TestSqliteFile::aNewStoreIsReadableByItsOwnerAlone()
{
    const QString folder = m_dir.filePath(QStringLiteral("private"));
    const QString path = QDir(folder).filePath(QStringLiteral("store.sqlite"));
    const std::unique_ptr<SqlTokenStore> store = openStore(path);
    QVERIFY(store);
    TokenPatch fields;
    fields.authenticationCode = QStringLiteral("PERMISSIONS-1");
    QVERIFY(store->create(fields).ok());
    const QFileDevice::Permissions ownerOnly
        = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser | QFileDevice::WriteUser;
    for (const QString& file : QStringList { path, path + QStringLiteral("-wal") }) {
        QVERIFY2(QFileInfo::exists(file), qPrintable(file));
        QCOMPARE(QFile::permissions(file), ownerOnly);
    }

    // One that someone made readable on purpose is left as it is.
    const QString shared = m_dir.filePath(QStringLiteral("shared.sqlite"));
    {
        QFile file(shared);
        QVERIFY(file.open(QIODevice::WriteOnly));
    }
    QVERIFY(QFile::setPermissions(shared, ownerOnly | QFileDevice::ReadGroup));
    QVERIFY(openStore(shared));
    QCOMPARE(QFile::permissions(shared), ownerOnly | QFileDevice::ReadGroup);
}

void TestSqliteFile::anOlderStoreKeepsItsPagesAndItsTokens()
{
    // Stores made before pages grew to 16 KiB have SQLite's default 4 KiB pages, in WAL mode.
    const QString path = m_dir.filePath(QStringLiteral("older.sqlite"));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("older"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("PRAGMA page_size=4096")));
        QVERIFY(query.exec(QStringLiteral("PRAGMA journal_mode=WAL")));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("older"));
    QString id;
    {
        const std::unique_ptr<SqlTokenStore> store = openStore(path);
        QVERIFY(store);
        TokenPatch fields;
        fields.identifier = QStringLiteral("kept@example.org");
        fields.passCode = QStringLiteral("pass1234");
        const Result<TokenResult> created = store->create(fields);
        QVERIFY2(created.ok(), qPrintable(created.ok() ? QString() : created.error().message()));
        id = created->token.id;
    }
    const std::unique_ptr<SqlTokenStore> reopened = openStore(path);
    QVERIFY(reopened);
    const Result<AccessToken> found = reopened->show(TokenRef::byId(id));
    QVERIFY2(found.ok(), qPrintable(found.ok() ? QString() : found.error().message()));
    QCOMPARE(found->identifier, QStringLiteral("kept@example.org"));
    QCOMPARE(pragma(path, QStringLiteral("page_size")), QStringLiteral("4096"));
}

QTEST_GUILESS_MAIN(TestSqliteFile)
#include "tst_sqlite_file.moc"
