#pragma once

#include "io/XlsxReader.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>


namespace sifa {

// One cell of a ledger file: text as written (CSV, XLSX text), or a value Excel stored as a
// number or a date.
struct LedgerCell {
    enum class Kind { Empty, Text, Number, Date };
    Kind kind = Kind::Empty;
    QString text;  // Text: as written; Number: XlsxValues::numberText; Date: yyyy-MM-dd
    double number = 0;
    QDate date;
    bool precisionLost = false;  // a number of 1e15 or more: Excel kept only 15 digits

    bool isEmpty() const { return kind == Kind::Empty; }
};

// A ledger file as read: a CSV file (UTF-8 with or without a byte order mark, UTF-16 or
// GB18030; the delimiter detected) or the first sheet of an .xlsx workbook.
class LedgerSheet {
    Q_DECLARE_TR_FUNCTIONS(LedgerSheet)
public:
    static Result<LedgerSheet> read(const QString &path);
    static LedgerSheet fromRows(const QList<QStringList> &rows);  // CSV-like rows, for tests

    QString format() const { return m_xlsx ? QStringLiteral("XLSX") : QStringLiteral("CSV"); }
    QString encoding() const { return m_encoding; }  // CSV only
    int rowCount() const;
    int columnCount(int row) const;
    LedgerCell cell(int row, int column) const;
    // The cells of a row as text (for finding the header).
    QStringList texts(int row) const;
    bool rowIsEmpty(int row) const;

private:
    // The rows kept compactly: every cell's text one after another in one string (lists of
    // strings or of workbook cells take five to six times the file's size), and the cells that
    // are more than text (a workbook's numbers and dates) beside it.
    struct Rows {
        QString text;
        QList<qsizetype> cellEnds;  // where each cell ends in `text`
        QList<qsizetype> rowEnds;   // where each row ends in `cellEnds`
        QHash<qsizetype, LedgerCell> typed;  // by cell index
        void append(const QStringList &row);
        void append(const QList<XlsxCell> &row);
        int size() const { return static_cast<int>(rowEnds.size()); }
        int columns(int row) const;
        qsizetype index(int row, int column) const { return (row > 0 ? rowEnds.at(row - 1) : 0) + column; }
        QString cellText(qsizetype index) const;
    };
    Rows m_rows;
    bool m_xlsx = false;
    QString m_encoding;
};

}  // namespace sifa
