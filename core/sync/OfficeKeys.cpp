// The office's key pairs, their holders and the other offices' trusted keys (SYNC.md §6).
//
// Layout:
//   own_key.sealed_secret  = nonce(24) || secretbox(sign_sk(64) || box_sk(32), KEK)
//   key_holder.wrapped_sk  = salt(16) || nonce(24) || secretbox(holder_sk(32), Argon2id(password, salt))
//   key_holder.sealed_kek  = crypto_box_seal(KEK, holder box_pk), NULL until granted
//   meta "key_signature.<key_id>" = base64 of the Ed25519 self-signature of the key's public file
//     (made when the pair is made, or at the next unlock if missing: exporting the public file
//     needs no secret)
#include "sync/OfficeKeys.h"

#include "domain/Office.h"
#include "security/AuditLog.h"
#include "security/PasswordHash.h"
#include "storage/Database.h"
#include "storage/Query.h"
#include "storage/Transaction.h"
#include "sync/Replica.h"
#include "util/Time.h"

#include <QCborMap>
#include <QCborValue>

#include <sodium.h>

#include <utility>

namespace sifa {

namespace {

constexpr qsizetype kKeyBytes = 32;
constexpr qsizetype kSignSkBytes = 64;
constexpr qsizetype kSignatureBytes = 64;
constexpr qsizetype kMaxKeyFile = 64 * 1024;
constexpr int kFingerprintGroups = 12;

void ensureSodium()
{
    static const bool ready = sodium_init() >= 0;
    if (!ready)
        qFatal("libsodium could not be initialised");
}

const unsigned char *bytes(const QByteArray &b)
{
    return reinterpret_cast<const unsigned char *>(b.constData());
}

unsigned char *bytes(QByteArray &b)
{
    return reinterpret_cast<unsigned char *>(b.data());
}

unsigned long long len(const QByteArray &b)
{
    return static_cast<unsigned long long>(b.size());
}

// Zeroes a secret's bytes (unless another QByteArray still shares them: that copy's owner wipes
// it) and empties it.
void wipe(QByteArray &b)
{
    if (!b.isEmpty() && b.isDetached())
        sodium_memzero(b.data(), static_cast<size_t>(b.size()));
    b.clear();
}

// Secret bytes wiped when they go out of scope.
class Secret {
public:
    Secret() = default;
    explicit Secret(qsizetype size) : m_bytes(size, '\0') {}
    explicit Secret(QByteArray &&b) : m_bytes(std::move(b)) {}
    ~Secret() { wipe(m_bytes); }
    Secret(const Secret &) = delete;
    Secret &operator=(const Secret &) = delete;
    Secret(Secret &&other) noexcept : m_bytes(std::move(other.m_bytes)) {}
    Secret &operator=(Secret &&other) noexcept
    {
        wipe(m_bytes);
        m_bytes = std::move(other.m_bytes);
        return *this;
    }
    QByteArray &get() { return m_bytes; }
    const QByteArray &get() const { return m_bytes; }
    unsigned char *data() { return bytes(m_bytes); }
    const unsigned char *data() const { return bytes(m_bytes); }
    qsizetype size() const { return m_bytes.size(); }
    bool isEmpty() const { return m_bytes.isEmpty(); }

private:
    QByteArray m_bytes;
};

QByteArray randomBytes(qsizetype n)
{
    QByteArray b(n, '\0');
    randombytes_buf(b.data(), static_cast<size_t>(n));
    return b;
}

// A NULL for a BLOB column (a null QByteArray binds NULL in Qt's SQLite driver).
QVariant nullBlob()
{
    return QVariant(QMetaType::fromType<QByteArray>());
}

// A zero-length, non-NULL BLOB.
QByteArray emptyBlob()
{
    return QByteArray("", 0);
}

QString hex(const QByteArray &b)
{
    return QString::fromLatin1(b.toHex());
}

QString keyIdOf(const QByteArray &signPk, const QByteArray &boxPk)
{
    const QByteArray both = signPk + boxPk;
    QByteArray out(8, '\0');
    crypto_generichash(bytes(out), 8, bytes(both), len(both), nullptr, 0);
    return hex(out);
}

// Argon2id(password, salt) → a secretbox key.
bool deriveKey(Secret &out, const QString &password, const QByteArray &salt, unsigned long long ops, size_t mem)
{
    QByteArray pw = password.toUtf8();
    out = Secret(crypto_secretbox_KEYBYTES);
    const int rc = crypto_pwhash(out.data(), static_cast<unsigned long long>(out.size()), pw.constData(), len(pw),
                                 bytes(salt), ops, mem, crypto_pwhash_ALG_ARGON2ID13);
    wipe(pw);
    return rc == 0;
}

// nonce || secretbox(plain, key)
QByteArray secretboxSeal(const QByteArray &plain, const Secret &key)
{
    const QByteArray nonce = randomBytes(crypto_secretbox_NONCEBYTES);
    QByteArray ct(plain.size() + static_cast<qsizetype>(crypto_secretbox_MACBYTES), '\0');
    crypto_secretbox_easy(bytes(ct), bytes(plain), len(plain), bytes(nonce), key.data());
    return nonce + ct;
}

bool secretboxOpen(Secret &out, const QByteArray &box, const Secret &key)
{
    const qsizetype overhead = static_cast<qsizetype>(crypto_secretbox_NONCEBYTES + crypto_secretbox_MACBYTES);
    if (box.size() < overhead || key.size() != static_cast<qsizetype>(crypto_secretbox_KEYBYTES))
        return false;
    out = Secret(box.size() - overhead);
    const QByteArray ct = box.mid(crypto_secretbox_NONCEBYTES);
    return crypto_secretbox_open_easy(out.data(), bytes(ct), len(ct), bytes(box), key.data()) == 0;
}

// ---- holders ---------------------------------------------------------------------------------

QByteArray wrapHolderSecret(const QString &password, const Secret &sk)
{
    const QByteArray salt = randomBytes(crypto_pwhash_SALTBYTES);
    Secret key;
    if (!deriveKey(key, password, salt, crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE))
        qFatal("out of memory while deriving a key from a password");
    return salt + secretboxSeal(sk.get(), key);
}

bool unwrapHolderSecret(Secret &sk, const QByteArray &wrapped, const QString &password)
{
    if (wrapped.size() <= static_cast<qsizetype>(crypto_pwhash_SALTBYTES))
        return false;
    Secret key;
    if (!deriveKey(key, password, wrapped.left(crypto_pwhash_SALTBYTES), crypto_pwhash_OPSLIMIT_INTERACTIVE,
                   crypto_pwhash_MEMLIMIT_INTERACTIVE))
        return false;
    return secretboxOpen(sk, wrapped.mid(crypto_pwhash_SALTBYTES), key) && sk.size() == kKeyBytes;
}

QByteArray sealKek(const Secret &kek, const QByteArray &holderPk)
{
    QByteArray out(kek.size() + static_cast<qsizetype>(crypto_box_SEALBYTES), '\0');
    crypto_box_seal(bytes(out), kek.data(), static_cast<unsigned long long>(kek.size()), bytes(holderPk));
    return out;
}

bool openKek(Secret &kek, const QByteArray &sealed, const QByteArray &holderPk, const Secret &holderSk)
{
    if (sealed.size() != kKeyBytes + static_cast<qsizetype>(crypto_box_SEALBYTES) || holderPk.size() != kKeyBytes)
        return false;
    kek = Secret(kKeyBytes);
    return crypto_box_seal_open(kek.data(), bytes(sealed), len(sealed), bytes(holderPk), holderSk.data()) == 0;
}

struct HolderRow {
    bool found = false;
    QByteArray boxPk;
    QByteArray wrapped;
    QByteArray sealedKek;
    bool granted() const { return !sealedKek.isEmpty(); }
};

Result<HolderRow> loadHolder(const Database &db, const QString &userUuid)
{
    Query q(db, QStringLiteral("SELECT box_pk, wrapped_sk, sealed_kek FROM key_holder WHERE user_uuid = :u"));
    q.bind(QStringLiteral(":u"), userUuid);
    if (Status s = q.exec(OfficeKeys::tr("reading the key holders")); !s.ok())
        return s.error();
    HolderRow row;
    if (q.next()) {
        row.found = true;
        row.boxPk = q.value(0).toByteArray();
        row.wrapped = q.value(1).toByteArray();
        row.sealedKek = q.value(2).toByteArray();
    }
    return row;
}

// A new holder pair for the user, its secret wrapped with `password`; the KEK sealed to it when
// given, else no grant. Returns the pair through `pk` / `sk`.
Status writeHolder(Database &db, const QString &userUuid, const QString &password, const Secret *kek,
                   QByteArray *pkOut = nullptr, Secret *skOut = nullptr)
{
    QByteArray pk(kKeyBytes, '\0');
    Secret sk(kKeyBytes);
    crypto_box_keypair(bytes(pk), sk.data());
    Query q(db, QStringLiteral("INSERT OR REPLACE INTO key_holder(user_uuid, box_pk, wrapped_sk, sealed_kek, updated_at) "
                               "VALUES (:u, :pk, :w, :k, :t)"));
    q.bind(QStringLiteral(":u"), userUuid)
        .bind(QStringLiteral(":pk"), pk)
        .bind(QStringLiteral(":w"), wrapHolderSecret(password, sk))
        .bind(QStringLiteral(":k"), kek ? QVariant(sealKek(*kek, pk)) : nullBlob())
        .bind(QStringLiteral(":t"), nowTimestamp());
    if (Status s = q.exec(OfficeKeys::tr("saving a key holder")); !s.ok())
        return s;
    if (pkOut)
        *pkOut = pk;
    if (skOut)
        *skOut = std::move(sk);
    return {};
}

QStringList keyRoleIds()
{
    QStringList ids;
    for (Role r : Roles::all()) {
        if (OfficeKeys::roleHoldsKeys(r))
            ids << QStringLiteral("'%1'").arg(Roles::id(r));
    }
    return ids;
}

// Seals the KEK to every holder still waiting for it (an enabled user whose role holds keys).
Status grantPending(Database &db, const Actor &actor, const Secret &kek)
{
    struct Pending {
        QString uuid, username;
        QByteArray pk;
    };
    QList<Pending> pending;
    {
        Query q(db, QStringLiteral("SELECT h.user_uuid, u.username, h.box_pk FROM key_holder h "
                                   "JOIN app_user u ON u.uuid = h.user_uuid "
                                   "WHERE h.sealed_kek IS NULL AND u.disabled = 0 AND u.role IN (%1)")
                        .arg(keyRoleIds().join(QLatin1Char(','))));
        if (Status s = q.exec(OfficeKeys::tr("reading the key holders")); !s.ok())
            return s;
        while (q.next())
            pending << Pending{q.text(0), q.text(1), q.value(2).toByteArray()};
    }
    for (const Pending &p : pending) {
        if (p.pk.size() != kKeyBytes)
            continue;
        Query q(db, QStringLiteral("UPDATE key_holder SET sealed_kek = :k, updated_at = :t WHERE user_uuid = :u"));
        q.bind(QStringLiteral(":k"), sealKek(kek, p.pk))
            .bind(QStringLiteral(":t"), nowTimestamp())
            .bind(QStringLiteral(":u"), p.uuid);
        if (Status s = q.exec(OfficeKeys::tr("granting the office keys")); !s.ok())
            return s;
        if (Status s = AuditLog::append(db, actor, QStringLiteral("keys.grant"), QStringLiteral("key_holder"), p.username);
            !s.ok())
            return s;
    }
    return {};
}

Result<qint64> countOf(const Database &db, const QString &sql, const QVariantMap &bindings = {})
{
    Result<QVariant> v = Query::scalar(db, sql, bindings, OfficeKeys::tr("reading the office keys"), 0);
    if (!v)
        return v.error();
    return v->toLongLong();
}

struct UserFacts {
    QString username;
    Role role = Role::Clerk;
    QString passwordHash;
};

Result<UserFacts> loadUser(const Database &db, const QString &userUuid)
{
    Query q(db, QStringLiteral("SELECT username, role, password_hash FROM app_user WHERE uuid = :u"));
    q.bind(QStringLiteral(":u"), userUuid);
    if (Status s = q.exec(OfficeKeys::tr("reading user accounts")); !s.ok())
        return s.error();
    if (!q.next())
        return Result<UserFacts>::failure(ErrorCode::NotFound, OfficeKeys::tr("The user account was not found."));
    return UserFacts{q.text(0), Roles::fromId(q.text(1)).value_or(Role::Clerk), q.text(2)};
}

// ---- own keys --------------------------------------------------------------------------------

struct OwnRow {
    QString keyId;
    int generation = 0;
    QString purpose;
    QByteArray signPk, boxPk, sealed;
    QString createdAt, createdBy, retiredAt, revokedAt;
    bool current() const { return retiredAt.isEmpty() && revokedAt.isEmpty(); }
};

// Current first (the highest generation neither retired nor revoked), then by generation.
Result<QList<OwnRow>> ownRows(const Database &db, const QString &purpose)
{
    Query q(db, QStringLiteral("SELECT key_id, generation, purpose, sign_pk, box_pk, sealed_secret, created_at, "
                               "created_by, retired_at, revoked_at FROM own_key WHERE purpose = :p "
                               "ORDER BY (retired_at = '' AND revoked_at = '') DESC, generation DESC"));
    q.bind(QStringLiteral(":p"), purpose);
    if (Status s = q.exec(OfficeKeys::tr("reading the office keys")); !s.ok())
        return s.error();
    QList<OwnRow> rows;
    while (q.next()) {
        rows << OwnRow{q.text(0),
                       static_cast<int>(q.integer(1)),
                       q.text(2),
                       q.value(3).toByteArray(),
                       q.value(4).toByteArray(),
                       q.value(5).toByteArray(),
                       q.text(6),
                       q.text(7),
                       q.text(8),
                       q.text(9)};
    }
    return rows;
}

const OwnRow *currentOf(const QList<OwnRow> &rows)
{
    return !rows.isEmpty() && rows.front().current() ? &rows.front() : nullptr;
}

Result<int> nextGeneration(const Database &db, const QString &purpose)
{
    Result<QVariant> v = Query::scalar(db, QStringLiteral("SELECT COALESCE(MAX(generation), 0) FROM own_key WHERE purpose = :p"),
                                       {{QStringLiteral(":p"), purpose}}, OfficeKeys::tr("reading the office keys"), 0);
    if (!v)
        return v.error();
    return v->toInt() + 1;
}

QString signatureMetaKey(const QString &keyId)
{
    return QStringLiteral("key_signature.") + keyId;
}

Result<PublicKeySet> publicOf(const Database &db, const OwnRow &row)
{
    const OfficeInfo office = Office::info(db);
    Result<ReplicaInfo> replica = Replica::info(db);
    if (!replica)
        return replica.error();
    PublicKeySet k;
    k.keyId = row.keyId;
    k.officeCode = office.code;
    k.officeName = office.name;
    k.mode = Office::modeId(office.mode);
    k.replicaId = replica->replicaId;
    k.generation = row.generation;
    k.signPk = row.signPk;
    k.boxPk = row.boxPk;
    k.created = row.createdAt;
    if (office.isCounty()) {
        Result<QList<OwnRow>> escrow = ownRows(db, QStringLiteral("escrow"));
        if (!escrow)
            return escrow.error();
        if (const OwnRow *e = currentOf(*escrow))
            k.escrowPk = e->boxPk;
    }
    return k;
}

// What the self-signature covers: every field but the signature and the escrow key (which the
// county adds later without opening its keys; the fingerprint covers it).
QCborMap signedPart(const PublicKeySet &k)
{
    QCborMap m;
    m.insert(QStringLiteral("format"), QStringLiteral("sifa-keys"));
    m.insert(QStringLiteral("version"), 1);
    m.insert(QStringLiteral("key_id"), k.keyId);
    m.insert(QStringLiteral("office_code"), k.officeCode);
    m.insert(QStringLiteral("office_name"), k.officeName);
    m.insert(QStringLiteral("mode"), k.mode);
    m.insert(QStringLiteral("replica_id"), k.replicaId);
    m.insert(QStringLiteral("generation"), k.generation);
    m.insert(QStringLiteral("sign_pk"), k.signPk);
    m.insert(QStringLiteral("box_pk"), k.boxPk);
    m.insert(QStringLiteral("created"), k.created);
    return m;
}

QByteArray signedBytes(const PublicKeySet &k)
{
    return QCborValue(signedPart(k)).toCbor();
}

Status storeSignature(Database &db, const PublicKeySet &k, const QByteArray &signSk)
{
    const QByteArray msg = signedBytes(k);
    QByteArray sig(kSignatureBytes, '\0');
    crypto_sign_detached(bytes(sig), nullptr, bytes(msg), len(msg), bytes(signSk));
    return db.setMeta(signatureMetaKey(k.keyId), QString::fromLatin1(sig.toBase64()));
}

// A new office pair sealed with the KEK, its self-signature stored. Not audited here.
Result<QString> newOfficePair(Database &db, const Secret &kek, int generation, const QString &createdBy)
{
    QByteArray signPk(crypto_sign_PUBLICKEYBYTES, '\0');
    QByteArray boxPk(crypto_box_PUBLICKEYBYTES, '\0');
    Secret secret(kSignSkBytes + kKeyBytes);  // sign_sk || box_sk
    crypto_sign_keypair(bytes(signPk), secret.data());
    crypto_box_keypair(bytes(boxPk), secret.data() + kSignSkBytes);
    OwnRow row;
    row.keyId = keyIdOf(signPk, boxPk);
    row.generation = generation;
    row.purpose = QStringLiteral("office");
    row.signPk = signPk;
    row.boxPk = boxPk;
    row.createdAt = nowTimestamp();
    row.createdBy = createdBy;
    Query q(db, QStringLiteral("INSERT INTO own_key(key_id, generation, purpose, sign_pk, box_pk, sealed_secret, "
                               "created_at, created_by) VALUES (:id, :g, 'office', :s, :b, :x, :t, :by)"));
    q.bind(QStringLiteral(":id"), row.keyId)
        .bind(QStringLiteral(":g"), generation)
        .bind(QStringLiteral(":s"), signPk)
        .bind(QStringLiteral(":b"), boxPk)
        .bind(QStringLiteral(":x"), secretboxSeal(secret.get(), kek))
        .bind(QStringLiteral(":t"), row.createdAt)
        .bind(QStringLiteral(":by"), createdBy);
    if (Status s = q.exec(OfficeKeys::tr("saving the office keys")); !s.ok())
        return s.error();
    Result<PublicKeySet> pub = publicOf(db, row);
    if (!pub)
        return pub.error();
    Secret signSk(secret.get().left(kSignSkBytes));
    if (Status s = storeSignature(db, *pub, signSk.get()); !s.ok())
        return s.error();
    return row.keyId;
}

bool openPair(UnlockedKeys::Pair &pair, const OwnRow &row, const Secret &kek)
{
    Secret plain;
    if (!secretboxOpen(plain, row.sealed, kek) || plain.size() != kSignSkBytes + kKeyBytes)
        return false;
    pair.keyId = row.keyId;
    pair.generation = row.generation;
    pair.signPk = row.signPk;
    pair.boxPk = row.boxPk;
    pair.signSk = plain.get().left(kSignSkBytes);
    pair.boxSk = plain.get().mid(kSignSkBytes);
    return true;
}

QString noKeysMessage()
{
    return OfficeKeys::tr("This office has no keys yet: the office head or an administrator makes them by opening "
                          "the keys with their password once.");
}

QString wrongPasswordMessage()
{
    return OfficeKeys::tr("The password is wrong; the office keys stay locked.");
}

QString notKeyFileMessage()
{
    return OfficeKeys::tr("This file is not a SifaDesk key file.");
}

QString damagedKeyFileMessage()
{
    return OfficeKeys::tr("The key file is damaged or was altered (its signature does not match). Ask the other "
                          "office for a new copy.");
}

// ---- trusted keys ----------------------------------------------------------------------------

const char *const kTrustedColumns =
    "key_id, office_code, office_name, mode, replica_id, generation, sign_pk, box_pk, escrow_pk, trusted_at, "
    "trusted_by, revoked_at, revoked_reason, superseded_by";

TrustedKey readTrusted(Query &q)
{
    TrustedKey t;
    t.keys.keyId = q.text(0);
    t.keys.officeCode = q.text(1);
    t.keys.officeName = q.text(2);
    t.keys.mode = q.text(3);
    t.keys.replicaId = q.text(4);
    t.keys.generation = static_cast<int>(q.integer(5));
    t.keys.signPk = q.value(6).toByteArray();
    t.keys.boxPk = q.value(7).toByteArray();
    t.keys.escrowPk = q.value(8).toByteArray();
    t.trustedAt = q.text(9);
    t.trustedBy = q.text(10);
    t.revokedAt = q.text(11);
    t.revokedReason = q.text(12);
    t.supersededBy = q.text(13);
    return t;
}

Result<std::optional<TrustedKey>> findTrusted(const Database &db, const QString &keyId)
{
    Query q(db, QStringLiteral("SELECT %1 FROM trusted_key WHERE key_id = :k").arg(QLatin1String(kTrustedColumns)));
    q.bind(QStringLiteral(":k"), keyId.trimmed().toLower());
    if (Status s = q.exec(OfficeKeys::tr("reading the trusted keys")); !s.ok())
        return s.error();
    if (!q.next())
        return std::optional<TrustedKey>();
    return std::optional<TrustedKey>(readTrusted(q));
}

Status insertTrusted(Database &db, const PublicKeySet &k, const QString &trustedBy)
{
    Query q(db, QStringLiteral("INSERT INTO trusted_key(key_id, office_code, office_name, mode, replica_id, generation, "
                               "sign_pk, box_pk, escrow_pk, fingerprint, trusted_at, trusted_by) VALUES "
                               "(:id, :o, :n, :m, :r, :g, :s, :b, :e, :f, :t, :by)"));
    q.bind(QStringLiteral(":id"), k.keyId)
        .bind(QStringLiteral(":o"), k.officeCode)
        .bind(QStringLiteral(":n"), k.officeName)
        .bind(QStringLiteral(":m"), k.mode)
        .bind(QStringLiteral(":r"), k.replicaId)
        .bind(QStringLiteral(":g"), k.generation)
        .bind(QStringLiteral(":s"), k.signPk)
        .bind(QStringLiteral(":b"), k.boxPk)
        .bind(QStringLiteral(":e"), k.escrowPk.isEmpty() ? nullBlob() : QVariant(k.escrowPk))
        .bind(QStringLiteral(":f"), OfficeKeys::fingerprint(k))
        .bind(QStringLiteral(":t"), nowTimestamp())
        .bind(QStringLiteral(":by"), trustedBy);
    return q.exec(OfficeKeys::tr("saving a trusted key"));
}

// Older generations of the same office, still valid, are superseded by `k`.
Status supersedeOlder(Database &db, const PublicKeySet &k)
{
    Query q(db, QStringLiteral("UPDATE trusted_key SET superseded_by = :new WHERE office_code = :o AND key_id <> :new "
                               "AND revoked_at = '' AND superseded_by = '' AND generation < :g"));
    q.bind(QStringLiteral(":new"), k.keyId).bind(QStringLiteral(":o"), k.officeCode).bind(QStringLiteral(":g"), k.generation);
    return q.exec(OfficeKeys::tr("saving a trusted key"));
}

bool validPublicShape(const PublicKeySet &k)
{
    return k.signPk.size() == kKeyBytes && k.boxPk.size() == kKeyBytes
        && (k.escrowPk.isEmpty() || k.escrowPk.size() == kKeyBytes) && k.keyId == keyIdOf(k.signPk, k.boxPk)
        && k.generation >= 1 && !k.officeCode.isEmpty()
        && (k.mode == QLatin1String("township") || k.mode == QLatin1String("county"));
}

}  // namespace

// ---- UnlockedKeys ----------------------------------------------------------------------------

UnlockedKeys::~UnlockedKeys()
{
    for (Pair &p : m_pairs) {
        wipe(p.signSk);
        wipe(p.boxSk);
    }
    wipe(m_kek);
}

const UnlockedKeys::Pair *UnlockedKeys::find(const QString &keyId) const
{
    for (const Pair &p : m_pairs) {
        if (p.keyId.compare(keyId.trimmed(), Qt::CaseInsensitive) == 0)
            return &p;
    }
    return nullptr;
}

QString PublicKeySet::fingerprint() const
{
    return OfficeKeys::fingerprint(*this);
}

// ---- OfficeKeys ------------------------------------------------------------------------------

bool OfficeKeys::roleHoldsKeys(Role role)
{
    return Permissions::allows(role, Permission::SyncKeys);
}

Result<bool> OfficeKeys::exist(const Database &db)
{
    Result<qint64> n = countOf(db, QStringLiteral("SELECT COUNT(*) FROM own_key WHERE purpose = 'office' "
                                                  "AND retired_at = '' AND revoked_at = ''"));
    if (!n)
        return n.error();
    return *n > 0;
}

Status OfficeKeys::generate(Database &db, const QString &userUuid, const QString &username, const QString &password)
{
    ensureSodium();
    Result<qint64> existing = countOf(db, QStringLiteral("SELECT COUNT(*) FROM own_key WHERE purpose = 'office'"));
    if (!existing)
        return existing.status();
    if (*existing > 0)
        return {};
    Result<UserFacts> user = loadUser(db, userUuid);
    if (!user)
        return user.status();
    const Actor actor{username, Roles::id(user->role)};
    Transaction tx(db);
    if (!tx.ok())
        return tx.status();
    Secret kek(randomBytes(kKeyBytes));
    // Grants of a KEK that sealed nothing are meaningless: every holder is granted the new one.
    if (Status s = db.exec(QStringLiteral("UPDATE key_holder SET sealed_kek = NULL"), tr("saving a key holder")); !s.ok())
        return s;
    if (Status s = writeHolder(db, userUuid, password, &kek); !s.ok())
        return s;
    Result<QString> keyId = newOfficePair(db, kek, 1, username);
    if (!keyId)
        return keyId.status();
    if (Status s = AuditLog::append(db, actor, QStringLiteral("keys.generate"), QStringLiteral("own_key"), *keyId,
                                    QStringLiteral("generation 1"));
        !s.ok())
        return s;
    if (Status s = grantPending(db, actor, kek); !s.ok())
        return s;
    return tx.commit();
}

Status OfficeKeys::enrollHolder(Database &db, const QString &userUuid, const QString &password,
                                const QString &oldPassword)
{
    ensureSodium();
    Result<UserFacts> user = loadUser(db, userUuid);
    if (!user)
        return user.status();
    Transaction tx(db);
    if (!tx.ok())
        return tx.status();
    Result<HolderRow> existing = loadHolder(db, userUuid);
    if (!existing)
        return existing.status();
    if (!roleHoldsKeys(user->role)) {
        // No longer a holder (a role changed): the entry goes, unless it holds the only grant
        // (the keys would be lost; unlock refuses this user anyway).
        if (existing->found) {
            Result<qint64> others = countOf(db,
                                            QStringLiteral("SELECT COUNT(*) FROM key_holder WHERE sealed_kek IS NOT NULL "
                                                           "AND user_uuid <> :u"),
                                            {{QStringLiteral(":u"), userUuid}});
            if (!others)
                return others.status();
            if (!existing->granted() || *others > 0) {
                Query q(db, QStringLiteral("DELETE FROM key_holder WHERE user_uuid = :u"));
                q.bind(QStringLiteral(":u"), userUuid);
                if (Status s = q.exec(tr("saving a key holder")); !s.ok())
                    return s;
            }
        }
        return tx.commit();
    }
    Secret kek;
    bool keep = false;
    if (existing->found && existing->granted() && !oldPassword.isEmpty()) {
        Secret sk;
        keep = unwrapHolderSecret(sk, existing->wrapped, oldPassword)
            && openKek(kek, existing->sealedKek, existing->boxPk, sk);
    }
    if (Status s = writeHolder(db, userUuid, password, keep ? &kek : nullptr); !s.ok())
        return s;
    return tx.commit();
}

Result<std::unique_ptr<UnlockedKeys>> OfficeKeys::unlock(Database &db, const Session &session, const QString &password)
{
    using R = Result<std::unique_ptr<UnlockedKeys>>;
    ensureSodium();
    if (Status s = requirePermission(db, session, Permission::SyncKeys); !s.ok())
        return s.error();
    Transaction tx(db);
    if (!tx.ok())
        return tx.status().error();
    const Actor actor = session.actor();

    Result<HolderRow> holder = loadHolder(db, session.userUuid);
    if (!holder)
        return holder.error();
    QByteArray holderPk = holder->boxPk;
    Secret holderSk;
    bool opened = holder->found && unwrapHolderSecret(holderSk, holder->wrapped, password);
    bool granted = opened && holder->granted();
    if (!opened) {
        // No entry yet (a database from before version 7, a role changed to head or admin), or an
        // entry that missed a password change: the account's password decides.
        Result<UserFacts> user = loadUser(db, session.userUuid);
        if (!user)
            return user.error();
        if (!PasswordHash::verify(user->passwordHash, password))
            return R::failure(ErrorCode::PermissionDenied, wrongPasswordMessage());
        if (Status s = writeHolder(db, session.userUuid, password, nullptr, &holderPk, &holderSk); !s.ok())
            return s.error();
        granted = false;
    }

    Result<qint64> ownCount = countOf(db, QStringLiteral("SELECT COUNT(*) FROM own_key WHERE purpose = 'office'"));
    if (!ownCount)
        return ownCount.error();
    Secret kek;
    if (granted) {
        if (!openKek(kek, holder->sealedKek, holderPk, holderSk)) {
            return R::failure(ErrorCode::Damaged,
                              tr("Your access to the office keys is damaged. Ask the office head or an administrator "
                                 "to reset your password; access is granted again when they next open the keys."));
        }
    } else {
        Result<qint64> grants = countOf(db, QStringLiteral("SELECT COUNT(*) FROM key_holder WHERE sealed_kek IS NOT NULL"));
        if (!grants)
            return grants.error();
        if (*ownCount > 0 && *grants > 0) {
            if (Status s = tx.commit(); !s.ok())
                return s.error();
            return R::failure(ErrorCode::Conflict,
                              tr("You may use the office keys, but they have not been handed to you yet: this happens "
                                 "the next time another key holder (the office head or an administrator) opens them. "
                                 "Ask them to, then try again."));
        }
        // No keys yet (a database from before version 7), or keys no holder can open any more
        // (every holder's password was reset): a new office key, and new pairs the partners
        // have to trust again.
        kek = Secret(randomBytes(kKeyBytes));
        if (*ownCount > 0) {
            Query q(db, QStringLiteral("UPDATE own_key SET retired_at = CASE WHEN retired_at = '' THEN :t ELSE retired_at END, "
                                       "revoked_at = :t WHERE purpose = 'office' AND revoked_at = ''"));
            q.bind(QStringLiteral(":t"), nowTimestamp());
            if (Status s = q.exec(tr("saving the office keys")); !s.ok())
                return s.error();
            if (Status s = AuditLog::append(db, actor, QStringLiteral("keys.recover"), QStringLiteral("own_key"), QString(),
                                            QStringLiteral("no holder could open the office keys; old pairs revoked"));
                !s.ok())
                return s.error();
        }
        if (Status s = db.exec(QStringLiteral("UPDATE key_holder SET sealed_kek = NULL"), tr("saving a key holder"));
            !s.ok())
            return s.error();
        Query q(db, QStringLiteral("UPDATE key_holder SET sealed_kek = :k, updated_at = :t WHERE user_uuid = :u"));
        q.bind(QStringLiteral(":k"), sealKek(kek, holderPk))
            .bind(QStringLiteral(":t"), nowTimestamp())
            .bind(QStringLiteral(":u"), session.userUuid);
        if (Status s = q.exec(tr("saving a key holder")); !s.ok())
            return s.error();
    }

    Result<QList<OwnRow>> rows = ownRows(db, QStringLiteral("office"));
    if (!rows)
        return rows.error();
    if (!currentOf(*rows)) {
        // None yet, or the current one was revoked: a new generation.
        Result<int> generation = nextGeneration(db, QStringLiteral("office"));
        if (!generation)
            return generation.error();
        Result<QString> keyId = newOfficePair(db, kek, *generation, session.username);
        if (!keyId)
            return keyId.error();
        if (Status s = AuditLog::append(db, actor, QStringLiteral("keys.generate"), QStringLiteral("own_key"), *keyId,
                                        QStringLiteral("generation %1").arg(*generation));
            !s.ok())
            return s.error();
        rows = ownRows(db, QStringLiteral("office"));
        if (!rows)
            return rows.error();
    }

    std::unique_ptr<UnlockedKeys> keys(new UnlockedKeys);
    for (const OwnRow &row : *rows) {
        UnlockedKeys::Pair pair;
        if (!openPair(pair, row, kek)) {
            if (&row == &rows->front()) {
                return R::failure(ErrorCode::Damaged, tr("The office keys could not be opened: they are damaged."));
            }
            continue;  // sealed with an office key that was lost (revoked at recovery)
        }
        if (db.meta(signatureMetaKey(row.keyId)).isEmpty()) {
            Result<PublicKeySet> pub = publicOf(db, row);
            if (!pub)
                return pub.error();
            if (Status s = storeSignature(db, *pub, pair.signSk); !s.ok())
                return s.error();
        }
        keys->m_pairs << std::move(pair);
    }
    keys->m_kek = kek.get();
    keys->m_kek.detach();
    if (Status s = grantPending(db, actor, kek); !s.ok())
        return s.error();
    if (Status s = tx.commit(); !s.ok())
        return s.error();
    return R(std::move(keys));
}

Result<PublicKeySet> OfficeKeys::own(const Database &db)
{
    Result<QList<OwnRow>> rows = ownRows(db, QStringLiteral("office"));
    if (!rows)
        return rows.error();
    const OwnRow *current = currentOf(*rows);
    if (!current)
        return Result<PublicKeySet>::failure(ErrorCode::NotFound, noKeysMessage());
    return publicOf(db, *current);
}

Result<QList<PublicKeySet>> OfficeKeys::ownAll(const Database &db)
{
    Result<QList<OwnRow>> rows = ownRows(db, QStringLiteral("office"));
    if (!rows)
        return rows.error();
    QList<PublicKeySet> out;
    for (const OwnRow &row : *rows) {
        Result<PublicKeySet> k = publicOf(db, row);
        if (!k)
            return k.error();
        out << *k;
    }
    return out;
}

Result<QByteArray> OfficeKeys::exportPublic(const Database &db)
{
    Result<PublicKeySet> k = own(db);
    if (!k)
        return k.error();
    const QByteArray sig = QByteArray::fromBase64(db.meta(signatureMetaKey(k->keyId)).toLatin1());
    if (sig.size() != kSignatureBytes) {
        return Result<QByteArray>::failure(ErrorCode::Conflict,
                                           tr("The key file is not signed yet: the office head or an administrator "
                                              "opens the office keys once (with their password) to sign it."));
    }
    QCborMap m = signedPart(*k);
    if (!k->escrowPk.isEmpty())
        m.insert(QStringLiteral("escrow_pk"), k->escrowPk);
    m.insert(QStringLiteral("signature"), sig);
    return QCborValue(m).toCbor();
}

Result<PublicKeySet> OfficeKeys::parsePublic(const QByteArray &file)
{
    using R = Result<PublicKeySet>;
    ensureSodium();
    if (file.isEmpty() || file.size() > kMaxKeyFile)
        return R::failure(ErrorCode::InvalidInput, notKeyFileMessage());
    QCborParserError err;
    const QCborValue v = QCborValue::fromCbor(file, &err);
    if (err.error != QCborError::NoError || !v.isMap())
        return R::failure(ErrorCode::InvalidInput, notKeyFileMessage());
    const QCborMap m = v.toMap();
    if (m.value(QStringLiteral("format")).toString() != QLatin1String("sifa-keys"))
        return R::failure(ErrorCode::InvalidInput, notKeyFileMessage());
    if (m.value(QStringLiteral("version")).toInteger(-1) != 1) {
        return R::failure(ErrorCode::InvalidInput,
                          tr("This key file was written by a newer version of SifaDesk; update this one first."));
    }
    const QStringList strings{QStringLiteral("key_id"),     QStringLiteral("office_code"), QStringLiteral("office_name"),
                              QStringLiteral("mode"),       QStringLiteral("replica_id"),  QStringLiteral("created")};
    const QStringList blobs{QStringLiteral("sign_pk"), QStringLiteral("box_pk"), QStringLiteral("signature")};
    bool shapeOk = m.value(QStringLiteral("generation")).isInteger();
    for (const QString &f : strings)
        shapeOk = shapeOk && m.value(f).isString();
    for (const QString &f : blobs)
        shapeOk = shapeOk && m.value(f).isByteArray();
    if (m.contains(QStringLiteral("escrow_pk")))
        shapeOk = shapeOk && m.value(QStringLiteral("escrow_pk")).isByteArray();
    // Exactly the bytes its own encoding gives: nothing appended, nothing encoded twice ways.
    if (!shapeOk || v.toCbor() != file)
        return R::failure(ErrorCode::Damaged, damagedKeyFileMessage());

    PublicKeySet k;
    k.keyId = m.value(QStringLiteral("key_id")).toString();
    k.officeCode = m.value(QStringLiteral("office_code")).toString();
    k.officeName = m.value(QStringLiteral("office_name")).toString();
    k.mode = m.value(QStringLiteral("mode")).toString();
    k.replicaId = m.value(QStringLiteral("replica_id")).toString();
    const qint64 generation = m.value(QStringLiteral("generation")).toInteger();
    k.generation = generation > 0 && generation < 1000000 ? static_cast<int>(generation) : 0;
    k.signPk = m.value(QStringLiteral("sign_pk")).toByteArray();
    k.boxPk = m.value(QStringLiteral("box_pk")).toByteArray();
    k.escrowPk = m.value(QStringLiteral("escrow_pk")).toByteArray();
    k.created = m.value(QStringLiteral("created")).toString();
    const QByteArray sig = m.value(QStringLiteral("signature")).toByteArray();
    if (!validPublicShape(k) || sig.size() != kSignatureBytes)
        return R::failure(ErrorCode::Damaged, damagedKeyFileMessage());

    QCborMap part = m;
    part.remove(QStringLiteral("signature"));
    part.remove(QStringLiteral("escrow_pk"));
    const QByteArray msg = QCborValue(part).toCbor();
    if (msg != signedBytes(k)
        || crypto_sign_verify_detached(bytes(sig), bytes(msg), len(msg), bytes(k.signPk)) != 0)
        return R::failure(ErrorCode::Damaged, damagedKeyFileMessage());
    return k;
}

QString OfficeKeys::fingerprint(const PublicKeySet &keys)
{
    ensureSodium();
    // Each field length-prefixed (4 bytes, big-endian) after a domain tag.
    QByteArray enc("sifa-fingerprint-v1");
    auto field = [&enc](const QByteArray &b) {
        const quint32 n = static_cast<quint32>(b.size());
        enc.append(static_cast<char>((n >> 24) & 0xff)).append(static_cast<char>((n >> 16) & 0xff));
        enc.append(static_cast<char>((n >> 8) & 0xff)).append(static_cast<char>(n & 0xff));
        enc.append(b);
    };
    field(keys.officeCode.toUtf8());
    field(keys.signPk);
    field(keys.boxPk);
    field(keys.escrowPk);
    // 12 groups need 60 bytes: BLAKE2b with a 64-byte output.
    unsigned char h[crypto_generichash_BYTES_MAX];
    crypto_generichash(h, sizeof h, bytes(enc), len(enc), nullptr, 0);
    QStringList groups;
    for (int g = 0; g < kFingerprintGroups; ++g) {
        quint64 v = 0;
        for (int i = 0; i < 5; ++i)
            v = (v << 8) | h[g * 5 + i];
        groups << QStringLiteral("%1").arg(v % 100000, 5, 10, QLatin1Char('0'));
    }
    return groups.join(QLatin1Char(' '));
}

QString OfficeKeys::normalizeFingerprint(const QString &typed)
{
    QString out;
    for (QChar c : typed) {
        if (c.isDigit() && c.digitValue() >= 0)  // full-width digits from a Chinese input method too
            out += QChar(u'0' + c.digitValue());
    }
    return out;
}

Status OfficeKeys::trust(Database &db, const Session &session, const QByteArray &file, const QString &typedFingerprint)
{
    if (Status s = requirePermission(db, session, Permission::SyncKeys); !s.ok())
        return s;
    Result<PublicKeySet> k = parsePublic(file);
    if (!k)
        return k.status();
    const OfficeInfo me = Office::info(db);
    Result<QList<OwnRow>> mine = ownRows(db, QStringLiteral("office"));
    if (!mine)
        return mine.status();
    bool isMine = k->officeCode == me.code;
    for (const OwnRow &r : *mine)
        isMine = isMine || r.keyId == k->keyId;
    if (isMine) {
        return Status::failure(ErrorCode::InvalidInput,
                               tr("This is this office's own key file; import the key file of the other office."));
    }
    if (k->mode == Office::modeId(me.mode)) {
        return Status::failure(ErrorCode::InvalidInput,
                               me.isCounty()
                                   ? tr("This is the key of another county bureau (%1 %2); a county bureau trusts the "
                                        "keys of its townships.")
                                         .arg(k->officeCode, k->officeName)
                                   : tr("This is the key of another township office (%1 %2); a township trusts the key "
                                        "of its county bureau.")
                                         .arg(k->officeCode, k->officeName));
    }
    const QString typed = normalizeFingerprint(typedFingerprint);
    if (typed.isEmpty()) {
        return Status::failure(ErrorCode::InvalidInput,
                               tr("Type the fingerprint the other office read out or printed on its key confirmation "
                                  "form."),
                               QStringLiteral("fingerprint"));
    }
    if (typed != normalizeFingerprint(fingerprint(*k))) {
        return Status::failure(ErrorCode::InvalidInput,
                               tr("The fingerprint does not match this key file of %1 %2. Do not trust it: call the "
                                  "other office and compare the fingerprint again, or ask for a new file.")
                                   .arg(k->officeCode, k->officeName),
                               QStringLiteral("fingerprint"));
    }
    Transaction tx(db);
    if (!tx.ok())
        return tx.status();
    Result<std::optional<TrustedKey>> existing = findTrusted(db, k->keyId);
    if (!existing)
        return existing.status();
    if (existing->has_value()) {
        const TrustedKey &t = **existing;
        if (t.revoked()) {
            return Status::failure(ErrorCode::Conflict,
                                   tr("The key %1 of %2 was revoked (%3) and cannot be trusted again.")
                                       .arg(t.keys.keyId, t.keys.officeCode, t.revokedReason));
        }
        if (t.keys.escrowPk == k->escrowPk)
            return {};  // trusted already
        // The county added its escrow key: the confirmed fingerprint covers it.
        Query q(db, QStringLiteral("UPDATE trusted_key SET escrow_pk = :e, fingerprint = :f WHERE key_id = :k"));
        q.bind(QStringLiteral(":e"), k->escrowPk.isEmpty() ? nullBlob() : QVariant(k->escrowPk))
            .bind(QStringLiteral(":f"), fingerprint(*k))
            .bind(QStringLiteral(":k"), k->keyId);
        if (Status s = q.exec(tr("saving a trusted key")); !s.ok())
            return s;
        if (Status s = AuditLog::append(db, session.actor(), QStringLiteral("keys.trust"), QStringLiteral("trusted_key"),
                                        k->keyId, QStringLiteral("office %1: escrow key updated").arg(k->officeCode));
            !s.ok())
            return s;
        return tx.commit();
    }
    if (Status s = insertTrusted(db, *k, session.username); !s.ok())
        return s;
    if (Status s = supersedeOlder(db, *k); !s.ok())
        return s;
    if (Status s = AuditLog::append(db, session.actor(), QStringLiteral("keys.trust"), QStringLiteral("trusted_key"),
                                    k->keyId,
                                    QStringLiteral("office %1 (%2), generation %3").arg(k->officeCode, k->mode).arg(k->generation));
        !s.ok())
        return s;
    return tx.commit();
}

Status OfficeKeys::revoke(Database &db, const Session &session, const QString &keyId, const QString &reason)
{
    if (Status s = requirePermission(db, session, Permission::SyncKeys); !s.ok())
        return s;
    const QString why = reason.trimmed();
    if (why.isEmpty())
        return Status::failure(ErrorCode::InvalidInput, tr("Give the reason for revoking the key."), QStringLiteral("reason"));
    const QString id = keyId.trimmed().toLower();
    Transaction tx(db);
    if (!tx.ok())
        return tx.status();
    Result<std::optional<TrustedKey>> trustedKey = findTrusted(db, id);
    if (!trustedKey)
        return trustedKey.status();
    const QString now = nowTimestamp();
    if (trustedKey->has_value()) {
        if ((*trustedKey)->revoked())
            return {};
        Query q(db, QStringLiteral("UPDATE trusted_key SET revoked_at = :t, revoked_reason = :r WHERE key_id = :k"));
        q.bind(QStringLiteral(":t"), now).bind(QStringLiteral(":r"), why).bind(QStringLiteral(":k"), id);
        if (Status s = q.exec(tr("revoking a key")); !s.ok())
            return s;
        if (Status s = AuditLog::append(db, session.actor(), QStringLiteral("keys.revoke"), QStringLiteral("trusted_key"),
                                        id, QStringLiteral("office %1: %2").arg((*trustedKey)->keys.officeCode, why));
            !s.ok())
            return s;
        return tx.commit();
    }
    Query own(db, QStringLiteral("SELECT purpose, revoked_at FROM own_key WHERE key_id = :k"));
    own.bind(QStringLiteral(":k"), id);
    if (Status s = own.exec(tr("reading the office keys")); !s.ok())
        return s;
    if (!own.next())
        return Status::failure(ErrorCode::NotFound, tr("There is no key %1.").arg(id));
    const QString purpose = own.text(0);
    if (!own.text(1).isEmpty())
        return {};
    Query q(db, QStringLiteral("UPDATE own_key SET retired_at = CASE WHEN retired_at = '' THEN :t ELSE retired_at END, "
                               "revoked_at = :t WHERE key_id = :k"));
    q.bind(QStringLiteral(":t"), now).bind(QStringLiteral(":k"), id);
    if (Status s = q.exec(tr("revoking a key")); !s.ok())
        return s;
    if (Status s = AuditLog::append(db, session.actor(), QStringLiteral("keys.revoke"), QStringLiteral("own_key"), id,
                                    QStringLiteral("%1 key: %2").arg(purpose, why));
        !s.ok())
        return s;
    return tx.commit();
}

Result<QList<TrustedKey>> OfficeKeys::trusted(const Database &db)
{
    Query q(db, QStringLiteral("SELECT %1 FROM trusted_key ORDER BY office_code, generation DESC, trusted_at DESC")
                    .arg(QLatin1String(kTrustedColumns)));
    if (Status s = q.exec(tr("reading the trusted keys")); !s.ok())
        return s.error();
    QList<TrustedKey> out;
    while (q.next())
        out << readTrusted(q);
    return out;
}

Result<TrustedKey> OfficeKeys::trustedById(const Database &db, const QString &keyId)
{
    Result<std::optional<TrustedKey>> t = findTrusted(db, keyId);
    if (!t)
        return t.error();
    if (!t->has_value())
        return Result<TrustedKey>::failure(ErrorCode::NotFound, tr("The key %1 is not trusted here.").arg(keyId.trimmed()));
    return **t;
}

Result<TrustedKey> OfficeKeys::countyKey(const Database &db)
{
    Query q(db, QStringLiteral("SELECT %1 FROM trusted_key WHERE mode = 'county' AND revoked_at = '' AND superseded_by = '' "
                               "ORDER BY generation DESC, trusted_at DESC LIMIT 1")
                    .arg(QLatin1String(kTrustedColumns)));
    if (Status s = q.exec(tr("reading the trusted keys")); !s.ok())
        return s.error();
    if (!q.next()) {
        return Result<TrustedKey>::failure(ErrorCode::NotFound,
                                           tr("The county bureau's key is not trusted yet: import its key file and "
                                              "confirm its fingerprint first."));
    }
    return readTrusted(q);
}

Status OfficeKeys::rotate(Database &db, const Session &session, const UnlockedKeys &keys)
{
    ensureSodium();
    if (Status s = requirePermission(db, session, Permission::SyncKeys); !s.ok())
        return s;
    if (keys.m_kek.size() != kKeyBytes || keys.m_pairs.isEmpty()) {
        return Status::failure(ErrorCode::InvalidInput,
                               tr("Open the office keys with your password to make a new generation."));
    }
    Transaction tx(db);
    if (!tx.ok())
        return tx.status();
    Result<QList<OwnRow>> rows = ownRows(db, QStringLiteral("office"));
    if (!rows)
        return rows.status();
    const OwnRow *current = currentOf(*rows);
    if (!current || current->keyId != keys.current().keyId) {
        return Status::failure(ErrorCode::Conflict,
                               tr("The office keys changed since they were opened; open them again."));
    }
    Secret kek(QByteArray(keys.m_kek.constData(), keys.m_kek.size()));
    UnlockedKeys::Pair check;
    if (!openPair(check, *current, kek))
        return Status::failure(ErrorCode::Damaged, tr("The office keys could not be opened: they are damaged."));
    wipe(check.signSk);
    wipe(check.boxSk);
    const QString oldId = current->keyId;
    Query q(db, QStringLiteral("UPDATE own_key SET retired_at = :t WHERE key_id = :k"));
    q.bind(QStringLiteral(":t"), nowTimestamp()).bind(QStringLiteral(":k"), oldId);
    if (Status s = q.exec(tr("saving the office keys")); !s.ok())
        return s;
    Result<int> generation = nextGeneration(db, QStringLiteral("office"));
    if (!generation)
        return generation.status();
    Result<QString> keyId = newOfficePair(db, kek, *generation, session.username);
    if (!keyId)
        return keyId.status();
    if (Status s = AuditLog::append(db, session.actor(), QStringLiteral("keys.rotate"), QStringLiteral("own_key"), *keyId,
                                    QStringLiteral("generation %1 replaces %2").arg(*generation).arg(oldId));
        !s.ok())
        return s;
    return tx.commit();
}

Status OfficeKeys::acceptRotation(Database &db, const PublicKeySet &next, const QString &announcedByKeyId)
{
    Result<TrustedKey> old = trustedById(db, announcedByKeyId);
    if (!old)
        return old.status();
    if (old->revoked()) {
        return Status::failure(ErrorCode::PermissionDenied,
                               tr("A new key of office %1 was announced by a revoked key; it is not trusted.")
                                   .arg(old->keys.officeCode));
    }
    if (!validPublicShape(next) || next.officeCode != old->keys.officeCode || next.mode != old->keys.mode
        || next.generation <= old->keys.generation) {
        return Status::failure(ErrorCode::InvalidInput,
                               tr("The new key announced by office %1 is not valid; it is not trusted.")
                                   .arg(old->keys.officeCode));
    }
    Transaction tx(db);
    if (!tx.ok())
        return tx.status();
    Result<std::optional<TrustedKey>> existing = findTrusted(db, next.keyId);
    if (!existing)
        return existing.status();
    if (!existing->has_value()) {
        if (Status s = insertTrusted(db, next, QStringLiteral("rotation:") + old->keys.keyId); !s.ok())
            return s;
    }
    Query q(db, QStringLiteral("UPDATE trusted_key SET superseded_by = :n WHERE key_id = :o AND superseded_by = ''"));
    q.bind(QStringLiteral(":n"), next.keyId).bind(QStringLiteral(":o"), old->keys.keyId);
    if (Status s = q.exec(tr("saving a trusted key")); !s.ok())
        return s;
    if (Status s = supersedeOlder(db, next); !s.ok())
        return s;
    if (!existing->has_value()) {
        if (Status s = AuditLog::append(db, Actor{QStringLiteral("system"), QStringLiteral("system")},
                                        QStringLiteral("keys.rotation_accepted"), QStringLiteral("trusted_key"), next.keyId,
                                        QStringLiteral("office %1, generation %2 replaces %3")
                                            .arg(next.officeCode)
                                            .arg(next.generation)
                                            .arg(old->keys.keyId));
            !s.ok())
            return s;
    }
    return tx.commit();
}

// ---- EscrowKey -------------------------------------------------------------------------------

namespace {

constexpr qsizetype kMinPassphrase = 12;
constexpr qsizetype kMaxEscrowFile = 16 * 1024;

QString escrowFileMessage()
{
    return EscrowKey::tr("This file is not a SifaDesk escrow key file, or it is damaged.");
}

}  // namespace

Result<QByteArray> EscrowKey::create(Database &db, const Session &session, const QString &passphrase)
{
    ensureSodium();
    if (Status s = requirePermission(db, session, Permission::SyncKeys); !s.ok())
        return s.error();
    const OfficeInfo office = Office::info(db);
    if (!office.isCounty()) {
        return Result<QByteArray>::failure(ErrorCode::InvalidInput,
                                           tr("Only a county bureau's database has an escrow key."));
    }
    if (passphrase.size() < kMinPassphrase) {
        return Result<QByteArray>::failure(ErrorCode::InvalidInput,
                                           tr("The escrow passphrase must have at least %1 characters.").arg(kMinPassphrase),
                                           QStringLiteral("passphrase"));
    }
    QByteArray pk(kKeyBytes, '\0');
    Secret sk(kKeyBytes);
    crypto_box_keypair(bytes(pk), sk.data());
    const QByteArray salt = randomBytes(crypto_pwhash_SALTBYTES);
    const unsigned long long ops = crypto_pwhash_OPSLIMIT_MODERATE;
    const size_t mem = crypto_pwhash_MEMLIMIT_MODERATE;
    Secret key;
    if (!deriveKey(key, passphrase, salt, ops, mem))
        return Result<QByteArray>::failure(ErrorCode::Internal, tr("Not enough memory to protect the escrow key."));
    const QByteArray box = secretboxSeal(sk.get(), key);
    const QString keyId = keyIdOf(QByteArray(), pk);

    Transaction tx(db);
    if (!tx.ok())
        return tx.status().error();
    Result<int> generation = nextGeneration(db, QStringLiteral("escrow"));
    if (!generation)
        return generation.error();
    const QString now = nowTimestamp();
    {
        Query q(db, QStringLiteral("UPDATE own_key SET retired_at = :t WHERE purpose = 'escrow' AND retired_at = ''"));
        q.bind(QStringLiteral(":t"), now);
        if (Status s = q.exec(tr("saving the escrow key")); !s.ok())
            return s.error();
    }
    Query q(db, QStringLiteral("INSERT INTO own_key(key_id, generation, purpose, sign_pk, box_pk, sealed_secret, "
                               "created_at, created_by) VALUES (:id, :g, 'escrow', :s, :b, :x, :t, :by)"));
    q.bind(QStringLiteral(":id"), keyId)
        .bind(QStringLiteral(":g"), *generation)
        .bind(QStringLiteral(":s"), emptyBlob())
        .bind(QStringLiteral(":b"), pk)
        .bind(QStringLiteral(":x"), emptyBlob())
        .bind(QStringLiteral(":t"), now)
        .bind(QStringLiteral(":by"), session.username);
    if (Status s = q.exec(tr("saving the escrow key")); !s.ok())
        return s.error();
    if (Status s = AuditLog::append(db, session.actor(), QStringLiteral("keys.escrow_create"), QStringLiteral("own_key"),
                                    keyId, QStringLiteral("generation %1").arg(*generation));
        !s.ok())
        return s.error();

    QCborMap m;
    m.insert(QStringLiteral("format"), QStringLiteral("sifa-escrow"));
    m.insert(QStringLiteral("version"), 1);
    m.insert(QStringLiteral("key_id"), keyId);
    m.insert(QStringLiteral("office_code"), office.code);
    m.insert(QStringLiteral("office_name"), office.name);
    m.insert(QStringLiteral("generation"), *generation);
    m.insert(QStringLiteral("created"), now);
    m.insert(QStringLiteral("box_pk"), pk);
    m.insert(QStringLiteral("ops"), static_cast<qint64>(ops));
    m.insert(QStringLiteral("mem"), static_cast<qint64>(mem));
    m.insert(QStringLiteral("salt"), salt);
    m.insert(QStringLiteral("nonce"), box.left(crypto_secretbox_NONCEBYTES));
    m.insert(QStringLiteral("ct"), box.mid(crypto_secretbox_NONCEBYTES));
    if (Status s = tx.commit(); !s.ok())
        return s.error();
    return QCborValue(m).toCbor();
}

Result<std::unique_ptr<UnlockedKeys>> EscrowKey::open(const QByteArray &file, const QString &passphrase)
{
    using R = Result<std::unique_ptr<UnlockedKeys>>;
    ensureSodium();
    if (file.isEmpty() || file.size() > kMaxEscrowFile)
        return R::failure(ErrorCode::InvalidInput, escrowFileMessage());
    QCborParserError err;
    const QCborValue v = QCborValue::fromCbor(file, &err);
    if (err.error != QCborError::NoError || !v.isMap())
        return R::failure(ErrorCode::InvalidInput, escrowFileMessage());
    const QCborMap m = v.toMap();
    if (m.value(QStringLiteral("format")).toString() != QLatin1String("sifa-escrow")
        || m.value(QStringLiteral("version")).toInteger(-1) != 1)
        return R::failure(ErrorCode::InvalidInput, escrowFileMessage());
    const QString keyId = m.value(QStringLiteral("key_id")).toString();
    const QByteArray pk = m.value(QStringLiteral("box_pk")).toByteArray();
    const QByteArray salt = m.value(QStringLiteral("salt")).toByteArray();
    const QByteArray nonce = m.value(QStringLiteral("nonce")).toByteArray();
    const QByteArray ct = m.value(QStringLiteral("ct")).toByteArray();
    const qint64 ops = m.value(QStringLiteral("ops")).toInteger(-1);
    const qint64 mem = m.value(QStringLiteral("mem")).toInteger(-1);
    // Bounded work, whatever the file says.
    const bool paramsOk = ops >= static_cast<qint64>(crypto_pwhash_OPSLIMIT_MIN)
        && ops <= static_cast<qint64>(crypto_pwhash_OPSLIMIT_SENSITIVE)
        && mem >= static_cast<qint64>(crypto_pwhash_MEMLIMIT_MIN)
        && mem <= static_cast<qint64>(crypto_pwhash_MEMLIMIT_SENSITIVE);
    if (pk.size() != kKeyBytes || salt.size() != static_cast<qsizetype>(crypto_pwhash_SALTBYTES)
        || nonce.size() != static_cast<qsizetype>(crypto_secretbox_NONCEBYTES)
        || ct.size() != kKeyBytes + static_cast<qsizetype>(crypto_secretbox_MACBYTES) || !paramsOk
        || keyId != keyIdOf(QByteArray(), pk))
        return R::failure(ErrorCode::Damaged, escrowFileMessage());
    Secret key;
    if (!deriveKey(key, passphrase, salt, static_cast<unsigned long long>(ops), static_cast<size_t>(mem)))
        return R::failure(ErrorCode::Internal, tr("Not enough memory to open the escrow key."));
    Secret sk;
    if (!secretboxOpen(sk, nonce + ct, key)) {
        return R::failure(ErrorCode::PermissionDenied,
                          tr("The passphrase is wrong (or the escrow file is damaged); the escrow key stays locked."));
    }
    QByteArray derivedPk(kKeyBytes, '\0');
    crypto_scalarmult_base(bytes(derivedPk), sk.data());
    if (derivedPk != pk)
        return R::failure(ErrorCode::Damaged, escrowFileMessage());
    std::unique_ptr<UnlockedKeys> keys(new UnlockedKeys);
    UnlockedKeys::Pair pair;
    pair.keyId = keyId;
    pair.generation = static_cast<int>(m.value(QStringLiteral("generation")).toInteger(1));
    pair.boxPk = pk;
    pair.boxSk = sk.get();
    pair.boxSk.detach();
    keys->m_pairs << std::move(pair);
    return R(std::move(keys));
}

}  // namespace sifa
