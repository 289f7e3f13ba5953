#include "io/XlsxStyles.h"

#include "io/XlsxXml.h"

#include <QHash>

namespace sifa {

bool XlsxStyles::isBuiltInDateFormat(int id)
{
    return (id >= 14 && id <= 22) || (id >= 27 && id <= 36) || (id >= 45 && id <= 47) || (id >= 50 && id <= 58);
}

bool XlsxStyles::isDateFormatCode(const QString &code)
{
    for (qsizetype i = 0; i < code.size(); ++i) {
        const char16_t c = code.at(i).toLower().unicode();
        switch (c) {
        case u';':
            return false;  // only the first section (positive numbers) counts
        case u'"': {
            const qsizetype close = code.indexOf(QLatin1Char('"'), i + 1);
            i = close < 0 ? code.size() : close;
            break;
        }
        case u'[': {
            const qsizetype close = code.indexOf(QLatin1Char(']'), i + 1);
            i = close < 0 ? code.size() : close;
            break;
        }
        case u'\\':
        case u'_':
        case u'*':
            ++i;  // the next character is literal
            break;
        case u'y':
        case u'm':
        case u'd':
        case u'h':
        case u's':
            return true;
        default:
            break;
        }
    }
    return false;
}

Result<XlsxStyles> XlsxStyles::load(ZipArchive &zip, const QString &file, const QString &part)
{
    QHash<int, QString> customFormats;
    QList<int> cellFormats;
    const Status s = XlsxXml::parse(zip, file, part, [&](QXmlStreamReader &xml) {
        if (xml.name() == QLatin1String("numFmt")) {
            const QXmlStreamAttributes a = xml.attributes();
            customFormats.insert(a.value(QLatin1String("numFmtId")).toInt(),
                                 a.value(QLatin1String("formatCode")).toString());
        } else if (xml.name() == QLatin1String("cellXfs")) {
            while (xml.readNextStartElement()) {
                if (xml.name() == QLatin1String("xf"))
                    cellFormats << xml.attributes().value(QLatin1String("numFmtId")).toInt();
                xml.skipCurrentElement();
            }
        }
        return Status();
    });
    if (!s.ok())
        return s;
    XlsxStyles styles;
    styles.m_dateStyles.reserve(cellFormats.size());
    for (const int id : cellFormats) {
        const auto custom = customFormats.constFind(id);
        styles.m_dateStyles << (custom != customFormats.cend() ? isDateFormatCode(*custom) : isBuiltInDateFormat(id));
    }
    return styles;
}

}  // namespace sifa
