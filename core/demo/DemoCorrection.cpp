#include "demo/DemoCorrection.h"
#include "demo/DemoCorrectionBuilder.h"

#include "correction/CorrectionRepository.h"
#include "correction/CorrectionService.h"
#include "correction/GradeRules.h"
#include "domain/Office.h"
#include "people/PersonRepository.h"
#include "security/Users.h"
#include "storage/Database.h"
#include "util/Time.h"

#include <QVariantMap>

#include <algorithm>
#include <cmath>
#include <functional>
#include <iterator>

namespace sifa {

namespace {

// 1 → 一, 12 → 十二 (the terms of sentences).
QString chinese(int n)
{
    static const QString digits = QStringLiteral("零一二三四五六七八九");
    if (n < 10)
        return QString(digits.at(qBound(0, n, 9)));
    const int tens = n / 10;
    const int ones = n % 10;
    QString out = tens == 1 ? QString() : QString(digits.at(tens % 10));
    out += QStringLiteral("十");
    if (ones > 0)
        out += digits.at(ones);
    return out;
}

// 18 → 一年六个月, 8 → 八个月, 24 → 二年: a term as a judgment writes it.
QString termText(int months)
{
    QString out;
    if (months >= 12)
        out += chinese(months / 12) + QStringLiteral("年");
    if (months % 12 != 0)
        out += chinese(months % 12) + QStringLiteral("个月");
    return out;
}

// The yuan amount a judgment writes (人民币一万二千元 is written as 人民币12000元 in practice).
QString yuan(int amount)
{
    return QStringLiteral("人民币%1元").arg(amount);
}

struct Charge {
    const char *name;
    const char *category;
    const char *facts;  // {V} the village, {N} an amount or a measure
    int from;
    int to;
    bool fine;
    bool detention;  // 拘役 rather than 有期徒刑
    const char *prohibition;
    const char *tag;
};

const Charge kCharges[] = {
    {"危险驾驶罪", "危害公共安全罪",
     "被告人饮酒后驾驶小型轿车行驶至象山县石浦镇{V}路段时被公安民警查获，经鉴定其血液中乙醇含量为{N}mg/100ml，"
     "属醉酒驾驶机动车。案发后如实供述自己的罪行。",
     95, 210, true, true, nullptr, "reoffend.drunk_driving"},
    {"盗窃罪", "侵犯财产罪",
     "被告人先后多次在象山县石浦镇{V}等地，采用剪断锁具等手段窃取他人电动车电瓶、渔具等财物，价值共计人民币{N}元。"
     "赃物已追回发还被害人。",
     3200, 18000, true, false, nullptr, "reoffend.theft"},
    {"诈骗罪", "侵犯财产罪",
     "被告人以帮助他人办理低息贷款、疏通关系为名，虚构事实，骗取被害人钱款共计人民币{N}元，案发后已退赔全部赃款。",
     32000, 160000, true, false, nullptr, "reoffend.fraud"},
    {"故意伤害罪", "侵犯公民人身权利、民主权利罪",
     "被告人因琐事与同村村民发生争执，持木棍击打对方头部，致其轻伤二级。案发后赔偿被害人经济损失人民币{N}元并取得谅解。",
     20000, 60000, false, false, nullptr, nullptr},
    {"交通肇事罪", "危害公共安全罪",
     "被告人驾驶货车在象山县石浦镇沿海中线路段行驶时未确保安全，与横过道路的行人发生碰撞，致其经抢救无效死亡，"
     "经认定负事故主要责任。案发后自动投案，并赔偿被害人近亲属人民币{N}元。",
     400000, 900000, false, false, nullptr, nullptr},
    {"开设赌场罪", "妨害社会管理秩序罪",
     "被告人在象山县石浦镇{V}租用民房开设赌场，纠集他人以“推牌九”方式聚众赌博并从中抽头渔利，累计抽头人民币{N}元。",
     20000, 80000, true, false, "禁止进入棋牌室、麻将馆等娱乐场所", "reoffend.gambling"},
    {"帮助信息网络犯罪活动罪", "妨害社会管理秩序罪",
     "被告人明知他人利用信息网络实施犯罪，仍将本人名下的银行卡及网银U盾出租给他人使用，经查该银行卡接收电信网络诈骗"
     "资金共计人民币{N}元。",
     200000, 900000, true, false, nullptr, "reoffend.fraud"},
    {"非法捕捞水产品罪", "妨害社会管理秩序罪",
     "被告人在东海伏季休渔期间，驾驶渔船在禁渔区内使用禁用网具非法捕捞水产品，渔获物共计{N}公斤。", 800, 3000, false,
     false, nullptr, nullptr},
    {"寻衅滋事罪", "妨害社会管理秩序罪",
     "被告人酒后在象山县石浦镇某排档无故殴打他人并损毁店内财物，致一人轻微伤，造成损失人民币{N}元，情节恶劣。", 3000,
     9000, false, false, "禁止进入酒吧、KTV等娱乐场所", nullptr},
    {"非法吸收公众存款罪", "破坏社会主义市场经济秩序罪",
     "被告人以经营水产冷库需资金周转为由，以高额利息为诱饵向社会不特定公众吸收存款共计人民币{N}元，案发时尚有部分"
     "未能归还。",
     1500000, 6000000, true, false, nullptr, nullptr},
};

const char *const kTopics[] = {"宪法和社区矫正法学习", "反电信网络诈骗专题讲座", "道路交通安全法规教育",
                               "心理健康辅导讲座",     "禁毒知识教育",             "民法典专题学习",
                               "安全生产知识培训",     "警示教育片观看",           "渔业法律法规学习"};
const char *const kWelfare[] = {"石浦渔港码头环境卫生清扫", "村道垃圾清理", "镇敬老院志愿服务", "海岸线垃圾清理",
                                "文明交通劝导",             "镇图书馆图书整理", "防台防汛物资搬运"};
const char *const kPrisons[] = {"浙江省第二监狱", "浙江省第四监狱", "浙江省乔司监狱"};
const char *const kEmployers[] = {"象山县石浦某水产食品有限公司", "象山县某海洋渔业专业合作社", "石浦镇某汽车修理厂",
                                  "象山县某建筑劳务有限公司",     "石浦镇某冷冻厂",             "象山县某物流有限公司"};
}  // namespace

namespace demo_correction {

Result<Made> Builder::subject(const Spec &s)
{
    const Charge &c = kCharges[s.charge];
    Made m;
    m.effective = ago(s.effectiveAgo);
    const QDate birth = m.effective.addYears(-s.age).addDays(-between(1, 360));
    Person p = m_people.local(s.male, birth);
    for (int tries = 0; tries < 5; ++tries) {  // a drawn ID number may be someone's already
        Result<std::optional<Person>> taken = PersonRepository::findByIdNumber(m_db, p.idType, p.idNumber);
        if (!taken)
            return taken.error();
        if (!taken->has_value())
            break;
        p = m_people.local(s.male, birth);
    }
    if (!s.employer.isEmpty())
        p.employer = s.employer;
    m.village = p.residenceAddress.left(p.residenceAddress.indexOf(QStringLiteral("村")) + 1);

    // The period: a suspended sentence's probation runs from the judgment; parole and
    // execution outside prison from the release; 管制 from the execution.
    m.periodFrom = m.effective;
    m.periodTo = m.periodFrom.addMonths(s.periodMonths).addDays(-1);
    QVariantMap f;
    f.insert(QStringLiteral("correction_type"), s.type);
    if (!s.outside.isEmpty())
        f.insert(QStringLiteral("outside_reason"), s.outside);
    QString court = s.court;
    QString handing;
    QDate judged = m.effective.addDays(-between(11, 16));
    QString judgmentNo;
    if (s.type == QLatin1String("03")) {
        court = court.isEmpty() ? QStringLiteral("宁波市中级人民法院") : court;
        handing = pick(kPrisons);
        judged = m.effective.addDays(-between(2, 5));
        judgmentNo = u("（%1）浙02刑更%2号").arg(judged.year()).arg(between(1200, 5600));
    } else if (s.type == QLatin1String("04") && s.outside == QLatin1String("medical")) {
        court = court.isEmpty() ? QStringLiteral("浙江省监狱管理局") : court;
        handing = QStringLiteral("浙江省第二监狱");
        judged = m.effective.addDays(-between(1, 3));
        judgmentNo = u("浙狱监外决字〔%1〕%2号").arg(judged.year()).arg(between(20, 180));
    } else {
        court = court.isEmpty() ? QStringLiteral("象山县人民法院") : court;
        handing = court;
        judgmentNo = court == QStringLiteral("宁波市中级人民法院")
                         ? u("（%1）浙02刑终%2号").arg(judged.year()).arg(between(80, 620))
                         : u("（%1）浙0225刑初%2号").arg(judged.year()).arg(between(60, 1200));
    }
    f.insert(QStringLiteral("decision_body"), court);
    f.insert(QStringLiteral("handing_body"), handing);
    f.insert(QStringLiteral("judgment_no"), judgmentNo);
    f.insert(QStringLiteral("judgment_date"), iso(judged));
    f.insert(QStringLiteral("effective_date"), iso(m.effective));
    f.insert(QStringLiteral("notice_no"), u("象法刑执通字〔%1〕%2号").arg(m.effective.year()).arg(between(100, 900)));
    f.insert(QStringLiteral("notice_date"), iso(std::min(m.effective.addDays(2), m_today)));
    f.insert(QStringLiteral("charge"), u(c.name));
    f.insert(QStringLiteral("charge_category"), u(c.category));
    int amount = between(c.from, c.to);
    if (amount > 1000)
        amount = amount / 100 * 100;
    QString facts = u(c.facts);
    facts.replace(QStringLiteral("{V}"), m.village).replace(QStringLiteral("{N}"), QString::number(amount));
    f.insert(QStringLiteral("crime_facts"), facts);
    QString sentence;
    if (s.type == QLatin1String("01")) {
        sentence = QStringLiteral("管制") + termText(s.periodMonths);
        f.insert(QStringLiteral("original_term"), termText(s.periodMonths));
        f.insert(QStringLiteral("term_from"), iso(m.periodFrom));
        f.insert(QStringLiteral("term_to"), iso(m.periodTo));
    } else if (s.type == QLatin1String("02")) {
        sentence = (c.detention ? QStringLiteral("拘役") : QStringLiteral("有期徒刑")) + termText(s.prisonMonths)
            + QStringLiteral("，缓刑") + termText(s.periodMonths);
        f.insert(QStringLiteral("original_term"), termText(s.prisonMonths));
    } else {
        sentence = QStringLiteral("有期徒刑") + termText(s.prisonMonths);
        f.insert(QStringLiteral("original_term"), termText(s.prisonMonths));
        f.insert(QStringLiteral("term_from"), iso(m.periodTo.addMonths(-s.prisonMonths).addDays(1)));
        f.insert(QStringLiteral("term_to"), iso(m.periodTo));
    }
    f.insert(QStringLiteral("original_sentence"), sentence);
    f.insert(QStringLiteral("additional_penalty"),
             c.fine ? QStringLiteral("罚金") + yuan(c.detention ? between(3, 12) * 1000 : between(2, 30) * 1000)
                    : QStringLiteral("无"));
    if (c.prohibition) {
        f.insert(QStringLiteral("prohibition"), u(c.prohibition));
        f.insert(QStringLiteral("prohibition_from"), iso(m.periodFrom));
        f.insert(QStringLiteral("prohibition_to"), iso(std::min(m.periodTo, m.periodFrom.addYears(1).addDays(-1))));
    }
    f.insert(QStringLiteral("period_from"), iso(m.periodFrom));
    f.insert(QStringLiteral("period_to"), iso(m.periodTo));
    f.insert(QStringLiteral("household_type"), QStringLiteral("本县户籍"));
    f.insert(QStringLiteral("employment"), !s.employment.isEmpty() ? s.employment
                                           : p.employer.isEmpty()   ? p.occupation
                                                                    : QStringLiteral("在%1务工").arg(p.employer));
    f.insert(QStringLiteral("able_to_work"), s.ableToWork ? 1 : 0);
    QStringList tags;
    if (c.tag)
        tags << u(c.tag);
    if (!s.tags.isEmpty())
        tags << s.tags;
    if (!tags.isEmpty())
        f.insert(QStringLiteral("tags"), tags.join(QLatin1Char(',')));
    if (s.reportAfter >= 0)
        f.insert(QStringLiteral("subject_no"), u("330225%1%2").arg(m.effective.year()).arg(++m_serial + 100, 4, 10, QLatin1Char('0')));
    Result<QString> uuid = CorrectionService::registerSubject(m_db, m_officer, p, f);
    if (!uuid)
        return uuid.error();
    m.uuid = *uuid;
    Result<SubjectFile> file = CorrectionRepository::file(m_db, m.uuid);
    if (!file)
        return file.error();
    m.person = file->person;
    if (s.reportAfter < 0)
        return m;

    // Reporting in, the team, the family, the announcement.
    const QDate reported = std::min(m.effective.addDays(s.reportAfter), m_today);
    m.received = reported;
    // The checks of the reception form: the court's documents arrived within days of the effect.
    const QVariantMap checks{
        {QStringLiteral("reception_documents_date"), iso(std::min(m.effective.addDays(2), reported))},
        {QStringLiteral("reception_documents_check"), u("判决书、执行通知书等法律文书齐全，内容一致")},
        {QStringLiteral("reception_identity_check"), u("核对居民身份证，与法律文书记载一致")},
        {QStringLiteral("reception_notified"),
         u("已告知社区矫正期间应当遵守的法律法规和监督管理规定、报告和外出请假制度，以及违反规定的法律后果")}};
    if (Status st = CorrectionService::recordReception(m_db, m_officer, m.uuid, reported, m.received,
                                                        QStringLiteral("in_person"), m_officerName, checks);
        !st.ok())
        return st.error();
    QList<QVariantMap> relatives;
    if (Status st = family(m, s, &relatives); !st.ok())
        return st.error();
    if (Status st = team(m, s, relatives); !st.ok())
        return st.error();
    // Grades: 严管 for the first two months, then 普管 (宽管 later for some), as the county decided.
    m.grades << Spec::Grade{m.received, QStringLiteral("strict"), u("入矫初期（入矫不满两个月），实行严管")};
    const QDate twoMonths = m.received.addMonths(2);
    if (!s.stayStrict && twoMonths <= yesterday() && twoMonths <= m.periodTo)
        m.grades << Spec::Grade{twoMonths, QStringLiteral("normal"), u("入矫满两个月，期间表现稳定，调整为普管")};
    if (s.lenientAfter > 0 && m.received.addMonths(s.lenientAfter) <= yesterday())
        m.grades << Spec::Grade{m.received.addMonths(s.lenientAfter), QStringLiteral("lenient"),
                                u("普管期间认罪悔罪，遵守监督管理规定，季度考核均为合格以上，调整为宽管")};
    m.grades += s.grades;
    std::stable_sort(m.grades.begin(), m.grades.end(),
                     [](const Spec::Grade &a, const Spec::Grade &b) { return a.from < b.from; });
    for (const Spec::Grade &g : std::as_const(m.grades)) {
        if (Status st = CorrectionService::changeGrade(m_db, m_officer, m.uuid, g.grade, g.from, g.reason, m_county);
            !st.ok())
            return st.error();
    }
    if (!s.announce)
        return m;
    m.announced = std::min(m.received.addDays(between(0, 2)), m_today);
    if (Status st = CorrectionService::announce(m_db, m_officer, m.uuid, m.announced); !st.ok())
        return st.error();
    if (Status st = plan(m, s); !st.ok())
        return st.error();
    const QDate until = std::min(ago(s.activitiesUntilAgo), m.periodTo);
    if (Status st = supervise(m, s, until); !st.ok())
        return st.error();
    return m;
}

Status Builder::family(const Made &m, const Spec &s, QList<QVariantMap> *members)
{
    const QString surname = m.person.name.left(1);
    const QString home = QStringLiteral("石浦镇") + m.person.residenceAddress;
    // Relatives by relation: whether a man (for the team), whether of the subject's surname.
    const auto add = [&](const char *relation, const QString &employer) {
        const QString rel = u(relation);
        const bool man = rel == QStringLiteral("父亲") || rel == QStringLiteral("丈夫") || rel == QStringLiteral("儿子");
        const bool family = rel == QStringLiteral("父亲") || ((rel == QStringLiteral("儿子") || rel == QStringLiteral("女儿")) && s.male);
        members->append(QVariantMap{{QStringLiteral("subject_uuid"), m.uuid},
                                    {QStringLiteral("name"), family ? m_people.fullName(man, surname) : m_people.fullName(man)},
                                    {QStringLiteral("relation"), rel},
                                    {QStringLiteral("employer"), employer},
                                    {QStringLiteral("phone"), m_people.phone()},
                                    {QStringLiteral("address"), home},
                                    {QStringLiteral("male"), man}});
    };
    if (s.age < 18) {
        add("父亲", pick(kEmployers));
        add("母亲", QStringLiteral("务农"));
    } else {
        if (s.age < 45 && chance(70))
            add(chance(50) ? "父亲" : "母亲", s.age < 35 ? QStringLiteral("个体经营") : QStringLiteral("退休"));
        if (s.age >= 24 && chance(80))
            add(s.male ? "妻子" : "丈夫", chance(50) ? pick(kEmployers) : QStringLiteral("务农"));
        if (s.age >= 32 && chance(70))
            add(chance(50) ? "儿子" : "女儿", s.age > 50 ? pick(kEmployers) : QStringLiteral("在校学生"));
    }
    if (members->isEmpty())
        add("母亲", QStringLiteral("务农"));
    QStringList summary;
    for (const QVariantMap &r : std::as_const(*members)) {
        QVariantMap fields = r;
        fields.remove(QStringLiteral("male"));  // the team reads it; the record has no such field
        Result<QString> uuid = CorrectionService::saveRecord(m_db, m_officer, QStringLiteral("cc_family"), QString(), fields);
        if (!uuid)
            return uuid.status();
        summary << r.value(QStringLiteral("relation")).toString() + r.value(QStringLiteral("name")).toString();
    }
    return CorrectionService::update(m_db, m_officer, m.uuid,
                                     {{QStringLiteral("family_summary"), summary.join(QStringLiteral("、"))
                                                                             + QStringLiteral("，家庭关系和睦")}});
}

Status Builder::team(const Made &m, const Spec &s, const QList<QVariantMap> &relatives)
{
    const bool woman = m.person.sex == QLatin1String("2");
    const bool minor = s.age < 18;
    QList<QVariantMap> rows;
    const auto member = [&](const QString &name, const QString &role, const QString &unit, const QString &relation,
                            const QString &sex, bool minorsExperience) {
        QVariantMap r{{QStringLiteral("subject_uuid"), m.uuid}, {QStringLiteral("name"), name},
                      {QStringLiteral("role"), role},           {QStringLiteral("unit"), unit},
                      {QStringLiteral("relation"), relation},   {QStringLiteral("phone"), m_people.phone()}};
        if (!sex.isEmpty())
            r.insert(QStringLiteral("sex"), sex);
        if (minorsExperience)
            r.insert(QStringLiteral("minors_experience"), 1);
        rows << r;
    };
    member(m_officerName, QStringLiteral("组长"), m_office, QString(), QString(), false);
    const bool cadreWoman = woman ? s.womanInTeam : chance(30);
    member(m_people.fullName(!cadreWoman), QStringLiteral("成员"),
           QStringLiteral("石浦镇%1村民委员会").arg(m.village),
           cadreWoman ? QStringLiteral("村妇联主席") : QStringLiteral("村治保主任"),
           cadreWoman ? QStringLiteral("2") : QStringLiteral("1"), false);
    for (const QVariantMap &r : relatives) {
        const bool male = r.value(QStringLiteral("male")).toBool();
        if (woman && !s.womanInTeam && !male)
            continue;
        member(r.value(QStringLiteral("name")).toString(), QStringLiteral("成员"), QStringLiteral("家属"),
               r.value(QStringLiteral("relation")).toString(), male ? QStringLiteral("1") : QStringLiteral("2"), false);
        break;
    }
    if (minor) {
        member(m_people.fullName(false), QStringLiteral("成员"), QStringLiteral("象山县青少年社会工作服务站"),
               QStringLiteral("专职社工（熟悉未成年人身心特点）"), QStringLiteral("2"), true);
        member(m_people.fullName(true), QStringLiteral("成员"), QStringLiteral("象山县石浦中学"),
               QStringLiteral("班主任"), QStringLiteral("1"), true);
    } else if (chance(40)) {
        const bool worker = woman ? s.womanInTeam : chance(60);
        member(m_people.fullName(!worker), QStringLiteral("成员"), QStringLiteral("象山县阳光社会工作服务中心"),
               QStringLiteral("社会工作者"), worker ? QStringLiteral("2") : QStringLiteral("1"), false);
    }
    for (const QVariantMap &r : std::as_const(rows)) {
        Result<QString> uuid = CorrectionService::saveRecord(m_db, m_officer, QStringLiteral("cc_team_member"), QString(), r);
        if (!uuid)
            return uuid.status();
    }
    return {};
}

Status Builder::plan(const Made &m, const Spec &s)
{
    const Charge &c = kCharges[s.charge];
    QVariantMap f;
    // The analysis the measures rest on.
    f.insert(QStringLiteral("plan_crime_cause"),
             u("法律意识淡薄，自我约束能力不强，存在侥幸心理，以致触犯%1。").arg(u(c.name)));
    f.insert(QStringLiteral("plan_repentance"), u("认罪认罚，对所犯罪行有悔过表现，能够如实汇报思想和活动情况。"));
    f.insert(QStringLiteral("plan_psychology"), u("入矫初期存在一定的焦虑和自卑情绪，遇事容易冲动，经谈话后情绪基本稳定。"));
    f.insert(QStringLiteral("plan_health"), s.ableToWork ? u("身体健康，具有劳动能力。") : u("患有疾病，生活自理能力较弱。"));
    f.insert(QStringLiteral("plan_focus"),
             u("强化法治教育和规则意识，落实报告和外出请假制度%1；帮助其稳定就业，维护家庭关系。")
                 .arg(c.prohibition ? u("，严格执行禁止令") : QString()));
    f.insert(QStringLiteral("plan_supervision"),
             u("落实报告制度：入矫初期每周到司法所当面报告并提交书面报告，转为普管后按管理类别要求报告；每月实地查访不少于一次，"
               "开展信息化核查；离开象山县须事先申请，经批准后方可外出。"));
    f.insert(QStringLiteral("plan_education"),
             u("每月参加集中教育学习，结合其所犯%1开展针对性法治教育和警示教育；每月开展个别谈话教育，了解其思想动态。")
                 .arg(u(c.name)));
    f.insert(QStringLiteral("plan_assistance"),
             s.ableToWork ? u("协调村委会和镇劳动保障所帮助其稳定就业，必要时提供职业技能培训信息。")
                          : u("协调落实医疗救助和最低生活保障等政策，帮助解决家庭生活困难。"));
    f.insert(QStringLiteral("plan_other"), u("发挥家属和村委会的监督作用，矫正小组定期研判其表现。"));
    const QDate evaluated = m.announced.addMonths(3);
    if (evaluated <= yesterday() && evaluated <= m.periodTo) {
        f.insert(QStringLiteral("plan_evaluation"),
                 u("矫正方案落实情况良好，社区矫正对象能够遵守各项监督管理规定，按要求参加教育学习和公益活动。"));
        f.insert(QStringLiteral("plan_evaluated_date"), iso(evaluated));
        f.insert(QStringLiteral("plan_evaluator"), m_officerName);
    }
    return CorrectionService::update(m_db, m_officer, m.uuid, f);
}

Status Builder::activity(const Made &m, const QString &kind, const QDate &day, int minutes, const QString &place,
                         const QString &content, const QString &result)
{
    QVariantMap f{{QStringLiteral("subject_uuid"), m.uuid}, {QStringLiteral("kind"), kind},
                  {QStringLiteral("activity_date"), iso(day)},  {QStringLiteral("minutes"), minutes},
                  {QStringLiteral("place"), place},             {QStringLiteral("content"), content},
                  {QStringLiteral("staff"), m_officerName}};
    if (!result.isEmpty())
        f.insert(QStringLiteral("result"), result);
    Result<QString> uuid = CorrectionService::saveRecord(m_db, m_officer, QStringLiteral("cc_activity"), QString(), f);
    if (!uuid)
        return uuid.status();
    ++m_summary->activities;
    return {};
}

// Month by month from the reception to `until`, the records the grade in force expects (the
// share of a part month, as the month's review counts it), some months a little short.
Status Builder::supervise(const Made &m, const Spec &s, const QDate &until)
{
    const auto gradeOn = [&m](const QDate &day) {
        QString g;
        for (const Spec::Grade &x : m.grades) {
            if (x.from <= day)
                g = x.grade;
        }
        return g;
    };
    const QString office = m_office;
    const QString home = QStringLiteral("象山县石浦镇") + m.person.residenceAddress;
    const QDate thisMonth(m_today.year(), m_today.month(), 1);
    QDate month(m.received.year(), m.received.month(), 1);
    int index = 0;
    QDate lastExam = m.received;
    for (; month <= until; month = month.addMonths(1), ++index) {
        const QDate monthEnd = month.addDays(month.daysInMonth() - 1);
        const QDate first = std::max(m.received, month);
        const QDate last = std::min(m.periodTo, monthEnd);
        if (last < first)
            continue;
        const int days = static_cast<int>(first.daysTo(last)) + 1;
        const double share = std::min(1.0, static_cast<double>(days) / month.daysInMonth());
        Result<GradeExpectation> e = GradeRules::expectation(gradeOn(last), month);
        if (!e)
            return e.status();
        const bool shortMonth = s.shortMonths.contains(index) || (month == thisMonth && s.shortMonths.contains(-1))
                                || (month < thisMonth && chance(8));
        // n events spread over the month's days under correction; only those up to `until`.
        const auto spread = [&](int n, const std::function<Status(const QDate &, int)> &write) -> Status {
            for (int i = 0; i < n; ++i) {
                const QDate day = first.addDays((static_cast<qint64>(days) * (2 * i + 1)) / (2 * n));
                if (day > until)
                    break;
                if (Status st = write(day, i); !st.ok())
                    return st;
            }
            return {};
        };
        const auto count = [&](int expected) { return static_cast<int>(std::ceil(expected * share - 1e-9)); };
        int inPerson = count(e->inPersonReports);
        int studyHours = static_cast<int>(std::ceil(e->studyHours * share - 1e-9));
        int talks = count(e->talks);
        if (shortMonth) {
            // One report in person missed, and study hours short.
            inPerson = std::max(0, inPerson - 1);
            studyHours = std::max(0, studyHours - 4);
            talks = std::max(0, talks - (chance(50) ? 1 : 0));
        }
        Status st = spread(inPerson, [&](const QDate &d, int) {
            return activity(m, QStringLiteral("report_in_person"), d, 20, office,
                            u("到司法所当面报告近期工作、生活和思想情况"));
        });
        if (st.ok())
            st = spread(count(e->writtenReports), [&](const QDate &d, int) {
                return activity(m, QStringLiteral("report_written"), d, 0, office, u("提交书面思想汇报"));
            });
        if (st.ok())
            st = spread(count(e->phoneReports), [&](const QDate &d, int) {
                return activity(m, QStringLiteral("report_phone"), d, 5, QString(), u("电话报告近期活动情况，无异常"));
            });
        if (st.ok())
            st = spread(talks, [&](const QDate &d, int) {
                return activity(m, QStringLiteral("talk"), d, 30, office,
                                u("个别谈话教育：了解近期思想动态、家庭和工作情况，开展法治教育"));
            });
        if (st.ok())
            st = spread(count(e->visits), [&](const QDate &d, int i) {
                const bool work = !m.person.employer.isEmpty() && i % 2 == 1;
                return activity(m, work ? QStringLiteral("visit_work") : QStringLiteral("visit_home"), d, 40,
                                work ? m.person.employer : home,
                                work ? u("走访工作单位，单位负责人反映其工作表现正常") : u("走访家庭，家属反映其在家表现正常，遵纪守法"),
                                u("正常"));
            });
        if (st.ok())
            st = spread((studyHours + 3) / 4, [&](const QDate &d, int i) {
                const int minutes = std::min(240, (studyHours - 4 * i) * 60);
                return activity(m, QStringLiteral("education"), d, minutes, office,
                                u("参加司法所组织的集中教育学习：%1").arg(pick(kTopics)));
            });
        if (st.ok() && s.ableToWork) {
            const int hours = static_cast<int>(std::ceil(e->serviceHours * share - 1e-9));
            st = spread((hours + 3) / 4, [&](const QDate &d, int i) {
                const int minutes = std::min(240, (hours - 4 * i) * 60);
                return activity(m, QStringLiteral("welfare"), d, minutes, u("石浦镇"),
                                u("参加公益活动：%1").arg(pick(kWelfare)));
            });
        }
        if (st.ok() && s.type == QLatin1String("04")) {
            // A monthly report on health; for medical parole a re-examination every three months.
            st = spread(1, [&](const QDate &d, int) {
                return activity(m, QStringLiteral("health_report"), d, 0, office,
                                s.outside == QLatin1String("pregnant") ? u("报告身体状况：孕期检查正常，母婴情况良好")
                                                                       : u("报告身体状况：病情稳定，按医嘱服药治疗"));
            });
            if (st.ok() && s.outside == QLatin1String("medical") && lastExam.addMonths(3) <= last
                && lastExam.addMonths(3) <= until) {
                lastExam = lastExam.addMonths(3);
                st = activity(m, QStringLiteral("medical_exam"), lastExam, 0, u("象山县第一人民医院"),
                              u("病情复查：慢性肾功能不全（尿毒症期），规律透析治疗中，仍符合保外就医条件"),
                              u("符合保外就医条件"));
            }
        }
        if (!st.ok())
            return st;
    }
    return {};
}

Status Builder::score(const Made &m, const QDate &day, int points, const QString &reason, const QString &rule)
{
    QVariantMap f{{QStringLiteral("subject_uuid"), m.uuid},
                  {QStringLiteral("entry_date"), iso(day)},
                  {QStringLiteral("points"), points},
                  {QStringLiteral("reason"), reason}};
    if (!rule.isEmpty())
        f.insert(QStringLiteral("rule_code"), rule);
    return CorrectionService::saveRecord(m_db, m_officer, QStringLiteral("cc_score"), QString(), f).status();
}

Result<QString> Builder::request(const Made &m, const QString &kind, const QDate &applied, const QDate &from,
                                 const QDate &to, const QString &reason, const QVariantMap &extra)
{
    QVariantMap f = extra;
    f.insert(QStringLiteral("subject_uuid"), m.uuid);
    f.insert(QStringLiteral("kind"), kind);
    f.insert(QStringLiteral("applied_date"), iso(applied));
    if (from.isValid())
        f.insert(QStringLiteral("start_date"), iso(from));
    if (to.isValid())
        f.insert(QStringLiteral("end_date"), iso(to));
    f.insert(QStringLiteral("reason"), reason);
    Result<QString> uuid = CorrectionService::submitRequest(m_db, m_officer, f);
    if (uuid)
        ++m_summary->requests;
    return uuid;
}

Status Builder::review(const QString &request, const QDate &day, const QString &opinion)
{
    return CorrectionService::reviewRequest(m_db, m_officer, request, opinion, m_officerName, day);
}

Status Builder::decide(const QString &request, bool approved, const QDate &day, bool office, const QString &opinion)
{
    const QString no = office ? u("石司矫外字〔%1〕第%2号").arg(day.year()).arg(++m_serial)
                              : u("象司矫批〔%1〕%2号").arg(day.year()).arg(++m_serial + 20);
    return CorrectionService::decideRequest(m_db, m_officer, request, approved, office ? m_headName : m_countyApprover,
                                            day, approved ? no : QString(), opinion);
}

Result<QString> Builder::sanction(const Made &m, const QString &kind, const QDate &proposed, const QString &facts,
                                  const QString &basis, const QDate &decided, bool adopted)
{
    QVariantMap f{{QStringLiteral("subject_uuid"), m.uuid},
                  {QStringLiteral("kind"), kind},
                  {QStringLiteral("facts"), facts},
                  {QStringLiteral("basis"), basis},
                  {QStringLiteral("evidence"), u("谈话笔录、报到登记记录、信息化核查记录")},
                  {QStringLiteral("proposal_date"), iso(proposed)},
                  {QStringLiteral("proposer"), m_officerName},
                  {QStringLiteral("office_opinion"), kind == QLatin1String("praise")
                                                         ? u("该社区矫正对象表现突出，符合表扬条件，建议给予表扬。")
                                                         : u("事实清楚，证据确实充分，建议依法处理。")}};
    if (kind == QLatin1String("praise"))
        f.insert(QStringLiteral("evidence"), u("月度考核表、公益活动记录、村委会证明"));
    Result<QString> uuid = CorrectionService::propose(m_db, m_officer, f);
    if (!uuid)
        return uuid;
    ++m_summary->sanctions;
    if (!decided.isValid())
        return uuid;
    const QString no = u("象司矫决〔%1〕%2号").arg(decided.year()).arg(++m_serial + 30);
    if (Status st = CorrectionService::recordDecision(m_db, m_officer, *uuid, adopted, adopted ? no : QString(), decided,
                                                      adopted ? u("同意。") : u("情节轻微，不予采纳，由司法所批评教育。"));
        !st.ok())
        return st.error();
    return uuid;
}

Status Builder::release(const Made &m, bool withSummary)
{
    QVariantMap a{
        {QStringLiteral("appraisal_conduct"),
         u("矫正期间能够认罪悔罪，遵守法律法规和社区矫正监督管理规定，按时报告活动情况，积极参加教育学习和公益活动，"
           "未发现违法违规行为。")},
        {QStringLiteral("appraisal_attitude"), u("认罪服法，悔罪态度较好")},
        {QStringLiteral("appraisal_skills"), chance(50) ? u("持有渔业普通船员证书") : u("无")},
        {QStringLiteral("appraisal_risk"), u("再犯罪风险评估为低风险")},
        {QStringLiteral("appraisal_family"), u("家庭关系和睦，家属支持配合矫正工作")},
        {QStringLiteral("appraisal_advice"),
         u("建议纳入刑满释放人员安置帮教管理，由村安置帮教小组继续关心其就业和生活，定期回访。")},
        {QStringLiteral("appraisal_remarks"), u("无特殊情况")},
        {QStringLiteral("appraisal_date"), iso(m.periodTo.addDays(-10))},
        {QStringLiteral("release_announced_date"), iso(m.periodTo)},
        {QStringLiteral("release_place"), u("石浦镇司法所宣告室")},
        {QStringLiteral("certificate_no"), u("象矫解字〔%1〕第%2号").arg(m.periodTo.year()).arg(++m_serial + 40)},
    };
    if (withSummary) {
        a.insert(QStringLiteral("summary_text"),
                 u("在社区矫正期间，我深刻认识到自己犯罪行为给被害人、家庭和社会造成的危害，真诚悔罪。我严格遵守法律法规和"
                   "社区矫正监督管理规定，按时到司法所报告，按要求参加教育学习和公益活动，外出前都事先请假。在司法所和矫正小组的"
                   "帮助下，我找到了稳定的工作，家庭关系也更加和睦。今后我一定遵纪守法，踏实工作，做一个对家庭和社会有用的人。"));
        a.insert(QStringLiteral("summary_date"), iso(m.periodTo.addDays(-20)));
    }
    return CorrectionService::release(m_db, m_officer, m.uuid, m.periodTo, a);
}

Status Builder::assessments(DemoCorrectionSummary &summary)
{
    // One entrusted nine days ago, due in a few working days.
    const Person p = m_people.local(true, m_today.addYears(-between(22, 50)).addDays(-between(1, 300)));
    QVariantMap open{{QStringLiteral("entrust_no"), u("象法评委〔%1〕%2号").arg(ago(9).year()).arg(between(40, 90))},
                     {QStringLiteral("entrusting_body"), u("象山县人民法院")},
                     {QStringLiteral("subject_kind"), u("被告人")},
                     {QStringLiteral("name"), p.name},
                     {QStringLiteral("id_number"), p.idNumber},
                     {QStringLiteral("sex"), p.sex},
                     {QStringLiteral("residence"), QStringLiteral("象山县石浦镇") + p.residenceAddress},
                     {QStringLiteral("employer"), pick(kEmployers)},
                     {QStringLiteral("charge"), u("危险驾驶罪")},
                     {QStringLiteral("original_sentence"), u("拟判处拘役，适用缓刑")},
                     {QStringLiteral("proposed_type"), QStringLiteral("02")},
                     {QStringLiteral("received_date"), iso(ago(9))},
                     {QStringLiteral("item_residence"), u("在石浦镇有固定住所，系自建房，与父母共同居住。")}};
    Result<QString> a = CorrectionService::saveAssessment(m_db, m_officer, QString(), open);
    if (!a)
        return a.status();
    ++summary.assessments;

    // One completed before the judgment of the 管制 subject awaiting report-in.
    if (!m_byRole.contains(QStringLiteral("assessed")))
        return {};
    const Made &m = m_byRole.value(QStringLiteral("assessed"));
    const QDate received = m.effective.addDays(-60);
    QVariantMap done{{QStringLiteral("entrust_no"), u("象法评委〔%1〕%2号").arg(received.year()).arg(between(10, 39))},
                     {QStringLiteral("entrusting_body"), u("象山县人民法院")},
                     {QStringLiteral("subject_kind"), u("被告人")},
                     {QStringLiteral("person_uuid"), m.person.uuid},
                     {QStringLiteral("name"), m.person.name},
                     {QStringLiteral("id_number"), m.person.idNumber},
                     {QStringLiteral("sex"), m.person.sex},
                     {QStringLiteral("residence"), QStringLiteral("象山县石浦镇") + m.person.residenceAddress},
                     {QStringLiteral("employer"), m.person.employer.isEmpty() ? m.person.occupation : m.person.employer},
                     {QStringLiteral("charge"), u("故意伤害罪")},
                     {QStringLiteral("original_sentence"), u("拟判处管制")},
                     {QStringLiteral("proposed_type"), QStringLiteral("01")},
                     {QStringLiteral("received_date"), iso(received)},
                     {QStringLiteral("item_residence"), u("在石浦镇%1有固定住所，与妻子、女儿共同居住。").arg(m.village)},
                     {QStringLiteral("item_family"), u("家庭成员关系和睦，妻子在当地务工，家属表示愿意协助监管。")},
                     {QStringLiteral("item_conduct"), u("平时表现一般，无违法犯罪前科，邻里关系尚可。")},
                     {QStringLiteral("item_impact"), u("本案系邻里纠纷引发，已赔偿被害人损失并取得谅解，社会影响较小。")},
                     {QStringLiteral("item_opinions"), u("村民委员会同意其在本村接受社区矫正；被害人对其表示谅解。")},
                     {QStringLiteral("item_prohibition"), u("无")}};
    Result<QString> b = CorrectionService::saveAssessment(m_db, m_officer, QString(), done);
    if (!b)
        return b.status();
    ++summary.assessments;
    return CorrectionService::completeAssessment(m_db, m_officer, *b, QStringLiteral("suitable"),
                                                 u("被告人有固定住所和稳定的家庭监护条件，认罪悔罪，社会危险性较低，对所居住社区"
                                                   "无重大不良影响，适用社区矫正。"),
                                                 m_officerName, received.addDays(12));
}

Status Builder::run(int count, DemoCorrectionSummary &summary)
{
    m_summary = &summary;
    m_officerName = m_officer.displayName.isEmpty() ? m_officer.username : m_officer.displayName;
    m_headName = Users::find(m_db, QStringLiteral("head")).value_or(UserInfo()).displayName;
    if (m_headName.isEmpty())
        m_headName = m_officerName;
    m_countyApprover = m_people.fullName(true);
    m_office = Office::info(m_db).name;
    if (count <= 0)
        return {};
    int made = 0;
    if (Status st = scenarios(count, &made); !st.ok())
        return st;
    for (int i = made; i < count; ++i) {
        if (Status st = ordinary(i + 1); !st.ok())
            return st;
    }
    // The key period: two subjects report daily while it lasts (not yet today).
    if (m_byRole.contains(QStringLiteral("key1")) && m_byRole.contains(QStringLiteral("key2"))) {
        const QDate from = ago(3);
        const QDate to = ago(-4);
        const QStringList members{m_byRole.value(QStringLiteral("key1")).uuid, m_byRole.value(QStringLiteral("key2")).uuid};
        Result<QString> period = CorrectionService::declareKeyPeriod(m_db, m_officer, u("重大活动安保重点时段"), from, to,
                                                                     members, u("期间每日电话报告动态，原则上不批准外出"));
        if (!period)
            return period.status();
        ++summary.keyPeriods;
        for (const QString &key : {QStringLiteral("key1"), QStringLiteral("key2")}) {
            for (QDate d = from; d < m_today; d = d.addDays(1)) {
                if (Status st = activity(m_byRole.value(key), QStringLiteral("report_phone"), d, 5, QString(),
                                         u("重点时段每日电话报告：在家，无异常"));
                    !st.ok())
                    return st;
            }
        }
    }
    return assessments(summary);
}

}  // namespace demo_correction


Result<DemoCorrectionSummary> DemoCorrection::create(Database &db, const Session &officer, DemoPeople &people,
                                                     QRandomGenerator &rng, const QDate &today, int count)
{
    DemoCorrectionSummary summary;
    demo_correction::Builder b(db, officer, people, rng, today);
    if (Status st = b.run(count, summary); !st.ok())
        return st.error();
    Result<QList<QPair<CcRecord, Person>>> all = CorrectionRepository::subjects(db);
    if (!all)
        return all.error();
    for (const auto &[s, p] : *all) {
        Q_UNUSED(p)
        ++summary.subjects;
        const QString status = s.text(QStringLiteral("status"));
        if (status == QLatin1String("awaiting_report"))
            ++summary.awaiting;
        else if (status == QLatin1String("received"))
            ++summary.received;
        else if (status == QLatin1String("under_correction"))
            ++summary.underCorrection;
        else if (status == QLatin1String("released"))
            ++summary.released;
        else if (status == QLatin1String("terminated"))
            ++summary.terminated;
        else if (status == QLatin1String("transferred_out"))
            ++summary.transferred;
        if (s.flag(QStringLiteral("is_minor")))
            ++summary.minors;
    }
    return summary;
}

}  // namespace sifa
