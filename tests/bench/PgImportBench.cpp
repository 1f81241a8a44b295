// Bulk import into PostgreSQL: psql's \copy of a file versus `tokendesk-cli import` of the same
// tokens, and TokenDesk's write paths on their own: COPY FROM STDIN (PgCopyWriter), multi-row
// INSERTs and row by row.
//   TOKENDESK_TEST_PG_URL=postgres://USER@HOST:PORT/DB TOKENDESK_PASSWORD=... pg_import_bench [ROWS]
// The database's tables are dropped and recreated.
#include "CsvReader.h"
#include "PgCopyWriter.h"
#include "SqlTokenStore.h"
#include "TokenRules.h"
#include "TokenValidator.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>
#include <cstdio>

namespace {
const QStringList columns = { QStringLiteral("id"),
                              QStringLiteral("number"),
                              QStringLiteral("life_cycle_state"),
                              QStringLiteral("identifier"),
                              QStringLiteral("identifier_key"),
                              QStringLiteral("authentication_code"),
                              QStringLiteral("authentication_code_key"),
                              QStringLiteral("card_masked_number"),
                              QStringLiteral("classification_key"),
                              QStringLiteral("account_key"),
                              QStringLiteral("participant_key"),
                              QStringLiteral("created_date"),
                              QStringLiteral("updated_date"),
                              QStringLiteral("version") };

// The same tokens as a user's file for `tokendesk-cli import`: only what a user gives.
void writeTokenFile(const QString& path, int rows)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    QTextStream out(&file);
    out << "authentication_code,card_masked_number\n";
    for (int i = 0; i < rows; ++i)
        out << QStringLiteral("%1").arg(quint64(i) * 2654435761u, 32, 16, QLatin1Char('0')).toUpper()
            << ",4111********" << QStringLiteral("%1").arg(i % 10000, 4, 10, QLatin1Char('0')) << '\n';
}

void writeFile(const QString& path, int rows)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    QTextStream out(&file);
    out << columns.join(QLatin1Char(',')) << '\n';
    for (int i = 0; i < rows; ++i) {
        // No identifier: an identifier needs a pass code, and hashing is measured by import_bench.
        const QString identifier;
        const QString code
            = QStringLiteral("%1").arg(quint64(i) * 2654435761u, 32, 16, QLatin1Char('0')).toUpper();
        out << code << ",AT" << QStringLiteral("%1").arg(i + 1, 10, 10, QLatin1Char('0')) << ",EFFECTIVE,"
            << identifier << ',' << identifier << ',' << code << ',' << code.toLower() << ",4111********"
            << QStringLiteral("%1").arg(i % 10000, 4, 10, QLatin1Char('0'))
            << ",,,,2026-01-01T00:00:00,2026-01-01T00:00:00,1\n";
    }
}

// Reads the file as TokenDesk does (CsvReader), checks every row and hands its values to write.
// Returns the rows written, or -1.
qint64 readChecked(const QString& path, qint64 limit, const std::function<bool(const QVariantList&)>& write)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    CsvReader reader(&file, CsvFormat());
    if (!reader.open().ok())
        return -1;
    TokenRules rules;
    rules.identifierFormat = TokenRules::IdentifierFormat::Email;
    QStringList cells;
    qint64 rows = 0;
    while (rows < limit) {
        const Result<bool> next = reader.next(cells);
        if (!next.ok() || cells.size() != columns.size()) {
            std::fprintf(stderr, "line %lld: %s\n", reader.line(),
                         next.ok() ? "wrong column count" : qPrintable(next.error().message()));
            return -1;
        }
        if (!next.value())
            break;
        if ((!cells.at(3).isEmpty() && !TokenValidator::validateIdentifier(cells.at(3), rules).isEmpty())
            || !TokenValidator::validateAuthenticationCode(cells.at(5)).isEmpty()
            || !TokenValidator::validateCardMaskedNumber(cells.at(7)).isEmpty()) {
            std::fprintf(stderr, "line %lld refused\n", reader.line());
            return -1;
        }
        QVariantList values;
        values.reserve(columns.size());
        for (int i = 0; i < cells.size(); ++i) {
            if (i == 4 || i == 6)
                values.append(cells.at(i - 1).toLower());
            else if (i == 13)
                values.append(cells.at(i).toLongLong());
            else if (cells.at(i).isEmpty() && (i == 3 || i == 7))
                values.append(QVariant(QMetaType::fromType<QString>()));
            else
                values.append(cells.at(i));
        }
        if (!write(values))
            return -1;
        ++rows;
    }
    return rows;
}

bool exec(const QSqlDatabase& db, const QString& sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql)) {
        std::fprintf(stderr, "%s: %s\n", qPrintable(sql), qPrintable(query.lastError().text()));
        return false;
    }
    return true;
}

qint64 countRows(const QSqlDatabase& db)
{
    QSqlQuery query(db);
    return query.exec(QStringLiteral("SELECT COUNT(*) FROM tokens")) && query.next()
        ? query.value(0).toLongLong()
        : -1;
}

void report(const char* name, qint64 rows, qint64 ns, qint64 fullRows)
{
    const double seconds = double(ns) / 1e9;
    std::printf("%-34s %9lld rows %9.2f s %10.0f rows/s  (%.1f s for %lld rows)\n", name, rows, seconds,
                double(rows) / seconds, seconds * double(fullRows) / double(rows), fullRows);
    std::fflush(stdout);
}
} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const int rows = argc > 1 ? QByteArray(argv[1]).toInt() : 1000000;
    const Result<StoreUrl> url = StoreUrl::parse(qEnvironmentVariable("TOKENDESK_TEST_PG_URL"));
    if (!url.ok() || url->kind != StoreUrl::Kind::Postgres)
        qFatal("set TOKENDESK_TEST_PG_URL=postgres://USER@HOST:PORT/DB and TOKENDESK_PASSWORD");
    const QString password = qEnvironmentVariable("TOKENDESK_PASSWORD");

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("tokens.csv"));
    writeFile(path, rows);
    std::printf("file: %d rows, %lld bytes\n", rows, QFile(path).size());

    SqlTokenStore store(*url, password, nullptr);
    {
        QSqlDatabase probe = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("reset"));
        SqlDialect::create(url->kind)->configure(probe, *url, password);
        if (!probe.open() || !exec(probe, QStringLiteral("SET client_min_messages TO WARNING"))
            || !exec(probe, QStringLiteral("DROP SCHEMA IF EXISTS public CASCADE"))
            || !exec(probe, QStringLiteral("CREATE SCHEMA public")))
            qFatal("cannot reset the database");
        probe.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("reset"));
    if (const Result<void> opened = store.open(); !opened.ok())
        qFatal("%s", qPrintable(opened.error().toString()));
    const QSqlDatabase db = store.database();
    QElapsedTimer timer;

    // 1. psql \copy: the server's own fastest path, the yardstick.
    exec(db, QStringLiteral("TRUNCATE tokens CASCADE"));
    timer.start();
    QProcess psql;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("PGPASSWORD"), password);
    psql.setProcessEnvironment(environment);
    psql.start(QStringLiteral("psql"),
               { QStringLiteral("-h"), url->host, QStringLiteral("-p"), QString::number(url->port),
                 QStringLiteral("-U"), url->user, QStringLiteral("-d"), url->database, QStringLiteral("-v"),
                 QStringLiteral("ON_ERROR_STOP=1"), QStringLiteral("-c"),
                 QStringLiteral("\\copy tokens (%1) FROM '%2' WITH (FORMAT csv, HEADER true, FORCE_NOT_NULL "
                                "(identifier_key, classification_key, account_key, participant_key))")
                     .arg(columns.join(QLatin1Char(',')), path) });
    psql.waitForFinished(-1);
    const qint64 psqlNs = timer.nsecsElapsed();
    if (psql.exitCode() != 0 || countRows(db) != rows)
        qFatal("psql failed: %s", psql.readAllStandardError().constData());
    report("psql \\copy", rows, psqlNs, rows);

    // 2. `tokendesk-cli import` of the same tokens: the whole import (reading, mapping, checking
    // against the store, numbering, COPY, the import's record) in its own process.
    exec(db, QStringLiteral("TRUNCATE tokens CASCADE"));
    const QString tokenFile = dir.filePath(QStringLiteral("token-file.csv"));
    writeTokenFile(tokenFile, rows);
    timer.restart();
    QProcess cli;
    cli.setProcessEnvironment(environment);
    cli.start(QStringLiteral(TOKENDESK_CLI_PATH),
              { QStringLiteral("--store"), url->toString(), QStringLiteral("--json"),
                QStringLiteral("import"), tokenFile, QStringLiteral("--mode"), QStringLiteral("atomic") });
    cli.waitForFinished(-1);
    const qint64 cliNs = timer.nsecsElapsed();
    if (cli.exitCode() != 0 || countRows(db) != rows)
        qFatal("tokendesk-cli import failed: %s", cli.readAllStandardError().left(2000).constData());
    report("tokendesk-cli import (COPY)", rows, cliNs, rows);

    // 3. TokenDesk's COPY path alone: read, check, COPY FROM STDIN in one transaction.
    exec(db, QStringLiteral("TRUNCATE tokens CASCADE"));
    timer.restart();
    exec(db, QStringLiteral("BEGIN"));
    PgCopyWriter writer(db);
    if (!writer.begin(QStringLiteral("tokens"), columns).ok())
        qFatal("COPY refused");
    const qint64 copied = readChecked(
        path, rows, [&writer](const QVariantList& values) { return writer.addRow(values).ok(); });
    const Result<void> finished = writer.finish();
    if (copied != rows || !finished.ok() || !exec(db, QStringLiteral("COMMIT")))
        qFatal("TokenDesk COPY failed: %s", finished.ok() ? "" : qPrintable(finished.error().message()));
    const qint64 copyNs = timer.nsecsElapsed();
    if (countRows(db) != rows)
        qFatal("row count after COPY is wrong");
    report("TokenDesk COPY FROM STDIN", rows, copyNs, rows);

    // 4. Multi-row INSERTs of 500 rows, on a part of the file.
    const qint64 batchRows = std::min<qint64>(rows, 100000);
    exec(db, QStringLiteral("TRUNCATE tokens CASCADE"));
    timer.restart();
    exec(db, QStringLiteral("BEGIN"));
    constexpr int batch = 500;
    QVariantList pending;
    const QString tuple = QLatin1Char('(')
        + QStringList(columns.size(), QStringLiteral("?")).join(QLatin1Char(',')) + QLatin1Char(')');
    auto flushBatch = [&]() {
        if (pending.isEmpty())
            return true;
        const qsizetype n = pending.size() / columns.size();
        QSqlQuery query(db);
        query.prepare(QStringLiteral("INSERT INTO tokens (%1) VALUES %2")
                          .arg(columns.join(QLatin1Char(',')), QStringList(n, tuple).join(QLatin1Char(','))));
        for (const QVariant& value : std::as_const(pending))
            query.addBindValue(value);
        pending.clear();
        return query.exec();
    };
    const qint64 batched = readChecked(path, batchRows, [&](const QVariantList& values) {
        pending.append(values);
        return pending.size() < batch * columns.size() || flushBatch();
    });
    if (batched != batchRows || !flushBatch() || !exec(db, QStringLiteral("COMMIT")))
        qFatal("multi-row INSERT failed");
    report("TokenDesk INSERT x500 rows", batchRows, timer.nsecsElapsed(), rows);

    // 5. Row by row, one prepared INSERT per row.
    const qint64 singleRows = std::min<qint64>(rows, 20000);
    exec(db, QStringLiteral("TRUNCATE tokens CASCADE"));
    timer.restart();
    exec(db, QStringLiteral("BEGIN"));
    QSqlQuery single(db);
    single.prepare(
        QStringLiteral("INSERT INTO tokens (%1) VALUES %2").arg(columns.join(QLatin1Char(',')), tuple));
    const qint64 one = readChecked(path, singleRows, [&single](const QVariantList& values) {
        for (int i = 0; i < values.size(); ++i)
            single.bindValue(i, values.at(i));
        return single.exec();
    });
    if (one != singleRows || !exec(db, QStringLiteral("COMMIT")))
        qFatal("row-by-row INSERT failed");
    report("TokenDesk INSERT row by row", singleRows, timer.nsecsElapsed(), rows);

    std::printf("tokendesk-cli import / psql \\copy = %.2fx (target <= 1.25)\n",
                double(cliNs) / double(psqlNs));
    std::printf("TokenDesk COPY alone / psql \\copy = %.2fx\n", double(copyNs) / double(psqlNs));
    return 0;
}
