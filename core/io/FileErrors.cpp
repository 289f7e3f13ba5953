#include "io/FileErrors.h"

#include <QDir>
#include <QFileInfo>
#include <QStorageInfo>

namespace sifa {

Status FileErrors::cannotCreate(const QString &path, const QFileDevice &file)
{
    return Status::failure(ErrorCode::ReadOnly,
                           tr("%1 cannot be written (%2). Check that the folder exists and that you may write to it, "
                              "or choose another place.")
                               .arg(QDir::toNativeSeparators(path), file.errorString()));
}

Status FileErrors::writeFailed(const QString &path, const QFileDevice &file, qint64 bytesLeft)
{
    if (file.error() == QFileDevice::ResourceError || lacksSpace(path, std::max<qint64>(bytesLeft, 1)))
        return diskFull(path);
    return Status::failure(ErrorCode::Io, tr("%1 could not be written (%2); nothing was changed.")
                                              .arg(QDir::toNativeSeparators(path), file.errorString()));
}

Status FileErrors::diskFull(const QString &path)
{
    return Status::failure(ErrorCode::DiskFull, tr("The disk is full, so %1 was not written. Free some space and "
                                                   "try again.")
                                                    .arg(QDir::toNativeSeparators(path)));
}

bool FileErrors::lacksSpace(const QString &path, qint64 bytes)
{
    const QStorageInfo storage(QFileInfo(path).absolutePath());
    return storage.isValid() && storage.bytesAvailable() >= 0 && storage.bytesAvailable() < bytes;
}

}  // namespace sifa
