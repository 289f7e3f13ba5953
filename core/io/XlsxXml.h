#pragma once

#include "util/Result.h"

#include <QString>
#include <QXmlStreamReader>

#include <functional>

namespace sifa {

class ZipArchive;

// Streaming one XML part of an .xlsx package, and the small pieces of SpreadsheetML that more
// than one part shares. Elements are matched by local name, so Strict OOXML files (other
// namespaces) read as well as Transitional ones. Messages belong to XlsxReader.
class XlsxXml {
public:
    using StartHandler = std::function<Status(QXmlStreamReader &)>;

    // Streams `part` of the package `zip` (from file `file`, named in messages) and calls
    // `onStart` at every start element; the handler may read the element's content. Returns
    // the handler's first failure, or Damaged naming the part when it is missing, cannot be
    // decompressed or is not well-formed XML, or InvalidInput when it is over
    // XlsxReader::kMaxPartBytes uncompressed. Document type declarations are refused.
    static Status parse(ZipArchive &zip, const QString &file, const QString &part, const StartHandler &onStart);

    // Reads a string item (<si> or <is>) at the reader's position: plain <t>, or rich-text runs
    // <r><t>, joined; phonetic guides (<rPh>) are left out.
    static QString readStringItem(QXmlStreamReader &xml);

    // Undoes the _xHHHH_ escapes OOXML uses for characters XML cannot carry.
    static QString unescape(const QString &text);

    // The value of the id attribute in the relationships namespace (r:id), whatever prefix
    // the file uses.
    static QString relationshipId(const QXmlStreamReader &xml);

    // The messages the parts share.
    static Status notWorkbook(const QString &file);  // InvalidInput
    static Status encrypted(const QString &file);    // InvalidInput
    static Status missingPart(const QString &file, const QString &part);                          // Damaged
    // `detail` is libzip's or Qt's own description of the fault.
    static Status damagedPart(const QString &file, const QString &part, const QString &detail);  // Damaged
    // Damaged, with a whole sentence that says what is wrong in the part.
    static Status damaged(const QString &sentence);
};

}  // namespace sifa
