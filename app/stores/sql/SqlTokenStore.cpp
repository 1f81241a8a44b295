#include "SqlTokenStore.h"

#include "PgChangeListener.h"
#include "SecretGenerator.h"
#include "SqlImportHistory.h"
#include "SqlImportSession.h"
#include "SqlSchema.h"
#include "SqlTokenFilter.h"
#include "TokenField.h"
#include "TokenRowInserter.h"
#include "TokenValidator.h"
#include "TransitionTable.h"

#include <QAtomicInteger>
#include <QSqlError>
#include <QSqlRecord>
#include <algorithm>
#include <utility>

namespace {
const QString selectTokens = QStringLiteral(
    "SELECT t.*, a.number AS a_number, a.name AS a_name, a.life_cycle_state AS a_state, "
    "a.owner_name AS a_owner, p.number AS p_number, p.life_cycle_state AS p_state, c.name AS c_name, "
    "c.alternative_code AS c_alternative_code FROM tokens t "
    "LEFT JOIN accounts_receivable a ON a.id = t.account_id "
    "LEFT JOIN reward_participants p ON p.id = t.participant_id "
    "LEFT JOIN classifications c ON c.id = t.classification_id");

constexpr int generationAttempts = 8;
constexpr int codeDigits = 6;

QVariant nullableText(const QString& text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

// The lower-cased search and sort key of a value: '' (never NULL) when it is not set.
QVariant keyText(const QString& text)
{
    return text.isEmpty() ? QVariant(QStringLiteral("")) : QVariant(text.toLower());
}

QVariant nullableDate(const QDate& date)
{
    return date.isValid() ? QVariant(SqlTokenFilter::storedDate(date))
                          : QVariant(QMetaType::fromType<QString>());
}

QString numberText(qint64 sequence)
{
    return TokenRowInserter::tokenNumber(sequence);
}

bool isEmail(const QString& identifier)
{
    TokenRules rules;
    rules.identifierFormat = TokenRules::IdentifierFormat::Email;
    return TokenValidator::validateIdentifier(identifier, rules).isEmpty();
}

const QString definitionScope = QStringLiteral("definition");

QString scopeOf(const Classification& classification)
{
    return QStringLiteral("classification:") + classification.id;
}

QStringList ruleKeyValues(const TokenRules& rules)
{
    TokenSettings settings;
    settings.definition = rules;
    QStringList lines;
    for (const QString& line : settings.toKeyValues()) {
        if (!line.startsWith(QLatin1String("pass_code_hash.")))
            lines.append(line);
    }
    return lines;
}
} // namespace

SqlTokenStore::SqlTokenStore(StoreUrl url, QString secret, Clock* clock)
    : m_url(std::move(url))
    , m_secret(std::move(secret))
    , m_clock(clock ? clock : Clock::system())
    , m_dialect(SqlDialect::create(m_url.kind))
{
    static QAtomicInteger<quint64> counter;
    m_connectionName = QStringLiteral("tokendesk-sql-%1").arg(counter.fetchAndAddRelaxed(1));
    m_origin = SecretGenerator::hexId();
}

SqlTokenStore::~SqlTokenStore()
{
    m_listener.reset();
    if (m_db.isValid()) {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connectionName);
    }
}

Result<void> SqlTokenStore::open()
{
    if (!m_dialect)
        return Error(Error::Code::Usage, tr("%1 is not an SQL store").arg(m_url.toString()),
                     QStringLiteral("store"));
    if (!QSqlDatabase::isDriverAvailable(m_dialect->driverName()))
        return Error(Error::Code::Storage,
                     tr("The Qt SQL driver %1 is not installed").arg(m_dialect->driverName()),
                     QStringLiteral("store"));
    if (!m_db.isValid())
        m_db = QSqlDatabase::addDatabase(m_dialect->driverName(), m_connectionName);
    if (m_db.isOpen())
        return {};
    if (Result<void> configured = m_dialect->configure(m_db, m_url, m_secret); !configured)
        return configured;
    if (!m_db.open()) {
        if (std::optional<Error> explained = m_dialect->explainOpenFailure(m_url, m_secret))
            return *explained;
        return Error(Error::Code::Storage,
                     tr("The store %1 could not be opened: %2").arg(description(), m_db.lastError().text()),
                     QStringLiteral("store"));
    }
    if (Result<void> prepared = m_dialect->prepareSession(m_db); !prepared) {
        m_db.close();
        return prepared;
    }
    Result<void> migrated = SqlSchema(*m_dialect).migrate(m_db);
    if (!migrated) {
        m_db.close();
        return migrated;
    }
    if (m_changeListener && m_url.kind == StoreUrl::Kind::Postgres && !m_listener) {
        m_listener = std::make_unique<PgChangeListener>(
            [url = m_url, secret = m_secret](QSqlDatabase& db) {
                SqlDialect::create(url.kind)->configure(db, url, secret);
            },
            m_changeListener, m_origin);
        m_listener->startListening();
    }
    m_opened = true;
    return migrated;
}

QString SqlTokenStore::description() const
{
    return m_dialect ? m_dialect->description(m_url) : m_url.toString();
}

StoreCapabilities SqlTokenStore::capabilities() const
{
    StoreCapabilities capabilities;
    capabilities.notifiesChanges = m_url.kind == StoreUrl::Kind::Postgres;
    capabilities.recordsImports = true;
    return capabilities;
}

void SqlTokenStore::setChangeListener(std::function<void(const QStringList& tokenIds)> listener)
{
    m_changeListener = std::move(listener);
}

void SqlTokenStore::setActor(const QString& user, const QString& unit)
{
    m_user = user;
    m_unit = unit;
}

Error SqlTokenStore::storageError(const QString& what, const QSqlQuery& query) const
{
    if (std::optional<Error> busy = m_dialect ? m_dialect->busyError(query.lastError()) : std::nullopt)
        return *busy;
    return Error(Error::Code::Storage, tr("The store could not %1: %2").arg(what, query.lastError().text()));
}

Result<QSqlQuery> SqlTokenStore::run(const QString& sql, const QVariantList& bindings) const
{
    if (!m_db.isOpen())
        return Error(Error::Code::Storage, tr("The store is not open"), QStringLiteral("store"));
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    // Without values the text runs as it is: PostgreSQL cannot prepare BEGIN, COMMIT or ROLLBACK.
    if (bindings.isEmpty()) {
        if (!query.exec(sql))
            return storageError(tr("run a query"), query);
        return query;
    }
    if (!query.prepare(sql))
        return storageError(tr("prepare a query"), query);
    for (const QVariant& value : bindings)
        query.addBindValue(value);
    if (!query.exec()) {
        m_refusedStatements.append(query);
        return storageError(tr("run a query"), query);
    }
    return query;
}

Result<void> SqlTokenStore::reconnect()
{
    // Their server-side statements went with the old connection.
    m_refusedStatements.clear();
    m_db.close();
    if (!m_db.open()) {
        // Said as on opening: "The PostgreSQL server … cannot be reached: Connection refused",
        // not the driver's three lines.
        if (std::optional<Error> explained = m_dialect->explainOpenFailure(m_url, m_secret))
            return *explained;
        return Error(Error::Code::Network,
                     tr("The store %1 cannot be reached: %2").arg(description(), m_db.lastError().text()),
                     QStringLiteral("store"));
    }
    return m_dialect->prepareSession(m_db);
}

Error SqlTokenStore::connectionLost(bool mayHaveCommitted) const
{
    // The server rolls back a transaction whose connection is gone, so only a lost COMMIT leaves
    // the outcome open; either way nothing is repeated behind the user's back.
    if (mayHaveCommitted)
        return Error(Error::Code::Network,
                     tr("The connection to %1 was lost while the change was being saved: it may or may "
                        "not have been saved. Reload before trying again")
                         .arg(description()),
                     QStringLiteral("store"));
    return Error(Error::Code::Network,
                 tr("The connection to %1 was lost; nothing was changed. The next action reconnects")
                     .arg(description()),
                 QStringLiteral("store"));
}

Result<void> SqlTokenStore::notifyChanged(const QString& tokenId)
{
    const QString statement = m_dialect->notifyChange();
    // An import tells other clients once, at its commit, rather than once per token.
    if (statement.isEmpty() || (m_importOpen && !tokenId.isEmpty()))
        return {};
    Result<QSqlQuery> notified = run(statement, { PgChangeListener::payload(m_origin, tokenId) });
    if (!notified)
        return notified.error();
    return {};
}

template<typename T>
Result<T> SqlTokenStore::transaction(Access access, const std::function<Result<T>()>& work)
{
    if (m_importOpen)
        return work();
    const QString begin = access == Access::Write ? m_dialect->beginWrite() : m_dialect->beginRead();
    // After a failed reconnect the connection is closed; every call tries again.
    if (m_opened && m_dialect->isConnectionLost(m_db)) {
        if (Result<void> reconnected = reconnect(); !reconnected)
            return reconnected.error();
    }
    Result<QSqlQuery> begun = run(begin);
    // A connection that died while idle (a server restart) is found out by BEGIN: nothing has been
    // sent yet, so one new connection and a second BEGIN repeat nothing.
    if (!begun && m_opened && m_dialect->isConnectionLost(m_db)) {
        if (Result<void> reconnected = reconnect(); !reconnected)
            return reconnected.error();
        begun = run(begin);
    }
    if (!begun)
        return begun.error();
    Result<T> result = work();
    if (!result.ok()) {
        if (m_dialect->isConnectionLost(m_db)) {
            m_refusedStatements.clear();
            return connectionLost(false);
        }
        run(QStringLiteral("ROLLBACK"));
        m_refusedStatements.clear();
        return result;
    }
    const Result<QSqlQuery> committed = run(QStringLiteral("COMMIT"));
    if (!committed) {
        if (m_dialect->isConnectionLost(m_db)) {
            m_refusedStatements.clear();
            return connectionLost(true);
        }
        run(QStringLiteral("ROLLBACK"));
    }
    m_refusedStatements.clear();
    if (!committed)
        return committed.error();
    return result;
}

PassCodeHasher SqlTokenStore::hasherFor(const TokenSettings& settings)
{
    return PassCodeHasher(settings.hashIterations, settings.hashMemoryKiB);
}

void SqlTokenStore::touch(AccessToken& token) const
{
    token.logInformation.updatedDate = m_clock->now().toUTC();
    token.logInformation.updatedByUser = m_user;
    token.logInformation.updatedByUnit = m_unit;
    ++token.version;
}

QString SqlTokenStore::recipientOf(const AccessToken& token) const
{
    if (isEmail(token.identifier))
        return token.identifier;
    if (token.accountsReceivable)
        return QStringLiteral("accounts_receivable:") + token.accountsReceivable->number;
    if (token.rewardParticipant)
        return QStringLiteral("reward_participant:") + token.rewardParticipant->number;
    return token.identifier;
}

Error SqlTokenStore::notFound(const TokenRef& ref) const
{
    // The same words whether the token is unknown or its pass code is wrong: nothing leaks.
    return Error(Error::Code::NotFound, tr("No access token matches %1").arg(ref.toString()), ref.kindName());
}

// ---- reading ---------------------------------------------------------------------------------

Result<QList<SqlTokenStore::Row>> SqlTokenStore::selectRows(const QString& tail, const QVariantList& bindings)
{
    Result<QSqlQuery> query = run(selectTokens + tail, bindings);
    if (!query)
        return query.error();
    QSqlQuery& q = query.value();
    QList<Row> rows;
    const QSqlRecord record = q.record();
    auto index = [&record](const QString& name) {
        return record.indexOf(name);
    };
    const int iId
        = index(QStringLiteral("id")),
        iNumber = index(QStringLiteral("number")), iState = index(QStringLiteral("life_cycle_state")),
        iIdentifier = index(QStringLiteral("identifier")),
        iAuth = index(QStringLiteral("authentication_code")),
        iCard = index(QStringLiteral("card_masked_number")), iPass = index(QStringLiteral("pass_code_hash")),
        iVerification = index(QStringLiteral("verification_code_hash")),
        iVerified = index(QStringLiteral("verified_date")),
        iClassification = index(QStringLiteral("classification_id")),
        iAccount = index(QStringLiteral("account_id")),
        iParticipant = index(QStringLiteral("participant_id")),
        iCreated = index(QStringLiteral("created_date")), iUpdated = index(QStringLiteral("updated_date")),
        iCreatedBy = index(QStringLiteral("created_by_user")),
        iUpdatedBy = index(QStringLiteral("updated_by_user")),
        iCreatedUnit = index(QStringLiteral("created_by_unit")),
        iUpdatedUnit = index(QStringLiteral("updated_by_unit")), iVersion = index(QStringLiteral("version")),
        iAccountNumber = index(QStringLiteral("a_number")), iAccountName = index(QStringLiteral("a_name")),
        iAccountState = index(QStringLiteral("a_state")), iAccountOwner = index(QStringLiteral("a_owner")),
        iParticipantNumber = index(QStringLiteral("p_number")),
        iParticipantState = index(QStringLiteral("p_state")),
        iClassificationName = index(QStringLiteral("c_name")),
        iClassificationCode = index(QStringLiteral("c_alternative_code"));
    const int iUdfString = index(QStringLiteral("udf_string_1"));
    const int iUdfFloat = index(QStringLiteral("udf_float_1"));
    const int iUdfDate = index(QStringLiteral("udf_date_1"));

    while (q.next()) {
        Row row;
        AccessToken& t = row.token;
        t.id = q.value(iId).toString();
        t.number = q.value(iNumber).toString();
        t.lifeCycleState
            = LifeCycleStates::fromWire(q.value(iState).toString()).value_or(LifeCycleState::NotEffective);
        t.identifier = q.value(iIdentifier).toString();
        t.authenticationCode = q.value(iAuth).toString();
        t.cardMaskedNumber = q.value(iCard).toString();
        row.passCodeHash = q.value(iPass).toString();
        row.verificationCodeHash = q.value(iVerification).toString();
        t.hasPassCode = !row.passCodeHash.isEmpty();
        t.verifiedDate = SqlTokenFilter::loadedDateTime(q.value(iVerified));
        row.classificationId = q.value(iClassification).toString();
        if (!row.classificationId.isEmpty())
            t.classification
                = ClassificationRef { row.classificationId, q.value(iClassificationName).toString(),
                                      q.value(iClassificationCode).toString() };
        row.accountId = q.value(iAccount).toString();
        if (!row.accountId.isEmpty())
            t.accountsReceivable
                = AccountsReceivable { row.accountId, q.value(iAccountNumber).toString(),
                                       q.value(iAccountName).toString(), q.value(iAccountState).toString(),
                                       q.value(iAccountOwner).toString() };
        row.participantId = q.value(iParticipant).toString();
        if (!row.participantId.isEmpty())
            t.rewardParticipant
                = RewardParticipant { row.participantId, q.value(iParticipantNumber).toString(),
                                      q.value(iParticipantState).toString() };
        // The udf columns are consecutive in the table: 8 strings, 4 floats, 4 dates.
        for (int i = 0; i < AccessToken::udfStringCount; ++i)
            t.udfString[i] = q.value(iUdfString + i).toString();
        for (int i = 0; i < AccessToken::udfFloatCount; ++i) {
            const QVariant value = q.value(iUdfFloat + i);
            if (!value.isNull())
                t.udfFloat[i] = value.toDouble();
        }
        for (int i = 0; i < AccessToken::udfDateCount; ++i) {
            const QVariant value = q.value(iUdfDate + i);
            if (!value.isNull())
                t.udfDate[i] = QDate::fromString(value.toString(), Qt::ISODate);
        }
        t.logInformation.createdDate = SqlTokenFilter::loadedDateTime(q.value(iCreated));
        t.logInformation.updatedDate = SqlTokenFilter::loadedDateTime(q.value(iUpdated));
        t.logInformation.createdByUser = q.value(iCreatedBy).toString();
        t.logInformation.updatedByUser = q.value(iUpdatedBy).toString();
        t.logInformation.createdByUnit = q.value(iCreatedUnit).toString();
        t.logInformation.updatedByUnit = q.value(iUpdatedUnit).toString();
        t.version = q.value(iVersion).toLongLong();
        rows.append(row);
    }
    if (rows.isEmpty())
        return rows;

    QStringList placeholders;
    QVariantList ids;
    for (const Row& row : std::as_const(rows)) {
        placeholders.append(QStringLiteral("?"));
        ids.append(row.token.id);
    }
    Result<QSqlQuery> fields
        = run(QStringLiteral("SELECT token_id, name, value FROM token_custom_fields WHERE token_id IN (%1)")
                  .arg(placeholders.join(QLatin1Char(','))),
              ids);
    if (!fields)
        return fields.error();
    QHash<QString, int> position;
    for (int i = 0; i < rows.size(); ++i)
        position.insert(rows.at(i).token.id, i);
    while (fields->next()) {
        const int at = position.value(fields->value(0).toString(), -1);
        if (at >= 0)
            rows[at].token.customFields.insert(fields->value(1).toString(), fields->value(2).toString());
    }
    return rows;
}

Result<std::optional<SqlTokenStore::Row>> SqlTokenStore::selectRow(const QString& condition,
                                                                   const QVariantList& bindings, bool lock)
{
    Result<QList<Row>> rows = selectRows(
        QStringLiteral(" WHERE ") + condition + (lock ? m_dialect->lockTokenRow() : QString()), bindings);
    if (!rows)
        return rows.error();
    if (rows->isEmpty())
        return std::optional<Row>();
    return std::optional<Row>(rows->first());
}

Result<SqlTokenStore::Row> SqlTokenStore::resolve(const TokenRef& ref, bool lock)
{
    if (!ref.isValid())
        return notFound(ref);
    QString condition;
    QVariant value = ref.value();
    switch (ref.kind()) {
    case TokenRef::Kind::Id:
        condition = QStringLiteral("t.id = ?");
        value = ref.value().toUpper();
        break;
    case TokenRef::Kind::Number:
        condition = QStringLiteral("t.number = ?");
        break;
    case TokenRef::Kind::AuthenticationCode:
        condition = QStringLiteral("t.authentication_code = ?");
        break;
    case TokenRef::Kind::Identifier:
        condition = QStringLiteral("t.identifier = ?");
        break;
    }
    Result<std::optional<Row>> found = selectRow(condition, { value }, lock);
    if (!found)
        return found.error();
    if (!found->has_value())
        return notFound(ref);
    Row row = **found;
    if (ref.kind() != TokenRef::Kind::Identifier)
        return row;

    if (!ref.passCode().isEmpty() && PassCodeHasher::verify(ref.passCode(), row.passCodeHash))
        return row;
    if (ref.passCode().isEmpty())
        return notFound(ref);
    // A one-time password stands in for the pass code once, until it expires.
    Result<QSqlQuery> otps
        = run(QStringLiteral("SELECT id, hash FROM one_time_passwords WHERE token_id = ? AND used = 0 "
                             "AND expires_at > ?"),
              { row.token.id, SqlTokenFilter::storedDateTime(m_clock->now()) });
    if (!otps)
        return otps.error();
    while (otps->next()) {
        if (PassCodeHasher::verify(ref.passCode(), otps->value(1).toString())) {
            const qint64 otpId = otps->value(0).toLongLong();
            otps->finish();
            // "AND used = 0" makes the claim atomic: of two clients using the same OTP at once,
            // the second waits for the first and then changes no row.
            Result<QSqlQuery> used
                = run(QStringLiteral("UPDATE one_time_passwords SET used = 1 WHERE id = ? AND used = 0"),
                      { otpId });
            if (!used)
                return used.error();
            if (used->numRowsAffected() != 1)
                return notFound(ref);
            return row;
        }
    }
    return notFound(ref);
}

Result<TokenSettings> SqlTokenStore::loadSettings()
{
    TokenSettings settings;
    QHash<QString, TokenSettings> scoped;
    Result<QSqlQuery> values = run(QStringLiteral("SELECT scope, name, value FROM settings"));
    if (!values)
        return values.error();
    while (values->next()) {
        const QString scope = values->value(0).toString();
        TokenSettings& target = scope == definitionScope ? settings : scoped[scope];
        // A key this version does not know (written by a newer one) is left alone.
        target.setKeyValue(values->value(1).toString(), values->value(2).toString());
    }
    Result<QSqlQuery> classes = run(
        QStringLiteral("SELECT id, name, alternative_code, description FROM classifications ORDER BY name"));
    if (!classes)
        return classes.error();
    while (classes->next()) {
        Classification classification;
        classification.id = classes->value(0).toString();
        classification.name = classes->value(1).toString();
        classification.alternativeCode = classes->value(2).toString();
        classification.description = classes->value(3).toString();
        classification.rules = scoped.value(scopeOf(classification)).definition;
        settings.classifications.append(classification);
    }
    return settings;
}

Result<std::optional<AccountsReceivable>> SqlTokenStore::findAccount(const QString& idOrNumber)
{
    Result<QSqlQuery> query
        = run(QStringLiteral("SELECT id, number, name, life_cycle_state, owner_name FROM accounts_receivable "
                             "WHERE number = ? OR id = ?"),
              { idOrNumber, idOrNumber });
    if (!query)
        return query.error();
    if (!query->next())
        return std::optional<AccountsReceivable>();
    return std::optional<AccountsReceivable>(AccountsReceivable {
        query->value(0).toString(), query->value(1).toString(), query->value(2).toString(),
        query->value(3).toString(), query->value(4).toString() });
}

Result<std::optional<RewardParticipant>> SqlTokenStore::findParticipant(const QString& idOrNumber)
{
    Result<QSqlQuery> query
        = run(QStringLiteral("SELECT id, number, life_cycle_state FROM reward_participants "
                             "WHERE number = ? OR id = ?"),
              { idOrNumber, idOrNumber });
    if (!query)
        return query.error();
    if (!query->next())
        return std::optional<RewardParticipant>();
    return std::optional<RewardParticipant>(RewardParticipant {
        query->value(0).toString(), query->value(1).toString(), query->value(2).toString() });
}

// ---- writing ---------------------------------------------------------------------------------

const QStringList& SqlTokenStore::columnNames()
{
    static const QStringList names = []() {
        QStringList list = { QStringLiteral("number"),
                             QStringLiteral("life_cycle_state"),
                             QStringLiteral("identifier"),
                             QStringLiteral("identifier_key"),
                             QStringLiteral("authentication_code"),
                             QStringLiteral("authentication_code_key"),
                             QStringLiteral("card_masked_number"),
                             QStringLiteral("pass_code_hash"),
                             QStringLiteral("verification_code_hash"),
                             QStringLiteral("verified_date"),
                             QStringLiteral("classification_id"),
                             QStringLiteral("classification_key"),
                             QStringLiteral("account_id"),
                             QStringLiteral("account_key"),
                             QStringLiteral("participant_id"),
                             QStringLiteral("participant_key"),
                             QStringLiteral("created_date"),
                             QStringLiteral("updated_date"),
                             QStringLiteral("created_by_user"),
                             QStringLiteral("updated_by_user"),
                             QStringLiteral("created_by_unit"),
                             QStringLiteral("updated_by_unit"),
                             QStringLiteral("version") };
        for (int i = 0; i < AccessToken::udfStringCount; ++i)
            list.append(QStringLiteral("udf_string_%1").arg(i + 1));
        for (int i = 0; i < AccessToken::udfFloatCount; ++i)
            list.append(QStringLiteral("udf_float_%1").arg(i + 1));
        for (int i = 0; i < AccessToken::udfDateCount; ++i)
            list.append(QStringLiteral("udf_date_%1").arg(i + 1));
        return list;
    }();
    return names;
}

void SqlTokenStore::appendColumnValues(const Row& row, QVariantList& values)
{
    const AccessToken& t = row.token;
    // created_date and updated_date are the same on a new token: formatted once.
    const QString created = SqlTokenFilter::storedDateTime(t.logInformation.createdDate);
    values << t.number << LifeCycleStates::toWire(t.lifeCycleState) << nullableText(t.identifier)
           << keyText(t.identifier) << t.authenticationCode << keyText(t.authenticationCode)
           << nullableText(t.cardMaskedNumber) << nullableText(row.passCodeHash)
           << nullableText(row.verificationCodeHash)
           << nullableText(SqlTokenFilter::storedDateTime(t.verifiedDate))
           << nullableText(row.classificationId)
           << keyText(t.classification ? t.classification->name : QString()) << nullableText(row.accountId)
           << keyText(t.accountsReceivable ? t.accountsReceivable->number : QString())
           << nullableText(row.participantId)
           << keyText(t.rewardParticipant ? t.rewardParticipant->number : QString()) << created
           << (t.logInformation.updatedDate == t.logInformation.createdDate
                   ? created
                   : SqlTokenFilter::storedDateTime(t.logInformation.updatedDate))
           << nullableText(t.logInformation.createdByUser) << nullableText(t.logInformation.updatedByUser)
           << nullableText(t.logInformation.createdByUnit) << nullableText(t.logInformation.updatedByUnit)
           << t.version;
    for (int i = 0; i < AccessToken::udfStringCount; ++i)
        values << nullableText(t.udfString[i]);
    for (int i = 0; i < AccessToken::udfFloatCount; ++i)
        values << (t.udfFloat[i] ? QVariant(*t.udfFloat[i]) : QVariant(QMetaType::fromType<double>()));
    for (int i = 0; i < AccessToken::udfDateCount; ++i)
        values << nullableDate(t.udfDate[i]);
}

QList<std::pair<QString, QVariant>> SqlTokenStore::columnsOf(const Row& row)
{
    const QStringList& names = columnNames();
    QVariantList values;
    values.reserve(names.size());
    appendColumnValues(row, values);
    QList<std::pair<QString, QVariant>> columns;
    columns.reserve(names.size());
    for (int i = 0; i < names.size(); ++i)
        columns.append({ names.at(i), values.at(i) });
    return columns;
}

Result<void> SqlTokenStore::writeRow(const Row& row, const Row* before)
{
    const AccessToken& t = row.token;
    const bool insert = before == nullptr;
    const QList<std::pair<QString, QVariant>> columns = columnsOf(row);
    const QList<std::pair<QString, QVariant>> previous = insert ? columns : columnsOf(*before);
    QStringList names;
    QVariantList values;
    // An update sets only the columns that changed: every indexed column left alone is an index
    // entry SQLite need not rewrite.
    for (int i = 0; i < columns.size(); ++i) {
        if (insert || !(columns.at(i).second == previous.at(i).second)) {
            names.append(columns.at(i).first);
            values.append(columns.at(i).second);
        }
    }
    QString sql;
    if (insert) {
        names.prepend(QStringLiteral("id"));
        values.prepend(t.id);
        sql = QStringLiteral("INSERT INTO tokens (%1) VALUES (%2)")
                  .arg(names.join(QLatin1Char(',')),
                       QStringList(names.size(), QStringLiteral("?")).join(QLatin1Char(',')));
    } else {
        sql = QStringLiteral("UPDATE tokens SET %1 = ? WHERE id = ? AND version = ?")
                  .arg(names.join(QStringLiteral(" = ?, ")));
        values << t.id << before->token.version;
    }

    QSqlQuery query(m_db);
    if (!query.prepare(sql))
        return storageError(tr("prepare a query"), query);
    for (const QVariant& value : std::as_const(values))
        query.addBindValue(value);
    if (!query.exec()) {
        m_refusedStatements.append(query);
        if (m_dialect->isUniqueViolation(query.lastError())) {
            // A concurrent writer took the value between our check and this write.
            const QString text = query.lastError().databaseText();
            const QString field = text.contains(QLatin1String("authentication_code"))
                ? QStringLiteral("authentication_code")
                : QStringLiteral("identifier");
            return Error(Error::Code::DuplicateIdentifier, tr("Another token already has this %1").arg(field),
                         field);
        }
        return storageError(tr("save the token"), query);
    }
    if (!insert && query.numRowsAffected() == 0)
        return Error(Error::Code::Conflict,
                     tr("The token %1 was changed by someone else; reload it and try again").arg(t.number),
                     QStringLiteral("version"));
    if (Result<void> notified = notifyChanged(t.id); !notified)
        return notified;

    if (!insert && before->token.customFields == t.customFields)
        return {};
    if (!insert) {
        Result<QSqlQuery> cleared
            = run(QStringLiteral("DELETE FROM token_custom_fields WHERE token_id = ?"), { t.id });
        if (!cleared)
            return cleared.error();
    }
    for (auto it = t.customFields.cbegin(); it != t.customFields.cend(); ++it) {
        Result<QSqlQuery> added
            = run(QStringLiteral("INSERT INTO token_custom_fields (token_id, name, value) VALUES (?, ?, ?)"),
                  { t.id, it.key(), it.value() });
        if (!added)
            return added.error();
    }
    return {};
}

Result<void> SqlTokenStore::checkUnique(const AccessToken& token, const QString& exceptId)
{
    const std::pair<QString, QString> unique[] = {
        { QStringLiteral("identifier"), token.identifier },
        { QStringLiteral("authentication_code"), token.authenticationCode },
    };
    for (const auto& [field, value] : unique) {
        if (value.isEmpty())
            continue;
        Result<QSqlQuery> query
            = run(QStringLiteral("SELECT id FROM tokens WHERE %1 = ? AND id <> ?").arg(field),
                  { value, exceptId.isEmpty() ? QVariant(QStringLiteral("")) : QVariant(exceptId) });
        if (!query)
            return query.error();
        if (query->next())
            return Error(Error::Code::DuplicateIdentifier,
                         tr("Another token already has the %1 \"%2\"").arg(field, value), field);
    }
    return {};
}

Result<void> SqlTokenStore::audit(const QString& operation, const AccessToken& token, const QString& details)
{
    Result<QSqlQuery> written = run(
        QStringLiteral("INSERT INTO audit_trail (at, user_name, unit, operation, token_id, token_number, "
                       "details) VALUES (?, ?, ?, ?, ?, ?, ?)"),
        { SqlTokenFilter::storedDateTime(m_clock->now()), nullableText(m_user), nullableText(m_unit),
          operation, nullableText(token.id), nullableText(token.number), nullableText(details) });
    if (!written)
        return written.error();
    return {};
}

Result<void> SqlTokenStore::queueMessage(const QString& kind, const AccessToken& token,
                                         const QString& recipient, const QString& details)
{
    // What would be sent, to whom and when; the code itself is never written down.
    Result<QSqlQuery> queued = run(
        QStringLiteral("INSERT INTO outbox (kind, token_id, token_number, recipient, created_at, details) "
                       "VALUES (?, ?, ?, ?, ?, ?)"),
        { kind, token.id, token.number, nullableText(recipient),
          SqlTokenFilter::storedDateTime(m_clock->now()), nullableText(details) });
    if (!queued)
        return queued.error();
    return {};
}

Result<void> SqlTokenStore::applyReferences(const TokenPatch& patch, const TokenSettings& settings, Row& row)
{
    AccessToken& t = row.token;
    if (patch.classification.isNull()) {
        t.classification.reset();
        row.classificationId.clear();
    } else if (patch.classification.isSet()) {
        const std::optional<Classification> found = settings.findClassification(patch.classification.value());
        if (!found)
            return Error(Error::Code::NotFound,
                         tr("There is no classification \"%1\"").arg(patch.classification.value()),
                         QStringLiteral("classification"));
        t.classification = found->ref();
        row.classificationId = found->id;
    }
    if (patch.accountsReceivable.isNull()) {
        t.accountsReceivable.reset();
        row.accountId.clear();
    } else if (patch.accountsReceivable.isSet()) {
        Result<std::optional<AccountsReceivable>> found = findAccount(patch.accountsReceivable.value());
        if (!found)
            return found.error();
        if (!found->has_value())
            return Error(Error::Code::NotFound,
                         tr("There is no accounts receivable \"%1\"").arg(patch.accountsReceivable.value()),
                         QStringLiteral("accounts_receivable"));
        t.accountsReceivable = **found;
        row.accountId = (*found)->id;
    }
    if (patch.rewardParticipant.isNull()) {
        t.rewardParticipant.reset();
        row.participantId.clear();
    } else if (patch.rewardParticipant.isSet()) {
        Result<std::optional<RewardParticipant>> found = findParticipant(patch.rewardParticipant.value());
        if (!found)
            return found.error();
        if (!found->has_value())
            return Error(Error::Code::NotFound,
                         tr("There is no reward participant \"%1\"").arg(patch.rewardParticipant.value()),
                         QStringLiteral("reward_participant"));
        t.rewardParticipant = **found;
        row.participantId = (*found)->id;
    }
    return {};
}

namespace {
QString describePatch(const TokenPatch& patch, const AccessToken& after)
{
    QStringList parts;
    for (const QString& name : patch.fieldNames()) {
        if (name == QLatin1String("pass_code"))
            parts.append(QStringLiteral("pass_code changed"));
        else if (name == QLatin1String("custom_fields"))
            parts.append(QStringLiteral("custom_fields=")
                         + patch.customFieldSet.keys().join(QLatin1Char(',')));
        else
            parts.append(name + QLatin1Char('=') + TokenFields::value(after, name).toString());
    }
    return parts.join(QStringLiteral("; "));
}
} // namespace

// ---- operations ------------------------------------------------------------------------------

Result<TokenSettings> SqlTokenStore::settings()
{
    return transaction<TokenSettings>(Access::Read, [this]() { return loadSettings(); });
}

Result<void> SqlTokenStore::saveSettings(const TokenSettings& settings)
{
    QSet<QString> names;
    for (const Classification& classification : settings.classifications) {
        if (classification.name.trimmed().isEmpty())
            return Error(Error::Code::Validation, tr("A classification needs a name"),
                         QStringLiteral("classification"));
        if (names.contains(classification.name.toLower()))
            return Error(Error::Code::Validation,
                         tr("Two classifications are named \"%1\"").arg(classification.name),
                         QStringLiteral("classification"));
        names.insert(classification.name.toLower());
    }
    TokenSettings check;
    if (!check.setKeyValue(QStringLiteral("pass_code_hash.iterations"),
                           QString::number(settings.hashIterations))
        || !check.setKeyValue(QStringLiteral("pass_code_hash.memory_kib"),
                              QString::number(settings.hashMemoryKiB))
        || !check.setKeyValue(QStringLiteral("otp_lifetime_minutes"),
                              QString::number(settings.definition.otpLifetimeMinutes)))
        return Error(Error::Code::Validation, tr("The hash cost or the OTP lifetime is out of range"),
                     QStringLiteral("settings"));

    return transaction<void>(Access::Write, [&]() -> Result<void> {
        // The settings are deleted and written again: a second client saving at the same time
        // would otherwise write rows this save writes too, and be refused as a duplicate.
        if (const QString lock = m_dialect->lockTable(QStringLiteral("settings")); !lock.isEmpty())
            if (Result<QSqlQuery> locked = run(lock); !locked)
                return locked.error();
        Result<TokenSettings> current = loadSettings();
        if (!current)
            return current.error();
        QSet<QString> kept;
        QList<Classification> classifications = settings.classifications;
        for (Classification& classification : classifications) {
            if (classification.id.isEmpty())
                classification.id = SecretGenerator::hexId();
            kept.insert(classification.id);
        }
        for (const Classification& old : std::as_const(current->classifications)) {
            if (kept.contains(old.id))
                continue;
            Result<QSqlQuery> used
                = run(QStringLiteral("SELECT COUNT(*) FROM tokens WHERE classification_id = ?"), { old.id });
            if (!used)
                return used.error();
            if (used->next() && used->value(0).toLongLong() > 0)
                return Error(Error::Code::Validation,
                             tr("The classification \"%1\" cannot be removed: %2 tokens have it")
                                 .arg(old.name)
                                 .arg(used->value(0).toLongLong()),
                             QStringLiteral("classification"));
            Result<QSqlQuery> removed
                = run(QStringLiteral("DELETE FROM classifications WHERE id = ?"), { old.id });
            if (!removed)
                return removed.error();
        }
        Result<QSqlQuery> cleared = run(QStringLiteral("DELETE FROM settings"));
        if (!cleared)
            return cleared.error();
        auto writeValues = [this](const QString& scope, const QStringList& lines) -> Result<void> {
            for (const QString& line : lines) {
                const qsizetype equals = line.indexOf(QLatin1Char('='));
                Result<QSqlQuery> written
                    = run(QStringLiteral("INSERT INTO settings (scope, name, value) VALUES (?, ?, ?)"),
                          { scope, line.left(equals), line.mid(equals + 1) });
                if (!written)
                    return written.error();
            }
            return {};
        };
        if (Result<void> written = writeValues(definitionScope, settings.toKeyValues()); !written)
            return written;
        // Names are unique: renames go through a temporary name so swapping two names works.
        for (const Classification& classification : std::as_const(classifications)) {
            Result<QSqlQuery> renamed
                = run(QStringLiteral("UPDATE classifications SET name = ? WHERE id = ?"),
                      { QString(QStringLiteral("\x01") + classification.id), classification.id });
            if (!renamed)
                return renamed.error();
        }
        for (const Classification& classification : std::as_const(classifications)) {
            const QVariantList values = { classification.name, nullableText(classification.alternativeCode),
                                          nullableText(classification.description), classification.id };
            Result<QSqlQuery> updated
                = run(QStringLiteral("UPDATE classifications SET name = ?, "
                                     "alternative_code = ?, description = ? WHERE id = ?"),
                      values);
            if (!updated)
                return updated.error();
            if (updated->numRowsAffected() == 0) {
                Result<QSqlQuery> inserted = run(QStringLiteral("INSERT INTO classifications (name, "
                                                                "alternative_code, description, id) VALUES "
                                                                "(?, ?, ?, ?)"),
                                                 values);
                if (!inserted)
                    return inserted.error();
            }
            Result<QSqlQuery> keys
                = run(QStringLiteral("UPDATE tokens SET classification_key = ? WHERE "
                                     "classification_id = ? AND classification_key <> ?"),
                      { keyText(classification.name), classification.id, keyText(classification.name) });
            if (!keys)
                return keys.error();
            if (Result<void> written
                = writeValues(scopeOf(classification), ruleKeyValues(classification.rules));
                !written)
                return written;
        }
        return audit(QStringLiteral("save_settings"), AccessToken(),
                     tr("%1 classifications").arg(classifications.size()));
    });
}

Result<TokenResult> SqlTokenStore::create(const TokenPatch& fields)
{
    return transaction<TokenResult>(Access::Write, [&]() -> Result<TokenResult> {
        Result<TokenSettings> settings = loadSettings();
        if (!settings)
            return settings.error();
        Row row;
        if (Result<void> references = applyReferences(fields, *settings, row); !references)
            return references.error();
        const TokenRules& rules = settings->rulesFor(row.classificationId);
        AccessToken& t = row.token;
        fields.applyTo(t);
        TokenResult result;

        if (!fields.identifier.isSet()
            && rules.identifierGeneration != TokenRules::IdentifierGeneration::None) {
            for (int attempt = 0; attempt < generationAttempts && t.identifier.isEmpty(); ++attempt) {
                const QString candidate
                    = rules.identifierGeneration == TokenRules::IdentifierGeneration::AutoNumber
                    ? SecretGenerator::digits(10)
                    : SecretGenerator::alphanumeric(10);
                Result<QSqlQuery> taken
                    = run(QStringLiteral("SELECT 1 FROM tokens WHERE identifier = ?"), { candidate });
                if (!taken)
                    return taken.error();
                if (!taken->next())
                    t.identifier = candidate;
            }
        }
        if (!fields.authenticationCode.isSet()
            && rules.authenticationCodeGeneration == TokenRules::CodeGeneration::Auto)
            t.authenticationCode = SecretGenerator::hexId();

        const PassCodeHasher hasher = hasherFor(*settings);
        QString passCode = fields.passCode.isSet() ? fields.passCode.value() : QString();
        if (passCode.isEmpty() && !t.identifier.isEmpty()
            && rules.passCodeGeneration == TokenRules::CodeGeneration::Auto) {
            if (!t.isAssociated())
                return Error(Error::Code::Validation,
                             tr("A generated pass code must be sent to someone: give an accounts receivable "
                                "or a reward participant"),
                             QStringLiteral("accounts_receivable"));
            passCode = SecretGenerator::passCode(rules.passCodeRules);
            result.randomPassCode = passCode;
        }
        t.hasPassCode = !passCode.isEmpty();

        const QList<Error::Violation> violations
            = TokenValidator::validate(t, fields, rules, TokenValidator::Mode::Create);
        if (!violations.isEmpty())
            return Error::validation(violations);
        if (Result<void> unique = checkUnique(t, QString()); !unique)
            return unique.error();

        if (!passCode.isEmpty()) {
            row.passCodeHash = hasher.hash(passCode);
            if (row.passCodeHash.isEmpty())
                return Error(Error::Code::Storage, tr("The pass code could not be hashed"));
        }
        t.lifeCycleState = rules.initialState();
        if (rules.verificationRequired) {
            result.verificationCode = SecretGenerator::digits(codeDigits);
            row.verificationCodeHash = hasher.hash(result.verificationCode);
        }

        Result<qint64> sequence = [this]() -> Result<qint64> {
            QSqlQuery last;
            for (const QString& statement : m_dialect->nextNumberStatements()) {
                Result<QSqlQuery> query = run(statement);
                if (!query)
                    return query.error();
                last = std::move(query.value());
            }
            if (!last.next())
                return Error(Error::Code::Storage, tr("The store could not draw a token number"));
            return last.value(0).toLongLong();
        }();
        if (!sequence)
            return sequence.error();
        t.id = SecretGenerator::hexId();
        t.number = numberText(*sequence);
        const QDateTime now = m_clock->now().toUTC();
        t.logInformation = { now, now, m_user, m_user, m_unit, m_unit };
        t.version = 1;

        if (Result<void> written = writeRow(row, nullptr); !written)
            return written.error();
        if (!result.verificationCode.isEmpty()) {
            if (Result<void> queued = queueMessage(QStringLiteral("verification_code"), t, recipientOf(t),
                                                   tr("verification code issued"));
                !queued)
                return queued.error();
        }
        if (!result.randomPassCode.isEmpty()) {
            if (Result<void> queued = queueMessage(QStringLiteral("random_pass_code"), t, recipientOf(t),
                                                   tr("pass code generated"));
                !queued)
                return queued.error();
        }
        if (Result<void> audited = audit(Operations::toWire(Operation::Create), t, describePatch(fields, t));
            !audited)
            return audited.error();
        result.token = t;
        return result;
    });
}

Result<AccessToken> SqlTokenStore::show(const TokenRef& ref)
{
    return transaction<AccessToken>(Access::Read, [&]() -> Result<AccessToken> {
        Result<Row> row = resolve(ref, false);
        if (!row)
            return row.error();
        return row->token;
    });
}

Result<AccessToken> SqlTokenStore::update(const TokenRef& ref, const TokenPatch& patch)
{
    return transaction<AccessToken>(Access::Write, [&]() -> Result<AccessToken> {
        Result<Row> found = resolve(ref, true);
        if (!found)
            return found.error();
        Row row = *found;
        const AccessToken before = row.token;
        if (patch.expectedVersion && *patch.expectedVersion != before.version)
            return Error(
                Error::Code::Conflict,
                tr("The token %1 was changed by someone else (version %2, not %3); reload it and try "
                   "again")
                    .arg(before.number)
                    .arg(before.version)
                    .arg(*patch.expectedVersion),
                QStringLiteral("version"));
        if (patch.isEmpty())
            return before;

        Result<TokenSettings> settings = loadSettings();
        if (!settings)
            return settings.error();
        if (Result<void> references = applyReferences(patch, *settings, row); !references)
            return references.error();
        const TokenRules& rules = settings->rulesFor(row.classificationId);
        AccessToken& t = row.token;
        patch.applyTo(t);
        if (patch.passCode.isSet())
            t.hasPassCode = true;
        else if (patch.passCode.isNull())
            t.hasPassCode = false;

        const QList<Error::Violation> violations
            = TokenValidator::validate(t, patch, rules, TokenValidator::Mode::Update);
        if (!violations.isEmpty())
            return Error::validation(violations);
        if (Result<void> unique = checkUnique(t, t.id); !unique)
            return unique.error();

        if (patch.passCode.isSet()) {
            row.passCodeHash = hasherFor(*settings).hash(patch.passCode.value());
            if (row.passCodeHash.isEmpty())
                return Error(Error::Code::Storage, tr("The pass code could not be hashed"));
        } else if (patch.passCode.isNull()) {
            row.passCodeHash.clear();
        }
        QString details = describePatch(patch, t);
        if (before.isAssociated() && !t.isAssociated() && t.lifeCycleState == LifeCycleState::Effective
            && rules.deactivateWhenLastAssociationRemoved) {
            t.lifeCycleState = LifeCycleState::NotEffective;
            details += QStringLiteral("; life_cycle_state=NOT_EFFECTIVE (last association removed)");
        }
        touch(t);
        if (Result<void> written = writeRow(row, &found.value()); !written)
            return written.error();
        if (Result<void> audited = audit(Operations::toWire(Operation::Update), t, details); !audited)
            return audited.error();
        return t;
    });
}

Result<AccessToken> SqlTokenStore::changeState(const TokenRef& ref, Operation operation)
{
    return transaction<AccessToken>(Access::Write, [&]() -> Result<AccessToken> {
        Result<Row> found = resolve(ref, true);
        if (!found)
            return found.error();
        Row row = *found;
        AccessToken& t = row.token;
        if (Error refused = TransitionTable::check(operation, t.lifeCycleState); refused.isError())
            return refused;
        t.lifeCycleState = TransitionTable::target(operation, t.lifeCycleState).value_or(t.lifeCycleState);
        touch(t);
        if (Result<void> written = writeRow(row, &found.value()); !written)
            return written.error();
        if (Result<void> audited
            = audit(Operations::toWire(operation), t,
                    QStringLiteral("life_cycle_state=") + LifeCycleStates::toWire(t.lifeCycleState));
            !audited)
            return audited.error();
        return t;
    });
}

Result<AccessToken> SqlTokenStore::setEffective(const TokenRef& ref)
{
    return changeState(ref, Operation::SetEffective);
}

Result<AccessToken> SqlTokenStore::setNotEffective(const TokenRef& ref)
{
    return changeState(ref, Operation::SetNotEffective);
}

Result<AccessToken> SqlTokenStore::verify(const TokenRef& ref, const QString& verificationCode,
                                          const QString& newPassCode)
{
    return transaction<AccessToken>(Access::Write, [&]() -> Result<AccessToken> {
        Result<Row> found = resolve(ref, true);
        if (!found)
            return found.error();
        Row row = *found;
        AccessToken& t = row.token;
        if (Error refused = TransitionTable::check(Operation::Verify, t.lifeCycleState); refused.isError())
            return refused;
        if (verificationCode.isEmpty() || !PassCodeHasher::verify(verificationCode, row.verificationCodeHash))
            return Error(Error::Code::Validation, tr("The verification code is not correct"),
                         QStringLiteral("verification_code"));
        Result<TokenSettings> settings = loadSettings();
        if (!settings)
            return settings.error();
        if (!newPassCode.isEmpty()) {
            TokenPatch patch;
            patch.passCode = newPassCode;
            AccessToken after = t;
            after.hasPassCode = true;
            const QList<Error::Violation> violations = TokenValidator::validate(
                after, patch, settings->rulesFor(row.classificationId), TokenValidator::Mode::Update);
            if (!violations.isEmpty())
                return Error::validation(violations);
            row.passCodeHash = hasherFor(*settings).hash(newPassCode);
            t.hasPassCode = true;
        }
        row.verificationCodeHash.clear();
        t.lifeCycleState = LifeCycleState::Effective;
        t.verifiedDate = m_clock->now().toUTC();
        touch(t);
        if (Result<void> written = writeRow(row, &found.value()); !written)
            return written.error();
        if (Result<void> audited
            = audit(Operations::toWire(Operation::Verify), t,
                    newPassCode.isEmpty() ? QStringLiteral("verified")
                                          : QStringLiteral("verified; pass_code changed"));
            !audited)
            return audited.error();
        return t;
    });
}

Result<TokenResult> SqlTokenStore::resetVerificationCode(const TokenRef& ref)
{
    return transaction<TokenResult>(Access::Write, [&]() -> Result<TokenResult> {
        Result<Row> found = resolve(ref, true);
        if (!found)
            return found.error();
        Row row = *found;
        if (Error refused
            = TransitionTable::check(Operation::ResetVerificationCode, row.token.lifeCycleState);
            refused.isError())
            return refused;
        Result<TokenSettings> settings = loadSettings();
        if (!settings)
            return settings.error();
        TokenResult result;
        result.verificationCode = SecretGenerator::digits(codeDigits);
        row.verificationCodeHash = hasherFor(*settings).hash(result.verificationCode);
        touch(row.token);
        if (Result<void> written = writeRow(row, &found.value()); !written)
            return written.error();
        if (Result<void> queued = queueMessage(QStringLiteral("verification_code"), row.token,
                                               recipientOf(row.token), tr("verification code issued"));
            !queued)
            return queued.error();
        if (Result<void> audited = audit(Operations::toWire(Operation::ResetVerificationCode), row.token,
                                         QStringLiteral("verification_code changed"));
            !audited)
            return audited.error();
        result.token = row.token;
        return result;
    });
}

Result<TokenResult> SqlTokenStore::resetPassCode(const TokenRef& ref)
{
    return transaction<TokenResult>(Access::Write, [&]() -> Result<TokenResult> {
        Result<Row> found = resolve(ref, true);
        if (!found)
            return found.error();
        Row row = *found;
        if (Error refused = TransitionTable::check(Operation::ResetPassCode, row.token.lifeCycleState);
            refused.isError())
            return refused;
        if (row.token.identifier.isEmpty())
            return Error(
                Error::Code::Validation,
                tr("The token %1 has no identifier, so a pass code would be of no use").arg(row.token.number),
                QStringLiteral("identifier"));
        Result<TokenSettings> settings = loadSettings();
        if (!settings)
            return settings.error();
        TokenResult result;
        result.randomPassCode
            = SecretGenerator::passCode(settings->rulesFor(row.classificationId).passCodeRules);
        row.passCodeHash = hasherFor(*settings).hash(result.randomPassCode);
        row.token.hasPassCode = true;
        touch(row.token);
        if (Result<void> written = writeRow(row, &found.value()); !written)
            return written.error();
        if (Result<void> queued = queueMessage(QStringLiteral("random_pass_code"), row.token,
                                               recipientOf(row.token), tr("pass code reset"));
            !queued)
            return queued.error();
        if (Result<void> audited = audit(Operations::toWire(Operation::ResetPassCode), row.token,
                                         QStringLiteral("pass_code changed"));
            !audited)
            return audited.error();
        result.token = row.token;
        return result;
    });
}

Result<void> SqlTokenStore::forgotPassCode(const QString& identifier)
{
    return transaction<void>(Access::Write, [&]() -> Result<void> {
        const TokenRef ref = TokenRef::byIdentifier(identifier);
        Result<std::optional<Row>> found
            = selectRow(QStringLiteral("t.identifier = ?"), { identifier }, true);
        if (!found)
            return found.error();
        if (!found->has_value())
            return notFound(ref);
        const AccessToken& t = (*found)->token;
        if (Error refused = TransitionTable::check(Operation::ForgotPassCode, t.lifeCycleState);
            refused.isError())
            return refused;
        if (!isEmail(t.identifier))
            return Error(Error::Code::Validation,
                         tr("forgot_pass_code needs a token whose identifier is an e-mail address"),
                         QStringLiteral("identifier"));
        if (Result<void> queued
            = queueMessage(QStringLiteral("forgot_pass_code"), t, t.identifier, tr("pass code reset e-mail"));
            !queued)
            return queued;
        return audit(Operations::toWire(Operation::ForgotPassCode), t, QStringLiteral("reset e-mail queued"));
    });
}

Result<void> SqlTokenStore::changePassCode(const TokenRef& ref, const QString& currentPassCode,
                                           const QString& newPassCode)
{
    return transaction<void>(Access::Write, [&]() -> Result<void> {
        Result<Row> found = resolve(ref, true);
        if (!found)
            return found.error();
        Row row = *found;
        AccessToken& t = row.token;
        if (Error refused = TransitionTable::check(Operation::ChangePassCode, t.lifeCycleState);
            refused.isError())
            return refused;
        if (!isEmail(t.identifier))
            return Error(Error::Code::Validation,
                         tr("change_pass_code needs a token whose identifier is an e-mail address"),
                         QStringLiteral("identifier"));
        if (currentPassCode.isEmpty() || !PassCodeHasher::verify(currentPassCode, row.passCodeHash))
            return Error(Error::Code::Validation, tr("The current pass code is not correct"),
                         QStringLiteral("pass_code"));
        Result<TokenSettings> settings = loadSettings();
        if (!settings)
            return settings.error();
        const QList<Error::Violation> violations
            = TokenValidator::validatePassCode(newPassCode, settings->rulesFor(row.classificationId));
        if (!violations.isEmpty())
            return Error::validation(violations);
        row.passCodeHash = hasherFor(*settings).hash(newPassCode);
        touch(t);
        if (Result<void> written = writeRow(row, &found.value()); !written)
            return written;
        return audit(Operations::toWire(Operation::ChangePassCode), t, QStringLiteral("pass_code changed"));
    });
}

Result<TokenResult> SqlTokenStore::generateOtp(const TokenRef& ref)
{
    return transaction<TokenResult>(Access::Write, [&]() -> Result<TokenResult> {
        Result<Row> found = resolve(ref, true);
        if (!found)
            return found.error();
        const AccessToken& t = found->token;
        if (Error refused = TransitionTable::check(Operation::GenerateOtp, t.lifeCycleState);
            refused.isError())
            return refused;
        Result<TokenSettings> settings = loadSettings();
        if (!settings)
            return settings.error();
        const QDateTime now = m_clock->now().toUTC();
        Result<QSqlQuery> pruned
            = run(QStringLiteral(
                      "DELETE FROM one_time_passwords WHERE token_id = ? AND (used = 1 OR expires_at <= ?)"),
                  { t.id, SqlTokenFilter::storedDateTime(now) });
        if (!pruned)
            return pruned.error();
        TokenResult result;
        result.token = t;
        result.oneTimePassword = SecretGenerator::digits(codeDigits);
        result.expirationDate
            = now.addSecs(qint64(settings->rulesFor(found->classificationId).otpLifetimeMinutes) * 60);
        Result<QSqlQuery> stored = run(
            QStringLiteral(
                "INSERT INTO one_time_passwords (token_id, hash, expires_at, used) VALUES (?, ?, ?, 0)"),
            { t.id, hasherFor(*settings).hash(result.oneTimePassword),
              SqlTokenFilter::storedDateTime(result.expirationDate) });
        if (!stored)
            return stored.error();
        if (Result<void> audited
            = audit(Operations::toWire(Operation::GenerateOtp), t,
                    QStringLiteral("expires ") + SqlTokenFilter::storedDateTime(result.expirationDate));
            !audited)
            return audited.error();
        return result;
    });
}

Result<AccessToken> SqlTokenStore::remove(const TokenRef& ref)
{
    return transaction<AccessToken>(Access::Write, [&]() -> Result<AccessToken> {
        Result<Row> found = resolve(ref, true);
        if (!found)
            return found.error();
        const AccessToken& t = found->token;
        if (Error refused = TransitionTable::check(Operation::Delete, t.lifeCycleState); refused.isError())
            return refused;
        Result<QSqlQuery> removed = run(QStringLiteral("DELETE FROM tokens WHERE id = ?"), { t.id });
        if (!removed)
            return removed.error();
        if (Result<void> notified = notifyChanged(t.id); !notified)
            return notified.error();
        if (Result<void> audited = audit(Operations::toWire(Operation::Delete), t, QString()); !audited)
            return audited.error();
        return t;
    });
}

Result<QList<AccessToken>> SqlTokenStore::list(const TokenQuery& query)
{
    return transaction<QList<AccessToken>>(Access::Read, [&]() -> Result<QList<AccessToken>> {
        QString classificationId;
        if (!query.classification.isEmpty()) {
            Result<TokenSettings> settings = loadSettings();
            if (!settings)
                return settings.error();
            const std::optional<Classification> found = settings->findClassification(query.classification);
            if (!found)
                return Error(Error::Code::NotFound,
                             tr("There is no classification \"%1\"").arg(query.classification),
                             QStringLiteral("classification"));
            classificationId = found->id;
        }
        Result<SqlTokenFilter::Clause> clause
            = SqlTokenFilter::build(query, classificationId, true, *m_dialect);
        if (!clause)
            return clause.error();
        const bool keyset = query.afterValue.has_value();
        Result<QList<Row>> rows = selectRows(clause->where + clause->orderBy
                                                 + m_dialect->paging(query.limit, keyset ? 0 : query.offset),
                                             clause->bindings);
        if (!rows)
            return rows.error();
        QList<AccessToken> tokens;
        tokens.reserve(rows->size());
        for (const Row& row : std::as_const(*rows))
            tokens.append(row.token);
        if (clause->reversed)
            std::reverse(tokens.begin(), tokens.end());
        return tokens;
    });
}

Result<qint64> SqlTokenStore::count(const TokenQuery& query)
{
    return transaction<qint64>(Access::Read, [&]() -> Result<qint64> {
        QString classificationId;
        if (!query.classification.isEmpty()) {
            Result<TokenSettings> settings = loadSettings();
            if (!settings)
                return settings.error();
            const std::optional<Classification> found = settings->findClassification(query.classification);
            if (!found)
                return Error(Error::Code::NotFound,
                             tr("There is no classification \"%1\"").arg(query.classification),
                             QStringLiteral("classification"));
            classificationId = found->id;
        }
        // Limit and offset do not narrow a count; a keyset does (the rows before or after a token).
        TokenQuery rows = query.withoutPaging();
        rows.afterValue = query.afterValue;
        rows.afterNumber = query.afterNumber;
        rows.before = query.before;
        Result<SqlTokenFilter::Clause> clause
            = SqlTokenFilter::build(rows, classificationId, rows.afterValue.has_value(), *m_dialect);
        if (!clause)
            return clause.error();
        Result<QSqlQuery> counted
            = run(QStringLiteral("SELECT COUNT(*) FROM tokens t") + clause->where, clause->bindings);
        if (!counted)
            return counted.error();
        return counted->next() ? counted->value(0).toLongLong() : qint64(0);
    });
}

Result<QList<AccountsReceivable>> SqlTokenStore::accounts(const QString& numberOrNamePrefix, int limit)
{
    return transaction<QList<AccountsReceivable>>(Access::Read, [&]() -> Result<QList<AccountsReceivable>> {
        QString sql = QStringLiteral(
            "SELECT id, number, name, life_cycle_state, owner_name FROM accounts_receivable");
        QVariantList bindings;
        if (!numberOrNamePrefix.isEmpty()) {
            const QString prefix = numberOrNamePrefix.toLower();
            const QString end = SqlTokenFilter::prefixEnd(prefix);
            sql += QStringLiteral(
                " WHERE (number_key >= ? AND number_key < ?) OR (name_key >= ? AND name_key < ?)");
            bindings << prefix << end << prefix << end;
        }
        sql += QStringLiteral(" ORDER BY number_key") + m_dialect->paging(limit, 0);
        Result<QSqlQuery> query = run(sql, bindings);
        if (!query)
            return query.error();
        QList<AccountsReceivable> found;
        while (query->next())
            found.append({ query->value(0).toString(), query->value(1).toString(), query->value(2).toString(),
                           query->value(3).toString(), query->value(4).toString() });
        return found;
    });
}

Result<AccountsReceivable> SqlTokenStore::addAccount(const AccountsReceivable& account)
{
    if (account.number.trimmed().isEmpty())
        return Error(Error::Code::Validation, tr("An accounts receivable needs a number"),
                     QStringLiteral("number"));
    return transaction<AccountsReceivable>(Access::Write, [&]() -> Result<AccountsReceivable> {
        AccountsReceivable stored = account;
        if (stored.id.isEmpty())
            stored.id = SecretGenerator::hexId();
        Result<std::optional<AccountsReceivable>> existing = findAccount(stored.number);
        if (!existing)
            return existing.error();
        if (existing->has_value())
            return Error(Error::Code::DuplicateIdentifier,
                         tr("There is already an accounts receivable %1").arg(stored.number),
                         QStringLiteral("number"));
        Result<QSqlQuery> inserted = run(
            QStringLiteral("INSERT INTO accounts_receivable (id, number, number_key, name, name_key, "
                           "life_cycle_state, owner_name) VALUES (?, ?, ?, ?, ?, ?, ?)"),
            { stored.id, stored.number, keyText(stored.number), nullableText(stored.name),
              keyText(stored.name), nullableText(stored.lifeCycleState), nullableText(stored.ownerName) });
        if (!inserted)
            return inserted.error();
        return stored;
    });
}

Result<QList<RewardParticipant>> SqlTokenStore::participants(const QString& numberPrefix, int limit)
{
    return transaction<QList<RewardParticipant>>(Access::Read, [&]() -> Result<QList<RewardParticipant>> {
        QString sql = QStringLiteral("SELECT id, number, life_cycle_state FROM reward_participants");
        QVariantList bindings;
        if (!numberPrefix.isEmpty()) {
            const QString prefix = numberPrefix.toLower();
            sql += QStringLiteral(" WHERE number_key >= ? AND number_key < ?");
            bindings << prefix << SqlTokenFilter::prefixEnd(prefix);
        }
        sql += QStringLiteral(" ORDER BY number_key") + m_dialect->paging(limit, 0);
        Result<QSqlQuery> query = run(sql, bindings);
        if (!query)
            return query.error();
        QList<RewardParticipant> found;
        while (query->next())
            found.append(
                { query->value(0).toString(), query->value(1).toString(), query->value(2).toString() });
        return found;
    });
}

Result<RewardParticipant> SqlTokenStore::addParticipant(const RewardParticipant& participant)
{
    if (participant.number.trimmed().isEmpty())
        return Error(Error::Code::Validation, tr("A reward participant needs a number"),
                     QStringLiteral("number"));
    return transaction<RewardParticipant>(Access::Write, [&]() -> Result<RewardParticipant> {
        RewardParticipant stored = participant;
        if (stored.id.isEmpty())
            stored.id = SecretGenerator::hexId();
        Result<std::optional<RewardParticipant>> existing = findParticipant(stored.number);
        if (!existing)
            return existing.error();
        if (existing->has_value())
            return Error(Error::Code::DuplicateIdentifier,
                         tr("There is already a reward participant %1").arg(stored.number),
                         QStringLiteral("number"));
        Result<QSqlQuery> inserted
            = run(QStringLiteral("INSERT INTO reward_participants (id, number, number_key, "
                                 "life_cycle_state) VALUES (?, ?, ?, ?)"),
                  { stored.id, stored.number, keyText(stored.number), nullableText(stored.lifeCycleState) });
        if (!inserted)
            return inserted.error();
        return stored;
    });
}

Result<QList<AuditEntry>> SqlTokenStore::auditTrail(const TokenRef& ref, int limit)
{
    return transaction<QList<AuditEntry>>(Access::Read, [&]() -> Result<QList<AuditEntry>> {
        QString condition;
        QVariant value = ref.value();
        std::optional<Row> token;
        // A deleted token keeps its trail: id and number are looked up in the trail itself.
        if (ref.kind() == TokenRef::Kind::Id) {
            condition = QStringLiteral("token_id = ?");
            value = ref.value().toUpper();
        } else if (ref.kind() == TokenRef::Kind::Number) {
            condition = QStringLiteral("token_number = ?");
        } else {
            // Resolved once: an identifier's one-time password is used up by it.
            Result<Row> row = resolve(ref, false);
            if (!row)
                return row.error();
            condition = QStringLiteral("token_id = ?");
            value = row->token.id;
            token = *row;
        }
        Result<QSqlQuery> query
            = run(QStringLiteral("SELECT id, at, user_name, unit, operation, token_id, "
                                 "token_number, details FROM audit_trail WHERE ")
                      + condition + QStringLiteral(" ORDER BY id DESC") + m_dialect->paging(limit, 0),
                  { value });
        if (!query)
            return query.error();
        QList<AuditEntry> entries;
        while (query->next()) {
            AuditEntry entry;
            entry.id = query->value(0).toLongLong();
            entry.when = SqlTokenFilter::loadedDateTime(query->value(1));
            entry.user = query->value(2).toString();
            entry.unit = query->value(3).toString();
            entry.operation = query->value(4).toString();
            entry.tokenId = query->value(5).toString();
            entry.tokenNumber = query->value(6).toString();
            entry.details = query->value(7).toString();
            entries.append(entry);
        }
        // Among the newest lines, where the imports' times put them. A deleted token has none.
        if (!token) {
            Result<Row> found = resolve(ref, false);
            if (!found && found.error().code() != Error::Code::NotFound)
                return found.error();
            if (found)
                token = *found;
        }
        if (!token)
            return entries;
        Result<QList<AuditEntry>> imports = importLines(*token);
        if (!imports)
            return imports.error();
        entries.append(*imports);
        std::stable_sort(entries.begin(), entries.end(),
                         [](const AuditEntry& a, const AuditEntry& b) { return a.when > b.when; });
        if (limit > 0 && entries.size() > limit)
            entries.resize(limit);
        return entries;
    });
}

Result<QList<AuditEntry>> SqlTokenStore::importLines(const Row& row) const
{
    // An import writes one line for the whole file (SqlImportSession::commit), not one for each
    // token it creates or updates: a token's own lines are read from the imports' records. The
    // updates are looked up import by import, along import_updates' key.
    Result<QSqlQuery> query = run(
        QStringLiteral("SELECT i.id, i.started_at, i.user_name, i.unit, i.file_name, i.status, 1 "
                       "FROM tokens t JOIN imports i ON i.id = t.import_id WHERE t.id = ? "
                       "UNION ALL SELECT i.id, i.started_at, i.user_name, i.unit, i.file_name, i.status, 0 "
                       "FROM imports i WHERE EXISTS (SELECT 1 FROM import_updates u "
                       "WHERE u.import_id = i.id AND u.token_id = ?)"),
        { row.token.id, row.token.id });
    if (!query)
        return query.error();
    QList<AuditEntry> lines;
    while (query->next()) {
        AuditEntry entry;
        entry.when = SqlTokenFilter::loadedDateTime(query->value(1));
        entry.user = query->value(2).toString();
        entry.unit = query->value(3).toString();
        entry.operation = QStringLiteral("import");
        entry.tokenId = row.token.id;
        entry.tokenNumber = row.token.number;
        entry.details = (query->value(6).toInt() == 1 ? QStringLiteral("created by import %1 of %2")
                                                      : QStringLiteral("updated by import %1 of %2"))
                            .arg(query->value(0).toLongLong())
                            .arg(query->value(4).toString());
        if (query->value(5).toString() == QLatin1String("undone"))
            entry.details += QStringLiteral(" (undone)");
        lines.append(entry);
    }
    return lines;
}

Result<std::unique_ptr<TokenImportSession>> SqlTokenStore::beginImport(const ImportSessionOptions& options)
{
    return SqlImportSession::begin(*this, options);
}

Result<QList<ImportRecord>> SqlTokenStore::imports(int limit)
{
    return transaction<QList<ImportRecord>>(Access::Read,
                                            [&]() { return SqlImportHistory(*this).list(limit); });
}

Result<ImportRecord> SqlTokenStore::undoImport(qint64 importId)
{
    return transaction<ImportRecord>(Access::Write, [&]() { return SqlImportHistory(*this).undo(importId); });
}

Result<ImportRecord> SqlTokenStore::checkUndoImport(qint64 importId)
{
    return transaction<ImportRecord>(Access::Read, [&]() { return SqlImportHistory(*this).check(importId); });
}
