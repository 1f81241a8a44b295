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

// File → Import History…: every recorded import, newest first (the older ones read as the list
// scrolls), with its mapping and errors, and the way to undo one as a whole or export them all to CSV.
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
    // Who ran an import, as its record has it: user and unit, either, or neither.
    static QString runByText(const QString& user, const QString& unit);
    QString statusText() const;
    // Says that older imports exist and load as the list scrolls; empty once all are listed.
    QString shownText() const;

public Q_SLOTS:
    void reload();
    // The next older imports after the ones listed (the view asks when scrolled to the end).
    void loadOlder();
    void undoSelected();
    void exportList();

Q_SIGNALS:
    // The list was (re)read from the store.
    void loaded();

private:
    std::optional<ImportRecord> selectedRecord() const;
    void showSelected();
    void confirmUndo(const ImportRecord& record);
    void setStatus(const QString& text);
    void updateShown();
    void writeExport(const QString& path, const QList<ImportRecord>& records);

    TokenService* m_service;
    ImportHistoryModel* m_model;
    QTableView* m_table;
    QPlainTextEdit* m_details;
    QLabel* m_shown;
    QLabel* m_status;
    QPushButton* m_undo;
    QPushButton* m_export;
    qint64 m_keepSelected = 0;
    bool m_loadingOlder = false;
    // Counts the readings of the whole list, so older imports read before one are dropped.
    quint64 m_listing = 0;
};
