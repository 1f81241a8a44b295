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

    bool hasSecret() const
    {
        return !randomPassCode.isEmpty() || !verificationCode.isEmpty() || !oneTimePassword.isEmpty();
    }
};
