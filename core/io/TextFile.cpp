#include "io/TextFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>

namespace sifa {

namespace {

// Decodes `bytes` strictly: an invalid sequence is an error, not a replacement character.
bool decodeStrict(QStringDecoder &decoder, QByteArrayView bytes, QString *out)
{
    *out = decoder.decode(bytes);
    return !decoder.hasError();
}

QString shown(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

Result<QString> tooLarge(const QString &path)
{
    return Result<QString>::failure(ErrorCode::InvalidInput,
                                    TextFile::tr("%1 is larger than %2 MiB, too large for a ledger. Split it into "
                                                 "smaller files and import them one by one.")
                                        .arg(shown(path))
                                        .arg(TextFile::kMaxBytes / (1024 * 1024)));
}

}  // namespace

Result<QString> TextFile::read(const QString &path, QString *encodingUsed)
{
    const QFileInfo info(path);
    if (!info.exists() || info.isDir())
        return Result<QString>::failure(ErrorCode::NotFound, tr("There is no file at %1.").arg(shown(path)));
    if (info.size() > kMaxBytes)
        return tooLarge(path);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Result<QString>::failure(ErrorCode::Io,
                                        tr("%1 cannot be read: %2").arg(shown(path), file.errorString()));
    }
    // One byte more than expected, so a file that grew past the limit since the check is refused.
    const QByteArray bytes = file.read(qMin(file.size(), kMaxBytes) + 1);
    if (file.error() != QFileDevice::NoError) {
        return Result<QString>::failure(ErrorCode::Io,
                                        tr("%1 cannot be read: %2").arg(shown(path), file.errorString()));
    }
    if (bytes.size() > kMaxBytes)
        return tooLarge(path);
    return decode(bytes, path, encodingUsed);
}

Result<QString> TextFile::decode(const QByteArray &bytes, const QString &path, QString *encodingUsed)
{
    const auto binary = [&path]() {
        return Result<QString>::failure(ErrorCode::InvalidInput,
                                        tr("%1 is not a text file. Choose a CSV or text file, or an Excel "
                                           "workbook (.xlsx).")
                                            .arg(shown(path)));
    };
    const auto invalid = [&path](const QString &encoding) {
        return Result<QString>::failure(ErrorCode::InvalidInput,
                                        tr("%1 is marked as %2 text but holds bytes that are not valid %2. "
                                           "The file may be damaged; save it again as \"CSV UTF-8\".")
                                            .arg(shown(path), encoding));
    };

    QString text;
    QString encoding;
    if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF")) {
        const bool le = bytes.startsWith("\xFF\xFE");
        encoding = le ? QStringLiteral("UTF-16LE") : QStringLiteral("UTF-16BE");
        QStringDecoder decoder(le ? QStringDecoder::Utf16LE : QStringDecoder::Utf16BE, QStringDecoder::Flag::Stateless);
        if (!decodeStrict(decoder, QByteArrayView(bytes).sliced(2), &text))
            return invalid(encoding);
        if (text.contains(QChar(0)))
            return binary();
    } else {
        if (bytes.contains('\0'))
            return binary();
        encoding = QStringLiteral("UTF-8");
        const bool bom = bytes.startsWith("\xEF\xBB\xBF");
        QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        if (!decodeStrict(utf8, QByteArrayView(bytes).sliced(bom ? 3 : 0), &text)) {
            if (bom)
                return invalid(encoding);
            // Not UTF-8: what Chinese Excel and WPS write when asked for "CSV".
            encoding = QStringLiteral("GB18030");
            QStringDecoder gb("GB18030", QStringDecoder::Flag::Stateless);
            if (!gb.isValid()) {
                return Result<QString>::failure(ErrorCode::Internal,
                                                tr("%1 is not UTF-8 text, and this installation cannot read GB18030 "
                                                   "(Qt was built without ICU). Save the file as \"CSV UTF-8\" "
                                                   "in Excel and import it again.")
                                                    .arg(shown(path)));
            }
            if (!decodeStrict(gb, bytes, &text)) {
                return Result<QString>::failure(ErrorCode::InvalidInput,
                                                tr("The encoding of %1 is not recognised: it is neither UTF-8 nor "
                                                   "GB18030 text. Save it as \"CSV UTF-8\" and import it again.")
                                                    .arg(shown(path)));
            }
        }
    }
    if (encodingUsed)
        *encodingUsed = encoding;
    return text;
}

}  // namespace sifa
