// The 社区矫正 forms filled from a subject's file: the values of each form, one copy per request,
// sanction or month, the refusals (another role, a sealed file, a record that is not the
// form's), every placeholder of the templates accounted for, and golden PDFs (A4, fonts
// embedded, the file's values in reading order; SIFA_PRINT_KEEP=DIR keeps them to look at);
// sifa print --subject end to end.
#include "domain/Office.h"
#include "CatchCompat.h"
#include "TestSupport.h"

#include "correction/CorrectionService.h"
#include "correction/ReportIn.h"
#include "print/CorrectionForms.h"
#include "print/FormTemplate.h"
#include "rules/Rules.h"
#include "security/AuditLog.h"
#include "settings/DbSettings.h"
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

QString iso(const QDate &d)
{
    return d.toString(Qt::ISODate);
}

struct Pin {
    explicit Pin(const QDate &today) { Clock::pinForTesting(QDateTime(today, QTime(10, 0), Qt::UTC)); }
    ~Pin() { Clock::pinForTesting(QDateTime()); }
};

// An office on 2026-06-30 with:
//   张三, on probation since January: reception, a team with a woman, family, the plan, 普管 from
//   March, a full March of supervision, a score, an admonition decided, a public-order penalty
//   proposed, leave approved and returned, leave waiting for the county, a visitor, a restricted
//   place, frequent travel and a change of residence approved;
//   王五, released at the end of February with the appraisal and his summary;
//   a minor, whose file is sealed; and 赵六's pre-sentence assessment, completed.
struct FormsOffice {
    Pin pin{day(2026, 6, 30)};
    TestOffice office;
    Session officer;
    QString subject;
    QString released;
    QString minor;
    QString assessment;
    QString leaveBack;
    QString leaveWaiting;
    QString leaveCounty;
    QString visitor;
    QString place;
    QString travel;
    QString transfer;
    QString admonition;
    QString penalty;

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

    QVariantMap judgment(const QDate &effective, const QDate &to) const
    {
        return {{QStringLiteral("correction_type"), QStringLiteral("02")},
                {QStringLiteral("charge"), s("盗窃罪")},
                {QStringLiteral("charge_category"), s("侵犯财产罪")},
                {QStringLiteral("decision_body"), s("象山县人民法院")},
                {QStringLiteral("judgment_no"), s("（2025）浙0225刑初88号")},
                {QStringLiteral("judgment_date"), iso(effective.addDays(-12))},
                {QStringLiteral("effective_date"), iso(effective)},
                {QStringLiteral("notice_no"), s("象法刑执通字〔2026〕12号")},
                {QStringLiteral("crime_facts"), s("被告人多次在石浦镇东门村盗窃他人电动车电瓶，价值共计人民币六千元。")},
                {QStringLiteral("original_sentence"), s("有期徒刑八个月，缓刑一年")},
                {QStringLiteral("original_term"), s("八个月")},
                {QStringLiteral("additional_penalty"), s("罚金人民币三千元")},
                {QStringLiteral("prohibition"), s("禁止进入网吧")},
                {QStringLiteral("prohibition_from"), iso(effective)},
                {QStringLiteral("prohibition_to"), iso(to)},
                {QStringLiteral("period_from"), iso(effective)},
                {QStringLiteral("period_to"), iso(to)},
                {QStringLiteral("employment"), s("水产加工工人")}};
    }

    void member(const QString &uuid, const char *name, const char *role, const char *unit, const char *sex,
                bool minors = false)
    {
        QVariantMap m{{QStringLiteral("subject_uuid"), uuid},     {QStringLiteral("name"), s(name)},
                      {QStringLiteral("role"), s(role)},          {QStringLiteral("unit"), s(unit)},
                      {QStringLiteral("sex"), QString::fromLatin1(sex)}, {QStringLiteral("phone"), QStringLiteral("13600000000")}};
        if (minors)
            m.insert(QStringLiteral("minors_experience"), 1);
        REQUIRE(CorrectionService::saveRecord(db(), officer, QStringLiteral("cc_team_member"), QString(), m));
    }

    QString received(const Person &p, const QVariantMap &j, const QDate &on)
    {
        Result<QString> uuid = CorrectionService::registerSubject(db(), officer, p, j);
        INFO(uuid.message().toStdString());
        REQUIRE(uuid);
        const QVariantMap checks{{QStringLiteral("reception_documents_date"), iso(on.addDays(-1))},
                                 {QStringLiteral("reception_documents_check"), s("法律文书齐全")},
                                 {QStringLiteral("reception_identity_check"), s("核对身份证无误")},
                                 {QStringLiteral("reception_notified"), s("已告知报到和请假规定")}};
        REQUIRE(CorrectionService::recordReception(db(), officer, *uuid, on, on, QStringLiteral("in_person"), s("王接收"),
                                                   checks)
                    .ok());
        return *uuid;
    }

    void activity(const char *kind, const QDate &on, int minutes)
    {
        REQUIRE(CorrectionService::saveRecord(db(), officer, QStringLiteral("cc_activity"), QString(),
                                              {{QStringLiteral("subject_uuid"), subject},
                                               {QStringLiteral("kind"), QString::fromLatin1(kind)},
                                               {QStringLiteral("activity_date"), iso(on)},
                                               {QStringLiteral("minutes"), minutes},
                                               {QStringLiteral("staff"), s("陈志明")}}));
    }

    QString request(const char *kind, const QDate &applied, const QDate &from, const QDate &to, const QVariantMap &extra,
                    const QString &of = QString())
    {
        QVariantMap f = extra;
        f.insert(QStringLiteral("subject_uuid"), of.isEmpty() ? subject : of);
        f.insert(QStringLiteral("kind"), QString::fromLatin1(kind));
        f.insert(QStringLiteral("applied_date"), iso(applied));
        if (from.isValid())
            f.insert(QStringLiteral("start_date"), iso(from));
        if (to.isValid())
            f.insert(QStringLiteral("end_date"), iso(to));
        if (!f.contains(QStringLiteral("reason")))
            f.insert(QStringLiteral("reason"), s("处理家庭事务"));
        Result<QString> r = CorrectionService::submitRequest(db(), officer, f);
        INFO(r.message().toStdString());
        REQUIRE(r);
        return *r;
    }

    void approve(const QString &r, const QDate &reviewed, const QDate &decided, const char *no)
    {
        REQUIRE(CorrectionService::reviewRequest(db(), officer, r, s("情况属实，建议批准。"), s("陈志明"), reviewed).ok());
        REQUIRE(CorrectionService::decideRequest(db(), officer, r, true, s("丁所长"), decided, s(no), s("同意。")).ok());
    }

    FormsOffice() : officer(office.signIn(QStringLiteral("correction")))
    {
        REQUIRE(Rules::reload().isEmpty());
        Person zhang = person("张三", day(1985, 3, 4), true, 31);
        zhang.alias = s("张小三");
        subject = received(zhang, judgment(day(2026, 1, 5), day(2027, 1, 4)), day(2026, 1, 8));
        member(subject, "陈志明", "组长", "石浦镇司法所", "1");
        member(subject, "李秀英", "成员", "东门村村民委员会", "2");
        REQUIRE(CorrectionService::saveRecord(db(), officer, QStringLiteral("cc_family"), QString(),
                                              {{QStringLiteral("subject_uuid"), subject},
                                               {QStringLiteral("name"), s("张大山")},
                                               {QStringLiteral("relation"), s("父亲")},
                                               {QStringLiteral("employer"), s("务农")},
                                               {QStringLiteral("phone"), QStringLiteral("13700000000")},
                                               {QStringLiteral("address"), s("石浦镇东门村3组12号")}}));
        REQUIRE(CorrectionService::announce(db(), officer, subject, day(2026, 1, 9)).ok());
        REQUIRE(CorrectionService::changeGrade(db(), officer, subject, QStringLiteral("strict"), day(2026, 1, 8),
                                               s("入矫初期"), s("象山县社区矫正管理局")).ok());
        REQUIRE(CorrectionService::changeGrade(db(), officer, subject, QStringLiteral("normal"), day(2026, 3, 9),
                                               s("入矫满两个月"), s("象山县社区矫正管理局")).ok());
        REQUIRE(CorrectionService::update(db(), officer, subject,
                                          {{QStringLiteral("plan_supervision"), s("每月当面报告两次。")},
                                           {QStringLiteral("plan_education"), s("每月集中教育。")},
                                           {QStringLiteral("plan_assistance"), s("帮助稳定就业。")},
                                           {QStringLiteral("plan_other"), s("家属协助监督。")},
                                           {QStringLiteral("plan_evaluation"), s("方案落实良好。")},
                                           {QStringLiteral("plan_evaluated_date"), QStringLiteral("2026-04-09")},
                                           {QStringLiteral("plan_evaluator"), s("陈志明")},
                                           {QStringLiteral("plan_crime_cause"), s("法律意识淡薄。")},
                                           {QStringLiteral("plan_repentance"), s("认罪悔罪。")},
                                           {QStringLiteral("plan_psychology"), s("性格内向。")},
                                           {QStringLiteral("plan_health"), s("健康")},
                                           {QStringLiteral("plan_focus"), s("法治教育。")},
                                           {QStringLiteral("family_summary"), s("父亲张大山，家庭和睦")}})
                    .ok());
        // March under 普管, to the letter of the grade (2 in person, 1 written, 2 by phone, a
        // talk, a visit, 8 hours of study and of community service).
        for (int d : {3, 17})
            activity("report_in_person", day(2026, 3, d), 20);
        activity("report_written", day(2026, 3, 10), 0);
        for (int d : {6, 24})
            activity("report_phone", day(2026, 3, d), 5);
        activity("talk", day(2026, 3, 12), 30);
        activity("visit_home", day(2026, 3, 19), 40);
        for (int d : {7, 21}) {
            activity("education", day(2026, 3, d), 240);
            activity("welfare", day(2026, 3, d + 1), 240);
        }
        REQUIRE(CorrectionService::saveRecord(db(), officer, QStringLiteral("cc_score"), QString(),
                                              {{QStringLiteral("subject_uuid"), subject},
                                               {QStringLiteral("entry_date"), QStringLiteral("2026-03-31")},
                                               {QStringLiteral("points"), 2},
                                               {QStringLiteral("reason"), s("月度考核合格")}}));
        Result<QString> a = CorrectionService::propose(db(), officer,
                                                       {{QStringLiteral("subject_uuid"), subject},
                                                        {QStringLiteral("kind"), QStringLiteral("admonition")},
                                                        {QStringLiteral("facts"), s("迟到三日报告。")},
                                                        {QStringLiteral("basis"), s("实施办法第三十五条")},
                                                        {QStringLiteral("evidence"), s("谈话笔录")},
                                                        {QStringLiteral("proposal_date"), QStringLiteral("2026-04-10")},
                                                        {QStringLiteral("proposer"), s("陈志明")},
                                                        {QStringLiteral("office_opinion"), s("建议训诫。")}});
        REQUIRE(a);
        admonition = *a;
        REQUIRE(CorrectionService::recordDecision(db(), officer, admonition, true, s("象司矫决〔2026〕5号"),
                                                  day(2026, 4, 15), s("同意。"))
                    .ok());
        Result<QString> p = CorrectionService::propose(db(), officer,
                                                       {{QStringLiteral("subject_uuid"), subject},
                                                        {QStringLiteral("kind"), QStringLiteral("police_penalty")},
                                                        {QStringLiteral("facts"), s("违反禁止令进入网吧。")},
                                                        {QStringLiteral("basis"), s("社区矫正法第二十八条")},
                                                        {QStringLiteral("evidence"), s("监控录像、询问笔录")},
                                                        {QStringLiteral("proposal_date"), QStringLiteral("2026-05-20")}});
        REQUIRE(p);
        penalty = *p;

        leaveBack = request("leave", day(2026, 3, 15), day(2026, 3, 20), day(2026, 3, 24),
                            {{QStringLiteral("destination"), s("杭州市")},
                             {QStringLiteral("companion"), s("妻子")},
                             {QStringLiteral("evidence"), s("挂号单")}});
        approve(leaveBack, day(2026, 3, 16), day(2026, 3, 16), "石司矫外字〔2026〕第3号");
        REQUIRE(CorrectionService::recordReturn(db(), officer, leaveBack, day(2026, 3, 24), s("陈志明")).ok());
        leaveWaiting = request("leave", day(2026, 6, 20), day(2026, 7, 1), day(2026, 7, 12),
                               {{QStringLiteral("destination"), s("上海市")}});
        REQUIRE(CorrectionService::reviewRequest(db(), officer, leaveWaiting, s("报县局审批。"), s("陈志明"),
                                                 day(2026, 6, 21))
                    .ok());
        visitor = request("visitor", day(2026, 5, 1), day(2026, 5, 5), day(2026, 5, 5),
                          {{QStringLiteral("visitor_name"), s("李四")},
                           {QStringLiteral("visitor_relation"), s("邻居")},
                           {QStringLiteral("visitor_identity"), QStringLiteral("victim")},
                           {QStringLiteral("visitor_id_number"),
                            makeId(QStringLiteral("330225"), day(1970, 7, 7), false, 61)},
                           {QStringLiteral("visitor_address"), s("石浦镇东门村5组8号")},
                           {QStringLiteral("visitor_phone"), QStringLiteral("13511112222")},
                           {QStringLiteral("destination"), s("东门村调解室")}});
        approve(visitor, day(2026, 5, 2), day(2026, 5, 3), "象司矫批〔2026〕7号");
        place = request("place", day(2026, 5, 10), day(2026, 5, 12), day(2026, 5, 12),
                        {{QStringLiteral("destination"), s("石浦镇某网吧")}, {QStringLiteral("evidence"), s("单位证明")}});
        approve(place, day(2026, 5, 10), day(2026, 5, 11), "象司矫批〔2026〕8号");
        travel = request("frequent_travel", day(2026, 4, 1), day(2026, 4, 5), day(2026, 10, 4),
                         {{QStringLiteral("destination"), s("宁波市海曙区")},
                          {QStringLiteral("frequency"), s("每周两次")},
                          {QStringLiteral("evidence"), s("劳动合同")}});
        approve(travel, day(2026, 4, 2), day(2026, 4, 5), "象司矫批〔2026〕4号");
        transfer = request("transfer", day(2026, 6, 1), day(2026, 7, 15), QDate(),
                           {{QStringLiteral("new_address"), s("宁波市鄞州区某小区1幢")},
                            {QStringLiteral("new_agency"), s("宁波市鄞州区社区矫正管理局")},
                            {QStringLiteral("evidence"), s("购房合同")}});
        REQUIRE(CorrectionService::reviewRequest(db(), officer, transfer, s("建议同意。"), s("陈志明"), day(2026, 6, 2)).ok());
        REQUIRE(CorrectionService::updateRequest(db(), officer, transfer,
                                                 {{QStringLiteral("consulted_date"), QStringLiteral("2026-06-03")},
                                                  {QStringLiteral("new_reply_date"), QStringLiteral("2026-06-06")},
                                                  {QStringLiteral("new_opinion"), s("同意接收。")}})
                    .ok());
        REQUIRE(CorrectionService::decideRequest(db(), officer, transfer, true, s("县局"), day(2026, 6, 10),
                                                 s("象司矫批〔2026〕9号"), s("同意。"))
                    .ok());

        // 王五: released at the end of February.
        Person wang = person("王五", day(1979, 8, 1), true, 41);
        released = received(wang, judgment(day(2025, 3, 1), day(2026, 2, 28)), day(2025, 3, 3));
        member(released, "陈志明", "组长", "石浦镇司法所", "1");
        REQUIRE(CorrectionService::announce(db(), officer, released, day(2025, 3, 4)).ok());
        // Twelve days' leave: above the office's limit, decided by the county.
        leaveCounty = request("leave", day(2025, 5, 20), day(2025, 6, 1), day(2025, 6, 12),
                              {{QStringLiteral("destination"), s("北京市")}}, released);
        approve(leaveCounty, day(2025, 5, 21), day(2025, 5, 26), "象司矫外字〔2025〕第8号");
        REQUIRE(CorrectionService::recordReturn(db(), officer, leaveCounty, day(2025, 6, 12), s("陈志明")).ok());
        REQUIRE(CorrectionService::release(db(), officer, released, day(2026, 2, 28),
                                           {{QStringLiteral("appraisal_conduct"), s("矫正期间表现良好。")},
                                            {QStringLiteral("appraisal_attitude"), s("认罪服法")},
                                            {QStringLiteral("appraisal_risk"), s("低风险")},
                                            {QStringLiteral("appraisal_skills"), s("无")},
                                            {QStringLiteral("appraisal_family"), s("家庭和睦")},
                                            {QStringLiteral("appraisal_advice"), s("纳入安置帮教。")},
                                            {QStringLiteral("appraisal_remarks"), s("无")},
                                            {QStringLiteral("appraisal_date"), QStringLiteral("2026-02-18")},
                                            {QStringLiteral("summary_text"), s("我认真接受矫正。")},
                                            {QStringLiteral("summary_date"), QStringLiteral("2026-02-10")},
                                            {QStringLiteral("release_announced_date"), QStringLiteral("2026-02-28")},
                                            {QStringLiteral("release_place"), s("石浦镇司法所")},
                                            {QStringLiteral("certificate_no"), s("象矫解字〔2026〕第2号")}})
                    .ok());

        // A minor, sealed.
        Person young = person("小明", day(2010, 5, 1), true, 51);
        minor = received(young, judgment(day(2026, 2, 1), day(2027, 1, 31)), day(2026, 2, 3));
        member(minor, "陈志明", "组长", "石浦镇司法所", "1");
        member(minor, "周老师", "成员", "石浦中学", "2", true);
        REQUIRE(CorrectionService::announce(db(), officer, minor, day(2026, 2, 4)).ok());
        REQUIRE(CorrectionService::seal(db(), officer, minor, s("未成年人犯罪记录封存")).ok());

        Result<QString> as = CorrectionService::saveAssessment(
            db(), officer, QString(),
            {{QStringLiteral("entrust_no"), s("象法评委〔2026〕9号")},
             {QStringLiteral("entrusting_body"), s("象山县人民法院")},
             {QStringLiteral("name"), s("赵六")},
             {QStringLiteral("id_number"), makeId(QStringLiteral("330225"), day(1990, 2, 3), false, 22)},
             {QStringLiteral("residence"), s("象山县石浦镇番西村5号")},
             {QStringLiteral("charge"), s("危险驾驶罪")},
             {QStringLiteral("proposed_type"), QStringLiteral("02")},
             {QStringLiteral("received_date"), QStringLiteral("2026-06-01")},
             {QStringLiteral("item_residence"), s("有固定住所。")},
             {QStringLiteral("item_family"), s("与父母同住。")},
             {QStringLiteral("item_conduct"), s("一贯表现良好。")},
             {QStringLiteral("item_impact"), s("影响较小。")},
             {QStringLiteral("item_opinions"), s("村委会同意。")},
             {QStringLiteral("item_prohibition"), s("无")}});
        REQUIRE(as);
        assessment = *as;
        REQUIRE(CorrectionService::completeAssessment(db(), officer, assessment, QStringLiteral("suitable"),
                                                      s("社会危险性低。"), s("陈志明"), day(2026, 6, 10))
                    .ok());
    }

    QList<FormData> fill(const QString &form, const QString &uuid, const QString &record = QString(),
                         const QDate &month = QDate())
    {
        CorrectionFormQuery q;
        q.subject = uuid;
        q.record = record;
        q.month = month;
        Result<QList<FormData>> copies = CorrectionForms::fill(db(), officer, form, q);
        INFO(form.toStdString() << ": " << copies.message().toStdString());
        REQUIRE(copies);
        return *copies;
    }
    FormData one(const QString &form, const QString &uuid, const QString &record = QString(),
                 const QDate &month = QDate())
    {
        const QList<FormData> copies = fill(form, uuid, record, month);
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
    pdf.a4 = info.contains(QStringLiteral("x 842 pts (A4)"));
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

}  // namespace

TEST_CASE("correction forms: the file's values on each form", "[forms][correction]")
{
    FormsOffice o;
    const QString agency = CorrectionForms::tr("%1 Community Correction Bureau").arg(s("象山县"));
    CHECK(sifa::Office::countyCorrectionAgency(o.db()) == agency);

    const FormData info = o.one(QStringLiteral("correction-basic-info"), o.subject);
    CHECK(info.value(QStringLiteral("office.name")) == s("石浦镇司法所"));
    CHECK(info.value(QStringLiteral("county.agency")) == agency);
    CHECK(info.value(QStringLiteral("subject.name")) == s("张三"));
    CHECK(info.value(QStringLiteral("subject.former_name")) == s("张小三"));
    CHECK(info.value(QStringLiteral("subject.sex")) == QStringLiteral("1"));
    CHECK(info.value(QStringLiteral("subject.birth")) == QStringLiteral("1985-03-04"));
    CHECK(info.value(QStringLiteral("subject.ethnicity")) == QStringLiteral("01"));
    CHECK(info.value(QStringLiteral("subject.education")) == QStringLiteral("60"));
    CHECK(info.value(QStringLiteral("subject.address")) == s("象山县石浦镇东门村3组12号"));
    CHECK(info.value(QStringLiteral("subject.household_address")) == s("象山县石浦镇东门村3组12号"));
    CHECK(info.value(QStringLiteral("subject.employer")) == s("象山县某水产有限公司"));
    CHECK(info.value(QStringLiteral("subject.correction_type")) == QStringLiteral("02"));
    CHECK(info.value(QStringLiteral("subject.grade")) == QStringLiteral("normal"));
    CHECK(info.value(QStringLiteral("subject.charge")) == s("盗窃罪"));
    CHECK(info.value(QStringLiteral("subject.crime")) == s("盗窃"));
    CHECK(info.value(QStringLiteral("subject.court")) == s("象山县人民法院"));
    CHECK(info.value(QStringLiteral("subject.judgment_date")) == QStringLiteral("2025-12-24"));
    CHECK(info.value(QStringLiteral("subject.effective_date")) == QStringLiteral("2026-01-05"));
    CHECK(info.value(QStringLiteral("subject.period_to")) == QStringLiteral("2027-01-04"));
    CHECK(info.value(QStringLiteral("subject.prohibition")) == s("禁止进入网吧"));
    CHECK(info.value(QStringLiteral("subject.facts")).startsWith(s("被告人多次")));
    const QList<FormData::Item> family = info.list(QStringLiteral("family"));
    REQUIRE(family.size() == 1);
    CHECK(family.first().value(QStringLiteral("relation")) == s("父亲"));
    CHECK(family.first().value(QStringLiteral("address")) == s("石浦镇东门村3组12号"));
    CHECK(info.label.isEmpty());

    const FormData team = o.one(QStringLiteral("correction-team"), o.subject);
    const QList<FormData::Item> members = team.list(QStringLiteral("team"));
    REQUIRE(members.size() == 2);
    CHECK(members[1].value(QStringLiteral("sex")) == QStringLiteral("2"));
    CHECK(members[1].value(QStringLiteral("unit")) == s("东门村村民委员会"));
    CHECK(team.value(QStringLiteral("team.members")) == s("组长：陈志明；成员：李秀英"));
    CHECK(team.value(QStringLiteral("team.date")) == QStringLiteral("2026-01-09"));

    const FormData reception = o.one(QStringLiteral("correction-reception"), o.subject);
    CHECK(reception.value(QStringLiteral("reception.reported")) == QStringLiteral("2026-01-08"));
    CHECK(reception.value(QStringLiteral("reception.staff")) == s("王接收"));
    CHECK(reception.value(QStringLiteral("reception.office_staff")) == QStringLiteral("correction"));
    CHECK(reception.value(QStringLiteral("reception.documents")) == s("（2025）浙0225刑初88号、象法刑执通字〔2026〕12号"));
    Result<ReportInStatus> onTime = ReportIn::status(day(2026, 1, 5), day(2026, 1, 8), day(2026, 6, 30));
    REQUIRE(onTime);
    CHECK(reception.value(QStringLiteral("reception.note")) == ReportIn::describe(*onTime));
    CHECK(reception.value(QStringLiteral("reception.report_in")) == QStringLiteral("on_time"));
    CHECK(reception.value(QStringLiteral("reception.way")) == QStringLiteral("in_person"));
    CHECK(reception.value(QStringLiteral("reception.documents_date")) == QStringLiteral("2026-01-07"));
    CHECK(reception.value(QStringLiteral("reception.documents_check")) == s("法律文书齐全"));
    CHECK(reception.value(QStringLiteral("reception.identity_check")) == s("核对身份证无误"));
    CHECK(reception.value(QStringLiteral("reception.notified")) == s("已告知报到和请假规定"));

    const FormData plan = o.one(QStringLiteral("correction-plan"), o.subject);
    CHECK(plan.value(QStringLiteral("plan.supervision")) == s("每月当面报告两次。"));
    CHECK(plan.value(QStringLiteral("plan.evaluated_on")) == QStringLiteral("2026-04-09"));
    CHECK(plan.value(QStringLiteral("plan.family")) == s("父亲张大山，家庭和睦"));
    CHECK(plan.value(QStringLiteral("plan.livelihood")) == s("水产加工工人"));
    CHECK(plan.value(QStringLiteral("plan.crime_cause")) == s("法律意识淡薄。"));
    CHECK(plan.value(QStringLiteral("plan.repentance")) == s("认罪悔罪。"));
    CHECK(plan.value(QStringLiteral("plan.psychology")) == s("性格内向。"));
    CHECK(plan.value(QStringLiteral("plan.health")) == s("健康"));
    CHECK(plan.value(QStringLiteral("plan.focus")) == s("法治教育。"));
    CHECK(o.one(QStringLiteral("correction-announcement"), o.subject).value(QStringLiteral("announcement.date"))
          == QStringLiteral("2026-01-09"));

    // Leave: a copy per request, oldest first; the certificate for approved leave only.
    const QList<FormData> leave = o.fill(QStringLiteral("correction-leave"), o.subject);
    REQUIRE(leave.size() == 2);
    CHECK(leave[0].value(QStringLiteral("leave.from")) == QStringLiteral("2026-03-20"));
    CHECK(leave[0].value(QStringLiteral("leave.days")) == QStringLiteral("5"));
    CHECK(leave[0].value(QStringLiteral("leave.destination")) == s("杭州市"));
    CHECK(leave[0].value(QStringLiteral("leave.companion")) == s("妻子"));
    // Within the office's limit the office decided: its decision in the office's box, signed by
    // who decided, and the county's box left empty.
    CHECK(leave[0].value(QStringLiteral("leave.office_opinion")) == s("情况属实，建议批准。　同意。"));
    CHECK(leave[0].value(QStringLiteral("leave.office_reviewer")) == s("丁所长"));
    CHECK(leave[0].value(QStringLiteral("leave.office_date")) == QStringLiteral("2026-03-16"));
    CHECK_FALSE(leave[0].has(QStringLiteral("leave.county_opinion")));
    CHECK_FALSE(leave[0].has(QStringLiteral("leave.county_approver")));
    CHECK_FALSE(leave[0].has(QStringLiteral("leave.county_date")));
    CHECK(leave[0].value(QStringLiteral("leave.returned")) == QStringLiteral("2026-03-24"));
    CHECK(leave[0].value(QStringLiteral("leave.return_staff")) == s("陈志明"));
    CHECK(leave[0].value(QStringLiteral("leave.approved_by")) == s("石浦镇司法所"));  // within the office's limit
    CHECK(leave[1].value(QStringLiteral("leave.days")) == QStringLiteral("12"));
    CHECK(leave[1].value(QStringLiteral("leave.office_reviewer")) == s("陈志明"));  // reviewed, for the county
    CHECK_FALSE(leave[1].has(QStringLiteral("leave.county_date")));
    CHECK_FALSE(leave[1].has(QStringLiteral("leave.approved_by")));
    CHECK(leave[0].label != leave[1].label);
    const QList<FormData> certificate = o.fill(QStringLiteral("correction-leave-certificate"), o.subject);
    REQUIRE(certificate.size() == 1);
    CHECK(certificate[0].value(QStringLiteral("leave.certificate_no")) == s("石司矫外字〔2026〕第3号"));
    CHECK(certificate[0].value(QStringLiteral("leave.approved_on")) == QStringLiteral("2026-03-16"));
    // Above the limit the county decided: its box, after the office's review.
    const FormData county = o.one(QStringLiteral("correction-leave"), o.released);
    CHECK(county.value(QStringLiteral("leave.office_opinion")) == s("情况属实，建议批准。"));
    CHECK(county.value(QStringLiteral("leave.office_reviewer")) == s("陈志明"));
    CHECK(county.value(QStringLiteral("leave.office_date")) == QStringLiteral("2025-05-21"));
    CHECK(county.value(QStringLiteral("leave.county_opinion")) == s("同意。"));
    CHECK(county.value(QStringLiteral("leave.county_approver")) == s("丁所长"));
    CHECK(county.value(QStringLiteral("leave.county_date")) == QStringLiteral("2025-05-26"));
    CHECK(county.value(QStringLiteral("leave.approved_by")) == agency);
    CHECK(county.value(QStringLiteral("leave.approved_on")) == QStringLiteral("2025-05-26"));
    CHECK(o.one(QStringLiteral("correction-leave"), o.subject, o.leaveWaiting).value(QStringLiteral("leave.to"))
          == QStringLiteral("2026-07-12"));

    const FormData visitor = o.one(QStringLiteral("correction-visitor"), o.subject);
    CHECK(visitor.value(QStringLiteral("visitor.name")) == s("李四"));
    CHECK(visitor.value(QStringLiteral("visitor.relation")) == s("邻居"));
    CHECK(visitor.value(QStringLiteral("visitor.identity")) == QStringLiteral("victim"));
    CHECK(visitor.value(QStringLiteral("visitor.sex")) == QStringLiteral("2"));  // from the ID number
    CHECK(visitor.value(QStringLiteral("visitor.id_number")).startsWith(QStringLiteral("330225197007")));
    CHECK(visitor.value(QStringLiteral("visitor.address")) == s("石浦镇东门村5组8号"));
    CHECK(visitor.value(QStringLiteral("visitor.phone")) == QStringLiteral("13511112222"));
    CHECK(visitor.value(QStringLiteral("visitor.time")) == QStringLiteral("2026-05-05"));
    CHECK(visitor.value(QStringLiteral("visitor.place")) == s("东门村调解室"));
    CHECK(visitor.value(QStringLiteral("visitor.county_date")) == QStringLiteral("2026-05-03"));
    const FormData place = o.one(QStringLiteral("correction-restricted-place"), o.subject);
    CHECK(place.value(QStringLiteral("place.name")) == s("石浦镇某网吧"));
    CHECK(place.value(QStringLiteral("place.evidence")) == s("单位证明"));
    CHECK(place.value(QStringLiteral("subject.prohibition_from")) == QStringLiteral("2026-01-05"));
    const FormData travel = o.one(QStringLiteral("correction-frequent-travel"), o.subject);
    CHECK(travel.value(QStringLiteral("travel.destinations")) == s("宁波市海曙区"));
    CHECK(travel.value(QStringLiteral("travel.frequency")) == s("每周两次"));
    CHECK(travel.value(QStringLiteral("travel.from")) == QStringLiteral("2026-04-05"));  // valid six months from approval
    CHECK(travel.value(QStringLiteral("travel.to")) == QStringLiteral("2026-10-04"));
    const FormData transfer = o.one(QStringLiteral("correction-transfer"), o.subject);
    CHECK(transfer.value(QStringLiteral("transfer.new_address")) == s("宁波市鄞州区某小区1幢"));
    CHECK(transfer.value(QStringLiteral("transfer.new_agency")) == s("宁波市鄞州区社区矫正管理局"));
    CHECK(transfer.value(QStringLiteral("transfer.new_opinion")) == s("同意接收。"));
    CHECK(transfer.value(QStringLiteral("transfer.new_reply_date")) == QStringLiteral("2026-06-06"));
    CHECK(transfer.value(QStringLiteral("transfer.county_date")) == QStringLiteral("2026-06-10"));

    // Sanctions on the approval form, proposals on the proposal.
    const FormData sanction = o.one(QStringLiteral("correction-sanction"), o.subject);
    CHECK(sanction.value(QStringLiteral("sanction.kind")) == QStringLiteral("admonition"));
    CHECK(sanction.value(QStringLiteral("sanction.kind_name")) == s("训诫"));
    CHECK(sanction.value(QStringLiteral("sanction.facts")) == s("迟到三日报告。"));
    CHECK(sanction.value(QStringLiteral("sanction.office_reviewer")) == s("陈志明"));
    CHECK(sanction.value(QStringLiteral("sanction.office_date")) == QStringLiteral("2026-04-10"));
    CHECK(sanction.value(QStringLiteral("sanction.county_date")) == QStringLiteral("2026-04-15"));
    CHECK(sanction.value(QStringLiteral("sanction.decision_no")) == s("象司矫决〔2026〕5号"));
    CHECK_FALSE(sanction.label.isEmpty());
    const FormData proposal = o.one(QStringLiteral("correction-proposal"), o.subject);
    CHECK(proposal.value(QStringLiteral("proposal.kind")) == QStringLiteral("police_penalty"));
    CHECK(proposal.value(QStringLiteral("proposal.measure")) == s("治安管理处罚"));
    CHECK(proposal.value(QStringLiteral("proposal.facts")) == s("违反禁止令进入网吧。"));
    CHECK(proposal.value(QStringLiteral("proposal.grounds")) == s("社区矫正法第二十八条"));
    CHECK(proposal.value(QStringLiteral("proposal.date")) == QStringLiteral("2026-05-20"));
    CHECK(proposal.value(QStringLiteral("proposal.attachments")) == QStringLiteral("2"));
    CHECK_FALSE(proposal.has(QStringLiteral("proposal.addressee")));  // the police, by hand

    // The monthly assessment: March as the grade expects; every month when none is named.
    const FormData march = o.one(QStringLiteral("correction-assessment-monthly"), o.subject, QString(), day(2026, 3, 15));
    CHECK(march.value(QStringLiteral("review.period")) == QStringLiteral("month"));
    CHECK(march.value(QStringLiteral("review.from")) == QStringLiteral("2026-03-01"));
    CHECK(march.value(QStringLiteral("review.to")) == QStringLiteral("2026-03-31"));
    CHECK(march.value(QStringLiteral("subject.grade")) == QStringLiteral("normal"));
    CHECK(march.value(QStringLiteral("review.study_count")) == QStringLiteral("2"));
    CHECK(march.value(QStringLiteral("review.study_hours")) == QStringLiteral("8"));
    CHECK(march.value(QStringLiteral("review.service_count")) == QStringLiteral("2"));
    CHECK(march.value(QStringLiteral("review.service_hours")) == QStringLiteral("8"));
    CHECK(march.value(QStringLiteral("review.result")) == CorrectionForms::tr("Met the requirements of the grade."));
    CHECK(march.value(QStringLiteral("review.score")) == QStringLiteral("2"));
    CHECK(march.value(QStringLiteral("review.movement")).contains(s("2026-03-20")));
    CHECK(march.value(QStringLiteral("review.reporting")).contains(s("当面报告")));
    const FormData january = o.one(QStringLiteral("correction-assessment-monthly"), o.subject, QString(), day(2026, 1, 1));
    CHECK(january.value(QStringLiteral("review.from")) == QStringLiteral("2026-01-08"));  // received that day
    CHECK(january.value(QStringLiteral("subject.grade")) == QStringLiteral("strict"));
    CHECK(january.value(QStringLiteral("review.result")).startsWith(CorrectionForms::tr("Short of the grade's requirements: %1.").left(10)));
    const FormData april = o.one(QStringLiteral("correction-assessment-monthly"), o.subject, QString(), day(2026, 4, 1));
    CHECK(april.value(QStringLiteral("review.sanctions")) == s("训诫（2026-04-15）"));
    CHECK(o.fill(QStringLiteral("correction-assessment-monthly"), o.subject).size() == 6);  // January to June

    // Not released: no announcement or certificate of release yet; the appraisal and the
    // summary print for handwriting.
    CHECK(o.fill(QStringLiteral("correction-release-announcement"), o.subject).isEmpty());
    CHECK(o.fill(QStringLiteral("correction-release-certificate"), o.subject).isEmpty());
    CHECK_FALSE(o.one(QStringLiteral("correction-summary"), o.subject).has(QStringLiteral("summary.text")));

    const FormData certificateOfRelease = o.one(QStringLiteral("correction-release-certificate"), o.released);
    CHECK(certificateOfRelease.value(QStringLiteral("release.date")) == QStringLiteral("2026-02-28"));
    CHECK(certificateOfRelease.value(QStringLiteral("release.ground")) == QStringLiteral("expired"));
    CHECK(certificateOfRelease.value(QStringLiteral("release.certificate_no")) == s("象矫解字〔2026〕第2号"));
    CHECK(certificateOfRelease.value(QStringLiteral("release.issuer")) == QStringLiteral("correction"));
    const FormData appraisal = o.one(QStringLiteral("correction-release-appraisal"), o.released);
    CHECK(appraisal.value(QStringLiteral("release.conduct")) == s("矫正期间表现良好。"));
    CHECK(appraisal.value(QStringLiteral("release.attitude")) == s("认罪服法"));
    CHECK(appraisal.value(QStringLiteral("release.risk")) == s("低风险"));
    CHECK(appraisal.value(QStringLiteral("release.remarks")) == s("无\n纳入安置帮教。"));
    CHECK(appraisal.value(QStringLiteral("release.office_date")) == QStringLiteral("2026-02-18"));
    const FormData announcement = o.one(QStringLiteral("correction-release-announcement"), o.released);
    CHECK(announcement.value(QStringLiteral("release.appraisal")) == s("矫正期间表现良好。"));
    CHECK(announcement.value(QStringLiteral("release.place")) == s("石浦镇司法所"));
    CHECK(announcement.value(QStringLiteral("release.announced")) == QStringLiteral("2026-02-28"));
    const FormData summary = o.one(QStringLiteral("correction-summary"), o.released);
    CHECK(summary.value(QStringLiteral("summary.text")) == s("我认真接受矫正。"));
    CHECK(summary.value(QStringLiteral("summary.date")) == QStringLiteral("2026-02-10"));

    // The pre-sentence assessment, from its record.
    const FormData opinion = o.one(QStringLiteral("correction-assessment"), o.assessment);
    CHECK(opinion.value(QStringLiteral("subject.name")) == s("赵六"));
    CHECK(opinion.value(QStringLiteral("subject.sex")) == QStringLiteral("2"));          // from the ID number
    CHECK(opinion.value(QStringLiteral("subject.birth")) == QStringLiteral("1990-02-03"));
    CHECK(opinion.value(QStringLiteral("subject.address")) == s("象山县石浦镇番西村5号"));
    CHECK(opinion.value(QStringLiteral("subject.correction_type")) == QStringLiteral("02"));
    CHECK(opinion.value(QStringLiteral("assessment.no")) == s("象法评委〔2026〕9号"));
    CHECK(opinion.value(QStringLiteral("assessment.entrusted_by")) == s("象山县人民法院"));
    CHECK(opinion.value(QStringLiteral("assessment.from")) == QStringLiteral("2026-06-01"));
    CHECK(opinion.value(QStringLiteral("assessment.date")) == QStringLiteral("2026-06-10"));
    CHECK(opinion.value(QStringLiteral("assessment.residence")) == s("有固定住所。"));
    CHECK(opinion.value(QStringLiteral("assessment.community_opinion")) == s("村委会同意。"));
    CHECK(opinion.value(QStringLiteral("assessment.risk")) == s("社会危险性低。"));
    CHECK(opinion.value(QStringLiteral("assessment.opinion")) == CorrectionForms::tr("community correction is suitable"));
    // A subject without an assessment has nothing for the form.
    CHECK(o.fill(QStringLiteral("correction-assessment"), o.subject).isEmpty());
}

TEST_CASE("correction forms: the county agency they name is an office setting", "[forms][correction][settings]")
{
    FormsOffice o;
    const QString derived = CorrectionForms::tr("%1 Community Correction Bureau").arg(s("象山县"));
    CHECK(sifa::Office::defaultCountyCorrectionAgency(o.db()) == derived);
    CHECK(DbSettings::get(o.db(), DbSettings::CountyCorrectionAgency).isEmpty());
    CHECK(sifa::Office::countyCorrectionAgency(o.db()) == derived);

    // Only an administrator changes it; the forms, filled or blank, then name the setting's agency.
    const QString name = s("象山县司法局社区矫正科");
    CHECK(DbSettings::set(o.db(), o.officer, DbSettings::CountyCorrectionAgency.def, name).code()
          == ErrorCode::PermissionDenied);
    const Session admin = o.office.signIn(QStringLiteral("admin"));
    REQUIRE(DbSettings::set(o.db(), admin, DbSettings::CountyCorrectionAgency.def, QStringLiteral("  ") + name).ok());
    CHECK(sifa::Office::countyCorrectionAgency(o.db()) == name);
    CHECK(sifa::Office::defaultCountyCorrectionAgency(o.db()) == derived);
    CHECK(o.one(QStringLiteral("correction-reception"), o.subject).value(QStringLiteral("county.agency")) == name);
    CHECK(CorrectionForms::officeValues(o.db()).value(QStringLiteral("county.agency")) == name);
    CHECK(o.one(QStringLiteral("correction-leave"), o.released).value(QStringLiteral("leave.approved_by")) == name);
    CHECK(DbSettings::find(QStringLiteral("correction.county_agency")) == &DbSettings::CountyCorrectionAgency.def);

    // Emptied again: back to the county's bureau.
    REQUIRE(DbSettings::set(o.db(), admin, DbSettings::CountyCorrectionAgency.def, QString()).ok());
    CHECK(sifa::Office::countyCorrectionAgency(o.db()) == derived);
}

TEST_CASE("correction forms: the copy of one record, and the refusals", "[forms][correction]")
{
    FormsOffice o;
    CorrectionFormQuery q;
    q.subject = o.subject;

    // One request or sanction: its copy only; a record of another kind or file is refused.
    CHECK(o.fill(QStringLiteral("correction-leave"), o.subject, o.leaveBack).size() == 1);
    CHECK(o.fill(QStringLiteral("correction-sanction"), o.subject, o.admonition).size() == 1);
    CHECK(o.fill(QStringLiteral("correction-proposal"), o.subject, o.penalty).size() == 1);
    for (const auto &[form, record, code] :
         {std::tuple{QStringLiteral("correction-visitor"), o.leaveBack, ErrorCode::InvalidInput},
          std::tuple{QStringLiteral("correction-proposal"), o.admonition, ErrorCode::InvalidInput},
          std::tuple{QStringLiteral("correction-leave-certificate"), o.leaveWaiting, ErrorCode::InvalidInput},
          std::tuple{QStringLiteral("correction-leave"), QStringLiteral("no-such-request"), ErrorCode::NotFound},
          std::tuple{QStringLiteral("correction-plan"), o.leaveBack, ErrorCode::InvalidInput}}) {
        INFO(form.toStdString());
        q.record = record;
        Result<QList<FormData>> r = CorrectionForms::fill(o.db(), o.officer, form, q);
        REQUIRE_FALSE(r);
        CHECK(r.code() == code);
    }
    q.record.clear();
    q.month = day(2025, 12, 1);  // before the reception
    CHECK(CorrectionForms::fill(o.db(), o.officer, QStringLiteral("correction-assessment-monthly"), q).code()
          == ErrorCode::InvalidInput);
    q.month = QDate();
    CHECK(CorrectionForms::fill(o.db(), o.officer, QStringLiteral("agreement"), q).code() == ErrorCode::InvalidInput);
    q.subject = QStringLiteral("no-such-file");
    CHECK(CorrectionForms::fill(o.db(), o.officer, QStringLiteral("correction-plan"), q).code() == ErrorCode::NotFound);

    // Only those who read correction files print them; the refusal says nothing of the file.
    for (const QString &role : {QStringLiteral("mediator"), QStringLiteral("clerk"), QStringLiteral("auditor")}) {
        INFO(role.toStdString());
        const Session session = o.office.signIn(role);
        q.subject = o.subject;
        CHECK(CorrectionForms::fill(o.db(), session, QStringLiteral("correction-plan"), q).code()
              == ErrorCode::PermissionDenied);
        q.subject = o.assessment;
        CHECK(CorrectionForms::fill(o.db(), session, QStringLiteral("correction-assessment"), q).code()
              == ErrorCode::PermissionDenied);
    }

    // A sealed file opens only with the approval, and the opening is audited.
    q.subject = o.minor;
    Result<QList<FormData>> sealed = CorrectionForms::fill(o.db(), o.officer, QStringLiteral("correction-team"), q);
    REQUIRE_FALSE(sealed);
    CHECK(sealed.code() == ErrorCode::PermissionDenied);
    q.sealApproval = s("象司封启〔2026〕1号");
    Result<QList<FormData>> opened = CorrectionForms::fill(o.db(), o.officer, QStringLiteral("correction-team"), q);
    REQUIRE(opened);
    CHECK(opened->first().list(QStringLiteral("team")).size() == 2);
    CHECK(Query::scalar(o.db(), QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'correction.open_sealed'"),
                        {}, QStringLiteral("test"))
              ->toInt()
          == 1);

    // Printed from a window that has the file open: read again, no new audit entry; the checks stay.
    const auto opens = [&] {
        return Query::scalar(o.db(),
                             QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action LIKE 'correction.open%'"), {},
                             QStringLiteral("test"))
            ->toInt();
    };
    const int before = opens();
    q.subject = o.subject;
    q.sealApproval.clear();
    q.opened = true;
    for (const QString &form : {QStringLiteral("correction-plan"), QStringLiteral("correction-leave")})
        REQUIRE(CorrectionForms::fill(o.db(), o.officer, form, q));
    CHECK(opens() == before);
    const Session mediator = o.office.signIn(QStringLiteral("mediator"));
    CHECK(CorrectionForms::fill(o.db(), mediator, QStringLiteral("correction-plan"), q).code()
          == ErrorCode::PermissionDenied);
    q.subject = o.minor;
    CHECK(CorrectionForms::fill(o.db(), o.officer, QStringLiteral("correction-team"), q).code()
          == ErrorCode::PermissionDenied);
    q.subject = o.subject;
    q.opened = false;
    REQUIRE(CorrectionForms::fill(o.db(), o.officer, QStringLiteral("correction-plan"), q));
    CHECK(opens() == before + 1);
}

TEST_CASE("correction forms: every placeholder is filled from the file or kept for handwriting", "[forms][correction]")
{
    FormsOffice o;
    QList<FormData> all;
    for (const QString &id : CorrectionForms::forms()) {
        for (const QString &uuid : {o.subject, o.released, o.assessment}) {
            if ((id == QLatin1String("correction-assessment")) != (uuid == o.assessment))
                continue;
            all += o.fill(id, uuid);
        }
    }
    QSet<QString> values;
    QHash<QString, QSet<QString>> items;
    for (const FormData &d : std::as_const(all)) {
        for (auto it = d.values().cbegin(); it != d.values().cend(); ++it)
            values.insert(it.key());
        for (const QString &list : {QStringLiteral("team"), QStringLiteral("family")}) {
            for (const FormData::Item &item : d.list(list)) {
                for (auto it = item.cbegin(); it != item.cend(); ++it)
                    items[list].insert(it.key());
            }
        }
    }
    // What the file does not hold: written on the paper.
    const QSet<QString> handwritten{
        QStringLiteral("review.repentance"),       QStringLiteral("review.repentance_score"),
        QStringLiteral("review.law"),              QStringLiteral("review.law_score"),
        QStringLiteral("review.obligations"),      QStringLiteral("review.obligations_score"),
        QStringLiteral("review.reporting_score"),  QStringLiteral("review.movement_score"),
        QStringLiteral("review.supervision_score"), QStringLiteral("review.study"),
        QStringLiteral("review.study_score"),      QStringLiteral("review.service"),
        QStringLiteral("review.service_score"),    QStringLiteral("review.sanctions_score"),
        QStringLiteral("review.supervision"),      QStringLiteral("review.team_opinion"),
        QStringLiteral("review.office_opinion"),   QStringLiteral("review.office_reviewer"),
        QStringLiteral("review.office_date"),      QStringLiteral("review.county_opinion"),
        QStringLiteral("review.county_reviewer"),  QStringLiteral("review.county_date"),
        QStringLiteral("plan.office_opinion"),
        QStringLiteral("plan.office_date"),        QStringLiteral("plan.county_opinion"),
        QStringLiteral("plan.county_reviewer"),    QStringLiteral("plan.county_date"),
        QStringLiteral("release.attendees"),       QStringLiteral("release.office_opinion"),
        QStringLiteral("release.county_opinion"),  QStringLiteral("release.county_reviewer"),
        QStringLiteral("release.county_date"),     QStringLiteral("sanction.county_approver"),
        QStringLiteral("sanction.announced_note"), QStringLiteral("sanction.announced"),
        QStringLiteral("proposal.no"),             QStringLiteral("proposal.addressee"),
        QStringLiteral("proposal.copy_to"),        QStringLiteral("assessment.copy_to"),
        QStringLiteral("assessment.victim_opinion"),
    };
    QSet<QString> used;
    for (const FormTemplate *t : FormTemplates::ofModule(QStringLiteral("correction"))) {
        CHECK(CorrectionForms::isCorrectionForm(t->id));
        QList<Placeholder> found;
        placeholders(t->blocks, QString(), QString(), &found);
        for (const Placeholder &p : std::as_const(found)) {
            INFO(t->id.toStdString() << ": {" << p.key.toStdString() << "}");
            if (!p.as.isEmpty() && p.key.startsWith(p.as + QLatin1Char('.'))) {
                CHECK(items.value(p.list).contains(p.key.mid(p.as.size() + 1)));
                continue;
            }
            used.insert(p.key);
            if (!handwritten.contains(p.key))
                CHECK(values.contains(p.key));
        }
    }
    CHECK(FormTemplates::ofModule(QStringLiteral("correction")).size() == CorrectionForms::forms().size());
    // The handwritten list names only keys the templates use (nothing stale).
    for (const QString &key : handwritten) {
        INFO(key.toStdString());
        CHECK(used.contains(key));
    }
}

TEST_CASE("correction forms: every form prints as A4 with its fonts embedded and the file's values",
          "[print][golden][correction]")
{
    FormsOffice o;
    QTemporaryDir dir;
    for (const QString &id : CorrectionForms::forms()) {
        INFO(id.toStdString());
        CorrectionFormQuery q;
        q.subject = id == QLatin1String("correction-assessment") ? o.assessment
                    : id.startsWith(QLatin1String("correction-release")) || id == QLatin1String("correction-summary")
                        ? o.released
                        : o.subject;
        if (id == QLatin1String("correction-assessment-monthly"))
            q.month = day(2026, 3, 1);
        Result<PrintJob> job = CorrectionForms::job(o.db(), o.officer, id, q);
        INFO(job.message().toStdString());
        REQUIRE(job);
        const int copies = static_cast<int>(job->parts.first().copies.size());
        const Pdf pdf = print(*job, dir, QStringLiteral("golden-") + id);
        CHECK(pdf.a4);
        CHECK(pdf.fontsNotEmbedded.isEmpty());
        CHECK(pdf.pages >= copies);
        CHECK(pdf.pages <= 2 * copies);
        const qsizetype title = pdf.text.indexOf(printedTitle(id));
        CHECK(title >= 0);
        const QString name = id == QLatin1String("correction-assessment") ? s("赵六")
                             : q.subject == o.released                    ? s("王五")
                                                                          : s("张三");
        CHECK(pdf.text.indexOf(name, title) > title);
    }
    // Tick boxes: the file's choice ticked (☑, from the symbol font where the CJK font has none).
    CorrectionFormQuery q;
    q.subject = o.subject;
    q.record = o.admonition;
    Result<PrintJob> sanction = CorrectionForms::job(o.db(), o.officer, QStringLiteral("correction-sanction"), q);
    REQUIRE(sanction);
    const Pdf ticked = print(*sanction, dir, QStringLiteral("golden-sanction-ticked"));
    CHECK(ticked.text.contains(s("表扬□训诫☑警告□")));
    CHECK(ticked.fontsNotEmbedded.isEmpty());
    q.record.clear();
    Result<PrintJob> reception = CorrectionForms::job(o.db(), o.officer, QStringLiteral("correction-reception"), q);
    REQUIRE(reception);
    const Pdf received = print(*reception, dir, QStringLiteral("golden-reception-ticked"));
    CHECK(received.text.contains(s("本人报到☑移送□")));
    CHECK(received.text.contains(s("按时报到☑超时报到□未报到□")));
    q.subject = o.released;
    Result<PrintJob> release =
        CorrectionForms::job(o.db(), o.officer, QStringLiteral("correction-release-certificate"), q);
    REQUIRE(release);
    CHECK(print(*release, dir, QStringLiteral("golden-release-ticked")).text.contains(s("矫正期满☑被赦免□")));
    // The charge reads once in sentences that add 罪 themselves.
    q.subject = o.subject;
    q.subject = o.subject;
    Result<PrintJob> announcement = CorrectionForms::job(o.db(), o.officer, QStringLiteral("correction-announcement"), q);
    REQUIRE(announcement);
    const Pdf text = print(*announcement, dir, QStringLiteral("golden-announcement-charge"));
    CHECK(text.text.contains(s("你因犯盗窃罪，")));
    CHECK_FALSE(text.text.contains(s("盗窃罪罪")));
    CHECK(text.text.contains(s("组长：陈志明；成员：李秀英")));
    // One copy per request: the two leave requests on their own pages.
    Result<PrintJob> leave = CorrectionForms::job(o.db(), o.officer, QStringLiteral("correction-leave"), q);
    REQUIRE(leave);
    const Pdf two = print(*leave, dir, QStringLiteral("golden-leave-copies"));
    CHECK(two.pages == 2);
    CHECK(two.text.count(s("社区矫正对象外出审批表")) == 2);
    // Nothing for the form yet: a clear refusal that suggests the blank form.
    q.subject = o.subject;
    Result<PrintJob> none = CorrectionForms::job(o.db(), o.officer, QStringLiteral("correction-release-certificate"), q);
    REQUIRE_FALSE(none);
    CHECK(none.code() == ErrorCode::NotFound);
    // A blank form keeps the office's name and nothing of the file.
    FormOptions blank;
    blank.blank = true;
    Result<PrintJob> empty = CorrectionForms::job(o.db(), o.officer, QStringLiteral("correction-team"), q, blank);
    REQUIRE(empty);
    const Pdf paper = print(*empty, dir, QStringLiteral("blank-correction-team"));
    CHECK(paper.text.contains(s("石浦镇司法所")));
    CHECK_FALSE(paper.text.contains(s("张三")));
}

TEST_CASE("sifa print --subject: the correction forms of a demo file, and bad requests in one line",
          "[cli][print][correction]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("office.sqlite"));
    const auto run = [](const QStringList &args) {
        QProcess p;
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        e.remove(QStringLiteral("SIFA_PASSWORD"));
        e.insert(QStringLiteral("SIFA_LANG"), QStringLiteral("en"));
        p.setProcessEnvironment(e);
        p.start(QStringLiteral(SIFA_CLI_PATH), args);
        REQUIRE(p.waitForStarted());
        p.closeWriteChannel();
        REQUIRE(p.waitForFinished(180000));
        return std::pair<int, QString>{p.exitCode(), QString::fromUtf8(p.readAllStandardError())};
    };
    int code = 0;
    QString err;
    std::tie(code, err) = run({QStringLiteral("demo"), QStringLiteral("--db"), db, QStringLiteral("--people"),
                            QStringLiteral("0"), QStringLiteral("--disputes"), QStringLiteral("0"),
                            QStringLiteral("--subjects"), QStringLiteral("25")});
    INFO(err.toStdString());
    REQUIRE(code == 0);
    QString subject;
    QString leave;
    QString sanction;
    {
        Result<std::unique_ptr<Database>> opened = Database::open(db);
        REQUIRE(opened);
        subject = Query::scalar(**opened,
                                QStringLiteral("SELECT subject_uuid FROM cc_request WHERE kind = 'leave' AND "
                                               "returned_date <> '' LIMIT 1"),
                                {}, QStringLiteral("test"))
                      ->toString();
        leave = Query::scalar(**opened,
                              QStringLiteral("SELECT uuid FROM cc_request WHERE subject_uuid = :s AND kind = 'leave' LIMIT 1"),
                              {{QStringLiteral(":s"), subject}}, QStringLiteral("test"))
                    ->toString();
        sanction = Query::scalar(**opened, QStringLiteral("SELECT uuid FROM cc_sanction LIMIT 1"), {}, QStringLiteral("test"))
                       ->toString();
    }
    REQUIRE_FALSE(subject.isEmpty());
    const QString pdf = dir.filePath(QStringLiteral("leave.pdf"));
    std::tie(code, err) = run({QStringLiteral("print"), QStringLiteral("correction-leave-certificate"), QStringLiteral("--db"),
                               db, QStringLiteral("--subject"), subject, QStringLiteral("--request"), leave,
                               QStringLiteral("--out"), pdf});
    INFO(err.toStdString());
    CHECK(code == 0);
    CHECK(QFile::exists(pdf));
    const QString month = dir.filePath(QStringLiteral("month.pdf"));
    std::tie(code, err) = run({QStringLiteral("print"), QStringLiteral("correction-assessment-monthly"),
                               QStringLiteral("--db"), db, QStringLiteral("--subject"), subject, QStringLiteral("--month"),
                               Clock::today().addMonths(-1).toString(QStringLiteral("yyyy-MM")), QStringLiteral("--out"),
                               month});
    CHECK(code == 0);
    CHECK(QFile::exists(month));

    const QString none = dir.filePath(QStringLiteral("none.pdf"));
    const QList<QPair<QStringList, int>> bad{
        {{QStringLiteral("print"), QStringLiteral("agreement"), QStringLiteral("--db"), db, QStringLiteral("--subject"),
          subject, QStringLiteral("--out"), none},
         2},
        {{QStringLiteral("print"), QStringLiteral("correction-leave"), QStringLiteral("--db"), db, QStringLiteral("--request"),
          leave, QStringLiteral("--blank"), QStringLiteral("--out"), none},
         2},
        {{QStringLiteral("print"), QStringLiteral("correction-leave"), QStringLiteral("--db"), db, QStringLiteral("--subject"),
          subject, QStringLiteral("--request"), leave, QStringLiteral("--sanction"), sanction, QStringLiteral("--out"), none},
         2},
        {{QStringLiteral("print"), QStringLiteral("correction-assessment-monthly"), QStringLiteral("--db"), db,
          QStringLiteral("--subject"), subject, QStringLiteral("--month"), QStringLiteral("2026-13"), QStringLiteral("--out"),
          none},
         2},
        {{QStringLiteral("print"), QStringLiteral("correction-plan"), QStringLiteral("--db"), db, QStringLiteral("--subject"),
          QStringLiteral("no-such-file"), QStringLiteral("--out"), none},
         1},
        {{QStringLiteral("print"), QStringLiteral("correction-visitor"), QStringLiteral("--db"), db, QStringLiteral("--subject"),
          subject, QStringLiteral("--request"), leave, QStringLiteral("--out"), none},
         1},
    };
    for (const auto &[args, expected] : bad) {
        INFO(args.join(QLatin1Char(' ')).toStdString());
        std::tie(code, err) = run(args);
        CHECK(code == expected);
        CHECK(err.trimmed().count(QLatin1Char('\n')) == 0);
        CHECK(err.startsWith(QStringLiteral("sifa: ")));
        CHECK_FALSE(QFile::exists(none));
    }
}
