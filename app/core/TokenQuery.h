#pragma once

#include "LifeCycleState.h"

#include <QMap>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <optional>

// What a list asks a store for: which tokens (association, classification, state, search and
// column filters), in which order, and which page. Stores push all of it down into their own
// query language; nothing filters or sorts in memory.
struct TokenQuery
{
    enum class Association
    {
        Any,
        // Tokens of one accounts receivable (accountNumber).
        Account,
        // Tokens of one rewards participant (participantNumber).
        Participant,
        // Tokens with neither (get_not_associated).
        NotAssociated,
        // Tokens with either.
        Associated,
    };

    Association association = Association::Any;
    QString accountNumber;
    QString participantNumber;
    // A classification by name or id.
    QString classification;
    std::optional<LifeCycleState> state;
    // Case-insensitive prefix of the identifier, the authentication code or the number.
    QString search;
    // Per-column case-insensitive prefixes, by wire name (TokenFields), for the table's filter row.
    QMap<QString, QString> columnFilters;

    // The wire names the caller shows (CRM.COM's fields_set); empty means every field. Stores
    // may return more.
    QStringList fields;

    // A sortable wire name (TokenField::sortable); ties are broken by number.
    QString sortField = QStringLiteral("number");
    bool descending = false;

    int limit = 100;
    // Plain offset paging, as CRM.COM's offset parameter; local stores prefer the keyset below.
    int offset = 0;
    // Keyset paging: rows strictly after (or, with before, strictly before) this position in the
    // sort order. afterValue is the sort field's value of the last row seen, afterNumber its number.
    std::optional<QVariant> afterValue;
    QString afterNumber;
    bool before = false;

    // The same rows without the paging, for counting.
    TokenQuery withoutPaging() const;
    bool sameRows(const TokenQuery& other) const;
};
