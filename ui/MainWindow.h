#pragma once

#include "AccessToken.h"
#include "BulkActionRunner.h"
#include "Operation.h"
#include "Result.h"
#include "RowRangeResolver.h"
#include "TokenService.h"
#include "TokenSettings.h"

#include <QFuture>
#include <QHash>
#include <QMainWindow>
#include <QPointer>
#include <QTimer>
#include <functional>
#include <optional>

class CallDialog;
class EmptyTableHint;
class FilterHeaderView;
class ImportHistoryDialog;
class MessageBar;
class NetworkLogWindow;
class QAction;
class QButtonGroup;
class QComboBox;
class QLabel;
class QLineEdit;
class QMenu;
class QSplitter;
class QTableView;
class TokenTableView;
class QToolButton;
class RemoteScopeBar;
class TokenEditor;
class TokenTableModel;

// The main window: the token table with its search, state and association filters, the editor
// panel, and every action on the selected tokens. Features owned elsewhere plug in through
// signals: the import wizard (importRequested) and the connection dialog (connectRequested).
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    // The actions a test or another feature may trigger, by name.
    enum class Action
    {
        NewToken,
        Save,
        Delete,
        SetEffective,
        SetNotEffective,
        Verify,
        ResetVerificationCode,
        ResetPassCode,
        ForgotPassCode,
        ChangePassCode,
        GenerateOtp,
        Refresh,
        Import,
        ExportSelection,
        Export,
        ImportHistory,
        Connect,
        Configure,
        Find,
        FilterColumn,
        NetworkLog,
    };

    static constexpr int demoTokenCount = 3000;

    explicit MainWindow(TokenService* service, QWidget* parent = nullptr);
    ~MainWindow() override;

    // Opens the service's store (unless already open), loads the settings and the directory and
    // shows the first page. A new, empty store is filled with demo data when fillDemoWhenEmpty.
    void openStore(bool fillDemoWhenEmpty);

    QAction* action(Action action) const;
    TokenTableModel* model() const { return m_model; }
    QTableView* table() const;
    TokenEditor* editor() const { return m_editor; }
    QLineEdit* searchField() const { return m_search; }
    FilterHeaderView* filterHeader() const { return m_header; }
    MessageBar* messageBar() const { return m_messageBar; }
    // Shown instead of the filters when the store cannot list every token (CRM.COM).
    RemoteScopeBar* scopeBar() const { return m_scopeBar; }
    QString scopeText() const;
    // View → Network log; null until first opened.
    NetworkLogWindow* networkLogWindow() const;
    QString lastOperationText() const;
    QString countText() const;
    // Why the table is empty, or nothing when it is not (or not counted yet).
    QString emptyText() const;
    QList<AccessToken> selectedTokens() const;
    // True when the token on show may be left: no unsaved edits, or the person discarded them.
    // With afterSave, Save is offered too: the edits are saved and afterSave runs once the store
    // has accepted them (false is returned meanwhile).
    bool confirmLeavingToken(const std::function<void()>& afterSave = {});
    // Selects the row, or does nothing when the row's page is not loaded.
    void selectRow(int row);

public Q_SLOTS:
    void showError(const QString& message);
    void showNotice(const QString& message);
    void refresh();

Q_SIGNALS:
    // File → Import… (empty path) or a CSV file dropped on the window: the import wizard opens.
    void importRequested(const QString& path);
    // File → Connect…: the connection dialog opens.
    void connectRequested();
    // The store was opened and its first page requested.
    void storeReady();
    // Demo data finished on a first start (also reported in the message bar).
    void demoDataAdded(int tokens);

protected:
    void closeEvent(QCloseEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;

private:
    void createActions();
    void createMenus();
    QWidget* createFilterBar();
    void createStatusBar();
    void restoreSettings();
    void saveSettings() const;
    void loadSettingsAndDirectory();
    void fillDemoData();
    void applyFilters();
    // Puts query's rows in the table, once unsaved edits are saved or given up; false when the
    // person chose to stay on the edited token.
    bool showQuery(const TokenQuery& query);
    void showQueryInControls();
    // Remote mode: a scope still to be named (no number yet), and a scope the table lists.
    void awaitScope();
    void showScope();
    // Remote mode: the table lists the token's scope, and selects it once its first page is in;
    // false when that scope is on show already.
    bool showInItsScope(const AccessToken& token);
    // Whether the CRM.COM scope on show lists the token.
    bool scopeHolds(const AccessToken& token) const;
    // The directory to the scope bar, and with the numbers used this session to the editor.
    void updateDirectory();
    // The editor's account and participant lists: the directory and the numbers used.
    void offerChoices();
    QList<AccountsReceivable> accountChoices() const;
    QList<RewardParticipant> participantChoices() const;
    // On CRM.COM, a token's account and participant join the numbers used, to be chosen again.
    void rememberReferences(const AccessToken& token);
    // A code found nothing: said until another code or scope is asked for.
    void dismissFindError();
    // An error that is over leaves the message bar and the status line (if they still say it);
    // withdrawError() takes the bar's error, whatever it says.
    void withdraw(const QString& message);
    void withdrawError();
    void updateActions();
    void updateCounts();
    void updateStateCounts();
    void onCurrentRowChanged(const QModelIndex& current, const QModelIndex& previous);
    void onModelDataChanged();
    void saveThen(const std::function<void()>& next);
    // Typing in the search or a filter paused while edits are unsaved: it waits for Return.
    void holdTyping();
    void showHeaderMenu(const QPoint& pos);
    void fillColumnsMenu(QMenu* menu);
    // View → Sort By: a column and the direction, for the keyboard.
    void fillSortMenu(QMenu* menu);
    void showTableMenu(const QPoint& pos);
    void rebuildFilterRow();
    // View → Filter Current Column: into the filter row, which Tab passes by.
    void focusColumnFilter();
    // Return or Down in the search field: into the table, on its first row.
    void enterResults();
    void setLastOperation(const QString& text);
    void showSecret(const QString& title, const QString& explanation, const QString& secret,
                    const QDateTime& expiry = QDateTime());
    std::optional<AccessToken> singleToken() const;
    // The one token of a selection of rows rows whose loaded tokens are tokens, if it is one.
    static std::optional<AccessToken> singleOf(const QList<AccessToken>& tokens, qint64 rows);
    // The editor shows the current token (not another one, nor none).
    bool showsCurrentToken() const;
    // A new query's rows: the first one is selected and shown, unless edits are on show.
    void selectFirstRowUnlessEditing();
    // The first page is in (a new query's or a refresh's): the token on show is looked for (after a new
    // order, a narrower filter, its creation or a change to it), else the first row is selected.
    void onFirstPageLoaded();
    // A page came in: the table's load error, if still on show, is over.
    void onPageLoaded();
    // TokenTableModel::located's answer: the token's row is selected, or the first row when it is
    // left out (remembered, to show again when a filter lets it back in).
    void onLocated(int row, const QString& id);
    // Whether operation may run on some of the selected rows (tokens: those loaded).
    static bool anyAllows(Operation operation, const QList<AccessToken>& tokens, qint64 rows);
    // The selected rows as ranges, and how many rows they hold (loaded or not).
    QList<RowRangeResolver::Range> selectedRanges() const;
    qint64 selectedRowCount() const;

    void newToken();
    // Asks a yes/no question about an action that cannot be taken back.
    bool confirmed(const QString& title, const QString& question);
    // Set Effective's or Set Not Effective's question for a selection of many tokens, with the
    // number it will change; question(count) words it.
    bool confirmedStateChange(const QString& title, LifeCycleState target,
                              const std::function<QString(int)>& question);
    void deleteTokens();
    void setEffective();
    void setNotEffective();
    void verifyToken();
    void resetVerificationCode();
    void resetPassCode();
    void forgotPassCode();
    void changePassCode();
    // Runs call each time dialog is confirmed: success closes it and reports done, a refusal stays
    // in it to be corrected. Once the dialog is closed, the answer goes to the message bar.
    template<typename T>
    void callFromDialog(CallDialog* dialog, std::function<QFuture<Result<T>>()> call, const QString& done,
                        const QString& failure);
    void generateOtp();
    void exportSelection();
    void exportAll();
    struct ExportTarget
    {
        // Empty when the person cancelled.
        QString path;
        // The "for Excel" filter was chosen: the file starts with a UTF-8 byte order mark.
        bool byteOrderMark = false;
    };
    ExportTarget chooseExportFile();
    // The columns the table shows, in the order it shows them: what an export writes.
    QStringList exportColumns() const;
    void reportExport(const Result<qint64>& written, const QString& path);
    void openImportWizard(const QString& path);
    void requestImport();
    void requestConnect();
    void showNetworkLog();
    void setRemoteMode(bool remote);
    void findByAuthenticationCode(const QString& code);
    void selectPendingToken();
    // The created token's row was selected, or is not in the table: the keyboard goes to the row,
    // or stays where it is.
    void settleNewRow(const QString& id, bool selected);
    // A token just created goes on show in the editor and is selected in the table.
    void showCreated(const AccessToken& token);
    // token on show, looked for in the table and selected there once found; notice says why the
    // table leaves it out if it does.
    void keepOnShow(const AccessToken& token, const QString& notice);
    // The row of the token on show holds another token now (the token changed, or rows before it
    // came or went): the token is found on its new row or kept on show, and only when it was
    // deleted does its row's new token take its place.
    void followTokenOnShow(int row);
    // The token on show read again and kept on show (see keepOnShow), or, deleted, replaced by the
    // token on row.
    void findTokenOnShow(int row, const QString& notice);
    void onTokenOnShowRead(const Result<AccessToken>& found, int row, const QString& notice);
    void dropDeletedToken(int row);
    // The token on show while no row is current (kept on show): the one the actions act on.
    std::optional<AccessToken> tokenOffTable() const;
    void clearSelectionQuietly();
    void showImportHistory();
    void configureStore();
    void showAbout();
    // A token that skip (when given) picks is left out of a run over several, for the reason why.
    void runBulk(const QString& title, BulkAction bulkAction,
                 const std::function<QFuture<Result<AccessToken>>(const AccessToken&)>& call,
                 const std::function<bool(const AccessToken&)>& skip = {},
                 BulkActionRunner::Skip why = BulkActionRunner::Skip::AlreadyDone);

    QPointer<TokenService> m_service;
    TokenTableModel* m_model;
    TokenTableView* m_table;
    FilterHeaderView* m_header;
    TokenEditor* m_editor;
    QSplitter* m_splitter;
    MessageBar* m_messageBar;
    QLineEdit* m_search;
    QTimer m_searchDebounce;
    // The table's current column, kept across the model resets that clear the current index.
    int m_currentColumn = 0;
    QButtonGroup* m_stateButtons;
    QHash<int, QToolButton*> m_stateButtonById;
    QComboBox* m_classificationFilter;
    QComboBox* m_associationFilter;
    QLineEdit* m_associationNumber;
    QLabel* m_storeLabel;
    QLabel* m_countLabel;
    EmptyTableHint* m_emptyHint;
    QLabel* m_operationLabel;
    QWidget* m_filterBar = nullptr;
    // Search or filter text typed while the editor held unsaved edits, to apply once they are
    // saved or given up; and the notice that says so.
    bool m_heldTyping = false;
    QString m_heldTypingNotice;
    RemoteScopeBar* m_scopeBar = nullptr;
    QLabel* m_scopeLabel = nullptr;
    bool m_remote = false;
    // A token found by its code, to select once its scope's first page is in.
    std::optional<AccessToken> m_pendingToken;
    // The token just created, whose row takes the keyboard once selected.
    QString m_newRowId;
    // The order or a filter changed while a token was on show: find it again once the first page is in.
    bool m_locateOnFirstPage = false;
    // The token a filter left out, and the row's token shown in its place: while the person stays
    // there, a filter that lets the token back in shows it again.
    std::optional<AccessToken> m_leftOut;
    QString m_chosenInstead;
    // A token on show that the table does not list (just created, or changed so that the filters
    // leave it out), looked for as the rows change; what to say, once, when they leave it out.
    QString m_offTableId;
    QString m_offTableNotice;
    // The notice said about it, taken back once the table lists it again.
    QString m_offTableNoticeShown;
    // The demo tokens of a new store are being added: the table is about to fill.
    bool m_fillingDemo = false;
    QPointer<NetworkLogWindow> m_networkLog;
    QPointer<ImportHistoryDialog> m_importHistory;
    QHash<Action, QAction*> m_actions;
    QTimer m_stateCountTimer;
    TokenSettings m_settings;
    QList<AccountsReceivable> m_accounts;
    QList<RewardParticipant> m_participants;
    QString m_currentId;
    // The version of the token on show the person was last told of, while editing it.
    qint64 m_changedWhileEditing = -1;
    // Where the token deleted while it was being edited stood, for the row that follows it.
    int m_deletedRow = 0;
    // The table's last load error, until a load succeeds.
    QString m_loadError;
    // The answer to the last find by authentication code that found nothing, until another code or
    // scope is asked for.
    QString m_findError;
    bool m_restoringSelection = false;
    quint64 m_stateCountGeneration = 0;
};
