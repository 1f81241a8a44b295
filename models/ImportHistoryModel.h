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
        NumberColumn,
        WhenColumn,
        UserColumn,
        FileColumn,
        ModeColumn,
        StatusColumn,
        CreatedColumn,
        UpdatedColumn,
        UnchangedColumn,
        RejectedColumn,
        ColumnCount
    };

    explicit ImportHistoryModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    bool canFetchMore(const QModelIndex& parent = QModelIndex()) const override;
    // Asks the owner for the older imports through olderWanted(); the model reads no store.
    void fetchMore(const QModelIndex& parent = QModelIndex()) override;

    // The newest imports; more says that older ones exist beyond them.
    void setRecords(const QList<ImportRecord>& records, bool more = false);
    // Older imports after the loaded ones, without disturbing the rows a person is looking at.
    void appendRecords(const QList<ImportRecord>& records, bool more);
    bool hasOlder() const { return m_more; }
    const QList<ImportRecord>& records() const { return m_records; }
    ImportRecord recordAt(int row) const { return m_records.value(row); }
    // The row of the import with this id, or -1.
    int rowOf(qint64 importId) const;

    static QString modeText(const QString& mode);
    static QString statusText(const QString& status);
    // A recorded mapping ("identifier,,custom:colour") as the columns it imported, by title.
    static QString mappingText(const QString& mapping);

Q_SIGNALS:
    // The view reached the last loaded import and older ones exist.
    void olderWanted();

private:
    QList<ImportRecord> m_records;
    bool m_more = false;
};
