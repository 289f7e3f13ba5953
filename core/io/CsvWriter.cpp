#include "io/CsvWriter.h"

#include "io/Csv.h"
#include "io/FileErrors.h"

#include <QSaveFile>

namespace sifa {

QByteArray CsvWriter::encode(const QList<QStringList> &rows)
{
    return QByteArrayLiteral("\xEF\xBB\xBF") + Csv::format(rows).toUtf8();
}

Status CsvWriter::write(const QString &path, const QList<QStringList> &rows)
{
    const QByteArray bytes = encode(rows);
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly))
        return FileErrors::cannotCreate(path, out);
    // A short write is a failure even when Qt sets no error (a full disk): never commit it.
    const qint64 written = out.write(bytes);
    if (written != bytes.size()) {
        const Status failed = FileErrors::writeFailed(path, out, bytes.size() - std::max<qint64>(written, 0));
        out.cancelWriting();  // the temporary file goes with `out`
        return failed;
    }
    if (!out.commit())
        return FileErrors::writeFailed(path, out, 0);
    return {};
}

}  // namespace sifa
