#include "ImportJob.h"

#include "BoundedQueue.h"
#include "CompensatingImportSession.h"
#include "CsvReader.h"
#include "CsvWriter.h"
#include "TokenField.h"
#include "TokenValidator.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QScopeGuard>
#include <QThread>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentMap>
#include <algorithm>

namespace {
const QString identifierField = QStringLiteral("identifier");
const QString authenticationCodeField = QStringLiteral("authentication_code");
const QString stateField = QStringLiteral("life_cycle_state");
const QString customPrefix = QStringLiteral("custom:");

// "3,5" (digits, one comma, digits; a sign and spaces around allowed) as 3.5; anything else as
// it is.
QString withDecimalPoint(const QString& value)
{
    const QString trimmed = value.trimmed();
    const qsizetype start
        = trimmed.startsWith(QLatin1Char('+')) || trimmed.startsWith(QLatin1Char('-')) ? 1 : 0;
    const qsizetype comma = trimmed.indexOf(QLatin1Char(','));
    if (comma <= start || comma == trimmed.size() - 1)
        return value;
    for (qsizetype i = start; i < trimmed.size(); ++i) {
        if (i != comma && !(trimmed.at(i) >= QLatin1Char('0') && trimmed.at(i) <= QLatin1Char('9')))
            return value;
    }
    return QString(trimmed).replace(comma, 1, QLatin1Char('.'));
}

quint64 hashOf(const QString& value)
{
    return quint64(qHash(value, size_t(0x9E3779B97F4A7C15ull)));
}

QString describe(const Error& error)
{
    if (error.violations().isEmpty())
        return error.message();
    QStringList parts;
    for (const Error::Violation& violation : error.violations())
        parts.append(violation.message);
    return parts.join(QLatin1String("; "));
}

// Whether a store's answer to a lookup by number holds exactly that number. A store that cannot
// look such references up (CRM.COM) answers UNSUPPORTED and refuses an unknown one itself when
// the row is written.
template<typename Reference>
Result<bool> holdsNumber(const Result<QList<Reference>>& found, const QString& number)
{
    if (!found)
        return found.error().code() == Error::Code::Unsupported ? Result<bool>(true)
                                                                : Result<bool>(found.error());
    return std::any_of(found->cbegin(), found->cend(),
                       [&number](const Reference& reference) { return reference.number == number; });
}

// The rows of a file, from the line breaks in its first quarter mebibyte: enough for a store to
// choose how to load them, without reading the file twice.
qint64 estimatedRows(QFile& file)
{
    const QByteArray sample = file.read(256 * 1024);
    file.seek(0);
    const qsizetype breaks = qMax(sample.count('\n'), sample.count('\r'));
    if (sample.isEmpty() || breaks == 0)
        return sample.isEmpty() ? 0 : 1;
    return qint64(double(file.size()) * double(breaks) / double(sample.size()));
}
} // namespace

ImportJob::ImportJob(ImportOptions options, QObject* parent)
    : QObject(parent)
    , m_options(std::move(options))
{
    qRegisterMetaType<ImportProgress>();
}

ImportJob::~ImportJob() = default;

QString ImportJob::progressText(const ImportProgress& progress)
{
    // Only an import of many rows has steps after its rows.
    if (progress.finishingSteps > 0) {
        QString text = tr("%1 rows written; building the lookup indexes: %2 of %3")
                           .arg(progress.rows)
                           .arg(progress.finishingDone)
                           .arg(progress.finishingSteps);
        if (progress.secondsLeft >= 0)
            text += tr(", %1 left").arg(timeLeft(progress.secondsLeft));
        return text;
    }
    if (progress.checking)
        return tr("Checking every row before the pass codes are hashed: %1 rows, %2 rows/s")
            .arg(progress.rows)
            .arg(qRound64(progress.rowsPerSecond));
    QString text = tr("%1 rows, %2 rows/s").arg(progress.rows).arg(qRound64(progress.rowsPerSecond));
    if (progress.secondsLeft < 0)
        return text;
    // The time left for the rows would otherwise read as the time left for the import.
    return text
        + (progress.finishingAhead > 0
               ? tr(", rows written in %1, then the lookup indexes").arg(timeLeft(progress.secondsLeft))
               : tr(", %1 left").arg(timeLeft(progress.secondsLeft)));
}

QString ImportJob::timeLeft(double seconds)
{
    const qint64 whole = qRound64(seconds);
    return whole > 0 ? tr("about %1 s").arg(whole) : tr("under a second");
}

ImportReport ImportJob::run(TokenStore& store)
{
    QElapsedTimer timer;
    timer.start();
    m_identifierLines.clear();
    m_authenticationCodeLines.clear();
    m_knownReferences.clear();
    m_writing = true;
    m_pendingCreated = m_pendingUpdated = 0;
    m_rejects.reset();
    m_batchRejects.clear();
    ImportReport report;
    report.dryRun = m_options.dryRun;
    auto finished = [&report, &timer]() {
        report.seconds = double(timer.nsecsElapsed()) / 1e9;
        return report;
    };

    QFile file(m_options.filePath);
    if (!file.open(QIODevice::ReadOnly)) {
        report.failure = Error(Error::Code::Storage,
                               tr("Cannot open %1: %2").arg(m_options.filePath, file.errorString()),
                               QStringLiteral("file"));
        return finished();
    }
    const qint64 expectedRows = estimatedRows(file);
    CsvReader reader(&file, m_options.format);
    if (const Result<void> opened = reader.open(); !opened) {
        report.failure = opened.error();
        return finished();
    }
    m_header = reader.header();
    m_mapping = m_options.mapping.columnCount() > 0 ? m_options.mapping : ColumnMapping::guess(m_header);
    if (const Result<void> checked = m_mapping.check(); !checked) {
        report.failure = unmappedFile(file, checked.error());
        return finished();
    }
    m_decimalComma.clear();
    for (int column = 0; column < m_mapping.columnCount(); ++column) {
        const std::optional<TokenField> field = TokenFields::find(m_mapping.target(column));
        m_decimalComma.append(m_options.format.delimiter != QLatin1Char(',') && field && field->isUdf()
                              && field->kind == TokenField::Kind::Float);
    }
    const Result<TokenSettings> settings = store.settings();
    if (!settings) {
        report.failure = settings.error();
        return finished();
    }
    m_settings = settings.value();

    if (m_options.mode == ImportOptions::Mode::Atomic && !m_options.dryRun
        && m_mapping.columnOf(QStringLiteral("pass_code")) >= 0) {
        const ImportReport checked = checkEveryRow(store);
        if (checked.cancelled || checked.failure.isError() || checked.rejected > 0) {
            report.skipped = checked.skipped;
            report.unchanged = checked.unchanged;
            report.rejected = checked.rejected;
            report.errors = checked.errors;
            report.cancelled = checked.cancelled;
            report.failure = checked.failure;
            if (!report.failure.isError() && !report.cancelled)
                report.failure = Error(Error::Code::Validation,
                                       tr("%n row(s) were refused, so nothing was imported", nullptr,
                                          int(qMin<qint64>(report.rejected, INT_MAX))));
            recordRefusal(store, report);
            return finished();
        }
    }

    // The rows' progress, as last reported; the steps after the last row carry it on. Declared
    // before the session, which holds callbacks that refer to it.
    ImportProgress lastProgress;
    std::unique_ptr<TokenImportSession> session;
    ImportSessionOptions sessionOptions;
    sessionOptions.fileName = QFileInfo(m_options.filePath).fileName();
    sessionOptions.mapping = m_mapping.toText();
    sessionOptions.atomic = m_options.mode == ImportOptions::Mode::Atomic;
    sessionOptions.upsertBy = m_options.upsertBy;
    sessionOptions.expectedRows = expectedRows;
    // A dry run looks rows up through the session too: its lookups are exact and batched, where the
    // compensating session's filtered lists are neither.
    sessionOptions.dryRun = m_options.dryRun;
    sessionOptions.finishing.progressed
        = [this, &lastProgress, &timer, started = qint64(0)](int done, int steps) mutable {
              if (done == 0)
                  started = timer.nsecsElapsed();
              ImportProgress progress = lastProgress;
              progress.finishingAhead = 0;
              // The indexes differ in size, so the mean of those built so far is only an estimate.
              // The commit after the last one has none: its time has nothing to go by.
              progress.secondsLeft = done > 0 && done < steps
                  ? double(timer.nsecsElapsed() - started) / 1e9 / done * (steps - done)
                  : -1;
              progress.finishingDone = done;
              progress.finishingSteps = steps;
              Q_EMIT progressed(progress);
          };
    sessionOptions.finishing.cancelled = [this]() {
        return m_cancelled.load();
    };
    Result<std::unique_ptr<TokenImportSession>> begun = store.beginImport(sessionOptions);
    if (begun.ok()) {
        session = std::move(begun).value();
    } else if (begun.error().code() != Error::Code::Unsupported) {
        report.failure = begun.error();
        return finished();
    }
    if (!session)
        session = std::make_unique<CompensatingImportSession>(store);

    QFile rejectsFile(m_options.rejectsPath);
    if (!m_options.rejectsPath.isEmpty() && QFileInfo(m_options.rejectsPath) == QFileInfo(file)) {
        report.failure = Error(Error::Code::Validation,
                               tr("The refused rows cannot be written over the file being imported"),
                               QStringLiteral("rejects"));
        return finished();
    }
    if (!m_options.rejectsPath.isEmpty()) {
        if (!rejectsFile.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            report.failure
                = Error(Error::Code::Storage,
                        tr("Cannot write %1: %2").arg(m_options.rejectsPath, rejectsFile.errorString()),
                        QStringLiteral("rejects"));
            return finished();
        }
        // Named in the report once this run writes it: a run that stops before leaves an older
        // file of that name alone, and whoever tidies up after the report leaves it alone too.
        report.rejectsPath = m_options.rejectsPath;
        // In the file's own delimiter, so it opens in the same columns and imports as it came; in
        // UTF-8, which holds any error message, marked so a spreadsheet reads it so.
        m_rejects = std::make_unique<CsvWriter>(&rejectsFile, m_options.format.delimiter);
        if (const Result<void> marked = m_rejects->writeByteOrderMark(); !marked) {
            report.failure = marked.error();
            return finished();
        }
        QStringList header = m_header;
        if (header.isEmpty()) {
            for (int i = 0; i < m_mapping.columnCount(); ++i)
                header.append(m_mapping.target(i).isEmpty() ? QStringLiteral("column_%1").arg(i + 1)
                                                            : m_mapping.target(i));
        }
        m_rejectsWidth = int(header.size());
        header << QStringLiteral("line") << QStringLiteral("error");
        if (m_options.format.hasHeader || !header.isEmpty())
            m_rejects->writeRecord(header);
    }

    const bool atomic = m_options.mode == ImportOptions::Mode::Atomic;
    const qint64 totalBytes = file.size();
    qint64 rows = 0;
    // Progress is reported once a batch: where pass codes are hashed, at a fraction of a second
    // each, a batch is about a second of hashing per core rather than a thousand rows. Smaller
    // batches leave the cores idle more often between them.
    const int batchRows = !m_options.dryRun && session->passCodeHasher()
            && m_mapping.columnOf(QStringLiteral("pass_code")) >= 0
        ? qMin(m_options.batchSize, 32 * QThread::idealThreadCount())
        : m_options.batchSize;
    // At most two batches wait in each queue (read, and spent on their way back to be freed):
    // memory stays flat whatever the file's size.
    BoundedQueue<ReadBatch> queue(2);
    BoundedQueue<ReadBatch> spent(2);
    const std::unique_ptr<QThread> reading(QThread::create(
        [this, &reader, &queue, &spent, batchRows]() { readAhead(reader, queue, spent, batchRows); }));
    reading->start();
    // However run() ends, the reading thread is gone before the reader and the file are.
    const auto stopReading = qScopeGuard([&queue, &reading]() {
        queue.close();
        reading->wait();
    });
    while (!report.failure.isError()) {
        std::optional<ReadBatch> read = queue.take();
        if (!read)
            break;
        QList<Candidate>& batch = read->candidates;
        for (const Candidate& candidate : std::as_const(batch)) {
            if (candidate.unreadable.isError())
                rejectRecord(candidate.line, candidate.cells, candidate.unreadable, report);
        }
        batch.removeIf([](const Candidate& candidate) { return candidate.unreadable.isError(); });
        if (read->failure.isError()) {
            report.failure = read->failure;
            break;
        }
        rows += batch.size();
        const Result<void> processed = processBatch(batch, store, *session, report);
        if (m_rejects)
            writeBatchRejects();
        if (!processed) {
            report.failure = processed.error();
            break;
        }
        if (m_cancelled) {
            report.cancelled = true;
            break;
        }
        if (!atomic && !m_options.dryRun) {
            ImportTally tally = tallyOf(report, m_pendingCreated, m_pendingUpdated);
            tally.status = ImportTally::Status::Running;
            if (const Result<void> committed = session->commit(tally); !committed) {
                report.failure = committed.error();
                break;
            }
            report.created += m_pendingCreated;
            report.updated += m_pendingUpdated;
            m_pendingCreated = m_pendingUpdated = 0;
        }

        ImportProgress progress;
        progress.rows = rows;
        progress.bytesRead = read->bytesRead;
        progress.totalBytes = totalBytes;
        progress.finishingAhead = session->stepsAfterRows();
        const double elapsed = double(timer.nsecsElapsed()) / 1e9;
        progress.rowsPerSecond = elapsed > 0 ? double(rows) / elapsed : 0;
        if (progress.bytesRead > 0 && totalBytes >= progress.bytesRead)
            progress.secondsLeft
                = elapsed * double(totalBytes - progress.bytesRead) / double(progress.bytesRead);
        lastProgress = progress;
        Q_EMIT progressed(progress);
        const bool atEnd = read->atEnd;
        spent.tryPut(std::move(*read));
        if (atEnd)
            break;
    }
    // Nothing more is read while an import that stopped early is rolled back.
    queue.close();
    // A batch's unreadable records are refused before the store checks its other rows: the
    // examples, and the import's record of them, go by line as the rejects file does.
    std::stable_sort(report.errors.begin(), report.errors.end(),
                     [](const ImportRowError& a, const ImportRowError& b) { return a.line < b.line; });

    if (m_options.dryRun) {
        report.created = m_pendingCreated;
        report.updated = m_pendingUpdated;
    } else if (atomic && (report.failure.isError() || report.rejected > 0 || report.cancelled)) {
        const int refused = int(qMin<qint64>(report.rejected, INT_MAX));
        if (const Result<void> undone = session->rollback(tallyOf(report, 0, 0)); !undone) {
            // What stopped the import (its code and field too), and then what is left of it: never
            // "nothing was imported".
            const Error cause = report.failure.isError() ? report.failure
                : report.cancelled
                ? Error(Error::Code::Cancelled, tr("The import was cancelled"))
                : Error(Error::Code::Validation, tr("%n row(s) were refused", nullptr, refused));
            report.failure = Error(cause.code(), tr("%1. %2").arg(cause.message(), undone.error().message()),
                                   cause.field());
        } else if (!report.failure.isError() && !report.cancelled) {
            report.failure = Error(Error::Code::Validation,
                                   tr("%n row(s) were refused, so nothing was imported", nullptr, refused));
        }
    } else if (atomic) {
        if (const Result<void> committed
            = session->commit(tallyOf(report, m_pendingCreated, m_pendingUpdated));
            !committed) {
            if (committed.error().code() == Error::Code::Cancelled)
                report.cancelled = true;
            else
                report.failure = committed.error();
            session->rollback(tallyOf(report, 0, 0));
        } else {
            report.created = m_pendingCreated;
            report.updated = m_pendingUpdated;
        }
    } else if (report.cancelled || report.failure.isError()) {
        // Skip-invalid keeps the batches it committed; only the batch in flight is undone.
        session->rollback(tallyOf(report, 0, 0));
    } else if (const Result<void> committed = session->commit(tallyOf(report, 0, 0)); !committed) {
        report.failure = committed.error();
    }
    if (m_rejects) {
        writeBatchRejects();
        if (const Result<void> flushed = m_rejects->flush(); !flushed && !report.failure.isError())
            report.failure = flushed.error();
        // It writes to this run's file.
        m_rejects.reset();
    }
    return finished();
}

Error ImportJob::unmappedFile(const QFile& file, const Error& unmapped) const
{
    // What usually lies behind a file with no column to import says more than the mapping does.
    if (file.size() == 0)
        return Error(Error::Code::Validation, tr("%1 is empty").arg(m_options.filePath),
                     QStringLiteral("file"));
    if (m_header.size() == 1) {
        for (const QChar delimiter : CsvFormat::delimiters()) {
            if (delimiter != m_options.format.delimiter && m_header.constFirst().contains(delimiter))
                return Error(Error::Code::Usage,
                             tr("The header reads as one column, \"%1\": are the columns separated by "
                                "something else?")
                                 .arg(m_header.constFirst()),
                             QStringLiteral("delimiter"));
        }
    }
    return unmapped;
}

ImportReport ImportJob::checkEveryRow(TokenStore& store)
{
    // A dry run over the whole file, writing the rejects file if there is one. It costs seconds for
    // a million rows; hashing their pass codes costs hours, all of it lost when a row near the end
    // is refused.
    ImportOptions options = m_options;
    options.dryRun = true;
    ImportJob check(options);
    connect(
        &check, &ImportJob::progressed, this,
        [this, &check](const ImportProgress& progress) {
            if (m_cancelled)
                check.cancel();
            ImportProgress checking = progress;
            checking.checking = true;
            Q_EMIT progressed(checking);
        },
        Qt::DirectConnection);
    if (m_cancelled)
        check.cancel();
    return check.run(store);
}

void ImportJob::recordRefusal(TokenStore& store, const ImportReport& report)
{
    // Refused before it began, the import is still recorded, as one refused midway is.
    ImportSessionOptions options;
    options.fileName = QFileInfo(m_options.filePath).fileName();
    options.mapping = m_mapping.toText();
    options.atomic = true;
    options.upsertBy = m_options.upsertBy;
    Result<std::unique_ptr<TokenImportSession>> session = store.beginImport(options);
    if (session.ok())
        session.value()->rollback(tallyOf(report, 0, 0));
}

void ImportJob::readAhead(CsvReader& reader, BoundedQueue<ReadBatch>& queue, BoundedQueue<ReadBatch>& spent,
                          int batchRows) const
{
    for (;;) {
        while (spent.tryTake()) { }
        ReadBatch batch;
        batch.candidates.reserve(batchRows);
        // Refused records count too: a file of nothing but bad lines stays within the batch size.
        while (batch.candidates.size() < batchRows) {
            QStringList cells;
            const Result<bool> next = reader.next(cells);
            if (!next && !reader.canContinue()) {
                batch.failure = reader.located(next.error());
                break;
            }
            if (!next) {
                Candidate unreadable;
                unreadable.line = reader.line();
                unreadable.cells = cells;
                unreadable.unreadable = next.error();
                batch.candidates.append(std::move(unreadable));
                continue;
            }
            if (!next.value()) {
                batch.atEnd = true;
                break;
            }
            batch.candidates.append(prepare(reader.line(), cells));
        }
        batch.bytesRead = reader.bytesRead();
        const bool last = batch.atEnd || batch.failure.isError();
        if (!queue.put(std::move(batch)) || last)
            return;
    }
}

ImportJob::Candidate ImportJob::prepare(qint64 line, const QStringList& cells) const
{
    Candidate candidate;
    candidate.line = line;
    candidate.cells = cells;
    bool any = false;
    for (int column = 0; column < m_mapping.columnCount() && column < cells.size(); ++column) {
        const QString target = m_mapping.target(column);
        if (target.isEmpty())
            continue;
        // Export neutralises formulas with an apostrophe; the round trip takes it off again.
        const QString cell = CsvWriter::unneutralise(cells.at(column));
        const QString value = m_decimalComma.value(column) ? withDecimalPoint(cell) : cell;
        // An empty cell leaves the field as it is: nothing on a create, unchanged on an update.
        if (value.isEmpty())
            continue;
        any = true;
        if (target == stateField) {
            const std::optional<LifeCycleState> state = LifeCycleStates::fromWire(value.trimmed().toUpper());
            if (state)
                candidate.row.state = state;
            else
                candidate.violations.append({ stateField,
                                              tr("life_cycle_state must be PENDING_VERIFICATION, EFFECTIVE "
                                                 "or NOT_EFFECTIVE, not \"%1\"")
                                                  .arg(value) });
        } else if (target.startsWith(customPrefix)) {
            candidate.row.patch.customFieldSet.insert(target.mid(customPrefix.size()), value);
        } else if (const Result<void> set = candidate.row.patch.setText(target, value); !set) {
            candidate.violations.append({ target, set.error().message() });
        }
    }
    candidate.empty = !any;
    candidate.row.line = line;
    if (!candidate.empty && candidate.violations.isEmpty())
        candidate.asNew = validation(candidate, std::nullopt);
    return candidate;
}

void ImportJob::checkDuplicatesInFile(Candidate& candidate)
{
    auto check = [&candidate](const PatchValue<QString>& value, const QString& field,
                              QHash<quint64, qint64>& lines) {
        if (!value.isSet())
            return;
        const quint64 key = hashOf(value.value());
        const auto seen = lines.constFind(key);
        if (seen != lines.constEnd()) {
            candidate.violations.append({ field,
                                          tr("%1 \"%2\" is already used on line %3 of this file")
                                              .arg(field, value.value())
                                              .arg(seen.value()) });
            return;
        }
        lines.insert(key, candidate.line);
    };
    check(candidate.row.patch.identifier, identifierField, m_identifierLines);
    check(candidate.row.patch.authenticationCode, authenticationCodeField, m_authenticationCodeLines);
}

Result<bool> ImportJob::referenceExists(TokenStore& store, const QString& field, const QString& number)
{
    const QString key = field + QLatin1Char(':') + number;
    const auto known = m_knownReferences.constFind(key);
    if (known != m_knownReferences.constEnd())
        return known.value();
    const Result<bool> exists = field == QLatin1String("accounts_receivable")
        ? holdsNumber(store.accounts(number, 20), number)
        : holdsNumber(store.participants(number, 20), number);
    // A large file names the same few accounts again and again; the cache stays small.
    if (exists && m_knownReferences.size() < 100000)
        m_knownReferences.insert(key, exists.value());
    return exists;
}

Result<void> ImportJob::checkAgainstStore(QList<Candidate>& batch, TokenStore& store,
                                          TokenImportSession& session)
{
    QStringList identifiers;
    QStringList codes;
    for (const Candidate& candidate : batch) {
        if (candidate.empty || !candidate.violations.isEmpty())
            continue;
        if (candidate.row.patch.identifier.isSet())
            identifiers.append(candidate.row.patch.identifier.value());
        if (candidate.row.patch.authenticationCode.isSet())
            codes.append(candidate.row.patch.authenticationCode.value());
    }
    m_existingByIdentifier.clear();
    m_existingByAuthenticationCode.clear();
    if (!identifiers.isEmpty()) {
        const Result<QList<AccessToken>> found = session.findExisting(identifierField, identifiers);
        // A store that cannot find tokens by identifier (CRM.COM wants the pass code too) still
        // refuses a duplicate one when the row is written; it cannot be what an upsert goes by.
        if (!found
            && (found.error().code() != Error::Code::Unsupported || m_options.upsertBy == identifierField))
            return found.error();
        for (const AccessToken& token : found ? found.value() : QList<AccessToken>())
            m_existingByIdentifier.insert(token.identifier, token);
    }
    if (!codes.isEmpty()) {
        const Result<QList<AccessToken>> found = session.findExisting(authenticationCodeField, codes);
        if (!found)
            return found.error();
        for (const AccessToken& token : found.value())
            m_existingByAuthenticationCode.insert(token.authenticationCode, token);
    }

    for (Candidate& candidate : batch) {
        if (candidate.empty || !candidate.violations.isEmpty())
            continue;
        const TokenPatch& patch = candidate.row.patch;
        std::optional<AccessToken> byIdentifier;
        std::optional<AccessToken> byCode;
        if (patch.identifier.isSet() && m_existingByIdentifier.contains(patch.identifier.value()))
            byIdentifier = m_existingByIdentifier.value(patch.identifier.value());
        if (patch.authenticationCode.isSet()
            && m_existingByAuthenticationCode.contains(patch.authenticationCode.value()))
            byCode = m_existingByAuthenticationCode.value(patch.authenticationCode.value());

        std::optional<AccessToken> existing;
        if (m_options.upsertBy == identifierField)
            existing = byIdentifier;
        else if (m_options.upsertBy == authenticationCodeField)
            existing = byCode;
        if (existing)
            candidate.row.existingId = existing->id;

        auto clash = [&](const std::optional<AccessToken>& other, const QString& field,
                         const QString& value) {
            if (other && (!existing || other->id != existing->id))
                candidate.violations.append({ field,
                                              m_options.upsertBy.isEmpty() || m_options.upsertBy == field
                                                  ? tr("%1 \"%2\" already belongs to token %3 (to update "
                                                       "that token instead, import with updates by "
                                                       "%1)")
                                                        .arg(field, value, other->number)
                                                  : tr("%1 \"%2\" already belongs to another token, %3")
                                                        .arg(field, value, other->number) });
        };
        clash(byIdentifier, identifierField, patch.identifier.value());
        clash(byCode, authenticationCodeField, patch.authenticationCode.value());

        if (patch.classification.isSet() && !m_settings.findClassification(patch.classification.value()))
            candidate.violations.append(
                { QStringLiteral("classification"),
                  tr("There is no classification \"%1\"").arg(patch.classification.value()) });
        const std::pair<QString, const PatchValue<QString>*> references[] = {
            { QStringLiteral("accounts_receivable"), &patch.accountsReceivable },
            { QStringLiteral("reward_participant"), &patch.rewardParticipant },
        };
        for (const auto& [field, value] : references) {
            if (!value->isSet())
                continue;
            const Result<bool> exists = referenceExists(store, field, value->value());
            if (!exists)
                return exists.error();
            if (!exists.value())
                candidate.violations.append(
                    { field,
                      field == QLatin1String("accounts_receivable")
                          ? tr("There is no accounts receivable numbered \"%1\"").arg(value->value())
                          : tr("There is no reward participant numbered \"%1\"").arg(value->value()) });
        }
        candidate.violations += existing ? validation(candidate, existing) : candidate.asNew;
        candidate.unchanged
            = existing && candidate.violations.isEmpty() && !changes(candidate.row, *existing);
    }
    return {};
}

bool ImportJob::changes(const ImportRow& row, const AccessToken& existing) const
{
    // prepare() only ever sets values (an empty cell leaves a field as it is), so a set value that
    // equals the token's own is the one case that changes nothing.
    const TokenPatch& patch = row.patch;
    if (patch.passCode.isSet() || (row.state && *row.state != existing.lifeCycleState))
        return true;
    if (patch.classification.isSet()) {
        const std::optional<Classification> named
            = m_settings.findClassification(patch.classification.value());
        if (!named || !existing.classification || existing.classification->id != named->id)
            return true;
    }
    const std::pair<const PatchValue<QString>*, QString> references[] = {
        { &patch.accountsReceivable,
          existing.accountsReceivable ? existing.accountsReceivable->number : QString() },
        { &patch.rewardParticipant,
          existing.rewardParticipant ? existing.rewardParticipant->number : QString() },
    };
    for (const auto& [value, number] : references) {
        if (value->isSet() && value->value() != number)
            return true;
    }
    AccessToken after = existing;
    patch.applyTo(after);
    return after != existing;
}

QList<Error::Violation> ImportJob::validation(const Candidate& candidate,
                                              const std::optional<AccessToken>& existing) const
{
    const TokenPatch& patch = candidate.row.patch;
    AccessToken after = existing.value_or(AccessToken());
    patch.applyTo(after);
    after.hasPassCode = (existing && existing->hasPassCode) || patch.passCode.isSet();
    QString classification = patch.classification.isSet() ? patch.classification.value() : QString();
    if (classification.isEmpty() && existing && existing->classification)
        classification = existing->classification->name;
    const TokenRules& rules = m_settings.rulesFor(classification);
    // A value the token already holds is no change, and does not bring the token under rules
    // tightened since it was made (the editor, too, sends only what changed).
    TokenPatch judged = patch;
    if (existing && judged.identifier.isSet() && judged.identifier.value() == existing->identifier)
        judged.identifier = PatchValue<QString>();
    if (existing && existing->classification && judged.classification.isSet()) {
        const std::optional<Classification> named
            = m_settings.findClassification(judged.classification.value());
        if (named && named->id == existing->classification->id)
            judged.classification = PatchValue<QString>();
    }
    QList<Error::Violation> violations = TokenValidator::validate(
        after, judged, rules, existing ? TokenValidator::Mode::Update : TokenValidator::Mode::Create);

    if (candidate.row.state && !existing) {
        const LifeCycleState initial = rules.initialState();
        const LifeCycleState wanted = *candidate.row.state;
        // Not effective is one step on from effective; a token waiting for verification has no
        // way there.
        if (wanted != initial
            && !(initial == LifeCycleState::Effective && wanted == LifeCycleState::NotEffective))
            violations.append(
                { stateField,
                  tr("A new token starts as %1 and cannot be imported as %2")
                      .arg(LifeCycleStates::toWire(initial), LifeCycleStates::toWire(wanted)) });
    }
    if (candidate.row.state && existing && *candidate.row.state != existing->lifeCycleState
        && *candidate.row.state == LifeCycleState::PendingVerification)
        violations.append(
            { stateField, tr("A token cannot be moved back to PENDING_VERIFICATION by an import") });
    return violations;
}

Result<void> ImportJob::processBatch(QList<Candidate>& batch, TokenStore& store, TokenImportSession& session,
                                     ImportReport& report)
{
    for (Candidate& candidate : batch) {
        if (!candidate.empty && candidate.violations.isEmpty())
            checkDuplicatesInFile(candidate);
    }
    if (const Result<void> checked = checkAgainstStore(batch, store, session); !checked)
        return checked;

    const bool atomic = m_options.mode == ImportOptions::Mode::Atomic;
    QList<ImportRow> rows;
    QList<int> rowCandidates;
    rows.reserve(batch.size());
    rowCandidates.reserve(batch.size());
    for (int i = 0; i < batch.size(); ++i) {
        Candidate& candidate = batch[i];
        if (candidate.empty) {
            ++report.skipped;
            continue;
        }
        if (candidate.unchanged) {
            ++report.unchanged;
            continue;
        }
        if (!candidate.violations.isEmpty()) {
            QStringList messages;
            for (const Error::Violation& violation : candidate.violations)
                messages.append(violation.message);
            reject(candidate, candidate.violations.constFirst().field, messages.join(QLatin1String("; ")),
                   report);
            if (atomic)
                m_writing = false;
            continue;
        }
        if (m_options.dryRun || !m_writing) {
            (candidate.row.existingId.isEmpty() ? m_pendingCreated : m_pendingUpdated) += 1;
            continue;
        }
        // Rejecting a written row later needs only its line and cells.
        rows.append(std::move(candidate.row));
        rowCandidates.append(i);
    }
    if (rows.isEmpty() || m_cancelled)
        return {};
    hashPassCodes(rows, session);
    const Result<QList<ImportRefusal>> written = session.write(rows);
    if (!written)
        return written.error();
    QList<bool> refused(rows.size(), false);
    for (const ImportRefusal& refusal : written.value()) {
        refused[refusal.index] = true;
        reject(batch.at(rowCandidates.at(refusal.index)), refusal.error.field(), describe(refusal.error),
               report);
        if (atomic)
            m_writing = false;
    }
    for (int i = 0; i < rows.size(); ++i) {
        if (!refused.at(i))
            (rows.at(i).existingId.isEmpty() ? m_pendingCreated : m_pendingUpdated) += 1;
    }
    return {};
}

void ImportJob::hashPassCodes(QList<ImportRow>& rows, const TokenImportSession& session)
{
    const std::optional<PassCodeHasher> hasher = session.passCodeHasher();
    if (!hasher)
        return;
    QList<ImportRow*> pending;
    for (ImportRow& row : rows) {
        if (row.patch.passCode.isSet() && !row.patch.passCode.value().isEmpty())
            pending.append(&row);
    }
    if (pending.isEmpty())
        return;
    // Argon2id is made to be slow: a batch's hashes are spread over every core, on the global pool
    // (never the store's own thread, which waits here).
    const PassCodeHasher cost = *hasher;
    QtConcurrent::blockingMap(QThreadPool::globalInstance(), pending, [cost](ImportRow* row) {
        row->passCodeHash = cost.hash(row->patch.passCode.value());
    });
}

ImportTally ImportJob::tallyOf(const ImportReport& report, qint64 pendingCreated, qint64 pendingUpdated) const
{
    ImportTally tally;
    tally.created = report.created + pendingCreated;
    tally.updated = report.updated + pendingUpdated;
    tally.unchanged = report.unchanged;
    tally.rejected = report.rejected;
    QStringList errors;
    for (const ImportRowError& error : report.errors)
        errors.append(error.text());
    if (report.failure.isError())
        errors.append(report.failure.message());
    tally.errors = errors.join(QLatin1Char('\n'));
    tally.status = report.cancelled ? ImportTally::Status::Cancelled
        : report.failure.isError()  ? ImportTally::Status::Failed
        : m_options.mode == ImportOptions::Mode::Atomic && report.rejected > 0
        ? ImportTally::Status::Failed
        : ImportTally::Status::Completed;
    return tally;
}

void ImportJob::reject(const Candidate& candidate, const QString& field, const QString& message,
                       ImportReport& report)
{
    ++report.rejected;
    if (report.errors.size() < m_options.exampleLimit)
        report.errors.append({ candidate.line, field, message });
    if (!m_rejects)
        return;
    // The rejects file is a plain file that a person edits and imports again: pass codes stay out
    // of it (found by the secrets audit), and a record whose cells do not line up with the
    // columns keeps none of them, since any cell might be the pass code.
    // The error says so, or the fixed file would be refused again for a missing pass code.
    QStringList cells = candidate.cells;
    QString error = message;
    const int passCodeColumn = m_mapping.columnOf(QStringLiteral("pass_code"));
    const int columns = m_rejectsWidth;
    const QString fileName = QFileInfo(m_options.filePath).fileName();
    if (passCodeColumn >= 0 && (cells.size() != columns || field == QLatin1String("quote"))) {
        cells = QStringList(columns, QString());
        error += tr(" (its cells are left out of this file, since any of them could be the pass code: "
                    "see line %1 of %2)")
                     .arg(candidate.line)
                     .arg(fileName);
    } else if (cells.size() != columns) {
        // Padded or cut to the header's width: the line and error columns stay where the header
        // puts them, so the fixed file imports again.
        cells.resize(columns);
        error += tr(" (its cells are not where the columns are: check them against line %1 of %2)")
                     .arg(candidate.line)
                     .arg(fileName);
    } else if (passCodeColumn >= 0 && passCodeColumn < cells.size() && !cells.at(passCodeColumn).isEmpty()) {
        cells[passCodeColumn].clear();
        error += tr(" (the pass code was left out of this file: enter it again)");
    }
    m_batchRejects.append({ candidate.line, cells << QString::number(candidate.line) << error });
}

void ImportJob::writeBatchRejects()
{
    // A batch's unreadable records are refused before its other rows are checked: the file follows
    // the lines of the one imported.
    std::stable_sort(m_batchRejects.begin(), m_batchRejects.end(),
                     [](const auto& a, const auto& b) { return a.first < b.first; });
    for (const auto& [line, record] : std::as_const(m_batchRejects))
        m_rejects->writeRecord(record);
    m_batchRejects.clear();
}

void ImportJob::rejectRecord(qint64 line, const QStringList& cells, const Error& error, ImportReport& report)
{
    Candidate candidate;
    candidate.line = line;
    candidate.cells = cells;
    if (m_options.mode == ImportOptions::Mode::Atomic)
        m_writing = false;
    reject(candidate, error.field(), error.message(), report);
}
