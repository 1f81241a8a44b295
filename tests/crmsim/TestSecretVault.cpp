#include "SecretVault.h"

#include <QDirIterator>
#include <QProcess>
#include <QSettings>
#include <QStandardPaths>
#include <QtTest>

// The vault against a real Secret Service keyring (run under packaging/with-keyring.sh).
class TestSecretVault : public QObject
{
    Q_OBJECT

private:
    template<typename T> static T wait(QFuture<T> future)
    {
        if (!QTest::qWaitFor([&]() { return future.isFinished(); }, 15000))
            qFatal("the keychain did not answer within 15 s");
        return future.result();
    }

    // Every readable file under the directories where TokenDesk could leave anything.
    static QStringList filesContaining(const QByteArray& needle)
    {
        QStringList roots { QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation),
                            QStandardPaths::writableLocation(QStandardPaths::AppDataLocation),
                            QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation),
                            QStandardPaths::writableLocation(QStandardPaths::CacheLocation),
                            qEnvironmentVariable("XDG_DATA_HOME") };
        roots.append(QFileInfo(QSettings().fileName()).absolutePath());
        QStringList hits;
        for (const QString& root : roots) {
            if (root.isEmpty())
                continue;
            QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                QFile file(it.next());
                if (file.open(QIODevice::ReadOnly) && file.readAll().contains(needle))
                    hits.append(file.fileName());
            }
        }
        return hits;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("TokenDeskTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_secret_vault"));
        QSettings().clear();
    }

    void secretWrittenIsReadBack()
    {
        SecretVault vault;
        const QString secret = QStringLiteral("pw-%1").arg(QDateTime::currentMSecsSinceEpoch());
        const Result<void> written
            = wait(vault.write(QStringLiteral("profile-a"), QStringLiteral("password"), secret));
        QVERIFY2(written.ok(), qPrintable(written.error().toString()));
        QCOMPARE(vault.storedNames(QStringLiteral("profile-a")), QStringList { QStringLiteral("password") });

        SecretVault another;
        const Result<QString> read
            = wait(another.read(QStringLiteral("profile-a"), QStringLiteral("password")));
        QVERIFY2(read.ok(), qPrintable(read.error().toString()));
        QCOMPARE(*read, secret);

        // Other profiles do not see it.
        const Result<QString> other
            = wait(another.read(QStringLiteral("profile-b"), QStringLiteral("password")));
        QVERIFY(!other.ok());
        QCOMPARE(other.error().code(), Error::Code::NotFound);

        QSettings().sync();
        QVERIFY2(filesContaining(secret.toUtf8()).isEmpty(),
                 qPrintable(filesContaining(secret.toUtf8()).join(',')));
    }

    void removingAProfileRemovesAllItsSecrets()
    {
        SecretVault vault;
        const QString profile = QStringLiteral("profile-c");
        QVERIFY(wait(vault.write(profile, QStringLiteral("password"), QStringLiteral("one-1"))).ok());
        QVERIFY(wait(vault.write(profile, QStringLiteral("consumer_key"), QStringLiteral("two-2"))).ok());
        QVERIFY(wait(vault.write(QStringLiteral("profile-d"), QStringLiteral("password"),
                                 QStringLiteral("kept-3")))
                    .ok());
        QCOMPARE(vault.storedNames(profile).size(), 2);

        const Result<void> removed = wait(vault.removeProfile(profile));
        QVERIFY2(removed.ok(), qPrintable(removed.error().toString()));
        QVERIFY(vault.storedNames(profile).isEmpty());
        for (const QString& name : { QStringLiteral("password"), QStringLiteral("consumer_key") }) {
            const Result<QString> read = wait(vault.read(profile, name));
            QVERIFY(!read.ok());
            QCOMPARE(read.error().code(), Error::Code::NotFound);
        }
        QCOMPARE(*wait(vault.read(QStringLiteral("profile-d"), QStringLiteral("password"))),
                 QStringLiteral("kept-3"));
        // The keychain itself holds nothing more under the profile's keys.
        QProcess lookup;
        lookup.start(QStringLiteral("secret-tool"),
                     { QStringLiteral("search"), QStringLiteral("--all"), QStringLiteral("user"),
                       SecretVault::keyFor(profile, QStringLiteral("password")) });
        QVERIFY(lookup.waitForFinished(10000));
        QVERIFY(!lookup.readAllStandardOutput().contains("one-1"));
    }

    void sessionSecretsStayInMemory()
    {
        SecretVault vault;
        vault.keepForSession(QStringLiteral("profile-e"), QStringLiteral("api_key"),
                             QStringLiteral("typed-once"));
        QCOMPARE(*wait(vault.read(QStringLiteral("profile-e"), QStringLiteral("api_key"))),
                 QStringLiteral("typed-once"));
        QVERIFY(vault.storedNames(QStringLiteral("profile-e")).isEmpty());
        QVERIFY(filesContaining("typed-once").isEmpty());
    }

    void withoutKeychainTheErrorSaysSo()
    {
        if (qEnvironmentVariableIsSet("TOKENDESK_NO_KEYCHAIN")) {
            SecretVault vault;
            const Result<void> written
                = wait(vault.write(QStringLiteral("p"), QStringLiteral("password"), QStringLiteral("x")));
            QVERIFY(!written.ok());
            QVERIFY2(written.error().code() == Error::Code::Unsupported,
                     qPrintable(written.error().toString()));
            QVERIFY(written.error().message().contains(QLatin1String("No keychain service is available")));
            return;
        }
        // Run this same case again in a process that has no session bus, hence no keychain.
        QProcess child;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("TOKENDESK_NO_KEYCHAIN"), QStringLiteral("1"));
        env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=/nonexistent/bus"));
        child.setProcessEnvironment(env);
        child.start(QCoreApplication::applicationFilePath(),
                    { QStringLiteral("withoutKeychainTheErrorSaysSo") });
        QVERIFY(child.waitForFinished(60000));
        QVERIFY2(child.exitCode() == 0, child.readAllStandardOutput().constData());
    }
};

QTEST_GUILESS_MAIN(TestSecretVault)
#include "TestSecretVault.moc"
