#include "ImportHistoryModel.h"

#include "ColumnMapping.h"
#include "TokenField.h"

#include <QFileInfo>
#include <QLocale>

ImportHistoryModel::ImportHistoryModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

int ImportHistoryModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_records.size());
}

int ImportHistoryModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ImportHistoryModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_records.size())
        return QVariant();
    const ImportRecord& record = m_records.at(index.row());
    if (role == Qt::TextAlignmentRole && (index.column() == NumberColumn || index.column() >= CreatedColumn))
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == FileColumn)
        return record.fileName;
    if (role != Qt::DisplayRole)
        return QVariant();
    switch (index.column()) {
    case NumberColumn:
        return record.id;
    case WhenColumn:
        return QLocale().toString(record.startedAt.toLocalTime(), QLocale::ShortFormat);
    case UserColumn:
        return record.user;
    case FileColumn:
        // The full path is in the tooltip and the details; the name is what a person recognises.
        return QFileInfo(record.fileName).fileName();
    case ModeColumn:
        return modeText(record.mode);
    case StatusColumn:
        return statusText(record.status);
    case CreatedColumn:
        return record.created;
    case UpdatedColumn:
        return record.updated;
    case UnchangedColumn:
        return record.unchanged;
    case RejectedColumn:
        return record.rejected;
    default:
        return QVariant();
    }
}

QVariant ImportHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NumberColumn:
        //: The column of an import's number, as a token's History and the command line name it.
        return tr("No.");
    case WhenColumn:
        return tr("When");
    case UserColumn:
        return tr("User");
    case FileColumn:
        return tr("File");
    case ModeColumn:
        return tr("Mode");
    case StatusColumn:
        return tr("Status");
    case CreatedColumn:
        return tr("Created");
    case UpdatedColumn:
        return tr("Updated");
    case UnchangedColumn:
        return tr("Unchanged");
    case RejectedColumn:
        return tr("Rejected");
    default:
        return QVariant();
    }
}

bool ImportHistoryModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && m_more;
}

void ImportHistoryModel::fetchMore(const QModelIndex& parent)
{
    if (canFetchMore(parent))
        Q_EMIT olderWanted();
}

void ImportHistoryModel::setRecords(const QList<ImportRecord>& records, bool more)
{
    beginResetModel();
    m_records = records;
    m_more = more;
    endResetModel();
}

void ImportHistoryModel::appendRecords(const QList<ImportRecord>& records, bool more)
{
    m_more = more;
    if (records.isEmpty())
        return;
    beginInsertRows(QModelIndex(), int(m_records.size()), int(m_records.size() + records.size()) - 1);
    m_records.append(records);
    endInsertRows();
}

int ImportHistoryModel::rowOf(qint64 importId) const
{
    for (int row = 0; row < m_records.size(); ++row) {
        if (m_records.at(row).id == importId)
            return row;
    }
    return -1;
}

QString ImportHistoryModel::modeText(const QString& mode)
{
    const QString base = ImportRecord::baseModeOf(mode);
    const QString upsertBy = ImportRecord::upsertByOf(mode);
    QString text = base;
    if (base == QLatin1String("atomic"))
        text = tr("All or nothing");
    else if (base == QLatin1String("skip-invalid"))
        text = tr("Skip invalid rows");
    return upsertBy.isEmpty()
        ? text
        : tr("%1, updating tokens found by “%2”").arg(text, TokenFields::title(upsertBy));
}

QString ImportHistoryModel::statusText(const QString& status)
{
    if (status == QLatin1String("running"))
        return tr("Running");
    if (status == QLatin1String("interrupted"))
        return tr("Interrupted");
    if (status == QLatin1String("completed"))
        return tr("Completed");
    if (status == QLatin1String("cancelled"))
        return tr("Cancelled");
    if (status == QLatin1String("failed"))
        return tr("Failed");
    if (status == QLatin1String("undone"))
        return tr("Undone");
    return status;
}

QString ImportHistoryModel::mappingText(const QString& mapping)
{
    // Columns left out are not listed: a wide file would bury the few it imported.
    QStringList columns;
    const QStringList targets = ColumnMapping::fromText(mapping).targets();
    for (qsizetype i = 0; i < targets.size(); ++i) {
        if (!targets.at(i).isEmpty())
            columns.append(tr("column %1 → %2").arg(i + 1).arg(ColumnMapping::displayName(targets.at(i))));
    }
    return columns.join(QLatin1String(", "));
}
