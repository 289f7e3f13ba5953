#include "mediation/LedgerSheet.h"

#include "io/Csv.h"
#include "io/TextFile.h"

#include <QFile>
#include <QFileInfo>

namespace sifa {

namespace {

// Workbooks are zip files ("PK"); old .xls files and encrypted workbooks OLE compound files.
// XlsxReader explains the latter two itself.
bool looksLikeWorkbook(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("xlsx") || suffix == QLatin1String("xlsm") || suffix == QLatin1String("xls"))
        return true;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return false;
    const QByteArray head = f.read(8);
    return head.startsWith("PK\x03\x04") || head.startsWith("\xD0\xCF\x11\xE0");
}

}  // namespace

Result<LedgerSheet> LedgerSheet::read(const QString &path)
{
    LedgerSheet sheet;
    if (looksLikeWorkbook(path)) {
        Result<XlsxSheet> x = XlsxReader::read(path, 0);
        if (!x)
            return x.error();
        sheet.m_xlsx = std::move(x).value();
        return sheet;
    }
    Result<QString> text = TextFile::read(path, &sheet.m_encoding);
    if (!text)
        return text.error();
    Csv::parseRows(*text, [&sheet](const QStringList &row) { sheet.m_csv.append(row); });
    sheet.m_csv.text.squeeze();
    return sheet;
}

LedgerSheet LedgerSheet::fromRows(const QList<QStringList> &rows)
{
    LedgerSheet sheet;
    for (const QStringList &row : rows)
        sheet.m_csv.append(row);
    sheet.m_encoding = QStringLiteral("UTF-8");
    return sheet;
}

int LedgerSheet::rowCount() const
{
    return static_cast<int>(m_xlsx ? m_xlsx->rows.size() : m_csv.size());
}

int LedgerSheet::columnCount(int row) const
{
    return m_xlsx ? static_cast<int>(m_xlsx->rows.at(row).size()) : m_csv.columns(row);
}

LedgerCell LedgerSheet::cell(int row, int column) const
{
    LedgerCell c;
    if (!m_xlsx) {
        if (column < m_csv.columns(row)) {
            QString text = m_csv.cell(row, column);
            if (!text.trimmed().isEmpty()) {
                c.kind = LedgerCell::Kind::Text;
                c.text = std::move(text);
            }
        }
        return c;
    }
    const QList<XlsxCell> &r = m_xlsx->rows.at(row);
    if (column >= r.size())
        return c;
    const XlsxCell &x = r.at(column);
    switch (x.type) {
    case XlsxCell::Empty:
        return c;
    case XlsxCell::Text:
    case XlsxCell::Bool:
        if (x.text.trimmed().isEmpty())
            return c;
        c.kind = LedgerCell::Kind::Text;
        c.text = x.text;
        return c;
    case XlsxCell::Number:
        c.kind = LedgerCell::Kind::Number;
        c.text = x.text;
        c.number = x.number;
        c.precisionLost = x.precisionLost;
        return c;
    case XlsxCell::Date:
        c.kind = LedgerCell::Kind::Date;
        c.text = x.text;
        c.number = x.number;
        c.date = x.date.date();
        return c;
    }
    return c;
}

QStringList LedgerSheet::texts(int row) const
{
    QStringList out;
    if (!m_xlsx) {
        for (int c = 0; c < m_csv.columns(row); ++c)
            out << m_csv.cell(row, c);
        return out;
    }
    for (const XlsxCell &x : m_xlsx->rows.at(row))
        out << x.text;
    return out;
}

bool LedgerSheet::rowIsEmpty(int row) const
{
    const int n = columnCount(row);
    for (int c = 0; c < n; ++c) {
        if (!cell(row, c).isEmpty())
            return false;
    }
    return true;
}

void LedgerSheet::CsvRows::append(const QStringList &row)
{
    for (const QString &cell : row) {
        text += cell;
        cellEnds << text.size();
    }
    rowEnds << cellEnds.size();
}

int LedgerSheet::CsvRows::columns(int row) const
{
    return static_cast<int>(rowEnds.at(row) - (row > 0 ? rowEnds.at(row - 1) : 0));
}

QString LedgerSheet::CsvRows::cell(int row, int column) const
{
    const qsizetype index = (row > 0 ? rowEnds.at(row - 1) : 0) + column;
    const qsizetype start = index > 0 ? cellEnds.at(index - 1) : 0;
    return text.mid(start, cellEnds.at(index) - start);
}

}  // namespace sifa
