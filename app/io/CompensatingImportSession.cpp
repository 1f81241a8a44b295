#include "CompensatingImportSession.h"

CompensatingImportSession::CompensatingImportSession(TokenStore& store)
    : m_store(store)
{
}

Result<QList<AccessToken>> CompensatingImportSession::findExisting(const QString& field,
                                                                   const QStringList& values)
{
    const bool byCode = field == QLatin1String("authentication_code");
    QList<AccessToken> found;
    for (const QString& value : values) {
        if (byCode) {
            // Every store shows a token by its authentication code; CRM.COM cannot filter a list.
            const Result<AccessToken> token = m_store.show(TokenRef::byAuthenticationCode(value));
            if (token)
                found.append(token.value());
            else if (token.error().code() != Error::Code::NotFound
                     && token.error().code() != Error::Code::Validation)
                return token.error();
            continue;
        }
        // Column filters are case-insensitive prefixes: sorted by the column, the values that
        // differ from this one only in case come first, so the exact match is on the first page.
        TokenQuery query;
        query.columnFilters.insert(field, value);
        query.sortField = field;
        query.limit = 50;
        const Result<QList<AccessToken>> page = m_store.list(query);
        if (!page)
            return page.error();
        for (const AccessToken& token : page.value()) {
            if (token.identifier == value)
                found.append(token);
        }
    }
    return found;
}

Result<void> CompensatingImportSession::moveTo(const AccessToken& token, LifeCycleState state)
{
    if (token.lifeCycleState == state)
        return {};
    const TokenRef ref = TokenRef::byId(token.id);
    if (state == LifeCycleState::NotEffective) {
        const Result<AccessToken> moved = m_store.setNotEffective(ref);
        return moved ? Result<void>() : Result<void>(moved.error());
    }
    if (state == LifeCycleState::Effective && token.lifeCycleState == LifeCycleState::NotEffective) {
        const Result<AccessToken> moved = m_store.setEffective(ref);
        return moved ? Result<void>() : Result<void>(moved.error());
    }
    return Error(Error::Code::InvalidState,
                 tr("A token cannot be moved from %1 to %2 by an import")
                     .arg(LifeCycleStates::toWire(token.lifeCycleState), LifeCycleStates::toWire(state)),
                 QStringLiteral("life_cycle_state"));
}

Result<QList<ImportRefusal>> CompensatingImportSession::write(const QList<ImportRow>& rows)
{
    QList<ImportRefusal> refused;
    for (int i = 0; i < rows.size(); ++i) {
        const Result<void> written = writeRow(rows.at(i));
        if (written)
            continue;
        switch (written.error().code()) {
        case Error::Code::Validation:
        case Error::Code::DuplicateIdentifier:
        case Error::Code::InvalidState:
        case Error::Code::NotFound:
        case Error::Code::Conflict:
            refused.append({ i, written.error() });
            break;
        default:
            return written.error();
        }
    }
    return refused;
}

Result<void> CompensatingImportSession::writeRow(const ImportRow& row)
{
    if (row.existingId.isEmpty()) {
        // Once one new token of a classification came back waiting for verification, so will the
        // rest: a row that wants another state is refused before it leaves a token that cannot be
        // deleted.
        const QString classification
            = row.patch.classification.isSet() ? row.patch.classification.value() : QString();
        if (m_awaitingVerification.contains(classification) && row.state
            && *row.state != LifeCycleState::PendingVerification)
            return Error(Error::Code::InvalidState,
                         tr("A new token starts as %1 and cannot be imported as %2")
                             .arg(LifeCycleStates::toWire(LifeCycleState::PendingVerification),
                                  LifeCycleStates::toWire(*row.state)),
                         QStringLiteral("life_cycle_state"));
        const Result<TokenResult> created = m_store.create(row.patch);
        if (!created)
            return created.error();
        const AccessToken& token = created->token;
        if (token.lifeCycleState == LifeCycleState::PendingVerification)
            m_awaitingVerification.insert(classification);
        m_createdIds.append(token.id);
        if (!row.state)
            return {};
        const Result<void> moved = moveTo(token, *row.state);
        if (moved)
            return {};
        // The row is refused, so the token made for it goes again, where the store allows it.
        const Result<void> removed = removeCreated(token.id);
        if (!removed)
            return Error(moved.error().code(),
                         tr("%1; %2").arg(moved.error().message(), removed.error().message()),
                         moved.error().field());
        m_createdIds.removeLast();
        return moved;
    }

    const TokenRef ref = TokenRef::byId(row.existingId);
    const Result<AccessToken> before = m_store.show(ref);
    if (!before)
        return before.error();
    if (row.state && *row.state != before->lifeCycleState
        && *row.state == LifeCycleState::PendingVerification)
        return Error(Error::Code::InvalidState,
                     tr("A token cannot be moved back to PENDING_VERIFICATION by an import"),
                     QStringLiteral("life_cycle_state"));
    AccessToken after = before.value();
    if (!row.patch.isEmpty()) {
        const Result<AccessToken> updated = m_store.update(ref, row.patch);
        if (!updated)
            return updated.error();
        after = updated.value();
    }
    m_updatedBefore.append(before.value());
    if (row.state)
        return moveTo(after, *row.state);
    return {};
}

Result<void> CompensatingImportSession::commit(const ImportTally& tally)
{
    Q_UNUSED(tally)
    m_createdIds.clear();
    m_updatedBefore.clear();
    return {};
}

TokenPatch CompensatingImportSession::restorePatch(const AccessToken& before, const AccessToken& after)
{
    TokenPatch patch;
    auto text = [](const QString& value) {
        return value.isEmpty() ? PatchValue<QString>::null() : PatchValue<QString>(value);
    };
    patch.identifier = text(before.identifier);
    patch.authenticationCode = text(before.authenticationCode);
    patch.cardMaskedNumber = text(before.cardMaskedNumber);
    patch.classification = text(before.classification ? before.classification->name : QString());
    patch.accountsReceivable
        = text(before.accountsReceivable ? before.accountsReceivable->number : QString());
    patch.rewardParticipant = text(before.rewardParticipant ? before.rewardParticipant->number : QString());
    for (int i = 0; i < AccessToken::udfStringCount; ++i)
        patch.udfString[i] = text(before.udfString[i]);
    for (int i = 0; i < AccessToken::udfFloatCount; ++i)
        patch.udfFloat[i]
            = before.udfFloat[i] ? PatchValue<double>(*before.udfFloat[i]) : PatchValue<double>::null();
    for (int i = 0; i < AccessToken::udfDateCount; ++i)
        patch.udfDate[i]
            = before.udfDate[i].isValid() ? PatchValue<QDate>(before.udfDate[i]) : PatchValue<QDate>::null();
    patch.customFieldSet = before.customFields;
    for (auto it = after.customFields.cbegin(); it != after.customFields.cend(); ++it) {
        if (!before.customFields.contains(it.key()))
            patch.customFieldSet.insert(it.key(), QString());
    }
    return patch;
}

Result<void> CompensatingImportSession::removeCreated(const QString& id)
{
    const TokenRef ref = TokenRef::byId(id);
    const Result<AccessToken> token = m_store.show(ref);
    if (!token)
        return token.error().code() == Error::Code::NotFound ? Result<void>() : Result<void>(token.error());
    // The life cycle has no way from PENDING_VERIFICATION to deletion without the customer's code.
    if (token->lifeCycleState == LifeCycleState::PendingVerification)
        return Error(Error::Code::InvalidState,
                     tr("token %1 stays: it waits for verification, and only a token that is not effective "
                        "can be deleted")
                         .arg(token->number),
                     QStringLiteral("life_cycle_state"));
    auto named = [&token](const Error& error) {
        return Error(error.code(), tr("token %1 stays: %2").arg(token->number, error.message()),
                     error.field());
    };
    if (token->lifeCycleState != LifeCycleState::NotEffective) {
        if (const Result<AccessToken> moved = m_store.setNotEffective(ref); !moved)
            return named(moved.error());
    }
    if (const Result<AccessToken> removed = m_store.remove(ref); !removed)
        return named(removed.error());
    return {};
}

Result<void> CompensatingImportSession::rollback(const ImportTally& tally)
{
    Q_UNUSED(tally)
    QStringList failures;
    for (auto id = m_createdIds.crbegin(); id != m_createdIds.crend(); ++id) {
        if (const Result<void> removed = removeCreated(*id); !removed)
            failures.append(removed.error().message());
    }
    for (auto before = m_updatedBefore.crbegin(); before != m_updatedBefore.crend(); ++before) {
        const TokenRef ref = TokenRef::byId(before->id);
        const Result<AccessToken> now = m_store.show(ref);
        if (!now) {
            failures.append(now.error().message());
            continue;
        }
        const Result<AccessToken> restored = m_store.update(ref, restorePatch(*before, now.value()));
        if (!restored) {
            failures.append(restored.error().message());
            continue;
        }
        const Result<void> state = moveTo(restored.value(), before->lifeCycleState);
        if (!state)
            failures.append(state.error().message());
    }
    m_createdIds.clear();
    m_updatedBefore.clear();
    if (!failures.isEmpty())
        return Error(
            Error::Code::Storage,
            tr("The import could not be undone completely: %1").arg(failures.join(QLatin1String("; "))));
    return {};
}
