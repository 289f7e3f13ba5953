// The resettlement caseload of the demo office: the scenarios (one per state or rule), ordinary
// files, prison notices and the files the correction demo's releases opened.
#include "demo/DemoPlacement.h"

#include "demo/DemoPlacementBuilder.h"
#include "placement/PlacementService.h"
#include "storage/Database.h"

#include <algorithm>

namespace sifa {

namespace demo_placement {

namespace {

struct Crime {
    const char *name;
    const char *type;
    int minMonths;
    int maxMonths;
    const char *factor;  // the risk factor it brings, if any
};

enum CrimeId { Theft, Robbery, Assault, Drugs, Fraud, Provocation, Extortion, TrafficAccident, Gambling, Fishing };

const Crime kCrimes[] = {
    {"盗窃罪", "侵犯财产罪", 8, 48, nullptr},
    {"抢劫罪", "侵犯财产罪", 36, 120, "violent"},
    {"故意伤害罪", "侵犯公民人身权利、民主权利罪", 12, 84, "violent"},
    {"贩卖毒品罪", "妨害社会管理秩序罪", 12, 96, "drug"},
    {"诈骗罪", "侵犯财产罪", 12, 72, nullptr},
    {"寻衅滋事罪", "妨害社会管理秩序罪", 10, 36, nullptr},
    {"敲诈勒索罪", "侵犯财产罪", 24, 72, "organised"},
    {"交通肇事罪", "危害公共安全罪", 12, 42, nullptr},
    {"开设赌场罪", "妨害社会管理秩序罪", 12, 48, nullptr},
    {"非法捕捞水产品罪", "妨害社会管理秩序罪", 6, 24, nullptr},
};

const char *const kPrisons[] = {"浙江省第二监狱", "浙江省第四监狱", "浙江省乔司监狱", "浙江省十里坪监狱"};
const char *const kSkills[] = {"持有渔业普通船员证书", "服刑期间学习电工，取得初级证书", "会驾驶货车（A2驾照）",
                               "无专门技能", "在监狱学习缝纫技术"};

// 18 → 一年六个月: a term as a judgment writes it.
QString termText(int months)
{
    static const QString digits = QStringLiteral("零一二三四五六七八九十");
    auto number = [](int n) {
        if (n <= 10)
            return QString(digits.at(n));
        return (n / 10 == 1 ? QString() : QString(digits.at(n / 10))) + digits.at(10)
            + (n % 10 ? QString(digits.at(n % 10)) : QString());
    };
    QString out;
    if (months >= 12)
        out += number(months / 12) + QStringLiteral("年");
    if (months % 12 != 0)
        out += number(months % 12) + QStringLiteral("个月");
    return out;
}

Spec spec(int releasedAgo, const char *handover, const char *category)
{
    Spec s;
    s.releasedAgo = releasedAgo;
    s.handover = QString::fromLatin1(handover);
    s.category = QString::fromLatin1(category);
    s.handoverAfter = s.handover == QLatin1String("escort") ? 0 : 2;
    return s;
}

}  // namespace

Status Builder::notices()
{
    struct Notice {
        int receivedAgo;
        int expectedIn;  // days from today (negative: past)
        const char *outcome;  // empty: not checked yet
        bool familyTold;
    };
    const Notice list[] = {{3, 27, "", false},
                           {25, 6, "located", true},
                           {70, -40, "not_located", false},
                           {30, 12, "elsewhere", false}};
    for (const Notice &n : list) {
        Spec s;
        s.male = chance(85);
        s.age = between(24, 55);
        const Crime &c = kCrimes[between(0, 9)];
        const Person p = person(s, m_today.addYears(-s.age).addDays(-between(1, 300)));
        const QDate received = ago(n.receivedAgo);
        Result<QString> uuid = PlacementService::saveNotice(
            m_db, m_officer, QString(),
            {{QStringLiteral("name"), p.name},
             {QStringLiteral("id_number"), p.idNumber},
             {QStringLiteral("notice_no"), u("浙狱释通字〔%1〕%2号").arg(received.year()).arg(between(100, 990))},
             {QStringLiteral("prison"), pick(kPrisons)},
             {QStringLiteral("via"), u("县司法局安置帮教办转来")},
             {QStringLiteral("received_date"), iso(received)},
             {QStringLiteral("expected_date"), iso(m_today.addDays(n.expectedIn))},
             {QStringLiteral("hukou_address"), p.hukouAddress},
             {QStringLiteral("residence"), p.residenceAddress},
             {QStringLiteral("charge"), u(c.name)},
             {QStringLiteral("original_sentence"), u("有期徒刑%1").arg(termText(between(c.minMonths, c.maxMonths)))},
             {QStringLiteral("prison_risk"), chance(30) ? QStringLiteral("medium") : QStringLiteral("low")}});
        if (!uuid)
            return uuid.status();
        ++m_summary->notices;
        if (n.familyTold) {
            if (Status st = PlacementService::recordFamilyInformed(m_db, m_officer, *uuid, received.addDays(2)); !st.ok())
                return st;
        }
        const QString outcome = QString::fromLatin1(n.outcome);
        QString note;
        if (outcome == QLatin1String("not_located"))
            note = u("按通知书地址走访，房屋已拆迁，村委会及邻居均称多年未见本人及家属，已报县司法局并请派出所协查。");
        else if (outcome == QLatin1String("elsewhere"))
            note = u("经核实，本人户籍已于2019年迁至丹西街道，通知书已转递丹西司法所。");
        if (!outcome.isEmpty()) {
            if (Status st = PlacementService::checkNotice(m_db, m_officer, *uuid, outcome, received.addDays(4), note);
                !st.ok())
                return st;
        }
    }
    return {};
}

Result<Made> Builder::file(const Spec &drawn, const QString &noticeUuid)
{
    Spec s = drawn;
    if (s.crime < 0)
        s.crime = between(0, int(std::size(kCrimes)) - 1);
    if (s.age <= 0)
        s.age = between(22, 55);
    const Crime &c = kCrimes[s.crime];
    Made m;
    m.release = ago(s.releasedAgo);
    m.prison = s.age < 18 ? u("浙江省未成年犯管教所") : pick(kPrisons);
    const int term = std::clamp(s.termMonths, c.minMonths, c.maxMonths);
    const QStringList &factors = s.factors;
    QVariantMap f{
        {QStringLiteral("source_type"), s.source},
        {QStringLiteral("release_date"), iso(m.release)},
        {QStringLiteral("releasing_org"), m.prison},
        {QStringLiteral("release_cert_no"), u("（%1）浙狱释字第%2号").arg(m.release.year()).arg(++m_serial + 300)},
        {QStringLiteral("charge"), u(c.name)},
        {QStringLiteral("crime_type"), u(c.type)},
        {QStringLiteral("original_sentence"), u("有期徒刑%1").arg(termText(term))},
        {QStringLiteral("original_term"), termText(term)},
        {QStringLiteral("reform_performance"), factors.contains(QStringLiteral("prison_high_risk"))
                                                   ? u("服刑期间多次违反监规，受警告处分一次")
                                                   : u("服刑期间遵守监规，积极参加劳动，获表扬两次")},
        {QStringLiteral("guilt_attitude"), factors.contains(QStringLiteral("denies_guilt")) ? u("不认罪，多次申诉")
                                                                                           : u("认罪悔罪")},
        {QStringLiteral("skills"), pick(kSkills)},
        {QStringLiteral("psych"), chance(80) ? u("心理状态正常") : u("情绪易波动，需关注")},
        {QStringLiteral("health"), u("健康")},
    };
    if (factors.contains(QStringLiteral("recidivist"))) {
        f.insert(QStringLiteral("is_recidivist"), 1);
        f.insert(QStringLiteral("prior_convictions"), u("%1年因盗窃罪被判处有期徒刑一年").arg(m.release.year() - 8));
    }
    if (factors.contains(QStringLiteral("drug")))
        f.insert(QStringLiteral("drug_history"), u("有吸食冰毒史，已戒断"));
    if (s.age >= 18 && chance(30)) {
        f.insert(QStringLiteral("early_release"), 1);
        f.insert(QStringLiteral("early_release_reason"), u("服刑期间确有悔改表现，减刑六个月"));
    }
    if (s.sanwu) {
        for (const char *flag : {"no_home", "no_job", "no_family"})
            f.insert(QString::fromLatin1(flag), 1);
    }
    if (!s.dualRole.isEmpty()) {
        f.insert(QStringLiteral("dual_listed"), 1);
        f.insert(QStringLiteral("dual_role"), s.dualRole);
        f.insert(QStringLiteral("other_office"), s.dualRole == QLatin1String("hukou") ? u("西周司法所") : u("贤庠司法所"));
    }
    if (!noticeUuid.isEmpty()) {
        for (const char *fromNotice : {"release_date", "releasing_org", "charge", "original_sentence"})
            f.remove(QString::fromLatin1(fromNotice));
    }
    const Result<QString> uuid =
        noticeUuid.isEmpty()
            ? PlacementService::registerSubject(m_db, m_officer,
                                                person(s, m.release.addYears(-s.age).addDays(-between(1, 300))), f)
            : PlacementService::openFromNotice(m_db, m_officer, noticeUuid, f);
    if (!uuid)
        return uuid.error();
    m.uuid = *uuid;
    Result<PlacementFile> opened = PlacementService::reload(m_db, m_officer, m.uuid);
    if (!opened)
        return opened.error();
    m.person = opened->person;
    m.prison = opened->subject.text(QStringLiteral("releasing_org"));
    const QString home = s.dualRole == QLatin1String("hukou") ? m.person.hukouAddress : m.person.residenceAddress;
    m.village = home.left(home.indexOf(QStringLiteral("村")) + 1);
    if (m.village.isEmpty())
        m.village = u("东门村");
    m.until = s.end.isEmpty() ? m_today : ago(s.endAgo);
    m.key = s.category == QLatin1String("key");

    if (Status st = handOver(m, s); !st.ok())
        return st.error();
    if (m.handover.isValid() && s.records) {
        if (Status st = group(m); !st.ok())
            return st.error();
        if (Status st = agreement(m); !st.ok())
            return st.error();
    }
    if (Status st = reviews(m, s); !st.ok())
        return st.error();
    if (Status st = placement(m, s.placement); !st.ok())
        return st.error();
    if (s.sanwu ? s.assistance : chance(15)) {
        if (Status st = assistance(m, s.sanwu); !st.ok())
            return st.error();
    }
    if (s.records) {
        if (Status st = visits(m, s); !st.ok())
            return st.error();
    }
    if (!s.move.isEmpty() && m.handover.isValid()) {
        if (Status st = move(m, s.move, std::min(m.handover.addDays(between(120, 200)), m.until)); !st.ok())
            return st.error();
    }
    if (Status st = end(m, s); !st.ok())
        return st.error();
    return m;
}

Status Builder::end(const Made &m, const Spec &s)
{
    if (s.end.isEmpty())
        return {};
    QDate day = m.until;
    QVariantMap f{{QStringLiteral("end_office_opinion"), u("同意解除帮教")},
                  {QStringLiteral("end_approver"), m_officerName},
                  {QStringLiteral("end_approved_date"), iso(day)}};
    if (s.end == QLatin1String("expired")) {
        day = std::min(std::max(day, PlacementService::assistEnd(s.source, m.release)), m_today);
        f.insert(QStringLiteral("end_approved_date"), iso(day));
        f.insert(QStringLiteral("end_reason"), u("帮教期满，期间遵纪守法，已稳定就业"));
    } else if (s.end == QLatin1String("reoffended")) {
        if (Status st = move(m, QStringLiteral("reimprisoned"), day); !st.ok())
            return st;
        f.insert(QStringLiteral("end_reason"), u("帮教期间因犯新罪被判处刑罚"));
        f.insert(QStringLiteral("new_charge"), u("盗窃罪"));
        f.insert(QStringLiteral("new_sentence"), u("有期徒刑一年六个月"));
    } else if (s.end == QLatin1String("dead")) {
        f.insert(QStringLiteral("end_reason"), u("因病医治无效死亡，已核实死亡证明"));
    } else {
        if (Status st = move(m, QStringLiteral("move_out"), day); !st.ok())
            return st;
        f.insert(QStringLiteral("end_reason"), u("户籍和居住地迁出本辖区，档案已移交迁入地司法所"));
        f.insert(QStringLiteral("moved_to"), u("宁波市鄞州区下应街道（鄞州区下应司法所）"));
    }
    return PlacementService::endAssistance(m_db, m_officer, m.uuid, s.end, day, f);
}

Spec Builder::ordinary()
{
    static const char *const modes[] = {"family", "family", "self", "escort"};
    Spec s = spec(between(40, 1500), modes[m_rng.bounded(4)], chance(20) ? "key" : "general");
    s.male = chance(88);
    s.age = between(22, 58);
    s.crime = between(0, 9);
    s.termMonths = between(kCrimes[s.crime].minMonths, kCrimes[s.crime].maxMonths);
    if (s.category == QLatin1String("key"))
        s.factors << QString::fromLatin1(kCrimes[s.crime].factor ? kCrimes[s.crime].factor : "recidivist");
    if (s.handover == QLatin1String("escort"))
        s.handoverAfter = 0;
    if (chance(60))
        s.placement = QStringLiteral("0%1").arg(between(1, 6));
    return s;
}

Status Builder::scenarios(int count, int *made)
{
    QList<Spec> list;
    auto add = [&list](Spec s) { list << s; };
    Spec s = spec(3, "", "");  // released three days ago, the hand-over still to come
    s.records = false;
    s.police = false;
    add(s);
    s = spec(24, "", "");  // not handed over 24 days after release: escalate, on the monthly list
    s.records = false;
    s.police = false;
    s.crime = Fraud;
    add(s);
    s = spec(75, "unknown", "");  // whereabouts unknown
    s.records = false;
    s.police = false;
    s.crime = Theft;
    s.factors = {QStringLiteral("recidivist")};
    add(s);
    s = spec(20, "escort", "key");  // from the prison's notice, escorted: the notice scenario
    s.fromNotice = true;
    s.age = 31;
    s.crime = Robbery;
    s.termMonths = 84;
    s.factors = {QStringLiteral("violent"), QStringLiteral("prison_high_risk")};
    add(s);
    s = spec(400, "escort", "key");  // a key person whose six-monthly review is overdue
    s.crime = Drugs;
    s.factors = {QStringLiteral("drug"), QStringLiteral("recidivist")};
    s.lastReviewAgo = 200;
    s.placement = QStringLiteral("05");
    add(s);
    s = spec(300, "family", "general");
    s.crime = Fraud;
    s.male = false;
    s.placement = QStringLiteral("05");
    add(s);
    s = spec(500, "self", "general");
    s.crime = Fishing;
    s.placement = QStringLiteral("01");
    add(s);
    s = spec(250, "self", "key");  // 三无, with social assistance and a public-welfare post
    s.sanwu = true;
    s.factors = {QStringLiteral("sanwu")};
    s.placement = QStringLiteral("02");
    add(s);
    s = spec(12, "self", "general");  // 三无, no social assistance yet
    s.sanwu = true;
    s.assistance = false;
    add(s);
    s = spec(700, "family", "general");  // key at first, lowered to general; own business
    s.crime = Assault;
    s.factors = {QStringLiteral("violent")};
    s.placement = QStringLiteral("03");
    add(s);
    s = spec(900, "self", "general");  // self-employed, moved within the area
    s.crime = Gambling;
    s.placement = QStringLiteral("04");
    s.move = QStringLiteral("move_within");
    add(s);
    s = spec(200, "family", "general");  // household here, lives in 西周镇 (双列管)
    s.dualRole = QStringLiteral("hukou");
    s.move = QStringLiteral("residence_change");
    add(s);
    s = spec(150, "self", "general");  // lives here, household in 贤庠镇 (双列管)
    s.male = false;
    s.dualRole = QStringLiteral("residence");
    s.placement = QStringLiteral("05");
    add(s);
    s = spec(100, "family", "key");  // a key person collected by the family, not escorted
    s.crime = Extortion;
    s.factors = {QStringLiteral("organised")};
    add(s);
    s = spec(540, "family", "general");  // the six-monthly review falls due in ten days
    s.crime = TrafficAccident;
    s.lastReviewAgo = 172;
    s.placement = QStringLiteral("05");
    add(s);
    s = spec(160, "self", "general");
    s.crime = Provocation;
    s.placement = QStringLiteral("06");
    add(s);
    s = spec(90, "family", "general");  // a minor from the juvenile offenders' institution
    s.age = 17;
    s.termMonths = 10;
    add(s);
    s = spec(365 * 5 - 20, "self", "general");  // the period ends in about three weeks
    s.male = false;
    s.crime = Gambling;
    s.placement = QStringLiteral("05");
    add(s);
    s = spec(365 * 5 + 12, "family", "general");  // the period is over, the file still open
    s.placement = QStringLiteral("01");
    add(s);
    s = spec(365 * 5 + 60, "family", "general");  // ended: period completed
    s.end = QStringLiteral("expired");
    s.endAgo = 30;
    s.placement = QStringLiteral("05");
    add(s);
    s = spec(700, "family", "general");  // ended: re-offended
    s.end = QStringLiteral("reoffended");
    s.endAgo = 60;
    s.placement = QStringLiteral("05");
    add(s);
    s = spec(1100, "self", "general");  // ended: died
    s.end = QStringLiteral("dead");
    s.endAgo = 150;
    s.age = 58;
    add(s);
    s = spec(540, "family", "general");  // ended: moved away
    s.end = QStringLiteral("moved");
    s.endAgo = 30;
    s.placement = QStringLiteral("04");
    add(s);
    s = spec(400, "self", "general");  // no visit for four months
    s.visitGap = 120;
    s.crime = Theft;
    add(s);
    s = spec(45, "escort", "key");  // escorted, visited monthly
    s.crime = Theft;
    s.factors = {QStringLiteral("recidivist"), QStringLiteral("denies_guilt")};
    add(s);

    *made = 0;
    for (const Spec &one : std::as_const(list)) {
        if (*made >= count)
            break;
        QString notice;
        if (one.fromNotice) {
            // 40 days before the release the prison's notice came; the family was told and the
            // person found before the file was opened from it.
            const Person p = person(one, ago(one.releasedAgo).addYears(-one.age).addDays(-between(1, 300)));
            const QDate received = ago(one.releasedAgo + 40);
            Result<QString> n = PlacementService::saveNotice(
                m_db, m_officer, QString(),
                {{QStringLiteral("name"), p.name},
                 {QStringLiteral("id_number"), p.idNumber},
                 {QStringLiteral("notice_no"), u("浙狱释通字〔%1〕%2号").arg(received.year()).arg(between(100, 990))},
                 {QStringLiteral("prison"), u("浙江省第二监狱")},
                 {QStringLiteral("received_date"), iso(received)},
                 {QStringLiteral("expected_date"), iso(ago(one.releasedAgo))},
                 {QStringLiteral("hukou_address"), p.hukouAddress},
                 {QStringLiteral("residence"), p.residenceAddress},
                 {QStringLiteral("charge"), u(kCrimes[one.crime].name)},
                 {QStringLiteral("original_sentence"), u("有期徒刑七年")},
                 {QStringLiteral("prison_risk"), QStringLiteral("high")}});
            if (!n)
                return n.status();
            ++m_summary->notices;
            if (Status st = PlacementService::recordFamilyInformed(m_db, m_officer, *n, received.addDays(2)); !st.ok())
                return st;
            if (Status st = PlacementService::checkNotice(m_db, m_officer, *n, QStringLiteral("located"),
                                                          received.addDays(5), QString());
                !st.ok())
                return st;
            notice = *n;
        }
        if (Result<Made> m = file(one, notice); !m)
            return m.status();
        ++*made;
    }
    return {};
}

Status Builder::fromCorrection()
{
    PlacementQuery q;
    q.source = QStringLiteral("correction");
    q.status = QStringLiteral("assisting");
    Result<QList<PlacementListItem>> items = PlacementService::list(m_db, m_officer, q);
    if (!items)
        return items.status();
    for (const PlacementListItem &item : std::as_const(*items)) {
        Result<PlacementFile> f = PlacementService::reload(m_db, m_officer, item.uuid);
        if (!f)
            return f.status();
        if (!f->reviews.isEmpty())
            continue;
        if (Status st = PlacementService::update(m_db, m_officer, item.uuid, {{QStringLiteral("officer"), m_officer.username}});
            !st.ok())
            return st;
        Made m;
        m.uuid = item.uuid;
        m.person = f->person;
        m.release = f->subject.date(QStringLiteral("release_date"));
        m.handover = f->subject.date(QStringLiteral("handover_date"));
        m.until = m_today;
        m.village = m.person.residenceAddress.left(m.person.residenceAddress.indexOf(QStringLiteral("村")) + 1);
        if (m.village.isEmpty())
            m.village = u("东门村");
        if (!m.handover.isValid())
            continue;
        Spec s;
        s.category = QStringLiteral("general");
        if (Status st = assess(m, std::min(m.handover.addDays(2), m_today), s.category, {},
                               u("解除社区矫正后纳入安置帮教，参考矫正期间表现和解矫评估，评为一般帮教对象"));
            !st.ok())
            return st;
        if (Status st = group(m); !st.ok())
            return st;
        if (Status st = agreement(m); !st.ok())
            return st;
        if (Status st = visits(m, s); !st.ok())
            return st;
    }
    return {};
}

Status Builder::run(int count, DemoPlacementSummary &summary)
{
    m_summary = &summary;
    if (count > 0) {
        if (Status st = notices(); !st.ok())
            return st;
        int made = 0;
        if (Status st = scenarios(count, &made); !st.ok())
            return st;
        for (int i = made; i < count; ++i) {
            if (Result<Made> m = file(ordinary()); !m)
                return m.status();
        }
    }
    if (Status st = fromCorrection(); !st.ok())
        return st;
    Result<QList<PlacementListItem>> all = PlacementService::list(m_db, m_officer, PlacementQuery{});
    if (!all)
        return all.status();
    for (const PlacementListItem &i : std::as_const(*all)) {
        ++summary.files;
        summary.fromCorrection += i.source == QLatin1String("correction") ? 1 : 0;
        if (i.status != QLatin1String("assisting")) {
            ++summary.ended;
            continue;
        }
        ++summary.assisting;
        summary.pending += i.handoverStatus == QLatin1String("pending") ? 1 : 0;
        summary.unknown += i.handoverStatus == QLatin1String("unknown") ? 1 : 0;
        summary.keyPersons += i.category == QLatin1String("key") ? 1 : 0;
    }
    return {};
}

}  // namespace demo_placement

Result<DemoPlacementSummary> DemoPlacement::create(Database &db, const Session &officer, DemoPeople &people,
                                                   QRandomGenerator &rng, const QDate &today, int count)
{
    DemoPlacementSummary summary;
    demo_placement::Builder builder(db, officer, people, rng, today);
    if (Status st = builder.run(count, summary); !st.ok())
        return st.error();
    return summary;
}

}  // namespace sifa
