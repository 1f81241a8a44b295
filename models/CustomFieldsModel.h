#pragma once

#include <QAbstractTableModel>
#include <QMap>
#include <QPair>
#include <QString>

// The custom fields of one token as an editable name/value table for the editor. Names stay
// unique and non-empty; changes() turns the edits into a custom_field_set (an empty value
// removes a field).
class CustomFieldsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        ValueColumn,
        ColumnCount
    };

    explicit CustomFieldsModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool removeRows(int row, int count, const QModelIndex& parent = QModelIndex()) override;

    void setFields(const QMap<QString, QString>& fields);
    QMap<QString, QString> fields() const;
    // Appends a field with a free name ("field", "field 2", ...) and returns its row.
    int addField();
    // The custom_field_set that turns original into the current fields.
    QMap<QString, QString> changes(const QMap<QString, QString>& original) const;

Q_SIGNALS:
    void fieldsEdited();
    // A rename of the name at index was refused because the name is empty or taken.
    void nameRejected(const QModelIndex& index, const QString& message);

private:
    QList<QPair<QString, QString>> m_rows;
};
