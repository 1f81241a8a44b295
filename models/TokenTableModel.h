#pragma once

#include "AccessToken.h"
#include "Result.h"
#include "RowRangeResolver.h"
#include "TokenQuery.h"

#include <QAbstractTableModel>
#include <QFuture>
#include <QHash>
#include <QPointer>
#include <QSet>
#include <QStringList>
#include <QTimer>
#include <atomic>
#include <memory>
#include <optional>

class TokenService;

// The token table: a lazy, windowed view of the store for one TokenQuery. It never holds every
// row: pages of pageSize() rows are fetched on demand through TokenService::list and kept in a
// bounded cache (least recently used pages are dropped). Sorting and filtering are pushed down to
// the store through the query. The row count comes from a background TokenService::count that is
// asked for once the first page is in, so it never delays it; until it is known the model shows the rows
// it has and isCountExact() is false. Every reload bumps a generation counter, and results of an
// older generation are dropped.
class TokenTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Roles
    {
        // The full AccessToken of the row (invalid while its page is loading).
        TokenRole = Qt::UserRole + 1,
        // The token's LifeCycleState as int, for the state badge.
        StateRole,
        // The column's wire name ("custom:NAME" for a custom field column).
        ColumnKeyRole,
    };

    static constexpr int defaultPageSize = 200;
    static constexpr int defaultMaxPages = 12;
    static const QString customPrefix;

    explicit TokenTableModel(TokenService* service, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    // Pushes the order down to the store; columns that are not sortable keep the current order.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    // The filter part of the query (association, classification, state, search, column filters,
    // sort). Paging fields are ignored. A different set of rows reloads the model.
    void setQuery(const TokenQuery& query);
    TokenQuery query() const { return m_query; }
    void setSearch(const QString& search);
    void setColumnFilter(const QString& columnKey, const QString& text);
    // query with that column filter instead, for a caller that asks before applying it.
    static TokenQuery withColumnFilter(TokenQuery query, const QString& columnKey, const QString& text);

    // The catalogue columns followed by custom field columns, by key.
    QStringList columnKeys() const { return m_columns; }
    QString columnKey(int column) const;
    int columnOf(const QString& key) const;
    bool isSortable(int column) const;
    bool isFilterable(int column) const;
    // The columns a new view shows; the rest are hidden until chosen.
    static QStringList defaultVisibleColumns();
    static QString columnTitle(const QString& key);
    void addCustomFieldColumn(const QString& name);
    void removeCustomFieldColumn(const QString& name);
    QStringList customFieldColumns() const;

    // The sort column as the view's header shows it, or -1.
    int sortColumn() const;
    Qt::SortOrder sortOrder() const;

    std::optional<AccessToken> tokenAt(int row) const;
    // The token of a row if its page is loaded, without fetching it (for a selection of many rows).
    std::optional<AccessToken> loadedTokenAt(int row) const;
    // The row of a token if its page is cached, -1 otherwise.
    int rowOfId(const QString& id) const;
    // Finds the token's row in the current order, asking the store for its position when its page
    // is not loaded, and emits located() once that row's page is in: with the row when the token
    // is there, -1 when it is not (or the store cannot tell). Nothing is emitted when the query
    // changes first.
    void locate(const AccessToken& token);
    // A locate() is on its way: located() will answer it, unless the query changes first.
    bool isLocating() const { return m_located.has_value(); }
    // The tokens at these rows, read from the store (for a selection that reaches rows never
    // loaded; see RowRangeResolver for fields, cancelled and resolved). Rows are positions, so the
    // lookup fails with Error::Conflict instead of returning other tokens when the store announces
    // a change while it runs or holds another number of matching tokens than the table shows.
    QFuture<Result<QList<AccessToken>>> resolveRows(const QList<RowRangeResolver::Range>& ranges,
                                                    const QStringList& fields,
                                                    std::shared_ptr<std::atomic_bool> cancelled,
                                                    std::shared_ptr<std::atomic<qint64>> resolved = nullptr);

    bool isCountExact() const { return m_countKnown; }
    // The store did not answer the last count (until the next reload).
    bool countFailed() const { return m_countFailed; }
    // The number of matching tokens once counted, else the rows known so far.
    qint64 totalCount() const { return m_countKnown ? m_count : m_rowCount; }
    // Rows received from the store since the model was created (to check the window stays bounded).
    qint64 rowsFetched() const { return m_rowsFetched; }
    int cachedPageCount() const { return m_pages.size(); }
    bool isLoading() const { return !m_loading.isEmpty(); }

    int pageSize() const { return m_pageSize; }
    void setPageSize(int rows);
    void setMaxPages(int pages);

public Q_SLOTS:
    // Fetches the visible pages and the count again, keeping the rows shown until the new ones
    // arrive (no reset, so the selection survives).
    void refresh();

Q_SIGNALS:
    // The count or the loading state changed.
    void countChanged();
    void loadingChanged(bool loading);
    // A page could not be fetched; the message names what failed.
    void loadFailed(const QString& message);
    // A row's token was loaded or replaced; emitted for the first page after every reload.
    void firstPageLoaded();
    // sort() put the rows in another order.
    void sortChanged();
    // locate()'s answer: the token (by its id) is at row, loaded; -1: it was not found.
    void located(int row, const QString& id);

protected:
    bool event(QEvent* event) override;

private:
    struct Page
    {
        QList<AccessToken> rows;
        quint64 lastUse = 0;
        // Fetched before the latest refresh; shown until the new one arrives.
        bool stale = false;
        // Only the lead rows of a first page; the rest is read when a row beyond them is asked for.
        bool partial = false;
    };

    void reload();
    void requestPage(int page) const;
    void requestFirstPage();
    void startPendingCount();
    void requestCount();
    // changes: the store's announced changes when the page was asked for.
    void pageArrived(int page, quint64 generation, quint64 changes, bool reversed,
                     const QList<AccessToken>& rows, bool partial);
    void countArrived(qint64 count, quint64 generation, quint64 changes);
    void setRowCount(qint64 rows);
    // Every row changed, for the view to ask again for those it shows.
    void askForRowsOnShow();
    // Emits located() for the row locate() found, once the count has made room for it.
    void emitLocated();
    // Emits located(row) for the pending locate, which is then done.
    void answerLocate(qint64 row);
    void evictPages() const;
    const AccessToken* cachedToken(int row) const;
    QVariant displayValue(const AccessToken& token, const QString& key) const;
    void scheduleRefresh();

    QPointer<TokenService> m_service;
    TokenQuery m_query;
    QStringList m_columns;
    int m_pageSize = defaultPageSize;
    int m_maxPages = defaultMaxPages;

    // Mutable: data() is const, and asking for a row that is not cached is what fetches it.
    mutable QHash<int, Page> m_pages;
    mutable QSet<int> m_loading;
    mutable quint64 m_useCounter = 0;
    quint64 m_generation = 0;
    // Counts new queries only, where m_generation also counts refreshes of the same rows.
    quint64 m_rowsGeneration = 0;
    qint64 m_rowCount = 0;
    qint64 m_count = 0;
    bool m_countKnown = false;
    bool m_countFailed = false;
    bool m_countPending = false;
    // The generation the row count was read in, and the store changes announced when it was asked
    // for: a locate past the end waits for a count that follows the changes it was asked after.
    quint64 m_countedGeneration = 0;
    quint64 m_countedChanges = 0;
    // A page to read from the far end waited for the count after a change.
    mutable bool m_pagesAwaitCount = false;
    qint64 m_rowsFetched = 0;
    // The locate() on its way: the row its count found (none while the count is asked), the
    // token's id, and the store changes announced when it was asked.
    struct PendingLocate
    {
        std::optional<qint64> row;
        QString id;
        quint64 changes;
    };
    std::optional<PendingLocate> m_located;
    // Each locate() replaces the one before: a count asked for an earlier one is not answered.
    quint64 m_locates = 0;
    QTimer m_refreshTimer;
};
