#pragma once

#include "Result.h"
#include "RowRangeResolver.h"

#include <QObject>
#include <QPointer>
#include <QTimer>
#include <atomic>
#include <memory>

class QProgressDialog;
class QSaveFile;
class QWidget;
class TokenService;
class TokenTableModel;

// Exports a selection of the token table that reaches rows never loaded (Ctrl+A on a hundred
// thousand rows) to a CSV file. The rows are read from the store behind a progress dialog with
// Cancel, then written on the store's worker thread into a temporary file that replaces the target
// only when complete: a cancel or a failure leaves no partial file, and an earlier file of that
// name as it was.
class SelectionExport : public QObject
{
    Q_OBJECT

public:
    SelectionExport(TokenService* service, TokenTableModel* model,
                    const QList<RowRangeResolver::Range>& ranges, const QString& path, QWidget* parent);
    ~SelectionExport() override;

    void start();
    void cancel();

    bool wasCancelled() const { return m_cancelled->load(); }
    // The number of tokens written, or why none were.
    Result<qint64> result() const { return m_result; }

Q_SIGNALS:
    void finished();

private:
    void write(const QList<AccessToken>& tokens);
    void showProgress();
    void finish(const Result<qint64>& result);

    QPointer<TokenService> m_service;
    QPointer<TokenTableModel> m_model;
    QList<RowRangeResolver::Range> m_ranges;
    QString m_path;
    qint64 m_rows = 0;
    std::shared_ptr<QSaveFile> m_file;
    QPointer<QProgressDialog> m_progress;
    QTimer m_progressTimer;
    std::shared_ptr<std::atomic_bool> m_cancelled = std::make_shared<std::atomic_bool>(false);
    std::shared_ptr<std::atomic<qint64>> m_resolved = std::make_shared<std::atomic<qint64>>(0);
    bool m_writing = false;
    Result<qint64> m_result = qint64(0);
};
