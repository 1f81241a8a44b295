#pragma once

#include <QByteArray>
#include <QString>

// Slow salted hashes of pass codes and verification codes. The stored string is libsodium's
// Argon2id encoding ("$argon2id$v=19$m=19456,t=2,p=1$salt$hash"), which names the algorithm and
// its cost, so the cost can be raised later without breaking codes already stored.
class PassCodeHasher
{
public:
    explicit PassCodeHasher(int iterations = 2, int memoryKiB = 19 * 1024);

    // An empty string when hashing failed (out of memory).
    QString hash(const QString& secret) const;
    // Constant-time check of a secret against a stored hash; false for a malformed hash.
    static bool verify(const QString& secret, const QString& storedHash);
    // Whether a stored hash was made with a lower cost than this hasher's.
    bool needsRehash(const QString& storedHash) const;

    int iterations() const { return m_iterations; }
    int memoryKiB() const { return m_memoryKiB; }

private:
    int m_iterations;
    int m_memoryKiB;
};
