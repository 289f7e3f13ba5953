#include "io/XlsxReader.h"

#include "io/XlsxSheetParser.h"
#include "io/XlsxStyles.h"
#include "io/XlsxSharedStrings.h"
#include "io/XlsxWorkbook.h"
#include "io/XlsxXml.h"
#include "io/ZipArchive.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>

namespace sifa {

namespace {

// An OLE compound file: an old .xls workbook, or an .xlsx encrypted with a password (Office
// wraps the encrypted package in one).
const QByteArray kCompoundFileMagic = QByteArrayLiteral("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1");

// True when the compound file holds an EncryptedPackage stream. Its name is in the file's
// directory as UTF-16LE; scanning for it avoids parsing the compound file format.
bool holdsEncryptedPackage(QFile &file)
{
    const QString name = QStringLiteral("EncryptedPackage");
    const QByteArray needle(reinterpret_cast<const char *>(name.utf16()), name.size() * 2);
    file.seek(0);
    QByteArray tail;
    while (!file.atEnd()) {
        const QByteArray chunk = tail + file.read(1 << 20);
        if (chunk.size() == tail.size())
            break;
        if (chunk.contains(needle))
            return true;
        tail = chunk.right(needle.size() - 1);
    }
    return false;
}

// Refuses what is not an .xlsx file before libzip sees it, with the reason a clerk can act on.
Status checkFileKind(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists() || info.isDir()) {
        return Status::failure(ErrorCode::NotFound,
                               XlsxReader::tr("There is no file at %1.").arg(QDir::toNativeSeparators(path)));
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Status::failure(ErrorCode::Io, XlsxReader::tr("%1 cannot be read: %2")
                                                  .arg(QDir::toNativeSeparators(path), file.errorString()));
    }
    const QByteArray head = file.read(8);
    if (head == kCompoundFileMagic)
        return holdsEncryptedPackage(file) ? XlsxXml::encrypted(path) : XlsxXml::notWorkbook(path);
    if (!head.startsWith("PK"))
        return XlsxXml::notWorkbook(path);
    return {};
}

// Opens the package and reads its workbook part.
Status openWorkbook(const QString &path, ZipArchive &zip, XlsxWorkbook *book)
{
    if (Status s = checkFileKind(path); !s.ok())
        return s;
    if (Status s = zip.open(path); !s.ok())
        return s;
    Result<XlsxWorkbook> loaded = XlsxWorkbook::load(zip, path);
    if (!loaded)
        return loaded.status();
    *book = std::move(loaded).value();
    return {};
}

Result<XlsxSheet> readSheet(const QString &path, ZipArchive &zip, const XlsxWorkbook &book, int index)
{
    const XlsxWorkbook::Sheet &sheet = book.sheets.at(index);
    if (!sheet.isWorksheet) {
        return Result<XlsxSheet>::failure(ErrorCode::InvalidInput,
                                          XlsxReader::tr("The sheet %1 in %2 is a chart, not a table of cells. "
                                                         "Choose another sheet.")
                                              .arg(sheet.name, QDir::toNativeSeparators(path)));
    }
    QStringList strings;
    if (!book.sharedStringsPart.isEmpty()) {
        Result<QStringList> loaded = XlsxSharedStrings::load(zip, path, book.sharedStringsPart);
        if (!loaded)
            return loaded.status();
        strings = std::move(loaded).value();
    }
    XlsxStyles styles;
    if (!book.stylesPart.isEmpty()) {
        Result<XlsxStyles> loaded = XlsxStyles::load(zip, path, book.stylesPart);
        if (!loaded)
            return loaded.status();
        styles = std::move(loaded).value();
    }
    Result<QList<QList<XlsxCell>>> rows =
        XlsxSheetParser::parse(zip, path, sheet.part, XlsxSheetParser::Workbook{strings, styles, book.date1904});
    if (!rows)
        return rows.status();
    return XlsxSheet{sheet.name, std::move(rows).value()};
}

}  // namespace

Result<XlsxSheet> XlsxReader::read(const QString &path, int sheetIndex)
{
    ZipArchive zip;
    XlsxWorkbook book;
    if (Status s = openWorkbook(path, zip, &book); !s.ok())
        return s;
    if (sheetIndex < 0 || sheetIndex >= book.sheets.size()) {
        return Result<XlsxSheet>::failure(ErrorCode::NotFound,
                                          tr("%1 has %n sheet(s); there is no sheet number %2.", nullptr,
                                             int(book.sheets.size()))
                                              .arg(QDir::toNativeSeparators(path))
                                              .arg(sheetIndex + 1));
    }
    return readSheet(path, zip, book, sheetIndex);
}

Result<XlsxSheet> XlsxReader::read(const QString &path, const QString &sheetName)
{
    ZipArchive zip;
    XlsxWorkbook book;
    if (Status s = openWorkbook(path, zip, &book); !s.ok())
        return s;
    int found = -1;
    for (int i = 0; i < book.sheets.size() && found < 0; ++i) {
        if (book.sheets.at(i).name == sheetName)
            found = i;
    }
    for (int i = 0; i < book.sheets.size() && found < 0; ++i) {
        if (book.sheets.at(i).name.compare(sheetName, Qt::CaseInsensitive) == 0)
            found = i;
    }
    if (found < 0) {
        QStringList names;
        for (const XlsxWorkbook::Sheet &sheet : std::as_const(book.sheets))
            names << sheet.name;
        return Result<XlsxSheet>::failure(ErrorCode::NotFound,
                                          tr("%1 has no sheet named %2. Its sheets are: %3.")
                                              .arg(QDir::toNativeSeparators(path), sheetName,
                                                   QLocale().createSeparatedList(names)));
    }
    return readSheet(path, zip, book, found);
}

Result<QStringList> XlsxReader::sheetNames(const QString &path)
{
    ZipArchive zip;
    XlsxWorkbook book;
    if (Status s = openWorkbook(path, zip, &book); !s.ok())
        return s;
    QStringList names;
    for (const XlsxWorkbook::Sheet &sheet : std::as_const(book.sheets))
        names << sheet.name;
    return names;
}

}  // namespace sifa
