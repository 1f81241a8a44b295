#include "MainWindow.h"

#include "AltKeyGuard.h"
#include "BulkActionRunner.h"
#include "CallDialog.h"
#include "ChangePassCodeDialog.h"
#include "ConfigurationDialog.h"
#include "DemoDataGenerator.h"
#include "EmptyTableHint.h"
#include "FileDialog.h"
#include "FilterHeaderView.h"
#include "Icons.h"
#include "ImportHistoryDialog.h"
#include "ImportWizard.h"
#include "MessageBar.h"
#include "MessageBox.h"
#include "NetworkLog.h"
#include "NetworkLogWindow.h"
#include "NewTokenDialog.h"
#include "PreferencesDialog.h"
#include "ReferenceBox.h"
#include "RemoteScopeBar.h"
#include "RunningCallIndicator.h"
#include "SecretDialog.h"
#include "SelectionExport.h"
#include "StateBadgeDelegate.h"
#include "StateLabels.h"
#include "StoreUrl.h"
#include "TableTextDelegate.h"
#include "TokenEditor.h"
#include "TokenExporter.h"
#include "TokenService.h"
#include "TokenTableModel.h"
#include "TokenTableView.h"
#include "TransitionTable.h"
#include "VerifyDialog.h"
#include "WhenFinished.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QButtonGroup>
#include <QCloseEvent>
#include <QComboBox>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMetaMethod>
#include <QMimeData>
#include <QRegularExpression>
#include <QSaveFile>
#include <QScreen>
#include <QScrollBar>
#include <QSet>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTableView>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>
#include <algorithm>
#include <memory>

namespace {
// The id of the "all states" button; the others use the LifeCycleState value. (QButtonGroup
// treats -1 as "assign an id", so it cannot be used.)
constexpr int allStatesId = 100;

// Whether the query leaves tokens out (search, filters, a state, an association).
bool narrowed(const TokenQuery& query)
{
    return !query.search.isEmpty() || !query.columnFilters.isEmpty() || query.state
        || !query.classification.isEmpty() || query.association != TokenQuery::Association::Any;
}

bool isEmailIdentifier(const QString& identifier)
{
    static const QRegularExpression email(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    return email.match(identifier).hasMatch();
}

QString csvPath(const QMimeData* mime)
{
    if (!mime || !mime->hasUrls())
        return QString();
    for (const QUrl& url : mime->urls()) {
        if (url.isLocalFile() && url.toLocalFile().endsWith(QLatin1String(".csv"), Qt::CaseInsensitive))
            return url.toLocalFile();
    }
    return QString();
}

// A menu entry made from a column title, with an access key on its first letter no other entry
// of the menu uses yet, so the keyboard reaches it as it reaches the fixed entries.
QString withAccessKey(const QString& title, QSet<QChar>& used)
{
    QString text = title;
    text.replace(QLatin1Char('&'), QLatin1String("&&"));
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar key = text.at(i).toLower();
        if (key.isLetterOrNumber() && !used.contains(key)) {
            used.insert(key);
            return text.insert(i, QLatin1Char('&'));
        }
    }
    return text;
}

// The directory, then the numbers used this session that it does not hold (all of them on a store
// that keeps no directory).
template<typename Reference>
QList<Reference> withNumbersUsed(QList<Reference> directory, const QStringList& used)
{
    for (const QString& number : used) {
        const bool listed = std::any_of(directory.cbegin(), directory.cend(),
                                        [&number](const Reference& entry) { return entry.number == number; });
        if (!listed) {
            Reference entry;
            entry.number = number;
            directory.append(entry);
        }
    }
    return directory;
}

// Keeps a fixed entry's access key from the column entries made with withAccessKey().
void reserveAccessKey(const QString& text, QSet<QChar>& used)
{
    if (const qsizetype key = text.indexOf(QLatin1Char('&')); key >= 0 && key + 1 < text.size())
        used.insert(text.at(key + 1).toLower());
}

// A state change leaves the tokens already in that state as they are: the bulk run skips them and
// its question counts the others.
std::function<bool(const AccessToken&)> inState(LifeCycleState state)
{
    return [state](const AccessToken& token) {
        return token.lifeCycleState == state;
    };
}
} // namespace

MainWindow::MainWindow(TokenService* service, QWidget* parent)
    : QMainWindow(parent)
    , m_service(service)
    , m_model(new TokenTableModel(service, this))
    , m_table(new TokenTableView(this))
    , m_header(new FilterHeaderView(m_table))
    , m_editor(new TokenEditor(service, this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_messageBar(new MessageBar(this))
{
    setWindowTitle(tr("TokenDesk"));
    setWindowIcon(Icons::application());
    setAcceptDrops(true);
#ifndef Q_OS_MACOS
    // In the dialogs too: the window's fields are not the only ones with buttons that can be off.
    // Not on macOS, where Option (Alt to Qt) types characters such as @ and there are no access keys.
    qApp->installEventFilter(new AltKeyGuard(this));
#endif

    m_table->setHorizontalHeader(m_header);
    m_table->setModel(m_model);
    // Before sorting is enabled: enabling it sorts by the indicator, which defaults to descending.
    m_header->setSortIndicator(m_model->sortColumn(), m_model->sortOrder());
    m_emptyHint = new EmptyTableHint(m_table);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setSortingEnabled(true);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setTabKeyNavigation(false);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    m_table->verticalHeader()->hide();
    m_table->setItemDelegate(new TableTextDelegate(m_table));
    m_table->setItemDelegateForColumn(m_model->columnOf(QStringLiteral("life_cycle_state")),
                                      new StateBadgeDelegate(m_table));
    m_table->setAccessibleName(tr("Tokens"));
    m_header->setContextMenuPolicy(Qt::CustomContextMenu);
    m_header->setStretchLastSection(true);
    m_header->setSectionsMovable(true);

    createActions();
    createMenus();
    createStatusBar();

    auto* tableSide = new QWidget(this);
    auto* tableLayout = new QVBoxLayout(tableSide);
    tableLayout->setContentsMargins(0, 0, 0, 0);
    tableLayout->setSpacing(4);
    m_scopeBar = new RemoteScopeBar(tableSide);
    m_scopeBar->setVisible(false);
    tableLayout->addWidget(m_scopeBar);
    m_filterBar = createFilterBar();
    tableLayout->addWidget(m_filterBar);
    tableLayout->addWidget(m_table, 1);
    m_splitter->addWidget(tableSide);
    m_splitter->addWidget(m_editor);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setChildrenCollapsible(false);

    auto* central = new QWidget(this);
    auto* centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(6, 6, 6, 0);
    centralLayout->addWidget(m_messageBar);
    centralLayout->addWidget(m_splitter, 1);
    setCentralWidget(central);

    for (const QString& key : m_model->columnKeys())
        m_header->setSectionHidden(m_model->columnOf(key),
                                   !TokenTableModel::defaultVisibleColumns().contains(key));
    restoreSettings();
    rebuildFilterRow();

    connect(m_header, &FilterHeaderView::filtersChanged, this, [this](const QMap<int, QString>& texts) {
        TokenQuery query = m_model->query();
        for (auto it = texts.cbegin(); it != texts.cend(); ++it)
            query = TokenTableModel::withColumnFilter(query, m_model->columnKey(it.key()), it.value());
        if (!showQuery(query))
            showQueryInControls();
    });
    connect(m_table->horizontalScrollBar(), &QScrollBar::valueChanged, m_header,
            &FilterHeaderView::positionEditors);
    connect(m_header, &QHeaderView::customContextMenuRequested, this, &MainWindow::showHeaderMenu);
    connect(m_table, &QTableView::customContextMenuRequested, this, &MainWindow::showTableMenu);
    connect(m_header, &QHeaderView::sortIndicatorChanged, this, [this]() {
        // A column the store cannot sort by keeps the current order; the indicator says so.
        if (m_header->sortIndicatorSection() != m_model->sortColumn())
            QTimer::singleShot(0, this, [this]() {
                QSignalBlocker block(m_header);
                m_header->setSortIndicator(m_model->sortColumn(), m_model->sortOrder());
            });
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this]() {
        // One row left selected apart from the current one (Ctrl+Space, Ctrl+click took the current
        // one away): the editor goes to it, so what is on show is what the actions act on.
        const QItemSelection selection = m_table->selectionModel()->selection();
        if (selection.size() == 1 && selection.first().top() == selection.first().bottom()
            && selection.first().top() != m_table->currentIndex().row())
            m_table->selectionModel()->setCurrentIndex(
                m_model->index(selection.first().top(),
                               qBound(0, m_currentColumn, m_model->columnCount() - 1)),
                QItemSelectionModel::NoUpdate);
        updateActions();
        m_countLabel->setText(countText());
    });
    // Return (or a double click) on a row opens it: the cursor goes into the editor. Not on
    // "activated", which a single click sends where the style activates on one click.
    auto openRow = [this]() {
        if (showsCurrentToken())
            m_editor->enter();
    };
    connect(m_table, &TokenTableView::openRequested, this, openRow);
    connect(m_table, &TokenTableView::currentRowRemoving, this, [this](int row) {
        if (!m_currentId.isEmpty())
            followTokenOnShow(row);
    });
    connect(m_table, &QAbstractItemView::doubleClicked, this, openRow);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MainWindow::onCurrentRowChanged);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentColumnChanged, this,
            [this](const QModelIndex& current) {
                if (current.isValid())
                    m_currentColumn = current.column();
            });
    connect(m_model, &TokenTableModel::countChanged, this, &MainWindow::updateCounts);
    connect(m_model, &TokenTableModel::loadFailed, this, [this](const QString& message) {
        m_loadError = message;
        showError(message);
    });
    connect(m_model, &TokenTableModel::firstPageLoaded, this, &MainWindow::onPageLoaded);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &MainWindow::onPageLoaded);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &MainWindow::onModelDataChanged);
    connect(m_model, &QAbstractItemModel::modelReset, this, &MainWindow::updateActions);
    // A new order keeps the token on show selected, wherever it now is.
    connect(m_model, &TokenTableModel::sortChanged, this,
            [this]() { m_locateOnFirstPage = showsCurrentToken(); });
    connect(m_model, &TokenTableModel::firstPageLoaded, this, &MainWindow::onFirstPageLoaded);
    connect(m_model, &TokenTableModel::located, this, &MainWindow::onLocated);
    connect(m_model, &TokenTableModel::firstPageLoaded, this, &MainWindow::selectPendingToken);
    connect(m_scopeBar, &RemoteScopeBar::scopeChanged, this, &MainWindow::applyFilters);
    // CRM.COM keeps no directory: the numbers used are the ones the editor offers.
    connect(m_scopeBar, &RemoteScopeBar::numbersUsedChanged, this, &MainWindow::offerChoices);
    connect(m_scopeBar, &RemoteScopeBar::findRequested, this, &MainWindow::findByAuthenticationCode);
    connect(m_scopeBar->codeField(), &QLineEdit::textEdited, this, &MainWindow::dismissFindError);
    connect(m_editor, &TokenEditor::modifiedChanged, this, &MainWindow::updateActions);
    connect(m_editor, &TokenEditor::modifiedChanged, m_header, [this](bool modified) {
        m_header->setApplyWhileTyping(!modified);
        // What was typed while edits were unsaved applies once they are saved or given up; with
        // nothing typed, there is nothing to apply, and no notice to come.
        if (!modified && m_heldTyping) {
            m_heldTyping = false;
            withdraw(m_heldTypingNotice);
            m_searchDebounce.start();
        }
    });
    connect(m_header, &FilterHeaderView::typingHeld, this, &MainWindow::holdTyping);
    connect(m_editor, &TokenEditor::statusMessage, this, &MainWindow::setLastOperation);
    connect(m_editor, &TokenEditor::saveFailed, this, &MainWindow::showError);
    connect(m_editor, &TokenEditor::inputRefused, this, &MainWindow::showError);
    connect(m_editor, &TokenEditor::saveRefused, this, &MainWindow::setLastOperation);
    connect(m_editor, &TokenEditor::saveCancelled, this, [this](const QString& message) {
        showNotice(message);
        setLastOperation(message);
    });
    connect(m_editor, &TokenEditor::saved, this, [this](const AccessToken& token) {
        rememberReferences(token);
        updateActions();
        // Given to another account or participant, the token is followed there, as a new one is.
        if (m_remote && !scopeHolds(token))
            showInItsScope(token);
    });
    // Reloaded after a save met a change the table was not told of (another TokenDesk on the same
    // SQLite file): the rows are read again, so the actions on the selection use that version.
    connect(m_editor, &TokenEditor::saveDiscarded, m_model, &TokenTableModel::refresh);
    connect(m_editor, &TokenEditor::deletedTokenDropped, this, [this]() {
        // Revert, not a move to another row (whose token is on show by now): the row after it.
        if (!m_table->currentIndex().isValid())
            dropDeletedToken(m_deletedRow);
    });
    // An error about the edits (a refused save) goes once they are saved or given up.
    connect(m_editor, &TokenEditor::modifiedChanged, this, [this](bool modified) {
        if (!modified)
            withdrawError();
    });
    connect(this, &MainWindow::importRequested, this, &MainWindow::openImportWizard);

    m_searchDebounce.setSingleShot(true);
    m_searchDebounce.setInterval(FilterHeaderView::debounceMs);
    connect(&m_searchDebounce, &QTimer::timeout, this, [this]() {
        if (m_editor->isModified())
            holdTyping();
        else
            applyFilters();
    });
    m_stateCountTimer.setSingleShot(true);
    m_stateCountTimer.setInterval(300);
    connect(&m_stateCountTimer, &QTimer::timeout, this, &MainWindow::updateStateCounts);
    // The model resets for every new query (search, state, column filter, a filter that goes with
    // its column): the state buttons count what that query leaves.
    connect(m_model, &QAbstractItemModel::modelReset, this, [this]() { m_stateCountTimer.start(); });
    if (m_service) {
        connect(m_service, &TokenService::tokensChanged, this, [this]() { m_stateCountTimer.start(); });
        connect(m_service, &TokenService::settingsChanged, this, &MainWindow::loadSettingsAndDirectory);
        connect(m_service, &TokenService::directoryChanged, this, &MainWindow::loadSettingsAndDirectory);
    }
    updateActions();
    updateCounts();
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    auto make = [this](Action id, const QString& name, const QString& text, const QString& icon,
                       const QKeySequence& shortcut, void (MainWindow::*slot)()) {
        auto* action = new QAction(Icons::get(icon), text, this);
        action->setObjectName(name);
        if (!shortcut.isEmpty()) {
            action->setShortcut(shortcut);
            action->setToolTip(QStringLiteral("%1 (%2)").arg(QString(text).remove(QLatin1Char('&')),
                                                             shortcut.toString(QKeySequence::NativeText)));
        }
        if (slot)
            connect(action, &QAction::triggered, this, slot);
        m_actions.insert(id, action);
        return action;
    };
    make(Action::NewToken, QStringLiteral("actionNewToken"), tr("&New Token…"), QStringLiteral("token-new"),
         QKeySequence::New, &MainWindow::newToken);
    make(Action::Save, QStringLiteral("actionSave"), tr("&Save"), QStringLiteral("document-save"),
         QKeySequence::Save, nullptr);
    connect(m_actions[Action::Save], &QAction::triggered, m_editor, &TokenEditor::save);
    make(Action::Delete, QStringLiteral("actionDelete"), tr("&Delete"), QStringLiteral("edit-delete"),
         QKeySequence::Delete, &MainWindow::deleteTokens);
    make(Action::SetEffective, QStringLiteral("actionSetEffective"), tr("Set &Effective"),
         QStringLiteral("state-effective"), QKeySequence(Qt::CTRL | Qt::Key_E), &MainWindow::setEffective);
    make(Action::SetNotEffective, QStringLiteral("actionSetNotEffective"), tr("Set No&t Effective"),
         QStringLiteral("state-not-effective"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E),
         &MainWindow::setNotEffective);
    make(Action::Verify, QStringLiteral("actionVerify"), tr("&Verify…"), QStringLiteral("token-verify"),
         QKeySequence(Qt::CTRL | Qt::Key_K), &MainWindow::verifyToken);
    make(Action::ResetVerificationCode, QStringLiteral("actionResetVerificationCode"),
         tr("Re&set Verification Code"), QStringLiteral("code-reset"), QKeySequence(),
         &MainWindow::resetVerificationCode);
    make(Action::ResetPassCode, QStringLiteral("actionResetPassCode"), tr("&Reset Pass Code"),
         QStringLiteral("passcode-reset"), QKeySequence(Qt::CTRL | Qt::Key_R), &MainWindow::resetPassCode);
    make(Action::ForgotPassCode, QStringLiteral("actionForgotPassCode"), tr("&Forgot Pass Code…"),
         QStringLiteral("mail-send"), QKeySequence(), &MainWindow::forgotPassCode);
    make(Action::ChangePassCode, QStringLiteral("actionChangePassCode"), tr("&Change Pass Code…"),
         QStringLiteral("passcode-change"), QKeySequence(), &MainWindow::changePassCode);
    make(Action::GenerateOtp, QStringLiteral("actionGenerateOtp"), tr("Generate &OTP"), QStringLiteral("otp"),
         QKeySequence(Qt::CTRL | Qt::Key_T), &MainWindow::generateOtp);
    make(Action::Refresh, QStringLiteral("actionRefresh"), tr("&Refresh"), QStringLiteral("view-refresh"),
         QKeySequence::Refresh, &MainWindow::refresh);
    make(Action::Import, QStringLiteral("actionImport"), tr("&Import…"), QStringLiteral("document-import"),
         QKeySequence(Qt::CTRL | Qt::Key_I), &MainWindow::requestImport);
    make(Action::ExportSelection, QStringLiteral("actionExportSelection"), tr("E&xport Selection…"),
         QStringLiteral("document-export"), QKeySequence(), &MainWindow::exportSelection);
    make(Action::Export, QStringLiteral("actionExport"), tr("&Export…"), QStringLiteral("document-export"),
         QKeySequence(), &MainWindow::exportAll);
    make(Action::ImportHistory, QStringLiteral("actionImportHistory"), tr("Import &History…"), QString(),
         QKeySequence(), &MainWindow::showImportHistory);
    make(Action::Connect, QStringLiteral("actionConnect"), tr("&Connect…"), QStringLiteral("network-connect"),
         QKeySequence(Qt::CTRL | Qt::Key_O), &MainWindow::requestConnect);
    make(Action::Configure, QStringLiteral("actionConfigure"), tr("Con&figure Store…"),
         QStringLiteral("configure"), QKeySequence(), &MainWindow::configureStore);
    make(Action::Find, QStringLiteral("actionFind"), tr("&Find"), QStringLiteral("edit-find"),
         QKeySequence::Find, nullptr);
    make(Action::FilterColumn, QStringLiteral("actionFilterColumn"), tr("&Filter Current Column"),
         QStringLiteral("view-filter"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F),
         &MainWindow::focusColumnFilter);
    make(Action::NetworkLog, QStringLiteral("actionNetworkLog"), tr("&Network Log"),
         QStringLiteral("network-connect"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L),
         &MainWindow::showNetworkLog);
    connect(m_actions[Action::Find], &QAction::triggered, this, [this]() {
        if (m_remote) {
            m_scopeBar->codeField()->setFocus(Qt::ShortcutFocusReason);
            m_scopeBar->codeField()->selectAll();
            return;
        }
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
}

void MainWindow::createMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(action(Action::Connect));
    file->addAction(action(Action::Import));
    file->addAction(action(Action::Export));
    file->addAction(action(Action::ExportSelection));
    file->addAction(action(Action::ImportHistory));
    file->addSeparator();
    file->addAction(action(Action::Configure));
    file->addSeparator();
    QAction* quit
        = file->addAction(Icons::get(QStringLiteral("application-exit")), tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(action(Action::Save));
    edit->addAction(action(Action::Find));
    edit->addSeparator();
    QAction* preferences
        = edit->addAction(Icons::get(QStringLiteral("configure")), tr("&Preferences…"), this, [this]() {
              auto* dialog = new PreferencesDialog(m_service, nullptr, this);
              dialog->setAttribute(Qt::WA_DeleteOnClose);
              dialog->open();
          });
    preferences->setObjectName(QStringLiteral("actionPreferences"));
    preferences->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    preferences->setMenuRole(QAction::PreferencesRole);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    view->addAction(action(Action::Refresh));
    QAction* filterRow = view->addAction(tr("&Column Filters"));
    filterRow->setCheckable(true);
    filterRow->setChecked(true);
    filterRow->setObjectName(QStringLiteral("actionFilterRow"));
    connect(filterRow, &QAction::toggled, m_header, &FilterHeaderView::setFilterRowVisible);
    view->addAction(action(Action::FilterColumn));
    // The header sorts by mouse only; this menu is the keyboard's way to the same order.
    QMenu* sortBy = view->addMenu(tr("&Sort By"));
    sortBy->menuAction()->setObjectName(QStringLiteral("menuSortBy"));
    connect(sortBy, &QMenu::aboutToShow, this, [this, sortBy]() { fillSortMenu(sortBy); });
    // The header's menu, for the keyboard: which columns the table shows (and so exports).
    QMenu* columns = view->addMenu(tr("Colu&mns"));
    columns->menuAction()->setObjectName(QStringLiteral("menuColumns"));
    connect(columns, &QMenu::aboutToShow, this, [this, columns]() { fillColumnsMenu(columns); });
    view->addSeparator();
    view->addAction(action(Action::NetworkLog));

    QMenu* tokens = menuBar()->addMenu(tr("&Tokens"));
    for (Action id : { Action::NewToken, Action::Delete }) {
        tokens->addAction(action(id));
    }
    tokens->addSeparator();
    for (Action id :
         { Action::SetEffective, Action::SetNotEffective, Action::Verify, Action::ResetVerificationCode })
        tokens->addAction(action(id));
    tokens->addSeparator();
    for (Action id :
         { Action::ResetPassCode, Action::ForgotPassCode, Action::ChangePassCode, Action::GenerateOtp })
        tokens->addAction(action(id));

    // F10 opens the menu bar, as it does in GNOME and Windows applications.
    auto* menuKey = new QAction(this);
    menuKey->setShortcut(Qt::Key_F10);
    connect(menuKey, &QAction::triggered, this, [this]() {
        if (!menuBar()->actions().isEmpty())
            menuBar()->setActiveAction(menuBar()->actions().constFirst());
    });
    addAction(menuKey);

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(Icons::get(QStringLiteral("help-about")), tr("&About TokenDesk"), this,
                    &MainWindow::showAbout);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);

    QToolBar* toolbar = addToolBar(tr("Main Toolbar"));
    toolbar->setObjectName(QStringLiteral("mainToolbar"));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolbar->setIconSize(QSize(20, 20));
    toolbar->addAction(action(Action::NewToken));
    toolbar->addAction(action(Action::Save));
    toolbar->addAction(action(Action::Delete));
    toolbar->addSeparator();
    toolbar->addAction(action(Action::SetEffective));
    toolbar->addAction(action(Action::SetNotEffective));
    toolbar->addAction(action(Action::Verify));
    toolbar->addSeparator();
    toolbar->addAction(action(Action::ResetPassCode));
    toolbar->addAction(action(Action::GenerateOtp));
    toolbar->addSeparator();
    toolbar->addAction(action(Action::Refresh));
    // Icons only for the less frequent actions keeps the bar within a laptop's width.
    for (Action id : { Action::Delete, Action::SetNotEffective, Action::Refresh }) {
        if (auto* button = qobject_cast<QToolButton*>(toolbar->widgetForAction(action(id))))
            button->setToolButtonStyle(Qt::ToolButtonIconOnly);
    }
}

QWidget* MainWindow::createFilterBar()
{
    auto* bar = new QWidget(this);
    // Two rows: on one, the filters made the window wider than a 1366-pixel laptop screen.
    auto* rows = new QVBoxLayout(bar);
    rows->setContentsMargins(0, 0, 0, 0);
    auto* firstRow = new QHBoxLayout;
    auto* secondRow = new QHBoxLayout;
    rows->addLayout(firstRow);
    rows->addLayout(secondRow);

    m_search = new QLineEdit(bar);
    m_search->setPlaceholderText(tr("Start of identifier, code or number… (Ctrl+F)"));
    m_search->setToolTip(tr("Shows the tokens whose identifier, authentication code or number starts with "
                            "what you type (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->addAction(Icons::get(QStringLiteral("edit-find")), QLineEdit::LeadingPosition);
    m_search->setAccessibleName(tr("Search"));
    m_search->setMinimumWidth(220);
    connect(m_search, &QLineEdit::textChanged, this, [this]() { m_searchDebounce.start(); });
    // Return goes to what was found, as Down does, without the four Tabs past the state filters.
    connect(m_search, &QLineEdit::returnPressed, this, &MainWindow::enterResults);
    m_search->installEventFilter(this);
    firstRow->addWidget(m_search, 2);

    m_stateButtons = new QButtonGroup(this);
    m_stateButtons->setExclusive(true);
    auto addStateButton = [&](int id, const QString& text) {
        auto* button = new QToolButton(bar);
        button->setText(text);
        button->setCheckable(true);
        button->setAutoRaise(true);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        m_stateButtons->addButton(button, id);
        m_stateButtonById.insert(id, button);
        firstRow->addWidget(button);
    };
    addStateButton(allStatesId, tr("All"));
    for (LifeCycleState state : LifeCycleStates::all())
        addStateButton(static_cast<int>(state), StateLabels::label(state));
    m_stateButtonById.value(allStatesId)->setChecked(true);
    connect(m_stateButtons, &QButtonGroup::idClicked, this, &MainWindow::applyFilters);

    m_classificationFilter = new QComboBox(bar);
    m_classificationFilter->setAccessibleName(tr("Classification filter"));
    m_classificationFilter->addItem(tr("Any classification"), QString());
    connect(m_classificationFilter, &QComboBox::currentIndexChanged, this, &MainWindow::applyFilters);
    secondRow->addWidget(m_classificationFilter);

    m_associationFilter = new QComboBox(bar);
    m_associationFilter->setAccessibleName(tr("Association filter"));
    m_associationFilter->addItem(tr("Any association"), int(TokenQuery::Association::Any));
    m_associationFilter->addItem(tr("Of account…"), int(TokenQuery::Association::Account));
    m_associationFilter->addItem(tr("Of participant…"), int(TokenQuery::Association::Participant));
    m_associationFilter->addItem(tr("Associated"), int(TokenQuery::Association::Associated));
    m_associationFilter->addItem(tr("Not associated"), int(TokenQuery::Association::NotAssociated));
    m_associationNumber = new QLineEdit(bar);
    m_associationNumber->setPlaceholderText(tr("Number"));
    m_associationNumber->setAccessibleName(tr("Account or participant number"));
    m_associationNumber->setVisible(false);
    m_associationNumber->setMaximumWidth(140);
    connect(m_associationFilter, &QComboBox::currentIndexChanged, this, [this]() {
        const auto association = TokenQuery::Association(m_associationFilter->currentData().toInt());
        m_associationNumber->setVisible(association == TokenQuery::Association::Account
                                        || association == TokenQuery::Association::Participant);
        applyFilters();
    });
    connect(m_associationNumber, &QLineEdit::textChanged, this, [this]() { m_searchDebounce.start(); });
    connect(m_associationNumber, &QLineEdit::returnPressed, this, &MainWindow::enterResults);
    secondRow->addWidget(m_associationFilter);
    secondRow->addWidget(m_associationNumber);
    secondRow->addStretch();
    return bar;
}

void MainWindow::createStatusBar()
{
    m_storeLabel = new QLabel(this);
    m_countLabel = new QLabel(this);
    m_operationLabel = new QLabel(this);
    m_operationLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    statusBar()->addWidget(m_operationLabel, 1);
    statusBar()->addWidget(new RunningCallIndicator(m_service, this));
    m_scopeLabel = new QLabel(this);
    m_scopeLabel->setObjectName(QStringLiteral("scopeLabel"));
    m_scopeLabel->setVisible(false);
    statusBar()->addPermanentWidget(m_scopeLabel);
    statusBar()->addPermanentWidget(m_countLabel);
    statusBar()->addPermanentWidget(m_storeLabel);
}

QAction* MainWindow::action(Action id) const
{
    return m_actions.value(id);
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    settings.beginGroup(QStringLiteral("MainWindow"));
    const QStringList customColumns = settings.value(QStringLiteral("customColumns")).toStringList();
    for (const QString& name : customColumns)
        m_model->addCustomFieldColumn(name);
    if (!restoreGeometry(settings.value(QStringLiteral("geometry")).toByteArray()))
        resize(QSize(1280, 800).boundedTo(screen()->availableSize() * 9 / 10).expandedTo(minimumSizeHint()));
    restoreState(settings.value(QStringLiteral("state")).toByteArray());
    m_splitter->restoreState(settings.value(QStringLiteral("splitter")).toByteArray());
    if (!m_header->restoreState(settings.value(QStringLiteral("header")).toByteArray())) {
        // First start, measured in this font and language so that every column up to the
        // Participant is in sight beside the editor on a laptop's screen: the widest state badge,
        // a card's 16-digit authentication code (a generated 32-character one is shortened here
        // and shown whole in the editor), as much for the identifier.
        const QFontMetrics metrics = m_table->fontMetrics();
        const int padding = metrics.height();
        m_header->resizeSection(m_model->columnOf(QStringLiteral("life_cycle_state")),
                                StateBadgeDelegate::columnWidth(m_table->font()));
        const int cardWidth = metrics.horizontalAdvance(QStringLiteral("0000000000000000")) + padding;
        m_header->resizeSection(m_model->columnOf(QStringLiteral("authentication_code")), cardWidth);
        m_header->resizeSection(m_model->columnOf(QStringLiteral("identifier")), cardWidth);
        // An account's or a participant's number whole (ACR0000000001), as the row's text shows it.
        const int numberWidth = metrics.horizontalAdvance(QStringLiteral("ACR0000000000")) + padding;
        for (const char* column : { "accounts_receivable", "reward_participant" })
            m_header->resizeSection(m_model->columnOf(QLatin1String(column)), numberWidth);
    }
    // Sorting lives in the query; the restored header must not claim another order.
    m_header->setSortIndicator(m_model->sortColumn(), m_model->sortOrder());
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.beginGroup(QStringLiteral("MainWindow"));
    settings.setValue(QStringLiteral("geometry"), saveGeometry());
    settings.setValue(QStringLiteral("state"), saveState());
    settings.setValue(QStringLiteral("splitter"), m_splitter->saveState());
    settings.setValue(QStringLiteral("header"), m_header->saveState());
    settings.setValue(QStringLiteral("customColumns"), m_model->customFieldColumns());
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    // Saved first, the window closes once the store has taken the edits; a failed save keeps it
    // open with the edits and the error.
    if (!confirmLeavingToken([this]() { close(); })) {
        event->ignore();
        return;
    }
    saveSettings();
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event)
{
    if (!csvPath(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* event)
{
    const QString path = csvPath(event->mimeData());
    if (path.isEmpty())
        return;
    event->acceptProposedAction();
    Q_EMIT importRequested(path);
}

void MainWindow::openStore(bool fillDemoWhenEmpty)
{
    if (!m_service)
        return;
    auto opened = [this, fillDemoWhenEmpty]() {
        m_storeLabel->setText(m_service->description());
        m_storeLabel->setToolTip(tr("The store TokenDesk works on"));
        // Two windows, or a demo store and a live one, told apart in the task bar.
        setWindowTitle(tr("%1 — TokenDesk").arg(m_service->description()));
        const TokenQuery shown = m_model->query();
        setRemoteMode(!m_service->capabilities().listsAllTokens);
        updateActions();
        // Before the first page: the editor's pickers are filled when its first token arrives.
        loadSettingsAndDirectory();
        // Entering remote mode may have set the scope's query, which loaded the table already;
        // on CRM.COM every load is a request to the server.
        if (m_model->query().sameRows(shown))
            m_model->refresh();
        updateStateCounts();
        Q_EMIT storeReady();
        if (!fillDemoWhenEmpty)
            return;
        whenFinished(m_service->count(TokenQuery()), this, [this](Result<qint64> count) {
            if (count.ok() && count.value() == 0)
                fillDemoData();
        });
    };
    if (m_service->isOpen()) {
        opened();
        return;
    }
    setLastOperation(tr("Opening the store…"));
    whenFinished(m_service->open(), this, [this, opened](Result<void> result) {
        if (!result.ok()) {
            showError(tr("The store could not be opened: %1").arg(result.error().message()));
            setLastOperation(tr("No store open"));
            return;
        }
        setLastOperation(tr("Store opened"));
        opened();
    });
}

void MainWindow::fillDemoData()
{
    m_fillingDemo = true;
    updateCounts();
    showNotice(tr("This is a new store. TokenDesk is filling it with %n demo token(s) so you can try it out…",
                  nullptr, demoTokenCount));
    whenFinished(
        DemoDataGenerator::run(*m_service, demoTokenCount), this,
        [this](Result<DemoDataGenerator::Summary> result) {
            m_fillingDemo = false;
            updateCounts();
            if (!result.ok()) {
                showError(tr("Demo data could not be added: %1").arg(result.error().message()));
                return;
            }
            showNotice(tr("This new store was filled with %n demo token(s), %1 accounts and %2 participants. "
                          "They are examples: delete them or start a new store when you go live.",
                          nullptr, result->tokens)
                           .arg(result->accountsAdded)
                           .arg(result->participantsAdded));
            loadSettingsAndDirectory();
            m_model->refresh();
            Q_EMIT demoDataAdded(result->tokens);
        });
}

void MainWindow::loadSettingsAndDirectory()
{
    if (!m_service)
        return;
    whenFinished(m_service->settings(), this, [this](Result<TokenSettings> result) {
        if (!result.ok()) {
            showError(tr("The store's configuration could not be read: %1").arg(result.error().message()));
            return;
        }
        m_settings = result.value();
        m_editor->setSettings(m_settings);
        const QString chosen = m_classificationFilter->currentData().toString();
        QSignalBlocker block(m_classificationFilter);
        m_classificationFilter->clear();
        m_classificationFilter->addItem(tr("Any classification"), QString());
        for (const Classification& classification : std::as_const(m_settings.classifications))
            m_classificationFilter->addItem(classification.name, classification.name);
        m_classificationFilter->setCurrentIndex(std::max(0, m_classificationFilter->findData(chosen)));
    });
    whenFinished(m_service->accounts(), this, [this](Result<QList<AccountsReceivable>> accounts) {
        if (accounts.ok()) {
            m_accounts = accounts.value();
            updateDirectory();
        }
    });
    whenFinished(m_service->participants(), this, [this](Result<QList<RewardParticipant>> participants) {
        if (participants.ok()) {
            m_participants = participants.value();
            updateDirectory();
        }
    });
}

void MainWindow::updateDirectory()
{
    m_scopeBar->setDirectory(m_accounts, m_participants);
    offerChoices();
}

void MainWindow::offerChoices()
{
    m_editor->setDirectory(accountChoices(), participantChoices());
}

QList<AccountsReceivable> MainWindow::accountChoices() const
{
    return withNumbersUsed(m_accounts, m_scopeBar->numbersUsed(RemoteScopeBar::Scope::Account));
}

QList<RewardParticipant> MainWindow::participantChoices() const
{
    return withNumbersUsed(m_participants, m_scopeBar->numbersUsed(RemoteScopeBar::Scope::Participant));
}

void MainWindow::rememberReferences(const AccessToken& token)
{
    // A local store's directory already lists every number: the editor's lists would only be
    // filled again at each save.
    if (!m_remote)
        return;
    if (token.accountsReceivable)
        m_scopeBar->remember(RemoteScopeBar::Scope::Account, token.accountsReceivable->number);
    if (token.rewardParticipant)
        m_scopeBar->remember(RemoteScopeBar::Scope::Participant, token.rewardParticipant->number);
}

void MainWindow::applyFilters()
{
    TokenQuery query = m_model->query();
    query.search = m_search->text().trimmed();
    const int stateId = m_stateButtons->checkedId();
    if (stateId == allStatesId)
        query.state.reset();
    else
        query.state = static_cast<LifeCycleState>(stateId);
    query.classification = m_classificationFilter->currentData().toString();
    query.association = TokenQuery::Association(m_associationFilter->currentData().toInt());
    query.accountNumber.clear();
    query.participantNumber.clear();
    const QString number = m_associationNumber->text().trimmed();
    if (query.association == TokenQuery::Association::Account)
        query.accountNumber = number;
    else if (query.association == TokenQuery::Association::Participant)
        query.participantNumber = number;
    // An account or participant filter without a number yet means "any" until one is typed.
    if ((query.association == TokenQuery::Association::Account
         || query.association == TokenQuery::Association::Participant)
        && number.isEmpty())
        query.association = TokenQuery::Association::Any;
    if (m_remote) {
        dismissFindError();
        if (!m_scopeBar->isComplete()) {
            awaitScope();
            return;
        }
        query = m_model->query();
        m_scopeBar->applyTo(query);
    }
    if (!showQuery(query)) {
        showQueryInControls();
        return;
    }
    if (m_remote)
        showScope();
}

void MainWindow::awaitScope()
{
    const RemoteScopeBar::Scope scope = m_scopeBar->scope();
    if (!confirmLeavingToken([this, scope]() { m_scopeBar->setScope(scope); })) {
        showQueryInControls();
        return;
    }
    // The store lists one scope at a time: until a number names it, the rows of the scope before
    // stay in sight, greyed, and nothing acts on them.
    m_scopeLabel->setText(m_scopeBar->description());
    m_table->setEnabled(false);
    m_leftOut.reset();
    m_pendingToken.reset();
    m_editor->clearToken();
    m_currentId.clear();
    clearSelectionQuietly();
    updateActions();
    updateCounts();
}

void MainWindow::showScope()
{
    m_scopeLabel->setText(m_scopeBar->description());
    m_table->setEnabled(true);
    updateCounts();
    // Back to the scope on show after one never named: its rows are not loaded again to select one.
    selectFirstRowUnlessEditing();
}

void MainWindow::showQueryInControls()
{
    // Staying on the edited token: the search and the filters go back to what the table shows.
    const TokenQuery shown = m_model->query();
    {
        const QSignalBlocker block(m_search);
        m_search->setText(shown.search);
    }
    if (QAbstractButton* state = m_stateButtonById.value(shown.state ? int(*shown.state) : allStatesId))
        state->setChecked(true);
    {
        const QSignalBlocker block(m_classificationFilter);
        m_classificationFilter->setCurrentIndex(
            qMax(0, m_classificationFilter->findData(shown.classification)));
    }
    for (int column = 0; column < m_model->columnCount(); ++column) {
        if (QLineEdit* edit = m_header->filterEdit(column)) {
            const QSignalBlocker block(edit);
            edit->setText(shown.columnFilters.value(m_model->columnKey(column)));
        }
    }
    if (m_remote) {
        m_scopeBar->showScopeOf(shown);
        showScope();
    }
}

bool MainWindow::showQuery(const TokenQuery& query)
{
    if (query.sameRows(m_model->query()))
        return true;
    // A new search looks for another token: it starts at its first match. A narrower filter keeps
    // the token on show where it still matches, as a new order does, and so does a search cleared
    // (the token found stays on show among all the rows).
    const bool sameSearch = query.search == m_model->query().search || query.search.isEmpty();
    const bool keepToken = !m_remote && sameSearch && !m_editor->isModified() && showsCurrentToken();
    if (!keepToken) {
        if (!confirmLeavingToken([this, query]() {
                if (showQuery(query))
                    showQueryInControls();
            }))
            return false;
        // Cleared first: the new query's first page selects its first row and loads it.
        m_leftOut.reset();
        m_editor->clearToken();
        m_currentId.clear();
    }
    m_locateOnFirstPage = keepToken;
    // A token found or created was to be selected among the rows asked for before; these rows are
    // others.
    m_pendingToken.reset();
    m_newRowId.clear();
    m_model->setQuery(query);
    return true;
}

void MainWindow::setRemoteMode(bool remote)
{
    if (remote == m_remote)
        return;
    m_remote = remote;
    m_scopeBar->setVisible(remote);
    m_filterBar->setVisible(!remote);
    m_scopeLabel->setVisible(remote);
    // The API neither searches, filters by column nor sorts: it returns a scope in its own order.
    m_table->setSortingEnabled(!remote);
    if (QAction* filterRow = findChild<QAction*>(QStringLiteral("actionFilterRow"))) {
        filterRow->setChecked(!remote);
        filterRow->setEnabled(!remote);
    }
    // Its entries would all be off: the menu is, and says why.
    if (QAction* sortBy = findChild<QAction*>(QStringLiteral("menuSortBy"))) {
        sortBy->setEnabled(!remote);
        sortBy->setStatusTip(remote ? tr("CRM.COM returns the tokens of a scope in its own order")
                                    : QString());
    }
    // Its shortcut, pressed, says why it does nothing.
    action(Action::FilterColumn)->setEnabled(!remote);
    action(Action::FilterColumn)
        ->setStatusTip(remote ? tr("CRM.COM lists the tokens of an account, of a participant or those not "
                                   "associated, and filters no column")
                              : QString());
    if (remote)
        applyFilters();
}

QString MainWindow::scopeText() const
{
    return m_scopeLabel->text();
}

void MainWindow::findByAuthenticationCode(const QString& code)
{
    if (!m_service || !m_service->isOpen())
        return;
    dismissFindError();
    setLastOperation(tr("Looking up authentication code %1…").arg(code));
    whenFinished(m_service->show(TokenRef::byAuthenticationCode(code)), this,
                 [this, code](Result<AccessToken> found) {
                     if (!found.ok()) {
                         m_findError = found.error().code() == Error::Code::NotFound
                             ? tr("No token has the authentication code %1.").arg(code)
                             : tr("The token with authentication code %1 could not be read: %2")
                                   .arg(code, found.error().message());
                         showError(m_findError);
                         return;
                     }
                     const AccessToken& token = found.value();
                     if (!confirmLeavingToken()) {
                         setLastOperation(tr("Token %1 found by its authentication code, not opened: the "
                                             "unsaved edits stay on show")
                                              .arg(token.number));
                         return;
                     }
                     setLastOperation(tr("Token %1 found by its authentication code").arg(token.number));
                     if (!showInItsScope(token))
                         selectPendingToken();
                 });
}

bool MainWindow::showInItsScope(const AccessToken& token)
{
    // The table moves to the token's account, participant or the not associated ones, so the
    // actions on the selection work on it as on any other. Its first page selects the token.
    const QString previousScope = m_scopeBar->description();
    const QString newRowId = m_newRowId;
    // A token of the participant on show and of an account stays with the participant.
    if (scopeHolds(token))
        m_scopeBar->setScope(m_scopeBar->scope(), m_scopeBar->number());
    else if (token.accountsReceivable)
        m_scopeBar->setScope(RemoteScopeBar::Scope::Account, token.accountsReceivable->number);
    else if (token.rewardParticipant)
        m_scopeBar->setScope(RemoteScopeBar::Scope::Participant, token.rewardParticipant->number);
    else
        m_scopeBar->setScope(RemoteScopeBar::Scope::NotAssociated);
    // Only now: the query the new scope started dropped what an earlier one was to select.
    m_pendingToken = token;
    m_newRowId = newRowId;
    return m_scopeBar->description() != previousScope;
}

bool MainWindow::scopeHolds(const AccessToken& token) const
{
    // CRM.COM finds a number typed in another case: its tokens are this scope's.
    const auto isOnShow = [this](const auto& reference) {
        return reference && reference->number.compare(m_scopeBar->number(), Qt::CaseInsensitive) == 0;
    };
    switch (m_scopeBar->scope()) {
    case RemoteScopeBar::Scope::Account:
        return isOnShow(token.accountsReceivable);
    case RemoteScopeBar::Scope::Participant:
        return isOnShow(token.rewardParticipant);
    case RemoteScopeBar::Scope::NotAssociated:
        break;
    }
    return !token.accountsReceivable && !token.rewardParticipant;
}

void MainWindow::dismissFindError()
{
    withdraw(std::exchange(m_findError, QString()));
}

void MainWindow::selectPendingToken()
{
    // A greyed table holds the rows of a scope left: nothing there is chosen for the actions.
    if (!m_pendingToken || !m_table->isEnabled())
        return;
    const AccessToken token = *std::exchange(m_pendingToken, std::nullopt);
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const std::optional<AccessToken> candidate = m_model->tokenAt(row);
        if (candidate && candidate->id == token.id) {
            selectRow(row);
            m_table->scrollTo(m_model->index(row, 0));
            settleNewRow(token.id, true);
            return;
        }
    }
    settleNewRow(token.id, false);
    // Not among the rows loaded so far: the editor shows it all the same.
    m_table->clearSelection();
    m_currentId = token.id;
    m_editor->loadToken(token);
    updateActions();
}

QTableView* MainWindow::table() const
{
    return m_table;
}

NetworkLogWindow* MainWindow::networkLogWindow() const
{
    return m_networkLog;
}

void MainWindow::showNetworkLog()
{
    if (!m_networkLog) {
        m_networkLog = new NetworkLogWindow(NetworkLog::shared(), this);
        // A window of its own opens where the window system puts it, as a dialog would not: over
        // this window, its title bar on the screen.
        QRect placed = m_networkLog->geometry();
        placed.moveCenter(frameGeometry().center());
        if (const QScreen* shown = screen()) {
            const QRect available = shown->availableGeometry();
            placed.moveTopLeft(
                QPoint(qMax(placed.left(), available.left()), qMax(placed.top(), available.top())));
        }
        m_networkLog->move(placed.topLeft());
    }
    m_networkLog->show();
    m_networkLog->raise();
    m_networkLog->activateWindow();
}

void MainWindow::refresh()
{
    m_model->refresh();
    loadSettingsAndDirectory();
    m_stateCountTimer.start();
    setLastOperation(tr("Refreshed"));
}

void MainWindow::updateCounts()
{
    m_countLabel->setText(countText());
    m_emptyHint->setHint(emptyText());
    if (auto* all = m_stateButtonById.value(allStatesId);
        all && m_stateButtons->checkedId() == allStatesId && m_model->isCountExact())
        all->setText(tr("All (%1)").arg(QLocale().toString(m_model->totalCount())));
}

QString MainWindow::countText() const
{
    // The greyed rows of a scope left are not what the person asked for.
    if (m_remote && !m_scopeBar->isComplete())
        return QString();
    const QString total = QLocale().toString(m_model->totalCount());
    // Not "Loading…" for ever: the message bar says what failed.
    if (m_model->countFailed())
        return tr("Not counted");
    if (!m_model->isCountExact())
        return m_model->totalCount() == 0 ? tr("Loading…") : tr("≥ %1 tokens").arg(total);
    const int count = static_cast<int>(m_model->totalCount());
    const QString text = narrowed(m_model->query()) ? tr("%Ln token(s) match", nullptr, count)
                                                    : tr("%Ln token(s)", nullptr, count);
    // What a bulk action will act on, rows never loaded included.
    const qint64 selected = selectedRowCount();
    return selected > 1 ? tr("%1, %Ln selected", nullptr, static_cast<int>(selected)).arg(text) : text;
}

QString MainWindow::emptyText() const
{
    // Not while the demo tokens are on their way, nor for a scope that is still being named.
    if (!m_service || !m_service->isOpen() || m_fillingDemo || !m_model->isCountExact()
        || m_model->totalCount() > 0 || (m_remote && !m_scopeBar->isComplete()))
        return QString();
    TokenQuery query = m_model->query();
    const QString search = std::exchange(query.search, QString());
    // The search alone is to blame only when nothing else narrows the table.
    if (!search.isEmpty() && !narrowed(query))
        return tr("No token's identifier, authentication code or number starts with “%1”.").arg(search);
    if (m_remote)
        return m_scopeBar->emptyText();
    if (!search.isEmpty() || narrowed(query))
        return tr("No token matches what the table is narrowed to.");
    return tr("The store holds no tokens yet: add one with New Token, or import a file with File → Import.");
}

void MainWindow::updateStateCounts()
{
    // A remote store counts by listing whole scopes; the state buttons are hidden there anyway.
    if (!m_service || !m_service->isOpen() || m_remote)
        return;
    const quint64 generation = ++m_stateCountGeneration;
    TokenQuery base = m_model->query().withoutPaging();
    base.state.reset();
    auto setCount = [this, generation](int id, const QString& label, Result<qint64> result) {
        QToolButton* button = m_stateButtonById.value(id);
        if (generation != m_stateCountGeneration || !button)
            return;
        // A count the store could not give is not shown as the last one it gave.
        button->setText(result.ok() ? tr("%1 (%2)").arg(label, QLocale().toString(result.value())) : label);
        button->setToolTip(result.ok() ? QString() : tr("Not counted: %1").arg(result.error().message()));
    };
    whenFinished(m_service->count(base), this,
                 [setCount](Result<qint64> result) { setCount(allStatesId, tr("All"), result); });
    for (LifeCycleState state : LifeCycleStates::all()) {
        TokenQuery query = base;
        query.state = state;
        whenFinished(m_service->count(query), this, [setCount, state](Result<qint64> result) {
            setCount(static_cast<int>(state), StateLabels::label(state), result);
        });
    }
}

QString MainWindow::lastOperationText() const
{
    return m_operationLabel->text();
}

void MainWindow::setLastOperation(const QString& text)
{
    m_operationLabel->setText(text);
}

void MainWindow::showError(const QString& message)
{
    m_messageBar->showMessage(message, MessageBar::Kind::Error);
    setLastOperation(message);
}

void MainWindow::withdraw(const QString& message)
{
    if (message.isEmpty())
        return;
    // The status line repeats an error the bar shows: once over, it goes from both.
    m_messageBar->dismiss(message);
    if (lastOperationText() == message)
        setLastOperation(QString());
}

void MainWindow::withdrawError()
{
    if (m_messageBar->kind() == MessageBar::Kind::Error)
        withdraw(m_messageBar->text());
}

void MainWindow::showNotice(const QString& message)
{
    m_messageBar->showMessage(message, MessageBar::Kind::Information);
}

QList<AccessToken> MainWindow::selectedTokens() const
{
    if (const std::optional<AccessToken> token = tokenOffTable())
        return { *token };
    // Only rows already loaded: asking for the others would fetch every page of a large selection.
    QList<AccessToken> tokens;
    for (const RowRangeResolver::Range& range : selectedRanges()) {
        for (qint64 row = range.first; row <= range.last; ++row) {
            if (const std::optional<AccessToken> token = m_model->loadedTokenAt(static_cast<int>(row)))
                tokens.append(*token);
        }
    }
    return tokens;
}

QList<RowRangeResolver::Range> MainWindow::selectedRanges() const
{
    QList<RowRangeResolver::Range> ranges;
    for (const QItemSelectionRange& range : m_table->selectionModel()->selection())
        ranges.append({ range.top(), range.bottom() });
    return RowRangeResolver::merged(ranges);
}

qint64 MainWindow::selectedRowCount() const
{
    if (tokenOffTable())
        return 1;
    return RowRangeResolver::rowCount(selectedRanges());
}

std::optional<AccessToken> MainWindow::tokenOffTable() const
{
    // A deleted one is on show for its edits alone: no action has a token to act on.
    if (m_table->currentIndex().isValid() || m_table->selectionModel()->hasSelection() || !showsCurrentToken()
        || m_editor->isDeleted())
        return std::nullopt;
    return m_editor->token();
}

bool MainWindow::showsCurrentToken() const
{
    return !m_currentId.isEmpty() && m_editor->tokenId() == m_currentId;
}

std::optional<AccessToken> MainWindow::singleToken() const
{
    const qint64 rows = selectedRowCount();
    return rows == 1 ? singleOf(selectedTokens(), rows) : std::nullopt;
}

std::optional<AccessToken> MainWindow::singleOf(const QList<AccessToken>& tokens, qint64 rows)
{
    if (rows != 1 || tokens.size() != 1)
        return std::nullopt;
    return tokens.first();
}

void MainWindow::selectRow(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return;
    // The column the person was in stays current when a new query selects its first row, so
    // Filter Current Column still means that column.
    m_table->selectionModel()->setCurrentIndex(
        m_model->index(row, qBound(0, m_currentColumn, m_model->columnCount() - 1)),
        QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

void MainWindow::onFirstPageLoaded()
{
    // The token on show is being looked for in these rows: where it is found decides the row. A
    // change read meanwhile brings the first page again, and its first row must not take the place.
    if (m_model->isLocating())
        return;
    // A new token on show outside the table's rows is looked for again as they change.
    const bool offTable = !m_offTableId.isEmpty() && m_offTableId == m_currentId;
    if (!(std::exchange(m_locateOnFirstPage, false) || offTable) || !showsCurrentToken()) {
        selectFirstRowUnlessEditing();
        return;
    }
    // A token an earlier filter left out comes back first, while the person stays on the row
    // chosen in its place (Escape or Backspace in a filter).
    if (m_leftOut && m_currentId == m_chosenInstead && !m_editor->isModified())
        m_model->locate(*m_leftOut);
    else if (offTable)
        // Read again as well: the table's rows show its changes, the editor's version would not.
        findTokenOnShow(0, QString());
    else
        m_model->locate(*m_editor->token());
}

void MainWindow::onLocated(int row, const QString& id)
{
    const bool leftOut = m_leftOut && id == m_leftOut->id && id != m_currentId;
    if ((!leftOut && id != m_currentId) || m_table->currentIndex().isValid())
        return;
    if (leftOut && (row < 0 || m_editor->isModified())) {
        // Still left out, or edits began on the row chosen in its place meanwhile (moving now
        // would ask about them unprompted): the token on show, as for any new filter.
        if (m_editor->isModified())
            m_leftOut.reset();
        if (showsCurrentToken())
            m_model->locate(*m_editor->token());
        return;
    }
    if (row < 0 && id == m_offTableId) {
        settleNewRow(id, false);
        // Created or changed outside what the table shows: it stays on show in the editor, and
        // the person is told (once) why the table does not list it.
        const QString notice = std::exchange(m_offTableNotice, QString());
        if (!notice.isEmpty()) {
            showNotice(notice);
            m_offTableNoticeShown = notice;
        }
        return;
    }
    if (row < 0) {
        // Gone from this order (deleted, or left out by the filter): the first row, as after
        // any new query. The token is remembered unless it was itself chosen in the place of one.
        if (m_currentId != m_chosenInstead && m_editor->token())
            m_leftOut = m_editor->token();
        selectFirstRowUnlessEditing();
        m_chosenInstead = m_currentId;
        // No row to go to: the token stays on show, and the person is told why the table lacks it.
        if (!m_table->currentIndex().isValid() && m_model->rowCount() == 0 && showsCurrentToken())
            keepOnShow(
                *m_editor->token(),
                tr("Token %1: the search and filters in use leave it out.").arg(m_editor->token()->number));
        return;
    }
    if (leftOut)
        m_leftOut.reset();
    if (id == m_offTableId)
        m_messageBar->dismiss(std::exchange(m_offTableNoticeShown, QString()));
    m_offTableId.clear();
    m_locateOnFirstPage = false;
    // Only down to the row: the columns stay where the person had scrolled them.
    const int across = m_table->horizontalScrollBar()->value();
    selectRow(row);
    m_table->scrollTo(m_table->currentIndex(), QAbstractItemView::PositionAtCenter);
    m_table->horizontalScrollBar()->setValue(across);
    settleNewRow(id, true);
    updateActions();
}

void MainWindow::settleNewRow(const QString& id, bool selected)
{
    if (id != m_newRowId)
        return;
    m_newRowId.clear();
    if (selected)
        m_table->setFocus(Qt::OtherFocusReason);
}

void MainWindow::selectFirstRowUnlessEditing()
{
    // A greyed table holds the rows of a scope left: reloading them chooses none for the actions.
    if (!m_table->currentIndex().isValid() && m_model->rowCount() > 0 && !m_editor->isModified()
        && m_table->isEnabled())
        selectRow(0);
}

bool MainWindow::anyAllows(Operation operation, const QList<AccessToken>& tokens, qint64 rows)
{
    // A lone row still loading holds no token the person has seen: nothing acts on it. Among many,
    // rows not loaded yet may allow it; the bulk run reports those that do not.
    if (tokens.size() < rows)
        return rows > 1;
    return std::any_of(tokens.cbegin(), tokens.cend(), [operation](const AccessToken& token) {
        return TransitionTable::allows(operation, token.lifeCycleState);
    });
}

void MainWindow::updateActions()
{
    const bool open = m_service && m_service->isOpen();
    // Read once: a selection of a million rows is walked row by row.
    const QList<AccessToken> tokens = selectedTokens();
    const qint64 rows = selectedRowCount();
    const std::optional<AccessToken> single = singleOf(tokens, rows);
    auto someAllow = [&](Operation operation) {
        return anyAllows(operation, tokens, rows);
    };
    auto singleAllows = [&](Operation operation) {
        return open && single && TransitionTable::allows(operation, single->lifeCycleState);
    };
    const bool email = single && isEmailIdentifier(single->identifier);
    // A pass code is used with the identifier: a token without one would get a code nobody can use.
    const bool identified = single && !single->identifier.isEmpty();
    action(Action::NewToken)->setEnabled(open);
    action(Action::Save)->setEnabled(open && m_editor->isModified() && !m_editor->isDeleted());
    action(Action::Delete)->setEnabled(open && someAllow(Operation::Delete));
    action(Action::SetEffective)->setEnabled(open && someAllow(Operation::SetEffective));
    action(Action::SetNotEffective)->setEnabled(open && someAllow(Operation::SetNotEffective));
    action(Action::Verify)->setEnabled(singleAllows(Operation::Verify));
    action(Action::ResetVerificationCode)->setEnabled(singleAllows(Operation::ResetVerificationCode));
    action(Action::ResetPassCode)->setEnabled(singleAllows(Operation::ResetPassCode) && identified);
    action(Action::ForgotPassCode)->setEnabled(singleAllows(Operation::ForgotPassCode) && email);
    action(Action::ChangePassCode)->setEnabled(singleAllows(Operation::ChangePassCode) && email);
    action(Action::GenerateOtp)->setEnabled(singleAllows(Operation::GenerateOtp));
    action(Action::ExportSelection)->setEnabled(open && (rows > 1 || !tokens.isEmpty()));
    action(Action::Export)->setEnabled(open);
    action(Action::Refresh)->setEnabled(open);
    const StoreCapabilities capabilities = open ? m_service->capabilities() : StoreCapabilities();
    action(Action::Configure)->setEnabled(open && capabilities.editsSettings);
    // CRM.COM and stores without an import log keep no record of imports to list or undo.
    action(Action::ImportHistory)->setEnabled(open && capabilities.recordsImports);

    // Why a token's action is off: shown on hovering it, and when its shortcut is pressed.
    struct OnTokens
    {
        Action id;
        Operation operation;
        bool bulk;
    };
    const OnTokens onTokens[] = {
        { Action::Delete, Operation::Delete, true },
        { Action::SetEffective, Operation::SetEffective, true },
        { Action::SetNotEffective, Operation::SetNotEffective, true },
        { Action::Verify, Operation::Verify, false },
        { Action::ResetVerificationCode, Operation::ResetVerificationCode, false },
        { Action::ResetPassCode, Operation::ResetPassCode, false },
        { Action::ForgotPassCode, Operation::ForgotPassCode, false },
        { Action::ChangePassCode, Operation::ChangePassCode, false },
        { Action::GenerateOtp, Operation::GenerateOtp, false },
    };
    for (const OnTokens& on : onTokens) {
        QString reason;
        if (!open || action(on.id)->isEnabled())
            reason.clear();
        else if (rows == 0)
            reason = tr("Select a token first");
        else if (!single)
            reason = on.bulk ? tr("Not for the states of the selected tokens") : tr("Select a single token");
        else if (const Error refused = TransitionTable::check(on.operation, single->lifeCycleState);
                 refused.isError())
            reason = refused.message();
        else if (on.id == Action::ResetPassCode)
            reason = tr("Needs a token with an identifier");
        else
            reason = tr("Needs a token whose identifier is an e-mail address");
        // Hovered while disabled, the button gets no leave event to take its tip off the status
        // bar: a reason about the token before must not stand beside another token.
        if (reason != action(on.id)->statusTip() && !statusBar()->currentMessage().isEmpty()
            && statusBar()->currentMessage() == action(on.id)->statusTip())
            statusBar()->clearMessage();
        action(on.id)->setStatusTip(reason);
    }
}

void MainWindow::keyPressEvent(QKeyEvent* event)
{
    // A shortcut of a disabled action reaches the window as a plain key: it says why it did nothing.
    const QKeySequence pressed(event->keyCombination());
    for (const QAction* candidate : std::as_const(m_actions)) {
        if (!candidate->isEnabled() && !candidate->statusTip().isEmpty()
            && candidate->shortcuts().contains(pressed)) {
            QString name = QString(candidate->text()).remove(QLatin1Char('&'));
            if (name.endsWith(QChar(0x2026)))
                name.chop(1);
            setLastOperation(tr("%1: %2").arg(name, candidate->statusTip()));
            event->accept();
            return;
        }
    }
    QMainWindow::keyPressEvent(event);
}

void MainWindow::onCurrentRowChanged(const QModelIndex& current, const QModelIndex& previous)
{
    if (m_restoringSelection)
        return;
    const std::optional<AccessToken> token
        = current.isValid() ? m_model->tokenAt(current.row()) : std::nullopt;
    if (token && token->id == m_currentId)
        return;
    const int target = current.row();
    const auto moveOn = [this, target]() {
        // A save the store accepted at once comes before the row is put back: the row asked for is
        // still current, and its token is loaded without a change of row.
        const QModelIndex now = m_table->currentIndex();
        if (now.row() == target)
            onCurrentRowChanged(now, now);
        else
            selectRow(target);
    };
    if (!confirmLeavingToken(moveOn)) {
        // Stay on the edited token; a save moves on once the store has accepted it. Put back once
        // the view is done: a move by keyboard selects the new row after this signal.
        QTimer::singleShot(0, this, [this, back = QPersistentModelIndex(previous)]() {
            // Moved on already, after a save the store accepted at once: put back, it would undo that.
            if (!m_editor->isModified() && !m_editor->isSaving())
                return;
            m_restoringSelection = true;
            m_table->selectionModel()->setCurrentIndex(
                back, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            m_restoringSelection = false;
        });
        return;
    }
    // An error about the token before is no longer about the one on show, nor is a notice that
    // the table leaves it out.
    withdrawError();
    m_messageBar->dismiss(std::exchange(m_offTableNoticeShown, QString()));
    if (token) {
        m_currentId = token->id;
        m_editor->loadToken(*token);
    } else {
        m_currentId.clear();
        m_editor->clearToken();
    }
    updateActions();
}

bool MainWindow::confirmLeavingToken(const std::function<void()>& afterSave)
{
    if (!m_editor->isModified())
        return true;
    const QString number = m_editor->token()->number;
    const QMessageBox::StandardButton answer = m_editor->isDeleted()
        ? MessageBox::question(
            this, tr("Unsaved Changes"),
            tr("Token %1 was deleted by someone else. Discard your edits of it?").arg(number),
            QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel)
        : afterSave
        ? MessageBox::question(this, tr("Unsaved Changes"),
                               tr("Token %1 has unsaved changes. Save them before moving on?").arg(number),
                               QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel,
                               QMessageBox::Save)
        : MessageBox::question(this, tr("Unsaved Changes"),
                               tr("Token %1 has unsaved changes. Discard them?").arg(number),
                               QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer == QMessageBox::Save)
        saveThen(afterSave);
    if (answer != QMessageBox::Discard)
        return false;
    m_editor->revert();
    return true;
}

void MainWindow::saveThen(const std::function<void()>& next)
{
    auto* once = new QObject(this);
    connect(m_editor, &TokenEditor::saved, once, [once, next]() {
        once->deleteLater();
        next();
    });
    connect(m_editor, &TokenEditor::saveFailed, once, [once]() { once->deleteLater(); });
    connect(m_editor, &TokenEditor::saveRefused, once, [once]() { once->deleteLater(); });
    connect(m_editor, &TokenEditor::saveCancelled, once, [once]() { once->deleteLater(); });
    // Reloaded instead: the person stays to see the other version.
    connect(m_editor, &TokenEditor::saveDiscarded, once, [once]() { once->deleteLater(); });
    m_editor->save();
}

void MainWindow::holdTyping()
{
    if (!m_editor->isModified() || !m_editor->token())
        return;
    m_heldTyping = true;
    m_heldTypingNotice = tr("Token %1 has unsaved changes: press Return to apply what you typed.")
                             .arg(m_editor->token()->number);
    showNotice(m_heldTypingNotice);
}

void MainWindow::onPageLoaded()
{
    // Only the load error itself: an operation's error that came after it stays. Nothing is said
    // in its place: the error may have been a refused filter rather than a store gone away.
    withdraw(std::exchange(m_loadError, QString()));
}

void MainWindow::onModelDataChanged()
{
    const QModelIndex current = m_table->currentIndex();
    if (current.isValid() && !m_currentId.isEmpty()) {
        const std::optional<AccessToken> token = m_model->tokenAt(current.row());
        // The current token changed in the store (by us or someone else): show the new version,
        // unless the person is editing it, in which case the save will meet the conflict.
        const bool newVersion = token && token->id == m_currentId && !m_editor->isSaving()
            && m_editor->token() && token->version != m_editor->token()->version;
        if (newVersion && !m_editor->isModified())
            m_editor->loadToken(*token);
        else if (newVersion && token->version != m_changedWhileEditing) {
            // Said once a version, while the person can still decide what to do with their edits.
            m_changedWhileEditing = token->version;
            showNotice(tr("Token %1 was changed in the store while you were editing it. Save shows those "
                          "changes beside yours before anything is written.")
                           .arg(token->number));
        } else if (token && token->id != m_currentId)
            followTokenOnShow(current.row());
    } else if (current.isValid() && m_currentId.isEmpty()) {
        onCurrentRowChanged(current, QModelIndex());
    }
    updateActions();
}

void MainWindow::rebuildFilterRow()
{
    m_header->rebuildFilters([this](int column) { return m_model->isFilterable(column); });
}

void MainWindow::enterResults()
{
    // What was typed applies now, not after the pause (nor held for unsaved edits).
    if (m_searchDebounce.isActive() || m_editor->isModified()) {
        m_searchDebounce.stop();
        applyFilters();
    }
    m_table->setFocus(Qt::OtherFocusReason);
    if (!m_table->currentIndex().isValid() && m_model->rowCount() > 0)
        selectRow(0);
}

bool MainWindow::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if (key == Qt::Key_Down) {
            enterResults();
            return true;
        }
        // Escape clears what was typed, as a find bar does; in an empty field it is left to the
        // window (a running call's Cancel).
        if (key == Qt::Key_Escape && !m_search->text().isEmpty()) {
            m_search->clear();
            return true;
        }
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::focusColumnFilter()
{
    if (auto* filterRow = findChild<QAction*>(QStringLiteral("actionFilterRow")))
        filterRow->setChecked(true);
    if (!m_header->focusFilter(m_currentColumn))
        showNotice(tr("None of the columns on screen can be filtered."));
}

void MainWindow::fillSortMenu(QMenu* menu)
{
    menu->clear();
    qDeleteAll(menu->findChildren<QActionGroup*>(Qt::FindDirectChildrenOnly));
    auto* columns = new QActionGroup(menu);
    const int sorted = m_model->sortColumn();
    const QString descendingText = tr("&Descending");
    QSet<QChar> used;
    reserveAccessKey(descendingText, used);
    for (int column = 0; column < m_model->columnCount(); ++column) {
        if (m_table->isColumnHidden(column) || !m_model->isSortable(column))
            continue;
        QAction* byColumn
            = menu->addAction(withAccessKey(m_model->headerData(column, Qt::Horizontal).toString(), used));
        byColumn->setCheckable(true);
        byColumn->setChecked(column == sorted);
        byColumn->setEnabled(m_table->isSortingEnabled());
        columns->addAction(byColumn);
        connect(byColumn, &QAction::triggered, this,
                [this, column]() { m_table->sortByColumn(column, m_model->sortOrder()); });
    }
    menu->addSeparator();
    QAction* descending = menu->addAction(descendingText);
    descending->setCheckable(true);
    descending->setChecked(m_model->sortOrder() == Qt::DescendingOrder);
    descending->setEnabled(m_table->isSortingEnabled() && sorted >= 0);
    connect(descending, &QAction::toggled, this, [this](bool down) {
        m_table->sortByColumn(m_model->sortColumn(), down ? Qt::DescendingOrder : Qt::AscendingOrder);
    });
}

void MainWindow::showHeaderMenu(const QPoint& pos)
{
    QMenu menu(this);
    fillColumnsMenu(&menu);
    menu.exec(m_header->mapToGlobal(pos));
}

void MainWindow::fillColumnsMenu(QMenu* menu)
{
    qDeleteAll(menu->findChildren<QMenu*>(Qt::FindDirectChildrenOnly));
    menu->clear();
    const QString addText = tr("&Add Custom Field Column…");
    const QString removeText = tr("Remo&ve Custom Field Column");
    const QString resetText = tr("&Reset Columns");
    QSet<QChar> used;
    for (const QString& text : { addText, removeText, resetText })
        reserveAccessKey(text, used);
    for (int column = 0; column < m_model->columnCount(); ++column) {
        QAction* toggle
            = menu->addAction(withAccessKey(m_model->headerData(column, Qt::Horizontal).toString(), used));
        toggle->setCheckable(true);
        toggle->setChecked(!m_header->isSectionHidden(column));
        connect(toggle, &QAction::toggled, this, [this, column](bool shown) {
            m_header->setSectionHidden(column, !shown);
            m_header->positionEditors();
        });
    }
    menu->addSeparator();
    menu->addAction(addText, this, [this]() {
        bool ok = false;
        const QString name = QInputDialog::getText(this, tr("Add Column"), tr("Custom field name:"),
                                                   QLineEdit::Normal, QString(), &ok);
        if (ok && !name.trimmed().isEmpty()) {
            m_model->addCustomFieldColumn(name);
            rebuildFilterRow();
        }
    });
    const QStringList custom = m_model->customFieldColumns();
    if (!custom.isEmpty()) {
        QMenu* remove = menu->addMenu(removeText);
        for (const QString& name : custom) {
            remove->addAction(name, this, [this, name]() {
                m_model->removeCustomFieldColumn(name);
                rebuildFilterRow();
            });
        }
    }
    menu->addAction(resetText, this, [this]() {
        for (const QString& name : m_model->customFieldColumns())
            m_model->removeCustomFieldColumn(name);
        for (int column = 0; column < m_model->columnCount(); ++column) {
            m_header->moveSection(m_header->visualIndex(column), column);
            m_header->setSectionHidden(
                column, !TokenTableModel::defaultVisibleColumns().contains(m_model->columnKey(column)));
        }
        m_header->resizeSections(QHeaderView::ResizeToContents);
        rebuildFilterRow();
    });
}

void MainWindow::showTableMenu(const QPoint& pos)
{
    QMenu menu(this);
    menu.addAction(action(Action::NewToken));
    menu.addSeparator();
    for (Action id :
         { Action::SetEffective, Action::SetNotEffective, Action::Verify, Action::ResetVerificationCode,
           Action::ResetPassCode, Action::ForgotPassCode, Action::ChangePassCode, Action::GenerateOtp })
        menu.addAction(action(id));
    menu.addSeparator();
    menu.addAction(action(Action::ExportSelection));
    menu.addAction(action(Action::Delete));
    menu.exec(m_table->viewport()->mapToGlobal(pos));
}

void MainWindow::showSecret(const QString& title, const QString& explanation, const QString& secret,
                            const QDateTime& expiry)
{
    auto* dialog = new SecretDialog(title, explanation, secret, this);
    if (expiry.isValid())
        dialog->setExpiry(expiry);
    dialog->open();
}

void MainWindow::newToken()
{
    auto* dialog = new NewTokenDialog(m_settings, accountChoices(), participantChoices(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (!m_service->capabilities().keepsDirectory) {
        dialog->setReferencesTyped(true);
        // Made while an account's or a participant's tokens are on show, a token is theirs.
        if (m_remote && m_scopeBar->scope() == RemoteScopeBar::Scope::Account)
            dialog->accountBox()->setNumber(m_scopeBar->number());
        else if (m_remote && m_scopeBar->scope() == RemoteScopeBar::Scope::Participant)
            dialog->participantBox()->setNumber(m_scopeBar->number());
    }
    connect(dialog, &CallDialog::submitted, this, [this, dialog]() {
        QPointer<CallDialog> open(dialog);
        whenFinished(m_service->create(dialog->fields()), this, [this, open](Result<TokenResult> result) {
            const bool shown = open && open->isVisible();
            if (!result.ok()) {
                if (shown)
                    open->showFailure(result.error());
                else
                    showError(tr("The token was not created: %1").arg(result.error().message()));
                return;
            }
            if (shown)
                open->accept();
            const TokenResult& created = result.value();
            rememberReferences(created.token);
            setLastOperation(tr("Token %1 created").arg(created.token.number));
            // The keyboard goes on from the new row once it is selected, wherever New Token was
            // asked for; not when the person left the dialog before the store answered and is at
            // something else, nor when the filters leave the token out (a key in a table with no
            // row current would choose another token).
            if (shown && !m_editor->isModified())
                m_newRowId = created.token.id;
            showCreated(created.token);
            if (!created.randomPassCode.isEmpty())
                showSecret(tr("New Token %1").arg(created.token.number),
                           tr("The store generated this pass code for token %1. Give it to the customer.")
                               .arg(created.token.number),
                           created.randomPassCode);
            else if (!created.verificationCode.isEmpty())
                showSecret(tr("New Token %1").arg(created.token.number),
                           tr("Token %1 awaits verification. This is the code the customer must confirm.")
                               .arg(created.token.number),
                           created.verificationCode);
        });
    });
    dialog->open();
}

void MainWindow::showCreated(const AccessToken& token)
{
    // Edits of another token stay on show; the new token is then a search away.
    if (m_editor->isModified())
        return;
    // In the scope on show, the first page that the creation brings again selects it.
    if (m_remote) {
        showInItsScope(token);
        return;
    }
    keepOnShow(token,
               tr("Token %1 was created; the search and filters in use leave it out.").arg(token.number));
}

void MainWindow::keepOnShow(const AccessToken& token, const QString& notice)
{
    // On show at once, and selected where the table's order puts it once that row is read.
    clearSelectionQuietly();
    m_currentId = token.id;
    m_offTableId = token.id;
    m_offTableNotice = notice;
    if (!m_editor->isModified())
        m_editor->loadToken(token);
    m_locateOnFirstPage = true;
    m_model->locate(token);
    updateActions();
}

void MainWindow::followTokenOnShow(int row)
{
    if (m_editor->token())
        findTokenOnShow(row,
                        tr("Token %1 changed; the search and filters in use leave it out.")
                            .arg(m_editor->token()->number));
}

void MainWindow::findTokenOnShow(int row, const QString& notice)
{
    // Nothing is selected meanwhile: an action must not go to another token on that row. Nor is
    // the first row chosen in its place when the first page comes in.
    clearSelectionQuietly();
    updateActions();
    const QString id = m_currentId;
    m_offTableId = id;
    whenFinished(m_service->show(TokenRef::byId(id)), this,
                 [this, id, row, notice](Result<AccessToken> found) {
                     if (m_currentId == id && !m_table->currentIndex().isValid())
                         onTokenOnShowRead(found, row, notice);
                 });
}

void MainWindow::onTokenOnShowRead(const Result<AccessToken>& found, int row, const QString& notice)
{
    if (found.ok()) {
        // A read asked for with no notice (the first page came in meanwhile) keeps the one an
        // earlier read left unsaid.
        keepOnShow(*found, notice.isEmpty() ? m_offTableNotice : notice);
    } else if (found.error().code() != Error::Code::NotFound) {
        if (m_editor->token())
            keepOnShow(*m_editor->token(), QString());
    } else if (!m_editor->isModified()) {
        // Deleted: its row goes to the token after it, as in any list.
        dropDeletedToken(row);
    } else if (m_editor->tokenId() == m_currentId && !m_editor->isDeleted()) {
        // Edits of it stay on show, to be read or copied, until Revert or a move to another token.
        m_deletedRow = row;
        m_editor->markDeleted();
        showNotice(tr("Token %1 was deleted from the store while you were editing it. Your edits stay on "
                      "show but cannot be saved; Revert drops them.")
                       .arg(m_editor->token()->number));
        updateActions();
    }
}

void MainWindow::dropDeletedToken(int row)
{
    m_currentId.clear();
    m_editor->clearToken();
    // None when the search found it alone: selectRow() leaves a row that does not exist.
    selectRow(qMin(row, m_model->rowCount() - 1));
    updateActions();
}

void MainWindow::clearSelectionQuietly()
{
    m_restoringSelection = true;
    m_table->selectionModel()->clear();
    m_restoringSelection = false;
}

void MainWindow::runBulk(const QString& title, BulkAction bulkAction,
                         const std::function<QFuture<Result<AccessToken>>(const AccessToken&)>& call,
                         const std::function<bool(const AccessToken&)>& skip, BulkActionRunner::Skip why)
{
    const QList<AccessToken> tokens = selectedTokens();
    const qint64 selected = selectedRowCount();
    if (selected == 0)
        return;
    if (selected == 1 && tokens.size() == 1) {
        const AccessToken token = tokens.first();
        whenFinished(call(token), this, [this, title, token](Result<AccessToken> result) {
            if (result.ok()) {
                setLastOperation(tr("%1: token %2 done").arg(title, token.number));
            } else if (result.error().code() == Error::Code::Cancelled) {
                const QString cancelled = tr("%1 for token %2 was cancelled").arg(title, token.number);
                showNotice(cancelled);
                setLastOperation(cancelled);
            } else {
                showError(
                    tr("%1 failed for token %2: %3").arg(title, token.number, result.error().message()));
            }
        });
        return;
    }
    BulkActionRunner* runner = nullptr;
    if (tokens.size() == selected) {
        runner = new BulkActionRunner(title, tokens, call, this);
    } else {
        // Part of the selection was never loaded: the store finds those rows by position first.
        auto cancelled = std::make_shared<std::atomic_bool>(false);
        const QStringList fields
            = { QStringLiteral("id"), QStringLiteral("number"), QStringLiteral("life_cycle_state") };
        runner = new BulkActionRunner(title, m_model->resolveRows(selectedRanges(), fields, cancelled),
                                      selected, cancelled, call, this);
    }
    if (skip)
        runner->skipWhere(skip, why);
    if (m_service->capabilities().runsCallsInParallel) {
        TokenService* service = m_service;
        runner->setBatch([service, bulkAction](const QList<AccessToken>& found,
                                               BulkActionRunner::Progress progress,
                                               std::shared_ptr<std::atomic_bool> cancelled) {
            QList<TokenRef> refs;
            for (const AccessToken& token : found)
                refs.append(TokenRef::byId(token.id));
            // 0: as many in flight as the connection allows (its profile's, or Preferences' for --store).
            return service->applyToEach(bulkAction, refs, 0, std::move(progress), std::move(cancelled));
        });
    }
    connect(runner, &BulkActionRunner::finished, this, [this, runner, title]() {
        runner->deleteLater();
        setLastOperation(tr("%1: %2").arg(title, runner->summary()));
        if (!runner->failures().isEmpty() || !runner->lookupError().isEmpty())
            MessageBox::warning(this, title, runner->summary(), runner->details());
    });
    runner->start();
}

bool MainWindow::confirmed(const QString& title, const QString& question)
{
    // No is the default: Return alone does not undo what the customer holds.
    return MessageBox::question(this, title, question, QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
        == QMessageBox::Yes;
}

void MainWindow::deleteTokens()
{
    const QList<AccessToken> tokens = selectedTokens();
    const qint64 selected = selectedRowCount();
    if (selected == 0)
        return;
    const bool one = selected == 1 && tokens.size() == 1;
    const auto stays = [](const AccessToken& token) {
        return !TransitionTable::allows(Operation::Delete, token.lifeCycleState);
    };
    // Counted when every selected row has been read; the others' states come with their lookup.
    const bool read = tokens.size() == selected;
    const auto staying = read ? std::count_if(tokens.cbegin(), tokens.cend(), stays) : 0;
    QString question = one
        ? tr("Delete token %1? This cannot be undone.").arg(tokens.first().number)
        : tr("Delete %n token(s)? This cannot be undone.", nullptr, static_cast<int>(selected - staying));
    if (!read)
        question += QLatin1Char(' ')
            + tr("Only tokens in the state “%1” are deleted; the others stay as they are.")
                  .arg(StateLabels::label(LifeCycleState::NotEffective));
    else if (staying > 0)
        question += QLatin1Char(' ')
            + tr("Only tokens in the state “%1” can be deleted: %n of the selected tokens stay as they are.",
                 nullptr, static_cast<int>(staying))
                  .arg(StateLabels::label(LifeCycleState::NotEffective));
    if (!confirmed(one ? tr("Delete Token") : tr("Delete Tokens"), question))
        return;
    runBulk(
        tr("Delete"), BulkAction::Delete,
        [this](const AccessToken& token) { return m_service->remove(TokenRef::byId(token.id)); }, stays,
        BulkActionRunner::Skip::NotAllowed);
}

bool MainWindow::confirmedStateChange(const QString& title, LifeCycleState target,
                                      const std::function<QString(int)>& question)
{
    // Many tokens at once are asked for first, as Delete does: Ctrl+A and a shortcut would
    // otherwise change every token on show.
    const qint64 selected = selectedRowCount();
    if (selected <= 1)
        return true;
    // The others are counted when every selected row has been read.
    const QList<AccessToken> tokens = selectedTokens();
    if (tokens.size() < selected)
        return confirmed(title,
                         question(static_cast<int>(selected)) + QLatin1Char(' ')
                             + tr("Those in that state already stay as they are."));
    const auto already = std::count_if(tokens.cbegin(), tokens.cend(), inState(target));
    QString text = question(static_cast<int>(selected - already));
    if (already > 0)
        text += QLatin1Char(' ')
            + tr("%n of the selected tokens are in that state already and stay as they are.", nullptr,
                 static_cast<int>(already));
    return confirmed(title, text);
}

void MainWindow::setEffective()
{
    if (!confirmedStateChange(tr("Set Effective"), LifeCycleState::Effective, [](int count) {
            return tr("Set %n token(s) effective? Their holders can use them again.", nullptr, count);
        }))
        return;
    runBulk(
        tr("Set effective"), BulkAction::SetEffective,
        [this](const AccessToken& token) { return m_service->setEffective(TokenRef::byId(token.id)); },
        inState(LifeCycleState::Effective));
}

void MainWindow::setNotEffective()
{
    if (!confirmedStateChange(tr("Set Not Effective"), LifeCycleState::NotEffective, [](int count) {
            return tr("Set %n token(s) not effective? Their holders can no longer use them until they "
                      "are set effective again.",
                      nullptr, count);
        }))
        return;
    runBulk(
        tr("Set not effective"), BulkAction::SetNotEffective,
        [this](const AccessToken& token) { return m_service->setNotEffective(TokenRef::byId(token.id)); },
        inState(LifeCycleState::NotEffective));
}

void MainWindow::verifyToken()
{
    const std::optional<AccessToken> token = singleToken();
    if (!token)
        return;
    auto* dialog = new VerifyDialog(token->number, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    callFromDialog<AccessToken>(
        dialog,
        [this, dialog, id = token->id]() {
            return m_service->verify(TokenRef::byId(id), dialog->verificationCode(), dialog->passCode());
        },
        tr("Token %1 verified").arg(token->number), tr("Token %1 was not verified: %2").arg(token->number));
    dialog->open();
}

template<typename T>
void MainWindow::callFromDialog(CallDialog* dialog, std::function<QFuture<Result<T>>()> call,
                                const QString& done, const QString& failure)
{
    connect(dialog, &CallDialog::submitted, this, [this, dialog, call, done, failure]() {
        QPointer<CallDialog> open(dialog);
        whenFinished(call(), this, [this, open, done, failure](Result<T> result) {
            const bool shown = open && open->isVisible();
            if (result.ok()) {
                setLastOperation(done);
                // This action's earlier failure on the bar (its dialog closed before the answer)
                // is over.
                if (m_messageBar->text().startsWith(failure.left(failure.indexOf(QLatin1String("%")))))
                    withdrawError();
                if (shown)
                    open->accept();
            } else if (shown) {
                open->showFailure(result.error());
            } else {
                showError(failure.arg(result.error().message()));
            }
        });
    });
}

void MainWindow::resetVerificationCode()
{
    const std::optional<AccessToken> token = singleToken();
    if (!token)
        return;
    if (!confirmed(
            tr("Reset Verification Code"),
            tr("Issue a new verification code for token %1? The customer's current code will stop working.")
                .arg(token->number)))
        return;
    whenFinished(m_service->resetVerificationCode(TokenRef::byId(token->id)), this,
                 [this, token](Result<TokenResult> result) {
                     if (!result.ok()) {
                         showError(tr("The verification code of token %1 was not reset: %2")
                                       .arg(token->number, result.error().message()));
                         return;
                     }
                     setLastOperation(tr("New verification code issued for token %1").arg(token->number));
                     if (!result->verificationCode.isEmpty())
                         showSecret(tr("Verification Code"),
                                    tr("The new verification code of token %1:").arg(token->number),
                                    result->verificationCode);
                 });
}

void MainWindow::resetPassCode()
{
    const std::optional<AccessToken> token = singleToken();
    if (!token)
        return;
    if (!confirmed(
            tr("Reset Pass Code"),
            tr("Give token %1 a new random pass code? The customer's current pass code will stop working.")
                .arg(token->number)))
        return;
    whenFinished(
        m_service->resetPassCode(TokenRef::byId(token->id)), this, [this, token](Result<TokenResult> result) {
            if (!result.ok()) {
                showError(tr("The pass code of token %1 was not reset: %2")
                              .arg(token->number, result.error().message()));
                return;
            }
            setLastOperation(tr("Pass code of token %1 reset").arg(token->number));
            showSecret(tr("New Pass Code"),
                       tr("The new pass code of token %1. Give it to the customer; it cannot be shown again.")
                           .arg(token->number),
                       result->randomPassCode);
        });
}

void MainWindow::forgotPassCode()
{
    const std::optional<AccessToken> token = singleToken();
    if (!token)
        return;
    if (!confirmed(tr("Forgot Pass Code"), tr("Send a pass code reset e-mail to %1?").arg(token->identifier)))
        return;
    whenFinished(m_service->forgotPassCode(token->identifier), this, [this, token](Result<void> result) {
        if (result.ok())
            setLastOperation(tr("A pass code reset e-mail to %1 was queued").arg(token->identifier));
        else
            showError(
                tr("No reset e-mail was queued for %1: %2").arg(token->identifier, result.error().message()));
    });
}

void MainWindow::changePassCode()
{
    const std::optional<AccessToken> token = singleToken();
    if (!token)
        return;
    const QString classification = token->classification ? token->classification->name : QString();
    auto* dialog = new ChangePassCodeDialog(token->identifier, m_settings.rulesFor(classification), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    callFromDialog<void>(
        dialog,
        [this, dialog, id = token->id]() {
            return m_service->changePassCode(TokenRef::byId(id), dialog->currentPassCode(),
                                             dialog->newPassCode());
        },
        tr("Pass code of token %1 changed").arg(token->number),
        tr("The pass code of token %1 was not changed: %2").arg(token->number));
    dialog->open();
}

void MainWindow::generateOtp()
{
    const std::optional<AccessToken> token = singleToken();
    if (!token)
        return;
    whenFinished(
        m_service->generateOtp(TokenRef::byId(token->id)), this, [this, token](Result<TokenResult> result) {
            if (!result.ok()) {
                showError(tr("No one-time password was generated for token %1: %2")
                              .arg(token->number, result.error().message()));
                return;
            }
            setLastOperation(tr("One-time password generated for token %1").arg(token->number));
            showSecret(tr("One-Time Password"),
                       tr("The one-time password for token %1. It can be used once.").arg(token->number),
                       result->oneTimePassword, result->expirationDate);
        });
}

void MainWindow::exportSelection()
{
    const QList<AccessToken> tokens = selectedTokens();
    const qint64 selected = selectedRowCount();
    if (selected == 0)
        return;
    const ExportTarget target = chooseExportFile();
    const QString path = target.path;
    if (path.isEmpty())
        return;
    setLastOperation(
        tr("Exporting the %n selected token(s) to %1…", nullptr, static_cast<int>(selected)).arg(path));
    // Loaded rows are written as the table shows them; the others are read from the store first.
    auto* run = tokens.size() == selected
        ? new SelectionExport(tokens, path, this)
        : new SelectionExport(m_service, m_model, selectedRanges(), path, this);
    run->setByteOrderMark(target.byteOrderMark);
    run->setColumns(exportColumns());
    connect(run, &SelectionExport::finished, this, [this, run, path]() {
        run->deleteLater();
        if (run->wasCancelled())
            setLastOperation(tr("Export cancelled; %1 is left as it was").arg(path));
        else
            reportExport(run->result(), path);
    });
    run->start();
}

MainWindow::ExportTarget MainWindow::chooseExportFile()
{
    const QString plain = tr("CSV files, UTF-8 (*.csv)");
    const QString excel = tr("CSV files for Excel, UTF-8 with byte order mark (*.csv)");
    // Whoever exports for Excel once usually does every time.
    QSettings settings;
    const QString settingsKey = QStringLiteral("export/byteOrderMark");
    QString chosen = settings.value(settingsKey, false).toBool() ? excel : plain;
    ExportTarget target;
    target.path = FileDialog::getSaveFileName(
        this, tr("Export Tokens"), tr("tokens.csv"),
        QStringList { plain, excel, tr("All files (*)") }.join(QLatin1String(";;")), &chosen);
    target.byteOrderMark = chosen == excel;
    if (!target.path.isEmpty())
        settings.setValue(settingsKey, target.byteOrderMark);
    return target;
}

QStringList MainWindow::exportColumns() const
{
    QStringList columns;
    for (int visual = 0; visual < m_header->count(); ++visual) {
        const int column = m_header->logicalIndex(visual);
        if (!m_header->isSectionHidden(column))
            columns.append(m_model->columnKey(column));
    }
    return columns;
}

void MainWindow::reportExport(const Result<qint64>& written, const QString& path)
{
    if (!written.ok()) {
        showError(tr("The export to %1 failed: %2").arg(path, written.error().message()));
        return;
    }
    const QString text = tr("%n token(s) exported to %1", nullptr, int(written.value())).arg(path);
    setLastOperation(text);
    showNotice(text);
}

void MainWindow::exportAll()
{
    if (!m_service || !m_service->isOpen())
        return;
    const ExportTarget target = chooseExportFile();
    const QString path = target.path;
    if (path.isEmpty())
        return;
    auto file = std::make_shared<QSaveFile>(path);
    if (!file->open(QIODevice::WriteOnly)) {
        showError(tr("The export to %1 failed: %2").arg(path, file->errorString()));
        return;
    }
    const TokenQuery query = m_model->query().withoutPaging();
    setLastOperation(tr("Exporting to %1…").arg(path));
    // The exporter pages through the store, so it runs on the store's worker thread; the file is
    // only touched there until the result comes back.
    const QFuture<Result<qint64>> exported = m_service->withStore<Result<qint64>>(
        [query, file, mark = target.byteOrderMark, columns = exportColumns()](TokenStore& store) {
            return TokenExporter::exportTo(store, query, columns, file.get(), nullptr, mark);
        });
    whenFinished(exported, this, [this, file, path](Result<qint64> written) {
        if (written.ok() && !file->commit())
            written = Error(Error::Code::Storage, file->errorString(), QStringLiteral("file"));
        reportExport(written, path);
    });
}

void MainWindow::openImportWizard(const QString& path)
{
    if (!m_service || !m_service->isOpen()) {
        showError(tr("Importing needs an open store."));
        return;
    }
    auto* wizard = new ImportWizard(m_service, path, this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    wizard->open();
}

void MainWindow::requestImport()
{
    Q_EMIT importRequested(QString());
}

void MainWindow::requestConnect()
{
    if (!confirmLeavingToken())
        return;
    if (isSignalConnected(QMetaMethod::fromSignal(&MainWindow::connectRequested)))
        Q_EMIT connectRequested();
    else
        showError(tr("Connecting to another store is not possible: this build has no connection dialog."));
}

void MainWindow::showImportHistory()
{
    // One dialog: asked for again, it comes to the front with the list read anew.
    if (m_importHistory) {
        m_importHistory->reload();
    } else {
        m_importHistory = new ImportHistoryDialog(m_service, this);
        m_importHistory->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_importHistory->show();
    m_importHistory->raise();
    m_importHistory->activateWindow();
}

void MainWindow::configureStore()
{
    auto* dialog = new ConfigurationDialog(m_service, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::showAbout()
{
    const QString store = m_service ? m_service->description() : QString();
    MessageBox::information(
        this, tr("About TokenDesk"),
        tr("TokenDesk %1\n\nA back office for CRM.COM access tokens.\n\nStore: %2\nDefault store file: %3\n\n"
           "Copyright © 2026 The TokenDesk team. Licensed to the organisation that deployed it; not "
           "for redistribution.\n\nBuilt with Qt %4 (LGPL-3.0), QtKeychain (BSD-3-Clause), libsodium "
           "(ISC), SQLite (public domain), libpq (PostgreSQL Licence) and uchardet (MPL-1.1); their "
           "notices are in the package's copyright file.")
            .arg(QStringLiteral(TOKENDESK_VERSION), store.isEmpty() ? tr("none open") : store,
                 StoreUrl::defaultSqlitePath(), QString::fromLatin1(qVersion())));
}
