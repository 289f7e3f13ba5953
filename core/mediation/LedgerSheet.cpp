#include "mediation/LedgerSheet.h"

#include "io/Csv.h"
#include "io/TextFile.h"

#include <QFile>
#include <QFileInfo>

#ifdef __GLIBC__
#include <malloc.h>
#endif

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

// The memory a large file's parsing left behind goes back to the system before the import
// writes (glibc keeps freed small blocks otherwise).
void releaseFreedMemory()
{
#ifdef __GLIBC__
    malloc_trim(0);
#endif
}

}  // namespace

Result<LedgerSheet> LedgerSheet::read(const QString &path)
{
    LedgerSheet sheet;
    if (looksLikeWorkbook(path)) {
        {
            Result<XlsxSheet> x = XlsxReader::read(path, 0);
            if (!x)
                return x.error();
            sheet.m_xlsx = true;
            XlsxSheet workbook = std::move(x).value();
            for (QList<XlsxCell> &row : workbook.rows) {
                sheet.m_rows.append(row);
                row = {};
            }
        }
        sheet.m_rows.text.squeeze();
        releaseFreedMemory();
        return sheet;
    }
    {
        Result<QString> text = TextFile::read(path, &sheet.m_encoding);
        if (!text)
            return text.error();
        Csv::parseRows(*text, [&sheet](const QStringList &row) { sheet.m_rows.append(row); });
    }
    sheet.m_rows.text.squeeze();
    releaseFreedMemory();
    return sheet;
}

LedgerSheet LedgerSheet::fromRows(const QList<QStringList> &rows)
{
    LedgerSheet sheet;
    for (const QStringList &row : rows)
        sheet.m_rows.append(row);
    sheet.m_encoding = QStringLiteral("UTF-8");
    return sheet;
}

int LedgerSheet::rowCount() const
{
    return m_rows.size();
}

int LedgerSheet::columnCount(int row) const
{
    return m_rows.columns(row);
}

LedgerCell LedgerSheet::cell(int row, int column) const
{
    LedgerCell c;
    if (column >= m_rows.columns(row))
        return c;
    const qsizetype index = m_rows.index(row, column);
    if (const auto typed = m_rows.typed.constFind(index); typed != m_rows.typed.cend())
        return *typed;
    QString text = m_rows.cellText(index);
    if (!text.trimmed().isEmpty()) {
        c.kind = LedgerCell::Kind::Text;
        c.text = std::move(text);
    }
    return c;
}

QStringList LedgerSheet::texts(int row) const
{
    QStringList out;
    for (int c = 0; c < m_rows.columns(row); ++c)
        out << m_rows.cellText(m_rows.index(row, c));
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

void LedgerSheet::Rows::append(const QStringList &row)
{
    for (const QString &cell : row) {
        text += cell;
        cellEnds << text.size();
    }
    rowEnds << cellEnds.size();
}

// Text and booleans as text (empty when blank); numbers and dates as typed cells.
void LedgerSheet::Rows::append(const QList<XlsxCell> &row)
{
    for (const XlsxCell &x : row) {
        if (x.type == XlsxCell::Number || x.type == XlsxCell::Date) {
            LedgerCell c;
            c.kind = x.type == XlsxCell::Number ? LedgerCell::Kind::Number : LedgerCell::Kind::Date;
            c.text = x.text;
            c.number = x.number;
            c.precisionLost = x.type == XlsxCell::Number && x.precisionLost;
            if (x.type == XlsxCell::Date)
                c.date = x.date.date();
            typed.insert(cellEnds.size(), c);
        }
        text += x.text;
        cellEnds << text.size();
    }
    rowEnds << cellEnds.size();
}

int LedgerSheet::Rows::columns(int row) const
{
    return static_cast<int>(rowEnds.at(row) - (row > 0 ? rowEnds.at(row - 1) : 0));
}

QString LedgerSheet::Rows::cellText(qsizetype index) const
{
    const qsizetype start = index > 0 ? cellEnds.at(index - 1) : 0;
    return text.mid(start, cellEnds.at(index) - start);
}

}  // namespace sifa
