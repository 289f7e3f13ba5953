#include "sync/BundleFile.h"

#include <QCborArray>
#include <QCborStreamReader>
#include <QIODevice>

#include <sodium.h>

#include <array>
#include <cstring>

namespace sifa {

namespace {

using SecretStream = crypto_secretstream_xchacha20poly1305_state;

constexpr char kMagic[8] = {'S', 'I', 'F', 'A', 'B', 'N', 'D', 'L'};
constexpr int kFormat = 1;
constexpr int kSuite = 1;
constexpr int kBundleIdBytes = 16;
constexpr int kKeyIdBytes = 8;
constexpr int kMaxRecipients = 4;
constexpr int kSealedBytes = crypto_secretstream_xchacha20poly1305_KEYBYTES + crypto_box_SEALBYTES; // 80
constexpr int kStreamHeaderBytes = crypto_secretstream_xchacha20poly1305_HEADERBYTES;               // 24
constexpr int kFixedHeaderBytes = 8 + 2 + 2 + kBundleIdBytes + 1;                                   // 29
constexpr qint64 kChunkPlain = 64 * 1024;
constexpr qint64 kChunkAbytes = crypto_secretstream_xchacha20poly1305_ABYTES;
constexpr qint64 kMaxChunkCipher = kChunkPlain + kChunkAbytes;
constexpr qint64 kMaxBlobPiece = 1024 * 1024;
constexpr int kHashBytes = 32; // BLAKE2b-256
constexpr int kFrameHead = 5;

enum FrameType : quint8 { FrameOp = 1, FrameAudit = 2, FrameBlob = 3, FrameManifest = 4, FrameSignature = 5 };

static_assert(kSealedBytes == 80);
static_assert(kStreamHeaderBytes == 24);

void ensureSodium()
{
    static const bool ready = sodium_init() >= 0;
    if (!ready)
        qFatal("libsodium could not be initialised");
}

const unsigned char *uc(const QByteArray &b)
{
    return reinterpret_cast<const unsigned char *>(b.constData());
}

unsigned char *uc(QByteArray &b)
{
    return reinterpret_cast<unsigned char *>(b.data());
}

void putU16(QByteArray &out, quint32 v)
{
    out.append(char((v >> 8) & 0xff));
    out.append(char(v & 0xff));
}

void putU32(QByteArray &out, quint32 v)
{
    out.append(char((v >> 24) & 0xff));
    out.append(char((v >> 16) & 0xff));
    out.append(char((v >> 8) & 0xff));
    out.append(char(v & 0xff));
}

quint32 getU16(const char *p)
{
    return (quint32(quint8(p[0])) << 8) | quint32(quint8(p[1]));
}

quint32 getU32(const char *p)
{
    return (quint32(quint8(p[0])) << 24) | (quint32(quint8(p[1])) << 16) | (quint32(quint8(p[2])) << 8) |
           quint32(quint8(p[3]));
}

QString hex(const QByteArray &b)
{
    return QString::fromLatin1(b.toHex());
}

// Reads exactly `n` bytes (fewer only at the end of the device); -1 on a read error.
qint64 readFully(QIODevice &in, char *dst, qint64 n)
{
    qint64 got = 0;
    while (got < n) {
        const qint64 r = in.read(dst + got, n - got);
        if (r < 0)
            return -1;
        if (r == 0)
            break;
        got += r;
    }
    return got;
}

// One CBOR item that uses every byte of `bytes`, or an invalid value.
bool decodeExact(const QByteArray &bytes, QCborValue *out)
{
    QCborStreamReader reader(bytes);
    QCborValue v = QCborValue::fromCbor(reader);
    if (reader.lastError() != QCborError::NoError)
        return false;
    if (reader.currentOffset() != bytes.size())
        return false;
    *out = std::move(v);
    return true;
}

// A blob piece: {"sha256": bytes(32), "offset": n, "size": total, "data": bytes (≤ 1 MiB)},
// with offset + data ≤ size.
bool validBlobPiece(const QCborValue &v)
{
    if (!v.isMap())
        return false;
    const QCborMap m = v.toMap();
    const QCborValue sha = m.value(QStringLiteral("sha256"));
    const QCborValue offset = m.value(QStringLiteral("offset"));
    const QCborValue size = m.value(QStringLiteral("size"));
    const QCborValue data = m.value(QStringLiteral("data"));
    if (!sha.isByteArray() || sha.toByteArray().size() != 32)
        return false;
    if (!offset.isInteger() || !size.isInteger() || !data.isByteArray())
        return false;
    const qint64 off = offset.toInteger();
    const qint64 total = size.toInteger();
    const qint64 len = data.toByteArray().size();
    return off >= 0 && total >= 0 && len <= kMaxBlobPiece && off <= total && len <= total - off;
}

ErrorCode errorCodeFor(BundleFault fault)
{
    switch (fault) {
    case BundleFault::None:
        return ErrorCode::None;
    case BundleFault::NotABundle:
        return ErrorCode::InvalidInput;
    case BundleFault::UnsupportedVersion:
        return ErrorCode::NewerSchema;
    case BundleFault::AddressedElsewhere:
    case BundleFault::UnknownSigner:
    case BundleFault::RevokedSigner:
    case BundleFault::Readdressed:
        return ErrorCode::PermissionDenied;
    case BundleFault::Damaged:
    case BundleFault::Inconsistent:
        return ErrorCode::Damaged;
    case BundleFault::TooLarge:
        return ErrorCode::InvalidInput;
    case BundleFault::Io:
        return ErrorCode::Io;
    }
    return ErrorCode::Internal;
}

// The Error a Result/Status carries for a fault: field "bundle", detail = int(BundleFault).
Error toError(const BundleError &e)
{
    return Error{errorCodeFor(e.fault), e.message, QStringLiteral("bundle"), QVariant(static_cast<int>(e.fault))};
}

} // namespace

QString bundleFaultMessage(BundleFault fault, const QString &keys)
{
    switch (fault) {
    case BundleFault::None:
        return QString();
    case BundleFault::NotABundle:
        return BundleReader::tr("This file is not a SifaDesk bundle.");
    case BundleFault::UnsupportedVersion:
        return BundleReader::tr("This bundle was written in a format this version cannot read; update SifaDesk.");
    case BundleFault::AddressedElsewhere:
        if (keys.isEmpty())
            return BundleReader::tr("This bundle is addressed to another office.");
        return BundleReader::tr("This bundle is addressed to another office (key %1).").arg(keys);
    case BundleFault::Damaged:
        return BundleReader::tr("This bundle is damaged or truncated; ask the sender for a new copy.");
    case BundleFault::UnknownSigner:
        return BundleReader::tr(
            "This bundle is signed by a key this office has not trusted; confirm the sender's key first.");
    case BundleFault::RevokedSigner:
        return BundleReader::tr("This bundle is signed by a revoked key; it is refused.");
    case BundleFault::Readdressed:
        return BundleReader::tr("This bundle was addressed to another office and re-encrypted; it is refused.");
    case BundleFault::Inconsistent:
        return BundleReader::tr("This bundle's contents do not match its signed manifest; it is refused.");
    case BundleFault::TooLarge:
        return BundleReader::tr("This bundle is larger than SifaDesk accepts.");
    case BundleFault::Io:
        return BundleReader::tr("The bundle file could not be read.");
    }
    return QString();
}

// ------------------------------------------------------------------------------------------
// Writer

struct BundleWriter::State {
    QIODevice *out = nullptr;
    BundleSigner signer;
    QList<BundleRecipient> recipients;
    QByteArray bundleId;
    QByteArray header;
    std::array<unsigned char, crypto_secretstream_xchacha20poly1305_KEYBYTES> key{};
    SecretStream stream{};
    QByteArray pending; // plaintext not yet pushed (≤ one chunk after each frame)
    bool firstChunk = true;
    // 0 before begin(), 1 ops, 2 audit, 3 blobs, 4 finished; -1 after a failure.
    int stage = 0;
    std::array<qint64, 3> counts{};
    std::array<crypto_generichash_state, 3> hashes{};
    qint64 written = 0;

    ~State()
    {
        sodium_memzero(key.data(), key.size());
        sodium_memzero(&stream, sizeof stream);
        if (!signer.signSk.isEmpty())
            sodium_memzero(signer.signSk.data(), static_cast<size_t>(signer.signSk.size()));
        if (!pending.isEmpty())
            sodium_memzero(pending.data(), static_cast<size_t>(pending.size()));
    }

    Status fail(ErrorCode code, const QString &message)
    {
        stage = -1;
        return Status::failure(code, message, QStringLiteral("bundle"));
    }

    Status writeBytes(const QByteArray &bytes)
    {
        if (out->write(bytes) != bytes.size())
            return fail(ErrorCode::Io,
                        BundleWriter::tr("The bundle file could not be written: %1").arg(out->errorString()));
        written += bytes.size();
        return {};
    }

    // Encrypts pending[from, from + n) as one chunk.
    Status pushChunk(qsizetype from, qsizetype n, bool final)
    {
        QByteArray chunk;
        putU32(chunk, quint32(n + kChunkAbytes));
        chunk.resize(4 + n + qsizetype(kChunkAbytes));
        unsigned long long clen = 0;
        const unsigned char *ad = firstChunk ? uc(header) : nullptr;
        const unsigned long long adlen = firstChunk ? static_cast<unsigned long long>(header.size()) : 0;
        crypto_secretstream_xchacha20poly1305_push(&stream, uc(chunk) + 4, &clen, uc(pending) + from,
                                                   static_cast<unsigned long long>(n), ad, adlen,
                                                   final ? crypto_secretstream_xchacha20poly1305_TAG_FINAL
                                                         : crypto_secretstream_xchacha20poly1305_TAG_MESSAGE);
        firstChunk = false;
        return writeBytes(chunk);
    }

    // Pushes full chunks while more than one chunk is pending (or everything, as FINAL).
    Status flush(bool final)
    {
        qsizetype from = 0;
        Status s;
        while (s.ok() && pending.size() - from > kChunkPlain) {
            s = pushChunk(from, kChunkPlain, false);
            from += kChunkPlain;
        }
        if (s.ok() && final) {
            s = pushChunk(from, pending.size() - from, true);
            from = pending.size();
        }
        if (from > 0) {
            sodium_memzero(pending.data(), static_cast<size_t>(from));
            pending.remove(0, from);
        }
        return s;
    }

    Status appendFrame(quint8 type, const QByteArray &cbor)
    {
        if (cbor.size() > BundleReader::kMaxFrame)
            return fail(ErrorCode::InvalidInput,
                        BundleWriter::tr("An item of %1 bytes is too large for a bundle.").arg(cbor.size()));
        QByteArray frame;
        frame.reserve(kFrameHead + cbor.size());
        frame.append(char(type));
        putU32(frame, quint32(cbor.size()));
        frame.append(cbor);
        if (type >= FrameOp && type <= FrameBlob) {
            crypto_generichash_update(&hashes[type - 1], uc(frame), static_cast<unsigned long long>(frame.size()));
            ++counts[type - 1];
        }
        pending.append(frame);
        return flush(false);
    }

    Status addItem(int section, quint8 type, const QCborValue &value)
    {
        if (stage < 1 || stage > section)
            return fail(ErrorCode::Internal,
                        BundleWriter::tr("Bundle sections were written out of order (a program error)."));
        stage = section;
        return appendFrame(type, value.toCbor());
    }
};

BundleWriter::BundleWriter(QIODevice &out, const BundleSigner &signer, const QList<BundleRecipient> &recipients)
    : d(std::make_unique<State>())
{
    d->out = &out;
    d->signer = signer;
    d->recipients = recipients;
}

BundleWriter::~BundleWriter() = default;

Status BundleWriter::begin()
{
    ensureSodium();
    if (d->stage != 0)
        return d->fail(ErrorCode::Internal, tr("The bundle was already begun (a program error)."));
    if (d->recipients.isEmpty() || d->recipients.size() > kMaxRecipients)
        return d->fail(ErrorCode::InvalidInput, tr("A bundle needs between 1 and 4 recipients."));
    for (qsizetype i = 0; i < d->recipients.size(); ++i) {
        const BundleRecipient &r = d->recipients.at(i);
        if (r.keyId.size() != kKeyIdBytes || r.boxPk.size() != crypto_box_PUBLICKEYBYTES)
            return d->fail(ErrorCode::InvalidInput, tr("A recipient's key is not valid."));
        for (qsizetype j = 0; j < i; ++j) {
            if (d->recipients.at(j).keyId == r.keyId)
                return d->fail(ErrorCode::InvalidInput, tr("A recipient is named twice."));
        }
    }
    if (d->signer.keyId.size() != kKeyIdBytes || d->signer.signSk.size() != crypto_sign_SECRETKEYBYTES)
        return d->fail(ErrorCode::InvalidInput, tr("The signing key is not valid."));

    d->bundleId.resize(kBundleIdBytes);
    randombytes_buf(d->bundleId.data(), kBundleIdBytes);
    crypto_secretstream_xchacha20poly1305_keygen(d->key.data());

    QByteArray h;
    h.append(kMagic, sizeof kMagic);
    putU16(h, kFormat);
    putU16(h, kSuite);
    h.append(d->bundleId);
    h.append(char(d->recipients.size()));
    for (const BundleRecipient &r : std::as_const(d->recipients)) {
        h.append(r.keyId);
        QByteArray sealed(kSealedBytes, '\0');
        if (crypto_box_seal(uc(sealed), d->key.data(), d->key.size(), uc(r.boxPk)) != 0)
            return d->fail(ErrorCode::InvalidInput, tr("A recipient's key is not valid."));
        h.append(sealed);
    }
    QByteArray ssHeader(kStreamHeaderBytes, '\0');
    crypto_secretstream_xchacha20poly1305_init_push(&d->stream, uc(ssHeader), d->key.data());
    h.append(ssHeader);
    d->header = h;
    for (crypto_generichash_state &st : d->hashes)
        crypto_generichash_init(&st, nullptr, 0, kHashBytes);
    d->stage = 1;
    return d->writeBytes(h);
}

QByteArray BundleWriter::bundleId() const
{
    return d->bundleId;
}

Status BundleWriter::addOp(const QCborValue &op)
{
    return d->addItem(1, FrameOp, op);
}

Status BundleWriter::addAudit(const QCborValue &record)
{
    return d->addItem(2, FrameAudit, record);
}

Status BundleWriter::addBlobPiece(const QCborMap &piece)
{
    if (d->stage >= 1 && d->stage <= 3 && !validBlobPiece(QCborValue(piece)))
        return d->fail(ErrorCode::InvalidInput,
                       tr("A blob piece needs sha256 (32 bytes), offset, size and at most 1 MiB of data."));
    return d->addItem(3, FrameBlob, QCborValue(piece));
}

Result<QCborMap> BundleWriter::finish(QCborMap manifest)
{
    if (d->stage < 1 || d->stage > 3)
        return Result<QCborMap>(
            d->fail(ErrorCode::Internal, tr("The bundle cannot be finished in this state (a program error).")));

    QCborArray recipientIds;
    for (const BundleRecipient &r : std::as_const(d->recipients))
        recipientIds.append(QCborValue(r.keyId));
    QCborMap counts;
    QCborMap hashes;
    const QString names[3] = {QStringLiteral("ops"), QStringLiteral("audit"), QStringLiteral("blobs")};
    for (int i = 0; i < 3; ++i) {
        QByteArray digest(kHashBytes, '\0');
        crypto_generichash_final(&d->hashes[size_t(i)], uc(digest), kHashBytes);
        counts.insert(names[i], QCborValue(d->counts[size_t(i)]));
        hashes.insert(names[i], QCborValue(digest));
    }
    manifest.insert(QStringLiteral("bundle_id"), QCborValue(d->bundleId));
    manifest.insert(QStringLiteral("format"), QCborValue(kFormat));
    manifest.insert(QStringLiteral("recipients"), QCborValue(recipientIds));
    manifest.insert(QStringLiteral("counts"), QCborValue(counts));
    manifest.insert(QStringLiteral("hashes"), QCborValue(hashes));

    const QByteArray manifestBytes = manifest.toCborValue().toCbor();
    QByteArray signature(crypto_sign_BYTES, '\0');
    crypto_sign_detached(uc(signature), nullptr, uc(manifestBytes),
                         static_cast<unsigned long long>(manifestBytes.size()), uc(d->signer.signSk));

    d->stage = 4;
    if (Status s = d->appendFrame(FrameManifest, manifestBytes); !s)
        return Result<QCborMap>(s);
    if (Status s = d->appendFrame(FrameSignature, QCborValue(signature).toCbor()); !s)
        return Result<QCborMap>(s);
    if (Status s = d->flush(true); !s)
        return Result<QCborMap>(s);
    d->stage = 4;
    return manifest;
}

qint64 BundleWriter::bytesWritten() const
{
    return d->written;
}

// ------------------------------------------------------------------------------------------
// Reader

namespace {

// What one pass over the stream found.
struct PassResult {
    std::array<qint64, 3> counts{};
    std::array<QByteArray, 3> hashes;
    QByteArray manifestBytes;
    QByteArray signature;

    bool operator==(const PassResult &o) const
    {
        return counts == o.counts && hashes == o.hashes && manifestBytes == o.manifestBytes && signature == o.signature;
    }
};

} // namespace

struct BundleReader::State {
    QIODevice *in = nullptr;
    bool headerRead = false;
    BundleHeader header;
    QByteArray headerBytes;
    QList<QByteArray> sealed;
    QByteArray streamHeader;
    bool opened = false;
    std::array<unsigned char, crypto_secretstream_xchacha20poly1305_KEYBYTES> key{};
    QByteArray openedKeyId;
    bool verified = false;
    PassResult pass1;
    BundleError last;

    ~State() { sodium_memzero(key.data(), key.size()); }

    // Records a fault (in `err` and lastError()).
    void setFault(BundleError *err, BundleFault fault, const QString &detail, const QString &keys = QString())
    {
        last.fault = fault;
        last.message = bundleFaultMessage(fault, keys);
        last.detail = detail;
        if (err)
            *err = last;
    }

    // Decrypts the whole stream once; feeds the visitor when given. Returns false on a fault
    // (set in `err`) or when the visitor fails (`visitorStatus` then holds its failure).
    bool runPass(const Visitor *visitor, const std::function<void(qint64, qint64)> &progress, BundleError *err,
                 Status *visitorStatus, PassResult &result);
};

namespace {

// The frames of one pass: order, hashes, counts, items.
class FrameSink {
public:
    FrameSink(const BundleReader::Visitor *visitor, PassResult &result) : m_visitor(visitor), m_result(result)
    {
        for (crypto_generichash_state &st : m_hashes)
            crypto_generichash_init(&st, nullptr, 0, kHashBytes);
    }

    BundleFault fault = BundleFault::None;
    QString detail;
    Status visitorStatus;

    // Appends plaintext and handles every complete frame. False on a fault or visitor failure.
    bool feed(const QByteArray &plain)
    {
        m_buf.append(plain);
        qsizetype pos = 0;
        bool ok = true;
        while (ok) {
            const qsizetype avail = m_buf.size() - pos;
            if (avail < kFrameHead)
                break;
            const char *p = m_buf.constData() + pos;
            const quint8 type = quint8(p[0]);
            const quint32 len = getU32(p + 1);
            if (type < FrameOp || type > FrameSignature) {
                ok = setFault(BundleFault::Inconsistent, QStringLiteral("unknown frame type %1").arg(type));
                break;
            }
            if (qint64(len) > BundleReader::kMaxFrame) {
                ok = setFault(BundleFault::TooLarge, QStringLiteral("frame of %1 bytes").arg(len));
                break;
            }
            if (avail < kFrameHead + qsizetype(len))
                break;
            ok = handle(type, QByteArray(p, kFrameHead + qsizetype(len)));
            pos += kFrameHead + qsizetype(len);
        }
        if (pos > 0)
            m_buf.remove(0, pos);
        return ok;
    }

    // At FINAL: every frame complete, the manifest and its signature present.
    bool finish()
    {
        if (!m_buf.isEmpty())
            return setFault(BundleFault::Inconsistent, QStringLiteral("an incomplete frame before the end"));
        if (m_stage != 5)
            return setFault(BundleFault::Inconsistent, QStringLiteral("no manifest or no signature"));
        for (size_t i = 0; i < 3; ++i) {
            QByteArray digest(kHashBytes, '\0');
            crypto_generichash_final(&m_hashes[i], uc(digest), kHashBytes);
            m_result.hashes[i] = digest;
        }
        return true;
    }

private:
    bool setFault(BundleFault f, const QString &d)
    {
        fault = f;
        detail = d;
        return false;
    }

    bool handle(quint8 type, const QByteArray &frame)
    {
        // Section order: ops, audit, blobs (each may be empty), the manifest, its signature.
        const int stage = type;
        const bool inOrder = (m_stage <= 3 && stage <= 4 && stage >= m_stage) || (m_stage == 4 && stage == 5);
        if (!inOrder)
            return setFault(BundleFault::Inconsistent,
                            QStringLiteral("frame type %1 after frame type %2").arg(type).arg(m_stage));
        m_stage = stage;
        const QByteArray body = frame.mid(kFrameHead);
        if (type == FrameManifest) {
            m_result.manifestBytes = body;
            return true;
        }
        if (type == FrameSignature) {
            QCborValue sig;
            if (!decodeExact(body, &sig) || !sig.isByteArray() || sig.toByteArray().size() != crypto_sign_BYTES)
                return setFault(BundleFault::Inconsistent, QStringLiteral("the signature frame does not parse"));
            m_result.signature = sig.toByteArray();
            return true;
        }
        const size_t section = size_t(type - 1);
        crypto_generichash_update(&m_hashes[section], uc(frame), static_cast<unsigned long long>(frame.size()));
        ++m_result.counts[section];
        QCborValue item;
        if (!decodeExact(body, &item))
            return setFault(
                BundleFault::Inconsistent,
                QStringLiteral("item %1 of section %2 does not parse").arg(m_result.counts[section]).arg(type));
        if (type == FrameBlob && !validBlobPiece(item))
            return setFault(BundleFault::Inconsistent,
                            QStringLiteral("blob piece %1 is not valid").arg(m_result.counts[section]));
        if (!m_visitor)
            return true;
        Status s;
        if (type == FrameOp && m_visitor->op)
            s = m_visitor->op(item);
        else if (type == FrameAudit && m_visitor->audit)
            s = m_visitor->audit(item);
        else if (type == FrameBlob && m_visitor->blobPiece)
            s = m_visitor->blobPiece(item.toMap());
        if (!s) {
            visitorStatus = s;
            return false;
        }
        return true;
    }

    const BundleReader::Visitor *m_visitor;
    PassResult &m_result;
    QByteArray m_buf;
    int m_stage = 0;
    std::array<crypto_generichash_state, 3> m_hashes{};
};

} // namespace

bool BundleReader::State::runPass(const Visitor *visitor, const std::function<void(qint64, qint64)> &progress,
                                  BundleError *err, Status *visitorStatus, PassResult &result)
{
    result = PassResult();
    const qint64 total = in->size();
    if (total > kMaxFileSize) {
        setFault(err, BundleFault::TooLarge, QStringLiteral("%1 bytes").arg(total));
        return false;
    }
    // The header must be the one opened (a file replaced between the passes fails here).
    if (!in->seek(0)) {
        setFault(err, BundleFault::Io, in->errorString());
        return false;
    }
    QByteArray head(headerBytes.size(), '\0');
    const qint64 got = readFully(*in, head.data(), head.size());
    if (got < 0) {
        setFault(err, BundleFault::Io, in->errorString());
        return false;
    }
    if (got != head.size() || head != headerBytes) {
        setFault(err, BundleFault::Damaged, QStringLiteral("the header changed since it was read"));
        return false;
    }

    SecretStream stream;
    if (crypto_secretstream_xchacha20poly1305_init_pull(&stream, uc(streamHeader), key.data()) != 0) {
        setFault(err, BundleFault::Damaged, QStringLiteral("invalid stream header"));
        return false;
    }
    struct Wipe {
        SecretStream *s;
        ~Wipe() { sodium_memzero(s, sizeof *s); }
    } wipe{&stream};

    FrameSink sink(visitor, result);
    QByteArray cipher;
    QByteArray plain;
    qint64 chunkNo = 0;
    bool final = false;
    if (progress)
        progress(in->pos(), total);
    while (!final) {
        const qint64 offset = in->pos();
        char lenBytes[4];
        const qint64 n = readFully(*in, lenBytes, 4);
        if (n < 0) {
            setFault(err, BundleFault::Io, in->errorString());
            return false;
        }
        if (n < 4) {
            setFault(err, BundleFault::Damaged,
                     n == 0 ? QStringLiteral("the stream ends at %1 without its final chunk").arg(offset)
                            : QStringLiteral("a chunk length is cut off at %1").arg(offset));
            return false;
        }
        const qint64 clen = getU32(lenBytes);
        if (clen < kChunkAbytes || clen > kMaxChunkCipher) {
            setFault(err, BundleFault::Damaged,
                     QStringLiteral("chunk %1 at %2 has an invalid length %3").arg(chunkNo).arg(offset).arg(clen));
            return false;
        }
        cipher.resize(qsizetype(clen));
        const qint64 c = readFully(*in, cipher.data(), clen);
        if (c < 0) {
            setFault(err, BundleFault::Io, in->errorString());
            return false;
        }
        if (c < clen) {
            setFault(err, BundleFault::Damaged, QStringLiteral("chunk %1 at %2 is cut off").arg(chunkNo).arg(offset));
            return false;
        }
        plain.resize(qsizetype(clen - kChunkAbytes));
        unsigned long long plen = 0;
        unsigned char tag = 0;
        const unsigned char *ad = chunkNo == 0 ? uc(headerBytes) : nullptr;
        const unsigned long long adlen = chunkNo == 0 ? static_cast<unsigned long long>(headerBytes.size()) : 0;
        if (crypto_secretstream_xchacha20poly1305_pull(&stream, uc(plain), &plen, &tag, uc(cipher),
                                                       static_cast<unsigned long long>(clen), ad, adlen) != 0) {
            setFault(err, BundleFault::Damaged,
                     QStringLiteral("chunk %1 at %2 does not decrypt").arg(chunkNo).arg(offset));
            return false;
        }
        if (tag == crypto_secretstream_xchacha20poly1305_TAG_FINAL) {
            final = true;
        } else if (tag != crypto_secretstream_xchacha20poly1305_TAG_MESSAGE) {
            setFault(err, BundleFault::Damaged,
                     QStringLiteral("chunk %1 has an unexpected tag %2").arg(chunkNo).arg(tag));
            return false;
        }
        ++chunkNo;
        plain.resize(qsizetype(plen));
        const bool fed = sink.feed(plain);
        sodium_memzero(plain.data(), static_cast<size_t>(plain.size()));
        if (!fed) {
            if (!sink.visitorStatus.ok()) {
                last = BundleError();
                if (visitorStatus)
                    *visitorStatus = sink.visitorStatus;
            } else {
                setFault(err, sink.fault, sink.detail);
            }
            return false;
        }
        if (progress)
            progress(in->pos(), total);
    }
    if (in->pos() != in->size()) {
        setFault(err, BundleFault::Damaged,
                 QStringLiteral("%1 bytes follow the final chunk").arg(in->size() - in->pos()));
        return false;
    }
    if (!sink.finish()) {
        setFault(err, sink.fault, sink.detail);
        return false;
    }
    return true;
}

BundleReader::BundleReader(QIODevice &in) : d(std::make_unique<State>())
{
    d->in = &in;
}

BundleReader::~BundleReader() = default;

const BundleError &BundleReader::lastError() const
{
    return d->last;
}

QByteArray BundleReader::openedWithKeyId() const
{
    return d->openedKeyId;
}

Result<BundleHeader> BundleReader::readHeader(BundleError *err)
{
    ensureSodium();
    d->last = BundleError();
    d->headerRead = false;
    d->opened = false;
    d->verified = false;
    auto fail = [&](BundleFault fault, const QString &detail) {
        d->setFault(err, fault, detail);
        return Result<BundleHeader>(toError(d->last));
    };
    QIODevice &in = *d->in;
    if (!in.isOpen() || !in.isReadable())
        return fail(BundleFault::Io, in.errorString());
    if (in.isSequential())
        return fail(BundleFault::Io, QStringLiteral("the bundle must be read from a file"));
    const qint64 size = in.size();
    if (size > kMaxFileSize)
        return fail(BundleFault::TooLarge, QStringLiteral("%1 bytes").arg(size));
    if (!in.seek(0))
        return fail(BundleFault::Io, in.errorString());

    QByteArray h(kFixedHeaderBytes, '\0');
    qint64 got = readFully(in, h.data(), kFixedHeaderBytes);
    if (got < 0)
        return fail(BundleFault::Io, in.errorString());
    if (got < qint64(sizeof kMagic) || std::memcmp(h.constData(), kMagic, sizeof kMagic) != 0)
        return fail(BundleFault::NotABundle, QStringLiteral("no SIFABNDL magic"));
    if (got < 12)
        return fail(BundleFault::NotABundle, QStringLiteral("the header is cut off at %1").arg(got));
    const int format = int(getU16(h.constData() + 8));
    const int suite = int(getU16(h.constData() + 10));
    if (format != kFormat || suite != kSuite)
        return fail(BundleFault::UnsupportedVersion, QStringLiteral("format %1, suite %2").arg(format).arg(suite));
    if (got < kFixedHeaderBytes)
        return fail(BundleFault::NotABundle, QStringLiteral("the header is cut off at %1").arg(got));
    const int count = quint8(h.at(kFixedHeaderBytes - 1));
    if (count < 1 || count > kMaxRecipients)
        return fail(BundleFault::NotABundle, QStringLiteral("%1 recipients").arg(count));

    const qsizetype rest = qsizetype(count) * (kKeyIdBytes + kSealedBytes) + kStreamHeaderBytes;
    h.resize(kFixedHeaderBytes + rest);
    got = readFully(in, h.data() + kFixedHeaderBytes, rest);
    if (got < 0)
        return fail(BundleFault::Io, in.errorString());
    if (got < rest)
        return fail(BundleFault::NotABundle,
                    QStringLiteral("the header is cut off at %1").arg(kFixedHeaderBytes + got));

    BundleHeader header;
    header.format = format;
    header.suite = suite;
    header.bundleId = h.mid(12, kBundleIdBytes);
    QList<QByteArray> sealed;
    qsizetype pos = kFixedHeaderBytes;
    for (int i = 0; i < count; ++i) {
        const QByteArray keyId = h.mid(pos, kKeyIdBytes);
        if (header.recipientKeyIds.contains(keyId))
            return fail(BundleFault::NotABundle, QStringLiteral("recipient %1 named twice").arg(hex(keyId)));
        header.recipientKeyIds.append(keyId);
        sealed.append(h.mid(pos + kKeyIdBytes, kSealedBytes));
        pos += kKeyIdBytes + kSealedBytes;
    }
    d->streamHeader = h.mid(pos, kStreamHeaderBytes);
    header.headerSize = h.size();
    d->header = header;
    d->headerBytes = h;
    d->sealed = sealed;
    d->headerRead = true;
    return header;
}

Status BundleReader::open(const QList<BundleKeyPair> &mine, BundleError *err)
{
    ensureSodium();
    if (!d->headerRead) {
        Result<BundleHeader> h = readHeader(err);
        if (!h)
            return h.status();
    }
    d->last = BundleError();
    d->opened = false;
    d->verified = false;
    d->openedKeyId.clear();
    bool named = false;
    for (qsizetype i = 0; i < d->header.recipientKeyIds.size(); ++i) {
        const QByteArray &keyId = d->header.recipientKeyIds.at(i);
        for (const BundleKeyPair &pair : mine) {
            if (pair.keyId != keyId)
                continue;
            named = true;
            if (pair.boxPk.size() != crypto_box_PUBLICKEYBYTES || pair.boxSk.size() != crypto_box_SECRETKEYBYTES)
                continue;
            if (crypto_box_seal_open(d->key.data(), uc(d->sealed.at(i)), kSealedBytes, uc(pair.boxPk),
                                     uc(pair.boxSk)) == 0) {
                d->openedKeyId = keyId;
                d->opened = true;
                return {};
            }
        }
    }
    if (named) {
        d->setFault(err, BundleFault::Damaged, QStringLiteral("the file key sealed to my key does not open"));
        return Status(toError(d->last));
    }
    QStringList ids;
    for (const QByteArray &keyId : std::as_const(d->header.recipientKeyIds))
        ids.append(hex(keyId));
    const QString keys = ids.join(QStringLiteral(", "));
    d->setFault(err, BundleFault::AddressedElsewhere, keys, keys);
    return Status(toError(d->last));
}

Result<QCborMap> BundleReader::verify(const SignerLookup &signerPk, BundleError *err,
                                      const std::function<void(qint64 done, qint64 total)> &progress)
{
    ensureSodium();
    d->last = BundleError();
    d->verified = false;
    auto fail = [&](BundleFault fault, const QString &detail) {
        d->setFault(err, fault, detail);
        return Result<QCborMap>(toError(d->last));
    };
    if (!d->opened)
        return Result<QCborMap>::failure(ErrorCode::Internal, tr("The bundle must be opened before it is verified."));

    PassResult pass;
    if (!d->runPass(nullptr, progress, err, nullptr, pass))
        return Result<QCborMap>(toError(d->last));

    QCborValue manifestValue;
    if (!decodeExact(pass.manifestBytes, &manifestValue) || !manifestValue.isMap())
        return fail(BundleFault::Inconsistent, QStringLiteral("the manifest does not parse"));
    const QCborMap manifest = manifestValue.toMap();

    // The signer, named by the manifest, and the signature over the manifest's exact bytes.
    const QCborValue senderKey = manifest.value(QStringLiteral("sender")).toMap().value(QStringLiteral("key_id"));
    if (!senderKey.isByteArray() || senderKey.toByteArray().size() != kKeyIdBytes)
        return fail(BundleFault::Inconsistent, QStringLiteral("the manifest names no sender key"));
    const QByteArray signerId = senderKey.toByteArray();
    BundleError lookupErr;
    Result<QByteArray> pk =
        signerPk ? signerPk(signerId, &lookupErr) : Result<QByteArray>::failure(ErrorCode::NotFound, QString());
    if (!pk) {
        const BundleFault fault = lookupErr.fault == BundleFault::None ? BundleFault::UnknownSigner : lookupErr.fault;
        d->last.fault = fault;
        d->last.message = lookupErr.message.isEmpty() ? bundleFaultMessage(fault) : lookupErr.message;
        d->last.detail = lookupErr.detail.isEmpty() ? hex(signerId) : lookupErr.detail;
        if (err)
            *err = d->last;
        return Result<QCborMap>(toError(d->last));
    }
    if (pk->size() != crypto_sign_PUBLICKEYBYTES)
        return fail(BundleFault::UnknownSigner, hex(signerId));
    if (crypto_sign_verify_detached(uc(pass.signature), uc(pass.manifestBytes),
                                    static_cast<unsigned long long>(pass.manifestBytes.size()), uc(*pk)) != 0)
        return fail(BundleFault::Damaged, QStringLiteral("the signature by %1 does not verify").arg(hex(signerId)));

    // Addressed to the key that opened it: the manifest's recipient, or one of the recipients
    // the sender sealed it to (an escrow key), both under the signature.
    const QByteArray opened = d->openedKeyId;
    bool addressed =
        manifest.value(QStringLiteral("recipient")).toMap().value(QStringLiteral("key_id")).toByteArray() == opened;
    const QCborArray signedRecipients = manifest.value(QStringLiteral("recipients")).toArray();
    for (const QCborValue &v : signedRecipients) {
        if (v.isByteArray() && v.toByteArray() == opened)
            addressed = true;
    }
    if (!addressed)
        return fail(BundleFault::Readdressed, QStringLiteral("opened with %1").arg(hex(opened)));

    if (manifest.value(QStringLiteral("bundle_id")).toByteArray() != d->header.bundleId)
        return fail(BundleFault::Inconsistent,
                    QStringLiteral("bundle id %1 inside, %2 outside")
                        .arg(hex(manifest.value(QStringLiteral("bundle_id")).toByteArray()), hex(d->header.bundleId)));
    if (manifest.value(QStringLiteral("format")).toInteger(-1) != kFormat)
        return fail(BundleFault::Inconsistent, QStringLiteral("manifest format"));
    const QCborMap counts = manifest.value(QStringLiteral("counts")).toMap();
    const QCborMap hashes = manifest.value(QStringLiteral("hashes")).toMap();
    const QString names[3] = {QStringLiteral("ops"), QStringLiteral("audit"), QStringLiteral("blobs")};
    for (size_t i = 0; i < 3; ++i) {
        const QCborValue c = counts.value(names[i]);
        if (!c.isInteger() || c.toInteger() != pass.counts[i])
            return fail(BundleFault::Inconsistent, QStringLiteral("%1: %2 in the manifest, %3 in the bundle")
                                                       .arg(names[i])
                                                       .arg(c.toInteger(-1))
                                                       .arg(pass.counts[i]));
        const QCborValue hv = hashes.value(names[i]);
        if (!hv.isByteArray() || hv.toByteArray() != pass.hashes[i])
            return fail(BundleFault::Inconsistent, QStringLiteral("%1: the hash does not match").arg(names[i]));
    }

    d->pass1 = pass;
    d->verified = true;
    return manifest;
}

Status BundleReader::replay(const Visitor &visitor, const std::function<void(qint64 done, qint64 total)> &progress)
{
    d->last = BundleError();
    if (!d->verified)
        return Status::failure(ErrorCode::Internal, tr("The bundle must be verified before it is applied."),
                               QStringLiteral("bundle"));
    PassResult pass;
    Status visitorStatus;
    if (!d->runPass(&visitor, progress, nullptr, &visitorStatus, pass)) {
        if (!visitorStatus.ok())
            return visitorStatus;
        return Status(toError(d->last));
    }
    if (!(pass == d->pass1)) {
        d->setFault(nullptr, BundleFault::Damaged, QStringLiteral("the file changed since it was verified"));
        return Status(toError(d->last));
    }
    return {};
}

} // namespace sifa
