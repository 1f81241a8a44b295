#include "CliRunner.h"

#include <QJsonDocument>
#include <QProcess>

QJsonObject CliRun::object() const
{
    return QJsonDocument::fromJson(out.toUtf8()).object();
}

QJsonArray CliRun::array() const
{
    return QJsonDocument::fromJson(out.toUtf8()).array();
}

QJsonObject CliRun::error() const
{
    return QJsonDocument::fromJson(err.toUtf8()).object();
}

QByteArray CliRun::describe() const
{
    return QStringLiteral("exit %1\nstdout: %2\nstderr: %3").arg(exitCode).arg(out.left(2000), err).toUtf8();
}

CliRunner::CliRunner(const QString& home, const QString& store)
    : m_store(store)
    , m_environment(QProcessEnvironment::systemEnvironment())
{
    for (const char* name : { "TOKENDESK_STORE", "TOKENDESK_PASSWORD", "TOKENDESK_API_KEY" })
        m_environment.remove(QLatin1String(name));
    m_environment.insert(QStringLiteral("HOME"), home);
    m_environment.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
    m_environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
}

CliRun CliRunner::run(const QStringList& arguments) const
{
    QProcess process;
    process.setProcessEnvironment(m_environment);
    QStringList all;
    if (!m_store.isEmpty())
        all << QStringLiteral("--store") << m_store;
    all << arguments;
    process.start(QStringLiteral(TOKENDESK_CLI_PATH), all);
    CliRun run;
    if (!process.waitForFinished(120000)) {
        process.kill();
        process.waitForFinished();
        run.err = QStringLiteral("tokendesk-cli did not finish: ") + process.errorString();
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

CliRun CliRunner::json(const QStringList& arguments) const
{
    return run(QStringList { QStringLiteral("--json") } + arguments);
}
