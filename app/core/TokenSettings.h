#pragma once

#include "Classification.h"
#include "Result.h"
#include "TokenRules.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>
#include <optional>

// The configuration of spec §2: the active definition and the classifications.
struct TokenSettings
{
    Q_DECLARE_TR_FUNCTIONS(TokenSettings)

public:
    TokenRules definition;
    QList<Classification> classifications;
    // The cost of the Argon2id hash of pass codes and verification codes in local stores; raised
    // costs apply to codes set from then on.
    int hashIterations = 2;
    int hashMemoryKiB = 19 * 1024;

    // The rules a token follows: its classification's, or the definition's when unclassified.
    const TokenRules& rulesFor(const QString& classificationIdOrName) const;
    std::optional<Classification> findClassification(const QString& idOrName) const;

    // The definition as KEY=VALUE text, the keys `config show` prints and `config set` takes.
    QStringList toKeyValues() const;
    // Sets one definition key from text ("pass_code.minimum_length=8", "verification_required=true").
    Result<void> setKeyValue(const QString& key, const QString& value);
    static QStringList keys();

    bool operator==(const TokenSettings& o) const
    {
        return definition == o.definition && classifications == o.classifications
            && hashIterations == o.hashIterations && hashMemoryKiB == o.hashMemoryKiB;
    }
};
