#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

// What one run of tokendesk-cli left behind.
struct CliRun
{
    int exitCode = -1;
    QString out;
    QString err;

    QJsonObject object() const;
    QJsonArray array() const;
    // stderr as the JSON error of --json.
    QJsonObject error() const;
    // For QVERIFY2 messages.
    QByteArray describe() const;
};

// Runs the real tokendesk-cli binary against one store, with the environment of a clean machine:
// no TOKENDESK_* variables, and HOME and XDG_DATA_HOME inside the test's temporary folder.
class CliRunner
{
public:
    CliRunner(const QString& home, const QString& store);

    void setStore(const QString& store) { m_store = store; }
    void setEnvironment(const QString& name, const QString& value) { m_environment.insert(name, value); }

    // Runs with --store STORE (unless the store is empty) before the arguments.
    CliRun run(const QStringList& arguments) const;
    // The same with --json.
    CliRun json(const QStringList& arguments) const;

private:
    QString m_store;
    QProcessEnvironment m_environment;
};
