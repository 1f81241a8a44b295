#include "SqlImportHistory.h"

#include "ImportWorker.h"
#include "SqlTokenFilter.h"
#include "SqlTokenStore.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace {
// How many tokens a CONFLICT names before "and N more".
constexpr int namedConflicts = 20;
// A running import commits a batch every few seconds, or a minute with costly pass codes; one
// silent for this long, on a machine that cannot check its process, was cut off.
constexpr qint64 staleAfterSeconds = 15 * 60;
} // namespace

SqlImportHistory::SqlImportHistory(SqlTokenStore& store)
    : m_store(store)
{
}

Result<QList<ImportRecord>> SqlImportHistory::list(int limit, qint64 id)
{
    Result<QSqlQuery> query = m_store.run(
        QStringLiteral(
            "SELECT id, started_at, finished_at, user_name, unit, file_name, mapping, "
            "mode, created, updated, rejected, errors, status, worker, progress_at, unchanged FROM imports")
            + (id > 0 ? QStringLiteral(" WHERE id = ?") : QString()) + QStringLiteral(" ORDER BY id DESC")
            + m_store.m_dialect->paging(limit, 0),
        id > 0 ? QVariantList { id } : QVariantList());
    if (!query)
        return query.error();
    QList<ImportRecord> records;
    while (query->next()) {
        ImportRecord record;
        record.id = query->value(0).toLongLong();
        record.startedAt = SqlTokenFilter::loadedDateTime(query->value(1));
        record.finishedAt = SqlTokenFilter::loadedDateTime(query->value(2));
        record.user = query->value(3).toString();
        record.unit = query->value(4).toString();
        record.fileName = query->value(5).toString();
        record.mapping = query->value(6).toString();
        record.mode = query->value(7).toString();
        record.created = query->value(8).toLongLong();
        record.updated = query->value(9).toLongLong();
        record.rejected = query->value(10).toLongLong();
        record.unchanged = query->value(15).toLongLong();
        record.errors = query->value(11).toString();
        record.status = query->value(12).toString();
        const QDateTime progressAt = SqlTokenFilter::loadedDateTime(query->value(14));
        if (record.status == QLatin1String("running")
            && (ImportWorker::isGone(query->value(13).toString()) || !progressAt.isValid()
                || progressAt.secsTo(m_store.m_clock->now()) > staleAfterSeconds))
            record.status = QStringLiteral("interrupted");
        records.append(record);
    }
    return records;
}

Result<QStringList> SqlImportHistory::changedSince(qint64 importId, qint64& count)
{
    // A token the import created is at version 1 until someone changes it; one it updated is at
    // the version the import left, unless changed or deleted since.
    Result<QSqlQuery> query = m_store.run(
        QStringLiteral("SELECT number FROM tokens WHERE import_id = ? AND version <> 1 "
                       "UNION ALL SELECT COALESCE(t.number, u.token_id) FROM import_updates u "
                       "LEFT JOIN tokens t ON t.id = u.token_id "
                       "WHERE u.import_id = ? AND (t.version IS NULL OR t.version <> u.version_after)"),
        { importId, importId });
    if (!query)
        return query.error();
    QStringList numbers;
    count = 0;
    while (query->next()) {
        if (++count <= namedConflicts)
            numbers.append(query->value(0).toString());
    }
    return numbers;
}

Result<QStringList> SqlImportHistory::laterImports(qint64 importId)
{
    // Undone ones restored what they updated: the changes left are someone's edits.
    Result<QSqlQuery> query = m_store.run(
        QStringLiteral(
            "SELECT DISTINCT u.import_id FROM import_updates u JOIN imports i ON i.id = u.import_id "
            "WHERE u.import_id > ? AND i.status <> 'undone' AND u.token_id IN "
            "(SELECT id FROM tokens WHERE import_id = ? "
            "UNION SELECT token_id FROM import_updates WHERE import_id = ?) ORDER BY u.import_id"),
        { importId, importId, importId });
    if (!query)
        return query.error();
    QStringList ids;
    while (query->next())
        ids.append(query->value(0).toString());
    return ids;
}

Result<void> SqlImportHistory::restore(const QString& tokenId, const QString& previous)
{
    const QJsonObject snapshot = QJsonDocument::fromJson(previous.toUtf8()).object();
    const QJsonObject columns = snapshot.value(QStringLiteral("columns")).toObject();
    QStringList assignments;
    QVariantList values;
    // The version goes back with the values it stood for: anyone holding the imported values still
    // gets a CONFLICT, and an earlier import that left this version can be undone in its turn.
    for (auto it = columns.constBegin(); it != columns.constEnd(); ++it) {
        assignments.append(it.key() + QStringLiteral(" = ?"));
        values.append(it.value().isNull() ? QVariant(QMetaType::fromType<QString>())
                                          : it.value().toVariant());
    }
    values.append(tokenId);
    Result<QSqlQuery> updated = m_store.run(
        QStringLiteral("UPDATE tokens SET %1 WHERE id = ?").arg(assignments.join(QStringLiteral(", "))),
        values);
    if (!updated)
        return updated.error();
    Result<QSqlQuery> cleared
        = m_store.run(QStringLiteral("DELETE FROM token_custom_fields WHERE token_id = ?"), { tokenId });
    if (!cleared)
        return cleared.error();
    const QJsonObject fields = snapshot.value(QStringLiteral("custom_fields")).toObject();
    for (auto it = fields.constBegin(); it != fields.constEnd(); ++it) {
        Result<QSqlQuery> added = m_store.run(
            QStringLiteral("INSERT INTO token_custom_fields (token_id, name, value) VALUES (?, ?, ?)"),
            { tokenId, it.key(), it.value().toString() });
        if (!added)
            return added.error();
    }
    return {};
}

Result<ImportRecord> SqlImportHistory::check(qint64 importId)
{
    Result<QList<ImportRecord>> found = list(1, importId);
    if (!found)
        return found.error();
    if (found->isEmpty())
        return Error(Error::Code::NotFound, tr("There is no import %1").arg(importId),
                     QStringLiteral("import"));
    ImportRecord record = found->constFirst();
    if (record.status == QLatin1String("undone"))
        return Error(Error::Code::InvalidState, tr("Import %1 was already undone").arg(importId),
                     QStringLiteral("import"));
    if (record.status == QLatin1String("running"))
        return Error(Error::Code::InvalidState,
                     tr("Import %1 is still running: undo it when it has finished").arg(importId),
                     QStringLiteral("import"));
    // A cancelled or failed import that wrote nothing keeps its status in the history.
    if (record.created + record.updated == 0)
        return Error(Error::Code::InvalidState,
                     tr("Import %1 changed no token: there is nothing to undo").arg(importId),
                     QStringLiteral("import"));

    qint64 conflicts = 0;
    Result<QStringList> changed = changedSince(importId, conflicts);
    if (!changed)
        return changed.error();
    if (conflicts > 0) {
        QString names = changed->join(QStringLiteral(", "));
        if (conflicts > changed->size())
            names += tr(" and %1 more").arg(conflicts - changed->size());
        QString message = tr("Import %1 cannot be undone: these tokens were changed after it: %2.")
                              .arg(importId)
                              .arg(names);
        Result<QStringList> later = laterImports(importId);
        if (!later)
            return later.error();
        if (!later->isEmpty())
            message += QLatin1Char(' ')
                + tr("Import %1 updated some of them: undo it first.", "", int(later->size()))
                      .arg(QLocale().createSeparatedList(*later));
        return Error(Error::Code::Conflict, message, QStringLiteral("import"));
    }
    return record;
}

Result<ImportRecord> SqlImportHistory::undo(qint64 importId)
{
    Result<ImportRecord> checked = check(importId);
    if (!checked)
        return checked.error();
    ImportRecord record = *checked;

    Result<QSqlQuery> removed
        = m_store.run(QStringLiteral("DELETE FROM tokens WHERE import_id = ?"), { importId });
    if (!removed)
        return removed.error();
    const qint64 deleted = removed->numRowsAffected();
    Result<QSqlQuery> previous = m_store.run(
        QStringLiteral("SELECT token_id, previous FROM import_updates WHERE import_id = ? ORDER BY token_id"),
        { importId });
    if (!previous)
        return previous.error();
    QList<std::pair<QString, QString>> snapshots;
    while (previous->next())
        snapshots.append({ previous->value(0).toString(), previous->value(1).toString() });
    previous->finish();
    for (const auto& [tokenId, snapshot] : std::as_const(snapshots)) {
        if (Result<void> restored = restore(tokenId, snapshot); !restored)
            return restored.error();
    }
    Result<QSqlQuery> marked
        = m_store.run(QStringLiteral("UPDATE imports SET status = 'undone' WHERE id = ?"), { importId });
    if (!marked)
        return marked.error();
    if (Result<void> audited = m_store.audit(QStringLiteral("undo_import"), AccessToken(),
                                             QStringLiteral("import %1 of %2: %3 deleted, %4 restored")
                                                 .arg(importId)
                                                 .arg(record.fileName)
                                                 .arg(deleted)
                                                 .arg(snapshots.size()));
        !audited)
        return audited.error();
    if (Result<void> notified = m_store.notifyChanged(QString()); !notified)
        return notified.error();
    record.status = QStringLiteral("undone");
    return record;
}
