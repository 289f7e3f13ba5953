// The printing engine: templates, placeholders, layout across pages, PDF output.
#include "CatchCompat.h"
#include "TestSupport.h"

#include "print/FormLayout.h"
#include "print/FormPrinter.h"
#include "print/FormTemplate.h"
#include "print/FormText.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QPdfWriter>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <algorithm>

using namespace sifa;

namespace {

const char *const kTemplate = R"({
  "id": "sample", "title": "样张", "layout": "form",
  "blocks": [
    {"title": "人民调解样张"},
    {"text": "编号：{case.no:10}", "align": "right"},
    {"table": [
       [{"label": "调委会"}, {"text": "{committee.name}", "span": 3}],
       [{"label": "登记日期"}, {"text": "{case.registered|date}"}, {"label": "金额"}, {"text": "{case.amount|yuan}"}],
       [{"label": "纠纷简要情况"}, {"text": "{case.summary}", "span": 3, "lines": 4}]
     ], "columns": [2, 4, 2, 4]},
    {"each": "parties", "as": "party", "blank": 2, "blocks": [
       {"text": "当事人{#}：{party.name:6}，住{party.address:12}"}]},
    {"ruled": "{case.claims}", "lines": 3, "label": "申请事项："},
    {"sign": ["当事人（签名）：", "调解员（签名）："], "date": "{case.registered|date}"}
  ]
})";

FormTemplate sample()
{
    FormTemplate t;
    QString error;
    REQUIRE(FormTemplate::parse(QByteArray(kTemplate), &t, &error));
    return t;
}

FormData sampleData(int summaryRepeats = 1)
{
    FormData d;
    d.set(QStringLiteral("case.no"), QStringLiteral("（2026）石人调字第12号"));
    d.set(QStringLiteral("committee.name"), QStringLiteral("石浦镇人民调解委员会"));
    d.set(QStringLiteral("case.registered"), QStringLiteral("2026-03-05"));
    d.set(QStringLiteral("case.amount"), QStringLiteral("12345000"));
    QString summary;
    for (int i = 0; i < summaryRepeats; ++i)
        summary += QStringLiteral("双方因宅基地边界发生争执，多次协商未果。");
    d.set(QStringLiteral("case.summary"), summary);
    d.set(QStringLiteral("case.claims"), QStringLiteral("请求确认边界并恢复原状。"));
    d.append(QStringLiteral("parties"), {{QStringLiteral("name"), QStringLiteral("张三")},
                                         {QStringLiteral("address"), QStringLiteral("石浦镇东门村12号")}});
    d.append(QStringLiteral("parties"), {{QStringLiteral("name"), QStringLiteral("李四")},
                                         {QStringLiteral("address"), QStringLiteral("石浦镇西门村3号")}});
    return d;
}

LaidOutForm laid(const FormTemplate &t, const QList<FormData> &copies, const FormOptions &options = {})
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setResolution(600);
    return FormLayout::layout(t, copies, options, &writer);
}

QString run(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    REQUIRE(p.waitForFinished(30000));
    REQUIRE(p.exitCode() == 0);
    return QString::fromUtf8(p.readAllStandardOutput());
}

}  // namespace

TEST_CASE("Placeholders expand with filters, room for handwriting and blank dates", "[print]")
{
    FormData d = sampleData();
    FormScope scope;
    scope.data = &d;
    const ExpandedText e = FormText::expand(QStringLiteral("日期：{case.registered|date}，金额{case.amount|yuan}元"),
                                            scope, false);
    CHECK(e.text == QStringLiteral("日期：2026年3月5日，金额123,450.00元"));
    REQUIRE(e.data.size() == 2);
    CHECK(e.text.mid(e.data.at(0).start, e.data.at(0).length) == QStringLiteral("2026年3月5日"));

    const ExpandedText blank = FormText::expand(QStringLiteral("{case.registered|date}"), scope, true);
    // Room for handwriting: ideographic spaces glued by word joiners, so a blank never breaks.
    CHECK(QString(blank.text).remove(QChar(0x2060)) == QStringLiteral("\u3000\u3000\u3000年\u3000\u3000月\u3000\u3000日"));
    const ExpandedText room = FormText::expand(QStringLiteral("姓名{x.name:6}"), scope, false);
    CHECK(QString(room.text).remove(QChar(0x2060)) == QStringLiteral("姓名") + QString(6, QChar(0x3000)));
    CHECK(room.text.startsWith(QStringLiteral("姓名\u2060\u3000\u2060")));
    CHECK(room.data.value(0).underline);

    CHECK(FormText::yuanCapitals(QStringLiteral("123450")) == QStringLiteral("壹仟贰佰叁拾肆元伍角整"));
    CHECK(FormText::yuanCapitals(QStringLiteral("1001000")) == QStringLiteral("壹万零壹拾元整"));
    CHECK(FormText::yuanCapitals(QStringLiteral("10500000")) == QStringLiteral("壹拾万零伍仟元整"));
    CHECK(FormText::yuanCapitals(QStringLiteral("10000000000")) == QStringLiteral("壹亿元整"));
    CHECK(FormText::yuanCapitals(QStringLiteral("5")) == QStringLiteral("伍分"));
    CHECK(FormText::yuanCapitals(QStringLiteral("200005")) == QStringLiteral("贰仟元零伍分"));
    CHECK(FormText::date(QStringLiteral("2026-11-23 09:05")) == QStringLiteral("2026年11月23日9时05分"));
}

TEST_CASE("Tick boxes: ☑ for the value's code, □ otherwise and on a blank form", "[print]")
{
    FormData d;
    d.set(QStringLiteral("sanction.kind"), QStringLiteral("admonition"));
    d.set(QStringLiteral("subject.correction_type"), QStringLiteral("02"));
    d.set(QStringLiteral("tags"), QStringLiteral("a, b"));
    FormScope scope;
    scope.data = &d;
    const QString boxes = QStringLiteral("表扬{sanction.kind|check:praise}　训诫{sanction.kind|check:admonition}　"
                                         "警告{sanction.kind|check:warning}");
    const ExpandedText e = FormText::expand(boxes, scope, false);
    CHECK(e.text == QStringLiteral("表扬\u25A1　训诫\u2611　警告\u25A1"));
    // Only the tick is the file's: in 套打 the paper's boxes stay as printed.
    REQUIRE(e.data.size() == 1);
    CHECK(e.text.mid(e.data.at(0).start, e.data.at(0).length) == QStringLiteral("\u2611"));
    CHECK_FALSE(e.data.at(0).underline);
    // A code that reads as a number is a code here, not room for handwriting.
    CHECK(FormText::expand(QStringLiteral("缓刑{subject.correction_type|check:02}"), scope, false).text
          == QStringLiteral("缓刑\u2611"));
    CHECK(FormText::expand(QStringLiteral("假释{subject.correction_type|check:03}"), scope, false).text
          == QStringLiteral("假释\u25A1"));
    // A list of codes ticks each of them; no value and a blank form tick nothing.
    CHECK(FormText::expand(QStringLiteral("{tags|check:b}{tags|check:c}"), scope, false).text
          == QStringLiteral("\u2611\u25A1"));
    CHECK(FormText::expand(QStringLiteral("{nothing|check:praise}"), scope, false).text == QStringLiteral("\u25A1"));
    const ExpandedText blank = FormText::expand(boxes, scope, true);
    CHECK(blank.text == QStringLiteral("表扬\u25A1　训诫\u25A1　警告\u25A1"));
    CHECK(blank.data.isEmpty());
}

TEST_CASE("A template with a mistake is refused with the place of the mistake", "[print]")
{
    FormTemplate t;
    QString error;
    CHECK_FALSE(FormTemplate::parse(R"({"id": "x", "title": "x", "blocks": [{"text": "a", "colour": "red"}]})", &t,
                                    &error));
    CHECK(error.contains(QStringLiteral("colour")));
    CHECK_FALSE(FormTemplate::parse(
        R"({"id": "x", "title": "x", "blocks": [{"table": [[{"label": "a"}]], "columns": [1, 1]}]})", &t, &error));
    CHECK(error.contains(QStringLiteral("1")));
    CHECK_FALSE(FormTemplate::parse("{not json", &t, &error));
    CHECK_FALSE(error.isEmpty());
}

TEST_CASE("A filled form reads in order; a blank one keeps the labels and room only", "[print]")
{
    const FormTemplate t = sample();
    const LaidOutForm filled = laid(t, {sampleData()});
    REQUIRE(filled.pages.size() == 1);
    const QString text = filled.pages.first().text();
    const QStringList order{QStringLiteral("人民调解样张"), QStringLiteral("（2026）石人调字第12号"),
                            QStringLiteral("石浦镇人民调解委员会"), QStringLiteral("2026年3月5日"),
                            QStringLiteral("123,450.00"), QStringLiteral("宅基地"), QStringLiteral("当事人1"),
                            QStringLiteral("张三"), QStringLiteral("李四"), QStringLiteral("申请事项"),
                            QStringLiteral("调解员（签名）")};
    qsizetype at = 0;
    for (const QString &s : order) {
        const qsizetype found = text.indexOf(s, at);
        INFO(s.toStdString());
        REQUIRE(found >= 0);
        at = found;
    }

    FormOptions blank;
    blank.blank = true;
    const QString empty = laid(t, {sampleData()}, blank).pages.first().text();
    CHECK(empty.contains(QStringLiteral("调委会")));
    CHECK_FALSE(empty.contains(QStringLiteral("张三")));
    CHECK_FALSE(empty.contains(QStringLiteral("石浦镇")));
    CHECK(empty.count(QStringLiteral("当事人")) >= 2);  // two blank parties for handwriting
}

TEST_CASE("Text that does not fit continues on the next page, never clipped", "[print]")
{
    const FormTemplate t = sample();
    const LaidOutForm long1 = laid(t, {sampleData(120)});
    REQUIRE(long1.pages.size() >= 2);
    QString all;
    for (const FormPage &p : long1.pages)
        all += p.text();
    // Every repetition of the summary is printed somewhere.
    CHECK(all.count(QStringLiteral("宅基地")) == 120);
    // Two copies start on their own pages.
    const LaidOutForm two = laid(t, {sampleData(), sampleData()});
    CHECK(two.pages.size() == 2);
}

TEST_CASE("The PDF is A4 with every font embedded and the text extractable", "[print]")
{
    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    const QString pdffonts = QStandardPaths::findExecutable(QStringLiteral("pdffonts"));
    INFO("poppler-utils is installed by packaging/install-deps.sh");
    REQUIRE(!pdftotext.isEmpty());
    REQUIRE(!pdffonts.isEmpty());
    const FormTemplate t = sample();
    PrintJob job;
    job.parts << PrintJob::Part{&t, {sampleData(80)}, true};
    job.title = QStringLiteral("样张");
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sample.pdf"));
    REQUIRE(FormPrinter::writePdf(job, path).ok());
    if (const QString keep = qEnvironmentVariable("SIFA_PRINT_KEEP"); !keep.isEmpty())
    {
        QFile::remove(QDir(keep).filePath(QStringLiteral("engine-sample.pdf")));
        QFile::copy(path, QDir(keep).filePath(QStringLiteral("engine-sample.pdf")));
    }

    const QString info = run(QStringLiteral("pdfinfo"), {path});
    CHECK(info.contains(QStringLiteral("x 842 pts (A4)")));
    const QRegularExpressionMatch pages = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(info);
    REQUIRE(pages.hasMatch());
    CHECK(pages.captured(1).toInt() >= 2);

    const QStringList fonts = run(pdffonts, {path}).split(QLatin1Char('\n'), Qt::SkipEmptyParts).mid(2);
    REQUIRE_FALSE(fonts.isEmpty());
    for (const QString &line : fonts) {
        INFO(line.toStdString());
        // name, type..., emb sub uni: the "emb" column is the third from the end.
        const QStringList cols = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        REQUIRE(cols.size() >= 5);
        CHECK(cols.at(cols.size() - 5) == QStringLiteral("yes"));
    }
    // Qt's ToUnicode maps some ideographs to their Kangxi radical twins (人 → ⼈): compare
    // after compatibility normalisation, as PDF readers' search does.
    const QString text = run(pdftotext, {path, QStringLiteral("-")}).normalized(QString::NormalizationForm_KC);
    CHECK(text.contains(QStringLiteral("人民调解样张")));
    CHECK(text.contains(QStringLiteral("石浦镇人民调解委员会")));
    CHECK(QString(text).remove(QLatin1Char(' ')).contains(QStringLiteral("—2—")));
}

namespace {

// The page rendered in grey by pdftoppm: width, height and pixels (0 black .. 255 white).
struct Grey {
    int width = 0;
    int height = 0;
    QByteArray pixels;
    int dark() const { return static_cast<int>(std::count_if(pixels.cbegin(), pixels.cend(), [](char c) {
        return static_cast<unsigned char>(c) < 128;
    })); }
    int leftmostDarkColumn() const
    {
        for (int x = 0; x < width; ++x) {
            for (int y = 0; y < height; ++y) {
                if (static_cast<unsigned char>(pixels.at(y * width + x)) < 128)
                    return x;
            }
        }
        return -1;
    }
};

Grey render(const PrintJob &job, const QTemporaryDir &dir, const QString &name)
{
    const QString pdf = dir.filePath(name + QStringLiteral(".pdf"));
    REQUIRE(FormPrinter::writePdf(job, pdf).ok());
    const QString base = dir.filePath(name);
    run(QStringLiteral("pdftoppm"), {QStringLiteral("-gray"), QStringLiteral("-r"), QStringLiteral("72"),
                                     QStringLiteral("-f"), QStringLiteral("1"), QStringLiteral("-l"),
                                     QStringLiteral("1"), QStringLiteral("-singlefile"), pdf, base});
    QFile f(base + QStringLiteral(".pgm"));
    REQUIRE(f.open(QIODevice::ReadOnly));
    const QByteArray all = f.readAll();
    // P5 <width> <height> <max>\n<pixels>
    const QList<QByteArray> head = all.left(64).simplified().split(' ');
    REQUIRE(head.value(0) == "P5");
    Grey g;
    g.width = head.value(1).toInt();
    g.height = head.value(2).toInt();
    g.pixels = all.right(static_cast<qsizetype>(g.width) * g.height);
    return g;
}

}  // namespace

TEST_CASE("Values-only printing (套打) leaves out the form and moves by the printer's calibration", "[print]")
{
    const FormTemplate t = sample();
    QTemporaryDir dir;
    PrintJob job;
    job.parts << PrintJob::Part{&t, {sampleData()}, true};
    const Grey full = render(job, dir, QStringLiteral("full"));

    job.options.dataOnly = true;
    const Grey values = render(job, dir, QStringLiteral("values"));
    // No borders, rules or labels: far less ink, but the values are there.
    CHECK(values.dark() > 0);
    CHECK(values.dark() < full.dark() / 2);

    job.offsetXmm = 10;
    const Grey shifted = render(job, dir, QStringLiteral("shifted"));
    // 10 mm at 72 dpi is 28 pixels.
    const int moved = shifted.leftmostDarkColumn() - values.leftmostDarkColumn();
    CHECK(moved >= 26);
    CHECK(moved <= 30);
}

TEST_CASE("A county's adjusted template replaces the built-in one; a broken one is refused with a reason",
          "[print]")
{
    QTemporaryDir dir;
    QFile builtIn(QStringLiteral(":/forms/visit.json"));
    REQUIRE(builtIn.open(QIODevice::ReadOnly));
    QByteArray adjusted = builtIn.readAll();
    REQUIRE(adjusted.contains("人民调解回访记录"));
    adjusted.replace("\"title\": \"人民调解回访记录\"", "\"title\": \"人民调解回访记录（县定样式）\"");
    auto write = [&dir](const QString &name, const QByteArray &bytes) {
        QFile f(dir.filePath(name));
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(bytes);
    };
    write(QStringLiteral("visit.json"), adjusted);
    write(QStringLiteral("agreement.json"), QByteArray("{\"id\": \"agreement\", \"title\": \"x\", \"blocks\": [{\"txt\": 1}]}"));
    write(QStringLiteral("agreemnt.json"), QByteArray("{}"));

    const QStringList problems = FormTemplates::reload(dir.path());
    CHECK(FormTemplates::find(QStringLiteral("visit"))->title == QStringLiteral("人民调解回访记录（县定样式）"));
    // The broken agreement is refused, the built-in one printed; the misspelt file is named.
    CHECK(FormTemplates::find(QStringLiteral("agreement"))->title == QStringLiteral("人民调解协议书"));
    REQUIRE(problems.size() == 2);
    CHECK(problems.join(QLatin1Char('\n')).contains(QStringLiteral("agreement.json")));
    CHECK(problems.join(QLatin1Char('\n')).contains(QStringLiteral("agreemnt.json")));
    FormTemplates::reload();
    CHECK(FormTemplates::find(QStringLiteral("visit"))->title == QStringLiteral("人民调解回访记录"));
}

TEST_CASE("A 公文 page takes 28 characters a line, whatever the device's resolution", "[print]")
{
    FormTemplate t;
    QString error;
    REQUIRE(FormTemplate::parse(R"({"id": "doc", "title": "公文", "layout": "document",
        "blocks": [{"text": "{body}", "align": "left"}]})",
                                &t, &error));
    FormData d;
    d.set(QStringLiteral("body"), QString(28 * 5, QChar(0x5B85)));  // 140 × 宅
    for (int dpi : {300, 600, 1200}) {
        INFO(dpi);
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        writer.setResolution(dpi);
        const LaidOutForm laidOut = FormLayout::layout(t, {d}, {}, &writer);
        const QStringList lines = laidOut.pages.first().text().split(QLatin1Char('\n'));
        REQUIRE(lines.size() == 5);
        for (const QString &line : lines)
            CHECK(line.size() == 28);
    }
}
