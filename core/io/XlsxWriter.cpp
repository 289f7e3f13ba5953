#include "io/XlsxWriter.h"

#include "io/FileErrors.h"
#include "io/XlsxReader.h"
#include "io/XlsxValues.h"
#include "storage/Backup.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QTemporaryFile>

#include <xlsxwriter.h>

#include <algorithm>
#include <cmath>
#include <memory>

namespace sifa {

namespace {

constexpr int kMaxStringLength = 32767;  // Excel's limit for the text of a cell

// East Asian wide and fullwidth characters take two columns.
bool isWide(char32_t u)
{
    return (u >= 0x1100 && u <= 0x115F) || (u >= 0x2E80 && u <= 0xA4CF) || (u >= 0xAC00 && u <= 0xD7A3)
           || (u >= 0xF900 && u <= 0xFAFF) || (u >= 0xFE30 && u <= 0xFE4F) || (u >= 0xFF00 && u <= 0xFF60)
           || (u >= 0xFFE0 && u <= 0xFFE6) || (u >= 0x20000 && u <= 0x3FFFD);
}

// The width of the widest line of `text`, in Excel's character units.
int displayWidth(const QString &text)
{
    int widest = 0;
    int width = 0;
    for (const char32_t u : text.toUcs4()) {
        if (u == U'\n') {
            width = 0;
            continue;
        }
        width += isWide(u) ? 2 : 1;
        widest = std::max(widest, width);
    }
    return widest;
}

// A file name as libxlsxwriter opens it: UTF-8 on Windows (where it converts it for _wfopen),
// the local file name encoding elsewhere.
QByteArray nativeName(const QString &path)
{
#ifdef Q_OS_WIN
    return QDir::toNativeSeparators(path).toUtf8();
#else
    return QFile::encodeName(path);
#endif
}

bool isInteger(const QVariant &v)
{
    switch (v.metaType().id()) {
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::Long:
    case QMetaType::ULong:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Short:
    case QMetaType::UShort:
        return true;
    default:
        return false;
    }
}

bool isFloating(const QVariant &v)
{
    return v.metaType().id() == QMetaType::Double || v.metaType().id() == QMetaType::Float;
}

// How a value is written as text.
QString textOf(const QVariant &v)
{
    switch (v.metaType().id()) {
    case QMetaType::QString: return v.toString();
    case QMetaType::QDate: return v.toDate().toString(QStringLiteral("yyyy-MM-dd"));
    case QMetaType::QDateTime: return v.toDateTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    case QMetaType::Bool: return v.toBool() ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
    default: break;
    }
    if (isFloating(v))
        return XlsxValues::numberText(v.toDouble());
    return v.toString();
}

bool inExcelYears(const QDate &d)
{
    return d.isValid() && d.year() >= 1900 && d.year() <= 9999;
}

lxw_datetime excelDateTime(const QDate &d, const QTime &t)
{
    return lxw_datetime{d.year(), d.month(), d.day(), t.hour(), t.minute(), t.second() + t.msec() / 1000.0};
}

struct WorkbookFree {
    void operator()(lxw_workbook *workbook) const { lxw_workbook_free(workbook); }
};

// One worksheet being filled, with its formats and the column widths seen so far.
class SheetWriter {
public:
    SheetWriter(lxw_workbook *workbook, const QString &sheetName, const QList<int> &textColumns)
        : m_textColumns(textColumns)
    {
        m_sheet = workbook_add_worksheet(workbook, sheetName.toUtf8().constData());
        m_header = workbook_add_format(workbook);
        format_set_bold(m_header);
        format_set_pattern(m_header, LXW_PATTERN_SOLID);
        format_set_bg_color(m_header, 0xDDEBF7);
        format_set_bottom(m_header, LXW_BORDER_THIN);
        m_date = workbook_add_format(workbook);
        format_set_num_format(m_date, "yyyy-mm-dd");
        m_dateTime = workbook_add_format(workbook);
        format_set_num_format(m_dateTime, "yyyy-mm-dd hh:mm:ss");
        m_text = workbook_add_format(workbook);
        format_set_num_format(m_text, "@");
    }

    bool ok() const { return m_sheet && m_header && m_date && m_dateTime && m_text; }

    lxw_error writeHeader(const QStringList &header)
    {
        for (int c = 0; c < header.size(); ++c) {
            if (const lxw_error e = writeString(0, c, header.at(c), m_header, 2); e != LXW_NO_ERROR)
                return e;
        }
        return LXW_NO_ERROR;
    }

    lxw_error writeCell(int row, int col, const QVariant &v)
    {
        if (v.isNull() || !v.isValid())
            return LXW_NO_ERROR;
        if (m_textColumns.contains(col))
            return writeString(row, col, textOf(v), m_text);
        if (isInteger(v)) {
            const double number = v.toDouble();
            if (std::fabs(number) >= 1e15)  // Excel would keep only 15 digits of it
                return writeString(row, col, v.toString(), nullptr);
            return writeNumber(row, col, number);
        }
        if (isFloating(v))
            return writeNumber(row, col, v.toDouble());
        if (v.metaType().id() == QMetaType::Bool) {
            widen(col, 5);
            return worksheet_write_boolean(m_sheet, lxw_row_t(row), lxw_col_t(col), v.toBool(), nullptr);
        }
        if (v.metaType().id() == QMetaType::QDate && inExcelYears(v.toDate())) {
            lxw_datetime dt = excelDateTime(v.toDate(), QTime(0, 0));
            widen(col, 10);
            return worksheet_write_datetime(m_sheet, lxw_row_t(row), lxw_col_t(col), &dt, m_date);
        }
        if (v.metaType().id() == QMetaType::QDateTime && inExcelYears(v.toDateTime().date())) {
            lxw_datetime dt = excelDateTime(v.toDateTime().date(), v.toDateTime().time());
            widen(col, 19);
            return worksheet_write_datetime(m_sheet, lxw_row_t(row), lxw_col_t(col), &dt, m_dateTime);
        }
        return writeString(row, col, textOf(v), nullptr);
    }

    // Header row frozen with an autofilter, and the column widths.
    void finish(int lastRow, int columns, bool hasHeader)
    {
        if (hasHeader && columns > 0) {
            worksheet_freeze_panes(m_sheet, 1, 0);
            worksheet_autofilter(m_sheet, 0, 0, lxw_row_t(lastRow), lxw_col_t(columns - 1));
        }
        for (int c = 0; c < columns; ++c) {
            const double width = std::clamp(m_widths.value(c) + 2, 6, XlsxWriter::kMaxColumnWidth);
            worksheet_set_column(m_sheet, lxw_col_t(c), lxw_col_t(c), width,
                                 m_textColumns.contains(c) ? m_text : nullptr);
        }
    }

private:
    lxw_error writeString(int row, int col, const QString &s, lxw_format *format, int extraWidth = 0)
    {
        widen(col, displayWidth(s) + extraWidth);
        if (s.isEmpty())
            return format ? worksheet_write_blank(m_sheet, lxw_row_t(row), lxw_col_t(col), format) : LXW_NO_ERROR;
        return worksheet_write_string(m_sheet, lxw_row_t(row), lxw_col_t(col), s.toUtf8().constData(), format);
    }

    lxw_error writeNumber(int row, int col, double number)
    {
        widen(col, int(XlsxValues::numberText(number).size()));
        return worksheet_write_number(m_sheet, lxw_row_t(row), lxw_col_t(col), number, nullptr);
    }

    void widen(int col, int width)
    {
        if (col >= m_widths.size())
            m_widths.resize(col + 1);
        m_widths[col] = std::max(m_widths.at(col), width);
    }

    const QList<int> &m_textColumns;
    lxw_worksheet *m_sheet = nullptr;
    lxw_format *m_header = nullptr;
    lxw_format *m_date = nullptr;
    lxw_format *m_dateTime = nullptr;
    lxw_format *m_text = nullptr;
    QList<int> m_widths;
};

}  // namespace

QString XlsxWriter::sheetNameProblem(const QString &name)
{
    static const QString forbidden = QStringLiteral("[]:*?/\\");
    const bool badCharacter = std::any_of(name.cbegin(), name.cend(), [](QChar c) { return forbidden.contains(c); });
    if (name.isEmpty() || name.toUcs4().size() > 31 || badCharacter || name.startsWith(QLatin1Char('\''))
        || name.endsWith(QLatin1Char('\''))) {
        return tr("The sheet name \"%1\" cannot be used in Excel: it must have 1 to 31 characters, none of "
                  "[ ] : * ? / \\, and must not begin or end with an apostrophe.")
            .arg(name);
    }
    return QString();
}

Status XlsxWriter::write(const QString &path, const QString &sheetName, const QStringList &header,
                         const QList<QList<QVariant>> &rows, const QList<int> &textColumns)
{
    if (const QString problem = sheetNameProblem(sheetName); !problem.isEmpty())
        return Status::failure(ErrorCode::InvalidInput, problem);
    const int firstRow = header.isEmpty() ? 0 : 1;
    if (rows.size() + firstRow > XlsxReader::kMaxRows) {
        return Status::failure(ErrorCode::InvalidInput,
                               tr("An Excel sheet holds at most %1 rows; export fewer records at a time.")
                                   .arg(QLocale().toString(XlsxReader::kMaxRows - firstRow)));
    }
    qsizetype columns = header.size();
    for (qsizetype r = 0; r < rows.size(); ++r) {
        const QList<QVariant> &row = rows.at(r);
        columns = std::max(columns, row.size());
        for (qsizetype c = 0; c < row.size(); ++c) {
            const QVariant &v = row.at(c);
            if (isFloating(v) && !std::isfinite(v.toDouble())) {
                return Status::failure(ErrorCode::InvalidInput,
                                       tr("Row %1, column %2 holds a number that Excel cannot store.")
                                           .arg(r + 1)
                                           .arg(c + 1));
            }
            if (v.metaType().id() == QMetaType::QString && v.toString().size() > kMaxStringLength) {
                return Status::failure(ErrorCode::InvalidInput,
                                       tr("Row %1, column %2 holds more than %3 characters, more than an Excel "
                                          "cell can hold.")
                                           .arg(r + 1)
                                           .arg(c + 1)
                                           .arg(QLocale().toString(kMaxStringLength)));
            }
        }
    }
    if (columns > XlsxReader::kMaxColumns) {
        return Status::failure(ErrorCode::InvalidInput, tr("An Excel sheet holds at most %1 columns.")
                                                            .arg(QLocale().toString(XlsxReader::kMaxColumns)));
    }

    // libxlsxwriter writes to a path of its own; the finished workbook is then copied into place.
    const QFileInfo target(path);
    QTemporaryFile temp(target.absoluteDir().filePath(QStringLiteral(".sifa-export-XXXXXX.xlsx")));
    if (!temp.open())
        return FileErrors::cannotCreate(path, temp);
    temp.close();
    const QByteArray tempName = nativeName(temp.fileName());
    QByteArray tempDir = nativeName(QDir::tempPath());
    lxw_workbook_options options{};
    options.tmpdir = tempDir.data();
    const auto noMemory = [&path]() {
        return Status::failure(ErrorCode::Io,
                               tr("There is not enough memory to write %1.").arg(QDir::toNativeSeparators(path)));
    };
    std::unique_ptr<lxw_workbook, WorkbookFree> workbook(workbook_new_opt(tempName.constData(), &options));
    if (!workbook)
        return noMemory();
    SheetWriter sheet(workbook.get(), sheetName, textColumns);
    if (!sheet.ok())
        return noMemory();
    lxw_error error = sheet.writeHeader(header);
    for (int r = 0; r < rows.size() && error == LXW_NO_ERROR; ++r) {
        for (int c = 0; c < rows.at(r).size() && error == LXW_NO_ERROR; ++c)
            error = sheet.writeCell(r + firstRow, c, rows.at(r).at(c));
    }
    if (error == LXW_NO_ERROR) {
        sheet.finish(int(rows.size()) + firstRow - 1, int(columns), !header.isEmpty());
        error = workbook_close(workbook.release());  // frees the workbook, written or not
    }
    if (error != LXW_NO_ERROR) {
        // libxlsxwriter says only that writing failed: a nearly full disk, here or where it
        // keeps its own temporary files, is the likely reason.
        constexpr qint64 kNearlyFull = 1024 * 1024;
        if (FileErrors::lacksSpace(path, kNearlyFull)
            || FileErrors::lacksSpace(QDir(QDir::tempPath()).filePath(QStringLiteral("x")), kNearlyFull)) {
            return FileErrors::diskFull(path);
        }
        const QString detail = QString::fromUtf8(lxw_strerror(error));
        if (error == LXW_ERROR_CREATING_XLSX_FILE) {
            return Status::failure(ErrorCode::ReadOnly,
                                   tr("%1 cannot be written (%2). Check that the folder exists and that you may "
                                      "write to it, or choose another place.")
                                       .arg(QDir::toNativeSeparators(path), detail));
        }
        return Status::failure(ErrorCode::Io, tr("The Excel file %1 could not be written (%2); nothing was changed.")
                                                  .arg(QDir::toNativeSeparators(path), detail));
    }
    // The copy needs as much space again as the temporary file takes.
    const qint64 size = QFileInfo(temp.fileName()).size();
    if (FileErrors::lacksSpace(path, size))
        return FileErrors::diskFull(path);
    Status copied = Backup::copyFile(temp.fileName(), path);
    if (copied.code() == ErrorCode::Io && FileErrors::lacksSpace(path, size))
        return FileErrors::diskFull(path);  // Qt reported a full disk as a short write
    return copied;
}

}  // namespace sifa
