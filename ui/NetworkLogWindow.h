#pragma once

#include <QWidget>

class NetworkLog;
class QPlainTextEdit;
class QPushButton;
class QTableView;

// View → Network log: the CRM.COM requests and responses of this session, newest at the bottom,
// with the selected exchange's URL and bodies below. Everything it shows comes from NetworkLog,
// which redacted the secrets before storing them, so Copy cannot leak them either.
class NetworkLogWindow : public QWidget
{
    Q_OBJECT

public:
    explicit NetworkLogWindow(NetworkLog& log, QWidget* parent = nullptr);

    QTableView* table() const { return m_table; }
    // The selected exchanges in full (every exchange when none is selected), as Copy puts them
    // on the clipboard.
    QString selectedText() const;
    QString detailsText() const;

public Q_SLOTS:
    void copy();
    void clear();

private:
    QString exchangeText(int row) const;
    void showDetails();

    NetworkLog& m_log;
    QTableView* m_table;
    QPlainTextEdit* m_details;
    QPushButton* m_copy;
    QPushButton* m_clear;
};
