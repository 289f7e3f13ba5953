#pragma once

#include "util/Result.h"

#include <QList>
#include <QString>

namespace sifa {

class ZipArchive;

// Which cell formats of a workbook show numbers as dates or times, from xl/styles.xml.
class XlsxStyles {
public:
    // Reads the cell formats (cellXfs) and number formats (numFmts) of `part`.
    static Result<XlsxStyles> load(ZipArchive &zip, const QString &file, const QString &part);

    // True when a cell with style index `s` (the s attribute of <c>) is a date or time.
    bool isDate(int s) const { return s >= 0 && s < m_dateStyles.size() && m_dateStyles.at(s); }

    // Built-in date and time formats: ids 14-22, 27-36, 45-47 and 50-58 (the last two ranges
    // are the CJK date formats of Chinese, Japanese and Korean Excel).
    static bool isBuiltInDateFormat(int numFmtId);
    // A custom format code with y, m, d, h or s outside quoted text, [brackets] (colours,
    // locales, conditions, elapsed time), escaped (\x) and spacing (_x *x) characters, looking
    // at its first section only.
    static bool isDateFormatCode(const QString &code);

private:
    QList<bool> m_dateStyles;
};

}  // namespace sifa
