#pragma once

#include "AccessToken.h"

#include <QDateTime>
#include <QString>

// A token together with the secret an operation issued, shown once to the person who asked:
// create (random_pass_code, verification_code), reset_pass_code, reset_verification_code and
// generate_otp (one_time_password, expiration_date).
struct TokenResult
{
    AccessToken token;
    QString randomPassCode;
    QString verificationCode;
    QString oneTimePassword;
    QDateTime expirationDate;
    // False when the store answered with a short token (CRM.COM's reset and OTP replies): only
    // token.id and token.number are known, the other fields are not the token's.
    bool wholeToken = true;

    bool hasSecret() const
    {
        return !randomPassCode.isEmpty() || !verificationCode.isEmpty() || !oneTimePassword.isEmpty();
    }
};
