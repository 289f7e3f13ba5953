#include "io/XlsxWorkbook.h"

#include "io/XlsxReader.h"
#include "io/XlsxXml.h"
#include "io/ZipArchive.h"

#include <QDir>
#include <QHash>
#include <QUrl>

namespace sifa {

namespace {

struct Relationship {
    QString type;
    QString target;  // package path of the target part
};

// Where a relationship target of `sourcePart` points: relative to the source's folder, or
// absolute from the package root.
QString resolveTarget(const QString &sourcePart, const QString &target)
{
    const QString decoded = QUrl::fromPercentEncoding(target.toUtf8());
    if (decoded.startsWith(QLatin1Char('/')))
        return QDir::cleanPath(decoded.mid(1));
    const qsizetype slash = sourcePart.lastIndexOf(QLatin1Char('/'));
    const QString folder = slash < 0 ? QString() : sourcePart.left(slash + 1);
    return QDir::cleanPath(folder + decoded);
}

// The relationships of `sourcePart` (empty for the package itself), by id.
Result<QHash<QString, Relationship>> relationships(ZipArchive &zip, const QString &file, const QString &sourcePart)
{
    const qsizetype slash = sourcePart.lastIndexOf(QLatin1Char('/'));
    const QString relsPart = sourcePart.left(slash + 1) + QStringLiteral("_rels/")
                             + sourcePart.mid(slash + 1) + QStringLiteral(".rels");
    QHash<QString, Relationship> out;
    const Status s = XlsxXml::parse(zip, file, relsPart, [&](QXmlStreamReader &xml) {
        if (xml.name() != QLatin1String("Relationship"))
            return Status();
        const QXmlStreamAttributes a = xml.attributes();
        if (a.value(QLatin1String("TargetMode")) == QLatin1String("External"))
            return Status();
        out.insert(a.value(QLatin1String("Id")).toString(),
                   Relationship{a.value(QLatin1String("Type")).toString(),
                                resolveTarget(sourcePart, a.value(QLatin1String("Target")).toString())});
        return Status();
    });
    if (!s.ok())
        return s;
    return out;
}

QString findByType(const QHash<QString, Relationship> &rels, QLatin1String typeSuffix)
{
    for (const Relationship &r : rels) {
        if (r.type.endsWith(typeSuffix))
            return r.target;
    }
    return QString();
}

}  // namespace

Result<XlsxWorkbook> XlsxWorkbook::load(ZipArchive &zip, const QString &file)
{
    // The package relationships name the main part; Excel always calls it xl/workbook.xml.
    QString workbookPart = QStringLiteral("xl/workbook.xml");
    if (zip.contains(QStringLiteral("_rels/.rels"))) {
        Result<QHash<QString, Relationship>> rels = relationships(zip, file, QString());
        if (!rels)
            return rels.status();
        const QString main = findByType(*rels, QLatin1String("/officeDocument"));
        if (!main.isEmpty())
            workbookPart = main;
    }
    if (!zip.contains(workbookPart)) {
        // A ZIP archive that is not an Office package at all, or one whose workbook is lost.
        if (!zip.contains(QStringLiteral("[Content_Types].xml")))
            return XlsxXml::notWorkbook(file);
        return XlsxXml::missingPart(file, workbookPart);
    }
    if (zip.isEncrypted(workbookPart))
        return XlsxXml::encrypted(file);

    XlsxWorkbook book;
    QList<QPair<QString, QString>> sheetIds;  // name, relationship id
    bool root = true;
    bool isWorkbook = false;
    Status s = XlsxXml::parse(zip, file, workbookPart, [&](QXmlStreamReader &xml) {
        if (root) {
            root = false;
            isWorkbook = xml.name() == QLatin1String("workbook");
            if (!isWorkbook)  // a Word or PowerPoint file
                return XlsxXml::notWorkbook(file);
        }
        if (xml.name() == QLatin1String("workbookPr")) {
            const QString v = xml.attributes().value(QLatin1String("date1904")).toString();
            book.date1904 = v == QLatin1String("1") || v == QLatin1String("true");
        } else if (xml.name() == QLatin1String("sheet")) {
            sheetIds.append({xml.attributes().value(QLatin1String("name")).toString(), XlsxXml::relationshipId(xml)});
        }
        return Status();
    });
    if (!s.ok())
        return s;
    if (!isWorkbook)
        return XlsxXml::notWorkbook(file);

    Result<QHash<QString, Relationship>> rels = relationships(zip, file, workbookPart);
    if (!rels)
        return rels.status();
    for (const auto &[name, id] : sheetIds) {
        const auto rel = rels->constFind(id);
        if (rel == rels->cend()) {
            return XlsxXml::damaged(XlsxReader::tr("%1 is damaged: the sheet %2 has no part that holds it. Open it "
                                                   "in Excel or WPS and save it again.")
                                        .arg(QDir::toNativeSeparators(file), name));
        }
        book.sheets.append(Sheet{name, rel->target, rel->type.endsWith(QLatin1String("/worksheet"))});
    }
    book.sharedStringsPart = findByType(*rels, QLatin1String("/sharedStrings"));
    book.stylesPart = findByType(*rels, QLatin1String("/styles"));
    return book;
}

}  // namespace sifa
