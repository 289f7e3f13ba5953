#pragma once

#include "util/Result.h"

#include <QByteArray>
#include <QCborMap>
#include <QCborValue>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <functional>
#include <memory>

class QIODevice;

namespace sifa {

// The bundle file (SYNC.md §2), without any database: the outer header, the encrypted stream,
// the sections and the signed manifest.
//
//   outer (plain): "SIFABNDL", format u16 (1), suite u16 (1), bundle_id (16 bytes),
//     recipient count u8 (1..4) × {key_id (8 bytes), file key sealed with crypto_box_seal
//     (80 bytes)}, secretstream header (24 bytes). All of it is the additional data of the
//     first chunk, so an edited recipient list fails like any damage.
//   stream: crypto_secretstream_xchacha20poly1305 chunks, each u32 length + ciphertext of at most
//     64 KiB of plaintext; the last one tagged FINAL. The plaintext is a sequence of frames
//     (u8 type, u32 length, CBOR): ops, then audit records, then blob pieces, then the manifest
//     and finally the Ed25519 signature of the manifest's bytes.
//
// Departure from SYNC.md: the manifest comes after the sections, not before, so that an export
// streams its ops once (the manifest holds their hashes and counts); the reader decrypts and
// verifies the whole stream before anything is applied either way.
enum class BundleFault {
    None,
    NotABundle,          // wrong magic, too short, or a header that does not parse
    UnsupportedVersion,  // a format or suite this version does not know
    AddressedElsewhere,  // no recipient entry for any of my keys
    Damaged,             // a chunk fails to decrypt, is missing, or FINAL is missing: truncated or altered
    UnknownSigner,       // signed by a key this office has not trusted
    RevokedSigner,       // signed by a revoked key
    Readdressed,         // the signed manifest names another recipient
    Inconsistent,        // manifest id, counts or hashes do not match the content
    TooLarge,            // over the size limits
    Io,                  // the file could not be read or written
};

struct BundleRecipient {
    QByteArray keyId;  // 8 bytes
    QByteArray boxPk;  // X25519 public key
};

struct BundleSigner {
    QByteArray keyId;   // 8 bytes
    QByteArray signSk;  // Ed25519 secret key (64 bytes)
};

struct BundleKeyPair {
    QByteArray keyId;
    QByteArray boxPk;
    QByteArray boxSk;
};

// What the reader found, as much as it could: the fault, and a translated message naming it.
struct BundleError {
    BundleFault fault = BundleFault::None;
    QString message;
    QString detail;  // the key id, versions, offset... for the ledger and the log
};

class BundleWriter {
    Q_DECLARE_TR_FUNCTIONS(BundleWriter)
public:
    // Writes the outer header to `out` at once.
    BundleWriter(QIODevice &out, const BundleSigner &signer, const QList<BundleRecipient> &recipients);
    ~BundleWriter();
    Status begin();  // header; call first
    QByteArray bundleId() const;  // 16 bytes

    // Sections, in this order. Each item is one CBOR value; the writer counts and hashes them.
    Status addOp(const QCborValue &op);
    Status addAudit(const QCborValue &record);
    // A blob in pieces of at most 1 MiB: {"sha256": bytes, "offset": n, "size": total, "data": bytes}.
    Status addBlobPiece(const QCborMap &piece);

    // Adds bundle_id, format, counts {ops, audit, blobs} and hashes {ops, audit, blobs}
    // (BLAKE2b-256 of each section's frames) to `manifest`, writes it and its signature, and
    // closes the stream with FINAL. Returns the manifest as signed.
    Result<QCborMap> finish(QCborMap manifest);
    qint64 bytesWritten() const;

private:
    struct State;
    std::unique_ptr<State> d;
};

struct BundleHeader {
    int format = 0;
    int suite = 0;
    QByteArray bundleId;
    QList<QByteArray> recipientKeyIds;
    qint64 headerSize = 0;
};

class BundleReader {
    Q_DECLARE_TR_FUNCTIONS(BundleReader)
public:
    // `in` must be seekable (a file): the stream is decrypted twice, once to verify, once to
    // apply, so no plaintext is ever written to disk and memory stays bounded.
    explicit BundleReader(QIODevice &in);
    ~BundleReader();

    // Step 1: the plain header, strictly parsed (no crypto).
    Result<BundleHeader> readHeader(BundleError *err);
    // Step 2: opens the file key with whichever of `mine` has a recipient entry.
    Status open(const QList<BundleKeyPair> &mine, BundleError *err);
    QByteArray openedWithKeyId() const;

    // Steps 3–4: decrypts the whole stream while hashing, parses the manifest, looks up the
    // signer by the manifest's sender.key_id (`signerPk` returns the Ed25519 public key, or a
    // BundleError UnknownSigner / RevokedSigner), verifies the signature, the bundle id against
    // the outer header, the counts and the hashes, and that manifest recipient.key_id is the key
    // this file was opened with (else Readdressed). Returns the manifest.
    using SignerLookup = std::function<Result<QByteArray>(const QByteArray &keyId, BundleError *err)>;
    Result<QCborMap> verify(const SignerLookup &signerPk, BundleError *err,
                            const std::function<void(qint64 done, qint64 total)> &progress = {});

    // Step 8's input: decrypts again and hands each item to the visitors in order (only after
    // verify() succeeded). A visitor's failure stops the replay and is returned.
    struct Visitor {
        std::function<Status(const QCborValue &op)> op;
        std::function<Status(const QCborValue &record)> audit;
        std::function<Status(const QCborMap &piece)> blobPiece;
    };
    Status replay(const Visitor &visitor, const std::function<void(qint64 done, qint64 total)> &progress = {});

    // The last fault found by any step (replay() has no BundleError parameter): None after a
    // success, or after a visitor's own failure.
    const BundleError &lastError() const;

    // Limits (constructor defaults): the whole file, one frame, the header.
    static constexpr qint64 kMaxFileSize = qint64(4) * 1024 * 1024 * 1024;
    static constexpr qint64 kMaxFrame = 8 * 1024 * 1024;

private:
    struct State;
    std::unique_ptr<State> d;
};

// Translated sentence for each fault; `keys` fills AddressedElsewhere's "(key …)".
QString bundleFaultMessage(BundleFault fault, const QString &keys = QString());

}  // namespace sifa

namespace sifa {
// The recipient key id of an escrow public key (BLAKE2b-64 of it): bundles sealed to the county's
// escrow key name it so, and opening one with the escrow secret looks for it.
QByteArray escrowKeyId(const QByteArray &escrowPk);
}  // namespace sifa
