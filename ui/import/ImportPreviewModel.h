#pragma once

#include "CsvPreview.h"

#include <QAbstractTableModel>

// The first records of a file as parsed, for the wizard's preview grid: one column per field,
// the header's cells (or "Column N") as section titles, each row numbered by its line in the file
// (as the reader's problems are), every cell as read but the pass codes of a column whose header
// names them, which are masked.
class ImportPreviewModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    explicit ImportPreviewModel(QObject* parent = nullptr);

    void setPreview(const CsvPreview& preview);
    const CsvPreview& preview() const { return m_preview; }

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // What a pass code is shown as, whatever its length.
    static QString masked();

private:
    CsvPreview m_preview;
    int m_columns = 0;
    QList<bool> m_secret;
};
