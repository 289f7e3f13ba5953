#include "CatchCompat.h"
#include "TestSupport.h"

#include "io/Csv.h"
#include "io/CsvWriter.h"
#include "io/TextFile.h"
#include "io/XlsxReader.h"
#include "io/XlsxStyles.h"
#include "io/XlsxValues.h"
#include "io/XlsxWriter.h"
#include "io/ZipArchive.h"

#include <QDataStream>
#include <QDir>
#include <QFile>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTimeZone>

using namespace sifa;

namespace {

void writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    REQUIRE(f.write(bytes) == bytes.size());
}

QByteArray readBytes(const QString &path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

quint32 crc32(const QByteArray &data)
{
    quint32 crc = 0xFFFFFFFFu;
    for (const char ch : data) {
        crc ^= quint8(ch);
        for (int k = 0; k < 8; ++k)
            crc = (crc >> 1) ^ (0xEDB88320u & (0u - (crc & 1u)));
    }
    return ~crc;
}

// A ZIP archive with the entries stored uncompressed, written by hand so the tests can make
// packages that no spreadsheet program would.
QByteArray makeZip(const QList<QPair<QString, QByteArray>> &entries)
{
    QByteArray out;
    QByteArray directory;
    QDataStream file(&out, QIODevice::WriteOnly);
    QDataStream dir(&directory, QIODevice::WriteOnly);
    file.setByteOrder(QDataStream::LittleEndian);
    dir.setByteOrder(QDataStream::LittleEndian);
    for (const auto &[name, data] : entries) {
        const QByteArray n = name.toUtf8();
        const quint32 offset = quint32(out.size());
        const quint32 crc = crc32(data);
        const quint32 size = quint32(data.size());
        file << quint32(0x04034b50) << quint16(20) << quint16(0x0800) << quint16(0) << quint16(0) << quint16(0x21)
             << crc << size << size << quint16(n.size()) << quint16(0);
        file.writeRawData(n.constData(), int(n.size()));
        file.writeRawData(data.constData(), int(data.size()));
        dir << quint32(0x02014b50) << quint16(20) << quint16(20) << quint16(0x0800) << quint16(0) << quint16(0)
            << quint16(0x21) << crc << size << size << quint16(n.size()) << quint16(0) << quint16(0) << quint16(0)
            << quint16(0) << quint32(0) << offset;
        dir.writeRawData(n.constData(), int(n.size()));
    }
    const quint32 dirOffset = quint32(out.size());
    file.writeRawData(directory.constData(), int(directory.size()));
    file << quint32(0x06054b50) << quint16(0) << quint16(0) << quint16(entries.size()) << quint16(entries.size())
         << quint32(directory.size()) << dirOffset << quint16(0);
    return out;
}

const QByteArray kStrictMain = QByteArrayLiteral("http://purl.oclc.org/ooxml/spreadsheetml/main");
const QByteArray kStrictRels = QByteArrayLiteral("http://purl.oclc.org/ooxml/officeDocument/relationships");

// A minimal Strict OOXML workbook made by hand: the 1904 date system, one sheet "Data" in
// xl/worksheets/data.xml, styles with a CJK custom date format, and the given sheet XML.
QList<QPair<QString, QByteArray>> handMadePackage(const QByteArray &sheetData)
{
    const QByteArray types =
        "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
        "<Default Extension=\"xml\" ContentType=\"application/xml\"/></Types>";
    const QByteArray packageRels =
        "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        "<Relationship Id=\"rId1\" Type=\"" + kStrictRels + "/officeDocument\" Target=\"xl/workbook.xml\"/>"
        "</Relationships>";
    const QByteArray workbook =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><x:workbook xmlns:x=\"" + kStrictMain + "\" xmlns:rel=\""
        + kStrictRels + "\"><x:workbookPr date1904=\"1\"/><x:sheets>"
        "<x:sheet name=\"Data\" sheetId=\"3\" rel:id=\"rId7\"/></x:sheets></x:workbook>";
    const QByteArray workbookRels =
        "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        "<Relationship Id=\"rId7\" Type=\"" + kStrictRels + "/worksheet\" Target=\"worksheets/data.xml\"/>"
        "<Relationship Id=\"rId8\" Type=\"" + kStrictRels + "/styles\" Target=\"/xl/styles.xml\"/>"
        "<Relationship Id=\"rId9\" Type=\"" + kStrictRels + "/hyperlink\" Target=\"http://example.org/\" "
        "TargetMode=\"External\"/></Relationships>";
    const QByteArray styles =
        "<styleSheet xmlns=\"" + kStrictMain + "\"><numFmts count=\"2\">"
        "<numFmt numFmtId=\"164\" formatCode=\"[$-804]yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;\"/>"
        "<numFmt numFmtId=\"165\" formatCode=\"0.00&quot;d&quot;\"/></numFmts>"
        "<cellStyleXfs count=\"1\"><xf numFmtId=\"14\"/></cellStyleXfs>"
        "<cellXfs count=\"4\"><xf numFmtId=\"0\"/><xf numFmtId=\"164\" applyNumberFormat=\"1\"/>"
        "<xf numFmtId=\"165\"><alignment horizontal=\"left\"/></xf><xf numFmtId=\"22\"/></cellXfs></styleSheet>";
    const QByteArray sheet = "<worksheet xmlns=\"" + kStrictMain + "\"><sheetData>" + sheetData
                             + "</sheetData></worksheet>";
    return {{QStringLiteral("[Content_Types].xml"), types},
            {QStringLiteral("_rels/.rels"), packageRels},
            {QStringLiteral("xl/workbook.xml"), workbook},
            {QStringLiteral("xl/_rels/workbook.xml.rels"), workbookRels},
            {QStringLiteral("xl/styles.xml"), styles},
            {QStringLiteral("xl/worksheets/data.xml"), sheet}};
}

void checkCell(const XlsxSheet &sheet, int row, int col, XlsxCell::Type type, const QString &text)
{
    INFO("row " << row << " column " << col);
    REQUIRE(row < sheet.rows.size());
    REQUIRE(col < sheet.rows.at(row).size());
    const XlsxCell &cell = sheet.rows.at(row).at(col);
    CHECK(cell.type == type);
    CHECK(cell.text == text);
}

QStringList csvLine(std::initializer_list<const char *> fields)
{
    QStringList out;
    for (const char *f : fields)
        out << QString::fromUtf8(f);
    return out;
}

}  // namespace

// ---- TextFile ---------------------------------------------------------------------------------

TEST_CASE("TextFile reads UTF-8 with and without a byte order mark", "[io]")
{
    QTemporaryDir dir;
    const QString text = QStringLiteral("姓名,身份证号\r\n张三,330225198001010018\r\n");
    const QString plain = dir.filePath(QStringLiteral("plain.csv"));
    const QString bom = dir.filePath(QStringLiteral("bom.csv"));
    writeBytes(plain, text.toUtf8());
    writeBytes(bom, "\xEF\xBB\xBF" + text.toUtf8());

    QString encoding;
    Result<QString> a = TextFile::read(plain, &encoding);
    REQUIRE(a.ok());
    CHECK(*a == text);
    CHECK(encoding == QStringLiteral("UTF-8"));
    Result<QString> b = TextFile::read(bom, &encoding);
    REQUIRE(b.ok());
    CHECK(*b == text);  // the mark is not part of the text
    CHECK(encoding == QStringLiteral("UTF-8"));

    const QString empty = dir.filePath(QStringLiteral("empty.csv"));
    writeBytes(empty, QByteArray());
    Result<QString> c = TextFile::read(empty);
    REQUIRE(c.ok());
    CHECK(c->isEmpty());
}

TEST_CASE("TextFile reads GB18030 text as Chinese Excel writes it", "[io]")
{
    QStringEncoder encoder("GB18030");
    REQUIRE(encoder.isValid());
    // Includes a character outside the BMP, which GB18030 encodes in four bytes.
    const QString text = QStringLiteral("姓名,身份证号,备注\r\n张三,330225198001010018,\"欧元€,𠀀\"\r\n");
    const QByteArray bytes = encoder.encode(text);
    REQUIRE_FALSE(encoder.hasError());
    REQUIRE(bytes != text.toUtf8());

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("gb.csv"));
    writeBytes(path, bytes);
    QString encoding;
    Result<QString> read = TextFile::read(path, &encoding);
    INFO(read.message());
    REQUIRE(read.ok());
    CHECK(encoding == QStringLiteral("GB18030"));
    CHECK(*read == text);
    const QList<QStringList> rows = Csv::parse(*read);
    REQUIRE(rows.size() == 2);
    CHECK(rows.at(1) == QStringList{QStringLiteral("张三"), QStringLiteral("330225198001010018"),
                                    QStringLiteral("欧元€,𠀀")});
}

TEST_CASE("TextFile reads UTF-16 with a byte order mark", "[io]")
{
    QTemporaryDir dir;
    const QString text = QStringLiteral("案号\t当事人\r\n（2024）石调字第1号\t王五\r\n");
    for (const bool le : {true, false}) {
        QStringEncoder encoder(le ? QStringEncoder::Utf16LE : QStringEncoder::Utf16BE);
        const QByteArray bytes = QByteArray(le ? "\xFF\xFE" : "\xFE\xFF") + QByteArray(encoder.encode(text));
        const QString path = dir.filePath(le ? QStringLiteral("le.txt") : QStringLiteral("be.txt"));
        writeBytes(path, bytes);
        QString encoding;
        Result<QString> read = TextFile::read(path, &encoding);
        REQUIRE(read.ok());
        CHECK(*read == text);
        CHECK(encoding == (le ? QStringLiteral("UTF-16LE") : QStringLiteral("UTF-16BE")));
        CHECK(Csv::parse(*read).at(1).at(0) == QStringLiteral("（2024）石调字第1号"));
    }
}

TEST_CASE("TextFile refuses binary and missing and oversized files", "[io]")
{
    QTemporaryDir dir;
    const QString binary = dir.filePath(QStringLiteral("photo.csv"));
    writeBytes(binary, QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16));
    Result<QString> a = TextFile::read(binary);
    CHECK(a.code() == ErrorCode::InvalidInput);
    CHECK(a.message().contains(QStringLiteral("not a text file")));

    CHECK(TextFile::read(dir.filePath(QStringLiteral("nothing.csv"))).code() == ErrorCode::NotFound);
    CHECK(TextFile::read(dir.path()).code() == ErrorCode::NotFound);

    const QString huge = dir.filePath(QStringLiteral("huge.csv"));
    {
        QFile f(huge);
        REQUIRE(f.open(QIODevice::WriteOnly));
        REQUIRE(f.resize(TextFile::kMaxBytes + 1));  // sparse: nothing is written
    }
    Result<QString> b = TextFile::read(huge);
    CHECK(b.code() == ErrorCode::InvalidInput);
    CHECK(b.message().contains(QStringLiteral("200 MiB")));
}

// ---- Csv --------------------------------------------------------------------------------------

TEST_CASE("Csv parses quoted fields with doubled quotes and embedded line breaks", "[io]")
{
    const QString text = QStringLiteral("案号,摘要,备注\r\n"
                                        "1,\"他说：\"\"还钱\"\"\",\"第一行\r\n第二行\"\r\n"
                                        "2,\"a,b\",\"\"\r\n");
    const QList<QStringList> rows = Csv::parse(text);
    REQUIRE(rows.size() == 3);
    CHECK(rows.at(1) == QStringList{QStringLiteral("1"), QStringLiteral("他说：\"还钱\""),
                                    QStringLiteral("第一行\r\n第二行")});
    CHECK(rows.at(2) == QStringList{QStringLiteral("2"), QStringLiteral("a,b"), QString()});

    // Lenient with what Excel never writes: a quote inside an unquoted field, an open quote.
    CHECK(Csv::parse(QStringLiteral("5'10\",x")).at(0) == csvLine({"5'10\"", "x"}));
    CHECK(Csv::parse(QStringLiteral("a,\"open")).at(0) == csvLine({"a", "open"}));
}

TEST_CASE("Csv accepts CRLF and LF and CR line ends and ignores one trailing line end", "[io]")
{
    const QList<QStringList> expected{csvLine({"a", "b"}), csvLine({"c", "d"})};
    CHECK(Csv::parse(QStringLiteral("a,b\r\nc,d\r\n")) == expected);
    CHECK(Csv::parse(QStringLiteral("a,b\nc,d\n")) == expected);
    CHECK(Csv::parse(QStringLiteral("a,b\rc,d\r")) == expected);
    CHECK(Csv::parse(QStringLiteral("a,b\r\nc,d")) == expected);
    CHECK(Csv::parse(QString()).isEmpty());
    CHECK(Csv::parse(QStringLiteral("\r\n")) == QList<QStringList>{QStringList{QString()}});
    // An empty line inside keeps its place, so row numbers match the file's lines.
    CHECK(Csv::parse(QStringLiteral("a\n\nb\n")) == QList<QStringList>{csvLine({"a"}), csvLine({""}), csvLine({"b"})});
    CHECK(Csv::parse(QStringLiteral("a,\n")) == QList<QStringList>{csvLine({"a", ""})});
    CHECK(Csv::parse(QStringLiteral("\xFEFF" "a,b")) == QList<QStringList>{csvLine({"a", "b"})});
}

TEST_CASE("Csv detects comma and tab and semicolon delimiters outside quotes", "[io]")
{
    CHECK(Csv::detectDelimiter(QStringLiteral("a,b,c\n1;2")) == QLatin1Char(','));
    CHECK(Csv::detectDelimiter(QStringLiteral("a\tb\tc\n1,2,3,4,5")) == QLatin1Char('\t'));
    CHECK(Csv::detectDelimiter(QStringLiteral("a;b;c\r\n1,5;2")) == QLatin1Char(';'));
    // Commas inside quotes do not count.
    CHECK(Csv::detectDelimiter(QStringLiteral("\"x,y,z\"\t\"1,2\"\tb")) == QLatin1Char('\t'));
    // A quoted line break does not end the first record.
    CHECK(Csv::detectDelimiter(QStringLiteral("\"a\nb,c,d\";e;f")) == QLatin1Char(';'));
    CHECK(Csv::detectDelimiter(QStringLiteral("single")) == QLatin1Char(','));

    const QList<QStringList> rows = Csv::parse(QStringLiteral("姓名;金额\r\n张三;1,5\r\n"));
    CHECK(rows.at(1) == csvLine({"张三", "1,5"}));
    CHECK(Csv::parse(QStringLiteral("a;b,c"), QLatin1Char(',')).at(0) == csvLine({"a;b", "c"}));
}

TEST_CASE("Csv keeps ID numbers and leading zeros and spaces exactly as written", "[io]")
{
    const QString text = QStringLiteral("330225198001010018,01234, 007 ,11010519491231002x,1.10105E+17,=1+1\n");
    const QList<QStringList> rows = Csv::parse(text);
    REQUIRE(rows.size() == 1);
    CHECK(rows.at(0) == csvLine({"330225198001010018", "01234", " 007 ", "11010519491231002x", "1.10105E+17", "=1+1"}));
}

TEST_CASE("Csv format quotes only where needed and reads back the same", "[io]")
{
    const QList<QStringList> rows{
        csvLine({"案号", "摘要", "备注"}),
        csvLine({"330225198001010018", "他说：\"还钱\"", "第一行\n第二行"}),
        csvLine({"a,b", "", " x "}),
        csvLine({"\r"}),
    };
    const QString text = Csv::format(rows);
    CHECK(text.startsWith(QStringLiteral("案号,摘要,备注\r\n330225198001010018,\"他说：\"\"还钱\"\"\",\"第一行\n第二行\"\r\n")));
    CHECK(text.endsWith(QStringLiteral("\"a,b\",, x \r\n\"\r\"\r\n")));
    CHECK(Csv::parse(text) == rows);
}

// ---- CsvWriter --------------------------------------------------------------------------------

TEST_CASE("CsvWriter writes UTF-8 with a byte order mark and CRLF that reads back", "[io]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("人民调解台账.csv"));
    const QList<QStringList> rows{
        csvLine({"案号", "当事人", "身份证号", "摘要"}),
        csvLine({"（2024）石调字第1号", "张三", "330225198001010018", "邻里纠纷,\"漏水\"\n已调解"}),
        csvLine({"（2024）石调字第2号", "李四", "01234", ""}),
    };
    REQUIRE(CsvWriter::write(path, rows).ok());
    const QByteArray bytes = readBytes(path);
    CHECK(bytes.startsWith("\xEF\xBB\xBF"));
    CHECK(bytes.mid(3).startsWith(QStringLiteral("案号,当事人,身份证号,摘要\r\n").toUtf8()));
    CHECK(bytes.endsWith("01234,\r\n"));

    QString encoding;
    Result<QString> text = TextFile::read(path, &encoding);
    REQUIRE(text.ok());
    CHECK(encoding == QStringLiteral("UTF-8"));
    CHECK(Csv::parse(*text) == rows);

    // Writing again replaces the file as a whole.
    REQUIRE(CsvWriter::write(path, {csvLine({"x"})}).ok());
    CHECK(readBytes(path) == QByteArray("\xEF\xBB\xBFx\r\n"));
    CHECK(QDir(dir.path()).entryList(QDir::Files) == QStringList{QStringLiteral("人民调解台账.csv")});
}

TEST_CASE("CsvWriter reports a target that cannot be written", "[io]")
{
    QTemporaryDir dir;
    const Status missingFolder = CsvWriter::write(dir.filePath(QStringLiteral("no/such/folder/a.csv")), {csvLine({"x"})});
    CHECK(missingFolder.code() == ErrorCode::ReadOnly);
    CHECK(missingFolder.message().contains(QStringLiteral("a.csv")));
    CHECK(CsvWriter::write(dir.path(), {csvLine({"x"})}).code() == ErrorCode::ReadOnly);  // a folder
}

// ---- XlsxReader on a workbook written by another program ---------------------------------------

TEST_CASE("XlsxReader reads every cell of the openpyxl ledger by sheet name", "[io]")
{
    const QString path = test::dataFile(QStringLiteral("io/openpyxl-ledger.xlsx"));
    Result<QStringList> names = XlsxReader::sheetNames(path);
    REQUIRE(names.ok());
    CHECK(*names == QStringList{QStringLiteral("说明"), QStringLiteral("台账")});

    Result<XlsxSheet> read = XlsxReader::read(path, QStringLiteral("台账"));
    INFO(read.message());
    REQUIRE(read.ok());
    const XlsxSheet &s = *read;
    CHECK(s.name == QStringLiteral("台账"));
    REQUIRE(s.rows.size() == 5);

    // Header: shared strings.
    const QStringList header{QStringLiteral("序号"), QStringLiteral("姓名"), QStringLiteral("身份证号"),
                             QStringLiteral("身份证号（数值）"), QStringLiteral("受理日期"), QStringLiteral("标的金额"),
                             QStringLiteral("双倍金额"), QStringLiteral("调解结果"), QStringLiteral("案号"),
                             QStringLiteral("登记时间")};
    REQUIRE(s.rows.at(0).size() == header.size());
    for (int c = 0; c < header.size(); ++c)
        checkCell(s, 0, c, XlsxCell::Text, header.at(c));

    REQUIRE(s.rows.at(1).size() == 10);
    checkCell(s, 1, 0, XlsxCell::Number, QStringLiteral("1"));
    CHECK(s.rows.at(1).at(0).number == 1);
    checkCell(s, 1, 1, XlsxCell::Text, QStringLiteral("张三"));
    checkCell(s, 1, 2, XlsxCell::Text, QStringLiteral("330225198001010018"));  // stored as text: exact
    checkCell(s, 1, 3, XlsxCell::Number, QStringLiteral("330225198001010000"));  // as a number: digits lost
    CHECK(s.rows.at(1).at(3).precisionLost);
    checkCell(s, 1, 4, XlsxCell::Date, QStringLiteral("2023-05-17"));  // custom format yyyy-mm-dd
    CHECK(s.rows.at(1).at(4).date == QDateTime(QDate(2023, 5, 17), QTime(0, 0), QTimeZone::utc()));
    CHECK(s.rows.at(1).at(4).number == 45063);
    checkCell(s, 1, 5, XlsxCell::Number, QStringLiteral("1234.5"));
    CHECK_FALSE(s.rows.at(1).at(5).precisionLost);
    checkCell(s, 1, 6, XlsxCell::Number, QStringLiteral("2469"));      // formula F2*2, cached value
    checkCell(s, 1, 7, XlsxCell::Text, QStringLiteral("调解成功"));    // rich text, phonetic guide left out
    checkCell(s, 1, 8, XlsxCell::Text, QStringLiteral("第1号"));       // string formula, cached value
    checkCell(s, 1, 9, XlsxCell::Date, QStringLiteral("2023-05-17 09:30:00"));
    CHECK(s.rows.at(1).at(9).date.time() == QTime(9, 30));

    REQUIRE(s.rows.at(2).size() == 10);
    checkCell(s, 2, 0, XlsxCell::Number, QStringLiteral("2"));
    checkCell(s, 2, 1, XlsxCell::Text, QStringLiteral("李四"));  // inline string
    checkCell(s, 2, 2, XlsxCell::Text, QStringLiteral("11010519491231002X"));
    checkCell(s, 2, 3, XlsxCell::Empty, QString());  // the blank in the middle of the row
    checkCell(s, 2, 4, XlsxCell::Date, QStringLiteral("2024-02-29"));  // built-in format 14
    checkCell(s, 2, 5, XlsxCell::Number, QStringLiteral("0.1"));
    checkCell(s, 2, 6, XlsxCell::Number, QStringLiteral("0.2"));
    checkCell(s, 2, 7, XlsxCell::Text, QStringLiteral("调解不成"));
    checkCell(s, 2, 8, XlsxCell::Text, QStringLiteral("01234"));
    checkCell(s, 2, 9, XlsxCell::Bool, QStringLiteral("TRUE"));

    CHECK(s.rows.at(3).isEmpty());  // row 4 of the sheet is empty
    REQUIRE(s.rows.at(4).size() == 6);
    checkCell(s, 4, 0, XlsxCell::Text, QStringLiteral("合计"));
    for (int c = 1; c < 5; ++c)
        checkCell(s, 4, c, XlsxCell::Empty, QString());
    checkCell(s, 4, 5, XlsxCell::Number, QStringLiteral("1234.6"));
}

TEST_CASE("XlsxReader reads sheets by index and reports sheets that do not exist", "[io]")
{
    const QString path = test::dataFile(QStringLiteral("io/openpyxl-ledger.xlsx"));
    Result<XlsxSheet> first = XlsxReader::read(path);
    REQUIRE(first.ok());
    CHECK(first->name == QStringLiteral("说明"));
    CHECK(first->rows.isEmpty());
    Result<XlsxSheet> second = XlsxReader::read(path, 1);
    REQUIRE(second.ok());
    CHECK(second->name == QStringLiteral("台账"));
    CHECK(second->rows.size() == 5);

    CHECK(XlsxReader::read(path, 2).code() == ErrorCode::NotFound);
    CHECK(XlsxReader::read(path, -1).code() == ErrorCode::NotFound);
    Result<XlsxSheet> none = XlsxReader::read(path, QStringLiteral("矫正台账"));
    CHECK(none.code() == ErrorCode::NotFound);
    CHECK(none.message().contains(QStringLiteral("台账")));  // names the sheets there are
}

// ---- XlsxWriter -> XlsxReader ------------------------------------------------------------------

TEST_CASE("XlsxWriter output reads back through XlsxReader", "[io]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("人民调解台账.xlsx"));
    const QStringList header{QStringLiteral("姓名"), QStringLiteral("身份证号"), QStringLiteral("电话"),
                             QStringLiteral("金额"), QStringLiteral("件数"), QStringLiteral("受理日期"),
                             QStringLiteral("登记时间"), QStringLiteral("已结"), QStringLiteral("备注"),
                             QStringLiteral("大整数")};
    const QList<QList<QVariant>> rows{
        {QStringLiteral("张三"), QStringLiteral("330225198001010018"), QStringLiteral("13812345678"), 1234.5, 3,
         QDate(2024, 2, 29), QDateTime(QDate(2024, 3, 1), QTime(8, 5, 30)), true,
         QStringLiteral("=1+1 不是公式"), qlonglong(330225198001010018LL)},
        {QStringLiteral("李四"), QStringLiteral("11010519491231002X"), qlonglong(13900001111LL), 0.1, -2, QVariant(),
         QVariant(), false, QStringLiteral("0123"), QVariant()},
    };
    const Status written = XlsxWriter::write(path, QStringLiteral("人民调解台账"), header, rows, {1, 2});
    INFO(written.message());
    REQUIRE(written.ok());
    // Only the workbook is left in the folder: the temporary file is gone.
    CHECK(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden) == QStringList{QStringLiteral("人民调解台账.xlsx")});

    Result<XlsxSheet> read = XlsxReader::read(path);
    INFO(read.message());
    REQUIRE(read.ok());
    const XlsxSheet &s = *read;
    CHECK(s.name == QStringLiteral("人民调解台账"));
    REQUIRE(s.rows.size() == 3);
    for (int c = 0; c < header.size(); ++c)
        checkCell(s, 0, c, XlsxCell::Text, header.at(c));

    checkCell(s, 1, 0, XlsxCell::Text, QStringLiteral("张三"));
    checkCell(s, 1, 1, XlsxCell::Text, QStringLiteral("330225198001010018"));
    checkCell(s, 1, 2, XlsxCell::Text, QStringLiteral("13812345678"));
    checkCell(s, 1, 3, XlsxCell::Number, QStringLiteral("1234.5"));
    CHECK(s.rows.at(1).at(3).number == 1234.5);
    checkCell(s, 1, 4, XlsxCell::Number, QStringLiteral("3"));
    checkCell(s, 1, 5, XlsxCell::Date, QStringLiteral("2024-02-29"));
    CHECK(s.rows.at(1).at(5).date.date() == QDate(2024, 2, 29));
    checkCell(s, 1, 6, XlsxCell::Date, QStringLiteral("2024-03-01 08:05:30"));
    checkCell(s, 1, 7, XlsxCell::Bool, QStringLiteral("TRUE"));
    checkCell(s, 1, 8, XlsxCell::Text, QStringLiteral("=1+1 不是公式"));
    checkCell(s, 1, 9, XlsxCell::Text, QStringLiteral("330225198001010018"));  // too long for a number

    REQUIRE(s.rows.at(2).size() == 9);  // the empty last cell is left out
    checkCell(s, 2, 1, XlsxCell::Text, QStringLiteral("11010519491231002X"));
    checkCell(s, 2, 2, XlsxCell::Text, QStringLiteral("13900001111"));  // a number in a text column
    checkCell(s, 2, 3, XlsxCell::Number, QStringLiteral("0.1"));
    checkCell(s, 2, 4, XlsxCell::Number, QStringLiteral("-2"));
    checkCell(s, 2, 5, XlsxCell::Empty, QString());
    checkCell(s, 2, 6, XlsxCell::Empty, QString());
    checkCell(s, 2, 7, XlsxCell::Bool, QStringLiteral("FALSE"));
    checkCell(s, 2, 8, XlsxCell::Text, QStringLiteral("0123"));

    // The header is frozen, filtered and bold; text columns are formatted as text.
    ZipArchive zip;
    REQUIRE(zip.open(path).ok());
    auto sheetXml = zip.openEntry(QStringLiteral("xl/worksheets/sheet1.xml"), 1 << 20);
    REQUIRE(sheetXml);
    const QByteArray xml = sheetXml->readAll();
    CHECK(xml.contains("state=\"frozen\""));
    CHECK(xml.contains("<autoFilter ref=\"A1:J3\"/>"));
    CHECK(xml.contains("<cols>"));
    auto stylesXml = zip.openEntry(QStringLiteral("xl/styles.xml"), 1 << 20);
    REQUIRE(stylesXml);
    const QByteArray styles = stylesXml->readAll();
    CHECK(styles.contains("<b/>"));
    CHECK(styles.contains("formatCode=\"yyyy-mm-dd\""));
}

TEST_CASE("XlsxWriter replaces an existing file and refuses bad sheet names and folders", "[io]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("out.xlsx"));
    writeBytes(path, "old content");
    REQUIRE(XlsxWriter::write(path, QStringLiteral("Sheet"), {QStringLiteral("a")}, {{1}}).ok());
    Result<XlsxSheet> read = XlsxReader::read(path);
    REQUIRE(read.ok());
    checkCell(*read, 1, 0, XlsxCell::Number, QStringLiteral("1"));

    for (const QString &bad : {QString(), QStringLiteral("a/b"), QStringLiteral("[x]"), QStringLiteral("'quoted'"),
                               QString(32, QLatin1Char('x'))}) {
        INFO(bad.toStdString());
        const Status s = XlsxWriter::write(path, bad, {}, {});
        CHECK(s.code() == ErrorCode::InvalidInput);
    }
    CHECK(XlsxWriter::sheetNameProblem(QString(31, QChar(0x53F0))).isEmpty());  // 31 CJK characters are fine
    CHECK(XlsxReader::read(path).ok());  // the refused writes left the file alone

    const Status folder = XlsxWriter::write(dir.filePath(QStringLiteral("missing/out.xlsx")), QStringLiteral("S"),
                                            {QStringLiteral("a")}, {});
    CHECK(folder.code() == ErrorCode::ReadOnly);
    const Status nan = XlsxWriter::write(path, QStringLiteral("S"), {}, {{qQNaN()}});
    CHECK(nan.code() == ErrorCode::InvalidInput);
}

TEST_CASE("an 18-digit number stored as a numeric cell reports lost precision", "[io]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("numbers.xlsx"));
    REQUIRE(XlsxWriter::write(path, QStringLiteral("S"), {QStringLiteral("身份证号")},
                              {{330225198001010018.0}, {999999999999999.0}, {1e15}, {-2e15}})
                .ok());
    Result<XlsxSheet> read = XlsxReader::read(path);
    REQUIRE(read.ok());
    checkCell(*read, 1, 0, XlsxCell::Number, QStringLiteral("330225198001010000"));
    CHECK(read->rows.at(1).at(0).precisionLost);
    CHECK_FALSE(read->rows.at(2).at(0).precisionLost);
    CHECK(read->rows.at(2).at(0).text == QStringLiteral("999999999999999"));
    CHECK(read->rows.at(3).at(0).precisionLost);
    CHECK(read->rows.at(4).at(0).precisionLost);
}

TEST_CASE("XlsxWriter and XlsxReader agree on dates around the Excel 1900 leap-year bug", "[io]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("dates.xlsx"));
    const QList<QDate> dates{QDate(1900, 1, 1), QDate(1900, 2, 28), QDate(1900, 3, 1), QDate(1949, 10, 1),
                             QDate(2024, 12, 31), QDate(9999, 12, 31)};
    QList<QList<QVariant>> rows;
    for (const QDate &d : dates)
        rows << QList<QVariant>{d};
    rows << QList<QVariant>{QDate(1899, 12, 31)};  // before Excel's first day: written as text
    REQUIRE(XlsxWriter::write(path, QStringLiteral("S"), {}, rows).ok());
    Result<XlsxSheet> read = XlsxReader::read(path);
    REQUIRE(read.ok());
    REQUIRE(read->rows.size() == dates.size() + 1);
    for (int i = 0; i < dates.size(); ++i) {
        INFO(dates.at(i).toString(Qt::ISODate).toStdString());
        CHECK(read->rows.at(i).at(0).type == XlsxCell::Date);
        CHECK(read->rows.at(i).at(0).date.date() == dates.at(i));
    }
    CHECK(read->rows.at(0).at(0).number == 1);
    CHECK(read->rows.at(2).at(0).number == 61);
    checkCell(*read, 6, 0, XlsxCell::Text, QStringLiteral("1899-12-31"));
}

// ---- XlsxReader on hand-made packages -------------------------------------------------------------

TEST_CASE("XlsxReader reads a hand-made Strict workbook in the 1904 date system", "[io]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("strict.xlsx"));
    writeBytes(path, makeZip(handMadePackage(
                         // No r attributes in row 1: positions follow from the order.
                         "<row><c t=\"inlineStr\"><is><t>a_x000D_b_x005F_x0041_</t></is></c><c><v>1</v></c>"
                         "<c s=\"1\"/><c s=\"1\"><v>1</v></c></row>"
                         "<row r=\"3\"><c r=\"A3\" s=\"2\"><v>5</v></c>"
                         "<c r=\"B3\" t=\"d\"><v>2024-05-06T07:08:09</v></c>"
                         "<c r=\"C3\" t=\"e\"><v>#N/A</v></c>"
                         "<c r=\"E3\" s=\"3\"><v>0.5</v></c>"
                         "<c r=\"F3\"><f>1/0</f></c><c r=\"G3\" s=\"1\"/></row>")));
    Result<XlsxSheet> read = XlsxReader::read(path, QStringLiteral("data"));  // names ignore case
    INFO(read.message());
    REQUIRE(read.ok());
    const XlsxSheet &s = *read;
    CHECK(s.name == QStringLiteral("Data"));
    REQUIRE(s.rows.size() == 3);
    REQUIRE(s.rows.at(0).size() == 4);
    checkCell(s, 0, 0, XlsxCell::Text, QStringLiteral("a\rb_x0041_"));
    checkCell(s, 0, 1, XlsxCell::Number, QStringLiteral("1"));
    checkCell(s, 0, 2, XlsxCell::Empty, QString());
    checkCell(s, 0, 3, XlsxCell::Date, QStringLiteral("1904-01-02"));  // 1904 system, CJK custom format
    CHECK(s.rows.at(1).isEmpty());
    REQUIRE(s.rows.at(2).size() == 5);  // the formula without a value and the styled blank are left out
    checkCell(s, 2, 0, XlsxCell::Number, QStringLiteral("5"));  // 0.00"d" is not a date format
    checkCell(s, 2, 1, XlsxCell::Date, QStringLiteral("2024-05-06 07:08:09"));
    checkCell(s, 2, 2, XlsxCell::Text, QStringLiteral("#N/A"));
    checkCell(s, 2, 3, XlsxCell::Empty, QString());
    checkCell(s, 2, 4, XlsxCell::Date, QStringLiteral("12:00:00"));  // a time of day alone
}

TEST_CASE("XlsxReader refuses files that are not xlsx workbooks with the right error", "[io]")
{
    QTemporaryDir dir;
    const auto file = [&dir](const char *name, const QByteArray &bytes) {
        const QString path = dir.filePath(QString::fromUtf8(name));
        writeBytes(path, bytes);
        return path;
    };

    // A text file named .xlsx.
    Result<XlsxSheet> text = XlsxReader::read(file("ledger.xlsx", "姓名,身份证号\r\n张三,330225198001010018\r\n"));
    CHECK(text.code() == ErrorCode::InvalidInput);
    CHECK(text.message().contains(QStringLiteral(".xls")));
    CHECK(XlsxReader::read(file("empty.xlsx", QByteArray())).code() == ErrorCode::InvalidInput);

    // An old .xls workbook and a password-protected .xlsx: both OLE compound files.
    const QByteArray ole = QByteArrayLiteral("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1") + QByteArray(504, '\0');
    const QString workbookName = QStringLiteral("Workbook");
    const QString encryptedName = QStringLiteral("EncryptedPackage");
    const auto utf16 = [](const QString &s) {
        return QByteArray(reinterpret_cast<const char *>(s.utf16()), s.size() * 2);
    };
    Result<XlsxSheet> xls = XlsxReader::read(file("old.xlsx", ole + utf16(workbookName)));
    CHECK(xls.code() == ErrorCode::InvalidInput);
    CHECK(xls.message().contains(QStringLiteral("saved as .xlsx")));
    Result<XlsxSheet> locked = XlsxReader::read(file("locked.xlsx", ole + QByteArray(3 << 20, 'x') + utf16(encryptedName)));
    CHECK(locked.code() == ErrorCode::InvalidInput);
    CHECK(locked.message().contains(QStringLiteral("password")));

    // A truncated workbook.
    const QByteArray good = readBytes(test::dataFile(QStringLiteral("io/openpyxl-ledger.xlsx")));
    Result<XlsxSheet> truncated = XlsxReader::read(file("truncated.xlsx", good.left(good.size() / 2)));
    CHECK(truncated.code() == ErrorCode::Damaged);
    Result<XlsxSheet> corrupt = XlsxReader::read(file("corrupt.xlsx", good.left(good.size() - 10)));
    CHECK(corrupt.code() == ErrorCode::Damaged);

    // ZIP archives without a workbook: any archive, and a package that lost its workbook.
    Result<XlsxSheet> zip = XlsxReader::read(file("photos.xlsx", makeZip({{QStringLiteral("a.txt"), "hello"}})));
    CHECK(zip.code() == ErrorCode::InvalidInput);
    QList<QPair<QString, QByteArray>> parts = handMadePackage({});
    parts.removeAt(2);  // xl/workbook.xml
    Result<XlsxSheet> lost = XlsxReader::read(file("lost.xlsx", makeZip(parts)));
    CHECK(lost.code() == ErrorCode::Damaged);
    CHECK(lost.message().contains(QStringLiteral("xl/workbook.xml")));

    // A sheet part that is missing, and one that is not well-formed.
    parts = handMadePackage({});
    parts.removeLast();
    Result<XlsxSheet> noSheet = XlsxReader::read(file("nosheet.xlsx", makeZip(parts)));
    CHECK(noSheet.code() == ErrorCode::Damaged);
    CHECK(noSheet.message().contains(QStringLiteral("xl/worksheets/data.xml")));
    Result<XlsxSheet> malformed = XlsxReader::read(file("malformed.xlsx", makeZip(handMadePackage("<row><c><v>1</c>"))));
    CHECK(malformed.code() == ErrorCode::Damaged);
    CHECK(malformed.message().contains(QStringLiteral("xl/worksheets/data.xml")));
    Result<XlsxSheet> badString =
        XlsxReader::read(file("badstring.xlsx", makeZip(handMadePackage("<row><c t=\"s\"><v>3</v></c></row>"))));
    CHECK(badString.code() == ErrorCode::Damaged);

    // More rows than Excel has.
    Result<XlsxSheet> tall =
        XlsxReader::read(file("tall.xlsx", makeZip(handMadePackage("<row r=\"1048577\"><c><v>1</v></c></row>"))));
    CHECK(tall.code() == ErrorCode::InvalidInput);
    CHECK(XlsxReader::read(file("edge.xlsx", makeZip(handMadePackage("<row r=\"1048576\"><c r=\"XFD1048576\"><v>1</v></c></row>"))))
              .ok());

    CHECK(XlsxReader::read(dir.filePath(QStringLiteral("absent.xlsx"))).code() == ErrorCode::NotFound);
}

// ---- Pieces -----------------------------------------------------------------------------------

TEST_CASE("Excel serial numbers and number formats convert as Excel shows them", "[io]")
{
    const auto date = [](double serial, bool date1904) { return XlsxValues::dateFromSerial(serial, date1904)->date(); };
    CHECK(date(1, false) == QDate(1900, 1, 1));
    CHECK(date(59, false) == QDate(1900, 2, 28));
    CHECK(date(61, false) == QDate(1900, 3, 1));
    CHECK(date(45063, false) == QDate(2023, 5, 17));
    CHECK(date(2958465, false) == QDate(9999, 12, 31));
    CHECK(date(0, true) == QDate(1904, 1, 1));
    CHECK(date(43601, true) == QDate(2023, 5, 17));
    CHECK_FALSE(XlsxValues::dateFromSerial(-1, false).has_value());
    CHECK_FALSE(XlsxValues::dateFromSerial(2958466, false).has_value());
    CHECK(XlsxValues::dateFromSerial(45063.999999999, false)->date() == QDate(2023, 5, 18));  // rounds to the ms
    CHECK(XlsxValues::serialFromDate(QDateTime(QDate(2023, 5, 17), QTime(12, 0), QTimeZone::utc()), false) == 45063.5);
    CHECK(XlsxValues::serialFromDate(QDateTime(QDate(1900, 2, 28), QTime(0, 0), QTimeZone::utc()), false) == 59);

    CHECK(XlsxValues::numberText(0.1) == QStringLiteral("0.1"));
    CHECK(XlsxValues::numberText(-3) == QStringLiteral("-3"));
    CHECK(XlsxValues::numberText(-0.0) == QStringLiteral("0"));
    CHECK(XlsxValues::numberText(110105194912310020.0) == QStringLiteral("110105194912310020"));
    CHECK(XlsxValues::numberText(1e20) == QStringLiteral("100000000000000000000"));
    CHECK(XlsxValues::numberText(0.1 + 0.2) == QStringLiteral("0.30000000000000004"));

    CHECK(XlsxStyles::isDateFormatCode(QStringLiteral("yyyy-mm-dd")));
    CHECK(XlsxStyles::isDateFormatCode(QStringLiteral("[$-804]yyyy\"年\"m\"月\"d\"日\"")));
    CHECK(XlsxStyles::isDateFormatCode(QStringLiteral("h:mm AM/PM")));
    CHECK_FALSE(XlsxStyles::isDateFormatCode(QStringLiteral("General")));
    CHECK_FALSE(XlsxStyles::isDateFormatCode(QStringLiteral("0.00\"d\"")));
    CHECK_FALSE(XlsxStyles::isDateFormatCode(QStringLiteral("[Red]#,##0;[Blue]-#,##0")));
    CHECK_FALSE(XlsxStyles::isDateFormatCode(QStringLiteral("#,##0_);\\(#,##0\\)")));
    CHECK_FALSE(XlsxStyles::isDateFormatCode(QStringLiteral("0.00E+00")));
    CHECK_FALSE(XlsxStyles::isDateFormatCode(QStringLiteral("#,##0;yyyy")));  // the first section decides
    CHECK(XlsxStyles::isBuiltInDateFormat(14));
    CHECK(XlsxStyles::isBuiltInDateFormat(57));
    CHECK_FALSE(XlsxStyles::isBuiltInDateFormat(49));  // "@", text
}
