#pragma once

#include <QByteArray>
#include <QIODevice>

// The body of a write to CRM.COM, readable exactly once. QNetworkAccessManager silently sends a
// request again when a kept-alive connection closes before the answer; for a POST that may
// already have been carried out that would repeat a change. A body that cannot be rewound makes
// QNAM fail with ContentReSendError instead, and the store decides (spec §4: writes are never
// repeated blindly).
class OneShotUploadDevice : public QIODevice
{
public:
    explicit OneShotUploadDevice(QByteArray data, QObject* parent = nullptr);

    bool isSequential() const override { return true; }
    bool reset() override { return false; }
    qint64 bytesAvailable() const override;
    bool atEnd() const override;

protected:
    qint64 readData(char* data, qint64 maxSize) override;
    qint64 writeData(const char* data, qint64 maxSize) override;

private:
    QByteArray m_data;
    qint64 m_position = 0;
};
