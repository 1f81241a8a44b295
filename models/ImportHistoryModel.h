#pragma once

#include "ImportRecord.h"

#include <QAbstractTableModel>
#include <QList>

// The recorded imports as a read-only table for the import history dialog, newest first as the
// store lists them. Counts are right-aligned numbers so the view sorts and reads them as such.
class ImportHistoryModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        WhenColumn,
        UserColumn,
        FileColumn,
        ModeColumn,
        StatusColumn,
        CreatedColumn,
        UpdatedColumn,
        RejectedColumn,
        ColumnCount
    };

    explicit ImportHistoryModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setRecords(const QList<ImportRecord>& records);
    const QList<ImportRecord>& records() const { return m_records; }
    ImportRecord recordAt(int row) const { return m_records.value(row); }
    // The row of the import with this id, or -1.
    int rowOf(qint64 importId) const;

    static QString modeText(const QString& mode);
    static QString statusText(const QString& status);

private:
    QList<ImportRecord> m_records;
};
