#pragma once

#include <QString>

namespace sifa {

// Argon2id password hashes through libsodium's crypto_pwhash_str (interactive limits).
class PasswordHash {
public:
    static QString hash(const QString &password);
    static bool verify(const QString &hash, const QString &password);
    static bool needsRehash(const QString &hash);
    // Spends the same effort as a real verification, so an unknown user name cannot be told
    // from a wrong password by timing.
    static void burnVerification(const QString &password);
};

}  // namespace sifa
