#include "CustomFieldsModel.h"

CustomFieldsModel::CustomFieldsModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

int CustomFieldsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int CustomFieldsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CustomFieldsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return QVariant();
    const auto& row = m_rows.at(index.row());
    return index.column() == NameColumn ? row.first : row.second;
}

bool CustomFieldsModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    auto& row = m_rows[index.row()];
    const QString text = value.toString();
    if (index.column() == NameColumn) {
        const QString name = text.trimmed();
        if (name == row.first)
            return false;
        if (name.isEmpty()) {
            Q_EMIT nameRejected(index, tr("A custom field needs a name"));
            return false;
        }
        for (const auto& other : std::as_const(m_rows)) {
            if (other.first == name) {
                Q_EMIT nameRejected(index, tr("There is already a custom field named %1").arg(name));
                return false;
            }
        }
        row.first = name;
    } else {
        if (text == row.second)
            return false;
        row.second = text;
    }
    Q_EMIT dataChanged(index, index, { Qt::DisplayRole, Qt::EditRole });
    Q_EMIT fieldsEdited();
    return true;
}

QVariant CustomFieldsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole)
        return section == NameColumn ? tr("Name") : tr("Value");
    return QAbstractTableModel::headerData(section, orientation, role);
}

Qt::ItemFlags CustomFieldsModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable | Qt::ItemNeverHasChildren;
}

bool CustomFieldsModel::removeRows(int row, int count, const QModelIndex& parent)
{
    if (parent.isValid() || row < 0 || count <= 0 || row + count > m_rows.size())
        return false;
    beginRemoveRows(parent, row, row + count - 1);
    m_rows.remove(row, count);
    endRemoveRows();
    Q_EMIT fieldsEdited();
    return true;
}

void CustomFieldsModel::setFields(const QMap<QString, QString>& fields)
{
    beginResetModel();
    m_rows.clear();
    for (auto it = fields.cbegin(); it != fields.cend(); ++it)
        m_rows.append({ it.key(), it.value() });
    endResetModel();
}

QMap<QString, QString> CustomFieldsModel::fields() const
{
    QMap<QString, QString> fields;
    for (const auto& row : m_rows)
        fields.insert(row.first, row.second);
    return fields;
}

int CustomFieldsModel::addField()
{
    const QMap<QString, QString> current = fields();
    QString name = tr("field");
    for (int n = 2; current.contains(name); ++n)
        name = tr("field %1").arg(n);
    const int row = static_cast<int>(m_rows.size());
    beginInsertRows(QModelIndex(), row, row);
    m_rows.append({ name, QString() });
    endInsertRows();
    Q_EMIT fieldsEdited();
    return row;
}

QMap<QString, QString> CustomFieldsModel::changes(const QMap<QString, QString>& original) const
{
    const QMap<QString, QString> current = fields();
    QMap<QString, QString> set;
    for (auto it = original.cbegin(); it != original.cend(); ++it) {
        if (!current.contains(it.key()))
            set.insert(it.key(), QString());
    }
    for (auto it = current.cbegin(); it != current.cend(); ++it) {
        if (original.value(it.key()) != it.value() || !original.contains(it.key()))
            set.insert(it.key(), it.value());
    }
    return set;
}
