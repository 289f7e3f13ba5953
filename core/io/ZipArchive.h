#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QString>

#include <memory>

struct zip;
struct zip_file;

namespace sifa {

// A ZIP archive opened read-only with libzip (the container of .xlsx files). The file is read
// through QFile into memory (so paths with Chinese names work on every platform) and
// decompressed entry by entry as it is read. Entry names are matched case-insensitively, as
// Office part names are.
class ZipArchive {
    Q_DECLARE_TR_FUNCTIONS(ZipArchive)
public:
    static constexpr qint64 kMaxFileBytes = qint64(500) * 1024 * 1024;

    ZipArchive();
    ~ZipArchive();
    ZipArchive(const ZipArchive &) = delete;
    ZipArchive &operator=(const ZipArchive &) = delete;

    // Fails with Damaged when libzip cannot read the archive's directory (a truncated or
    // corrupt file), InvalidInput when the file is over kMaxFileBytes, Io when it cannot be
    // read.
    Status open(const QString &path);

    bool contains(const QString &entry) const;
    // True when the entry is encrypted (a password-protected ZIP).
    bool isEncrypted(const QString &entry) const;

    // A sequential device streaming the uncompressed entry. Reading fails (returns -1) on a
    // damaged entry or once more than `maxBytes` came out; failure() then says why. Null when
    // the entry is missing or cannot be opened (see openError()).
    class EntryDevice;
    std::unique_ptr<EntryDevice> openEntry(const QString &entry, qint64 maxBytes);
    QString openError() const { return m_openError; }

private:
    qint64 locate(const QString &entry) const;

    QByteArray m_bytes;  // the archive, which libzip reads in place
    zip *m_zip = nullptr;
    QString m_openError;
};

class ZipArchive::EntryDevice : public QIODevice {
public:
    enum class Failure { None, Damaged, TooLarge };

    explicit EntryDevice(zip_file *file, qint64 maxBytes);
    ~EntryDevice() override;
    bool isSequential() const override { return true; }
    Failure failure() const { return m_failure; }
    QString failureDetail() const { return m_detail; }

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    zip_file *m_file;
    qint64 m_maxBytes;
    qint64 m_total = 0;
    Failure m_failure = Failure::None;
    QString m_detail;
};

}  // namespace sifa
