// `tokendesk-cli import` against the sqlite3 shell's `.import` of the same file into a table with
// the same columns and unique indexes, both under /usr/bin/time -v (wall time, peak RSS).
// Usage: import_bench [ROWS] [--sequential-codes] [--pass-codes [--real-hash-cost]]
// (TOKENDESK_CLI_PATH is baked in at build time)
//
// The file is what other systems export: authentication codes in no particular order (random
// hex) and a few user-defined fields, about 130 bytes a row. --sequential-codes writes
// AC0000000000, AC0000000001, ... instead, so each unique index is only ever appended to: the
// case that is cheapest for both sides.
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>

namespace {
struct Measured
{
    double seconds = 0;
    qint64 peakKiB = 0;
    double cpuPercent = 0;
    double cpuSeconds = 0;
    int exitCode = -1;
    QByteArray output;
};

Measured timed(const QString& program, const QStringList& arguments, const QByteArray& input = QByteArray())
{
    QProcess process;
    process.start(QStringLiteral("/usr/bin/time"), QStringList { QStringLiteral("-v"), program } + arguments);
    process.waitForStarted();
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    process.waitForFinished(-1);
    Measured measured;
    measured.exitCode = process.exitCode();
    measured.output = process.readAllStandardOutput();
    const QString report = QString::fromUtf8(process.readAllStandardError());
    const QRegularExpressionMatch wall
        = QRegularExpression(QStringLiteral("Elapsed \\(wall clock\\) time.*: (?:(\\d+):)?(\\d+):([\\d.]+)"))
              .match(report);
    if (wall.hasMatch())
        measured.seconds = wall.captured(1).toDouble() * 3600 + wall.captured(2).toDouble() * 60
            + wall.captured(3).toDouble();
    measured.peakKiB = QRegularExpression(QStringLiteral("Maximum resident set size \\(kbytes\\): (\\d+)"))
                           .match(report)
                           .captured(1)
                           .toLongLong();
    measured.cpuSeconds = QRegularExpression(QStringLiteral("User time \\(seconds\\): ([\\d.]+)"))
                              .match(report)
                              .captured(1)
                              .toDouble()
        + QRegularExpression(QStringLiteral("System time \\(seconds\\): ([\\d.]+)"))
              .match(report)
              .captured(1)
              .toDouble();
    measured.cpuPercent = QRegularExpression(QStringLiteral("Percent of CPU this job got: (\\d+)%"))
                              .match(report)
                              .captured(1)
                              .toDouble();
    return measured;
}
} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const qint64 rows = app.arguments().value(1, QStringLiteral("1000000")).toLongLong();
    const bool passCodes = app.arguments().contains(QStringLiteral("--pass-codes"));

    const bool sequential = app.arguments().contains(QStringLiteral("--sequential-codes"));
    QTextStream out(stdout);

    QTemporaryDir dir;
    const QString csv = dir.filePath(QStringLiteral("tokens.csv"));
    {
        QFile file(csv);
        file.open(QIODevice::WriteOnly);
        // Seeded, so every run imports the same file.
        QRandomGenerator random(20261126);
        const QByteArray shops[]
            = { "Nicosia Mall", "Limassol Marina", "Larnaca Airport", "Paphos Old Town", "Ayia Napa Beach" };
        QByteArray chunk;
        file.write(passCodes ? "identifier,pass_code," : "identifier,");
        file.write(
            "authentication_code,card_masked_number,udf_string_1,udf_string_2,udf_string_3,udf_float_1,"
            "udf_date_1\n");
        for (qint64 i = 0; i < rows; ++i) {
            const QByteArray n = QByteArray::number(i);
            chunk += passCodes ? "user" + n + "@example.org,pw" + n + "," : QByteArray(",");
            chunk += sequential
                ? "AC" + n.rightJustified(10, '0')
                : QByteArray::number(random.generate64(), 16).rightJustified(16, '0').toUpper();
            chunk += ",4111********" + QByteArray::number(random.bounded(10000)).rightJustified(4, '0') + ","
                + shops[random.bounded(5)] + ",Loyalty member since " + QByteArray::number(2000 + i % 25)
                + " tier " + QByteArray::number(i % 5) + "," + QByteArray::number(random.bounded(1000000000))
                + " Main Street Apt " + QByteArray::number(i % 300) + ","
                + QByteArray::number(random.bounded(100000) / 100.0) + "," + QByteArray::number(2000 + i % 25)
                + "-0" + QByteArray::number(1 + i % 9) + "-1" + QByteArray::number(i % 10) + "\n";
            if (chunk.size() > (1 << 20)) {
                file.write(chunk);
                chunk.clear();
            }
        }
        file.write(chunk);
        out << QStringLiteral("import_bench: %1 rows, %2 MiB, %3 authentication codes%4\n")
                   .arg(rows)
                   .arg(double(file.size()) / (1 << 20), 0, 'f', 1)
                   .arg(sequential ? QStringLiteral("sequential") : QStringLiteral("random"))
                   .arg(passCodes ? QStringLiteral(", a pass code in every row") : QString());
    }

    if (passCodes && !app.arguments().contains(QStringLiteral("--real-hash-cost"))) {
        // Cheap cost, so the number says what the import itself costs around the hashing;
        // --real-hash-cost keeps the default (Argon2id, 19 MiB, 2 passes), where the hashing
        // dominates and CPU time / wall time shows how many cores it keeps busy.
        QProcess::execute(QStringLiteral(TOKENDESK_CLI_PATH),
                          { QStringLiteral("--store"),
                            QStringLiteral("sqlite:") + dir.filePath(QStringLiteral("td.sqlite")),
                            QStringLiteral("config"), QStringLiteral("set"),
                            QStringLiteral("pass_code_hash.iterations=1"),
                            QStringLiteral("pass_code_hash.memory_kib=8") });
    }
    const Measured tokendesk = timed(QStringLiteral(TOKENDESK_CLI_PATH),
                                     { QStringLiteral("--store"),
                                       QStringLiteral("sqlite:") + dir.filePath(QStringLiteral("td.sqlite")),
                                       QStringLiteral("--json"), QStringLiteral("import"), csv,
                                       QStringLiteral("--mode"), QStringLiteral("atomic") });
    out << QStringLiteral(
               "tokendesk-cli import: %1 s, peak RSS %2 MiB, CPU time / wall time %3 (%4 cores), exit "
               "%5, %6 rows/s\n  %7\n")
               .arg(tokendesk.seconds, 0, 'f', 2)
               .arg(tokendesk.peakKiB / 1024)
               .arg(tokendesk.seconds > 0 ? tokendesk.cpuSeconds / tokendesk.seconds : 0, 0, 'f', 2)
               .arg(QThread::idealThreadCount())
               .arg(tokendesk.exitCode)
               .arg(tokendesk.seconds > 0 ? qRound64(double(rows) / tokendesk.seconds) : 0)
               .arg(QString::fromUtf8(tokendesk.output.simplified()));

    const QByteArray script = passCodes
        ? QByteArray()
        : QByteArray(
            "CREATE TABLE tokens (identifier TEXT, authentication_code TEXT NOT NULL UNIQUE, "
            "card_masked_number TEXT, udf_string_1 TEXT, udf_string_2 TEXT, udf_string_3 TEXT, "
            "udf_float_1 TEXT, udf_date_1 TEXT);\n"
            // .import writes an empty cell as '', not NULL: only identifiers that are set are unique.
            "CREATE UNIQUE INDEX tokens_identifier ON tokens (identifier) WHERE identifier <> '';\n"
            ".mode csv\n.import --skip 1 "
            + csv.toUtf8() + " tokens\nSELECT count(*) FROM tokens;\n");
    if (!passCodes) {
        const Measured sqlite
            = timed(QStringLiteral("sqlite3"), { dir.filePath(QStringLiteral("plain.sqlite")) }, script);
        out << QStringLiteral("sqlite3 .import: %1 s, peak RSS %2 MiB, exit %3 (%4 rows)\n")
                   .arg(sqlite.seconds, 0, 'f', 2)
                   .arg(sqlite.peakKiB / 1024)
                   .arg(sqlite.exitCode)
                   .arg(QString::fromUtf8(sqlite.output.trimmed()));
        if (sqlite.seconds > 0)
            out << QStringLiteral("ratio tokendesk/sqlite3: %1 (target <= 0.5)\n")
                       .arg(tokendesk.seconds / sqlite.seconds, 0, 'f', 2);

        // What SQLite alone needs to write the same rows into TokenDesk's own table layout (every
        // column, the four unique and eleven lookup indexes), the way the import does: rows first,
        // lookup indexes built before the one commit, same page size and page cache, and the
        // rollback journal a first load into a new store is written with. No CSV, no checks, no
        // per-row code: the floor under any import into this layout.
        const QByteArray schema
            = timed(QStringLiteral("sqlite3"),
                    { dir.filePath(QStringLiteral("td.sqlite")), QStringLiteral(".schema tokens") })
                  .output;
        QByteArray createTable;
        QByteArray createIndexes;
        for (const QByteArray& statement : schema.split(';')) {
            const QByteArray trimmed = statement.trimmed();
            if (trimmed.startsWith("CREATE TABLE"))
                createTable = trimmed + ";\n";
            else if (trimmed.startsWith("CREATE INDEX"))
                createIndexes += trimmed + ";\n";
        }
        const QByteArray pageSize
            = timed(QStringLiteral("sqlite3"),
                    { dir.filePath(QStringLiteral("td.sqlite")), QStringLiteral("PRAGMA page_size") })
                  .output.trimmed();
        const QByteArray floorScript = "PRAGMA page_size=" + pageSize
            + ";\nPRAGMA journal_mode=DELETE;\nPRAGMA synchronous=FULL;\nPRAGMA cache_size=-40960;\n"
            + createTable + "ATTACH '" + dir.filePath(QStringLiteral("td.sqlite")).toUtf8()
            + "' AS imported;\nBEGIN;\nINSERT INTO main.tokens SELECT * FROM imported.tokens ORDER BY "
              "rowid;\n"
            + createIndexes + "COMMIT;\n";
        const Measured floor
            = timed(QStringLiteral("sqlite3"), { dir.filePath(QStringLiteral("floor.sqlite")) }, floorScript);
        out << QStringLiteral(
                   "sqlite3, the imported rows copied into TokenDesk's layout: %1 s, peak RSS %2 MiB, "
                   "exit %3 (the floor: ratio to .import %4)\n")
                   .arg(floor.seconds, 0, 'f', 2)
                   .arg(floor.peakKiB / 1024)
                   .arg(floor.exitCode)
                   .arg(sqlite.seconds > 0 ? floor.seconds / sqlite.seconds : 0, 0, 'f', 2);
    }
    return tokendesk.exitCode;
}
