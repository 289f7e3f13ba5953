// The office's keys (SYNC.md §6): made at set-up, opened by the holders (head, administrator)
// with their own password, handed to new holders by the next holder who opens them, exported
// self-signed, trusted after the fingerprint is compared, revoked, rotated; the county's escrow
// key; a database from before version 7 gets its keys on the first unlock.
#include "CatchCompat.h"
#include "TestSupport.h"

#include "domain/Office.h"
#include "security/PasswordHash.h"
#include "security/Users.h"
#include "storage/Query.h"
#include "sync/OfficeKeys.h"

#include <QCborMap>
#include <QCborValue>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <sodium.h>

using namespace sifa;

namespace {

const QString kNewPassword = QStringLiteral("Another-Horse-8");

std::unique_ptr<UnlockedKeys> unlockOk(Database &db, const Session &s, const QString &password = test::kPassword)
{
    Result<std::unique_ptr<UnlockedKeys>> keys = OfficeKeys::unlock(db, s, password);
    INFO(s.username << ": " << keys.message());
    REQUIRE(keys.ok());
    return std::move(keys).value();
}

qint64 audited(test::TestOffice &office, const QString &action, const QString &record = QString())
{
    QVariantMap bind{{QStringLiteral(":a"), action}};
    if (!record.isEmpty())
        bind.insert(QStringLiteral(":r"), record);
    Result<QVariant> n = Query::scalar(*office.db,
                                       QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = :a")
                                           + (record.isEmpty() ? QString() : QStringLiteral(" AND record = :r")),
                                       bind, QString(), 0);
    REQUIRE(n.ok());
    return n->toLongLong();
}

// A county bureau's database beside the township.
struct County {
    QTemporaryDir dir;
    std::unique_ptr<Database> db;
    Session admin;
    County()
    {
        OfficeSetup setup{QStringLiteral("330225"), QStringLiteral("象山县司法局"), OfficeMode::County,
                          QStringLiteral("admin"), QStringLiteral("管理员"), test::kPassword};
        Result<std::unique_ptr<Database>> created = Office::createDatabase(dir.filePath(QStringLiteral("county.sqlite")), setup);
        INFO(created.message());
        REQUIRE(created.ok());
        db = std::move(created).value();
        Result<Session> s = Users::signIn(*db, QStringLiteral("admin"), test::kPassword);
        REQUIRE(s.ok());
        admin = *s;
    }
};

QByteArray exported(const Database &db)
{
    Result<QByteArray> file = OfficeKeys::exportPublic(db);
    INFO(file.message());
    REQUIRE(file.ok());
    return *file;
}

QByteArray sealTo(const QByteArray &pk, const QByteArray &message)
{
    QByteArray out(message.size() + crypto_box_SEALBYTES, '\0');
    crypto_box_seal(reinterpret_cast<unsigned char *>(out.data()), reinterpret_cast<const unsigned char *>(message.constData()),
                    static_cast<unsigned long long>(message.size()), reinterpret_cast<const unsigned char *>(pk.constData()));
    return out;
}

bool opens(const UnlockedKeys::Pair &pair, const QByteArray &sealed, const QByteArray &expected)
{
    QByteArray out(sealed.size() - crypto_box_SEALBYTES, '\0');
    return crypto_box_seal_open(reinterpret_cast<unsigned char *>(out.data()),
                                reinterpret_cast<const unsigned char *>(sealed.constData()),
                                static_cast<unsigned long long>(sealed.size()),
                                reinterpret_cast<const unsigned char *>(pair.boxPk.constData()),
                                reinterpret_cast<const unsigned char *>(pair.boxSk.constData()))
        == 0
        && out == expected;
}

bool hasGrant(const Database &db, const QString &username)
{
    Result<QVariant> v = Query::scalar(db,
                                       QStringLiteral("SELECT h.sealed_kek IS NOT NULL FROM key_holder h JOIN app_user u "
                                                      "ON u.uuid = h.user_uuid WHERE u.username = :u"),
                                       {{QStringLiteral(":u"), username}}, QString(), -1);
    return v.ok() && v->toInt() == 1;
}

}  // namespace

TEST_CASE("the office's keys are made at set-up and held by the first administrator", "[keys]")
{
    test::TestOffice office(false);
    Database &db = *office.db;
    CHECK(*OfficeKeys::exist(db));
    Result<PublicKeySet> own = OfficeKeys::own(db);
    REQUIRE(own.ok());
    CHECK(own->generation == 1);
    CHECK(own->officeCode == QStringLiteral("330225101"));
    CHECK(own->officeName == QStringLiteral("石浦镇司法所"));
    CHECK(own->mode == QStringLiteral("township"));
    CHECK_FALSE(own->replicaId.isEmpty());
    CHECK(own->signPk.size() == 32);
    CHECK(own->boxPk.size() == 32);
    CHECK(own->escrowPk.isEmpty());
    CHECK(QRegularExpression(QStringLiteral("^[0-9a-f]{16}$")).match(own->keyId).hasMatch());
    // key_id = BLAKE2b-64(sign_pk || box_pk)
    const QByteArray both = own->signPk + own->boxPk;
    QByteArray id(8, '\0');
    crypto_generichash(reinterpret_cast<unsigned char *>(id.data()), 8, reinterpret_cast<const unsigned char *>(both.constData()),
                       static_cast<unsigned long long>(both.size()), nullptr, 0);
    CHECK(own->keyId == QString::fromLatin1(id.toHex()));
    CHECK(hasGrant(db, QStringLiteral("admin")));
    // Nothing secret is stored in the clear: the sealed secret is longer than the two secret keys.
    CHECK(Query::scalar(db, QStringLiteral("SELECT length(sealed_secret) FROM own_key"), {}, QString())->toInt()
          == 24 + 96 + 16);
    CHECK(audited(office, QStringLiteral("keys.generate")) == 1);
    // Calling it again does nothing.
    CHECK(OfficeKeys::generate(db, office.signIn(QStringLiteral("admin")).userUuid, QStringLiteral("admin"), test::kPassword).ok());
    CHECK(Query::scalar(db, QStringLiteral("SELECT COUNT(*) FROM own_key"), {}, QString())->toInt() == 1);
}

TEST_CASE("head and administrator open the keys with their password; others cannot", "[keys]")
{
    test::TestOffice office;
    Database &db = *office.db;
    const Session admin = office.signIn(QStringLiteral("admin"));
    const Session head = office.signIn(QStringLiteral("head"));

    // The head was added by the administrator: an entry, but no grant until a holder opens the keys.
    CHECK_FALSE(hasGrant(db, QStringLiteral("head")));
    Result<std::unique_ptr<UnlockedKeys>> early = OfficeKeys::unlock(db, head, test::kPassword);
    CHECK(early.code() == ErrorCode::Conflict);
    CHECK(early.message().contains(QStringLiteral("not been handed")));

    std::unique_ptr<UnlockedKeys> a = unlockOk(db, admin);
    CHECK(hasGrant(db, QStringLiteral("head")));
    CHECK(audited(office, QStringLiteral("keys.grant"), QStringLiteral("head")) == 1);
    std::unique_ptr<UnlockedKeys> h = unlockOk(db, head);

    const PublicKeySet own = *OfficeKeys::own(db);
    for (const UnlockedKeys *k : {a.get(), h.get()}) {
        REQUIRE(k->all().size() == 1);
        const UnlockedKeys::Pair &p = k->current();
        CHECK(p.keyId == own.keyId);
        CHECK(p.signPk == own.signPk);
        CHECK(p.boxPk == own.boxPk);
        REQUIRE(p.signSk.size() == 64);
        REQUIRE(p.boxSk.size() == 32);
        CHECK(k->find(own.keyId) == &p);
        CHECK(k->find(own.keyId.toUpper()) == &p);
        CHECK(k->find(QStringLiteral("0000000000000000")) == nullptr);
        // The pairs work: a signature verifies with the public key, a sealed box opens.
        const QByteArray msg("bundle manifest");
        unsigned char sig[crypto_sign_BYTES];
        crypto_sign_detached(sig, nullptr, reinterpret_cast<const unsigned char *>(msg.constData()), 15,
                             reinterpret_cast<const unsigned char *>(p.signSk.constData()));
        CHECK(crypto_sign_verify_detached(sig, reinterpret_cast<const unsigned char *>(msg.constData()), 15,
                                          reinterpret_cast<const unsigned char *>(own.signPk.constData()))
              == 0);
        CHECK(opens(p, sealTo(own.boxPk, msg), msg));
    }

    SECTION("a wrong password is refused")
    {
        Result<std::unique_ptr<UnlockedKeys>> wrong = OfficeKeys::unlock(db, head, QStringLiteral("Wrong-Horse-7"));
        CHECK(wrong.code() == ErrorCode::PermissionDenied);
        CHECK(wrong.message().contains(QStringLiteral("password is wrong")));
        // Not counted towards a lockout here (the caller signed in already).
        CHECK(Users::find(db, QStringLiteral("head"))->failedCount == 0);
    }
    SECTION("roles without the key permission are refused")
    {
        for (const QString &user : {QStringLiteral("clerk"), QStringLiteral("mediator"), QStringLiteral("auditor")}) {
            Result<std::unique_ptr<UnlockedKeys>> keys = OfficeKeys::unlock(db, office.signIn(user), test::kPassword);
            CHECK(keys.code() == ErrorCode::PermissionDenied);
        }
        CHECK(Query::scalar(db, QStringLiteral("SELECT COUNT(*) FROM key_holder"), {}, QString())->toInt() == 2);
        CHECK_FALSE(OfficeKeys::roleHoldsKeys(Role::Clerk));
        CHECK(OfficeKeys::roleHoldsKeys(Role::Head));
        CHECK(OfficeKeys::roleHoldsKeys(Role::Admin));
    }
}

TEST_CASE("a new head gets the keys the next time another holder opens them", "[keys]")
{
    test::TestOffice office;
    Database &db = *office.db;
    const Session admin = office.signIn(QStringLiteral("admin"));
    (void)unlockOk(db, admin);  // grants the first head
    REQUIRE(Users::add(db, admin, NewUser{QStringLiteral("head2"), QString(), Role::Head, test::kPassword, false}).ok());
    const Session head2 = office.signIn(QStringLiteral("head2"));
    CHECK(OfficeKeys::unlock(db, head2, test::kPassword).code() == ErrorCode::Conflict);
    // The first head opens the keys: head2 is granted.
    (void)unlockOk(db, office.signIn(QStringLiteral("head")));
    (void)unlockOk(db, head2);
    CHECK(audited(office, QStringLiteral("keys.grant"), QStringLiteral("head2")) == 1);

    SECTION("a clerk made head becomes a holder when they first open the keys")
    {
        REQUIRE(Users::setRole(db, admin, QStringLiteral("clerk"), Role::Head).ok());
        const Session clerk = office.signIn(QStringLiteral("clerk"));
        CHECK(OfficeKeys::unlock(db, clerk, QStringLiteral("Wrong-Horse-7")).code() == ErrorCode::PermissionDenied);
        CHECK(OfficeKeys::unlock(db, clerk, test::kPassword).code() == ErrorCode::Conflict);
        (void)unlockOk(db, admin);
        (void)unlockOk(db, clerk);
    }
}

TEST_CASE("a password change keeps the keys; a reset drops them until a holder hands them over", "[keys]")
{
    test::TestOffice office;
    Database &db = *office.db;
    const Session admin = office.signIn(QStringLiteral("admin"));
    (void)unlockOk(db, admin);
    Session head = office.signIn(QStringLiteral("head"));
    const QString keyId = unlockOk(db, head)->current().keyId;

    REQUIRE(Users::changePassword(db, head, test::kPassword, kNewPassword).ok());
    CHECK(hasGrant(db, QStringLiteral("head")));
    CHECK(unlockOk(db, head, kNewPassword)->current().keyId == keyId);
    CHECK(OfficeKeys::unlock(db, head, test::kPassword).code() == ErrorCode::PermissionDenied);

    REQUIRE(Users::resetPassword(db, admin, QStringLiteral("head"), QStringLiteral("Temporary-Pass-1"), true).ok());
    CHECK_FALSE(hasGrant(db, QStringLiteral("head")));
    CHECK(OfficeKeys::unlock(db, head, QStringLiteral("Temporary-Pass-1")).code() == ErrorCode::Conflict);
    (void)unlockOk(db, admin);
    CHECK(unlockOk(db, head, QStringLiteral("Temporary-Pass-1"))->current().keyId == keyId);

    // The administrator's own change keeps theirs too.
    Session a = admin;
    REQUIRE(Users::changePassword(db, a, test::kPassword, kNewPassword).ok());
    CHECK(unlockOk(db, a, kNewPassword)->current().keyId == keyId);
}

TEST_CASE("the public key file round-trips and refuses any change", "[keys]")
{
    test::TestOffice office(false);
    Database &db = *office.db;
    const QByteArray file = exported(db);
    const PublicKeySet own = *OfficeKeys::own(db);
    Result<PublicKeySet> parsed = OfficeKeys::parsePublic(file);
    INFO(parsed.message());
    REQUIRE(parsed.ok());
    CHECK(parsed->keyId == own.keyId);
    CHECK(parsed->officeCode == own.officeCode);
    CHECK(parsed->officeName == own.officeName);
    CHECK(parsed->mode == own.mode);
    CHECK(parsed->replicaId == own.replicaId);
    CHECK(parsed->generation == own.generation);
    CHECK(parsed->signPk == own.signPk);
    CHECK(parsed->boxPk == own.boxPk);
    CHECK(parsed->created == own.created);
    CHECK(parsed->fingerprint() == own.fingerprint());

    // No secret in it: a CBOR map with exactly the public fields.
    const QCborMap m = QCborValue::fromCbor(file).toMap();
    CHECK(m.value(QStringLiteral("format")).toString() == QStringLiteral("sifa-keys"));
    CHECK(m.value(QStringLiteral("version")).toInteger() == 1);
    CHECK(m.value(QStringLiteral("signature")).toByteArray().size() == 64);
    CHECK(m.size() == 12);

    // Every single flipped bit is noticed.
    for (qsizetype i = 0; i < file.size(); ++i) {
        QByteArray bad = file;
        bad[i] = static_cast<char>(bad[i] ^ 0x01);
        Result<PublicKeySet> r = OfficeKeys::parsePublic(bad);
        INFO("byte " << i);
        CHECK_FALSE(r.ok());
        CHECK((r.code() == ErrorCode::Damaged || r.code() == ErrorCode::InvalidInput));
    }
    CHECK_FALSE(OfficeKeys::parsePublic(file + QByteArray(1, '\0')).ok());
    CHECK_FALSE(OfficeKeys::parsePublic(file.left(file.size() - 1)).ok());

    // A re-signed map with another office name: the signature no longer matches.
    QCborMap edited = m;
    edited.insert(QStringLiteral("office_name"), QStringLiteral("别的司法所"));
    Result<PublicKeySet> renamed = OfficeKeys::parsePublic(QCborValue(edited).toCbor());
    CHECK(renamed.code() == ErrorCode::Damaged);
    CHECK(renamed.message().contains(QStringLiteral("damaged")));

    Result<PublicKeySet> junk = OfficeKeys::parsePublic(QByteArray("PK\x03\x04 not a key file"));
    CHECK(junk.code() == ErrorCode::InvalidInput);
    CHECK(junk.message().contains(QStringLiteral("not a SifaDesk key file")));
    CHECK(OfficeKeys::parsePublic(QCborValue(QCborMap{{QStringLiteral("format"), QStringLiteral("other")}}).toCbor()).code()
          == ErrorCode::InvalidInput);
}

TEST_CASE("fingerprints: 12 groups of 5 digits, compared digits only", "[keys]")
{
    test::TestOffice office(false);
    const PublicKeySet own = *OfficeKeys::own(*office.db);
    const QString fp = OfficeKeys::fingerprint(own);
    CHECK(QRegularExpression(QStringLiteral("^\\d{5}( \\d{5}){11}$")).match(fp).hasMatch());
    const QString digits = OfficeKeys::normalizeFingerprint(fp);
    CHECK(digits.size() == 60);
    QString dashed = digits;
    for (int i = 55; i > 0; i -= 5)
        dashed.insert(i, QLatin1Char('-'));
    CHECK(OfficeKeys::normalizeFingerprint(dashed) == digits);
    CHECK(OfficeKeys::normalizeFingerprint(QStringLiteral(" 12345-678 90\t")) == QStringLiteral("1234567890"));
    CHECK(OfficeKeys::normalizeFingerprint(QStringLiteral("１２３ 45")) == QStringLiteral("12345"));  // full-width
    // Every input counts: the office code and each key.
    PublicKeySet other = own;
    other.officeCode = QStringLiteral("330225102");
    CHECK(OfficeKeys::fingerprint(other) != fp);
    other = own;
    other.escrowPk = QByteArray(32, 'e');
    CHECK(OfficeKeys::fingerprint(other) != fp);
    other = own;
    other.boxPk[0] = static_cast<char>(other.boxPk[0] ^ 1);
    CHECK(OfficeKeys::fingerprint(other) != fp);
}

TEST_CASE("trusting the county's key needs its fingerprint", "[keys]")
{
    test::TestOffice town;
    County county;
    Database &db = *town.db;
    const Session head = town.signIn(QStringLiteral("head"));
    const QByteArray countyFile = exported(*county.db);
    const PublicKeySet countyKeys = *OfficeKeys::own(*county.db);
    const QString fp = OfficeKeys::fingerprint(countyKeys);

    QString wrongFp = fp;
    wrongFp[0] = wrongFp[0] == QLatin1Char('1') ? QLatin1Char('2') : QLatin1Char('1');
    Status wrong = OfficeKeys::trust(db, head, countyFile, wrongFp);
    CHECK(wrong.code() == ErrorCode::InvalidInput);
    CHECK(wrong.message().contains(QStringLiteral("does not match")));
    CHECK(OfficeKeys::trust(db, head, countyFile, QString()).code() == ErrorCode::InvalidInput);
    CHECK(OfficeKeys::countyKey(db).code() == ErrorCode::NotFound);
    // Neither the office's own key nor another township's.
    CHECK(OfficeKeys::trust(db, head, exported(db), OfficeKeys::fingerprint(*OfficeKeys::own(db))).code()
          == ErrorCode::InvalidInput);
    CHECK(OfficeKeys::trust(db, town.signIn(QStringLiteral("clerk")), countyFile, fp).code() == ErrorCode::PermissionDenied);

    QString dashed = fp;
    dashed.replace(QLatin1Char(' '), QLatin1Char('-'));
    REQUIRE(OfficeKeys::trust(db, head, countyFile, dashed).ok());
    REQUIRE(OfficeKeys::trust(db, head, countyFile, fp).ok());  // again: harmless
    Result<TrustedKey> trusted = OfficeKeys::countyKey(db);
    REQUIRE(trusted.ok());
    CHECK(trusted->keys.keyId == countyKeys.keyId);
    CHECK(trusted->keys.boxPk == countyKeys.boxPk);
    CHECK(trusted->trustedBy == QStringLiteral("head"));
    CHECK_FALSE(trusted->revoked());
    CHECK(OfficeKeys::trusted(db)->size() == 1);
    CHECK(OfficeKeys::trustedById(db, countyKeys.keyId).ok());
    CHECK(OfficeKeys::trustedById(db, QStringLiteral("0123456789abcdef")).code() == ErrorCode::NotFound);
    CHECK(audited(town, QStringLiteral("keys.trust"), countyKeys.keyId) == 1);

    // The county trusts the township the same way.
    REQUIRE(OfficeKeys::trust(*county.db, county.admin, exported(db), OfficeKeys::fingerprint(*OfficeKeys::own(db))).ok());

    SECTION("revoking it")
    {
        CHECK(OfficeKeys::revoke(db, head, countyKeys.keyId, QStringLiteral("  ")).code() == ErrorCode::InvalidInput);
        REQUIRE(OfficeKeys::revoke(db, head, countyKeys.keyId, QStringLiteral("laptop stolen")).ok());
        Result<TrustedKey> t = OfficeKeys::trustedById(db, countyKeys.keyId);
        REQUIRE(t.ok());
        CHECK(t->revoked());
        CHECK(t->revokedReason == QStringLiteral("laptop stolen"));
        CHECK(OfficeKeys::countyKey(db).code() == ErrorCode::NotFound);
        CHECK(OfficeKeys::trust(db, head, countyFile, fp).code() == ErrorCode::Conflict);
        CHECK(OfficeKeys::revoke(db, head, QStringLiteral("0123456789abcdef"), QStringLiteral("x")).code()
              == ErrorCode::NotFound);
        CHECK(audited(town, QStringLiteral("keys.revoke")) == 1);
    }
    SECTION("the county rotates: the township accepts the new key announced by the old")
    {
        std::unique_ptr<UnlockedKeys> keys = unlockOk(*county.db, county.admin);
        REQUIRE(OfficeKeys::rotate(*county.db, county.admin, *keys).ok());
        Result<PublicKeySet> next = OfficeKeys::parsePublic(exported(*county.db));
        REQUIRE(next.ok());
        CHECK(next->generation == 2);
        REQUIRE(OfficeKeys::acceptRotation(db, *next, countyKeys.keyId).ok());
        REQUIRE(OfficeKeys::acceptRotation(db, *next, countyKeys.keyId).ok());  // twice: harmless
        CHECK(OfficeKeys::countyKey(db)->keys.keyId == next->keyId);
        CHECK(OfficeKeys::trustedById(db, countyKeys.keyId)->supersededBy == next->keyId);
        CHECK(OfficeKeys::trustedById(db, next->keyId)->trustedBy.contains(countyKeys.keyId));
        CHECK(OfficeKeys::trusted(db)->size() == 2);
        // Not from a stranger, not backwards.
        PublicKeySet older = *next;
        older.generation = 1;
        CHECK_FALSE(OfficeKeys::acceptRotation(db, older, countyKeys.keyId).ok());
        CHECK(OfficeKeys::acceptRotation(db, *next, QStringLiteral("0123456789abcdef")).code() == ErrorCode::NotFound);
    }
    SECTION("trusting a newer generation directly supersedes the older")
    {
        std::unique_ptr<UnlockedKeys> keys = unlockOk(*county.db, county.admin);
        REQUIRE(OfficeKeys::rotate(*county.db, county.admin, *keys).ok());
        const PublicKeySet next = *OfficeKeys::own(*county.db);
        REQUIRE(OfficeKeys::trust(db, head, exported(*county.db), OfficeKeys::fingerprint(next)).ok());
        CHECK(OfficeKeys::trustedById(db, countyKeys.keyId)->supersededBy == next.keyId);
        CHECK(OfficeKeys::countyKey(db)->keys.keyId == next.keyId);
    }
}

TEST_CASE("rotation keeps the old pair openable; revoking the own key makes a new one", "[keys]")
{
    test::TestOffice office(false);
    Database &db = *office.db;
    const Session admin = office.signIn(QStringLiteral("admin"));
    const PublicKeySet first = *OfficeKeys::own(db);
    const QByteArray msg("sealed to generation 1");
    const QByteArray sealedToFirst = sealTo(first.boxPk, msg);

    std::unique_ptr<UnlockedKeys> keys = unlockOk(db, admin);
    REQUIRE(OfficeKeys::rotate(db, admin, *keys).ok());
    // The keys opened before the rotation are out of date now.
    CHECK(OfficeKeys::rotate(db, admin, *keys).code() == ErrorCode::Conflict);
    const PublicKeySet second = *OfficeKeys::own(db);
    CHECK(second.generation == 2);
    CHECK(second.keyId != first.keyId);
    CHECK(OfficeKeys::ownAll(db)->size() == 2);
    CHECK(OfficeKeys::ownAll(db)->front().keyId == second.keyId);
    CHECK(OfficeKeys::parsePublic(exported(db))->keyId == second.keyId);
    CHECK(audited(office, QStringLiteral("keys.rotate"), second.keyId) == 1);

    std::unique_ptr<UnlockedKeys> after = unlockOk(db, admin);
    REQUIRE(after->all().size() == 2);
    CHECK(after->current().keyId == second.keyId);
    const UnlockedKeys::Pair *old = after->find(first.keyId);
    REQUIRE(old != nullptr);
    CHECK(old->generation == 1);
    CHECK(opens(*old, sealedToFirst, msg));
    CHECK_FALSE(opens(after->current(), sealedToFirst, msg));

    // Revoking the current own key: no current key until the next unlock makes generation 3.
    REQUIRE(OfficeKeys::revoke(db, admin, second.keyId, QStringLiteral("disk sold")).ok());
    CHECK_FALSE(*OfficeKeys::exist(db));
    CHECK(OfficeKeys::own(db).code() == ErrorCode::NotFound);
    CHECK(OfficeKeys::exportPublic(db).code() == ErrorCode::NotFound);
    std::unique_ptr<UnlockedKeys> third = unlockOk(db, admin);
    CHECK(third->current().generation == 3);
    CHECK(third->all().size() == 3);
    CHECK(OfficeKeys::own(db)->generation == 3);
    CHECK(OfficeKeys::parsePublic(exported(db)).ok());
}

TEST_CASE("the county's escrow key", "[keys]")
{
    const QString passphrase = QStringLiteral("correct horse battery staple");
    SECTION("a township has none")
    {
        test::TestOffice town(false);
        Result<QByteArray> none = EscrowKey::create(*town.db, town.signIn(QStringLiteral("admin")), passphrase);
        CHECK(none.code() == ErrorCode::InvalidInput);
    }
    County county;
    Database &db = *county.db;
    CHECK(EscrowKey::create(db, county.admin, QStringLiteral("short")).code() == ErrorCode::InvalidInput);
    Result<QByteArray> file = EscrowKey::create(db, county.admin, passphrase);
    INFO(file.message());
    REQUIRE(file.ok());
    const QCborMap m = QCborValue::fromCbor(*file).toMap();
    CHECK(m.value(QStringLiteral("format")).toString() == QStringLiteral("sifa-escrow"));
    const QByteArray escrowPk = m.value(QStringLiteral("box_pk")).toByteArray();
    REQUIRE(escrowPk.size() == 32);

    // Only the public half stays in the database.
    Query q(db, QStringLiteral("SELECT typeof(sign_pk), length(sign_pk), typeof(sealed_secret), length(sealed_secret), box_pk "
                               "FROM own_key WHERE purpose = 'escrow'"));
    REQUIRE(q.exec(QString()).ok());
    REQUIRE(q.next());
    CHECK(q.text(0) == QStringLiteral("blob"));
    CHECK(q.integer(1) == 0);
    CHECK(q.text(2) == QStringLiteral("blob"));
    CHECK(q.integer(3) == 0);
    CHECK(q.value(4).toByteArray() == escrowPk);

    // The county's exported key file carries it, and its fingerprint covers it.
    Result<PublicKeySet> pub = OfficeKeys::parsePublic(exported(db));
    REQUIRE(pub.ok());
    CHECK(pub->escrowPk == escrowPk);
    CHECK(OfficeKeys::own(db)->escrowPk == escrowPk);
    CHECK(OfficeKeys::fingerprint(*pub) == OfficeKeys::fingerprint(*OfficeKeys::own(db)));

    Result<std::unique_ptr<UnlockedKeys>> opened = EscrowKey::open(*file, passphrase);
    INFO(opened.message());
    REQUIRE(opened.ok());
    const UnlockedKeys::Pair &pair = (*opened)->current();
    CHECK(pair.boxPk == escrowPk);
    QByteArray id(8, '\0');
    crypto_generichash(reinterpret_cast<unsigned char *>(id.data()), 8,
                       reinterpret_cast<const unsigned char *>(escrowPk.constData()), 32, nullptr, 0);
    CHECK(pair.keyId == QString::fromLatin1(id.toHex()));
    const QByteArray msg("a township bundle's file key");
    CHECK(opens(pair, sealTo(escrowPk, msg), msg));

    Result<std::unique_ptr<UnlockedKeys>> wrong = EscrowKey::open(*file, QStringLiteral("not the passphrase at all"));
    CHECK(wrong.code() == ErrorCode::PermissionDenied);
    CHECK(wrong.message().contains(QStringLiteral("passphrase is wrong")));
    CHECK_FALSE(EscrowKey::open(QByteArray("garbage"), passphrase).ok());
}

TEST_CASE("a database from before version 7 gets its keys on the first unlock", "[keys][migration]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("office.sqlite"));
    REQUIRE(QFile::copy(test::dataFile(QStringLiteral("schema-v6.sqlite")), path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    Result<std::unique_ptr<Database>> opened = Database::open(path);
    INFO(opened.message());
    REQUIRE(opened.ok());
    Database &db = **opened;
    Query reset(db, QStringLiteral("UPDATE app_user SET password_hash = :h, locked_until = '', failed_count = 0"));
    reset.bind(QStringLiteral(":h"), PasswordHash::hash(test::kPassword));
    REQUIRE(reset.exec(QString()).ok());

    CHECK_FALSE(*OfficeKeys::exist(db));
    CHECK(OfficeKeys::own(db).code() == ErrorCode::NotFound);
    CHECK(OfficeKeys::exportPublic(db).code() == ErrorCode::NotFound);
    const Session head = *Users::signIn(db, QStringLiteral("head"), test::kPassword);
    const Session admin = *Users::signIn(db, QStringLiteral("admin"), test::kPassword);
    CHECK(OfficeKeys::unlock(db, head, QStringLiteral("Wrong-Horse-7")).code() == ErrorCode::PermissionDenied);
    CHECK_FALSE(*OfficeKeys::exist(db));

    std::unique_ptr<UnlockedKeys> keys = unlockOk(db, head);
    CHECK(*OfficeKeys::exist(db));
    CHECK(keys->current().generation == 1);
    CHECK(OfficeKeys::own(db)->keyId == keys->current().keyId);
    CHECK(OfficeKeys::parsePublic(exported(db)).ok());
    CHECK(hasGrant(db, QStringLiteral("head")));
    // The administrator had no entry: the first unlock makes it, the head's next unlock grants it.
    CHECK(OfficeKeys::unlock(db, admin, test::kPassword).code() == ErrorCode::Conflict);
    (void)unlockOk(db, head);
    CHECK(unlockOk(db, admin)->current().keyId == keys->current().keyId);
    // A clerk still cannot.
    CHECK(OfficeKeys::unlock(db, *Users::signIn(db, QStringLiteral("clerk"), test::kPassword), test::kPassword).code()
          == ErrorCode::PermissionDenied);
}
