#pragma once

#include <QChar>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace sifa {

// Comma-separated values as RFC 4180 describes them and Excel writes them. Fields come through
// exactly as written: nothing is trimmed or converted, so an ID number such as
// 330225198001010018 or a code such as 01234 keeps every digit.
class Csv {
public:
    // Splits `text` into rows of fields. Quoted fields may hold the delimiter, line breaks and
    // doubled quotes (""); records end with CRLF, LF or CR. One line end at the very end of
    // the text does not start another row; an empty line in the middle is a row with one
    // empty field. A leading byte order mark is dropped. Malformed input is read leniently: a
    // quote inside an unquoted field is an ordinary character, and a quoted field still open
    // at the end of the text runs to the end.
    // Without `delimiter`, the one among comma, tab and semicolon that occurs most often
    // outside quotes in the first record is used (comma when none occurs).
    static QList<QStringList> parse(const QString &text, QChar delimiter = QChar());
    // The same rows one at a time, for a reader that keeps them in a form of its own.
    static void parseRows(const QString &text, const std::function<void(const QStringList &row)> &onRow,
                          QChar delimiter = QChar());

    // The delimiter parse() would choose for `text`.
    static QChar detectDelimiter(const QString &text);

    // Writes rows with comma delimiters and CRLF after every row. A field is quoted when it
    // holds a comma, a quote, CR or LF; quotes inside are doubled.
    static QString format(const QList<QStringList> &rows);
};

}  // namespace sifa
