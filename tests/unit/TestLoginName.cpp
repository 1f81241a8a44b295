#include "LoginName.h"

#include <QTest>

#ifdef Q_OS_UNIX
#include <pwd.h>
#include <unistd.h>
#endif

class TestLoginName : public QObject
{
    Q_OBJECT

    const QList<const char*> m_variables = { "USER", "USERNAME", "LOGNAME" };
    QHash<QByteArray, QByteArray> m_saved;

private Q_SLOTS:
    void init()
    {
        for (const char* variable : m_variables) {
            if (qEnvironmentVariableIsSet(variable))
                m_saved.insert(variable, qgetenv(variable));
            qunsetenv(variable);
        }
    }

    void cleanup()
    {
        for (const char* variable : m_variables) {
            if (m_saved.contains(variable))
                qputenv(variable, m_saved.value(variable));
            else
                qunsetenv(variable);
        }
        m_saved.clear();
    }

    void theEnvironmentNamesTheUser()
    {
        qputenv("LOGNAME", "maria");
        QCOMPARE(LoginName::current(), QStringLiteral("maria"));
        qputenv("USER", "eleni");
        QCOMPARE(LoginName::current(), QStringLiteral("eleni"));
    }

    // Without the variables (a service, a container), the import history still says who ran it.
    void withoutTheEnvironmentTheAccountNamesTheUser()
    {
#ifdef Q_OS_UNIX
        if (!getpwuid(geteuid()))
            QSKIP("this user id has no account entry (a container started with --user N)");
        QVERIFY(!LoginName::current().isEmpty());
#else
        QSKIP("Windows programs always have USERNAME");
#endif
    }
};

QTEST_GUILESS_MAIN(TestLoginName)
#include "TestLoginName.moc"
