#include "NetworkLogWindow.h"

#include "NetworkLog.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QHeaderView>
#include <QJsonDocument>
#include <QKeySequence>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace {
QString readable(const QString& body)
{
    if (body.isEmpty())
        return QString();
    const QJsonDocument json = QJsonDocument::fromJson(body.toUtf8());
    return json.isNull() ? body : QString::fromUtf8(json.toJson(QJsonDocument::Indented)).trimmed();
}
} // namespace

NetworkLogWindow::NetworkLogWindow(NetworkLog& log, QWidget* parent)
    : QWidget(parent, Qt::Window)
    , m_log(log)
    , m_table(new QTableView(this))
    , m_details(new QPlainTextEdit(this))
    , m_copy(new QPushButton(tr("&Copy"), this))
    , m_clear(new QPushButton(tr("C&lear"), this))
{
    setWindowTitle(tr("Network Log"));
    setObjectName(QStringLiteral("networkLogWindow"));
    // A window of its own, not a dialog: Escape closes it as it would close one.
    auto* close = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    close->setContext(Qt::WidgetWithChildrenShortcut);
    connect(close, &QShortcut::activated, this, &QWidget::close);
    resize(900, 600);

    m_table->setModel(&m_log);
    m_table->setObjectName(QStringLiteral("networkLogTable"));
    m_table->setAccessibleName(tr("Requests"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setWordWrap(false);
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->resizeSection(NetworkLog::TimeColumn, 110);
    m_table->horizontalHeader()->resizeSection(NetworkLog::MethodColumn, 70);
    m_table->horizontalHeader()->resizeSection(NetworkLog::PathColumn, 320);
    m_table->horizontalHeader()->resizeSection(NetworkLog::StatusColumn, 60);
    m_table->horizontalHeader()->resizeSection(NetworkLog::ElapsedColumn, 80);

    m_details->setObjectName(QStringLiteral("networkLogDetails"));
    m_details->setAccessibleName(tr("Request and response"));
    m_details->setReadOnly(true);
    // Bodies over the log's size limit are cut, hence not JSON, and come as one long line.
    m_details->setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    m_details->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_details->setPlaceholderText(tr("Select a request to see its URL and bodies. Passwords, session "
                                     "tokens, keys and codes are shown as ***."));

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);

    m_copy->setToolTip(tr("Copy the selected requests, or all of them (%1)")
                           .arg(QKeySequence(QKeySequence::Copy).toString(QKeySequence::NativeText)));
    m_clear->setToolTip(tr("Forget every request logged so far"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_copy, QDialogButtonBox::ActionRole);
    buttons->addButton(m_clear, QDialogButtonBox::ResetRole);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addWidget(buttons);

    auto* copyShortcut = new QAction(this);
    copyShortcut->setShortcut(QKeySequence::Copy);
    copyShortcut->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_table->addAction(copyShortcut);
    connect(copyShortcut, &QAction::triggered, this, &NetworkLogWindow::copy);
    connect(m_copy, &QPushButton::clicked, this, &NetworkLogWindow::copy);
    connect(m_clear, &QPushButton::clicked, this, &NetworkLogWindow::clear);
    connect(buttons, &QDialogButtonBox::rejected, this, &QWidget::close);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &NetworkLogWindow::showDetails);
    connect(&m_log, &QAbstractItemModel::modelReset, this, &NetworkLogWindow::showDetails);
    // Follows the newest request unless the person scrolled up to read an older one.
    connect(&m_log, &QAbstractItemModel::rowsInserted, this, [this]() {
        if (!m_table->selectionModel()->hasSelection())
            m_table->scrollToBottom();
    });
    m_table->scrollToBottom();
    // Opening the window puts the keyboard in the list, where the arrows pick a request. Not as the
    // window's focus proxy: Tab then went from the details back to the list, never to the buttons.
    m_table->setFocus();
}

QString NetworkLogWindow::exchangeText(int row) const
{
    const auto cell = [this, row](int column, int role = Qt::DisplayRole) {
        return m_log.data(m_log.index(row, column), role).toString();
    };
    QStringList lines;
    lines << tr("%1  %2 %3")
                 .arg(cell(NetworkLog::TimeColumn), cell(NetworkLog::MethodColumn),
                      cell(NetworkLog::PathColumn, Qt::ToolTipRole));
    const QString status = cell(NetworkLog::StatusColumn);
    lines << tr("HTTP %1, %2")
                 .arg(status.isEmpty() ? tr("no answer") : status, cell(NetworkLog::ElapsedColumn));
    if (const QString error = cell(NetworkLog::ErrorColumn); !error.isEmpty())
        lines << tr("Error: %1").arg(error);
    const QString request = readable(cell(0, NetworkLog::RequestBodyRole));
    if (!request.isEmpty())
        lines << tr("Request body:") << request;
    const QString response = readable(cell(0, NetworkLog::ResponseBodyRole));
    if (!response.isEmpty())
        lines << tr("Response body:") << response;
    return lines.join(QLatin1Char('\n'));
}

QString NetworkLogWindow::selectedText() const
{
    QList<int> rows;
    const QModelIndexList selected = m_table->selectionModel()->selectedRows();
    for (const QModelIndex& index : selected)
        rows.append(index.row());
    if (rows.isEmpty()) {
        for (int row = 0; row < m_log.rowCount(); ++row)
            rows.append(row);
    }
    std::sort(rows.begin(), rows.end());
    QStringList exchanges;
    for (int row : std::as_const(rows))
        exchanges.append(exchangeText(row));
    return exchanges.join(QStringLiteral("\n\n"));
}

QString NetworkLogWindow::detailsText() const
{
    return m_details->toPlainText();
}

void NetworkLogWindow::showDetails()
{
    const QModelIndexList selected = m_table->selectionModel()->selectedRows();
    m_details->setPlainText(selected.isEmpty() ? QString() : selectedText());
}

void NetworkLogWindow::copy()
{
    QApplication::clipboard()->setText(selectedText());
}

void NetworkLogWindow::clear()
{
    m_log.clear();
}
