#pragma once

#include <QAbstractTableModel>
#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QMutex>
#include <QString>
#include <QUrl>

// The requests and responses of the CRM.COM store, for View → Network log. Secrets (session
// tokens, passwords, pass codes, verification codes, OTPs, API keys) are redacted before an entry
// is stored, so nothing here can leak them. record() may be called from any thread; the model
// itself lives on the thread that created it (the GUI thread for shared()).
class NetworkLog : public QAbstractTableModel
{
    Q_OBJECT

public:
    struct Entry
    {
        QDateTime time;
        QString method;
        // Redacted: no secret query parameter survives.
        QUrl url;
        QByteArray requestBody;
        int httpStatus = 0;
        QByteArray responseBody;
        qint64 elapsedMs = 0;
        // Transport or status failure, empty on success.
        QString error;
    };

    enum Column
    {
        TimeColumn,
        MethodColumn,
        PathColumn,
        StatusColumn,
        ElapsedColumn,
        ErrorColumn,
        ColumnCount
    };
    enum Role
    {
        RequestBodyRole = Qt::UserRole + 1,
        ResponseBodyRole,
    };

    explicit NetworkLog(int capacity = 2000, QObject* parent = nullptr);

    // The log of the whole application, owned by the main thread.
    static NetworkLog& shared();

    // Redacts and appends; the oldest entries go when the log is full.
    void record(Entry entry);
    // A thread-safe copy, newest last.
    QList<Entry> entries() const;
    void clear();

    // The body with the value of every secret key replaced by "***", at any depth; a body that is
    // not JSON is replaced whole when it might hold a secret.
    static QByteArray redactBody(const QByteArray& body);
    static QUrl redactUrl(const QUrl& url);
    static bool isSecretKey(const QString& key);

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void append(const Entry& entry);

    const int m_capacity;
    mutable QMutex m_mutex;
    QList<Entry> m_entries;
};
