// The 安置帮教 forms filled from a resettlement file and the office's monthly list: the values of
// each form, one copy per agreement, visit and assessment, the tick boxes, the refusals (roles
// without the permission, a record that is not the file's or the form's), every placeholder of
// the templates accounted for, and golden PDFs (A4, fonts embedded, the file's values in reading
// order; SIFA_PRINT_KEEP=DIR keeps them to look at); sifa print --placement end to end.
#include "CatchCompat.h"
#include "TestSupport.h"

#include "placement/PlacementService.h"
#include "print/FormTemplate.h"
#include "print/PlacementForms.h"
#include "rules/Rules.h"
#include "storage/Query.h"
#include "util/Time.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace sifa;
using namespace sifa::test;

namespace {

QString s(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

QDate day(int y, int m, int d)
{
    return QDate(y, m, d);
}

struct Pin {
    explicit Pin(const QDate &today) { Clock::pinForTesting(QDateTime(today, QTime(10, 0), Qt::UTC)); }
    ~Pin() { Clock::pinForTesting(QDateTime()); }
};

// An office on 2026-11-20 with:
//   吴国强, released from prison in May, escorted home, a key person re-assessed as general, a group
//   of two, an agreement, a visit and a talk, a job and the minimum living allowance;
//   钱永福, whose five years ended in June (期满解除, approved); 赵德胜, back in prison (重新犯罪);
//   周立, moved away; 孙小军, released this month and not handed over; 李明, whereabouts unknown; and a
//   prison notice whose person was not found.
struct Office {
    Pin pin{day(2026, 11, 20)};
    TestOffice office;
    Session officer;
    QString file;
    QString expired;
    QString reoffended;
    QString moved;
    QString pending;
    QString unknown;
    QString agreement;
    QString visit;
    QString talk;
    QString firstReview;
    QString secondReview;

    Database &db() { return *office.db; }

    Person person(const char *name, const QDate &birth, bool male, int seq) const
    {
        Person p;
        p.name = s(name);
        p.idNumber = makeId(QStringLiteral("330225"), birth, male, seq);
        p.phone = QStringLiteral("13905741234");
        p.ethnicity = QStringLiteral("01");
        p.education = QStringLiteral("60");
        p.maritalStatus = QStringLiteral("20");
        p.politicalStatus = QStringLiteral("13");
        p.residenceDivision = QStringLiteral("330225101");
        p.residenceAddress = s("东门村3组12号");
        p.hukouDivision = p.residenceDivision;
        p.hukouAddress = p.residenceAddress;
        p.employer = s("象山县某水产有限公司");
        return p;
    }

    QVariantMap released(const QDate &release) const
    {
        return {{QStringLiteral("source_type"), QStringLiteral("prison")},
                {QStringLiteral("release_date"), release.toString(Qt::ISODate)},
                {QStringLiteral("releasing_org"), s("浙江省乔司监狱")},
                {QStringLiteral("charge"), s("盗窃罪")},
                {QStringLiteral("original_sentence"), s("有期徒刑三年")}};
    }

    QString open(const Person &p, const QVariantMap &fields)
    {
        Result<QString> uuid = PlacementService::registerSubject(db(), officer, p, fields);
        INFO(uuid.message().toStdString());
        REQUIRE(uuid);
        return *uuid;
    }

    QString record(const char *entity, QVariantMap fields)
    {
        fields.insert(QStringLiteral("subject_uuid"), file);
        Result<QString> r = PlacementService::saveRecord(db(), officer, QString::fromLatin1(entity), QString(), fields);
        INFO(r.message().toStdString());
        REQUIRE(r);
        return *r;
    }

    Office() : officer(office.signIn(QStringLiteral("placement")))
    {
        REQUIRE(Rules::reload().isEmpty());
        Person wu = person("吴国强", day(1980, 5, 6), true, 21);
        wu.alias = s("吴强");
        wu.hukouDivision = QStringLiteral("330225102");
        QVariantMap f = released(day(2026, 5, 1));
        f.insert(QStringLiteral("subject_no"), s("石安帮〔2026〕7号"));
        f.insert(QStringLiteral("release_cert_no"), s("乔释字第2026-118号"));
        f.insert(QStringLiteral("notice_no"), s("乔狱通〔2026〕31号"));
        f.insert(QStringLiteral("crime_type"), s("侵犯财产"));
        f.insert(QStringLiteral("original_term"), s("三年"));
        f.insert(QStringLiteral("additional_penalty"), s("罚金人民币五千元"));
        f.insert(QStringLiteral("prior_convictions"), s("2015年因盗窃被判处有期徒刑一年"));
        f.insert(QStringLiteral("is_recidivist"), 1);
        f.insert(QStringLiteral("drug_history"), s("无"));
        f.insert(QStringLiteral("early_release"), 1);
        f.insert(QStringLiteral("early_release_reason"), s("减刑三个月"));
        f.insert(QStringLiteral("reform_performance"), s("较好"));
        f.insert(QStringLiteral("guilt_attitude"), s("认罪悔罪"));
        f.insert(QStringLiteral("skills"), s("电焊"));
        f.insert(QStringLiteral("training"), s("狱内电焊培训"));
        f.insert(QStringLiteral("certificate"), s("焊工职业资格证（初级）"));
        f.insert(QStringLiteral("psych"), s("情绪稳定"));
        f.insert(QStringLiteral("health"), s("健康"));
        f.insert(QStringLiteral("no_home"), 0);
        f.insert(QStringLiteral("no_job"), 1);
        f.insert(QStringLiteral("no_family"), 0);
        f.insert(QStringLiteral("family_informed_date"), QStringLiteral("2026-04-03"));
        f.insert(QStringLiteral("dual_listed"), 1);
        f.insert(QStringLiteral("other_office"), s("东陈乡司法所（户籍地）"));
        f.insert(QStringLiteral("conduct"), QStringLiteral("01"));
        f.insert(QStringLiteral("note"), s("母亲年迈，需照顾"));
        file = open(wu, f);
        REQUIRE(PlacementService::recordHandover(db(), officer, file,
                                                 {{QStringLiteral("handover_mode"), QStringLiteral("escort")},
                                                  {QStringLiteral("handover_date"), QStringLiteral("2026-05-01")},
                                                  {QStringLiteral("handover_place"), s("乔司监狱门口")},
                                                  {QStringLiteral("handover_staff"), s("陈志明、村主任吴海")},
                                                  {QStringLiteral("reported_date"), QStringLiteral("2026-05-02")}})
                    .ok());
        REQUIRE(PlacementService::recordPoliceRegistration(db(), officer, file, day(2026, 5, 6)).ok());
        Result<QString> r1 = PlacementService::assessRisk(db(), officer, file,
                                                          {{QStringLiteral("review_date"), QStringLiteral("2026-05-03")},
                                                           {QStringLiteral("category"), QStringLiteral("key")},
                                                           {QStringLiteral("risk_level"), QStringLiteral("high")},
                                                           {QStringLiteral("factors"), QStringLiteral("recidivist,sanwu")},
                                                           {QStringLiteral("reason"), s("累犯，无业")},
                                                           {QStringLiteral("reviewer"), s("陈志明")},
                                                           {QStringLiteral("approved_by"), s("丁所长")}});
        REQUIRE(r1);
        firstReview = *r1;
        Result<QString> r2 = PlacementService::assessRisk(db(), officer, file,
                                                          {{QStringLiteral("review_date"), QStringLiteral("2026-11-02")},
                                                           {QStringLiteral("category"), QStringLiteral("general")},
                                                           {QStringLiteral("risk_level"), QStringLiteral("low")},
                                                           {QStringLiteral("reason"), s("已稳定就业")},
                                                           {QStringLiteral("reviewer"), s("陈志明")}});
        REQUIRE(r2);
        secondReview = *r2;
        record("rp_member", {{QStringLiteral("seq"), 1},
                             {QStringLiteral("name"), s("陈志明")},
                             {QStringLiteral("role"), QStringLiteral("office")},
                             {QStringLiteral("unit"), s("石浦镇司法所")},
                             {QStringLiteral("phone"), QStringLiteral("13600000001")},
                             {QStringLiteral("duty"), s("组长，每月谈话")}});
        record("rp_member", {{QStringLiteral("seq"), 2},
                             {QStringLiteral("name"), s("吴海")},
                             {QStringLiteral("role"), QStringLiteral("village")},
                             {QStringLiteral("unit"), s("东门村村民委员会")},
                             {QStringLiteral("relation"), s("堂兄")},
                             {QStringLiteral("phone"), QStringLiteral("13600000002")}});
        agreement = record("rp_agreement", {{QStringLiteral("signed_date"), QStringLiteral("2026-05-04")},
                                            {QStringLiteral("parties"), s("石浦镇司法所、东门村村民委员会、吴国强之母、吴国强")},
                                            {QStringLiteral("village"), s("东门村村民委员会")},
                                            {QStringLiteral("family_signatory"), s("王秀兰（母亲）")},
                                            {QStringLiteral("obligations"), s("每月向村委会报告一次工作情况。")}});
        visit = record("rp_visit", {{QStringLiteral("kind"), QStringLiteral("visit")},
                                    {QStringLiteral("visit_date"), QStringLiteral("2026-06-10")},
                                    {QStringLiteral("place"), s("吴国强家中")},
                                    {QStringLiteral("participants"), s("陈志明、吴海")},
                                    {QStringLiteral("content"), s("了解其回归后的生活情况，宣讲就业政策。")},
                                    {QStringLiteral("effect"), s("思想稳定，有就业意愿")},
                                    {QStringLiteral("rating"), QStringLiteral("02")},
                                    {QStringLiteral("staff"), s("陈志明")}});
        talk = record("rp_visit", {{QStringLiteral("kind"), QStringLiteral("talk")},
                                   {QStringLiteral("visit_date"), QStringLiteral("2026-10-12")},
                                   {QStringLiteral("place"), s("石浦镇司法所")},
                                   {QStringLiteral("content"), s("个别谈话，了解工作情况。")},
                                   {QStringLiteral("rating"), QStringLiteral("01")},
                                   {QStringLiteral("staff"), s("陈志明")}});
        record("rp_placement", {{QStringLiteral("mode"), QStringLiteral("05")},
                                {QStringLiteral("placed_date"), QStringLiteral("2026-07-01")},
                                {QStringLiteral("employer"), s("象山县某船舶修造厂")},
                                {QStringLiteral("position"), s("电焊工")},
                                {QStringLiteral("employer_phone"), QStringLiteral("057465551234")},
                                {QStringLiteral("social_insurance"), 1},
                                {QStringLiteral("relief_policy"), 0},
                                {QStringLiteral("ended_date"), QStringLiteral("2026-10-31")},
                                {QStringLiteral("note"), s("合同到期")}});
        record("rp_assistance", {{QStringLiteral("kind"), QStringLiteral("dibao")},
                                 {QStringLiteral("granted_date"), QStringLiteral("2026-06-01")},
                                 {QStringLiteral("amount_fen"), 78000},
                                 {QStringLiteral("provider"), s("石浦镇人民政府")},
                                 {QStringLiteral("until_date"), QStringLiteral("2026-12-31")},
                                 {QStringLiteral("note"), s("按月发放")}});

        // Files that have ended, each way the forms write.
        expired = open(person("钱永福", day(1970, 2, 3), true, 41), released(day(2021, 6, 1)));
        REQUIRE(PlacementService::endAssistance(db(), officer, expired, QStringLiteral("expired"), day(2026, 6, 5),
                                                {{QStringLiteral("end_reason"), s("帮教期满，表现良好")},
                                                 {QStringLiteral("end_office_opinion"), s("同意解除帮教。")},
                                                 {QStringLiteral("end_approver"), s("丁所长")},
                                                 {QStringLiteral("end_approved_date"), QStringLiteral("2026-06-04")}})
                    .ok());
        reoffended = open(person("赵德胜", day(1988, 8, 8), true, 51), released(day(2025, 3, 1)));
        REQUIRE(PlacementService::endAssistance(db(), officer, reoffended, QStringLiteral("reoffended"), day(2026, 9, 1),
                                                {{QStringLiteral("new_charge"), s("诈骗罪")},
                                                 {QStringLiteral("new_sentence"), s("有期徒刑二年")}})
                    .ok());
        moved = open(person("周立", day(1990, 1, 9), true, 61), released(day(2025, 4, 1)));
        REQUIRE(PlacementService::endAssistance(db(), officer, moved, QStringLiteral("moved"), day(2026, 8, 1),
                                                {{QStringLiteral("moved_to"), s("宁波市鄞州区")}})
                    .ok());

        // Not handed over: this month's release, and one nobody has found.
        pending = open(person("孙小军", day(1995, 4, 4), true, 71), released(day(2026, 11, 10)));
        unknown = open(person("李明", day(1992, 12, 1), true, 81), released(day(2026, 10, 1)));
        REQUIRE(PlacementService::markWhereaboutsUnknown(db(), officer, unknown, s("联系家属未果，已报派出所")).ok());
        Result<QString> n = PlacementService::saveNotice(db(), officer, QString(),
                                                         {{QStringLiteral("name"), s("郑海")},
                                                          {QStringLiteral("id_number"), makeId(QStringLiteral("330225"), day(1979, 8, 1), true, 91)},
                                                          {QStringLiteral("prison"), s("浙江省第二监狱")},
                                                          {QStringLiteral("received_date"), QStringLiteral("2026-10-12")},
                                                          {QStringLiteral("expected_date"), QStringLiteral("2026-11-12")},
                                                          {QStringLiteral("charge"), s("抢劫罪")}});
        REQUIRE(n);
        REQUIRE(PlacementService::checkNotice(db(), officer, *n, QStringLiteral("not_located"), day(2026, 11, 13),
                                              s("户籍地查无此人"))
                    .ok());
    }

    QList<FormData> fill(const QString &form, const QString &uuid, const QString &rec = QString(),
                         const QDate &month = QDate())
    {
        PlacementFormQuery q;
        q.file = uuid;
        q.record = rec;
        q.month = month;
        Result<QList<FormData>> copies = PlacementForms::fill(db(), officer, form, q);
        INFO(form.toStdString() << ": " << copies.message().toStdString());
        REQUIRE(copies);
        return *copies;
    }
    FormData one(const QString &form, const QString &uuid, const QString &rec = QString())
    {
        const QList<FormData> copies = fill(form, uuid, rec);
        INFO(form.toStdString());
        REQUIRE(copies.size() == 1);
        return copies.first();
    }
};

// Every {key} a list of blocks reads, with the list and name of the "each"/"grid" it is in.
struct Placeholder {
    QString key;
    QString list;
    QString as;
};

void placeholders(const QString &text, const QString &list, const QString &as, QList<Placeholder> *out)
{
    static const QRegularExpression re(QStringLiteral("\\{([^}|:]+)[^}]*\\}"));
    for (auto it = re.globalMatch(text); it.hasNext();)
        out->append(Placeholder{it.next().captured(1).trimmed(), list, as});
}

void placeholders(const QList<FormBlock> &blocks, const QString &list, const QString &as, QList<Placeholder> *out)
{
    for (const FormBlock &b : blocks) {
        for (const QString &t : QStringList{b.text, b.label, b.date} + b.signatures)
            placeholders(t, list, as, out);
        for (const QList<FormCell> &row : b.rows) {
            for (const FormCell &c : row)
                placeholders(c.text, list, as, out);
        }
        for (const GridColumn &c : b.grid)
            placeholders(c.text, b.list, b.as, out);
        placeholders(b.blocks, b.list, b.as, out);
    }
}

// --- golden PDFs, as in test_print_forms
QString tool(const QString &name, const QStringList &args)
{
    QProcess p;
    p.start(name, args);
    REQUIRE(p.waitForFinished(30000));
    INFO(name.toStdString() << " " << p.readAllStandardError().toStdString());
    REQUIRE(p.exitCode() == 0);
    return QString::fromUtf8(p.readAllStandardOutput());
}

QString squeezed(QString text)
{
    text.remove(QRegularExpression(QStringLiteral("[ \\t\\n\\x{3000}\\x{2060}]")));
    return text;
}

struct Pdf {
    int pages = 0;
    bool a4 = false;
    bool landscape = false;
    QStringList fontsNotEmbedded;
    QString text;
};

Pdf print(const PrintJob &job, const QTemporaryDir &dir, const QString &name)
{
    REQUIRE(!QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty());
    const QString path = dir.filePath(name + QStringLiteral(".pdf"));
    REQUIRE(FormPrinter::writePdf(job, path).ok());
    if (const QString keep = qEnvironmentVariable("SIFA_PRINT_KEEP"); !keep.isEmpty()) {
        QFile::remove(QDir(keep).filePath(name + QStringLiteral(".pdf")));
        QFile::copy(path, QDir(keep).filePath(name + QStringLiteral(".pdf")));
    }
    Pdf pdf;
    const QString info = tool(QStringLiteral("pdfinfo"), {path});
    pdf.a4 = info.contains(QStringLiteral("x 842 pts (A4)")) || info.contains(QStringLiteral("842 x 595"));
    pdf.landscape = info.contains(QStringLiteral("842 x 595"));
    pdf.pages = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(info).captured(1).toInt();
    const QStringList fonts = tool(QStringLiteral("pdffonts"), {path}).split(QLatin1Char('\n'), Qt::SkipEmptyParts).mid(2);
    for (const QString &line : fonts) {
        const QStringList cols = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (cols.size() < 5 || cols.at(cols.size() - 5) != QLatin1String("yes"))
            pdf.fontsNotEmbedded << line;
    }
    pdf.text = squeezed(tool(QStringLiteral("pdftotext"), {QStringLiteral("-raw"), path, QStringLiteral("-")}));
    return pdf;
}

QString printedTitle(const QString &id)
{
    const FormTemplate *t = FormTemplates::find(id);
    REQUIRE(t);
    for (const FormBlock &b : t->blocks) {
        if (b.kind == FormBlock::Kind::Title)
            return squeezed(b.text);
    }
    return squeezed(t->title);
}

int audits(Database &db, const char *action)
{
    return Query::scalar(db, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = :a"),
                         {{QStringLiteral(":a"), QString::fromLatin1(action)}}, QStringLiteral("test"))
        ->toInt();
}

}  // namespace

TEST_CASE("placement forms: the file's values on each form", "[forms][placement]")
{
    Office o;
    const int openedBefore = audits(o.db(), "placement.open");
    const FormData reg = o.one(QStringLiteral("placement-register"), o.file);
    CHECK(audits(o.db(), "placement.open") == openedBefore + 1);  // a printed file is an opened file
    CHECK(reg.value(QStringLiteral("office.name")) == s("石浦镇司法所"));
    CHECK(reg.value(QStringLiteral("subject.name")) == s("吴国强"));
    CHECK(reg.value(QStringLiteral("subject.former_name")) == s("吴强"));
    CHECK(reg.value(QStringLiteral("subject.sex")) == QStringLiteral("1"));
    CHECK(reg.value(QStringLiteral("subject.birth")) == QStringLiteral("1980-05-06"));
    CHECK(reg.value(QStringLiteral("subject.address")) == s("象山县石浦镇东门村3组12号"));
    CHECK(reg.value(QStringLiteral("subject.no")) == s("石安帮〔2026〕7号"));
    CHECK(reg.value(QStringLiteral("subject.source")) == QStringLiteral("prison"));
    CHECK(reg.value(QStringLiteral("subject.release_date")) == QStringLiteral("2026-05-01"));
    CHECK(reg.value(QStringLiteral("subject.assist_end")) == QStringLiteral("2031-05-01"));  // five years (rule data)
    CHECK(reg.value(QStringLiteral("subject.releasing_org")) == s("浙江省乔司监狱"));
    CHECK(reg.value(QStringLiteral("subject.recidivist")) == QStringLiteral("1"));
    CHECK(reg.value(QStringLiteral("subject.early_release")) == QStringLiteral("1"));
    CHECK(reg.value(QStringLiteral("subject.early_release_reason")) == s("减刑三个月"));
    CHECK(reg.value(QStringLiteral("subject.no_home")) == QStringLiteral("0"));
    CHECK(reg.value(QStringLiteral("subject.no_job")) == QStringLiteral("1"));
    CHECK(reg.value(QStringLiteral("subject.dual_listed")) == QStringLiteral("1"));  // household in another township
    // The file follows the latest assessment.
    CHECK(reg.value(QStringLiteral("subject.category")) == QStringLiteral("general"));
    CHECK(reg.value(QStringLiteral("subject.risk_level")) == QStringLiteral("low"));
    CHECK(reg.value(QStringLiteral("subject.officer")) == QStringLiteral("placement"));
    CHECK(reg.value(QStringLiteral("subject.status")) == QStringLiteral("assisting"));
    const QList<FormData::Item> group = reg.list(QStringLiteral("group"));
    REQUIRE(group.size() == 2);
    CHECK(group[0].value(QStringLiteral("name")) == s("陈志明"));
    CHECK(group[0].value(QStringLiteral("role")) == QStringLiteral("office"));
    CHECK(group[1].value(QStringLiteral("relation")) == s("堂兄"));

    const FormData handover = o.one(QStringLiteral("placement-handover"), o.file);
    CHECK(handover.value(QStringLiteral("subject.handover_mode")) == QStringLiteral("escort"));
    CHECK(handover.value(QStringLiteral("subject.handover_date")) == QStringLiteral("2026-05-01"));
    CHECK(handover.value(QStringLiteral("subject.handover_place")) == s("乔司监狱门口"));
    CHECK(handover.value(QStringLiteral("subject.handover_staff")) == s("陈志明、村主任吴海"));
    CHECK(handover.value(QStringLiteral("subject.handover_status")) == QStringLiteral("done"));
    CHECK(handover.value(QStringLiteral("subject.reported_date")) == QStringLiteral("2026-05-02"));
    CHECK(handover.value(QStringLiteral("subject.police_registered")) == QStringLiteral("2026-05-06"));
    CHECK(handover.value(QStringLiteral("subject.family_informed")) == QStringLiteral("2026-04-03"));
    CHECK(o.one(QStringLiteral("placement-handover"), o.unknown).value(QStringLiteral("subject.whereabouts_note"))
          == s("联系家属未果，已报派出所"));

    const FormData settled = o.one(QStringLiteral("placement-resettlement"), o.file);
    const QList<FormData::Item> placements = settled.list(QStringLiteral("placements"));
    REQUIRE(placements.size() == 1);
    CHECK(placements[0].value(QStringLiteral("mode")) == QStringLiteral("05"));
    CHECK(placements[0].value(QStringLiteral("employer")) == s("象山县某船舶修造厂，电焊工"));
    CHECK(placements[0].value(QStringLiteral("insurance")) == QStringLiteral("1"));
    CHECK(placements[0].value(QStringLiteral("relief")) == QStringLiteral("0"));
    CHECK(placements[0].value(QStringLiteral("ended")) == QStringLiteral("2026-10-31"));
    const QList<FormData::Item> aid = settled.list(QStringLiteral("assistance"));
    REQUIRE(aid.size() == 1);
    CHECK(aid[0].value(QStringLiteral("kind")) == QStringLiteral("dibao"));
    CHECK(aid[0].value(QStringLiteral("amount")) == QStringLiteral("78000"));

    // One copy per agreement, visit record and assessment, oldest first.
    const FormData agreement = o.one(QStringLiteral("placement-agreement"), o.file);
    CHECK(agreement.value(QStringLiteral("agreement.signed")) == QStringLiteral("2026-05-04"));
    CHECK(agreement.value(QStringLiteral("agreement.village")) == s("东门村村民委员会"));
    CHECK(agreement.value(QStringLiteral("agreement.family_signatory")) == s("王秀兰（母亲）"));
    CHECK(agreement.value(QStringLiteral("agreement.until")) == QStringLiteral("2031-05-01"));  // the period's end
    CHECK_FALSE(agreement.label.isEmpty());
    const QList<FormData> visits = o.fill(QStringLiteral("placement-visit"), o.file);
    REQUIRE(visits.size() == 2);
    CHECK(visits[0].value(QStringLiteral("visit.date")) == QStringLiteral("2026-06-10"));
    CHECK(visits[0].value(QStringLiteral("visit.kind")) == QStringLiteral("visit"));
    CHECK(visits[0].value(QStringLiteral("visit.participants")) == s("陈志明、吴海"));
    CHECK(visits[0].value(QStringLiteral("visit.rating")) == QStringLiteral("02"));
    CHECK(visits[1].value(QStringLiteral("visit.kind")) == QStringLiteral("talk"));
    CHECK(visits[0].label != visits[1].label);
    CHECK(o.one(QStringLiteral("placement-visit"), o.file, o.talk).value(QStringLiteral("visit.date"))
          == QStringLiteral("2026-10-12"));
    const QList<FormData> reviews = o.fill(QStringLiteral("placement-risk"), o.file);
    REQUIRE(reviews.size() == 2);
    CHECK(reviews[0].value(QStringLiteral("review.category")) == QStringLiteral("key"));
    CHECK(reviews[0].value(QStringLiteral("review.factors")) == QStringLiteral("recidivist,sanwu"));
    CHECK(reviews[0].value(QStringLiteral("review.approved_by")) == s("丁所长"));
    CHECK(reviews[0].value(QStringLiteral("review.next")) == QStringLiteral("2026-11-02"));  // the one that followed
    CHECK(reviews[1].value(QStringLiteral("review.category")) == QStringLiteral("general"));
    CHECK(reviews[1].value(QStringLiteral("review.next")) == PlacementService::nextReviewDue(PlacementService::reload(o.db(), o.officer, o.file).value()).toString(Qt::ISODate));
    CHECK_FALSE(reviews[1].has(QStringLiteral("review.factors")));

    // The end: counts on an open file; the recorded end of the ended ones.
    const FormData open = o.one(QStringLiteral("placement-end"), o.file);
    CHECK(open.value(QStringLiteral("end.visits")) == QStringLiteral("2"));
    CHECK(open.value(QStringLiteral("end.placements")) == QStringLiteral("1"));
    CHECK(open.value(QStringLiteral("end.assistance")) == QStringLiteral("1"));
    CHECK_FALSE(open.has(QStringLiteral("end.type")));
    const FormData expired = o.one(QStringLiteral("placement-end"), o.expired);
    CHECK(expired.value(QStringLiteral("end.type")) == QStringLiteral("expired"));
    CHECK(expired.value(QStringLiteral("end.date")) == QStringLiteral("2026-06-05"));
    CHECK(expired.value(QStringLiteral("end.reason")) == s("帮教期满，表现良好"));
    CHECK(expired.value(QStringLiteral("end.office_opinion")) == s("同意解除帮教。"));
    CHECK(expired.value(QStringLiteral("end.approver")) == s("丁所长"));
    CHECK(expired.value(QStringLiteral("end.approved")) == QStringLiteral("2026-06-04"));
    CHECK(o.one(QStringLiteral("placement-end"), o.reoffended).value(QStringLiteral("end.new_charge")) == s("诈骗罪"));
    CHECK(o.one(QStringLiteral("placement-end"), o.moved).value(QStringLiteral("end.moved_to")) == s("宁波市鄞州区"));

    // The office's list for November: the pending and the unknown files, and the notice.
    const QList<FormData> lists = o.fill(QStringLiteral("placement-unmatched"), QString(), QString(), day(2026, 11, 1));
    REQUIRE(lists.size() == 1);
    const FormData &list = lists.first();
    CHECK(list.value(QStringLiteral("list.year")) == QStringLiteral("2026"));
    CHECK(list.value(QStringLiteral("list.month")) == QStringLiteral("11"));
    CHECK(list.value(QStringLiteral("list.to")) == QStringLiteral("2026-11-20"));  // today, the month runs
    CHECK(list.value(QStringLiteral("list.count")) == QStringLiteral("3"));
    const QList<FormData::Item> people = list.list(QStringLiteral("people"));
    REQUIRE(people.size() == 3);
    CHECK(people[0].value(QStringLiteral("name")) == s("李明"));  // by release date
    CHECK(people[0].value(QStringLiteral("status")) == QStringLiteral("unknown"));
    CHECK(people[0].value(QStringLiteral("measures")) == s("联系家属未果，已报派出所"));
    CHECK(people[0].value(QStringLiteral("days")) == QStringLiteral("50"));
    CHECK(people[0].value(QStringLiteral("note")) == s("已建档"));
    CHECK(people[1].value(QStringLiteral("name")) == s("孙小军"));
    CHECK(people[2].value(QStringLiteral("name")) == s("郑海"));
    CHECK(people[2].value(QStringLiteral("prison")) == s("浙江省第二监狱"));
    CHECK(people[2].value(QStringLiteral("note")) == s("未找到本人或家属"));
    CHECK(people[2].value(QStringLiteral("measures")) == s("户籍地查无此人"));
    // October: only 李明 had been released.
    CHECK(o.fill(QStringLiteral("placement-unmatched"), QString(), QString(), day(2026, 10, 9))
              .first()
              .list(QStringLiteral("people"))
              .size()
          == 1);
}

TEST_CASE("placement forms: the copy of one record, and the refusals", "[forms][placement]")
{
    Office o;
    PlacementFormQuery q;
    q.file = o.file;
    for (const auto &[form, rec, code] :
         {std::tuple{QStringLiteral("placement-visit"), o.agreement, ErrorCode::NotFound},      // not a visit
          std::tuple{QStringLiteral("placement-risk"), QStringLiteral("no-such"), ErrorCode::NotFound},
          std::tuple{QStringLiteral("placement-agreement"), o.visit, ErrorCode::NotFound},
          std::tuple{QStringLiteral("placement-register"), o.visit, ErrorCode::InvalidInput},  // one copy only
          std::tuple{QStringLiteral("placement-unmatched"), o.visit, ErrorCode::InvalidInput}}) {
        INFO(form.toStdString());
        q.record = rec;
        Result<QList<FormData>> r = PlacementForms::fill(o.db(), o.officer, form, q);
        REQUIRE_FALSE(r);
        CHECK(r.code() == code);
    }
    q.record = o.secondReview;
    Result<QList<FormData>> second = PlacementForms::fill(o.db(), o.officer, QStringLiteral("placement-risk"), q);
    REQUIRE(second);
    REQUIRE(second->size() == 1);
    CHECK(second->first().value(QStringLiteral("review.date")) == QStringLiteral("2026-11-02"));
    q.record.clear();
    CHECK(PlacementForms::fill(o.db(), o.officer, QStringLiteral("agreement"), q).code() == ErrorCode::InvalidInput);
    CHECK(PlacementForms::fill(o.db(), o.officer, QStringLiteral("correction-team"), q).code() == ErrorCode::InvalidInput);
    q.file.clear();
    CHECK(PlacementForms::fill(o.db(), o.officer, QStringLiteral("placement-register"), q).code() == ErrorCode::InvalidInput);
    q.file = QStringLiteral("no-such-file");
    CHECK(PlacementForms::fill(o.db(), o.officer, QStringLiteral("placement-register"), q).code() == ErrorCode::NotFound);

    // A file without agreements: nothing to fill, and the job suggests the blank form.
    q.file = o.pending;
    CHECK(PlacementForms::fill(o.db(), o.officer, QStringLiteral("placement-agreement"), q)->isEmpty());
    Result<PrintJob> none = PlacementForms::job(o.db(), o.officer, QStringLiteral("placement-agreement"), q);
    REQUIRE_FALSE(none);
    CHECK(none.code() == ErrorCode::NotFound);

    // Only those who read resettlement files print them, the office's list included; blank forms
    // need no file.
    for (const QString &role : {QStringLiteral("mediator"), QStringLiteral("clerk"), QStringLiteral("auditor"),
                                QStringLiteral("correction"), QStringLiteral("admin")}) {
        INFO(role.toStdString());
        const Session session = o.office.signIn(role);
        q.file = o.file;
        CHECK(PlacementForms::fill(o.db(), session, QStringLiteral("placement-register"), q).code()
              == ErrorCode::PermissionDenied);
        CHECK(PlacementForms::fill(o.db(), session, QStringLiteral("placement-visit"), q).code()
              == ErrorCode::PermissionDenied);
        CHECK(PlacementForms::fill(o.db(), session, QStringLiteral("placement-unmatched"), q).code()
              == ErrorCode::PermissionDenied);
        FormOptions blank;
        blank.blank = true;
        CHECK(PlacementForms::job(o.db(), session, QStringLiteral("placement-visit"), q, blank));
    }
    const Session head = o.office.signIn(QStringLiteral("head"));
    q.file = o.file;
    CHECK(PlacementForms::fill(o.db(), head, QStringLiteral("placement-register"), q));
}

TEST_CASE("placement forms: every placeholder is filled from the file or kept for handwriting", "[forms][placement]")
{
    Office o;
    QList<FormData> all;
    for (const QString &id : PlacementForms::forms()) {
        if (PlacementForms::isOfficeForm(id)) {
            all += o.fill(id, QString(), QString(), day(2026, 11, 1));
            continue;
        }
        for (const QString &uuid : {o.file, o.expired, o.reoffended, o.moved, o.unknown})
            all += o.fill(id, uuid);
    }
    QSet<QString> values;
    QHash<QString, QSet<QString>> items;
    for (const FormData &d : std::as_const(all)) {
        for (auto it = d.values().cbegin(); it != d.values().cend(); ++it)
            values.insert(it.key());
        for (const QString &list : {QStringLiteral("group"), QStringLiteral("placements"), QStringLiteral("assistance"),
                                    QStringLiteral("people")}) {
            for (const FormData::Item &item : d.list(list)) {
                for (auto it = item.cbegin(); it != item.cend(); ++it)
                    items[list].insert(it.key());
            }
        }
    }
    // What the file does not hold: written on the paper.
    const QSet<QString> handwritten{
        QStringLiteral("handover.prison_opinion"), QStringLiteral("handover.office_opinion"),
        QStringLiteral("group.date"),              QStringLiteral("review.office_opinion"),
        QStringLiteral("end.office_signer"),       QStringLiteral("end.office_date"),
        QStringLiteral("end.approval_opinion"),
    };
    QSet<QString> used;
    const QList<const FormTemplate *> templates = FormTemplates::ofModule(QStringLiteral("placement"));
    CHECK(templates.size() == PlacementForms::forms().size());
    for (const FormTemplate *t : templates) {
        CHECK(PlacementForms::isPlacementForm(t->id));
        QList<Placeholder> found;
        placeholders(t->blocks, QString(), QString(), &found);
        for (const Placeholder &p : std::as_const(found)) {
            INFO(t->id.toStdString() << ": {" << p.key.toStdString() << "}");
            if (p.key == QLatin1String("#"))  // a register's row number
                continue;
            if (!p.as.isEmpty() && p.key.startsWith(p.as + QLatin1Char('.'))) {
                CHECK(items.value(p.list).contains(p.key.mid(p.as.size() + 1)));
                continue;
            }
            used.insert(p.key);
            if (!handwritten.contains(p.key))
                CHECK(values.contains(p.key));
        }
    }
    // The handwritten list names only keys the templates use (nothing stale).
    for (const QString &key : handwritten) {
        INFO(key.toStdString());
        CHECK(used.contains(key));
    }
}

TEST_CASE("placement forms: every form prints as A4 with its fonts embedded, the file's values and its boxes",
          "[print][golden][placement]")
{
    Office o;
    QTemporaryDir dir;
    for (const QString &id : PlacementForms::forms()) {
        INFO(id.toStdString());
        PlacementFormQuery q;
        q.file = PlacementForms::isOfficeForm(id) ? QString() : o.file;
        q.month = day(2026, 11, 1);
        Result<PrintJob> job = PlacementForms::job(o.db(), o.officer, id, q);
        INFO(job.message().toStdString());
        REQUIRE(job);
        const int copies = static_cast<int>(job->parts.first().copies.size());
        const Pdf pdf = print(*job, dir, QStringLiteral("golden-") + id);
        CHECK(pdf.a4);
        CHECK(pdf.landscape == PlacementForms::isOfficeForm(id));
        CHECK(pdf.fontsNotEmbedded.isEmpty());
        CHECK(pdf.pages >= copies);
        CHECK(pdf.pages <= 2 * copies);
        const qsizetype title = pdf.text.indexOf(printedTitle(id));
        CHECK(title >= 0);
        CHECK(pdf.text.indexOf(PlacementForms::isOfficeForm(id) ? s("孙小军") : s("吴国强"), title) > title);
    }
    PlacementFormQuery q;
    q.file = o.file;
    // The assessment's checklist from the code table, the factors ticked; a copy per assessment.
    Result<PrintJob> risk = PlacementForms::job(o.db(), o.officer, QStringLiteral("placement-risk"), q);
    REQUIRE(risk);
    const Pdf ticks = print(*risk, dir, QStringLiteral("golden-risk-ticks"));
    CHECK(ticks.pages == 2);
    CHECK(ticks.text.count(s("危险性评估表")) == 2);
    CHECK(ticks.text.contains(s("☑累犯、惯犯")));
    CHECK(ticks.text.contains(s("☑三无人员")));
    CHECK(ticks.text.contains(s("□严重暴力犯罪")));
    CHECK(ticks.text.contains(s("☑高危")));
    CHECK(ticks.text.contains(s("☑低危")));  // the second assessment
    // The hand-over's mode ticked; the text reads in order.
    Result<PrintJob> handover = PlacementForms::job(o.db(), o.officer, QStringLiteral("placement-handover"), q);
    REQUIRE(handover);
    const Pdf escorted = print(*handover, dir, QStringLiteral("golden-handover-ticks"));
    CHECK(escorted.text.contains(s("☑必接必送□家属接回□自行返回")));
    CHECK(escorted.text.contains(s("2026年5月1日")));
    // Visits: two records on their own pages.
    Result<PrintJob> visits = PlacementForms::job(o.db(), o.officer, QStringLiteral("placement-visit"), q);
    REQUIRE(visits);
    const Pdf two = print(*visits, dir, QStringLiteral("golden-visit-copies"));
    CHECK(two.pages == 2);
    CHECK(two.text.count(s("走访谈话记录")) == 2);
    // A blank form keeps the office's name and the boxes, and nothing of the file.
    FormOptions blank;
    blank.blank = true;
    Result<PrintJob> empty = PlacementForms::job(o.db(), o.officer, QStringLiteral("placement-risk"), q, blank);
    REQUIRE(empty);
    const Pdf paper = print(*empty, dir, QStringLiteral("blank-placement-risk"));
    CHECK(paper.pages == 1);
    CHECK(paper.text.contains(s("石浦镇司法所")));
    CHECK(paper.text.contains(s("□累犯、惯犯")));
    CHECK_FALSE(paper.text.contains(s("☑")));
    CHECK_FALSE(paper.text.contains(s("吴国强")));
}

TEST_CASE("sifa print --placement: the resettlement forms of a file and the office's list, bad requests in one line",
          "[cli][print][placement]")
{
    QString path;
    QString file;
    QString visit;
    QTemporaryDir keep;
    {
        Office o;
        file = o.file;
        visit = o.talk;
        o.office.db.reset();
        path = keep.filePath(QStringLiteral("office.sqlite"));
        REQUIRE(QFile::copy(o.office.path, path));
    }
    const auto run = [&](QStringList args, bool user = true) {
        if (user)
            args << QStringLiteral("--user") << QStringLiteral("placement");
        QProcess p;
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        e.insert(QStringLiteral("SIFA_PASSWORD"), kPassword);
        e.insert(QStringLiteral("SIFA_LANG"), QStringLiteral("en"));
        p.setProcessEnvironment(e);
        p.start(QStringLiteral(SIFA_CLI_PATH), args);
        REQUIRE(p.waitForStarted());
        p.closeWriteChannel();
        REQUIRE(p.waitForFinished(120000));
        return std::tuple<int, QString, QString>{p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
                                                 QString::fromUtf8(p.readAllStandardError())};
    };
    auto [code, out, err] = run({QStringLiteral("print"), QStringLiteral("--list")}, false);
    CHECK(code == 0);
    for (const QString &id : PlacementForms::forms())
        CHECK(out.contains(id + QLatin1Char('\t')));
    const QString visitPdf = keep.filePath(QStringLiteral("visit.pdf"));
    std::tie(code, out, err) = run({QStringLiteral("print"), QStringLiteral("placement-visit"), QStringLiteral("--db"), path,
                                    QStringLiteral("--placement"), file, QStringLiteral("--record"), visit,
                                    QStringLiteral("--out"), visitPdf});
    INFO(err.toStdString());
    CHECK(code == 0);
    CHECK(QFile::exists(visitPdf));
    const QString listPdf = keep.filePath(QStringLiteral("list.pdf"));
    std::tie(code, out, err) = run({QStringLiteral("print"), QStringLiteral("placement-unmatched"), QStringLiteral("--db"),
                                    path, QStringLiteral("--month"), QStringLiteral("2026-11"), QStringLiteral("--out"),
                                    listPdf});
    CHECK(code == 0);
    CHECK(QFile::exists(listPdf));
    const QString blankPdf = keep.filePath(QStringLiteral("blank.pdf"));
    std::tie(code, out, err) = run({QStringLiteral("print"), QStringLiteral("placement-risk"), QStringLiteral("--db"), path,
                                    QStringLiteral("--blank"), QStringLiteral("--out"), blankPdf},
                                   false);
    CHECK(code == 0);
    CHECK(QFile::exists(blankPdf));

    const QString none = keep.filePath(QStringLiteral("none.pdf"));
    const QString db = path;
    const QList<QPair<QStringList, int>> bad{
        // A mediation form from a resettlement file; no file for a file form; the list for a file.
        {{QStringLiteral("print"), QStringLiteral("agreement"), QStringLiteral("--db"), db, QStringLiteral("--placement"), file,
          QStringLiteral("--out"), none},
         2},
        {{QStringLiteral("print"), QStringLiteral("placement-register"), QStringLiteral("--db"), db, QStringLiteral("--out"), none}, 2},
        {{QStringLiteral("print"), QStringLiteral("placement-unmatched"), QStringLiteral("--db"), db, QStringLiteral("--placement"),
          file, QStringLiteral("--out"), none},
         2},
        {{QStringLiteral("print"), QStringLiteral("placement-register"), QStringLiteral("--db"), db, QStringLiteral("--placement"),
          file, QStringLiteral("--record"), visit, QStringLiteral("--out"), none},
         2},
        {{QStringLiteral("print"), QStringLiteral("placement-register"), QStringLiteral("--db"), db, QStringLiteral("--placement"),
          file, QStringLiteral("--month"), QStringLiteral("2026-11"), QStringLiteral("--out"), none},
         2},
        {{QStringLiteral("print"), QStringLiteral("placement-unmatched"), QStringLiteral("--db"), db, QStringLiteral("--month"),
          QStringLiteral("2026-13"), QStringLiteral("--out"), none},
         2},
        {{QStringLiteral("print"), QStringLiteral("placement-register"), QStringLiteral("--db"), db, QStringLiteral("--placement"),
          QStringLiteral("no-such-file"), QStringLiteral("--out"), none},
         1},
        {{QStringLiteral("print"), QStringLiteral("placement-agreement"), QStringLiteral("--db"), db, QStringLiteral("--placement"),
          file, QStringLiteral("--record"), visit, QStringLiteral("--out"), none},
         1},
    };
    for (const auto &[args, expected] : bad) {
        INFO(args.join(QLatin1Char(' ')).toStdString());
        std::tie(code, out, err) = run(args);
        CHECK(code == expected);
        CHECK(err.trimmed().count(QLatin1Char('\n')) == 0);
        CHECK(err.startsWith(QStringLiteral("sifa: ")));
        CHECK_FALSE(QFile::exists(none));
    }
    // Without the permission: refused, nothing written.
    std::tie(code, out, err) = run({QStringLiteral("print"), QStringLiteral("placement-register"), QStringLiteral("--db"), db,
                                    QStringLiteral("--placement"), file, QStringLiteral("--out"), none,
                                    QStringLiteral("--user"), QStringLiteral("mediator")},
                                   false);
    CHECK(code != 0);
    CHECK_FALSE(QFile::exists(none));
}
