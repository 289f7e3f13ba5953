#include "security/PasswordHash.h"

#include <QByteArray>

#include <sodium.h>

namespace sifa {

namespace {

void ensureSodium()
{
    static const bool ready = sodium_init() >= 0;
    if (!ready)
        qFatal("libsodium could not be initialised");
}

// The password bytes are wiped once hashed.
class SecretBytes {
public:
    explicit SecretBytes(const QString &s) : m_bytes(s.toUtf8()) {}
    ~SecretBytes() { sodium_memzero(m_bytes.data(), static_cast<size_t>(m_bytes.size())); }
    SecretBytes(const SecretBytes &) = delete;
    SecretBytes &operator=(const SecretBytes &) = delete;
    const char *data() const { return m_bytes.constData(); }
    unsigned long long size() const { return static_cast<unsigned long long>(m_bytes.size()); }

private:
    QByteArray m_bytes;
};

}  // namespace

QString PasswordHash::hash(const QString &password)
{
    ensureSodium();
    SecretBytes pw(password);
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str_alg(out, pw.data(), pw.size(), crypto_pwhash_OPSLIMIT_INTERACTIVE,
                              crypto_pwhash_MEMLIMIT_INTERACTIVE, crypto_pwhash_ALG_ARGON2ID13) != 0) {
        qFatal("out of memory while hashing a password");
    }
    return QString::fromLatin1(out);
}

bool PasswordHash::verify(const QString &hash, const QString &password)
{
    ensureSodium();
    const QByteArray h = hash.toLatin1();
    SecretBytes pw(password);
    return crypto_pwhash_str_verify(h.constData(), pw.data(), pw.size()) == 0;
}

bool PasswordHash::needsRehash(const QString &hash)
{
    ensureSodium();
    const QByteArray h = hash.toLatin1();
    return crypto_pwhash_str_needs_rehash(h.constData(), crypto_pwhash_OPSLIMIT_INTERACTIVE,
                                          crypto_pwhash_MEMLIMIT_INTERACTIVE) != 0;
}

void PasswordHash::burnVerification(const QString &password)
{
    static const QString dummy = hash(QStringLiteral("sifadesk-timing-equaliser"));
    (void)verify(dummy, password);
}

}  // namespace sifa
