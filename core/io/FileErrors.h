#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QFileDevice>
#include <QString>

namespace sifa {

// The messages for files that cannot be written, shared by the exporters.
class FileErrors {
    Q_DECLARE_TR_FUNCTIONS(FileErrors)
public:
    // `file` failed to open for writing: ReadOnly.
    static Status cannotCreate(const QString &path, const QFileDevice &file);
    // Writing or committing `file` failed with `bytesLeft` bytes not yet written: DiskFull when
    // the disk is full, otherwise Io. (On a full disk Qt 6.4 may only report a short write,
    // with no error set, so the free space of the folder decides too.)
    static Status writeFailed(const QString &path, const QFileDevice &file, qint64 bytesLeft);
    static Status diskFull(const QString &path);
    // True when the folder of `path` has less than `bytes` bytes free.
    static bool lacksSpace(const QString &path, qint64 bytes);
};

}  // namespace sifa
