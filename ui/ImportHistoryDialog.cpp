#include "ImportHistoryDialog.h"

#include "ActorText.h"
#include "CsvWriter.h"
#include "FileDialog.h"
#include "ImportHistoryModel.h"
#include "MessageBox.h"
#include "TokenService.h"
#include "WhenFinished.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>
#include <limits>

namespace {
// Read at a time: the newest are what a person reviews; older ones come as the list scrolls.
constexpr int importsPerPage = 500;
} // namespace

ImportHistoryDialog::ImportHistoryDialog(TokenService* service, QWidget* parent)
    : QDialog(parent)
    , m_service(service)
    , m_model(new ImportHistoryModel(this))
    , m_table(new QTableView(this))
    , m_details(new QPlainTextEdit(this))
    , m_shown(new QLabel(this))
    , m_status(new QLabel(this))
{
    setWindowTitle(tr("Import History"));
    setObjectName(QStringLiteral("importHistoryDialog"));

    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    // Tab leaves the list for the buttons instead of walking its cells unseen.
    m_table->setTabKeyNavigation(false);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(ImportHistoryModel::FileColumn, QHeaderView::Stretch);
    m_table->setAccessibleName(tr("Imports"));

    m_details->setReadOnly(true);
    m_details->setAccessibleName(tr("Mapping and errors of the selected import"));
    m_details->setPlaceholderText(tr("Select an import to see its mapping and errors."));

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    m_shown->setWordWrap(true);
    m_shown->setVisible(false);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_undo = buttons->addButton(tr("&Undo Import…"), QDialogButtonBox::ActionRole);
    m_export = buttons->addButton(tr("&Export…"), QDialogButtonBox::ActionRole);
    // Qt 6.4's button box makes its first button (Undo) its focus proxy, and with buttons added
    // after it was made it sits in the tab chain after Export: Tab from Export went back to Undo,
    // never to Close or the list. Without the proxy Tab passes the box by for its buttons.
    buttons->setFocusProxy(nullptr);
    m_undo->setEnabled(false);
    m_export->setEnabled(false);
    // Return while reading the list must not start undoing an import (QDialog would make the
    // first button the default): no button here is one.
    for (QAbstractButton* button : buttons->buttons()) {
        if (auto* push = qobject_cast<QPushButton*>(button))
            push->setAutoDefault(false);
    }
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_undo, &QPushButton::clicked, this, &ImportHistoryDialog::undoSelected);
    connect(m_export, &QPushButton::clicked, this, &ImportHistoryDialog::exportList);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_shown);
    layout->addWidget(m_status);
    layout->addWidget(buttons);

    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ImportHistoryDialog::showSelected);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ImportHistoryDialog::showSelected);
    connect(m_model, &ImportHistoryModel::olderWanted, this, &ImportHistoryDialog::loadOlder);
    // A new import or an undo from the CLI window or the wizard shows up without reopening.
    connect(m_service, &TokenService::tokensChanged, this, &ImportHistoryDialog::reload);

    resize(860, 520);
    m_table->setFocus();
    reload();
}

QString ImportHistoryDialog::detailsText() const
{
    return m_details->toPlainText();
}

QString ImportHistoryDialog::statusText() const
{
    return m_status->text();
}

QString ImportHistoryDialog::shownText() const
{
    return m_shown->text();
}

void ImportHistoryDialog::reload()
{
    if (const std::optional<ImportRecord> selected = selectedRecord())
        m_keepSelected = selected->id;
    // As many as are listed now, so a change does not take away the older ones scrolled to; one
    // more than shown tells whether older ones exist.
    const int wanted = std::max(importsPerPage, m_model->rowCount());
    ++m_listing;
    whenFinished(m_service->imports(wanted + 1), this, [this, wanted](Result<QList<ImportRecord>> records) {
        if (!records) {
            setStatus(tr("The imports could not be read: %1").arg(records.error().message()));
            return;
        }
        const bool more = records->size() > wanted;
        m_model->setRecords(records->mid(0, wanted), more);
        updateShown();
        m_export->setEnabled(m_model->rowCount() > 0);
        const int row = qMax(0, m_model->rowOf(m_keepSelected));
        if (m_model->rowCount() > 0)
            m_table->selectRow(row);
        m_table->resizeColumnsToContents();
        m_table->horizontalHeader()->setSectionResizeMode(ImportHistoryModel::FileColumn,
                                                          QHeaderView::Stretch);
        Q_EMIT loaded();
    });
}

void ImportHistoryDialog::loadOlder()
{
    if (m_loadingOlder || !m_model->hasOlder() || m_model->rowCount() == 0)
        return;
    m_loadingOlder = true;
    const qint64 oldestListed = m_model->recordAt(m_model->rowCount() - 1).id;
    // The store lists the newest first; imports made since the list was read only push the older
    // ones further down, so they are picked by id rather than by position.
    const int wanted = m_model->rowCount() + importsPerPage + 1;
    const quint64 listing = m_listing;
    whenFinished(m_service->imports(wanted), this,
                 [this, oldestListed, wanted, listing](Result<QList<ImportRecord>> records) {
                     m_loadingOlder = false;
                     // Read anew meanwhile: these would not follow on from the rows listed now.
                     if (listing != m_listing)
                         return;
                     if (!records) {
                         setStatus(
                             tr("The older imports could not be read: %1").arg(records.error().message()));
                         return;
                     }
                     QList<ImportRecord> older;
                     for (const ImportRecord& record : records.value()) {
                         if (record.id < oldestListed && older.size() < importsPerPage)
                             older.append(record);
                     }
                     m_model->appendRecords(older, records->size() == wanted);
                     updateShown();
                 });
}

void ImportHistoryDialog::updateShown()
{
    m_shown->setText(m_model->hasOlder()
                         ? tr("The latest %n import(s) are listed; older ones are read as you scroll down.",
                              nullptr, m_model->rowCount())
                         : QString());
    m_shown->setVisible(m_model->hasOlder());
}

std::optional<ImportRecord> ImportHistoryDialog::selectedRecord() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return std::nullopt;
    return m_model->recordAt(rows.constFirst().row());
}

void ImportHistoryDialog::showSelected()
{
    const std::optional<ImportRecord> record = selectedRecord();
    m_undo->setEnabled(record && record->status != QLatin1String("undone")
                       && record->status != QLatin1String("running")
                       && record->created + record->updated > 0);
    if (!record) {
        m_details->clear();
        return;
    }
    const QLocale locale;
    QStringList lines;
    // Numbered as a token's History and the CLI (import --undo ID) name it.
    lines << tr("Import %1: %2").arg(record->id).arg(record->fileName);
    lines << tr("Run by: %1").arg(runByText(record->user, record->unit));
    lines << tr("Started: %1, finished: %2")
                 .arg(locale.toString(record->startedAt.toLocalTime(), QLocale::LongFormat),
                      record->finishedAt.isValid()
                          ? locale.toString(record->finishedAt.toLocalTime(), QLocale::LongFormat)
                          : tr("not finished"));
    lines << tr("Mapping: %1")
                 .arg(record->mapping.isEmpty() ? tr("none recorded")
                                                : ImportHistoryModel::mappingText(record->mapping));
    lines << QString();
    if (record->errors.isEmpty())
        lines << tr("No errors.");
    else
        lines << tr("Errors (the first ones):") << record->errors;
    m_details->setPlainText(lines.join(QLatin1Char('\n')));
}

void ImportHistoryDialog::setStatus(const QString& text)
{
    m_status->setText(text);
}

void ImportHistoryDialog::undoSelected()
{
    const std::optional<ImportRecord> record = selectedRecord();
    if (!record)
        return;
    // An undo the store would refuse (a token changed since) is said before any question.
    m_undo->setEnabled(false);
    setStatus(tr("Checking whether the import of %1 can be undone…").arg(record->fileName));
    whenFinished(m_service->checkUndoImport(record->id), this, [this](Result<ImportRecord> checked) {
        setStatus(QString());
        if (!checked) {
            MessageBox::warning(this, tr("Undo Import"), checked.error().message());
            showSelected();
            return;
        }
        confirmUndo(*checked);
    });
}

void ImportHistoryDialog::confirmUndo(const ImportRecord& record)
{
    // Only what the import did is named: "the 0 tokens it updated" reads as a mistake.
    QStringList effects;
    if (record.created > 0)
        effects << tr("The %n token(s) it created will be deleted.", nullptr, int(record.created));
    if (record.updated > 0)
        effects << tr("The %n token(s) it updated will get their earlier values back.", nullptr,
                      int(record.updated));
    const QString question = tr("Undo the import of %1?").arg(record.fileName) + QStringLiteral("\n\n")
        + effects.join(QLatin1Char(' '));
    if (MessageBox::question(this, tr("Undo Import"), question, QMessageBox::Yes | QMessageBox::No,
                             QMessageBox::No)
        != QMessageBox::Yes) {
        showSelected();
        return;
    }
    m_undo->setEnabled(false);
    m_keepSelected = record.id;
    setStatus(tr("Undoing the import of %1…").arg(record.fileName));
    whenFinished(m_service->undoImport(record.id), this, [this](Result<ImportRecord> undone) {
        if (!undone) {
            setStatus(QString());
            MessageBox::warning(this, tr("Undo Import"), undone.error().message());
            showSelected();
            return;
        }
        setStatus(tr("The import of %1 was undone.").arg(undone->fileName));
        reload();
    });
}

void ImportHistoryDialog::exportList()
{
    const QString path = FileDialog::getSaveFileName(this, tr("Export Import History"), tr("imports.csv"),
                                                     tr("CSV files (*.csv);;All files (*)"));
    if (path.isEmpty())
        return;
    if (!m_model->hasOlder()) {
        writeExport(path, m_model->records());
        return;
    }
    // The export holds every import, also the older ones not listed yet.
    setStatus(tr("Reading every import for the export…"));
    whenFinished(m_service->imports(std::numeric_limits<int>::max()), this,
                 [this, path](Result<QList<ImportRecord>> records) {
                     if (!records) {
                         setStatus(QString());
                         MessageBox::warning(
                             this, tr("Export Import History"),
                             tr("The export to %1 failed: %2").arg(path, records.error().message()));
                         return;
                     }
                     writeExport(path, records.value());
                 });
}

void ImportHistoryDialog::writeExport(const QString& path, const QList<ImportRecord>& records)
{
    // QSaveFile: a failed export leaves an earlier file of the same name as it was.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        MessageBox::warning(this, tr("Export Import History"),
                            tr("The export to %1 failed: %2").arg(path, file.errorString()));
        return;
    }
    CsvWriter writer(&file);
    // Stable field names, like the CLI's `imports --json`, so a script can read the file.
    Result<void> written = writer.writeRecord(
        { QStringLiteral("id"), QStringLiteral("started_at"), QStringLiteral("finished_at"),
          QStringLiteral("user"), QStringLiteral("unit"), QStringLiteral("file"), QStringLiteral("mode"),
          QStringLiteral("status"), QStringLiteral("created"), QStringLiteral("updated"),
          QStringLiteral("unchanged"), QStringLiteral("rejected"), QStringLiteral("mapping"),
          QStringLiteral("errors") });
    for (const ImportRecord& record : records) {
        if (!written)
            break;
        written = writer.writeRecord(
            { QString::number(record.id), record.startedAt.toUTC().toString(Qt::ISODate),
              record.finishedAt.isValid() ? record.finishedAt.toUTC().toString(Qt::ISODate) : QString(),
              record.user, record.unit, record.fileName, record.mode, record.status,
              QString::number(record.created), QString::number(record.updated),
              QString::number(record.unchanged), QString::number(record.rejected), record.mapping,
              record.errors });
    }
    if (written)
        written = writer.flush();
    if (written && !file.commit())
        written = Error(Error::Code::Storage, file.errorString(), QStringLiteral("file"));
    if (!written) {
        MessageBox::warning(this, tr("Export Import History"),
                            tr("The export to %1 failed: %2").arg(path, written.error().message()));
        return;
    }
    setStatus(tr("%n import(s) exported to %1", nullptr, int(records.size())).arg(path));
}

QString ImportHistoryDialog::runByText(const QString& user, const QString& unit)
{
    const QString actor = ActorText::of(user, unit);
    return actor.isEmpty() ? tr("not recorded") : actor;
}
