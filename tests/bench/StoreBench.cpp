// store_bench: the SQLite store at a million tokens. Not part of ctest; run it by hand:
//   store_bench [TOKENS] [RUNS] [FILE]   (FILE: keep the store there instead of a temporary folder)
// It fills a fresh store with direct SQL in one transaction, then prints the median and the 95th
// percentile of the operations the table view and the service call most.
#include "SqlTokenFilter.h"
#include "SqlTokenStore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QSqlDriver>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>
#include <algorithm>
#include <functional>
#include <sqlite3.h>

namespace {
constexpr double targetMs = 2.0;

// A bijection of 64-bit values, so generated identifiers and codes are unique yet unordered.
quint64 mix(quint64 x)
{
    x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ULL;
    x = (x ^ (x >> 27)) * 0x94D049BB133111EBULL;
    return x ^ (x >> 31);
}

QString identifierOf(qint64 i)
{
    return QStringLiteral("u%1@example.com").arg(mix(quint64(i)), 16, 16, QLatin1Char('0'));
}

QString authenticationCodeOf(qint64 i)
{
    return QStringLiteral("%1%2")
        .arg(mix(quint64(i) ^ 0x5555555555555555ULL), 16, 16, QLatin1Char('0'))
        .arg(mix(quint64(i) + 0x1234567ULL), 16, 16, QLatin1Char('0'))
        .toUpper();
}

struct Figures
{
    double median = 0;
    double p95 = 0;
};

Figures measure(int runs, const std::function<void(int)>& operation)
{
    QList<double> times;
    times.reserve(runs);
    QElapsedTimer timer;
    for (int run = 0; run < runs; ++run) {
        timer.start();
        operation(run);
        times.append(double(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(times.begin(), times.end());
    return { times.at(times.size() / 2),
             times.at(std::min<qsizetype>(times.size() - 1, qsizetype(times.size() * 0.95))) };
}

bool fill(QSqlDatabase db, qint64 count, QTextStream& out)
{
    const QVariant handle = db.driver()->handle();
    if (qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return false;
    sqlite3* sqlite = *static_cast<sqlite3* const*>(handle.data());
    // A large page cache keeps the nine indexes in memory while a million random keys go in.
    sqlite3_exec(sqlite, "PRAGMA cache_size=-524288", nullptr, nullptr, nullptr);
    sqlite3_exec(sqlite, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr);
    sqlite3_stmt* insert = nullptr;
    QString columns = QStringLiteral("id, number, life_cycle_state, identifier, identifier_key, "
                                     "authentication_code, authentication_code_key, "
                                     "pass_code_hash, classification_key, account_key, participant_key, "
                                     "created_date, updated_date, version");
    const QByteArray sql = QStringLiteral("INSERT INTO tokens (%1) VALUES (?,?,?,?,?,?,?,?,'','','',?,?,1)")
                               .arg(columns)
                               .toUtf8();
    if (sqlite3_prepare_v2(sqlite, sql.constData(), -1, &insert, nullptr) != SQLITE_OK) {
        out << "prepare failed: " << sqlite3_errmsg(sqlite) << Qt::endl;
        return false;
    }
    // One real hash shared by every row: hashing a million codes would only measure Argon2.
    const QByteArray hash = PassCodeHasher(1, 8).hash(QStringLiteral("Bench-Code-1")).toUtf8();
    const QDateTime start(QDate(2025, 1, 1), QTime(0, 0), Qt::UTC);
    for (qint64 i = 1; i <= count; ++i) {
        const QByteArray id
            = QStringLiteral("%1").arg(mix(quint64(i) * 7919), 32, 16, QLatin1Char('0')).toUpper().toUtf8();
        const QByteArray number = QStringLiteral("AT%1").arg(i, 10, 10, QLatin1Char('0')).toUtf8();
        const QString identifier = identifierOf(i);
        const QByteArray identifierBytes = identifier.toUtf8();
        const QString code = authenticationCodeOf(i);
        const QByteArray codeBytes = code.toUtf8();
        const QByteArray codeKey = code.toLower().toUtf8();
        const QByteArray created = SqlTokenFilter::storedDateTime(start.addSecs(i * 30)).toUtf8();
        int c = 1;
        sqlite3_bind_text(insert, c++, id.constData(), int(id.size()), SQLITE_TRANSIENT);
        sqlite3_bind_text(insert, c++, number.constData(), int(number.size()), SQLITE_TRANSIENT);
        sqlite3_bind_text(insert, c++, "EFFECTIVE", -1, SQLITE_STATIC);
        sqlite3_bind_text(insert, c++, identifierBytes.constData(), int(identifierBytes.size()),
                          SQLITE_TRANSIENT);
        sqlite3_bind_text(insert, c++, identifierBytes.constData(), int(identifierBytes.size()),
                          SQLITE_TRANSIENT);
        sqlite3_bind_text(insert, c++, codeBytes.constData(), int(codeBytes.size()), SQLITE_TRANSIENT);
        sqlite3_bind_text(insert, c++, codeKey.constData(), int(codeKey.size()), SQLITE_TRANSIENT);
        sqlite3_bind_text(insert, c++, hash.constData(), int(hash.size()), SQLITE_STATIC);
        sqlite3_bind_text(insert, c++, created.constData(), int(created.size()), SQLITE_TRANSIENT);
        sqlite3_bind_text(insert, c++, created.constData(), int(created.size()), SQLITE_TRANSIENT);
        if (sqlite3_step(insert) != SQLITE_DONE) {
            out << "insert failed: " << sqlite3_errmsg(sqlite) << Qt::endl;
            return false;
        }
        sqlite3_reset(insert);
    }
    sqlite3_finalize(insert);
    const QByteArray sequence
        = QStringLiteral("UPDATE number_sequence SET value = %1 WHERE name = 'token'").arg(count).toUtf8();
    sqlite3_exec(sqlite, sequence.constData(), nullptr, nullptr, nullptr);
    sqlite3_exec(sqlite, "COMMIT", nullptr, nullptr, nullptr);
    sqlite3_exec(sqlite, "ANALYZE", nullptr, nullptr, nullptr);
    sqlite3_exec(sqlite, "PRAGMA cache_size=-2000", nullptr, nullptr, nullptr);
    return true;
}
} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const QStringList args = app.arguments();
    const qint64 count = args.size() > 1 ? args.at(1).toLongLong() : 1000000;
    const int runs = args.size() > 2 ? args.at(2).toInt() : 1000;

    QTemporaryDir dir;
    StoreUrl url;
    url.kind = StoreUrl::Kind::Sqlite;
    url.path = args.size() > 3 ? args.at(3) : dir.filePath(QStringLiteral("bench.sqlite"));
    int status = 0;
    {
        SqlTokenStore store(url, QString(), Clock::system());
        if (const Result<void> opened = store.open(); !opened) {
            out << opened.error().toString() << Qt::endl;
            return 1;
        }
        TokenSettings settings = *store.settings();
        settings.hashIterations = 1;
        settings.hashMemoryKiB = 8;
        store.saveSettings(settings);

        // A kept FILE that already holds the tokens is measured again as it is.
        const Result<qint64> present = store.count(TokenQuery());
        if (present.ok() && *present == count) {
            out << "reusing " << url.path << Qt::endl;
        } else {
            QElapsedTimer filling;
            filling.start();
            if (!fill(store.database(), count, out))
                return 1;
            out << "filled " << count << " tokens in " << filling.elapsed() / 1000.0 << " s" << Qt::endl;
        }

        QRandomGenerator random(42);
        auto randomRow = [&random, count]() {
            return qint64(random.bounded(quint64(count))) + 1;
        };
        bool failed = false;
        auto check = [&failed, &out](bool ok, const Error& error) {
            if (!ok && !failed) {
                out << "operation failed: " << error.toString() << Qt::endl;
                failed = true;
            }
        };

        const Figures show = measure(runs, [&](int) {
            const Result<AccessToken> token
                = store.show(TokenRef::byAuthenticationCode(authenticationCodeOf(randomRow())));
            check(token.ok(), token.error());
        });

        // The rows to update and their versions, read before the clock runs (a kept store has
        // versions from earlier runs).
        QList<qint64> updateRows;
        QHash<qint64, qint64> versions;
        {
            QSqlQuery query(store.database());
            query.prepare(QStringLiteral("SELECT version FROM tokens WHERE number = ?"));
            for (int run = 0; run < runs; ++run) {
                const qint64 row = randomRow();
                updateRows.append(row);
                query.addBindValue(QStringLiteral("AT%1").arg(row, 10, 10, QLatin1Char('0')));
                if (query.exec() && query.next())
                    versions.insert(row, query.value(0).toLongLong());
            }
        }
        const Figures update = measure(runs, [&](int run) {
            const qint64 row = updateRows.at(run);
            TokenPatch patch;
            patch.udfString[0] = QStringLiteral("bench %1").arg(run);
            patch.expectedVersion = versions.value(row, 1);
            const Result<AccessToken> token
                = store.update(TokenRef::byAuthenticationCode(authenticationCodeOf(row)), patch);
            check(token.ok(), token.error());
            if (token.ok())
                versions.insert(row, token->version);
        });

        const Figures search = measure(runs, [&](int) {
            TokenQuery query;
            query.search = identifierOf(randomRow()).left(5).toUpper();
            query.limit = 50;
            const Result<QList<AccessToken>> page = store.list(query);
            check(page.ok() && !page->isEmpty(),
                  page.ok() ? Error(Error::Code::NotFound, QStringLiteral("empty page")) : page.error());
        });

        // Positions around the middle of the table sorted by identifier, found once.
        QList<std::pair<QString, QString>> positions;
        {
            QSqlQuery query(store.database());
            for (qint64 offset : { count / 2 - 1, count / 2 - 1001, count / 2 + 999, count / 2 + 4999 }) {
                query.exec(
                    QStringLiteral("SELECT identifier, number FROM tokens ORDER BY identifier_key, number "
                                   "LIMIT 1 OFFSET %1")
                        .arg(std::max<qint64>(offset, 0)));
                if (query.next())
                    positions.append({ query.value(0).toString(), query.value(1).toString() });
            }
        }
        const Figures keyset = measure(runs, [&](int run) {
            TokenQuery query;
            query.sortField = QStringLiteral("identifier");
            query.limit = 50;
            query.afterValue = positions.at(run % positions.size()).first;
            query.afterNumber = positions.at(run % positions.size()).second;
            const Result<QList<AccessToken>> page = store.list(query);
            check(page.ok() && page->size() == 50,
                  page.ok() ? Error(Error::Code::NotFound, QStringLiteral("short page")) : page.error());
        });

        const Figures counting = measure(std::max(runs / 10, 10), [&](int) {
            TokenQuery query;
            query.search = identifierOf(randomRow()).left(4);
            const Result<qint64> counted = store.count(query);
            check(counted.ok(), counted.error());
        });

        auto line = [&out](const char* name, const Figures& figures, bool targeted) {
            out << QStringLiteral("%1 median %2 ms  p95 %3 ms%4")
                       .arg(QLatin1String(name), -48)
                       .arg(figures.median, 0, 'f', 3)
                       .arg(figures.p95, 0, 'f', 3)
                       .arg(targeted
                                ? (figures.median <= targetMs ? QStringLiteral("  (target <= 2 ms: met)")
                                                              : QStringLiteral("  (target <= 2 ms: MISSED)"))
                                : QString())
                << Qt::endl;
        };
        out << "tokens " << count << ", runs " << runs << Qt::endl;
        line("show by authentication_code", show, true);
        line("update one field with version check", update, true);
        line("list, search prefix (5 chars), limit 50", search, true);
        line("list sorted by identifier, keyset page at ~50%", keyset, true);
        line("count, search prefix (4 chars)", counting, false);
        status = failed ? 1 : 0;
    }
    return status;
}
