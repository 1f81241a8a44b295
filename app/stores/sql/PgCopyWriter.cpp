#include "PgCopyWriter.h"

#include <QSqlDriver>
#include <libpq-fe.h>

namespace {
// Large enough that a send is one system call for many rows, small enough to stay cheap in memory.
constexpr qsizetype flushBytes = 1 << 20;

PGconn* connectionOf(void* handle)
{
    return static_cast<PGconn*>(handle);
}
} // namespace

PgCopyWriter::PgCopyWriter(const QSqlDatabase& db)
{
    if (!db.isOpen())
        return;
    const QVariant handle = db.driver()->handle();
    if (qstrcmp(handle.typeName(), "pg_conn*") == 0 || qstrcmp(handle.typeName(), "PGconn*") == 0)
        m_connection = *static_cast<PGconn* const*>(handle.constData());
    m_buffer.reserve(flushBytes + flushBytes / 4);
}

PgCopyWriter::~PgCopyWriter()
{
    abandon();
}

void PgCopyWriter::abandon()
{
    if (!m_active)
        return;
    m_active = false;
    PGconn* connection = connectionOf(m_connection);
    PQputCopyEnd(connection, "abandoned");
    while (PGresult* result = PQgetResult(connection))
        PQclear(result);
}

Error PgCopyWriter::serverError(const QString& what) const
{
    PGconn* connection = connectionOf(m_connection);
    const QString detail = QString::fromUtf8(PQerrorMessage(connection)).trimmed();
    // A dead connection means the server rolled the transaction back: nothing of it remains.
    if (PQstatus(connection) != CONNECTION_OK)
        return Error(Error::Code::Network,
                     tr("The connection to the server was lost during the import; nothing of it was "
                        "saved: %1")
                         .arg(detail),
                     QStringLiteral("store"));
    return Error(Error::Code::Storage, tr("The import could not %1: %2").arg(what, detail),
                 QStringLiteral("store"));
}

Result<void> PgCopyWriter::begin(const QString& table, const QStringList& columns)
{
    if (!m_connection)
        return Error(Error::Code::Unsupported, tr("COPY needs an open PostgreSQL connection"),
                     QStringLiteral("store"));
    PGconn* connection = connectionOf(m_connection);
    const QByteArray sql
        = QStringLiteral("COPY %1 (%2) FROM STDIN").arg(table, columns.join(QLatin1Char(','))).toUtf8();
    PGresult* result = PQexec(connection, sql.constData());
    const ExecStatusType status = PQresultStatus(result);
    PQclear(result);
    if (status != PGRES_COPY_IN) {
        while (PGresult* rest = PQgetResult(connection))
            PQclear(rest);
        return serverError(tr("start"));
    }
    m_columns = int(columns.size());
    m_rows = 0;
    m_active = true;
    return {};
}

void PgCopyWriter::appendField(QByteArray& buffer, const QVariant& value)
{
    if (value.isNull()) {
        buffer.append("\\N");
        return;
    }
    switch (value.typeId()) {
    case QMetaType::Double:
        buffer.append(QByteArray::number(value.toDouble(), 'g', 17));
        return;
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
        buffer.append(QByteArray::number(value.toLongLong()));
        return;
    case QMetaType::Bool:
        buffer.append(value.toBool() ? "1" : "0");
        return;
    default:
        break;
    }
    // COPY's text format: backslash, tab, newline and carriage return are escaped.
    const QByteArray text = value.toString().toUtf8();
    for (const char c : text) {
        switch (c) {
        case '\\':
            buffer.append("\\\\");
            break;
        case '\t':
            buffer.append("\\t");
            break;
        case '\n':
            buffer.append("\\n");
            break;
        case '\r':
            buffer.append("\\r");
            break;
        default:
            buffer.append(c);
        }
    }
}

Result<void> PgCopyWriter::addRow(const QVariantList& values)
{
    if (!m_active)
        return Error(Error::Code::Storage, tr("No COPY is in progress"), QStringLiteral("store"));
    if (values.size() != m_columns)
        return Error(Error::Code::Storage,
                     tr("A row has %1 values for %2 columns").arg(values.size()).arg(m_columns),
                     QStringLiteral("store"));
    for (int i = 0; i < m_columns; ++i) {
        if (i > 0)
            m_buffer.append('\t');
        appendField(m_buffer, values.at(i));
    }
    m_buffer.append('\n');
    ++m_rows;
    if (m_buffer.size() >= flushBytes)
        return flush();
    return {};
}

Result<void> PgCopyWriter::flush()
{
    if (m_buffer.isEmpty())
        return {};
    const int sent = PQputCopyData(connectionOf(m_connection), m_buffer.constData(), int(m_buffer.size()));
    m_buffer.clear();
    if (sent != 1) {
        const Error failure = serverError(tr("send rows"));
        // Ended now, while the connection still exists: the store may replace it on its next call.
        abandon();
        return failure;
    }
    return {};
}

Result<void> PgCopyWriter::finish()
{
    if (!m_active)
        return Error(Error::Code::Storage, tr("No COPY is in progress"), QStringLiteral("store"));
    PGconn* connection = connectionOf(m_connection);
    const Result<void> flushed = flush();
    if (!flushed)
        return flushed;
    m_active = false;
    if (PQputCopyEnd(connection, nullptr) != 1) {
        const Error failure = serverError(tr("finish"));
        while (PGresult* rest = PQgetResult(connection))
            PQclear(rest);
        return failure;
    }
    bool ok = true;
    Error failure;
    while (PGresult* result = PQgetResult(connection)) {
        if (PQresultStatus(result) != PGRES_COMMAND_OK && ok) {
            ok = false;
            const char* state = PQresultErrorField(result, PG_DIAG_SQLSTATE);
            const QString message = QString::fromUtf8(PQresultErrorMessage(result)).trimmed();
            if (state && qstrcmp(state, "23505") == 0) {
                const QString field = message.contains(QLatin1String("authentication_code"))
                    ? QStringLiteral("authentication_code")
                    : QStringLiteral("identifier");
                failure = Error(Error::Code::DuplicateIdentifier,
                                tr("Another token already has this %1: %2").arg(field, message), field);
            } else {
                failure = serverError(tr("write rows"));
            }
        }
        PQclear(result);
    }
    if (!ok)
        return failure;
    return {};
}
