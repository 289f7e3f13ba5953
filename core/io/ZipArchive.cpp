#include "io/ZipArchive.h"

#include <QDir>
#include <QFile>

#include <zip.h>

namespace sifa {

namespace {

QString libzipMessage(zip_error_t *error)
{
    return QString::fromLocal8Bit(zip_error_strerror(error));
}

}  // namespace

ZipArchive::ZipArchive() = default;

ZipArchive::~ZipArchive()
{
    if (m_zip)
        zip_discard(m_zip);
}

Status ZipArchive::open(const QString &path)
{
    const QString shown = QDir::toNativeSeparators(path);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Status::failure(ErrorCode::Io, tr("%1 cannot be read: %2").arg(shown, file.errorString()));
    const qint64 size = file.size();
    if (size > kMaxFileBytes) {
        return Status::failure(ErrorCode::InvalidInput,
                               tr("%1 is larger than %2 MiB, too large to import. Split it into smaller "
                                  "workbooks and import them one by one.")
                                   .arg(shown)
                                   .arg(kMaxFileBytes / (1024 * 1024)));
    }
    // Read into memory rather than mapped: a mapped file on a USB stick pulled out mid-read
    // would crash the program.
    m_bytes = file.readAll();
    file.close();
    if (m_bytes.size() != size)
        return Status::failure(ErrorCode::Io, tr("%1 cannot be read: %2").arg(shown, file.errorString()));
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t *source = zip_source_buffer_create(m_bytes.constData(), zip_uint64_t(m_bytes.size()), 0, &error);
    if (source)
        m_zip = zip_open_from_source(source, ZIP_RDONLY, &error);
    if (!m_zip) {
        if (source)
            zip_source_free(source);
        const bool memory = zip_error_code_zip(&error) == ZIP_ER_MEMORY;
        const QString detail = libzipMessage(&error);
        zip_error_fini(&error);
        if (memory)
            return Status::failure(ErrorCode::Io, tr("There is not enough memory to open %1.").arg(shown));
        return Status::failure(ErrorCode::Damaged,
                               tr("%1 is damaged or incomplete and cannot be opened (%2). Copy the file again "
                                  "from where it came from.")
                                   .arg(shown, detail));
    }
    zip_error_fini(&error);
    return {};
}

qint64 ZipArchive::locate(const QString &entry) const
{
    if (!m_zip)
        return -1;
    return zip_name_locate(m_zip, entry.toUtf8().constData(), ZIP_FL_NOCASE);
}

bool ZipArchive::contains(const QString &entry) const
{
    return locate(entry) >= 0;
}

bool ZipArchive::isEncrypted(const QString &entry) const
{
    const qint64 index = locate(entry);
    zip_stat_t st;
    zip_stat_init(&st);
    if (index < 0 || zip_stat_index(m_zip, zip_uint64_t(index), 0, &st) != 0)
        return false;
    return (st.valid & ZIP_STAT_ENCRYPTION_METHOD) && st.encryption_method != ZIP_EM_NONE;
}

std::unique_ptr<ZipArchive::EntryDevice> ZipArchive::openEntry(const QString &entry, qint64 maxBytes)
{
    m_openError.clear();
    const qint64 index = locate(entry);
    if (index < 0)
        return nullptr;
    zip_file_t *file = zip_fopen_index(m_zip, zip_uint64_t(index), 0);
    if (!file) {
        m_openError = libzipMessage(zip_get_error(m_zip));
        return nullptr;
    }
    auto device = std::make_unique<EntryDevice>(file, maxBytes);
    device->open(QIODevice::ReadOnly);
    return device;
}

ZipArchive::EntryDevice::EntryDevice(zip_file *file, qint64 maxBytes) : m_file(file), m_maxBytes(maxBytes) {}

ZipArchive::EntryDevice::~EntryDevice()
{
    zip_fclose(m_file);
}

qint64 ZipArchive::EntryDevice::readData(char *data, qint64 maxSize)
{
    if (m_failure != Failure::None)
        return -1;
    const zip_int64_t n = zip_fread(m_file, data, zip_uint64_t(maxSize));
    if (n < 0) {
        m_failure = Failure::Damaged;
        m_detail = libzipMessage(zip_file_get_error(m_file));
        setErrorString(m_detail);
        return -1;
    }
    m_total += n;
    if (m_total > m_maxBytes) {
        m_failure = Failure::TooLarge;
        return -1;
    }
    return n;
}

}  // namespace sifa
