#pragma once

#include <QObject>
#include <QString>

class QLocalServer;

// The TokenDesk this person already has running, reached through a local socket only they can
// open. A CSV file opened from the desktop while a window is up goes to that window's import
// wizard, instead of starting a second TokenDesk on the same store.
class RunningInstance : public QObject
{
    Q_OBJECT

public:
    // One name per person (their home folder): another account's TokenDesk is not theirs.
    static QString defaultName();

    explicit RunningInstance(const QString& name = defaultName(), QObject* parent = nullptr);
    ~RunningInstance() override;

    // Hands the file to the TokenDesk that listens under this name and waits until it took it;
    // false when none answers in time.
    bool handOver(const QString& filePath, int timeoutMs = 3000);
    // Takes hand-overs from now on, each announced by fileReceived(). A name left behind by a
    // TokenDesk that crashed is taken over.
    bool listen();

Q_SIGNALS:
    void fileReceived(const QString& filePath);

private:
    void receive();

    QString m_name;
    QLocalServer* m_server = nullptr;
};
