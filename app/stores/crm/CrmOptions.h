#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

// The non-secret settings of a CRM.COM connection (a profile keeps them in QSettings), plus the
// consumer application key, which comes from the keychain like the login secret.
struct CrmOptions
{
    // A request without an answer for this long fails with a NETWORK error.
    int timeoutMs = 30000;
    // Bulk actions keep at most this many requests in flight.
    int maxParallel = 6;
    // SHA-256 of a server certificate the user chose to trust despite its TLS errors; empty means
    // every TLS error fails the request.
    QByteArray pinnedCertificateSha256;
    // Opens the consumer session change_pass_code needs.
    QString consumerKey;
    // status.code values that mean "the session expired" (assumed: no public source lists them).
    QStringList sessionExpiredCodes { QStringLiteral("INVALID_TOKEN"), QStringLiteral("SESSION_EXPIRED"),
                                      QStringLiteral("TOKEN_EXPIRED"),
                                      QStringLiteral("InvalidTokenException") };
    // A JWT session lasts 2 hours from issue, an older one 1 hour idle: log in again before either.
    int sessionMaxAgeSeconds = 110 * 60;
    int sessionMaxIdleSeconds = 55 * 60;
};
