#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QString>

namespace sifa {

// Reads the text files clerks bring from other programs (CSV ledgers saved by Excel, WPS or a
// county system), whatever encoding they were saved in.
class TextFile {
    Q_DECLARE_TR_FUNCTIONS(TextFile)
public:
    // Larger files are refused: a ledger is never near this size.
    static constexpr qint64 kMaxBytes = qint64(200) * 1024 * 1024;

    // Reads the whole file and decodes it: UTF-16 LE/BE when it starts with their byte order
    // mark, UTF-8 when it starts with the UTF-8 mark or is valid UTF-8 throughout, otherwise
    // GB18030 (what Chinese Excel and WPS write as "CSV"). The byte order mark is not part of
    // the text; line ends are left as they are. `encodingUsed`, when given, receives
    // "UTF-8", "UTF-16LE", "UTF-16BE" or "GB18030".
    // Refuses a missing file (NotFound), an unreadable one (Io), one over kMaxBytes or holding
    // NUL bytes, i.e. not text (InvalidInput), and text that is not valid in the detected
    // encoding (InvalidInput).
    static Result<QString> read(const QString &path, QString *encodingUsed = nullptr);

    // The same detection on bytes already in memory; `path` is only used in messages.
    static Result<QString> decode(const QByteArray &bytes, const QString &path, QString *encodingUsed = nullptr);
};

}  // namespace sifa
