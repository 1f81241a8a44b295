#include "MemoryTokenStore.h"

#include "SecretGenerator.h"
#include "TokenField.h"
#include "TokenValidator.h"
#include "TransitionTable.h"

#include <QMutexLocker>
#include <algorithm>

namespace {
QDateTime fixedNow()
{
    return QDateTime(QDate(2026, 1, 1), QTime(9, 0), Qt::UTC);
}

int compareValues(const QVariant& a, const QVariant& b)
{
    if (!a.isValid() || !b.isValid())
        return a.isValid() - b.isValid();
    if (a.typeId() == QMetaType::QDateTime)
        return a.toDateTime() < b.toDateTime() ? -1 : (b.toDateTime() < a.toDateTime() ? 1 : 0);
    return QString::compare(a.toString(), b.toString(), Qt::CaseInsensitive);
}

Error notFound()
{
    // Named as the SQL stores name it: the token's id is the field not found.
    return Error(Error::Code::NotFound, QStringLiteral("Token not found"), QStringLiteral("id"));
}
} // namespace

MemoryTokenStore::MemoryTokenStore()
{
    Classification gold;
    gold.id = QStringLiteral("C1");
    gold.name = QStringLiteral("Gold");
    gold.rules.passCodeRules.minimumLength = 8;
    m_settings.classifications.append(gold);
    m_accounts.append({ QStringLiteral("A1"), QStringLiteral("ACR0001"), QStringLiteral("Ada Lovelace"),
                        QStringLiteral("ACTIVE"), QStringLiteral("Ada Lovelace") });
    m_participants.append({ QStringLiteral("P1"), QStringLiteral("RP0001"), QStringLiteral("ACTIVE") });
}

void MemoryTokenStore::seed(int count)
{
    QMutexLocker lock(&m_mutex);
    m_tokens.reserve(m_tokens.size() + count);
    for (int i = 0; i < count; ++i) {
        AccessToken token;
        token.id = QStringLiteral("%1").arg(m_nextNumber, 32, 16, QLatin1Char('0')).toUpper();
        token.number = QStringLiteral("AT%1").arg(m_nextNumber, 10, 10, QLatin1Char('0'));
        token.identifier = QStringLiteral("user%1@example.org").arg(m_nextNumber);
        token.authenticationCode = QStringLiteral("AC%1").arg(m_nextNumber, 8, 10, QLatin1Char('0'));
        token.logInformation.createdDate = fixedNow().addSecs(m_nextNumber);
        token.logInformation.updatedDate = token.logInformation.createdDate;
        token.hasPassCode = true;
        token.version = 1;
        m_tokens.append(token);
        ++m_nextNumber;
    }
}

void MemoryTokenStore::touch(const QString& id, const QString& udfString1)
{
    QMutexLocker lock(&m_mutex);
    const int i = find(TokenRef::byId(id));
    if (i < 0)
        return;
    m_tokens[i].udfString[0] = udfString1;
    ++m_tokens[i].version;
}

void MemoryTokenStore::loseNextUpdateReply(const Error& error)
{
    QMutexLocker lock(&m_mutex);
    m_lostUpdateReply = error;
}

QList<TokenQuery> MemoryTokenStore::queries() const
{
    QMutexLocker lock(&m_mutex);
    return m_queries;
}

QString MemoryTokenStore::lastVerificationCode() const
{
    QMutexLocker lock(&m_mutex);
    return m_lastVerificationCode;
}

Result<void> MemoryTokenStore::open()
{
    if (!m_openRefusal.isEmpty())
        return Error(Error::Code::Auth, m_openRefusal);
    return Result<void>();
}

QString MemoryTokenStore::description() const
{
    return QStringLiteral("memory");
}

StoreCapabilities MemoryTokenStore::capabilities() const
{
    return StoreCapabilities();
}

void MemoryTokenStore::setActor(const QString&, const QString&) { }

Result<TokenSettings> MemoryTokenStore::settings()
{
    QMutexLocker lock(&m_mutex);
    return m_settings;
}

Result<void> MemoryTokenStore::saveSettings(const TokenSettings& settings)
{
    QMutexLocker lock(&m_mutex);
    m_settings = settings;
    return Result<void>();
}

Result<TokenResult> MemoryTokenStore::create(const TokenPatch& fields)
{
    QMutexLocker lock(&m_mutex);
    AccessToken token;
    fields.applyTo(token);
    const TokenRules& rules = m_settings.rulesFor(fields.classification.value());
    token.hasPassCode = fields.passCode.isSet();
    const QList<Error::Violation> violations
        = TokenValidator::validate(token, fields, rules, TokenValidator::Mode::Create);
    if (!violations.isEmpty())
        return Error::validation(violations);
    for (const AccessToken& other : std::as_const(m_tokens)) {
        if (!token.identifier.isEmpty() && other.identifier == token.identifier)
            return Error(Error::Code::DuplicateIdentifier, QStringLiteral("identifier is taken"),
                         QStringLiteral("identifier"));
    }
    token.id = SecretGenerator::hexId();
    token.number = QStringLiteral("AT%1").arg(m_nextNumber++, 10, 10, QLatin1Char('0'));
    if (token.authenticationCode.isEmpty())
        token.authenticationCode = SecretGenerator::hexId();
    if (fields.classification.isSet()) {
        if (const auto c = m_settings.findClassification(fields.classification.value()))
            token.classification = c->ref();
    }
    if (fields.accountsReceivable.isSet())
        token.accountsReceivable = m_accounts.value(0);
    token.logInformation.createdDate = fixedNow();
    token.logInformation.updatedDate = fixedNow();
    token.version = 1;
    TokenResult result;
    if (rules.verificationRequired) {
        token.lifeCycleState = LifeCycleState::PendingVerification;
        result.verificationCode = SecretGenerator::digits(6);
        m_verificationCodes.insert(token.id, result.verificationCode);
        m_lastVerificationCode = result.verificationCode;
    }
    if (fields.passCode.isSet())
        m_passCodes.insert(token.id, fields.passCode.value());
    m_tokens.append(token);
    audit(token, QStringLiteral("create"), QString());
    result.token = token;
    return result;
}

Result<AccessToken> MemoryTokenStore::show(const TokenRef& ref)
{
    QMutexLocker lock(&m_mutex);
    const int i = find(ref);
    if (i < 0)
        return notFound();
    return m_tokens.at(i);
}

Result<AccessToken> MemoryTokenStore::update(const TokenRef& ref, const TokenPatch& patch)
{
    QMutexLocker lock(&m_mutex);
    const int i = find(ref);
    if (i < 0)
        return notFound();
    AccessToken token = m_tokens.at(i);
    if (patch.expectedVersion && *patch.expectedVersion != token.version)
        return Error(Error::Code::Conflict, QStringLiteral("The token was changed by someone else"));
    patch.applyTo(token);
    for (const AccessToken& other : std::as_const(m_tokens)) {
        if (other.id != token.id && !token.identifier.isEmpty() && other.identifier == token.identifier)
            return Error(Error::Code::DuplicateIdentifier,
                         QStringLiteral("Another token already has this identifier"),
                         QStringLiteral("identifier"));
    }
    if (patch.classification.isNull())
        token.classification.reset();
    else if (patch.classification.isSet())
        token.classification = m_settings.findClassification(patch.classification.value())->ref();
    ++token.version;
    token.logInformation.updatedDate = fixedNow().addSecs(token.version);
    m_tokens[i] = token;
    // As the SQL stores word it: each field with its new value.
    QStringList details;
    for (const QString& name : patch.fieldNames())
        details.append(name + QLatin1Char('=') + TokenFields::value(token, name).toString());
    audit(token, QStringLiteral("update"), details.join(QStringLiteral("; ")));
    if (const std::optional<Error> lost = std::exchange(m_lostUpdateReply, std::nullopt))
        return *lost;
    return token;
}

Result<AccessToken> MemoryTokenStore::transition(const TokenRef& ref, Operation operation)
{
    const int i = find(ref);
    if (i < 0)
        return notFound();
    const Error error = TransitionTable::check(operation, m_tokens.at(i).lifeCycleState);
    if (error.isError())
        return error;
    if (const auto target = TransitionTable::target(operation, m_tokens.at(i).lifeCycleState))
        m_tokens[i].lifeCycleState = *target;
    ++m_tokens[i].version;
    audit(m_tokens.at(i), Operations::toWire(operation), QString());
    return m_tokens.at(i);
}

Result<AccessToken> MemoryTokenStore::setEffective(const TokenRef& ref)
{
    QMutexLocker lock(&m_mutex);
    return transition(ref, Operation::SetEffective);
}

Result<AccessToken> MemoryTokenStore::setNotEffective(const TokenRef& ref)
{
    QMutexLocker lock(&m_mutex);
    return transition(ref, Operation::SetNotEffective);
}

Result<AccessToken> MemoryTokenStore::verify(const TokenRef& ref, const QString& verificationCode,
                                             const QString& passCode)
{
    QMutexLocker lock(&m_mutex);
    const int i = find(ref);
    if (i < 0)
        return notFound();
    if (m_tokens.at(i).lifeCycleState == LifeCycleState::PendingVerification
        && m_verificationCodes.value(m_tokens.at(i).id) != verificationCode)
        return Error(Error::Code::Validation, QStringLiteral("The verification code is wrong"),
                     QStringLiteral("verification_code"));
    if (!passCode.isEmpty()) {
        const QString classification
            = m_tokens.at(i).classification ? m_tokens.at(i).classification->name : QString();
        const QList<Error::Violation> violations
            = TokenValidator::validatePassCode(passCode, m_settings.rulesFor(classification));
        if (!violations.isEmpty())
            return Error::validation(violations);
    }
    Result<AccessToken> result = transition(ref, Operation::Verify);
    if (result.ok())
        m_tokens[i].verifiedDate = fixedNow();
    return result.ok() ? Result<AccessToken>(m_tokens.at(i)) : result;
}

Result<TokenResult> MemoryTokenStore::resetVerificationCode(const TokenRef& ref)
{
    QMutexLocker lock(&m_mutex);
    Result<AccessToken> token = transition(ref, Operation::ResetVerificationCode);
    if (!token.ok())
        return token.error();
    TokenResult result { token.value(), {}, SecretGenerator::digits(6), {}, {} };
    m_verificationCodes.insert(token->id, result.verificationCode);
    m_lastVerificationCode = result.verificationCode;
    return result;
}

Result<TokenResult> MemoryTokenStore::resetPassCode(const TokenRef& ref)
{
    QMutexLocker lock(&m_mutex);
    Result<AccessToken> token = transition(ref, Operation::ResetPassCode);
    if (!token.ok())
        return token.error();
    return TokenResult { token.value(), SecretGenerator::passCode({}), {}, {}, {} };
}

Result<void> MemoryTokenStore::forgotPassCode(const QString&)
{
    return Result<void>();
}

Result<void> MemoryTokenStore::changePassCode(const TokenRef& ref, const QString& current,
                                              const QString& newPassCode)
{
    QMutexLocker lock(&m_mutex);
    const int i = find(ref);
    if (i >= 0 && m_passCodes.value(m_tokens.at(i).id) != current)
        return Error(Error::Code::Validation, QStringLiteral("The current pass code is not correct"),
                     QStringLiteral("pass_code"));
    Result<AccessToken> token = transition(ref, Operation::ChangePassCode);
    if (!token.ok())
        return token.error();
    m_passCodes.insert(token->id, newPassCode);
    return {};
}

Result<TokenResult> MemoryTokenStore::generateOtp(const TokenRef& ref)
{
    QMutexLocker lock(&m_mutex);
    Result<AccessToken> token = transition(ref, Operation::GenerateOtp);
    if (!token.ok())
        return token.error();
    return TokenResult { token.value(), {}, {}, SecretGenerator::digits(6), fixedNow().addSecs(600) };
}

Result<AccessToken> MemoryTokenStore::remove(const TokenRef& ref)
{
    QMutexLocker lock(&m_mutex);
    const int i = find(ref);
    if (i < 0)
        return notFound();
    const Error error = TransitionTable::check(Operation::Delete, m_tokens.at(i).lifeCycleState);
    if (error.isError())
        return error;
    return m_tokens.takeAt(i);
}

QList<int> MemoryTokenStore::matching(const TokenQuery& query) const
{
    QList<int> rows;
    const QString search = query.search.toLower();
    for (int i = 0; i < m_tokens.size(); ++i) {
        const AccessToken& token = m_tokens.at(i);
        if (query.state && token.lifeCycleState != *query.state)
            continue;
        if (query.association == TokenQuery::Association::NotAssociated && token.isAssociated())
            continue;
        if (query.association == TokenQuery::Association::Associated && !token.isAssociated())
            continue;
        if (!search.isEmpty() && !token.identifier.toLower().startsWith(search)
            && !token.authenticationCode.toLower().startsWith(search)
            && !token.number.toLower().startsWith(search))
            continue;
        bool keep = true;
        for (auto it = query.columnFilters.cbegin(); it != query.columnFilters.cend(); ++it) {
            if (!TokenFields::value(token, it.key()).toString().startsWith(it.value(), Qt::CaseInsensitive))
                keep = false;
        }
        if (keep)
            rows.append(i);
    }
    const QString field = query.sortField;
    const bool descending = query.descending;
    // Tokens are kept in number order, so the default order needs no sort (100,000 rows).
    if (field == QLatin1String("number")) {
        if (descending)
            std::reverse(rows.begin(), rows.end());
        return rows;
    }
    std::stable_sort(rows.begin(), rows.end(), [&](int a, int b) {
        int c = compareValues(TokenFields::value(m_tokens.at(a), field),
                              TokenFields::value(m_tokens.at(b), field));
        if (c == 0)
            c = QString::compare(m_tokens.at(a).number, m_tokens.at(b).number);
        return descending ? c > 0 : c < 0;
    });
    return rows;
}

Result<QList<AccessToken>> MemoryTokenStore::list(const TokenQuery& query)
{
    if (m_failLists)
        return Error(Error::Code::Network, QStringLiteral("The store went away"));
    QMutexLocker lock(&m_mutex);
    m_queries.append(query);
    QList<int> rows = matching(query);
    int start = query.offset;
    if (query.afterValue) {
        start = 0;
        while (start < rows.size()) {
            const AccessToken& token = m_tokens.at(rows.at(start));
            int c = compareValues(TokenFields::value(token, query.sortField), *query.afterValue);
            if (c == 0)
                c = QString::compare(token.number, query.afterNumber);
            if (query.descending ? c < 0 : c > 0)
                break;
            ++start;
        }
    }
    QList<AccessToken> page;
    for (int i = start; i < rows.size() && page.size() < query.limit; ++i)
        page.append(m_tokens.at(rows.at(i)));
    m_rowsListed += page.size();
    return page;
}

Result<qint64> MemoryTokenStore::count(const TokenQuery& query)
{
    if (m_failCounts)
        return Error(Error::Code::Network, QStringLiteral("The store went away"));
    QMutexLocker lock(&m_mutex);
    const QList<int> rows = matching(query);
    if (!query.afterValue)
        return qint64(rows.size());
    qint64 counted = 0;
    for (int row : rows) {
        const AccessToken& token = m_tokens.at(row);
        int c = compareValues(TokenFields::value(token, query.sortField), *query.afterValue);
        if (c == 0)
            c = QString::compare(token.number, query.afterNumber);
        if (query.descending)
            c = -c;
        if (query.before ? c < 0 : c > 0)
            ++counted;
    }
    return counted;
}

Result<QList<AccountsReceivable>> MemoryTokenStore::accounts(const QString&, int)
{
    QMutexLocker lock(&m_mutex);
    return m_accounts;
}

Result<AccountsReceivable> MemoryTokenStore::addAccount(const AccountsReceivable& account)
{
    QMutexLocker lock(&m_mutex);
    // As every store does: a number is in the directory once.
    for (const AccountsReceivable& listed : std::as_const(m_accounts)) {
        if (listed.number == account.number)
            return Error(Error::Code::DuplicateIdentifier,
                         QStringLiteral("There is already an accounts receivable %1").arg(account.number),
                         QStringLiteral("number"));
    }
    m_accounts.append(account);
    return account;
}

Result<QList<RewardParticipant>> MemoryTokenStore::participants(const QString&, int)
{
    QMutexLocker lock(&m_mutex);
    return m_participants;
}

Result<RewardParticipant> MemoryTokenStore::addParticipant(const RewardParticipant& participant)
{
    QMutexLocker lock(&m_mutex);
    m_participants.append(participant);
    return participant;
}

Result<QList<AuditEntry>> MemoryTokenStore::auditTrail(const TokenRef& ref, int)
{
    QMutexLocker lock(&m_mutex);
    const int i = find(ref);
    QList<AuditEntry> entries;
    for (const AuditEntry& entry : std::as_const(m_audit)) {
        if (i >= 0 && entry.tokenId == m_tokens.at(i).id)
            entries.prepend(entry);
    }
    return entries;
}

int MemoryTokenStore::find(const TokenRef& ref) const
{
    for (int i = 0; i < m_tokens.size(); ++i) {
        const AccessToken& token = m_tokens.at(i);
        if ((ref.kind() == TokenRef::Kind::Id && token.id == ref.value())
            || (ref.kind() == TokenRef::Kind::Number && token.number == ref.value())
            || (ref.kind() == TokenRef::Kind::AuthenticationCode && token.authenticationCode == ref.value())
            || (ref.kind() == TokenRef::Kind::Identifier && token.identifier == ref.value()))
            return i;
    }
    return -1;
}

void MemoryTokenStore::audit(const AccessToken& token, const QString& operation, const QString& details)
{
    AuditEntry entry;
    entry.id = m_audit.size() + 1;
    entry.when = fixedNow();
    entry.user = QStringLiteral("tester");
    entry.operation = operation;
    entry.tokenId = token.id;
    entry.tokenNumber = token.number;
    entry.details = details;
    m_audit.append(entry);
}
