#pragma once

#include "ImportRecord.h"

#include <QDialog>
#include <optional>

class ImportHistoryModel;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableView;
class TokenService;

// File → Import History…: every recorded import, newest first, with its mapping and errors, and
// the way to undo one as a whole or export the list to CSV.
class ImportHistoryDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ImportHistoryDialog(TokenService* service, QWidget* parent = nullptr);

    ImportHistoryModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    QPushButton* undoButton() const { return m_undo; }
    QPushButton* exportButton() const { return m_export; }
    QString detailsText() const;
    QString statusText() const;

public Q_SLOTS:
    void reload();
    void undoSelected();
    void exportList();

Q_SIGNALS:
    // The list was (re)read from the store.
    void loaded();

private:
    std::optional<ImportRecord> selectedRecord() const;
    void showSelected();
    void setStatus(const QString& text);

    TokenService* m_service;
    ImportHistoryModel* m_model;
    QTableView* m_table;
    QPlainTextEdit* m_details;
    QLabel* m_status;
    QPushButton* m_undo;
    QPushButton* m_export;
    qint64 m_keepSelected = 0;
};
