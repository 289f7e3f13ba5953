#include "CatchCompat.h"

#include "sync/BundleFile.h"

#include <QBuffer>
#include <QCborArray>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QRandomGenerator>
#include <QSet>
#include <QTemporaryDir>

#include <sodium.h>

using namespace sifa;

namespace {

constexpr qsizetype kChunk = 64 * 1024;
constexpr qsizetype kAbytes = crypto_secretstream_xchacha20poly1305_ABYTES;

const unsigned char *uc(const QByteArray &b)
{
    return reinterpret_cast<const unsigned char *>(b.constData());
}

unsigned char *uc(QByteArray &b)
{
    return reinterpret_cast<unsigned char *>(b.data());
}

QByteArray randomBytes(qsizetype n)
{
    QByteArray b(n, '\0');
    randombytes_buf(b.data(), static_cast<size_t>(n));
    return b;
}

struct Office {
    QByteArray keyId;
    QByteArray boxPk, boxSk;
    QByteArray signPk, signSk;

    BundleKeyPair pair() const { return BundleKeyPair{keyId, boxPk, boxSk}; }
    BundleRecipient recipient() const { return BundleRecipient{keyId, boxPk}; }
    BundleSigner signer() const { return BundleSigner{keyId, signSk}; }
};

Office makeOffice()
{
    REQUIRE(sodium_init() >= 0);
    Office o;
    o.keyId = randomBytes(8);
    o.boxPk.resize(crypto_box_PUBLICKEYBYTES);
    o.boxSk.resize(crypto_box_SECRETKEYBYTES);
    crypto_box_keypair(uc(o.boxPk), uc(o.boxSk));
    o.signPk.resize(crypto_sign_PUBLICKEYBYTES);
    o.signSk.resize(crypto_sign_SECRETKEYBYTES);
    crypto_sign_keypair(uc(o.signPk), uc(o.signSk));
    return o;
}

QCborMap manifestFor(const Office &from, const Office &to)
{
    QCborMap sender;
    sender.insert(QStringLiteral("key_id"), QCborValue(from.keyId));
    sender.insert(QStringLiteral("office_code"), QStringLiteral("330225001"));
    QCborMap recipient;
    recipient.insert(QStringLiteral("key_id"), QCborValue(to.keyId));
    QCborMap m;
    m.insert(QStringLiteral("sender"), QCborValue(sender));
    m.insert(QStringLiteral("recipient"), QCborValue(recipient));
    m.insert(QStringLiteral("created"), QStringLiteral("2024-05-01T08:00:00Z"));
    return m;
}

struct Contents {
    QList<QCborValue> ops;
    QList<QCborValue> audit;
    QList<QCborMap> blobs;
};

QCborMap blobPiece(const QByteArray &sha, qint64 offset, qint64 size, const QByteArray &data)
{
    QCborMap piece;
    piece.insert(QStringLiteral("sha256"), QCborValue(sha));
    piece.insert(QStringLiteral("offset"), QCborValue(offset));
    piece.insert(QStringLiteral("size"), QCborValue(size));
    piece.insert(QStringLiteral("data"), QCborValue(data));
    return piece;
}

Contents smallContents()
{
    Contents c;
    for (int i = 0; i < 3; ++i) {
        QCborMap op;
        op.insert(QStringLiteral("seq"), i + 1);
        op.insert(QStringLiteral("entity"), QStringLiteral("person"));
        c.ops.append(QCborValue(op));
    }
    c.audit.append(QCborValue(QStringLiteral("audit record")));
    c.blobs.append(blobPiece(QByteArray(32, 'h'), 0, 5, QByteArrayLiteral("hello")));
    return c;
}

QByteArray writeBundle(const Office &from, const QList<Office> &to, const Contents &c, QCborMap manifest = {},
                       QCborMap *signedManifest = nullptr)
{
    QList<BundleRecipient> recipients;
    for (const Office &o : to)
        recipients.append(o.recipient());
    if (manifest.isEmpty())
        manifest = manifestFor(from, to.front());
    QByteArray bytes;
    QBuffer buf(&bytes);
    REQUIRE(buf.open(QIODevice::WriteOnly));
    BundleWriter w(buf, from.signer(), recipients);
    REQUIRE(w.begin().ok());
    for (const QCborValue &op : c.ops)
        REQUIRE(w.addOp(op).ok());
    for (const QCborValue &a : c.audit)
        REQUIRE(w.addAudit(a).ok());
    for (const QCborMap &b : c.blobs)
        REQUIRE(w.addBlobPiece(b).ok());
    Result<QCborMap> m = w.finish(manifest);
    REQUIRE(m.ok());
    CHECK(w.bytesWritten() == bytes.size());
    if (signedManifest)
        *signedManifest = *m;
    return bytes;
}

// A trust store for the signer lookup.
struct Trust {
    QHash<QByteArray, QByteArray> keys;
    QSet<QByteArray> revoked;

    void add(const Office &o) { keys.insert(o.keyId, o.signPk); }
    BundleReader::SignerLookup lookup() const
    {
        return [this](const QByteArray &keyId, BundleError *err) -> Result<QByteArray> {
            if (revoked.contains(keyId)) {
                err->fault = BundleFault::RevokedSigner;
                return Result<QByteArray>::failure(ErrorCode::PermissionDenied, QStringLiteral("revoked"));
            }
            if (!keys.contains(keyId)) {
                err->fault = BundleFault::UnknownSigner;
                return Result<QByteArray>::failure(ErrorCode::NotFound, QStringLiteral("unknown"));
            }
            return keys.value(keyId);
        };
    }
};

struct Outcome {
    BundleFault fault = BundleFault::None;
    QString message;
    QCborMap manifest;
    Contents got;
};

Outcome readBundle(QIODevice &dev, const QList<Office> &mine, const Trust &trust)
{
    Outcome out;
    BundleReader r(dev);
    BundleError err;
    Result<BundleHeader> h = r.readHeader(&err);
    if (h.ok()) {
        QList<BundleKeyPair> pairs;
        for (const Office &o : mine)
            pairs.append(o.pair());
        if (r.open(pairs, &err).ok()) {
            Result<QCborMap> m = r.verify(trust.lookup(), &err);
            if (m.ok()) {
                out.manifest = *m;
                BundleReader::Visitor v;
                v.op = [&](const QCborValue &op) {
                    out.got.ops.append(op);
                    return Status();
                };
                v.audit = [&](const QCborValue &a) {
                    out.got.audit.append(a);
                    return Status();
                };
                v.blobPiece = [&](const QCborMap &p) {
                    out.got.blobs.append(p);
                    return Status();
                };
                if (!r.replay(v).ok())
                    err = r.lastError();
            }
        }
    }
    out.fault = err.fault;
    out.message = err.message;
    return out;
}

Outcome readBytes(const QByteArray &bytes, const Office &me, const Trust &trust)
{
    QByteArray copy = bytes;
    QBuffer buf(&copy);
    REQUIRE(buf.open(QIODevice::ReadOnly));
    return readBundle(buf, {me}, trust);
}

qsizetype headerSize(const QByteArray &bundle)
{
    return 29 + qsizetype(quint8(bundle.at(28))) * 88 + 24;
}

quint32 getU32(const char *p)
{
    return (quint32(quint8(p[0])) << 24) | (quint32(quint8(p[1])) << 16) | (quint32(quint8(p[2])) << 8) |
           quint32(quint8(p[3]));
}

void putU32(QByteArray &out, quint32 v)
{
    out.append(char((v >> 24) & 0xff));
    out.append(char((v >> 16) & 0xff));
    out.append(char((v >> 8) & 0xff));
    out.append(char(v & 0xff));
}

// The header and the chunks (each with its length prefix) of a bundle.
struct Split {
    QByteArray header;
    QList<QByteArray> chunks;
    QByteArray join() const
    {
        QByteArray b = header;
        for (const QByteArray &c : chunks)
            b.append(c);
        return b;
    }
};

Split split(const QByteArray &bundle)
{
    Split s;
    const qsizetype hs = headerSize(bundle);
    s.header = bundle.left(hs);
    qsizetype pos = hs;
    while (pos < bundle.size()) {
        const qsizetype len = getU32(bundle.constData() + pos);
        s.chunks.append(bundle.mid(pos, 4 + len));
        pos += 4 + len;
    }
    return s;
}

// What a recipient who holds the file key can do: decrypt the whole plaintext...
QByteArray decryptAs(const QByteArray &bundle, const Office &me)
{
    const Split s = split(bundle);
    const int count = quint8(s.header.at(28));
    QByteArray key(crypto_secretstream_xchacha20poly1305_KEYBYTES, '\0');
    bool opened = false;
    for (int i = 0; i < count && !opened; ++i) {
        const QByteArray entry = s.header.mid(29 + i * 88, 88);
        if (entry.left(8) == me.keyId)
            opened = crypto_box_seal_open(uc(key), uc(entry) + 8, 80, uc(me.boxPk), uc(me.boxSk)) == 0;
    }
    REQUIRE(opened);
    crypto_secretstream_xchacha20poly1305_state st;
    REQUIRE(crypto_secretstream_xchacha20poly1305_init_pull(&st, uc(s.header) + s.header.size() - 24, uc(key)) == 0);
    QByteArray plain;
    bool first = true;
    for (const QByteArray &c : s.chunks) {
        QByteArray p(c.size() - 4 - kAbytes, '\0');
        unsigned char tag = 0;
        REQUIRE(crypto_secretstream_xchacha20poly1305_pull(
                    &st, uc(p), nullptr, &tag, uc(c) + 4, static_cast<unsigned long long>(c.size() - 4),
                    first ? uc(s.header) : nullptr, first ? static_cast<unsigned long long>(s.header.size()) : 0) == 0);
        first = false;
        plain.append(p);
    }
    return plain;
}

// ...and encrypt any plaintext to anyone, with a valid outer header.
QByteArray encryptTo(const QList<Office> &to, const QByteArray &bundleId, const QByteArray &plain, bool final = true)
{
    QByteArray key(crypto_secretstream_xchacha20poly1305_KEYBYTES, '\0');
    crypto_secretstream_xchacha20poly1305_keygen(uc(key));
    QByteArray h = QByteArrayLiteral("SIFABNDL");
    h.append('\0').append('\1').append('\0').append('\1');
    h.append(bundleId);
    h.append(char(to.size()));
    for (const Office &o : to) {
        h.append(o.keyId);
        QByteArray sealed(80, '\0');
        crypto_box_seal(uc(sealed), uc(key), static_cast<unsigned long long>(key.size()), uc(o.boxPk));
        h.append(sealed);
    }
    QByteArray ssh(24, '\0');
    crypto_secretstream_xchacha20poly1305_state st;
    crypto_secretstream_xchacha20poly1305_init_push(&st, uc(ssh), uc(key));
    h.append(ssh);
    QByteArray out = h;
    qsizetype pos = 0;
    bool first = true;
    do {
        const qsizetype n = qMin(kChunk, plain.size() - pos);
        const bool last = pos + n >= plain.size();
        QByteArray c(n + kAbytes, '\0');
        crypto_secretstream_xchacha20poly1305_push(&st, uc(c), nullptr, uc(plain) + pos,
                                                   static_cast<unsigned long long>(n), first ? uc(h) : nullptr,
                                                   first ? static_cast<unsigned long long>(h.size()) : 0,
                                                   last && final ? crypto_secretstream_xchacha20poly1305_TAG_FINAL
                                                                 : crypto_secretstream_xchacha20poly1305_TAG_MESSAGE);
        first = false;
        putU32(out, quint32(c.size()));
        out.append(c);
        pos += n;
    } while (pos < plain.size());
    return out;
}

// What only a holder of the file key could do: the same outer header (same sealed file key
// and stream header) over another plaintext.
QByteArray reencryptSameKey(const QByteArray &bundle, const Office &me, const QByteArray &plain)
{
    const Split s = split(bundle);
    QByteArray key(crypto_secretstream_xchacha20poly1305_KEYBYTES, '\0');
    const QByteArray entry = s.header.mid(29, 88);
    REQUIRE(entry.left(8) == me.keyId);
    REQUIRE(crypto_box_seal_open(uc(key), uc(entry) + 8, 80, uc(me.boxPk), uc(me.boxSk)) == 0);
    crypto_secretstream_xchacha20poly1305_state st;
    // Pulling from the stream header sets up the very state the writer pushed with.
    REQUIRE(crypto_secretstream_xchacha20poly1305_init_pull(&st, uc(s.header) + s.header.size() - 24, uc(key)) == 0);
    QByteArray out = s.header;
    qsizetype pos = 0;
    bool first = true;
    do {
        const qsizetype n = qMin(kChunk, plain.size() - pos);
        const bool last = pos + n >= plain.size();
        QByteArray c(n + kAbytes, '\0');
        crypto_secretstream_xchacha20poly1305_push(
            &st, uc(c), nullptr, uc(plain) + pos, static_cast<unsigned long long>(n), first ? uc(s.header) : nullptr,
            first ? static_cast<unsigned long long>(s.header.size()) : 0,
            last ? crypto_secretstream_xchacha20poly1305_TAG_FINAL : crypto_secretstream_xchacha20poly1305_TAG_MESSAGE);
        first = false;
        putU32(out, quint32(c.size()));
        out.append(c);
        pos += n;
    } while (pos < plain.size());
    return out;
}

QByteArray frame(quint8 type, const QByteArray &cbor)
{
    QByteArray f;
    f.append(char(type));
    putU32(f, quint32(cbor.size()));
    f.append(cbor);
    return f;
}

bool oneOf(BundleFault f, std::initializer_list<BundleFault> allowed)
{
    for (BundleFault a : allowed) {
        if (f == a)
            return true;
    }
    return false;
}

int faultNo(BundleFault f)
{
    return static_cast<int>(f);
}

} // namespace

TEST_CASE("a bundle to two recipients opens for each and for nobody else", "[bundle]")
{
    const Office a = makeOffice(), b = makeOffice(), escrow = makeOffice(), c = makeOffice();
    Trust trust;
    trust.add(a);
    const Contents contents = smallContents();
    QCborMap signedManifest;
    const QByteArray bytes = writeBundle(a, {b, escrow}, contents, {}, &signedManifest);
    CHECK(bytes.startsWith("SIFABNDL"));

    for (const Office &me : {b, escrow}) {
        QByteArray copy = bytes;
        QBuffer buf(&copy);
        REQUIRE(buf.open(QIODevice::ReadOnly));
        BundleReader r(buf);
        BundleError err;
        Result<BundleHeader> h = r.readHeader(&err);
        REQUIRE(h.ok());
        CHECK(h->format == 1);
        CHECK(h->suite == 1);
        CHECK(h->bundleId.size() == 16);
        CHECK(h->recipientKeyIds == QList<QByteArray>{b.keyId, escrow.keyId});
        CHECK(h->headerSize == 29 + 2 * 88 + 24);
        REQUIRE(r.open({c.pair(), me.pair()}, &err).ok());
        CHECK(r.openedWithKeyId() == me.keyId);
        qint64 lastDone = -1, lastTotal = 0;
        Result<QCborMap> m = r.verify(trust.lookup(), &err, [&](qint64 done, qint64 total) {
            CHECK(done >= lastDone);
            lastDone = done;
            lastTotal = total;
        });
        INFO(err.detail.toStdString());
        REQUIRE(m.ok());
        CHECK(lastDone == bytes.size());
        CHECK(lastTotal == bytes.size());
        CHECK(*m == signedManifest);
        CHECK(m->value(QStringLiteral("bundle_id")).toByteArray() == h->bundleId);
        CHECK(m->value(QStringLiteral("format")).toInteger() == 1);
        CHECK(m->value(QStringLiteral("counts")).toMap().value(QStringLiteral("ops")).toInteger() == 3);
        CHECK(m->value(QStringLiteral("counts")).toMap().value(QStringLiteral("audit")).toInteger() == 1);
        CHECK(m->value(QStringLiteral("counts")).toMap().value(QStringLiteral("blobs")).toInteger() == 1);
        CHECK(m->value(QStringLiteral("hashes")).toMap().value(QStringLiteral("ops")).toByteArray().size() == 32);
        CHECK(m->value(QStringLiteral("created")).toString() == QStringLiteral("2024-05-01T08:00:00Z"));

        Contents got;
        BundleReader::Visitor v;
        v.op = [&](const QCborValue &op) {
            got.ops.append(op);
            return Status();
        };
        v.audit = [&](const QCborValue &x) {
            got.audit.append(x);
            return Status();
        };
        v.blobPiece = [&](const QCborMap &p) {
            got.blobs.append(p);
            return Status();
        };
        REQUIRE(r.replay(v).ok());
        CHECK(got.ops == contents.ops);
        CHECK(got.audit == contents.audit);
        CHECK(got.blobs == contents.blobs);
        CHECK(r.lastError().fault == BundleFault::None);
    }

    const Outcome other = readBytes(bytes, c, trust);
    CHECK(other.fault == BundleFault::AddressedElsewhere);
    CHECK(other.message.contains(QString::fromLatin1(b.keyId.toHex())));
    CHECK(other.message.contains(QString::fromLatin1(escrow.keyId.toHex())));
}

TEST_CASE("a bundle of many chunks, large items and blobs reads back in order", "[bundle]")
{
    const Office a = makeOffice(), b = makeOffice();
    Trust trust;
    trust.add(a);
    Contents contents;
    for (int i = 0; i < 300; ++i) {
        QCborMap op;
        op.insert(QStringLiteral("seq"), i);
        op.insert(QStringLiteral("note"), QString(1000, QChar(u'a' + i % 26)));
        contents.ops.append(QCborValue(op));
    }
    contents.ops.append(QCborValue(randomBytes(150 * 1024))); // one op spanning chunks
    for (int i = 0; i < 10; ++i)
        contents.audit.append(QCborValue(QStringLiteral("audit %1").arg(i)));
    const QByteArray blob = randomBytes(2 * 1024 * 1024 + 123);
    QByteArray sha(32, '\0');
    crypto_hash_sha256(uc(sha), uc(blob), static_cast<unsigned long long>(blob.size()));
    for (qsizetype off = 0; off < blob.size(); off += 1024 * 1024)
        contents.blobs.append(blobPiece(sha, off, blob.size(), blob.mid(off, 1024 * 1024)));
    REQUIRE(contents.blobs.size() == 3);

    const QByteArray bytes = writeBundle(a, {b}, contents);
    const Split s = split(bytes);
    CHECK(s.chunks.size() > 30);
    for (qsizetype i = 0; i < s.chunks.size(); ++i)
        CHECK(s.chunks.at(i).size() <= 4 + kChunk + kAbytes);

    const Outcome out = readBytes(bytes, b, trust);
    REQUIRE(out.fault == BundleFault::None);
    CHECK(out.got.ops == contents.ops);
    CHECK(out.got.audit == contents.audit);
    REQUIRE(out.got.blobs == contents.blobs);
    QByteArray joined;
    for (const QCborMap &p : out.got.blobs)
        joined.append(p.value(QStringLiteral("data")).toByteArray());
    CHECK(joined == blob);

    // An empty bundle (manifest only) is valid too.
    const Outcome empty = readBytes(writeBundle(a, {b}, Contents()), b, trust);
    CHECK(empty.fault == BundleFault::None);
    CHECK(empty.manifest.value(QStringLiteral("counts")).toMap().value(QStringLiteral("ops")).toInteger() == 0);
}

TEST_CASE("the writer refuses misuse", "[bundle]")
{
    const Office a = makeOffice(), b = makeOffice();
    QByteArray bytes;
    QBuffer buf(&bytes);
    REQUIRE(buf.open(QIODevice::WriteOnly));
    {
        BundleWriter w(buf, a.signer(), {});
        CHECK_FALSE(w.begin().ok());
    }
    {
        BundleWriter w(buf, a.signer(), {b.recipient(), b.recipient()});
        CHECK_FALSE(w.begin().ok());
    }
    {
        BundleWriter w(buf, a.signer(), {b.recipient()});
        CHECK_FALSE(w.addOp(QCborValue(1)).ok()); // before begin()
    }
    {
        BundleWriter w(buf, a.signer(), {b.recipient()});
        REQUIRE(w.begin().ok());
        REQUIRE(w.addAudit(QCborValue(1)).ok());
        CHECK_FALSE(w.addOp(QCborValue(1)).ok()); // ops after audit
    }
    {
        BundleWriter w(buf, a.signer(), {b.recipient()});
        REQUIRE(w.begin().ok());
        CHECK_FALSE(w.addBlobPiece(blobPiece(QByteArray(31, 'x'), 0, 1, QByteArrayLiteral("x"))).ok());
    }
    {
        BundleWriter w(buf, a.signer(), {b.recipient()});
        REQUIRE(w.begin().ok());
        CHECK_FALSE(w.addBlobPiece(blobPiece(QByteArray(32, 'x'), 4, 5, QByteArrayLiteral("xx"))).ok());
    }
}

TEST_CASE("a bundle truncated at any offset is refused", "[bundle]")
{
    const Office a = makeOffice(), b = makeOffice(), escrow = makeOffice();
    Trust trust;
    trust.add(a);
    const QByteArray bytes = writeBundle(a, {b, escrow}, smallContents());
    REQUIRE(readBytes(bytes, b, trust).fault == BundleFault::None);
    const qsizetype hs = headerSize(bytes);
    for (qsizetype n = 0; n < bytes.size(); ++n) {
        const Outcome out = readBytes(bytes.left(n), b, trust);
        INFO("length " << n << " fault " << faultNo(out.fault));
        if (n < hs)
            CHECK(out.fault == BundleFault::NotABundle);
        else
            CHECK(out.fault == BundleFault::Damaged);
        CHECK_FALSE(out.message.isEmpty());
    }

    // Cut after a chunk boundary of a bundle of several chunks: no FINAL.
    Contents big;
    for (int i = 0; i < 200; ++i)
        big.ops.append(QCborValue(QString(1000, u'x')));
    const Split s = split(writeBundle(a, {b}, big));
    REQUIRE(s.chunks.size() >= 3);
    Split cut = s;
    cut.chunks.removeLast();
    CHECK(readBytes(cut.join(), b, trust).fault == BundleFault::Damaged);
}

TEST_CASE("any flipped bit makes a bundle fail", "[bundle]")
{
    const Office a = makeOffice(), b = makeOffice(), escrow = makeOffice();
    Trust trust;
    trust.add(a);
    const QByteArray bytes = writeBundle(a, {b, escrow}, smallContents());
    QHash<int, int> seen;
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        for (int bit = 0; bit < 8; ++bit) {
            QByteArray damaged = bytes;
            damaged[i] = char(damaged.at(i) ^ (1 << bit));
            const Outcome out = readBytes(damaged, b, trust);
            INFO("byte " << i << " bit " << bit);
            CHECK(out.fault != BundleFault::None);
            ++seen[faultNo(out.fault)];
        }
    }
    CHECK(seen.value(faultNo(BundleFault::Damaged)) > 0);
    CHECK(seen.value(faultNo(BundleFault::NotABundle)) > 0);
    CHECK(seen.value(faultNo(BundleFault::UnsupportedVersion)) > 0);
    CHECK(seen.value(faultNo(BundleFault::AddressedElsewhere)) > 0);

    // A larger bundle: every 97th byte.
    Contents big;
    for (int i = 0; i < 150; ++i)
        big.ops.append(QCborValue(QString(1000, u'y')));
    const QByteArray large = writeBundle(a, {b}, big);
    for (qsizetype i = 0; i < large.size(); i += 97) {
        QByteArray damaged = large;
        damaged[i] = char(damaged.at(i) ^ 0x20);
        INFO("byte " << i);
        CHECK(readBytes(damaged, b, trust).fault != BundleFault::None);
    }
}

TEST_CASE("swapped, duplicated, dropped and appended chunks are damage", "[bundle]")
{
    const Office a = makeOffice(), b = makeOffice();
    Trust trust;
    trust.add(a);
    Contents big;
    for (int i = 0; i < 250; ++i)
        big.ops.append(QCborValue(QString(1000, u'z')));
    const QByteArray bytes = writeBundle(a, {b}, big);
    const Split s = split(bytes);
    REQUIRE(s.chunks.size() >= 4);
    REQUIRE(readBytes(s.join(), b, trust).fault == BundleFault::None);

    Split swapped = s;
    swapped.chunks.swapItemsAt(1, 2);
    CHECK(readBytes(swapped.join(), b, trust).fault == BundleFault::Damaged);
    Split swappedFirst = s;
    swappedFirst.chunks.swapItemsAt(0, 1);
    CHECK(readBytes(swappedFirst.join(), b, trust).fault == BundleFault::Damaged);
    Split swappedLast = s;
    swappedLast.chunks.swapItemsAt(s.chunks.size() - 2, s.chunks.size() - 1);
    CHECK(readBytes(swappedLast.join(), b, trust).fault == BundleFault::Damaged);
    Split duplicated = s;
    duplicated.chunks.insert(2, s.chunks.at(1));
    CHECK(readBytes(duplicated.join(), b, trust).fault == BundleFault::Damaged);
    Split dropped = s;
    dropped.chunks.removeAt(1);
    CHECK(readBytes(dropped.join(), b, trust).fault == BundleFault::Damaged);
    Split finalTwice = s;
    finalTwice.chunks.append(s.chunks.last());
    CHECK(readBytes(finalTwice.join(), b, trust).fault == BundleFault::Damaged);

    // Anything after FINAL.
    CHECK(readBytes(bytes + QByteArray(1, '\0'), b, trust).fault == BundleFault::Damaged);
    CHECK(readBytes(bytes + QByteArrayLiteral("trailing garbage"), b, trust).fault == BundleFault::Damaged);

    // The chunks of another bundle to the same recipient do not fit.
    const Split other = split(writeBundle(a, {b}, big));
    Split mixed = s;
    mixed.chunks[2] = other.chunks.at(2);
    CHECK(readBytes(mixed.join(), b, trust).fault == BundleFault::Damaged);
    Split otherHeader = s;
    otherHeader.header = other.header;
    CHECK(readBytes(otherHeader.join(), b, trust).fault == BundleFault::Damaged);
}

TEST_CASE("an edited recipient list fails", "[bundle]")
{
    const Office a = makeOffice(), b = makeOffice(), escrow = makeOffice();
    Trust trust;
    trust.add(a);
    const QByteArray bytes = writeBundle(a, {b, escrow}, smallContents());
    const Split s = split(bytes);
    const QByteArray fixed = s.header.left(28);
    const QByteArray entryB = s.header.mid(29, 88);
    const QByteArray entryE = s.header.mid(29 + 88, 88);
    const QByteArray ssh = s.header.right(24);
    auto withHeader = [&](const QByteArray &h) {
        Split t = s;
        t.header = h;
        return t.join();
    };

    // Drop the escrow entry: B still has its entry, but the header is not what was sealed.
    CHECK(readBytes(withHeader(fixed + char(1) + entryB + ssh), b, trust).fault == BundleFault::Damaged);
    // Drop B's entry.
    CHECK(readBytes(withHeader(fixed + char(1) + entryE + ssh), b, trust).fault == BundleFault::AddressedElsewhere);
    CHECK(readBytes(withHeader(fixed + char(1) + entryE + ssh), escrow, trust).fault == BundleFault::Damaged);
    // Reorder.
    CHECK(readBytes(withHeader(fixed + char(2) + entryE + entryB + ssh), b, trust).fault == BundleFault::Damaged);
    // Change a key id.
    QByteArray changed = entryE;
    changed[0] = char(changed.at(0) ^ 1);
    CHECK(readBytes(withHeader(fixed + char(2) + entryB + changed + ssh), b, trust).fault == BundleFault::Damaged);
    QByteArray changedB = entryB;
    changedB[3] = char(changedB.at(3) ^ 0x40);
    CHECK(readBytes(withHeader(fixed + char(2) + changedB + entryE + ssh), b, trust).fault ==
          BundleFault::AddressedElsewhere);
    // Add a recipient: a third office's entry (a copy of the escrow seal under its id).
    const Office c = makeOffice();
    const QByteArray entryC = c.keyId + entryE.mid(8);
    CHECK(readBytes(withHeader(fixed + char(3) + entryB + entryE + entryC + ssh), b, trust).fault ==
          BundleFault::Damaged);
    // The same key id twice, or a count the entries do not match.
    CHECK(readBytes(withHeader(fixed + char(2) + entryB + entryB + ssh), b, trust).fault == BundleFault::NotABundle);
    CHECK(oneOf(readBytes(withHeader(fixed + char(3) + entryB + entryE + ssh), b, trust).fault,
                {BundleFault::NotABundle, BundleFault::Damaged, BundleFault::AddressedElsewhere}));
    CHECK(readBytes(withHeader(fixed + char(0) + ssh), b, trust).fault == BundleFault::NotABundle);
    CHECK(readBytes(withHeader(fixed + char(5) + entryB + entryE + ssh), b, trust).fault == BundleFault::NotABundle);
}

TEST_CASE("the wrong key cannot open a bundle", "[bundle]")
{
    const Office a = makeOffice(), b = makeOffice(), c = makeOffice();
    Trust trust;
    trust.add(a);
    const QByteArray bytes = writeBundle(a, {b}, smallContents());
    const Outcome other = readBytes(bytes, c, trust);
    CHECK(other.fault == BundleFault::AddressedElsewhere);
    CHECK(other.message == QStringLiteral("This bundle is addressed to another office (key %1).")
                               .arg(QString::fromLatin1(b.keyId.toHex())));
    // B's key id with other key material: the seal does not open.
    Office impostor = c;
    impostor.keyId = b.keyId;
    CHECK(readBytes(bytes, impostor, trust).fault == BundleFault::Damaged);
    // No key at all.
    QByteArray copy = bytes;
    QBuffer buf(&copy);
    REQUIRE(buf.open(QIODevice::ReadOnly));
    BundleReader r(buf);
    BundleError err;
    CHECK_FALSE(r.open({}, &err).ok());
    CHECK(err.fault == BundleFault::AddressedElsewhere);
}

TEST_CASE("a bundle signed by an unknown, revoked or other key is refused", "[bundle]")
{
    const Office a = makeOffice(), b = makeOffice(), c = makeOffice();
    const QByteArray bytes = writeBundle(a, {b}, smallContents());

    Trust none;
    const Outcome unknown = readBytes(bytes, b, none);
    CHECK(unknown.fault == BundleFault::UnknownSigner);
    CHECK_FALSE(unknown.message.isEmpty());

    Trust revoked;
    revoked.add(a);
    revoked.revoked.insert(a.keyId);
    const Outcome rev = readBytes(bytes, b, revoked);
    CHECK(rev.fault == BundleFault::RevokedSigner);
    CHECK(rev.message == bundleFaultMessage(BundleFault::RevokedSigner));

    // A's key id trusted with C's public key: the signature does not verify.
    Trust wrong;
    wrong.keys.insert(a.keyId, c.signPk);
    CHECK(readBytes(bytes, b, wrong).fault == BundleFault::Damaged);

    // A manifest naming A as sender, signed by C (who knows the file key).
    Trust trust;
    trust.add(a);
    trust.add(c);
    const QByteArray forged = writeBundle(c, {b}, smallContents(), manifestFor(a, b));
    CHECK(readBytes(forged, b, trust).fault == BundleFault::Damaged);
}

TEST_CASE("a bundle re-encrypted by its recipient to another office is refused", "[bundle]")
{
    const Office a = makeOffice(), b = makeOffice(), c = makeOffice();
    Trust trust;
    trust.add(a);
    const QByteArray bytes = writeBundle(a, {b}, smallContents());
    const QByteArray bundleId = bytes.mid(12, 16);
    const QByteArray plain = decryptAs(bytes, b);

    // The harness itself makes valid bundles: B re-encrypting to itself with the same id reads.
    CHECK(readBytes(encryptTo({b}, bundleId, plain), b, trust).fault == BundleFault::None);

    const Outcome same = readBytes(encryptTo({c}, bundleId, plain), c, trust);
    CHECK(same.fault == BundleFault::Readdressed);
    CHECK(same.message ==
          QStringLiteral("This bundle was addressed to another office and re-encrypted; it is refused."));
    CHECK(readBytes(encryptTo({c}, randomBytes(16), plain), c, trust).fault == BundleFault::Readdressed);
    CHECK(readBytes(encryptTo({b, c}, bundleId, plain), c, trust).fault == BundleFault::Readdressed);
    // A new outer bundle id for the intended recipient does not match the signed one.
    CHECK(readBytes(encryptTo({b}, randomBytes(16), plain), b, trust).fault == BundleFault::Inconsistent);
}

TEST_CASE("a stream that is authentic but malformed is refused", "[bundle]")
{
    const Office a = makeOffice(), b = makeOffice();
    Trust trust;
    trust.add(a);
    const QByteArray bytes = writeBundle(a, {b}, smallContents());
    const QByteArray bundleId = bytes.mid(12, 16);
    const QByteArray plain = decryptAs(bytes, b);

    // No FINAL tag.
    CHECK(readBytes(encryptTo({b}, bundleId, plain, false), b, trust).fault == BundleFault::Damaged);

    // The manifest and signature of the real bundle, after hand-made sections.
    QByteArray tail;
    {
        qsizetype pos = 0;
        while (pos < plain.size()) {
            const quint8 type = quint8(plain.at(pos));
            const qsizetype len = getU32(plain.constData() + pos + 1);
            if (type >= 4)
                tail.append(plain.mid(pos, 5 + len));
            pos += 5 + len;
        }
    }
    auto signedManifestTail = [&](const QCborMap &m) {
        const QByteArray mb = m.toCborValue().toCbor();
        QByteArray sig(crypto_sign_BYTES, '\0');
        crypto_sign_detached(uc(sig), nullptr, uc(mb), static_cast<unsigned long long>(mb.size()), uc(a.signSk));
        return frame(4, mb) + frame(5, QCborValue(sig).toCbor());
    };
    const QByteArray op = frame(1, QCborValue(1).toCbor());
    const QByteArray audit = frame(2, QCborValue(2).toCbor());

    // Sections out of order, an unknown frame type, a frame over the limit, a cut frame,
    // two manifests, nothing after the signature.
    CHECK(readBytes(encryptTo({b}, bundleId, audit + op + tail), b, trust).fault == BundleFault::Inconsistent);
    CHECK(readBytes(encryptTo({b}, bundleId, frame(9, QCborValue(1).toCbor()) + tail), b, trust).fault ==
          BundleFault::Inconsistent);
    QByteArray huge;
    huge.append(char(1));
    putU32(huge, quint32(BundleReader::kMaxFrame + 1));
    CHECK(readBytes(encryptTo({b}, bundleId, huge + tail), b, trust).fault == BundleFault::TooLarge);
    CHECK(readBytes(encryptTo({b}, bundleId, tail + op.left(3)), b, trust).fault == BundleFault::Inconsistent);
    CHECK(readBytes(encryptTo({b}, bundleId, tail + tail), b, trust).fault == BundleFault::Inconsistent);
    CHECK(readBytes(encryptTo({b}, bundleId, tail + op), b, trust).fault == BundleFault::Inconsistent);
    CHECK(readBytes(encryptTo({b}, bundleId, tail.left(tail.size() - 69)), b, trust).fault ==
          BundleFault::Inconsistent);
    // An item that is not one CBOR value.
    CHECK(readBytes(encryptTo({b}, bundleId, frame(1, QByteArrayLiteral("\xff\xff")) + tail), b, trust).fault ==
          BundleFault::Inconsistent);
    CHECK(readBytes(encryptTo({b}, bundleId, frame(1, QCborValue(1).toCbor() + char(0)) + tail), b, trust).fault ==
          BundleFault::Inconsistent);

    // Items the signed counts and hashes do not cover.
    CHECK(readBytes(encryptTo({b}, bundleId, op + plain), b, trust).fault == BundleFault::Inconsistent);

    // Counts or hashes signed but wrong.
    QCborMap m = readBytes(bytes, b, trust).manifest;
    REQUIRE_FALSE(m.isEmpty());
    QCborMap counts = m.value(QStringLiteral("counts")).toMap();
    counts.insert(QStringLiteral("audit"), 2);
    QCborMap badCounts = m;
    badCounts.insert(QStringLiteral("counts"), QCborValue(counts));
    QByteArray sections = plain.left(plain.size() - tail.size());
    CHECK(readBytes(encryptTo({b}, bundleId, sections + signedManifestTail(badCounts)), b, trust).fault ==
          BundleFault::Inconsistent);
    QCborMap hashes = m.value(QStringLiteral("hashes")).toMap();
    hashes.insert(QStringLiteral("blobs"), QCborValue(QByteArray(32, '\0')));
    QCborMap badHashes = m;
    badHashes.insert(QStringLiteral("hashes"), QCborValue(hashes));
    CHECK(readBytes(encryptTo({b}, bundleId, sections + signedManifestTail(badHashes)), b, trust).fault ==
          BundleFault::Inconsistent);
    // The untouched manifest re-signed still reads (so the failures above are the edits).
    CHECK(readBytes(encryptTo({b}, bundleId, sections + signedManifestTail(m)), b, trust).fault == BundleFault::None);
}

TEST_CASE("garbage and fuzzed headers fail quickly", "[bundle]")
{
    const Office a = makeOffice(), b = makeOffice();
    Trust trust;
    trust.add(a);
    QRandomGenerator rng(20240501);
    QElapsedTimer timer;
    timer.start();

    CHECK(readBytes(QByteArray(), b, trust).fault == BundleFault::NotABundle);
    CHECK(readBytes(QByteArrayLiteral("SIFABND"), b, trust).fault == BundleFault::NotABundle);
    for (int i = 0; i < 2000; ++i) {
        QByteArray g(rng.bounded(0, 2000), '\0');
        for (char &ch : g)
            ch = char(rng.bounded(256));
        if (i % 2 == 0)
            g.replace(0, qMin<qsizetype>(8, g.size()),
                      QByteArrayLiteral("SIFABNDL").left(qMin<qsizetype>(8, g.size())));
        if (i % 4 == 0 && g.size() >= 12)
            g.replace(8, 4, QByteArray("\0\1\0\1", 4));
        const Outcome out = readBytes(g, b, trust);
        CHECK(out.fault != BundleFault::None);
    }

    QByteArray v2 = writeBundle(a, {b}, smallContents());
    v2[9] = 2;
    CHECK(readBytes(v2, b, trust).fault == BundleFault::UnsupportedVersion);
    QByteArray suite2 = writeBundle(a, {b}, smallContents());
    suite2[11] = 2;
    CHECK(readBytes(suite2, b, trust).fault == BundleFault::UnsupportedVersion);
    // A chunk that claims 4 GiB.
    QByteArray hugeChunk = writeBundle(a, {b}, smallContents());
    hugeChunk.replace(headerSize(hugeChunk), 4, QByteArray("\xff\xff\xff\xff", 4));
    CHECK(readBytes(hugeChunk, b, trust).fault == BundleFault::Damaged);

    // Random edits of a valid bundle.
    const QByteArray bytes = writeBundle(a, {b}, smallContents());
    for (int i = 0; i < 1000; ++i) {
        QByteArray f = bytes;
        const int edits = rng.bounded(1, 6);
        for (int e = 0; e < edits; ++e)
            f[rng.bounded(int(f.size()))] = char(rng.bounded(256));
        if (f == bytes)
            continue;
        CHECK(readBytes(f, b, trust).fault != BundleFault::None);
    }
    CHECK(timer.elapsed() < 60000);
}

TEST_CASE("a file changed between verification and replay is refused", "[bundle]")
{
    const Office a = makeOffice(), b = makeOffice();
    Trust trust;
    trust.add(a);
    Contents big;
    for (int i = 0; i < 100; ++i)
        big.ops.append(QCborValue(QString(1000, u'q')));
    const QByteArray bytes = writeBundle(a, {b}, big);
    const QByteArray bundleId = bytes.mid(12, 16);
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("x.sifabundle"));

    auto overwrite = [&](const QByteArray &content) {
        QFile f(path);
        REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        REQUIRE(f.write(content) == content.size());
    };

    // The same content sealed again (a new file key and stream header, the same bundle id).
    QByteArray plain = decryptAs(bytes, b);
    const QByteArray resealed = encryptTo({b}, bundleId, plain);
    // The same header and file key, one op changed: every chunk decrypts, only the comparison
    // with the first pass finds it.
    QByteArray edited = plain;
    const qsizetype at = edited.indexOf(QByteArray(50, 'q'));
    REQUIRE(at > 0);
    edited[at] = 'r';
    const QByteArray sameKey = reencryptSameKey(bytes, b, edited);
    REQUIRE(sameKey.left(headerSize(bytes)) == bytes.left(headerSize(bytes)));
    REQUIRE(sameKey.size() == bytes.size());
    REQUIRE(reencryptSameKey(bytes, b, plain) == bytes); // deterministic: the harness is exact
    struct Change {
        const char *name;
        std::function<void()> apply;
    };
    const QList<Change> changes = {
        {"a flipped byte in the last chunk",
         [&] {
             QByteArray x = bytes;
             x[x.size() - 10] = char(x.at(x.size() - 10) ^ 1);
             overwrite(x);
         }},
        {"appended bytes", [&] { overwrite(bytes + QByteArrayLiteral("more")); }},
        {"truncated", [&] { overwrite(bytes.left(bytes.size() / 2)); }},
        {"another valid bundle", [&] { overwrite(writeBundle(a, {b}, big)); }},
        {"the same content sealed again", [&] { overwrite(resealed); }},
        {"other content under the same header and file key", [&] { overwrite(sameKey); }},
    };
    for (const Change &change : changes) {
        INFO(change.name);
        overwrite(bytes);
        QFile file(path);
        REQUIRE(file.open(QIODevice::ReadOnly));
        BundleReader r(file);
        BundleError err;
        REQUIRE(r.readHeader(&err).ok());
        REQUIRE(r.open({b.pair()}, &err).ok());
        REQUIRE(r.verify(trust.lookup(), &err).ok());
        change.apply();
        int ops = 0;
        BundleReader::Visitor v;
        v.op = [&](const QCborValue &) {
            ++ops;
            return Status();
        };
        const Status s = r.replay(v);
        CHECK_FALSE(s.ok());
        CHECK(r.lastError().fault == BundleFault::Damaged);
        CHECK(s.message() == bundleFaultMessage(BundleFault::Damaged));
    }

    // Unchanged, the replay from the file succeeds; a visitor's failure stops it.
    overwrite(bytes);
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    BundleReader r(file);
    BundleError err;
    REQUIRE(r.readHeader(&err).ok());
    REQUIRE(r.open({b.pair()}, &err).ok());
    REQUIRE(r.verify(trust.lookup(), &err).ok());
    int ops = 0;
    BundleReader::Visitor v;
    v.op = [&](const QCborValue &) {
        ++ops;
        return Status();
    };
    REQUIRE(r.replay(v).ok());
    CHECK(ops == 100);
    ops = 0;
    v.op = [&](const QCborValue &) {
        if (++ops == 7)
            return Status::failure(ErrorCode::Conflict, QStringLiteral("stop"));
        return Status();
    };
    const Status stopped = r.replay(v);
    CHECK(stopped.code() == ErrorCode::Conflict);
    CHECK(ops == 7);
    CHECK(r.lastError().fault == BundleFault::None);
}

TEST_CASE("every fault has its own sentence", "[bundle]")
{
    QSet<QString> seen;
    for (BundleFault f :
         {BundleFault::NotABundle, BundleFault::UnsupportedVersion, BundleFault::AddressedElsewhere,
          BundleFault::Damaged, BundleFault::UnknownSigner, BundleFault::RevokedSigner, BundleFault::Readdressed,
          BundleFault::Inconsistent, BundleFault::TooLarge, BundleFault::Io}) {
        const QString m = bundleFaultMessage(f);
        CHECK_FALSE(m.isEmpty());
        CHECK(m.endsWith(u'.'));
        seen.insert(m);
    }
    CHECK(seen.size() == 10);
    CHECK(bundleFaultMessage(BundleFault::None).isEmpty());
    CHECK(bundleFaultMessage(BundleFault::NotABundle) == QStringLiteral("This file is not a SifaDesk bundle."));
    CHECK(bundleFaultMessage(BundleFault::AddressedElsewhere, QStringLiteral("0011223344556677")) ==
          QStringLiteral("This bundle is addressed to another office (key 0011223344556677)."));
}
