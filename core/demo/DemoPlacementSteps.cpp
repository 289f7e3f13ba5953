// The records of one resettlement file in the demo: the person, the hand-over, the group, the
// agreement, the assessments, the visits, the placement, social assistance and moves, each
// through PlacementService.
#include "demo/DemoPlacementBuilder.h"

#include "domain/Office.h"
#include "people/PersonRepository.h"
#include "placement/PlacementService.h"
#include "storage/Database.h"

#include <algorithm>

namespace sifa::demo_placement {

namespace {

const char *const kVisitContent[] = {
    "了解近期生活和工作情况，本人表示在家务农，生活基本稳定，与家人相处融洽。",
    "谈话中本人情绪稳定，能正确认识过去的犯罪行为，表示今后遵纪守法。",
    "询问就业情况，本人已在附近企业务工，收入稳定，鼓励其安心工作。",
    "走访村干部和邻居，反映本人近期表现良好，未发现违法违规行为。",
    "了解家庭困难情况，告知低保和临时救助的申请办法，协助准备材料。",
    "进行法治教育，讲解《治安管理处罚法》相关规定，提醒远离赌博和酒后滋事。",
    "本人反映找工作受歧视，帮教小组联系镇就业服务站推荐岗位。",
    "家属反映本人近期偶有饮酒，帮教小组对其进行了批评教育，本人表示改正。",
};
const char *const kPlaces[] = {"本人家中", "村民委员会", "石浦镇司法所", "本人务工单位"};
const char *const kRelations[] = {"父亲", "母亲", "妻子", "兄弟", "姐妹"};
const char *const kEmployers[] = {"象山县石浦某水产食品有限公司", "象山县某海洋渔业专业合作社", "石浦镇某汽车修理厂",
                                  "象山县某建筑劳务有限公司", "石浦镇某冷冻厂", "象山县某物流有限公司"};

QString visitRating(bool key, int roll)
{
    if (roll < (key ? 55 : 70))
        return QStringLiteral("01");
    return roll < 95 ? QStringLiteral("02") : QStringLiteral("03");
}

}  // namespace

QString u(const char *s)
{
    return QString::fromUtf8(s);
}

QString iso(const QDate &d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

Builder::Builder(Database &db, const Session &officer, DemoPeople &people, QRandomGenerator &rng, const QDate &today)
    : m_db(db), m_officer(officer), m_people(people), m_rng(rng), m_today(today)
{
    m_officerName = m_officer.displayName.isEmpty() ? m_officer.username : m_officer.displayName;
    m_office = Office::info(m_db).name;
}

Person Builder::person(const Spec &s, const QDate &birth)
{
    Person p = m_people.local(s.male, birth);
    for (int tries = 0; tries < 5; ++tries) {  // a drawn ID number may be someone's already
        Result<std::optional<Person>> taken = PersonRepository::findByIdNumber(m_db, p.idType, p.idNumber);
        if (!taken || !taken->has_value())
            break;
        p = m_people.local(s.male, birth);
    }
    // 双列管: the household here and the home in 西周镇, or the other way round.
    if (s.dualRole == QLatin1String("hukou")) {
        p.residenceDivision = QStringLiteral("330225102");
        p.residenceAddress = u("西周镇下沈村%1号").arg(between(2, 160));
    } else if (s.dualRole == QLatin1String("residence")) {
        p.hukouDivision = QStringLiteral("330225104");
        p.hukouAddress = u("贤庠镇珠溪村%1号").arg(between(2, 160));
    }
    return p;
}

Result<QString> Builder::record(const char *entity, const Made &m, QVariantMap fields)
{
    fields.insert(QStringLiteral("subject_uuid"), m.uuid);
    return PlacementService::saveRecord(m_db, m_officer, QString::fromLatin1(entity), QString(), fields);
}

Status Builder::handOver(Made &m, const Spec &s)
{
    if (s.handover.isEmpty())
        return {};
    if (s.handover == QLatin1String("unknown"))
        return PlacementService::markWhereaboutsUnknown(
            m_db, m_officer, m.uuid,
            u("释放后未回原籍报到。经走访其父母及村委会，均称未与其联系；已函告石浦派出所协助查找，并报县司法局。"));
    const QDate day = std::min(m.release.addDays(s.handoverAfter), m_today);
    QVariantMap h{{QStringLiteral("handover_mode"), s.handover}, {QStringLiteral("handover_date"), iso(day)}};
    if (s.handover == QLatin1String("escort")) {
        h.insert(QStringLiteral("handover_place"), u("%1大门口").arg(m.prison));
        h.insert(QStringLiteral("handover_staff"), u("%1、%2（%3村干部）").arg(m_officerName, m_people.fullName(true), m.village));
    } else if (s.handover == QLatin1String("family")) {
        h.insert(QStringLiteral("handover_place"), u("本人家中"));
        h.insert(QStringLiteral("handover_staff"), m_officerName);
        h.insert(QStringLiteral("reported_date"), iso(std::min(day.addDays(between(1, 3)), m_today)));
    } else {
        h.insert(QStringLiteral("handover_place"), m_office);
        h.insert(QStringLiteral("handover_staff"), m_officerName);
    }
    if (Status st = PlacementService::recordHandover(m_db, m_officer, m.uuid, h); !st.ok())
        return st;
    m.handover = day;
    if (s.police && s.source == QLatin1String("prison"))
        return PlacementService::recordPoliceRegistration(m_db, m_officer, m.uuid,
                                                          std::min(day.addDays(between(1, 6)), m_today));
    return {};
}

Status Builder::group(const Made &m)
{
    const QString surname = m.person.name.left(1);
    const QString relation = pick(kRelations);
    const bool male = relation == u("父亲") || relation == u("兄弟");
    const QString relative = relation == u("父亲") || relation == u("兄弟") || relation == u("姐妹")
                                 ? m_people.fullName(male, surname)
                                 : m_people.fullName(male);
    QList<QVariantMap> members{
        {{QStringLiteral("name"), m_officerName}, {QStringLiteral("role"), QStringLiteral("office")},
         {QStringLiteral("unit"), m_office}, {QStringLiteral("duty"), u("帮教小组组长，制定帮教方案并督促落实")}},
        {{QStringLiteral("name"), m_people.fullName(chance(70))}, {QStringLiteral("role"), QStringLiteral("village")},
         {QStringLiteral("unit"), u("%1村民委员会").arg(m.village)}, {QStringLiteral("phone"), m_people.phone()},
         {QStringLiteral("duty"), u("日常走访，掌握思想动态和生活情况")}},
        {{QStringLiteral("name"), relative}, {QStringLiteral("role"), QStringLiteral("family")},
         {QStringLiteral("relation"), relation}, {QStringLiteral("phone"), m_people.phone()},
         {QStringLiteral("duty"), u("日常监督，发现异常及时报告")}},
    };
    if (m.key)
        members << QVariantMap{{QStringLiteral("name"), m_people.fullName(true)},
                               {QStringLiteral("role"), QStringLiteral("police")},
                               {QStringLiteral("unit"), u("象山县公安局石浦派出所")},
                               {QStringLiteral("duty"), u("落实重点人员管控，掌握活动情况")}};
    else if (chance(30))
        members << QVariantMap{{QStringLiteral("name"), m_people.fullName(chance(50))},
                               {QStringLiteral("role"), QStringLiteral("volunteer")},
                               {QStringLiteral("unit"), u("石浦镇阳光帮教志愿者协会")},
                               {QStringLiteral("duty"), u("心理疏导和就业信息帮扶")}};
    for (const QVariantMap &member : std::as_const(members)) {
        if (Result<QString> r = record("rp_member", m, member); !r)
            return r.status();
    }
    return {};
}

Status Builder::agreement(const Made &m)
{
    const QDate signedOn = std::min(m.handover.addDays(between(2, 6)), m.until);
    const QVariantMap a{
        {QStringLiteral("signed_date"), iso(signedOn)},
        {QStringLiteral("parties"), u("%1、%2村民委员会、帮教对象家属、帮教对象本人").arg(m_office, m.village)},
        {QStringLiteral("village"), m.village},
        {QStringLiteral("family_signatory"), m_people.fullName(chance(50), m.person.name.left(1))},
        {QStringLiteral("obligations"),
         u("一、帮教对象遵守法律法规，按要求参加教育活动，外出一个月以上向司法所报告；二、村民委员会落实帮教责任人，"
           "每季度走访不少于一次；三、家属配合做好日常教育和监督，发现异常及时报告；四、司法所协调落实安置和救助政策。")},
        {QStringLiteral("valid_until"), iso(m.release.addYears(5).addDays(-1))},
    };
    return record("rp_agreement", m, a).status();
}

Status Builder::assess(const Made &m, const QDate &day, const QString &category, const QStringList &factors,
                       const QString &reason)
{
    QVariantMap r{{QStringLiteral("review_date"), iso(day)},
                  {QStringLiteral("category"), category},
                  {QStringLiteral("risk_level"), category == QLatin1String("key") ? QStringLiteral("high")
                                                 : chance(30)                   ? QStringLiteral("medium")
                                                                                : QStringLiteral("low")},
                  {QStringLiteral("reason"), reason},
                  {QStringLiteral("reviewer"), m_officerName}};
    if (!factors.isEmpty())
        r.insert(QStringLiteral("factors"), factors.join(QLatin1Char(',')));
    Result<QString> id = PlacementService::assessRisk(m_db, m_officer, m.uuid, r);
    if (id && m_summary)
        ++m_summary->reviews;
    return id.status();
}

Status Builder::reviews(const Made &m, const Spec &s)
{
    if (s.category.isEmpty() || !m.handover.isValid())
        return {};
    const QDate first = std::min(m.handover.addDays(2), m.until);
    // A key person's factors at first; one that keeps well is lowered to general later.
    const bool lowered = s.category == QLatin1String("general") && !s.factors.isEmpty();
    QList<QDate> days{first};
    const QDate last = s.lastReviewAgo >= 0 ? ago(s.lastReviewAgo) : QDate();
    for (QDate d = first.addDays(between(176, 182)); d <= m.until; d = d.addDays(between(176, 182))) {
        if (last.isValid() && d >= last.addDays(-90))
            break;
        days << d;
    }
    if (last.isValid() && last > first)
        days << last;
    for (qsizetype i = 0; i < days.size(); ++i) {
        const bool key = s.category == QLatin1String("key") || (lowered && i == 0);
        QString reason;
        if (i == 0)
            reason = key ? u("衔接后首次危险性评估：%1").arg(s.factors.isEmpty() ? u("监狱评估为高危") : u("符合重点帮教对象认定情形"))
                         : u("衔接后首次危险性评估：认罪悔罪，家庭支持，再犯风险较低");
        else if (lowered && i == 1)
            reason = u("半年来表现稳定，已落实安置，经评估调整为一般帮教对象");
        else
            reason = key ? u("半年复评：仍需重点帮教，继续每月走访") : u("半年复评：表现稳定，维持一般帮教");
        if (Status st = assess(m, days.at(i), key ? QStringLiteral("key") : QStringLiteral("general"),
                               key ? s.factors : QStringList(), reason);
            !st.ok())
            return st;
    }
    return {};
}

Status Builder::visits(const Made &m, const Spec &s)
{
    if (!m.handover.isValid())
        return {};
    const int interval = m.key ? 30 : 90;
    const QDate limit = s.visitGap > 0 ? ago(s.visitGap) : m.until;
    QDate d = m.handover.addDays(between(3, 6));
    for (int n = 0; d <= limit && n < 80; ++n) {
        QString kind = QStringLiteral("visit");
        if (n > 0 && n % (m.key ? 6 : 2) == 0)
            kind = QStringLiteral("return_visit");
        else if (n > 0 && chance(25))
            kind = QStringLiteral("talk");
        const QString place = kind == QLatin1String("talk") ? u("石浦镇司法所") : pick(kPlaces);
        const QVariantMap v{{QStringLiteral("kind"), kind},
                            {QStringLiteral("visit_date"), iso(d)},
                            {QStringLiteral("place"), place},
                            {QStringLiteral("participants"), u("%1、%2村帮教责任人").arg(m_officerName, m.village)},
                            {QStringLiteral("content"), pick(kVisitContent)},
                            {QStringLiteral("effect"), chance(80) ? u("本人态度端正，接受帮教") : u("已提醒注意，下次走访跟进")},
                            {QStringLiteral("rating"), visitRating(m.key, between(0, 99))},
                            {QStringLiteral("staff"), m_officerName},
                            {QStringLiteral("signed"), 1}};
        if (Result<QString> r = record("rp_visit", m, v); !r)
            return r.status();
        if (m_summary)
            ++m_summary->visits;
        // A phone call now and then between the visits.
        const QDate call = d.addDays(interval / 2);
        if (chance(20) && call <= limit) {
            if (Result<QString> r = record("rp_visit", m,
                                           {{QStringLiteral("kind"), QStringLiteral("phone")},
                                            {QStringLiteral("visit_date"), iso(call)},
                                            {QStringLiteral("content"), u("电话联系，了解近况，无异常")},
                                            {QStringLiteral("staff"), m_officerName}});
                !r)
                return r.status();
            if (m_summary)
                ++m_summary->visits;
        }
        d = d.addDays(interval + between(-5, 5));
    }
    return {};
}

Status Builder::placement(const Made &m, const QString &mode)
{
    if (mode.isEmpty() || !m.handover.isValid())
        return {};
    const QDate placed = std::min(m.handover.addDays(between(15, 60)), m.until);
    QVariantMap p{{QStringLiteral("mode"), mode}, {QStringLiteral("placed_date"), iso(placed)}};
    const int code = mode.toInt();
    if (code == 1) {
        p.insert(QStringLiteral("position"), u("承包责任田三亩，种植柑橘"));
    } else if (code == 2) {
        p.insert(QStringLiteral("employer"), u("石浦镇环境卫生管理所"));
        p.insert(QStringLiteral("position"), u("公益性岗位保洁员"));
    } else if (code == 3) {
        p.insert(QStringLiteral("employer"), u("石浦镇%1水产加工作坊（本人创办）").arg(m.village));
        p.insert(QStringLiteral("position"), u("经营者"));
    } else if (code == 4) {
        p.insert(QStringLiteral("employer"), u("个体工商户（海鲜排档）"));
        p.insert(QStringLiteral("position"), u("经营者"));
    } else if (code == 5) {
        p.insert(QStringLiteral("employer"), pick(kEmployers));
        p.insert(QStringLiteral("employer_phone"), m_people.phone());
        p.insert(QStringLiteral("position"), chance(50) ? u("普工") : u("驾驶员"));
    } else {
        p.insert(QStringLiteral("position"), u("随渔船出海务工"));
    }
    p.insert(QStringLiteral("social_insurance"), code == 2 || code == 5 ? 1 : 0);
    p.insert(QStringLiteral("relief_policy"), code >= 3 && code <= 5 ? 1 : 0);
    Result<QString> r = record("rp_placement", m, p);
    if (r && m_summary)
        ++m_summary->placements;
    return r.status();
}

Status Builder::assistance(const Made &m, bool sanwu)
{
    if (!m.handover.isValid())
        return {};
    QList<QVariantMap> grants;
    if (sanwu) {
        grants << QVariantMap{{QStringLiteral("kind"), QStringLiteral("id_card")},
                              {QStringLiteral("granted_date"), iso(std::min(m.handover.addDays(5), m.until))},
                              {QStringLiteral("provider"), u("象山县公安局石浦派出所")},
                              {QStringLiteral("note"), u("协助补办居民身份证")}}
               << QVariantMap{{QStringLiteral("kind"), QStringLiteral("temporary")},
                              {QStringLiteral("granted_date"), iso(std::min(m.handover.addDays(10), m.until))},
                              {QStringLiteral("amount_fen"), 150000},
                              {QStringLiteral("provider"), u("石浦镇社会事务管理办公室")}}
               << QVariantMap{{QStringLiteral("kind"), QStringLiteral("dibao")},
                              {QStringLiteral("granted_date"), iso(std::min(m.handover.addDays(40), m.until))},
                              {QStringLiteral("amount_fen"), 98000},
                              {QStringLiteral("provider"), u("象山县民政局")},
                              {QStringLiteral("until_date"), iso(m.handover.addDays(40).addYears(1))},
                              {QStringLiteral("note"), u("每月发放最低生活保障金")}}
               << QVariantMap{{QStringLiteral("kind"), QStringLiteral("housing")},
                              {QStringLiteral("granted_date"), iso(std::min(m.handover.addDays(60), m.until))},
                              {QStringLiteral("provider"), u("%1村民委员会").arg(m.village)},
                              {QStringLiteral("note"), u("安排村集体闲置用房暂住")}};
    } else {
        grants << QVariantMap{{QStringLiteral("kind"), QStringLiteral("training")},
                              {QStringLiteral("granted_date"), iso(std::min(m.handover.addDays(30), m.until))},
                              {QStringLiteral("provider"), u("象山县人力资源和社会保障局")},
                              {QStringLiteral("note"), u("参加渔业船员技能培训并取得证书")}};
    }
    for (const QVariantMap &g : std::as_const(grants)) {
        if (Result<QString> r = record("rp_assistance", m, g); !r)
            return r.status();
        if (m_summary)
            ++m_summary->assistance;
    }
    return {};
}

Status Builder::move(const Made &m, const QString &kind, const QDate &day)
{
    QVariantMap mv{{QStringLiteral("kind"), kind}, {QStringLiteral("move_date"), iso(day)}};
    if (kind == QLatin1String("move_out")) {
        mv.insert(QStringLiteral("destination"), u("宁波市鄞州区下应街道"));
        mv.insert(QStringLiteral("other_office"), u("鄞州区下应司法所"));
        mv.insert(QStringLiteral("note"), u("随子女迁居，已函告迁入地司法所并移交档案"));
    } else if (kind == QLatin1String("move_within")) {
        mv.insert(QStringLiteral("destination"), u("石浦镇番西村%1号").arg(between(2, 90)));
        mv.insert(QStringLiteral("note"), u("租房居住，仍在本辖区"));
    } else if (kind == QLatin1String("residence_change")) {
        mv.insert(QStringLiteral("destination"), u("丹西街道某小区"));
        mv.insert(QStringLiteral("other_office"), u("丹西司法所"));
        mv.insert(QStringLiteral("note"), u("在县城务工居住，两地共同帮教"));
    } else {
        mv.insert(QStringLiteral("destination"), u("浙江省第四监狱"));
        mv.insert(QStringLiteral("note"), u("因犯新罪被判处刑罚，重新收监"));
    }
    return record("rp_move", m, mv).status();
}

}  // namespace sifa::demo_placement
