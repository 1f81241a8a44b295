#include "TokenTableModel.h"

#include "StateLabels.h"
#include "TokenField.h"
#include "TokenService.h"
#include "WhenFinished.h"

#include <QCoreApplication>
#include <QEvent>
#include <QLocale>
#include <algorithm>
#include <climits>

const QString TokenTableModel::customPrefix = QStringLiteral("custom:");

namespace {
// Changes often come in bursts (a bulk action, an import); one refresh answers them all.
constexpr int refreshCoalesceMs = 150;
// The first page of a new load starts with a screenful of rows (the rest of the page is read
// when it is scrolled to), so the first rows are in before the view first paints.
constexpr int leadRows = 64;
const int countEvent = QEvent::registerEventType();

QStringList catalogueColumns()
{
    QStringList keys;
    for (const TokenField& field : TokenFields::all()) {
        if (field.kind != TokenField::Kind::Secret)
            keys.append(field.wireName);
    }
    return keys;
}
} // namespace

TokenTableModel::TokenTableModel(TokenService* service, QObject* parent)
    : QAbstractTableModel(parent)
    , m_service(service)
    , m_columns(catalogueColumns())
{
    m_query.limit = m_pageSize;
    m_refreshTimer.setSingleShot(true);
    m_refreshTimer.setInterval(refreshCoalesceMs);
    connect(&m_refreshTimer, &QTimer::timeout, this, &TokenTableModel::refresh);
    if (m_service)
        connect(m_service, &TokenService::tokensChanged, this, &TokenTableModel::scheduleRefresh);
}

int TokenTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(std::min<qint64>(m_rowCount, INT_MAX));
}

int TokenTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_columns.size());
}

QVariant TokenTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const QString key = m_columns.at(index.column());
    if (role == ColumnKeyRole)
        return key;
    const AccessToken* token = cachedToken(index.row());
    if (!token) {
        if (role == Qt::DisplayRole && index.column() == 0)
            return tr("Loading…");
        if (role == Qt::ForegroundRole)
            return QVariant();
        return QVariant();
    }
    switch (role) {
    case Qt::DisplayRole:
        return displayValue(*token, key);
    case Qt::ToolTipRole:
        if (key == QLatin1String("accounts_receivable") && token->accountsReceivable)
            return token->accountsReceivable->name;
        return QVariant();
    case Qt::TextAlignmentRole: {
        const std::optional<TokenField> field = TokenFields::find(key);
        if (field && (field->kind == TokenField::Kind::Float || field->kind == TokenField::Kind::Number))
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant();
    }
    case TokenRole:
        return QVariant::fromValue(*token);
    case StateRole:
        return static_cast<int>(token->lifeCycleState);
    default:
        return QVariant();
    }
}

QVariant TokenTableModel::displayValue(const AccessToken& token, const QString& key) const
{
    if (key.startsWith(customPrefix))
        return token.customFields.value(key.mid(customPrefix.size()));
    if (key == QLatin1String("life_cycle_state"))
        return StateLabels::label(token.lifeCycleState);
    const QVariant value = TokenFields::value(token, key);
    const QLocale locale;
    switch (value.typeId()) {
    case QMetaType::Double:
        return locale.toString(value.toDouble());
    case QMetaType::QDate:
        return locale.toString(value.toDate(), QLocale::ShortFormat);
    case QMetaType::QDateTime:
        return locale.toString(value.toDateTime().toLocalTime(), QLocale::ShortFormat);
    default:
        return value;
    }
}

QVariant TokenTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= m_columns.size())
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole)
        return columnTitle(m_columns.at(section));
    if (role == ColumnKeyRole)
        return m_columns.at(section);
    if (role == Qt::ToolTipRole && !isSortable(section))
        return tr("%1 (the store cannot sort by this column)").arg(columnTitle(m_columns.at(section)));
    return QVariant();
}

Qt::ItemFlags TokenTableModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

void TokenTableModel::sort(int column, Qt::SortOrder order)
{
    if (!isSortable(column))
        return;
    TokenQuery query = m_query;
    query.sortField = m_columns.at(column);
    query.descending = order == Qt::DescendingOrder;
    const quint64 generation = m_generation;
    setQuery(query);
    if (generation != m_generation)
        Q_EMIT sortChanged();
}

void TokenTableModel::setQuery(const TokenQuery& query)
{
    if (query.sameRows(m_query))
        return;
    m_query = query.withoutPaging();
    m_query.limit = m_pageSize;
    reload();
}

void TokenTableModel::setSearch(const QString& search)
{
    TokenQuery query = m_query;
    query.search = search.trimmed();
    setQuery(query);
}

void TokenTableModel::setColumnFilter(const QString& columnKey, const QString& text)
{
    setQuery(withColumnFilter(m_query, columnKey, text));
}

TokenQuery TokenTableModel::withColumnFilter(TokenQuery query, const QString& columnKey, const QString& text)
{
    if (text.trimmed().isEmpty())
        query.columnFilters.remove(columnKey);
    else
        query.columnFilters.insert(columnKey, text.trimmed());
    return query;
}

QString TokenTableModel::columnKey(int column) const
{
    return column >= 0 && column < m_columns.size() ? m_columns.at(column) : QString();
}

int TokenTableModel::columnOf(const QString& key) const
{
    return static_cast<int>(m_columns.indexOf(key));
}

bool TokenTableModel::isSortable(int column) const
{
    const std::optional<TokenField> field = TokenFields::find(columnKey(column));
    return field && field->sortable;
}

bool TokenTableModel::isFilterable(int column) const
{
    // Column filters are pushed down by column key: a wire name, or "custom:NAME" for a custom field.
    const QString key = columnKey(column);
    return key.startsWith(customPrefix) || TokenFields::find(key).has_value();
}

QStringList TokenTableModel::defaultVisibleColumns()
{
    return { QStringLiteral("number"),
             QStringLiteral("identifier"),
             QStringLiteral("authentication_code"),
             QStringLiteral("life_cycle_state"),
             QStringLiteral("classification"),
             QStringLiteral("accounts_receivable"),
             QStringLiteral("reward_participant"),
             QStringLiteral("created_date"),
             QStringLiteral("updated_date") };
}

QString TokenTableModel::columnTitle(const QString& key)
{
    return key.startsWith(customPrefix) ? key.mid(customPrefix.size()) : TokenFields::title(key);
}

void TokenTableModel::addCustomFieldColumn(const QString& name)
{
    const QString key = customPrefix + name.trimmed();
    if (name.trimmed().isEmpty() || m_columns.contains(key))
        return;
    const int column = static_cast<int>(m_columns.size());
    beginInsertColumns(QModelIndex(), column, column);
    m_columns.append(key);
    endInsertColumns();
}

void TokenTableModel::removeCustomFieldColumn(const QString& name)
{
    const int column = columnOf(customPrefix + name);
    if (column < 0)
        return;
    beginRemoveColumns(QModelIndex(), column, column);
    m_columns.removeAt(column);
    endRemoveColumns();
    // A hidden filter would go on narrowing the table with nothing on screen saying so.
    if (m_query.columnFilters.contains(customPrefix + name))
        setColumnFilter(customPrefix + name, QString());
}

QStringList TokenTableModel::customFieldColumns() const
{
    QStringList names;
    for (const QString& key : m_columns) {
        if (key.startsWith(customPrefix))
            names.append(key.mid(customPrefix.size()));
    }
    return names;
}

int TokenTableModel::sortColumn() const
{
    return columnOf(m_query.sortField);
}

Qt::SortOrder TokenTableModel::sortOrder() const
{
    return m_query.descending ? Qt::DescendingOrder : Qt::AscendingOrder;
}

std::optional<AccessToken> TokenTableModel::tokenAt(int row) const
{
    if (row < 0 || row >= m_rowCount)
        return std::nullopt;
    const AccessToken* token = cachedToken(row);
    if (!token)
        return std::nullopt;
    return *token;
}

std::optional<AccessToken> TokenTableModel::loadedTokenAt(int row) const
{
    if (row < 0 || row >= m_rowCount)
        return std::nullopt;
    const auto page = m_pages.constFind(row / m_pageSize);
    // A stale page is what the view shows until its refresh arrives.
    if (page == m_pages.cend())
        return std::nullopt;
    const int offset = row % m_pageSize;
    if (offset >= page->rows.size())
        return std::nullopt;
    return page->rows.at(offset);
}

int TokenTableModel::rowOfId(const QString& id) const
{
    // A stale page says where a token was before the store changed, and may hold rows past the
    // end of a table that has shrunk since.
    for (auto it = m_pages.cbegin(); it != m_pages.cend(); ++it) {
        if (it->stale)
            continue;
        for (int i = 0; i < it->rows.size(); ++i) {
            const qint64 row = qint64(it.key()) * m_pageSize + i;
            if (it->rows.at(i).id == id && row < m_rowCount)
                return int(row);
        }
    }
    return -1;
}

void TokenTableModel::locate(const AccessToken& token)
{
    m_located.reset();
    const quint64 request = ++m_locates;
    if (const int row = rowOfId(token.id); row >= 0) {
        Q_EMIT located(row, token.id);
        return;
    }
    if (!m_service || !m_service->capabilities().listsAllTokens) {
        Q_EMIT located(-1, token.id);
        return;
    }
    // The rows before the token in this order: a count along the sort index, however deep it is.
    TokenQuery before = m_query.withoutPaging();
    before.afterValue = TokenFields::value(token, before.sortField);
    before.afterNumber = token.number;
    before.before = true;
    const quint64 rows = m_rowsGeneration;
    m_located = PendingLocate { std::nullopt, token.id, m_service->announcedChanges() };
    whenFinished(m_service->count(before), this, [this, rows, request](Result<qint64> row) {
        // A refresh keeps the rows (and the count stays a good guess); a new query does not.
        if (rows != m_rowsGeneration || request != m_locates || !m_located)
            return;
        if (!row.ok())
            return answerLocate(-1);
        m_located->row = row.value();
        emitLocated();
    });
}

void TokenTableModel::emitLocated()
{
    if (!m_located || !m_located->row || (!m_countKnown && *m_located->row >= m_rowCount))
        return;
    const qint64 row = *m_located->row;
    if (row >= m_rowCount) {
        // Past the end of rows counted before the change the locate was asked after (a token
        // just created): the count that follows it answers.
        if (m_countedGeneration != m_generation || m_countedChanges < m_located->changes)
            return;
        return answerLocate(-1);
    }
    // The count is where the token was when it was read; only its page, as read now, says whether
    // it is there still (it may have changed, or rows come and gone, since).
    const int pageIndex = static_cast<int>(row / m_pageSize);
    const auto page = m_pages.constFind(pageIndex);
    if (page == m_pages.cend() || page->stale)
        return requestPage(pageIndex);
    const qint64 offset = row - qint64(pageIndex) * m_pageSize;
    if (offset >= page->rows.size()) {
        if (page->partial)
            return requestPage(pageIndex);
        // The page came back short, or could not be read.
        return answerLocate(-1);
    }
    answerLocate(page->rows.at(offset).id == m_located->id ? row : -1);
}

void TokenTableModel::answerLocate(qint64 row)
{
    const QString id = std::exchange(m_located, std::nullopt)->id;
    Q_EMIT located(static_cast<int>(row), id);
}

QFuture<Result<QList<AccessToken>>>
TokenTableModel::resolveRows(const QList<RowRangeResolver::Range>& ranges, const QStringList& fields,
                             std::shared_ptr<std::atomic_bool> cancelled,
                             std::shared_ptr<std::atomic<qint64>> resolved)
{
    const quint64 changes = m_service->announcedChanges();
    return whenFinished(RowRangeResolver::resolve(m_service, m_query, ranges, fields, std::move(cancelled),
                                                  std::move(resolved), m_countKnown ? m_count : -1),
                        this,
                        [this, changes](Result<QList<AccessToken>> found) -> Result<QList<AccessToken>> {
                            // Counted when announced, before the signal is queued: a change during the lookup
                            // is seen here even when its tokensChanged is still on its way.
                            if (found && m_service->announcedChanges() != changes)
                                return Error(Error::Code::Conflict, RowRangeResolver::shiftedMessage());
                            return found;
                        });
}

void TokenTableModel::setPageSize(int rows)
{
    m_pageSize = std::max(1, rows);
    m_query.limit = m_pageSize;
    reload();
}

void TokenTableModel::setMaxPages(int pages)
{
    m_maxPages = std::max(2, pages);
    evictPages();
}

void TokenTableModel::refresh()
{
    m_refreshTimer.stop();
    ++m_generation;
    m_loading.clear();
    for (Page& page : m_pages)
        page.stale = true;
    // Rows that fit on the first page are counted by reading it again (CRM.COM has no count but a
    // listing of the whole scope).
    if (m_pages.isEmpty() || m_rowCount == 0 || (m_countKnown && m_rowCount < m_pageSize)) {
        requestFirstPage();
    } else {
        askForRowsOnShow();
        // Queued after the pages, so the count never delays them.
        requestCount();
    }
    Q_EMIT loadingChanged(true);
}

void TokenTableModel::askForRowsOnShow()
{
    // Repainting asks for the rows on show again, which fetches their stale pages or those that
    // waited.
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

void TokenTableModel::requestFirstPage()
{
    // Counting a million rows takes longer than reading the first page. Asked for once that page
    // is in, the count neither delays the first rows nor competes with painting them.
    m_countPending = true;
    requestPage(0);
}

bool TokenTableModel::event(QEvent* event)
{
    if (event->type() == QEvent::Type(countEvent)) {
        startPendingCount();
        return true;
    }
    return QAbstractTableModel::event(event);
}

void TokenTableModel::startPendingCount()
{
    if (!m_countPending)
        return;
    m_countPending = false;
    requestCount();
}

void TokenTableModel::scheduleRefresh()
{
    if (!m_refreshTimer.isActive())
        m_refreshTimer.start();
}

void TokenTableModel::reload()
{
    beginResetModel();
    ++m_generation;
    ++m_rowsGeneration;
    m_located.reset();
    m_pages.clear();
    m_loading.clear();
    m_rowCount = 0;
    m_count = 0;
    m_countKnown = false;
    m_countFailed = false;
    endResetModel();
    requestFirstPage();
    Q_EMIT countChanged();
}

const AccessToken* TokenTableModel::cachedToken(int row) const
{
    const int pageIndex = row / m_pageSize;
    auto it = m_pages.find(pageIndex);
    if (it == m_pages.end()) {
        requestPage(pageIndex);
        return nullptr;
    }
    it->lastUse = ++m_useCounter;
    if (it->stale)
        requestPage(pageIndex);
    const int offset = row - pageIndex * m_pageSize;
    if (offset < it->rows.size())
        return &it->rows.at(offset);
    if (it->partial)
        requestPage(pageIndex);
    return nullptr;
}

void TokenTableModel::requestPage(int page) const
{
    if (!m_service || m_loading.contains(page))
        return;
    const qint64 start = qint64(page) * m_pageSize;
    if (m_countKnown && start >= m_count && page != 0)
        return;
    // CRM.COM pages by offset only, in an order of its own: no keyset, no reading from the end.
    const bool offsetOnly = !m_service->capabilities().listsAllTokens;
    const auto previous = m_pages.constFind(page - 1);
    const bool previousUsable
        = previous != m_pages.cend() && !previous->stale && previous->rows.size() == m_pageSize;
    const bool fromTheEnd = !previousUsable && !offsetOnly && m_countKnown && start > m_count / 2;
    if (fromTheEnd && m_countedGeneration != m_generation) {
        // Rows read from the end take their places from the count: one from before a change would
        // put each on its neighbour's place. The page shows what it had until the new count is in.
        m_pagesAwaitCount = true;
        return;
    }
    m_loading.insert(page);

    TokenQuery query = m_query.withoutPaging();
    query.limit = m_pageSize;
    bool reversed = false;
    const QVariant previousKey
        = previousUsable ? TokenFields::value(previous->rows.last(), query.sortField) : QVariant();
    if (previousKey.isValid() && !offsetOnly) {
        // Keyset paging from the neighbour: as fast deep in the table as at its top.
        query.afterValue = previousKey;
        query.afterNumber = previous->rows.last().number;
    } else if (fromTheEnd) {
        // A jump into the second half reads from the far end in the reverse order, so the last
        // row of a million is as near as the first.
        const qint64 end = std::min<qint64>(start + m_pageSize, m_count);
        query.descending = !query.descending;
        query.offset = static_cast<int>(m_count - end);
        query.limit = static_cast<int>(end - start);
        reversed = true;
    } else {
        query.offset = static_cast<int>(start);
    }
    // CRM.COM would send the lead rows again with the whole page: one request is cheaper there.
    const bool lead
        = page == 0 && m_countPending && !offsetOnly && !m_pages.contains(0) && m_pageSize > leadRows;
    if (lead)
        query.limit = leadRows;

    auto* self = const_cast<TokenTableModel*>(this);
    const quint64 generation = m_generation;
    const quint64 changes = m_service->announcedChanges();
    if (m_loading.size() == 1)
        Q_EMIT self->loadingChanged(true);
    whenFinished(m_service->list(query), self,
                 [self, page, generation, changes, reversed, lead](Result<QList<AccessToken>> result) {
                     if (generation != self->m_generation)
                         return;
                     if (!result.ok()) {
                         self->m_loading.remove(page);
                         // Keep an empty page so the view does not ask again until the next refresh.
                         self->m_pages.insert(page, Page { {}, ++self->m_useCounter, false });
                         self->emitLocated();
                         Q_EMIT self->loadFailed(
                             tr("Could not load tokens: %1").arg(result.error().message()));
                         Q_EMIT self->loadingChanged(self->isLoading());
                         if (page == 0)
                             self->startPendingCount();
                         return;
                     }
                     // Fewer lead rows than asked for: that is the whole table.
                     self->pageArrived(page, generation, changes, reversed, result.value(),
                                       lead && result->size() == leadRows);
                 });
}

void TokenTableModel::pageArrived(int page, quint64 generation, quint64 changes, bool reversed,
                                  const QList<AccessToken>& rows, bool partial)
{
    if (generation != m_generation)
        return;
    m_loading.remove(page);
    Page entry;
    entry.rows = rows;
    if (reversed)
        std::reverse(entry.rows.begin(), entry.rows.end());
    entry.lastUse = ++m_useCounter;
    entry.partial = partial;
    m_rowsFetched += rows.size();
    m_pages.insert(page, entry);

    const qint64 start = qint64(page) * m_pageSize;
    if (!m_countKnown && start + rows.size() > m_rowCount)
        setRowCount(start + rows.size());
    const qint64 last = std::min<qint64>(start + rows.size(), m_rowCount) - 1;
    if (last >= start)
        Q_EMIT dataChanged(index(static_cast<int>(start), 0),
                           index(static_cast<int>(last), columnCount() - 1));
    if (page == 0 && m_countPending && !partial && rows.size() < m_pageSize) {
        // Short of a whole page, the first page holds every row: the count needs no request.
        m_countPending = false;
        countArrived(rows.size(), generation, changes);
    }
    evictPages();
    emitLocated();
    if (page == 0) {
        Q_EMIT firstPageLoaded();
        // After the repaint these rows asked for (posted at low priority too), so a count that
        // scans the whole table does not compete with painting them.
        if (m_countPending)
            QCoreApplication::postEvent(this, new QEvent(QEvent::Type(countEvent)), Qt::LowEventPriority);
    }
    Q_EMIT countChanged();
    if (m_loading.isEmpty())
        Q_EMIT loadingChanged(false);
}

void TokenTableModel::requestCount()
{
    if (!m_service)
        return;
    const quint64 generation = m_generation;
    const quint64 changes = m_service->announcedChanges();
    whenFinished(m_service->count(m_query.withoutPaging()), this,
                 [this, generation, changes](Result<qint64> result) {
                     if (generation != m_generation)
                         return;
                     if (!result.ok()) {
                         m_countFailed = true;
                         Q_EMIT countChanged();
                         Q_EMIT loadFailed(tr("Could not count tokens: %1").arg(result.error().message()));
                         // A locate waiting for this count has no answer but "not found"; one
                         // waiting for its own count is answered by that.
                         if (m_located && m_located->row)
                             answerLocate(-1);
                         return;
                     }
                     countArrived(result.value(), generation, changes);
                 });
}

void TokenTableModel::countArrived(qint64 count, quint64 generation, quint64 changes)
{
    m_count = count;
    m_countKnown = true;
    m_countFailed = false;
    m_countedGeneration = generation;
    m_countedChanges = changes;
    setRowCount(m_count);
    Q_EMIT countChanged();
    if (std::exchange(m_pagesAwaitCount, false))
        askForRowsOnShow();
    emitLocated();
}

void TokenTableModel::setRowCount(qint64 rows)
{
    rows = std::min<qint64>(rows, INT_MAX);
    if (rows > m_rowCount) {
        beginInsertRows(QModelIndex(), static_cast<int>(m_rowCount), static_cast<int>(rows - 1));
        m_rowCount = rows;
        endInsertRows();
    } else if (rows < m_rowCount) {
        beginRemoveRows(QModelIndex(), static_cast<int>(rows), static_cast<int>(m_rowCount - 1));
        m_rowCount = rows;
        const int lastPage = rows == 0 ? -1 : static_cast<int>((rows - 1) / m_pageSize);
        for (auto it = m_pages.begin(); it != m_pages.end();) {
            if (it.key() > lastPage)
                it = m_pages.erase(it);
            else
                ++it;
        }
        endRemoveRows();
    }
}

void TokenTableModel::evictPages() const
{
    while (m_pages.size() > m_maxPages) {
        auto oldest = m_pages.begin();
        for (auto it = m_pages.begin(); it != m_pages.end(); ++it) {
            if (it->lastUse < oldest->lastUse)
                oldest = it;
        }
        m_pages.erase(oldest);
    }
}
