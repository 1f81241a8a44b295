#include "ImportPreviewModel.h"

ImportPreviewModel::ImportPreviewModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void ImportPreviewModel::setPreview(const CsvPreview& preview)
{
    beginResetModel();
    m_preview = preview;
    m_columns = int(m_preview.header.size());
    for (const QStringList& row : m_preview.rows)
        m_columns = qMax(m_columns, int(row.size()));
    endResetModel();
}

int ImportPreviewModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_preview.rows.size());
}

int ImportPreviewModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_columns;
}

QVariant ImportPreviewModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_preview.rows.size())
        return QVariant();
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
        return m_preview.rows.at(index.row()).value(index.column());
    return QVariant();
}

QVariant ImportPreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return QVariant();
    if (orientation == Qt::Vertical)
        return section + 1;
    const QString cell = m_preview.header.value(section);
    return cell.isEmpty() ? tr("Column %1").arg(section + 1) : cell;
}
