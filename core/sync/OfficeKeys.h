#pragma once

#include "security/Session.h"
#include "util/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <memory>

namespace sifa {

class Database;

// An office's public keys as exported, printed and trusted (SYNC.md §6).
struct PublicKeySet {
    QString keyId;        // 16 hex digits: BLAKE2b-64 of sign_pk || box_pk
    QString officeCode;   // 9 digits (township) or 6 (county)
    QString officeName;
    QString mode;         // "township" | "county"
    QString replicaId;
    int generation = 1;
    QByteArray signPk;    // Ed25519, 32 bytes
    QByteArray boxPk;     // X25519, 32 bytes
    QByteArray escrowPk;  // county only: the offline escrow key's X25519 public key (may be empty)
    QString created;      // ISO wall time
    QString fingerprint() const;  // see OfficeKeys::fingerprint
};

// A trusted key of another office, as stored.
struct TrustedKey {
    PublicKeySet keys;
    QString trustedAt;
    QString trustedBy;
    QString revokedAt;      // empty while valid
    QString revokedReason;
    QString supersededBy;   // key id of the rotation that replaced it
    bool revoked() const { return !revokedAt.isEmpty(); }
};

// This office's secret keys, opened for one operation; wiped when destroyed.
class UnlockedKeys {
public:
    ~UnlockedKeys();
    UnlockedKeys(const UnlockedKeys &) = delete;
    UnlockedKeys &operator=(const UnlockedKeys &) = delete;

    struct Pair {
        QString keyId;
        int generation = 0;
        QByteArray signPk, boxPk;
        QByteArray signSk;  // 64 bytes
        QByteArray boxSk;   // 32 bytes
    };
    const Pair &current() const { return m_pairs.front(); }
    const QList<Pair> &all() const { return m_pairs; }  // current first, then retired ones
    const Pair *find(const QString &keyId) const;

private:
    friend class OfficeKeys;
    friend class EscrowKey;
    UnlockedKeys() = default;
    QList<Pair> m_pairs;
    QByteArray m_kek;  // the office key that sealed them (empty for an escrow file's pair)
};

// The office's key pairs (Ed25519 signing, X25519 encryption), protected by the credentials of
// the users who may use them, and the other offices' trusted public keys.
//
// Protection: the secret keys are sealed with a random office key (KEK). Each holder (a user
// whose role may run key and bundle commands: head, admin) has an X25519 pair whose secret is
// wrapped with a key derived from their password (Argon2id); the KEK is sealed to each holder's
// public key. A holder who unlocks grants the KEK to other holders that lack it (a user added or
// reset by an administrator), so no password ever needs to be known by anyone else.
class OfficeKeys {
    Q_DECLARE_TR_FUNCTIONS(OfficeKeys)
public:
    // At set-up (init, first administrator): the office's first key pair, the KEK and the
    // holder entry of that user. Does nothing if keys exist.
    static Status generate(Database &db, const QString &userUuid, const QString &username, const QString &password);
    // Whether this database has its keys yet (a database migrated from before version 7 has
    // not: the first holder to unlock generates them).
    static Result<bool> exist(const Database &db);
    // A holder's own pair, (re)made when their password is set: at creation, change or reset.
    // Keeps their KEK grant when `oldPassword` opens it (a change), else drops it (a reset:
    // it is granted again by the next holder who unlocks). Only for roles that hold keys.
    static Status enrollHolder(Database &db, const QString &userUuid, const QString &password,
                               const QString &oldPassword = QString());
    static bool roleHoldsKeys(Role role);

    // Opens the secret keys for `session` with its password (generating them first on a
    // database that has none, or a new generation after the current one was revoked). Fails
    // with PermissionDenied for a role without key permission (Permission::SyncKeys) or a wrong
    // password (not counted towards a lockout), Conflict with a clear message when this user
    // holds no grant yet (their holder entry is made here if it was missing). Hands the KEK to
    // every holder waiting for it. current() signs; all() (current first) opens bundles.
    static Result<std::unique_ptr<UnlockedKeys>> unlock(Database &db, const Session &session, const QString &password);

    static Result<PublicKeySet> own(const Database &db);  // the current generation
    static Result<QList<PublicKeySet>> ownAll(const Database &db);

    // Public key file (`sifa keys export`): CBOR, self-signed with the signing key. Never holds a
    // secret. The signature is made when the pair is made (no unlock needed to export) and covers
    // every field but "escrow_pk", which a county adds later and the fingerprint covers.
    static Result<QByteArray> exportPublic(const Database &db);
    static Result<PublicKeySet> parsePublic(const QByteArray &file);  // checks the self-signature

    // "12345 67890 ..." (12 groups of 5 digits) over the office code and the public keys.
    static QString fingerprint(const PublicKeySet &keys);
    // Digits only, so "12345-67890", "1234567890" and the printed form compare equal.
    static QString normalizeFingerprint(const QString &typed);

    // Trusting another office's key requires its fingerprint as confirmed by phone or paper.
    static Status trust(Database &db, const Session &session, const QByteArray &file, const QString &fingerprint);
    // Another office's key, or one of this office's (retired and revoked; when it was the current
    // one, the next unlock makes a new generation). Revoking a revoked key does nothing.
    static Status revoke(Database &db, const Session &session, const QString &keyId, const QString &reason);
    static Result<QList<TrustedKey>> trusted(const Database &db);
    static Result<TrustedKey> trustedById(const Database &db, const QString &keyId);  // NotFound if unknown
    // The county's key as trusted by a township (NotFound before the county is trusted).
    static Result<TrustedKey> countyKey(const Database &db);

    // Rotation: a new generation becomes current; the old one is retired (kept to read
    // bundles sealed to it). The new keys travel in the next bundle, signed by the old key.
    // `keys` must come from unlock() and be current (Conflict otherwise); it is not updated:
    // unlock again to sign with the new pair.
    static Status rotate(Database &db, const Session &session, const UnlockedKeys &keys);
    // A rotation announced by a trusted office (from a bundle signed by its previous key).
    static Status acceptRotation(Database &db, const PublicKeySet &next, const QString &announcedByKeyId);
};

}  // namespace sifa

namespace sifa {

// The county's offline escrow key (SYNC.md §2): township bundles are sealed to it too, so the
// bureau can read them if its operational key is lost. The secret half never stays in the
// database: it is returned once, sealed with a passphrase, for offline keeping.
class EscrowKey {
    Q_DECLARE_TR_FUNCTIONS(EscrowKey)
public:
    // County databases only. Returns the escrow secret file (Argon2id + secretbox); the public
    // half is stored as own_key purpose 'escrow' and goes into the county's exported key file.
    static Result<QByteArray> create(Database &db, const Session &session, const QString &passphrase);
    // Opens an escrow secret file: the X25519 pair (key id, pk, sk) able to open bundles.
    static Result<std::unique_ptr<UnlockedKeys>> open(const QByteArray &file, const QString &passphrase);
};

}  // namespace sifa
