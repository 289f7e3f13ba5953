#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace sifa {

// Writes a ledger as an Excel workbook (.xlsx) with libxlsxwriter: one sheet, a bold, shaded
// header row that stays in view (frozen) with an autofilter, and columns as wide as their
// content (CJK characters count double, at most kMaxColumnWidth).
//
// Values by type: QString as text (never turned into a number); int, long long and double as
// numbers, except integers of 1e15 or more in magnitude, written as text because Excel would
// drop their last digits; bool as TRUE/FALSE; QDate as an Excel date shown yyyy-mm-dd and
// QDateTime as an Excel date and time shown yyyy-mm-dd hh:mm:ss, from the date and time it
// reads in its own time zone (convert to local time first), as text outside Excel's years
// 1900-9999; a null QVariant as an empty cell; anything else as its toString(). Columns listed
// in `textColumns` (zero-based) are always text, whatever the values look like (ID numbers,
// phone numbers, case numbers), and are formatted as text so that what a clerk types there
// later stays text too.
//
// libxlsxwriter writes to a path, so the workbook is made in a temporary file in the target
// folder and then copied into place through QSaveFile: `path` is complete or untouched.
// Errors: a sheet name Excel refuses, a text over 32,767 characters, a number that is not
// finite, too many rows or columns (InvalidInput); a folder that cannot be written (ReadOnly);
// a full disk (DiskFull); anything else (Io).
class XlsxWriter {
    Q_DECLARE_TR_FUNCTIONS(XlsxWriter)
public:
    static constexpr int kMaxColumnWidth = 50;  // in Excel's character units

    static Status write(const QString &path, const QString &sheetName, const QStringList &header,
                        const QList<QList<QVariant>> &rows, const QList<int> &textColumns = {});

    // Why Excel would refuse `name` as a sheet name, or an empty string when it is fine.
    static QString sheetNameProblem(const QString &name);
};

}  // namespace sifa
