#pragma once

#include "AccountsReceivable.h"
#include "ClassificationRef.h"
#include "LifeCycleState.h"
#include "LogInformation.h"
#include "RewardParticipant.h"

#include <QDate>
#include <QDateTime>
#include <QMap>
#include <QString>
#include <array>
#include <optional>

// An access token as every store returns it (spec §1). Secrets (pass code, verification code,
// OTP) are write-only and never part of it. An empty string means "not set".
struct AccessToken
{
    static constexpr int udfStringCount = 8;
    static constexpr int udfFloatCount = 4;
    static constexpr int udfDateCount = 4;

    QString id;
    QString number;
    LifeCycleState lifeCycleState = LifeCycleState::Effective;
    QString identifier;
    QString authenticationCode;
    QString cardMaskedNumber;
    QDateTime verifiedDate;
    std::optional<ClassificationRef> classification;
    std::optional<AccountsReceivable> accountsReceivable;
    std::optional<RewardParticipant> rewardParticipant;
    std::array<QString, udfStringCount> udfString;
    std::array<std::optional<double>, udfFloatCount> udfFloat;
    std::array<QDate, udfDateCount> udfDate;
    QMap<QString, QString> customFields;
    LogInformation logInformation;
    // Optimistic concurrency: bumped by every change; an update naming an older one is a CONFLICT.
    qint64 version = 0;
    // Whether a pass code is set; the code itself never leaves the store.
    bool hasPassCode = false;

    bool isAssociated() const { return accountsReceivable.has_value() || rewardParticipant.has_value(); }

    bool operator==(const AccessToken& other) const;
    bool operator!=(const AccessToken& other) const { return !(*this == other); }
};
