#pragma once

#include "Result.h"
#include "RowRangeResolver.h"
#include "TokenExporter.h"

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

// Exports a selection of the token table to a CSV file behind a progress dialog with Cancel. Rows
// of the selection never loaded (Ctrl+A on a hundred thousand rows) are read from the store first.
// The file is formatted and written on a thread of its own, neither the window's nor the store's,
// into a temporary file that replaces the target only when complete: a cancel or a failure leaves
// no partial file, and an earlier file of that name as it was.
class SelectionExport : public QObject
{
    Q_OBJECT

public:
    // A selection whose rows are all loaded: written as the table shows them.
    SelectionExport(const QList<AccessToken>& tokens, const QString& path, QWidget* parent);
    // A selection that reaches rows never loaded: read through the store first.
    SelectionExport(TokenService* service, TokenTableModel* model,
                    const QList<RowRangeResolver::Range>& ranges, const QString& path, QWidget* parent);
    ~SelectionExport() override;

    // Starts the file with the UTF-8 byte order mark Excel needs (CsvWriter::writeByteOrderMark).
    void setByteOrderMark(bool on) { m_byteOrderMark = on; }
    // The columns written, as TokenExporter names them (every standard field unless set).
    void setColumns(const QStringList& columns) { m_columns = columns; }
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
    bool m_readsFromStore = false;
    QList<AccessToken> m_loaded;
    QString m_path;
    qint64 m_rows = 0;
    std::shared_ptr<QSaveFile> m_file;
    bool m_byteOrderMark = false;
    QStringList m_columns = TokenExporter::defaultColumns();
    QPointer<QProgressDialog> m_progress;
    QTimer m_progressTimer;
    std::shared_ptr<std::atomic_bool> m_cancelled = std::make_shared<std::atomic_bool>(false);
    std::shared_ptr<std::atomic<qint64>> m_resolved = std::make_shared<std::atomic<qint64>>(0);
    bool m_writing = false;
    Result<qint64> m_result = qint64(0);
};
