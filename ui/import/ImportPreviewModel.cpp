#include "ImportPreviewModel.h"

#include "ColumnMapping.h"

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
    // Without a header nothing says which column holds them.
    m_secret.clear();
    const ColumnMapping guess = ColumnMapping::guess(m_preview.header);
    for (int column = 0; column < m_columns; ++column)
        m_secret.append(!m_preview.header.isEmpty() && guess.target(column) == QLatin1String("pass_code"));
    endResetModel();
}

QString ImportPreviewModel::masked()
{
    return QString(6, QChar(0x2022));
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
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        const QString cell = m_preview.rows.at(index.row()).value(index.column());
        return m_secret.value(index.column()) && !cell.isEmpty() ? masked() : cell;
    }
    return QVariant();
}

QVariant ImportPreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    const qint64 line = m_preview.lines.value(section, section + 1);
    if (orientation == Qt::Vertical && role == Qt::ToolTipRole)
        return tr("Line %1 of the file").arg(line);
    if (role != Qt::DisplayRole)
        return QVariant();
    if (orientation == Qt::Vertical)
        return line;
    const QString cell = m_preview.header.value(section);
    return cell.isEmpty() ? tr("Column %1").arg(section + 1) : cell;
}
