#include "LoginName.h"

#include <QTest>

class TestLoginName : public QObject
{
    Q_OBJECT

    QHash<QByteArray, QByteArray> m_saved;

private Q_SLOTS:
    void init()
    {
        for (const char* variable : { "USER", "USERNAME", "LOGNAME" }) {
            if (qEnvironmentVariableIsSet(variable))
                m_saved.insert(variable, qgetenv(variable));
            qunsetenv(variable);
        }
    }

    void cleanup()
    {
        for (auto it = m_saved.cbegin(); it != m_saved.cend(); ++it)
            qputenv(it.key().constData(), it.value());
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
        QVERIFY(!LoginName::current().isEmpty());
#else
        QSKIP("Windows programs always have USERNAME");
#endif
    }
};

QTEST_GUILESS_MAIN(TestLoginName)
#include "TestLoginName.moc"
