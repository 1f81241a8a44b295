// model_bench: TokenTableModel against a plain QSqlTableModel on the same million-token SQLite
// file, each behind a real QTableView (configured as the main window's; the token table also has
// the main window's delegates, the plain model Qt's default one). Each figure runs until the view
// has painted the rows in question, for both models alike. Not part of ctest; run it by hand:
//   model_bench [FILE] [TOKENS]
// Without --model it makes FILE with store_bench when it does not hold TOKENS tokens yet, then
// runs itself once per model (so each peak RSS is the model's own) and prints both figures.
//   model_bench --model token|sql FILE   measures one model and prints "key=value" lines.
#include "StateBadgeDelegate.h"
#include "StoreFactory.h"
#include "StoreUrl.h"
#include "TableTextDelegate.h"
#include "TokenService.h"
#include "TokenTableModel.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHeaderView>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlTableModel>
#include <QStandardItemModel>
#include <QTableView>
#include <QTextStream>
#include <functional>

namespace {
// The prefix searched for: store_bench's identifiers are "u" + 16 hex digits, so "u00" keeps
// about 1/256 of the rows.
const QString searchPrefix = QStringLiteral("u00");

struct Targets
{
    double firstRowsMs = 200;
    double lastRowMs = 100;
    double searchMs = 100;
    double peakRssMb = 100;
};

double peakRssMb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    }
    return -1;
}

// Runs the event loop until done() holds; returns the milliseconds it took, or -1 on timeout.
double waitUntil(const std::function<bool()>& done, QElapsedTimer& timer, int timeoutMs = 120000)
{
    while (!done()) {
        if (timer.elapsed() > timeoutMs)
            return -1;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    }
    return double(timer.nsecsElapsed()) / 1e6;
}

// A table view that notes when it first finished painting while a given row had its data, so
// both models are timed up to the same point: the rows on screen, not just in the model.
class PaintTimedView : public QTableView
{
public:
    // Starts watching for a paint that shows row.
    void watch(int row, const QElapsedTimer* timer)
    {
        m_row = row;
        m_timer = timer;
        m_paintedMs = -1;
    }
    bool painted() const { return m_paintedMs >= 0; }
    double paintedMs() const { return m_paintedMs; }
    void setLoaded(const std::function<bool(int)>& loaded) { m_loaded = loaded; }

protected:
    void paintEvent(QPaintEvent* event) override
    {
        const int y = rowViewportPosition(m_row);
        const bool shown
            = m_timer && m_paintedMs < 0 && y >= 0 && y < viewport()->height() && m_loaded(m_row);
        QTableView::paintEvent(event);
        if (shown)
            m_paintedMs = double(m_timer->nsecsElapsed()) / 1e6;
    }

private:
    int m_row = 0;
    const QElapsedTimer* m_timer = nullptr;
    double m_paintedMs = -1;
    std::function<bool(int)> m_loaded;
};

void showView(QTableView& view, QAbstractItemModel* model)
{
    view.setModel(model);
    view.resize(1200, 800);
    // As in the main window: no row header (its width would be measured over every row), and
    // one line of text per cell.
    view.verticalHeader()->hide();
    view.verticalHeader()->setDefaultSectionSize(24);
    view.setWordWrap(false);
    view.show();
}

// The first paint in a process loads fonts and the style, the same for every model; each run
// pays it before its timer starts so the figures are the model's.
void warmUpPainting()
{
    QStandardItemModel model(3, 3);
    model.setItem(0, 0, new QStandardItem(QStringLiteral("warm-up")));
    QTableView view;
    showView(view, &model);
    view.viewport()->repaint();
    QCoreApplication::processEvents();
}

// Runs the event loop until the view has painted the watched row; the milliseconds, or -1.
double untilPainted(PaintTimedView& view, QElapsedTimer& timer)
{
    if (waitUntil([&]() { return view.painted(); }, timer) < 0)
        return -1;
    return view.paintedMs();
}

int measureTokenModel(const QString& file, QTextStream& out)
{
    StoreUrl url;
    url.kind = StoreUrl::Kind::Sqlite;
    url.path = file;
    TokenService service([url]() { return StoreFactory::create(url); });
    QFuture<Result<void>> opened = service.open();
    opened.waitForFinished();
    if (!opened.result().ok()) {
        out << "error=" << opened.result().error().toString() << Qt::endl;
        return 1;
    }
    warmUpPainting();
    PaintTimedView view;
    TokenTableModel model(&service);
    // The main window's cell painting: text laid out once per string, the state as a badge.
    view.setItemDelegate(new TableTextDelegate(&view));
    view.setItemDelegateForColumn(model.columnOf(QStringLiteral("life_cycle_state")),
                                  new StateBadgeDelegate(&view));
    view.setLoaded([&model](int row) { return model.tokenAt(row).has_value(); });
    QElapsedTimer timer;
    timer.start();
    view.watch(0, &timer);
    // The first page is on its way to the worker thread while the view is being set up.
    model.refresh();
    showView(view, &model);
    out << "first_rows_ms=" << untilPainted(view, timer) << Qt::endl;
    waitUntil([&]() { return model.isCountExact(); }, timer);
    out << "count_ms=" << double(timer.nsecsElapsed()) / 1e6 << Qt::endl;
    out << "rows=" << model.rowCount() << Qt::endl;

    timer.restart();
    const int last = model.rowCount() - 1;
    view.watch(last, &timer);
    view.scrollToBottom();
    out << "last_row_ms=" << untilPainted(view, timer) << Qt::endl;
    out << "last_row_number=" << model.tokenAt(last)->number << Qt::endl;

    timer.restart();
    model.setSearch(searchPrefix);
    view.setLoaded([&model](int row) { return model.tokenAt(row).has_value() && !model.isLoading(); });
    view.watch(0, &timer);
    out << "search_ms=" << untilPainted(view, timer) << Qt::endl;
    waitUntil([&]() { return model.isCountExact(); }, timer);
    out << "search_count_ms=" << double(timer.nsecsElapsed()) / 1e6 << Qt::endl;
    out << "search_rows=" << model.rowCount() << Qt::endl;
    out << "rows_fetched=" << model.rowsFetched() << Qt::endl;
    out << "peak_rss_mb=" << peakRssMb() << Qt::endl;
    return 0;
}

int measureSqlTableModel(const QString& file, QTextStream& out)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"));
    db.setDatabaseName(file);
    if (!db.open()) {
        out << "error=" << db.lastError().text() << Qt::endl;
        return 1;
    }
    warmUpPainting();
    PaintTimedView view;
    QSqlTableModel model(nullptr, db);
    view.setLoaded([&model](int row) { return row < model.rowCount(); });
    QElapsedTimer timer;
    timer.start();
    view.watch(0, &timer);
    model.setTable(QStringLiteral("tokens"));
    model.setSort(model.fieldIndex(QStringLiteral("number")), Qt::AscendingOrder);
    model.select();
    showView(view, &model);
    out << "first_rows_ms=" << untilPainted(view, timer) << Qt::endl;

    // QSqlTableModel only knows the rows it has fetched: reaching the last row means fetching
    // every row before it, which is what scrolling to the bottom does step by step.
    timer.restart();
    while (model.canFetchMore())
        model.fetchMore();
    view.watch(model.rowCount() - 1, &timer);
    view.scrollToBottom();
    out << "last_row_ms=" << untilPainted(view, timer) << Qt::endl;
    out << "rows=" << model.rowCount() << Qt::endl;
    out << "last_row_number="
        << model.data(model.index(model.rowCount() - 1, model.fieldIndex(QStringLiteral("number"))))
               .toString()
        << Qt::endl;

    timer.restart();
    model.setFilter(QStringLiteral("identifier LIKE '%1%'").arg(searchPrefix));
    model.select();
    // The view keeps its scroll position across the reset; a search shows the top of the result.
    view.scrollToTop();
    view.watch(0, &timer);
    out << "search_ms=" << untilPainted(view, timer) << Qt::endl;
    while (model.canFetchMore())
        model.fetchMore();
    out << "search_count_ms=" << double(timer.nsecsElapsed()) / 1e6 << Qt::endl;
    out << "search_rows=" << model.rowCount() << Qt::endl;
    out << "peak_rss_mb=" << peakRssMb() << Qt::endl;
    return 0;
}

QMap<QString, QString> runChild(const QString& kind, const QString& file, QTextStream& out)
{
    QProcess child;
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    child.start(QCoreApplication::applicationFilePath(), { QStringLiteral("--model"), kind, file });
    child.waitForFinished(-1);
    QMap<QString, QString> figures;
    for (const QByteArray& line : child.readAllStandardOutput().split('\n')) {
        const int eq = line.indexOf('=');
        if (eq > 0)
            figures.insert(QString::fromUtf8(line.left(eq)), QString::fromUtf8(line.mid(eq + 1)));
    }
    if (child.exitCode() != 0)
        out << kind << " run failed: " << figures.value(QStringLiteral("error")) << Qt::endl;
    return figures;
}
} // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("TokenDeskBench"));
    QCoreApplication::setApplicationName(QStringLiteral("model_bench"));
    QTextStream out(stdout);
    QStringList args = app.arguments();
    args.removeFirst();

    if (args.size() >= 3 && args.at(0) == QLatin1String("--model"))
        return args.at(1) == QLatin1String("sql") ? measureSqlTableModel(args.at(2), out)
                                                  : measureTokenModel(args.at(2), out);

    const QString file = args.value(0, QStringLiteral("/tmp/tokendesk-model-bench.sqlite"));
    const QString tokens = args.value(1, QStringLiteral("1000000"));
    // store_bench fills the store with direct SQL (or reuses FILE when it already holds TOKENS).
    QProcess filler;
    filler.setProcessChannelMode(QProcess::ForwardedChannels);
    out << "preparing " << file << " with store_bench …" << Qt::endl;
    filler.start(QStringLiteral(TOKENDESK_STORE_BENCH), { tokens, QStringLiteral("1"), file });
    filler.waitForFinished(-1);
    if (filler.exitCode() != 0 || !QFileInfo::exists(file)) {
        out << "store_bench could not prepare " << file << Qt::endl;
        return 1;
    }

    const QMap<QString, QString> token = runChild(QStringLiteral("token"), file, out);
    const QMap<QString, QString> sql = runChild(QStringLiteral("sql"), file, out);
    const Targets targets;
    struct Row
    {
        const char* label;
        const char* key;
        double target;
    };
    const Row rows[] = {
        { "time to first rows (ms)", "first_rows_ms", targets.firstRowsMs },
        { "time to show the last row (ms)", "last_row_ms", targets.lastRowMs },
        { "time for a search to narrow (ms)", "search_ms", targets.searchMs },
        { "peak RSS (MB)", "peak_rss_mb", targets.peakRssMb },
    };
    out << Qt::endl
        << "rows: " << token.value(QStringLiteral("rows")) << ", search '" << searchPrefix << "' keeps "
        << token.value(QStringLiteral("search_rows")) << Qt::endl;
    out << QStringLiteral("%1 %2 %3 %4")
               .arg(QString(), -34)
               .arg(QStringLiteral("TokenTableModel"), 16)
               .arg(QStringLiteral("QSqlTableModel"), 16)
               .arg(QStringLiteral("target"), 8)
        << Qt::endl;
    bool allMet = true;
    for (const Row& row : rows) {
        const double mine = token.value(QString::fromLatin1(row.key)).toDouble();
        const double theirs = sql.value(QString::fromLatin1(row.key)).toDouble();
        const bool met = mine >= 0 && mine <= row.target && (theirs < 0 || mine <= theirs);
        allMet = allMet && met;
        out << QStringLiteral("%1 %2 %3 %4 %5")
                   .arg(QString::fromLatin1(row.label), -34)
                   .arg(mine, 16, 'f', 1)
                   .arg(theirs, 16, 'f', 1)
                   .arg(row.target, 8, 'f', 0)
                   .arg(met ? QStringLiteral("ok") : QStringLiteral("MISSED"))
            << Qt::endl;
    }
    out << "TokenTableModel: count known after " << token.value(QStringLiteral("count_ms"))
        << " ms; search count after " << token.value(QStringLiteral("search_count_ms")) << " ms; "
        << token.value(QStringLiteral("rows_fetched")) << " rows fetched in all" << Qt::endl;
    return allMet ? 0 : 2;
}
