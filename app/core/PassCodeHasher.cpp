#include "PassCodeHasher.h"

#include <algorithm>
#include <sodium.h>

namespace {
bool initialised()
{
    static const bool ok = sodium_init() >= 0;
    return ok;
}

// Holds the UTF-8 of a secret and wipes it when done, so no copy lingers in freed memory.
class SecretBytes
{
public:
    explicit SecretBytes(const QString& secret)
        : m_bytes(secret.toUtf8())
    {
    }
    ~SecretBytes() { sodium_memzero(m_bytes.data(), size_t(m_bytes.size())); }
    const char* data() const { return m_bytes.constData(); }
    unsigned long long size() const { return static_cast<unsigned long long>(m_bytes.size()); }

private:
    QByteArray m_bytes;
};
} // namespace

PassCodeHasher::PassCodeHasher(int iterations, int memoryKiB)
    : m_iterations(std::max<int>(iterations, int(crypto_pwhash_OPSLIMIT_MIN)))
    , m_memoryKiB(std::max<int>(memoryKiB, int(crypto_pwhash_MEMLIMIT_MIN / 1024)))
{
}

QString PassCodeHasher::hash(const QString& secret) const
{
    if (!initialised())
        return QString();
    char out[crypto_pwhash_STRBYTES];
    const SecretBytes bytes(secret);
    if (crypto_pwhash_str_alg(out, bytes.data(), bytes.size(), static_cast<unsigned long long>(m_iterations),
                              static_cast<size_t>(m_memoryKiB) * 1024, crypto_pwhash_ALG_ARGON2ID13)
        != 0)
        return QString();
    return QString::fromLatin1(out);
}

bool PassCodeHasher::verify(const QString& secret, const QString& storedHash)
{
    if (!initialised() || storedHash.isEmpty())
        return false;
    const QByteArray stored = storedHash.toLatin1();
    const SecretBytes bytes(secret);
    return crypto_pwhash_str_verify(stored.constData(), bytes.data(), bytes.size()) == 0;
}

bool PassCodeHasher::needsRehash(const QString& storedHash) const
{
    if (!initialised())
        return false;
    const QByteArray stored = storedHash.toLatin1();
    return crypto_pwhash_str_needs_rehash(stored.constData(), static_cast<unsigned long long>(m_iterations),
                                          static_cast<size_t>(m_memoryKiB) * 1024)
        != 0;
}
