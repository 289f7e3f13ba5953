#include "io/XlsxSheetParser.h"

#include "io/XlsxStyles.h"
#include "io/XlsxValues.h"
#include "io/XlsxXml.h"

#include <QDir>
#include <QLocale>
#include <QTimeZone>

#include <cmath>

namespace sifa {

namespace {

// Collects the rows of one sheet as its <row> elements stream past.
class SheetBuilder {
public:
    SheetBuilder(const QString &file, const QString &part, const XlsxSheetParser::Workbook &workbook)
        : m_file(file), m_part(part), m_book(workbook)
    {
    }

    Status onStart(QXmlStreamReader &xml)
    {
        return xml.name() == QLatin1String("row") ? readRow(xml) : Status();
    }

    QList<QList<XlsxCell>> takeRows() { return std::move(m_rows); }

private:
    Status readRow(QXmlStreamReader &xml)
    {
        int row = m_lastRow + 1;
        const QXmlStreamAttributes rowAttributes = xml.attributes();
        const QStringView r = rowAttributes.value(QLatin1String("r"));
        if (!r.isEmpty()) {
            bool ok = false;
            row = r.toInt(&ok) - 1;
            if (!ok || row < 0)
                return malformed(XlsxReader::tr("%1 is damaged: its part %2 has a row numbered %3. Open it in Excel "
                                                "or WPS and save it again."),
                                 r.toString());
        }
        if (row >= XlsxReader::kMaxRows)
            return tooManyRows();
        m_lastRow = row;
        QList<XlsxCell> cells;
        int column = 0;
        while (xml.readNextStartElement()) {
            if (xml.name() != QLatin1String("c")) {
                xml.skipCurrentElement();
                continue;
            }
            const QXmlStreamAttributes cellAttributes = xml.attributes();
            const QStringView ref = cellAttributes.value(QLatin1String("r"));
            if (!ref.isEmpty()) {
                int refRow = -1;
                if (!XlsxValues::parseReference(ref, &column, &refRow))
                    return malformed(XlsxReader::tr("%1 is damaged: its part %2 has a cell named %3. Open it in "
                                                    "Excel or WPS and save it again."),
                                     ref.toString());
            } else if (column >= XlsxReader::kMaxColumns) {
                return malformed(XlsxReader::tr("%1 is damaged: a row of its part %2 has more than %3 cells. Open it "
                                                "in Excel or WPS and save it again."),
                                 QLocale().toString(XlsxReader::kMaxColumns));
            }
            Result<XlsxCell> cell = readCell(xml, cellAttributes);
            if (!cell)
                return cell.status();
            if (!cell->isEmpty()) {
                if (Status s = place(cells, column, std::move(cell).value()); !s.ok())
                    return s;
            }
            ++column;
        }
        return addRow(row, std::move(cells));
    }

    // Reads the <c> element at the reader's position.
    Result<XlsxCell> readCell(QXmlStreamReader &xml, const QXmlStreamAttributes &attributes)
    {
        const QStringView type = attributes.value(QLatin1String("t"));
        const int style = attributes.value(QLatin1String("s")).toInt();
        QString value;
        bool hasValue = false;
        QString inlineText;
        bool hasInline = false;
        while (xml.readNextStartElement()) {
            if (xml.name() == QLatin1String("v")) {
                value = xml.readElementText();
                hasValue = true;
            } else if (xml.name() == QLatin1String("is")) {
                inlineText = XlsxXml::readStringItem(xml);
                hasInline = true;
            } else {
                xml.skipCurrentElement();  // the formula itself (<f>), extensions
            }
        }
        XlsxCell cell;
        if (type == QLatin1String("inlineStr"))
            return text(hasInline ? inlineText : XlsxXml::unescape(value));
        if (!hasValue)
            return cell;  // a formatted empty cell, or a formula without a cached result
        if (type == QLatin1String("s")) {
            bool ok = false;
            const qsizetype index = value.toLongLong(&ok);
            if (!ok || index < 0 || index >= m_book.sharedStrings.size())
                return malformed(XlsxReader::tr("%1 is damaged: a cell of its part %2 refers to shared string %3, "
                                                "which does not exist. Open it in Excel or WPS and save it again."),
                                 value);
            return text(m_book.sharedStrings.at(index));
        }
        if (type == QLatin1String("str") || type == QLatin1String("e"))
            return text(XlsxXml::unescape(value));
        if (type == QLatin1String("b")) {
            cell.type = XlsxCell::Bool;
            cell.number = value.trimmed() == QLatin1String("1") ? 1 : 0;
            cell.text = cell.number ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
            return cell;
        }
        if (type == QLatin1String("d"))
            return isoDate(value);
        bool ok = false;
        const double number = value.trimmed().toDouble(&ok);
        if (!ok)
            return text(value);  // not a number after all: keep what is there
        if (m_book.styles.isDate(style)) {
            if (const std::optional<QDateTime> date = XlsxValues::dateFromSerial(number, m_book.date1904)) {
                cell.type = XlsxCell::Date;
                cell.number = number;
                cell.date = *date;
                cell.text = XlsxValues::dateText(*date, number);
                return cell;
            }
        }
        cell.type = XlsxCell::Number;
        cell.number = number;
        cell.text = XlsxValues::numberText(number);
        cell.precisionLost = std::fabs(number) >= 1e15;
        return cell;
    }

    static XlsxCell text(const QString &s)
    {
        XlsxCell cell;
        if (!s.isEmpty()) {
            cell.type = XlsxCell::Text;
            cell.text = s;
        }
        return cell;
    }

    // A date written as ISO 8601 text (t="d"), which LibreOffice and some generators use.
    XlsxCell isoDate(const QString &value) const
    {
        QDateTime date = QDateTime::fromString(value, Qt::ISODateWithMs);
        if (!date.isValid())
            date = QDateTime(QDate::fromString(value, Qt::ISODate), QTime(0, 0));
        if (!date.isValid())
            return text(value);
        date = QDateTime(date.date(), date.time(), QTimeZone::utc());
        XlsxCell cell;
        cell.type = XlsxCell::Date;
        cell.date = date;
        cell.number = XlsxValues::serialFromDate(date, m_book.date1904);
        cell.text = XlsxValues::dateText(date, cell.number);
        return cell;
    }

    Status place(QList<XlsxCell> &cells, int column, XlsxCell cell)
    {
        if (column < cells.size()) {  // cells out of order, or the same cell twice
            cells[column] = std::move(cell);
            return {};
        }
        m_cellCount += column + 1 - cells.size();
        if (m_cellCount > XlsxReader::kMaxCells)
            return tooManyCells();
        cells.resize(column);
        cells.append(std::move(cell));
        return {};
    }

    Status addRow(int row, QList<XlsxCell> cells)
    {
        if (cells.isEmpty())
            return {};
        if (row >= m_rows.size()) {
            m_rows.resize(row);
            m_rows.append(std::move(cells));
            return {};
        }
        // A row given twice or out of order: merge its cells into the earlier one.
        for (int c = 0; c < cells.size(); ++c) {
            if (!cells.at(c).isEmpty()) {
                if (Status s = place(m_rows[row], c, cells.at(c)); !s.ok())
                    return s;
            }
        }
        return {};
    }

    // `sentence` has %1 for the file, %2 for the part and %3 for `what`.
    Status malformed(const QString &sentence, const QString &what) const
    {
        return XlsxXml::damaged(sentence.arg(QDir::toNativeSeparators(m_file), m_part, what));
    }

    Status tooManyRows() const
    {
        return Status::failure(ErrorCode::InvalidInput,
                               XlsxReader::tr("%1 has more than %2 rows, more than Excel allows. Split it into "
                                              "smaller workbooks.")
                                   .arg(QDir::toNativeSeparators(m_file), QLocale().toString(XlsxReader::kMaxRows)));
    }

    Status tooManyCells() const
    {
        return Status::failure(ErrorCode::InvalidInput,
                               XlsxReader::tr("The sheet in %1 has more than %2 cells, too many to import at once. "
                                              "Split it into smaller workbooks.")
                                   .arg(QDir::toNativeSeparators(m_file), QLocale().toString(XlsxReader::kMaxCells)));
    }

    const QString &m_file;
    const QString &m_part;
    const XlsxSheetParser::Workbook &m_book;
    QList<QList<XlsxCell>> m_rows;
    int m_lastRow = -1;
    qint64 m_cellCount = 0;
};

}  // namespace

Result<QList<QList<XlsxCell>>> XlsxSheetParser::parse(ZipArchive &zip, const QString &file, const QString &part,
                                                     const Workbook &workbook)
{
    SheetBuilder builder(file, part, workbook);
    const Status s = XlsxXml::parse(zip, file, part, [&builder](QXmlStreamReader &xml) { return builder.onStart(xml); });
    if (!s.ok())
        return s;
    return builder.takeRows();
}

}  // namespace sifa
