#include "io/XlsxSharedStrings.h"

#include "io/XlsxXml.h"

namespace sifa {

Result<QStringList> XlsxSharedStrings::load(ZipArchive &zip, const QString &file, const QString &part)
{
    QStringList strings;
    const Status s = XlsxXml::parse(zip, file, part, [&strings](QXmlStreamReader &xml) {
        if (xml.name() == QLatin1String("si"))
            strings << XlsxXml::readStringItem(xml);
        return Status();
    });
    if (!s.ok())
        return s;
    return strings;
}

}  // namespace sifa
