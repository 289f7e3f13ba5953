#include "io/XlsxXml.h"

#include "io/XlsxReader.h"
#include "io/ZipArchive.h"

#include <QDir>

#include <algorithm>

namespace sifa {

namespace {

bool isHexDigit(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'0' && u <= u'9') || (u >= u'a' && u <= u'f') || (u >= u'A' && u <= u'F');
}

}  // namespace

Status XlsxXml::notWorkbook(const QString &file)
{
    return Status::failure(ErrorCode::InvalidInput,
                           XlsxReader::tr("%1 is not an Excel .xlsx file. Old .xls files must be saved as .xlsx "
                                          "first: open the file in Excel or WPS and save it as \"Excel Workbook "
                                          "(*.xlsx)\".")
                               .arg(QDir::toNativeSeparators(file)));
}

Status XlsxXml::encrypted(const QString &file)
{
    return Status::failure(ErrorCode::InvalidInput,
                           XlsxReader::tr("%1 is protected with a password and cannot be read. Open it in Excel or "
                                          "WPS, remove the password (in Excel: File, Info, Protect Workbook, Encrypt "
                                          "with Password), save it and import it again.")
                               .arg(QDir::toNativeSeparators(file)));
}

Status XlsxXml::missingPart(const QString &file, const QString &part)
{
    return Status::failure(ErrorCode::Damaged,
                           XlsxReader::tr("%1 is not a complete Excel workbook: the part %2 is missing. The file may "
                                          "be damaged; open it in Excel or WPS and save it again.")
                               .arg(QDir::toNativeSeparators(file), part));
}

Status XlsxXml::damagedPart(const QString &file, const QString &part, const QString &detail)
{
    return Status::failure(ErrorCode::Damaged,
                           XlsxReader::tr("%1 is damaged: the part %2 cannot be read (%3). Open it in Excel or WPS "
                                          "and save it again.")
                               .arg(QDir::toNativeSeparators(file), part, detail));
}

Status XlsxXml::damaged(const QString &sentence)
{
    return Status::failure(ErrorCode::Damaged, sentence);
}

Status XlsxXml::parse(ZipArchive &zip, const QString &file, const QString &part, const StartHandler &onStart)
{
    const std::unique_ptr<ZipArchive::EntryDevice> device = zip.openEntry(part, XlsxReader::kMaxPartBytes);
    if (!device)
        return zip.contains(part) ? damagedPart(file, part, zip.openError()) : missingPart(file, part);
    QXmlStreamReader xml(device.get());
    while (!xml.atEnd()) {
        const QXmlStreamReader::TokenType token = xml.readNext();
        if (token == QXmlStreamReader::DTD) {
            return damaged(XlsxReader::tr("%1 cannot be read: its part %2 holds a document type declaration, which "
                                          "Excel never writes.")
                               .arg(QDir::toNativeSeparators(file), part));
        }
        if (token == QXmlStreamReader::StartElement) {
            if (Status s = onStart(xml); !s.ok())
                return s;
        }
    }
    if (device->failure() == ZipArchive::EntryDevice::Failure::TooLarge) {
        return Status::failure(ErrorCode::InvalidInput,
                               XlsxReader::tr("%1 is too large to import: its part %2 holds more than %3 MiB. "
                                              "Split the workbook into smaller ones.")
                                   .arg(QDir::toNativeSeparators(file), part)
                                   .arg(XlsxReader::kMaxPartBytes / (1024 * 1024)));
    }
    if (device->failure() == ZipArchive::EntryDevice::Failure::Damaged)
        return damagedPart(file, part, device->failureDetail());
    if (xml.hasError()) {
        QString detail = xml.errorString();
        if (detail.endsWith(QLatin1Char('.')))
            detail.chop(1);
        return damaged(XlsxReader::tr("%1 is damaged: its part %2 is not well-formed XML (line %3: %4). Open it in "
                                      "Excel or WPS and save it again.")
                           .arg(QDir::toNativeSeparators(file), part)
                           .arg(xml.lineNumber())
                           .arg(detail));
    }
    return {};
}

QString XlsxXml::readStringItem(QXmlStreamReader &xml)
{
    QString out;
    while (xml.readNextStartElement()) {
        if (xml.name() == QLatin1String("t")) {
            out += xml.readElementText();
        } else if (xml.name() == QLatin1String("r")) {
            while (xml.readNextStartElement()) {
                if (xml.name() == QLatin1String("t"))
                    out += xml.readElementText();
                else
                    xml.skipCurrentElement();
            }
        } else {
            xml.skipCurrentElement();  // phonetic guides (rPh, phoneticPr)
        }
    }
    return unescape(out);
}

QString XlsxXml::unescape(const QString &text)
{
    if (!text.contains(QLatin1String("_x")))
        return text;
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == QLatin1Char('_') && i + 6 < text.size() && text.at(i + 1) == QLatin1Char('x')
            && text.at(i + 6) == QLatin1Char('_')) {
            const QStringView hex = QStringView(text).sliced(i + 2, 4);
            const bool isHex = std::all_of(hex.begin(), hex.end(), [](QChar c) { return isHexDigit(c); });
            if (isHex) {
                out += QChar(char16_t(hex.toUShort(nullptr, 16)));
                i += 6;
                continue;
            }
        }
        out += text.at(i);
    }
    return out;
}

QString XlsxXml::relationshipId(const QXmlStreamReader &xml)
{
    const QXmlStreamAttributes attributes = xml.attributes();
    for (const QXmlStreamAttribute &a : attributes) {
        if (a.name() == QLatin1String("id") && a.namespaceUri().endsWith(QLatin1String("relationships")))
            return a.value().toString();
    }
    return QString();
}

}  // namespace sifa
