#include "BenchCounty.h"

#include "codes/Divisions.h"
#include "demo/DemoPeople.h"
#include "demo/DemoRecipes.h"
#include "domain/Office.h"
#include "mediation/DisputeSearch.h"
#include "storage/Database.h"

#include <QDate>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRandomGenerator>
#include <QSet>
#include <QUuid>

namespace sifa::bench {

QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

void rawExec(sqlite3 *db, const char *sql)
{
    char *err = nullptr;
    if (sqlite3_exec(db, sql, nullptr, nullptr, &err) != SQLITE_OK) {
        out() << "exec failed: " << QString::fromUtf8(err) << Qt::endl;
        sqlite3_free(err);
        std::abort();
    }
}

qint64 timed(const std::function<void()> &f)
{
    QElapsedTimer t;
    t.start();
    f();
    return t.nsecsElapsed();
}

QString procStatus(const char *key)
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return QString();
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith(key))
            return QString::fromLatin1(line.mid(static_cast<int>(qstrlen(key)) + 1).trimmed());
    }
    return QString();
}

namespace {

// ---------------------------------------------------------------------------------------------
// The synthetic county

struct TypePhrases {
    const char *code;
    int weight;
    const char *name;
    std::vector<const char *> causes;
    std::vector<const char *> claims;
};

const std::vector<TypePhrases> &types()
{
    static const std::vector<TypePhrases> list = {
        {"01", 15, "婚姻家庭纠纷",
         {"因家庭琐事发生争吵，女方提出离婚", "因赡养老人问题发生纠纷", "因子女抚养费问题产生矛盾",
          "因彩礼返还问题发生争议", "因分家析产问题发生纠纷"},
         {"要求解除婚姻关系并分割共同财产", "要求每月支付赡养费", "要求支付子女抚养费", "要求返还彩礼"}},
        {"02", 25, "邻里纠纷",
         {"因房屋漏水问题与楼下邻居发生纠纷", "因噪音扰民发生口角", "因排水沟堵塞引发邻里矛盾",
          "因通行道路问题发生争执", "因树木遮挡采光发生矛盾", "因堆放杂物占用公共通道发生争执"},
         {"要求对方停止侵害、恢复原状", "要求赔偿维修费用", "要求对方赔礼道歉"}},
        {"03", 12, "房屋宅基地纠纷",
         {"因宅基地界址不清发生争执", "因建房越界占用宅基地引发纠纷", "因房屋买卖过户问题产生纠纷",
          "因房屋租赁押金退还发生纠纷", "因老宅拆除重建影响相邻房屋发生争议"},
         {"要求确认宅基地界址", "要求拆除越界建筑", "要求退还租房押金"}},
        {"04", 8, "合同纠纷",
         {"因买卖合同货款未付发生纠纷", "因装修工程款结算产生争议", "因借款到期未还发生纠纷",
          "因承包合同履行问题发生争议"},
         {"要求支付货款", "要求支付装修工程款", "要求归还借款及利息"}},
        {"05", 4, "生产经营纠纷",
         {"因渔船合伙经营利润分配产生纠纷", "因养殖塘承包费用发生争议", "因合伙经营亏损分担问题发生纠纷"},
         {"要求按约定分配利润", "要求支付承包费"}},
        {"06", 8, "损害赔偿纠纷",
         {"因饲养的狗咬伤他人引发赔偿纠纷", "因施工不慎损坏他人财物引发赔偿纠纷", "因打架斗殴致人受伤要求赔偿医疗费"},
         {"要求赔偿医疗费、误工费", "要求赔偿财产损失"}},
        {"07", 5, "山林土地纠纷",
         {"因山林权属界限不清发生争议", "因承包土地流转费用发生纠纷", "因坟地占用耕地引发争执"},
         {"要求确认山林权属", "要求支付土地流转费"}},
        {"08", 3, "征地拆迁纠纷",
         {"因征地补偿款分配不均发生纠纷", "因房屋拆迁安置面积产生争议"},
         {"要求重新分配征地补偿款", "要求增加安置面积"}},
        {"09", 1, "环境污染纠纷",
         {"因养殖场臭气污染周边环境引发纠纷", "因工厂排放废水污染农田发生纠纷"},
         {"要求停止排污并赔偿损失"}},
        {"10", 6, "劳动争议纠纷",
         {"因拖欠工资发生劳动争议", "因工伤赔偿问题与用人单位发生纠纷", "因解除劳动合同经济补偿金发生争议",
          "因拖欠农民工工程款引发纠纷"},
         {"要求支付拖欠工资", "要求支付工伤赔偿", "要求支付经济补偿金", "要求结清工程款"}},
        {"11", 2, "消费纠纷",
         {"因购买的商品质量问题发生消费纠纷", "因预付卡退费问题发生纠纷"},
         {"要求退货退款", "要求退还预付卡余额"}},
        {"12", 1, "医疗纠纷",
         {"因治疗效果不佳对医疗费用产生争议", "因手术后遗症要求赔偿发生医疗纠纷"},
         {"要求减免医疗费用", "要求赔偿医疗损害"}},
        {"13", 5, "道路交通事故纠纷",
         {"因交通事故赔偿问题发生纠纷", "因电动车与行人相撞引发赔偿纠纷", "因车辆刮擦修理费用发生争议"},
         {"要求赔偿医疗费、误工费、护理费", "要求赔偿车辆修理费"}},
        {"14", 3, "物业纠纷",
         {"因物业服务费收缴问题发生纠纷", "因小区停车位管理引发矛盾"},
         {"要求支付物业服务费", "要求改善停车管理"}},
        {"99", 2, "其他纠纷", {"因其他民间纠纷发生争执"}, {"要求对方赔礼道歉"}},
    };
    return list;
}

const char *const kProcess[] = {"双方多次协商未果", "村委会多次调处未成", "经村干部劝说无效", "矛盾有激化趋势",
                                "双方情绪激动", "申请人多次上门讨要未果"};
const char *const kOrgKinds[] = {"建筑工程有限公司", "水产有限公司", "物业管理有限公司", "汽车服务有限公司",
                                 "食品有限公司", "装饰工程有限公司", "渔业专业合作社", "商贸有限公司"};
const char *const kReferralBodies[] = {"象山县公安局%1派出所", "象山县人民法院", "象山县信访局", "%1镇人民政府"};

struct Township {
    QString code;
    QString name;
    QString abbr;
    QString committee;  // the township committee's uuid
    QStringList villageCommittees;
    QHash<QString, QStringList> mediators;  // committee uuid → its mediators
    QStringList villages;
    QHash<int, int> nextCaseNo;  // year → next number
};

class County {
public:
    County(sqlite3 *db, QRandomGenerator &rng, const DemoRecipes &recipes)
        : m_db(db), m_rng(rng), m_recipes(recipes), m_people(recipes, rng, QStringLiteral("330225101"), QDate(2026, 6, 30))
    {
    }

    void generate(int disputes);

private:
    QString pick(const QStringList &l) { return l.at(static_cast<int>(m_rng.bounded(l.size()))); }
    int percent() { return static_cast<int>(m_rng.bounded(100)); }
    QString uuid() { return QUuid::createUuid().toString(QUuid::WithoutBraces); }
    void makeTownships();
    void insertDispute(const QDate &registered, const QDate &today);

    sqlite3 *m_db;
    QRandomGenerator &m_rng;
    const DemoRecipes &m_recipes;
    DemoPeople m_people;
    QList<Township> m_townships;
    std::unique_ptr<Stmt> m_dispute, m_party, m_agreement, m_committee, m_mediator;
};

void County::makeTownships()
{
    const QString villageFirst = m_recipes.villageFirst;
    const QString villageSecond = m_recipes.villageSecond;
    for (const Divisions::Entry &e : Divisions::instance().children(QStringLiteral("330225"))) {
        Township t;
        t.code = e.code;
        t.name = e.name;
        t.abbr = Office::defaultAbbreviation(e.name);
        auto committee = [&](const QString &name, const QString &kind) {
            const QString u = uuid();
            m_committee->text(1, u).text(2, t.code).text(3, name).text(4, kind).text(5, t.code).run();
            QStringList mediators;
            const int n = kind == QLatin1String("township") ? 12 : 3;
            for (int i = 0; i < n; ++i) {
                const QString m = uuid();
                m_mediator->text(1, m).text(2, t.code).text(3, m_people.fullName(m_rng.bounded(100) < 60)).text(4, u)
                    .integer(5, kind == QLatin1String("township") ? 1 : 0).run();
                mediators << m;
            }
            t.mediators.insert(u, mediators);
            return u;
        };
        t.committee = committee(t.name + QStringLiteral("人民调解委员会"), QStringLiteral("township"));
        for (int i = 0; i < 15; ++i) {
            QString v;
            do {
                v = QString(villageFirst.at(static_cast<int>(m_rng.bounded(villageFirst.size()))))
                    + villageSecond.at(static_cast<int>(m_rng.bounded(villageSecond.size())));
            } while (t.villages.contains(v));
            t.villages << v;
            t.villageCommittees << committee(v + QStringLiteral("村人民调解委员会"), QStringLiteral("village"));
        }
        m_townships << t;
    }
}

void County::generate(int disputes)
{
    const char *meta = "uuid, office_code, created_at, created_by, updated_at, updated_by, deleted";
    m_committee = std::make_unique<Stmt>(
        m_db, "INSERT INTO committee(uuid, office_code, created_at, created_by, updated_at, updated_by, name, kind, "
              "division_code) VALUES (?1, ?2, '2016-01-01T00:00:00Z', 'bench', '2016-01-01T00:00:00Z', 'bench', ?3, ?4, ?5)");
    m_mediator = std::make_unique<Stmt>(
        m_db, "INSERT INTO mediator(uuid, office_code, created_at, created_by, updated_at, updated_by, name, "
              "committee_uuid, full_time) VALUES (?1, ?2, '2016-01-01T00:00:00Z', 'bench', '2016-01-01T00:00:00Z', "
              "'bench', ?3, ?4, ?5)");
    m_dispute = std::make_unique<Stmt>(
        m_db, QByteArray(QByteArray("INSERT INTO dispute(") + meta
                         + ", case_no, title, source, referral_kind, referral_body, dispute_type, summary, claims, "
                           "persons_involved, amount_involved, place, committee_uuid, lead_mediator_uuid, "
                           "assist_mediator_uuid, status, registered_date, accepted_date, decided_date, "
                           "not_accepted_reason, risk_level, is_group, group_headcount, result, result_date, "
                           "termination_reason, closed_date, archived_date, registrar) VALUES (?1, ?2, ?3, 'bench', ?3, "
                           "'bench', ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21, "
                           "?22, ?23, ?24, ?25, ?26, ?27, ?28, ?29, ?30, ?31, 'bench')")
                  .constData());
    m_party = std::make_unique<Stmt>(
        m_db, QByteArray(QByteArray("INSERT INTO dispute_party(") + meta
                         + ", dispute_uuid, seq, role, kind, name, legal_rep, address, phone, id_number) VALUES "
                           "(?1, ?2, ?3, 'bench', ?3, 'bench', 0, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)")
                  .constData());
    m_agreement = std::make_unique<Stmt>(
        m_db, QByteArray(QByteArray("INSERT INTO agreement(") + meta
                         + ", dispute_uuid, agreement_no, form, agreed_date, effective_date, copies, amount, "
                           "performance_status, performance_date) VALUES (?1, ?2, ?3, 'bench', ?3, 'bench', 0, ?4, ?5, "
                           "?6, ?7, ?7, 3, ?8, ?9, ?10)")
                  .constData());
    makeTownships();

    // Cases are entered in the order they were registered, across the county, over ten years.
    const QDate today(2026, 6, 30);
    const QDate first = today.addYears(-10).addDays(1);
    const qint64 days = first.daysTo(today) + 1;
    QElapsedTimer t;
    t.start();
    for (int i = 0; i < disputes; ++i) {
        const QDate registered = first.addDays(static_cast<qint64>(i) * days / disputes);
        insertDispute(registered, today);
        if (i % 100000 == 99999)
            out() << QStringLiteral("  %1 disputes written (%2 s)").arg(i + 1).arg(static_cast<double>(t.elapsed()) / 1000, 0, 'f', 1)
                  << Qt::endl;
    }
}

void County::insertDispute(const QDate &registered, const QDate &today)
{
    Township &t = m_townships[static_cast<int>(m_rng.bounded(m_townships.size()))];
    // Type by weight.
    int w = static_cast<int>(m_rng.bounded(100));
    const TypePhrases *type = &types().back();
    for (const TypePhrases &tp : types()) {
        if (w < tp.weight) {
            type = &tp;
            break;
        }
        w -= tp.weight;
    }
    const QString typeCode = QString::fromLatin1(type->code);
    const bool orgType = QStringList{QStringLiteral("04"), QStringLiteral("05"), QStringLiteral("10"), QStringLiteral("11"),
                                     QStringLiteral("12"), QStringLiteral("14")}.contains(typeCode);

    // Parties: an applicant and a respondent, sometimes a third party or a second respondent.
    struct P {
        QString role, kind, name, legalRep, address, phone, id;
    };
    QList<P> parties;
    const int n = percent() < 85 ? 2 : (percent() < 65 ? 3 : 4);
    for (int k = 0; k < n; ++k) {
        P p;
        p.role = k == 0 ? QStringLiteral("applicant") : (k == 1 || k == 3) ? QStringLiteral("respondent") : QStringLiteral("third");
        if (k == 1 && orgType && percent() < 40) {
            p.kind = QStringLiteral("org");
            p.name = QStringLiteral("象山") + pick(t.villages) + QString::fromUtf8(kOrgKinds[m_rng.bounded(8)]);
            p.legalRep = m_people.fullName(true);
            p.phone = percent() < 50 ? QStringLiteral("0574-65%1").arg(m_rng.bounded(100000, 999999)) : QString();
        } else {
            const Person person = m_people.next();
            p.kind = QStringLiteral("person");
            p.name = person.name;
            p.address = person.residenceAddress;
            p.phone = person.phone;
            p.id = person.idNumber;
        }
        parties << p;
    }

    // Where the case stands: most are archived; recent ones are still open.
    const qint64 age = registered.daysTo(today);
    int r = percent();
    QString status;
    if (age > 90) {
        status = r < 88 ? QStringLiteral("archived") : r < 92 ? QStringLiteral("terminated") : r < 95 ? QStringLiteral("not_accepted")
            : r < 97 ? QStringLiteral("performed") : r < 98 ? QStringLiteral("not_performed") : r < 99 ? QStringLiteral("performing")
                                                                                                 : QStringLiteral("agreed");
    } else if (age > 30) {
        status = r < 40 ? QStringLiteral("archived") : r < 55 ? QStringLiteral("performing") : r < 65 ? QStringLiteral("performed")
            : r < 75 ? QStringLiteral("agreed") : r < 85 ? QStringLiteral("terminated") : r < 90 ? QStringLiteral("not_accepted")
                                                                                        : QStringLiteral("mediating");
    } else {
        status = r < 15 ? QStringLiteral("registered") : r < 35 ? QStringLiteral("accepted") : r < 45 ? QStringLiteral("investigating")
            : r < 75 ? QStringLiteral("mediating") : r < 88 ? QStringLiteral("agreed") : r < 94 ? QStringLiteral("terminated")
                                                                                        : QStringLiteral("not_accepted");
    }
    const bool accepted = status != QLatin1String("registered") && status != QLatin1String("not_accepted");
    const QDate acceptedDate = accepted ? registered.addDays(m_rng.bounded(0, 4)) : QDate();
    QDate decided = status == QLatin1String("registered") ? QDate() : registered.addDays(m_rng.bounded(0, 4));
    if (accepted)
        decided = acceptedDate;
    const bool agreed = accepted && status != QLatin1String("accepted") && status != QLatin1String("investigating")
        && status != QLatin1String("mediating") && status != QLatin1String("terminated");
    const QString result = agreed ? (percent() < 78 ? QStringLiteral("written") : QStringLiteral("oral"))
        : status == QLatin1String("terminated") ? QStringLiteral("terminated") : QString();
    const QDate resultDate = result.isEmpty() ? QDate() : std::min(today, acceptedDate.addDays(m_rng.bounded(1, 28)));
    const bool closed = status == QLatin1String("archived") || status == QLatin1String("performed")
        || status == QLatin1String("not_performed") || status == QLatin1String("terminated");
    const QDate closedDate = closed ? std::min(today, resultDate.addDays(m_rng.bounded(0, 60))) : QDate();
    const QDate archivedDate = status == QLatin1String("archived") ? std::min(today, closedDate.addDays(m_rng.bounded(0, 30))) : QDate();

    const int year = registered.year();
    const int number = t.nextCaseNo.value(year, 1);
    t.nextCaseNo.insert(year, number + 1);
    const QString caseNo = QStringLiteral("（%1）%2人调字第%3号").arg(year).arg(t.abbr).arg(number);

    const bool village = percent() < 45;
    const QString committee = village ? pick(t.villageCommittees) : t.committee;
    const QStringList &mediators = t.mediators[committee];
    const QString lead = pick(mediators);
    QString assist;
    if (percent() < 50) {
        do
            assist = pick(mediators);
        while (assist == lead);
    }
    const QString place = village ? QString() : pick(t.villages) + QStringLiteral("村");

    const int s = percent();
    const QString source = s < 55 ? QStringLiteral("application") : s < 75 ? QStringLiteral("initiative")
        : s < 90 ? QStringLiteral("referral") : QStringLiteral("screening");
    QString referralKind, referralBody;
    if (source == QLatin1String("referral")) {
        const int k = static_cast<int>(m_rng.bounded(4));
        referralKind = QStringList{QStringLiteral("police"), QStringLiteral("court"), QStringLiteral("petition"),
                                   QStringLiteral("government")}.at(k);
        referralBody = QString::fromUtf8(kReferralBodies[k]).replace(QStringLiteral("%1"), t.abbr);
    }
    const int rk = percent();
    const QString risk = rk < 95 ? QString() : rk < 98 ? QStringLiteral("yellow") : rk < 99 ? QStringLiteral("orange") : QStringLiteral("red");
    const bool group = percent() < 2;
    const qint64 amount = percent() < 60 ? static_cast<qint64>(m_rng.bounded(5, 2000)) * 10000 : 0;

    QString summary = QStringLiteral("%1年%2月，%3%4与%5%6").arg(registered.year()).arg(registered.month())
                          .arg(parties[0].kind == QLatin1String("org") ? QString() : QStringLiteral("申请人"), parties[0].name,
                               QStringLiteral("被申请人"), parties[1].name);
    summary += QString::fromUtf8(type->causes[m_rng.bounded(static_cast<quint32>(type->causes.size()))]);
    summary += QStringLiteral("，") + QString::fromUtf8(kProcess[m_rng.bounded(6)]);
    if (amount > 0)
        summary += QStringLiteral("，涉及金额%1元").arg(amount / 100);
    summary += QStringLiteral("，") + (source == QLatin1String("referral") ? referralBody + QStringLiteral("委托调委会调解。")
                                                                          : QStringLiteral("申请人向调委会申请调解。"));
    QString claims = QString::fromUtf8(type->claims[m_rng.bounded(static_cast<quint32>(type->claims.size()))]);
    if (amount > 0)
        claims += QStringLiteral("%1元").arg(amount / 100);
    const QString title = percent() < 30 ? parties[0].name + QStringLiteral("与") + parties[1].name + QString::fromUtf8(type->name)
                                         : QString();

    const QString d = uuid();
    const QString created = registered.toString(Qt::ISODate) + QStringLiteral("T09:00:00Z");
    auto date = [](const QDate &x) { return x.isValid() ? x.toString(Qt::ISODate) : QString(); };
    m_dispute->text(1, d).text(2, t.code).text(3, created).integer(4, percent() < 1 ? 1 : 0).text(5, caseNo).text(6, title)
        .text(7, source).text(8, referralKind).text(9, referralBody).text(10, typeCode).text(11, summary).text(12, claims)
        .integer(13, n + (group ? 10 : 0)).integer(14, amount).text(15, place).text(16, committee).text(17, lead)
        .text(18, assist).text(19, status).text(20, date(registered)).text(21, date(acceptedDate)).text(22, date(decided))
        .text(23, status == QLatin1String("not_accepted") ? QStringLiteral("不属于人民调解范围") : QString())
        .text(24, risk).integer(25, group ? 1 : 0).integer(26, group ? 10 + n : 0).text(27, result).text(28, date(resultDate))
        .text(29, status == QLatin1String("terminated") ? QStringLiteral("一方拒绝继续调解") : QString())
        .text(30, date(closedDate)).text(31, date(archivedDate));
    m_dispute->run();
    for (int k = 0; k < parties.size(); ++k) {
        const P &p = parties[k];
        m_party->text(1, uuid()).text(2, t.code).text(3, created).text(4, d).integer(5, k + 1).text(6, p.role).text(7, p.kind)
            .text(8, p.name).text(9, p.legalRep).text(10, p.address).text(11, p.phone).text(12, p.id).run();
    }
    if (!result.isEmpty() && result != QLatin1String("terminated")) {
        const QString no = QStringLiteral("（%1）%2人调协字第%3号").arg(year).arg(t.abbr).arg(number);
        const QString perf = status == QLatin1String("not_performed") ? QStringLiteral("failed")
            : (status == QLatin1String("agreed") || status == QLatin1String("performing")) ? QStringLiteral("pending")
                                                                                           : QStringLiteral("done");
        m_agreement->text(1, uuid()).text(2, t.code).text(3, created).text(4, d).text(5, no).text(6, result)
            .text(7, date(resultDate)).integer(8, amount).text(9, perf)
            .text(10, perf == QLatin1String("done") ? date(closedDate) : QString()).run();
    }
}


// ---------------------------------------------------------------------------------------------
// The correction and resettlement caseload

const char *const kCharges[] = {"危险驾驶罪", "盗窃罪", "故意伤害罪", "诈骗罪", "交通肇事罪", "寻衅滋事罪",
                                "开设赌场罪", "非法捕捞水产品罪", "帮助信息网络犯罪活动罪", "掩饰、隐瞒犯罪所得罪"};
const char *const kPrisons[] = {"浙江省乔司监狱", "浙江省十里坪监狱", "浙江省宁波监狱", "浙江省南湖监狱",
                                "浙江省女子监狱", "浙江省长湖监狱"};
const char *const kVillages[] = {"东门村", "番西村", "沙塘村", "中心村", "昌国村", "新桥村", "岳头村", "大林村"};

class Caseload {
public:
    Caseload(sqlite3 *db, QRandomGenerator &rng, const DemoRecipes &recipes)
        : m_db(db), m_rng(rng), m_people(recipes, rng, QStringLiteral("330225101"), m_today)
    {
        for (const Divisions::Entry &e : Divisions::instance().children(QStringLiteral("330225")))
            m_townships << e.code;
        const char *meta = "uuid, office_code, created_at, created_by, updated_at, updated_by";
        const auto prepare = [&](const QByteArray &table, const QByteArray &columns, int n) {
            QByteArray values = "?1, ?2, ?3, 'bench', ?3, 'bench'";
            for (int i = 4; i <= n; ++i)
                values += ", ?" + QByteArray::number(i);
            return std::make_unique<Stmt>(
                m_db, ("INSERT INTO " + table + "(" + meta + ", " + columns + ") VALUES (" + values + ")").constData());
        };
        m_person = prepare("person", "name, sex, ethnicity, id_type, id_number, birth_date, education, phone, "
                                     "hukou_division, hukou_address, residence_division, residence_address", 15);
        m_subject = prepare("cc_subject", "person_uuid, subject_no, correction_type, outside_reason, status, grade, "
                                          "is_minor, sealed, officer, decision_body, judgment_date, effective_date, "
                                          "charge, original_sentence, period_from, period_to, reported_date, "
                                          "received_date, end_type, end_date, end_reason, reoffence_date", 25);
        m_grade = prepare("cc_grade_change", "subject_uuid, grade, from_date, reason", 7);
        m_activity = prepare("cc_activity", "subject_uuid, kind, activity_date, minutes, place, content, staff", 10);
        m_request = prepare("cc_request", "subject_uuid, kind, status, applied_date, reason, destination, start_date, "
                                          "end_date, new_address, level, county_date, decision_no", 15);
        m_sanction = prepare("cc_sanction", "subject_uuid, kind, status, facts, proposal_date, decision_no, "
                                            "decision_date", 10);
        m_missing = prepare("cc_missing", "subject_uuid, lost_date, found_date, police_notified", 7);
        m_monitoring = prepare("cc_monitoring", "subject_uuid, ground, approval_no, start_date, end_date, ended_date", 9);
        m_assessment = prepare("cc_assessment", "entrust_no, entrusting_body, name, id_number, sex, charge, "
                                                "proposed_type, received_date, opinion, completed_date, is_minor", 14);
        m_file = prepare("rp_subject", "person_uuid, subject_no, source_type, status, officer, release_date, "
                                       "assist_end_date, releasing_org, charge, original_sentence, no_home, no_job, "
                                       "no_family, category, risk_level, handover_mode, handover_status, handover_date, "
                                       "reported_date, police_registered_date, end_type, end_date, end_reason", 26);
        m_review = prepare("rp_risk_review", "subject_uuid, review_date, category, risk_level, reason, reviewer", 9);
        m_member = prepare("rp_member", "subject_uuid, seq, name, role, unit, phone", 9);
        m_agreement = prepare("rp_agreement", "subject_uuid, signed_date, parties, village, obligations, valid_until", 9);
        m_placement = prepare("rp_placement", "subject_uuid, mode, placed_date, employer, social_insurance, ended_date", 9);
        m_assistance = prepare("rp_assistance", "subject_uuid, kind, granted_date, amount_fen, provider", 8);
    }

    void subjects(int n);
    void files(int n);
    qint64 rows() const { return m_rows; }

private:
    QString uuid() { return QUuid::createUuid().toString(QUuid::WithoutBraces); }
    int percent() { return static_cast<int>(m_rng.bounded(100)); }
    int between(int lo, int hi) { return static_cast<int>(m_rng.bounded(lo, hi + 1)); }
    static QString iso(const QDate &d) { return d.isValid() ? d.toString(Qt::ISODate) : QString(); }
    static QString at(const QDate &d) { return d.toString(Qt::ISODate) + QStringLiteral("T09:00:00Z"); }
    QDate dayIn(const QDate &first, const QDate &last)
    {
        return first.addDays(static_cast<qint64>(m_rng.bounded(static_cast<quint32>(first.daysTo(last) + 1))));
    }
    // A person of the county, aged 16 to 70 on `on`, with an ID number no one else has.
    QString person(const QString &office, const QDate &on, bool *minor, QString *idNumber, QString *name,
                   QString *sex);
    void run(Stmt &st)
    {
        st.run();
        ++m_rows;
    }

    sqlite3 *m_db;
    QRandomGenerator &m_rng;
    const QDate m_today{2026, 6, 30};
    DemoPeople m_people;
    QStringList m_townships;
    QSet<QString> m_ids;
    qint64 m_rows = 0;
    std::unique_ptr<Stmt> m_person, m_subject, m_grade, m_activity, m_request, m_sanction, m_missing, m_monitoring,
        m_assessment, m_file, m_review, m_member, m_agreement, m_placement, m_assistance;
};

QString Caseload::person(const QString &office, const QDate &on, bool *minor, QString *idNumber, QString *name,
                         QString *sex)
{
    Person p;
    for (;;) {
        const bool male = percent() < 88;
        const int age = percent() < 2 ? between(16, 17) : between(18, 70);
        const QDate birth = on.addYears(-age).addDays(-between(0, 364));
        p = m_people.local(male, birth);
        if (!m_ids.contains(p.idNumber))
            break;
    }
    m_ids.insert(p.idNumber);
    const QString u = uuid();
    m_person->text(1, u).text(2, office).text(3, at(on)).text(4, p.name).text(5, p.sex).text(6, p.ethnicity)
        .text(7, p.idType).text(8, p.idNumber).text(9, iso(p.birthDate)).text(10, p.education).text(11, p.phone)
        .text(12, p.hukouDivision).text(13, p.hukouAddress).text(14, p.residenceDivision).text(15, p.residenceAddress);
    run(*m_person);
    *minor = p.birthDate.addYears(18) > on;
    *idNumber = p.idNumber;
    *name = p.name;
    *sex = p.sex;
    return u;
}

void Caseload::subjects(int n)
{
    // Received from 2015 (so that the first years start with people in register) to today;
    // the period by type, most files run to their end, a few end early or move away.
    const QDate first(2015, 1, 1);
    // Files are entered as people arrive, and their records as the months go by: the tables'
    // row order follows the dates, as in an office's database.
    std::vector<QDate> arrivals;
    for (int i = 0; i < n; ++i)
        arrivals.push_back(dayIn(first, m_today.addDays(-5)));
    std::sort(arrivals.begin(), arrivals.end());
    struct Activity {
        QDate date;
        int subject;
        bool welfare;
        int minutes;
    };
    std::vector<Activity> activities;
    QStringList subjectUuids;
    QStringList subjectOffices;
    for (int i = 0; i < n; ++i) {
        const QString office = m_townships.at(static_cast<int>(m_rng.bounded(m_townships.size())));
        const QDate effective = arrivals[size_t(i)];
        const int t = percent();
        const QString type = t < 84 ? QStringLiteral("02") : t < 93 ? QStringLiteral("03") : t < 98 ? QStringLiteral("04")
                                                                                                     : QStringLiteral("01");
        const int months = type == QLatin1String("02") ? between(12, 60) : type == QLatin1String("03") ? between(4, 36)
                         : type == QLatin1String("04") ? between(6, 24) : between(3, 24);
        const QDate periodTo = effective.addMonths(months).addDays(-1);
        const bool awaiting = effective.daysTo(m_today) < 10 && percent() < 60;
        const QDate received = awaiting ? QDate() : std::min(m_today, effective.addDays(between(0, 9)));
        bool minor = false;
        QString id, name, sex;
        const QString personUuid = person(office, effective, &minor, &id, &name, &sex);
        const int g = percent();
        QString grade = g < 12 ? QStringLiteral("strict") : g < 80 ? QStringLiteral("normal") : QStringLiteral("lenient");
        // The end: run to the period's end, or terminated, died, moved away.
        QString status = awaiting ? QStringLiteral("awaiting_report") : QStringLiteral("under_correction");
        QString endType;
        QDate end;
        QDate reoffence;
        const int e = percent();
        if (!awaiting && e < 3) {
            end = dayIn(received, std::min(periodTo, m_today));
            endType = type == QLatin1String("02") ? QStringLiteral("revoked_probation")
                    : type == QLatin1String("03") ? QStringLiteral("revoked_parole") : QStringLiteral("committed");
            status = QStringLiteral("terminated");
            if (percent() < 40)
                reoffence = end.addDays(-between(5, 40)) < received ? received : end.addDays(-between(5, 40));
        } else if (!awaiting && e < 4) {
            end = dayIn(received, std::min(periodTo, m_today));
            endType = QStringLiteral("death");
            status = QStringLiteral("terminated");
        } else if (!awaiting && e < 7) {
            end = dayIn(received, std::min(periodTo, m_today));
            status = QStringLiteral("transferred_out");
        } else if (!awaiting && periodTo < m_today) {
            end = periodTo;
            endType = QStringLiteral("expired");
            status = QStringLiteral("released");
        }
        const QString s = uuid();
        const QString charge = QString::fromUtf8(kCharges[m_rng.bounded(10)]);
        m_subject->text(1, s).text(2, office).text(3, at(effective)).text(4, personUuid)
            .text(5, QStringLiteral("SJ%1%2").arg(effective.year()).arg(i + 1, 6, 10, QLatin1Char('0'))).text(6, type)
            .text(7, type == QLatin1String("04") ? QStringLiteral("1") : QString()).text(8, status).text(9, grade)
            .integer(10, minor ? 1 : 0).integer(11, minor && percent() < 10 ? 1 : 0).text(12, QStringLiteral("bench"))
            .text(13, QStringLiteral("象山县人民法院")).text(14, iso(effective.addDays(-between(10, 30))))
            .text(15, iso(effective)).text(16, charge)
            .text(17, QStringLiteral("有期徒刑%1个月，缓刑%2个月").arg(between(6, 36)).arg(months)).text(18, iso(effective))
            .text(19, iso(periodTo)).text(20, iso(received)).text(21, iso(received)).text(22, endType).text(23, iso(end))
            .text(24, endType.isEmpty() && end.isValid() ? QStringLiteral("迁居") : QString()).text(25, iso(reoffence));
        run(*m_subject);
        if (awaiting)
            continue;
        const QDate last = end.isValid() ? std::min(end, m_today) : m_today;
        m_grade->text(1, uuid()).text(2, office).text(3, at(received)).text(4, s).text(5, grade).text(6, iso(received))
            .text(7, QStringLiteral("入矫评估"));
        run(*m_grade);
        if (percent() < 30 && received.addMonths(6) < last) {
            grade = grade == QLatin1String("strict") ? QStringLiteral("normal") : QStringLiteral("lenient");
            const QDate on = received.addMonths(6);
            m_grade->text(1, uuid()).text(2, office).text(3, at(on)).text(4, s).text(5, grade).text(6, iso(on))
                .text(7, QStringLiteral("考核调整"));
            run(*m_grade);
        }
        // Education and community service, once a month each while in register (written below
        // in date order).
        subjectUuids << s;
        subjectOffices << office;
        for (QDate month = received.addDays(between(3, 20)); month <= last; month = month.addMonths(1)) {
            activities.push_back({month, int(subjectUuids.size()) - 1, false, between(2, 8) * 60});
            activities.push_back({month, int(subjectUuids.size()) - 1, true, 480});
        }
        const qint64 span = received.daysTo(last);
        if (percent() < 15 && span > 60) {
            for (int k = between(1, 2); k > 0; --k) {
                const QDate start = received.addDays(between(30, static_cast<int>(span) - 20));
                const QDate applied = start.addDays(-between(3, 10));
                m_request->text(1, uuid()).text(2, office).text(3, at(applied)).text(4, s).text(5, QStringLiteral("leave"))
                    .text(6, QStringLiteral("approved")).text(7, iso(applied)).text(8, QStringLiteral("探亲"))
                    .text(9, QStringLiteral("宁波市")).text(10, iso(start)).text(11, iso(start.addDays(between(1, 20))))
                    .text(12, QString()).text(13, QStringLiteral("office")).text(14, iso(applied.addDays(1)))
                    .text(15, QString());
                run(*m_request);
            }
        }
        if (status == QLatin1String("transferred_out")) {
            const QDate decided = end.addDays(-between(3, 10)) < received ? received : end.addDays(-between(3, 10));
            m_request->text(1, uuid()).text(2, office).text(3, at(decided)).text(4, s).text(5, QStringLiteral("transfer"))
                .text(6, QStringLiteral("approved")).text(7, iso(decided)).text(8, QStringLiteral("迁居"))
                .text(9, QString()).text(10, QString()).text(11, QString()).text(12, QStringLiteral("宁波市鄞州区"))
                .text(13, QStringLiteral("county")).text(14, iso(decided)).text(15, QStringLiteral("象司矫变%1").arg(i));
            run(*m_request);
        }
        const int k = percent();
        if (span > 90 && k < 11) {
            const QString kind = k < 5 ? QStringLiteral("praise") : k < 9 ? QStringLiteral("admonition") : QStringLiteral("warning");
            const QDate proposed = received.addDays(between(60, static_cast<int>(span)));
            m_sanction->text(1, uuid()).text(2, office).text(3, at(proposed)).text(4, s).text(5, kind)
                .text(6, QStringLiteral("approved")).text(7, QStringLiteral("考核情况")).text(8, iso(proposed))
                .text(9, QStringLiteral("象司矫决%1").arg(i)).text(10, iso(std::min(m_today, proposed.addDays(5))));
            run(*m_sanction);
        }
        if (status == QLatin1String("terminated") && endType != QLatin1String("death")) {
            const QString kind = type == QLatin1String("02") ? QStringLiteral("revoke_probation")
                               : type == QLatin1String("03") ? QStringLiteral("revoke_parole") : QStringLiteral("commit_to_prison");
            const QDate proposed = end.addDays(-between(5, 20)) < received ? received : end.addDays(-between(5, 20));
            m_sanction->text(1, uuid()).text(2, office).text(3, at(proposed)).text(4, s).text(5, kind)
                .text(6, QStringLiteral("approved")).text(7, QStringLiteral("违反监督管理规定")).text(8, iso(proposed))
                .text(9, QStringLiteral("象法撤%1").arg(i)).text(10, iso(end));
            run(*m_sanction);
        }
        if (span > 30 && percent() < 2) {
            const QDate lost = received.addDays(between(10, static_cast<int>(span)));
            m_missing->text(1, uuid()).text(2, office).text(3, at(lost)).text(4, s).text(5, iso(lost))
                .text(6, iso(std::min(m_today, lost.addDays(between(1, 5))))).integer(7, 1);
            run(*m_missing);
        }
        if (span > 30 && percent() < 3) {
            const QDate from = received.addDays(between(10, static_cast<int>(span)));
            m_monitoring->text(1, uuid()).text(2, office).text(3, at(from)).text(4, s)
                .text(5, QStringLiteral("left_without_approval")).text(6, QStringLiteral("象司矫监%1").arg(i))
                .text(7, iso(from)).text(8, iso(from.addMonths(3).addDays(-1))).text(9, QString());
            run(*m_monitoring);
        }
    }
    std::stable_sort(activities.begin(), activities.end(),
                     [](const Activity &a, const Activity &b) { return a.date < b.date; });
    for (const Activity &a : activities) {
        const QString &office = subjectOffices.at(a.subject);
        m_activity->text(1, uuid()).text(2, office).text(3, at(a.date)).text(4, subjectUuids.at(a.subject))
            .text(5, a.welfare ? QStringLiteral("welfare") : QStringLiteral("education")).text(6, iso(a.date))
            .integer(7, a.minutes).text(8, QStringLiteral("司法所"))
            .text(9, a.welfare ? QStringLiteral("社区公益劳动") : QStringLiteral("集中教育学习"))
            .text(10, QStringLiteral("bench"));
        run(*m_activity);
    }
    // 调查评估: more entrustments than people received, over the same years (in date order).
    std::vector<QDate> entrusted;
    for (int i = 0; i < n * 13 / 10; ++i)
        entrusted.push_back(dayIn(first, m_today));
    std::sort(entrusted.begin(), entrusted.end());
    for (int i = 0; i < n * 13 / 10; ++i) {
        const QString office = m_townships.at(static_cast<int>(m_rng.bounded(m_townships.size())));
        const QDate received = entrusted[size_t(i)];
        const QDate done = received.addDays(between(3, 10));
        const bool male = percent() < 88;
        const QDate birth = received.addYears(-between(18, 70));
        const Person p = m_people.local(male, birth);
        m_assessment->text(1, uuid()).text(2, office).text(3, at(received))
            .text(4, QStringLiteral("（%1）浙0225刑初%2号").arg(received.year()).arg(i + 1))
            .text(5, QStringLiteral("象山县人民法院")).text(6, p.name).text(7, p.idNumber).text(8, p.sex)
            .text(9, QString::fromUtf8(kCharges[m_rng.bounded(10)])).text(10, QStringLiteral("02")).text(11, iso(received))
            .text(12, done <= m_today ? (percent() < 85 ? QStringLiteral("suitable") : QStringLiteral("unsuitable")) : QString())
            .text(13, done <= m_today ? iso(done) : QString()).integer(14, 0);
        run(*m_assessment);
    }
}

void Caseload::files(int n)
{
    // Released from 2015 to today; five years of assistance; most handed over within days.
    const QDate first(2015, 1, 1);
    const char *const modes[] = {"01", "02", "03", "04", "05", "06"};
    const int modeWeights[] = {20, 8, 10, 22, 30, 10};
    const char *const aid[] = {"dibao", "temporary", "medical", "housing", "training", "employment"};
    std::vector<QDate> releases;
    for (int i = 0; i < n; ++i)
        releases.push_back(dayIn(first, m_today));
    std::sort(releases.begin(), releases.end());
    for (int i = 0; i < n; ++i) {
        const QString office = m_townships.at(static_cast<int>(m_rng.bounded(m_townships.size())));
        const QDate release = releases[size_t(i)];
        const bool fromPrison = percent() < 80;
        const QDate assistEnd = release.addYears(fromPrison ? 5 : 3).addDays(-1);
        bool minor = false;
        QString id, name, sex;
        const QString personUuid = person(office, release, &minor, &id, &name, &sex);
        // The hand-over: recent releases are still pending or lost now and then.
        const qint64 since = release.daysTo(m_today);
        const int h = percent();
        const QString handover = since < 15 && h < 40 ? QStringLiteral("pending")
                               : h < 2 ? QStringLiteral("unknown") : h < 4 ? QStringLiteral("pending") : QStringLiteral("done");
        const int m = percent();
        const QString mode = fromPrison ? (m < 30 ? QStringLiteral("escort") : m < 80 ? QStringLiteral("family") : QStringLiteral("self"))
                                        : QStringLiteral("self");
        const QDate handedOver = handover == QLatin1String("done") ? std::min(m_today, release.addDays(between(0, 3))) : QDate();
        const bool sanwu = percent() < 3;
        QString category = percent() < 15 ? QStringLiteral("key") : QStringLiteral("general");
        // The end: the period runs out, or re-offence, death, moving away.
        QString status = QStringLiteral("assisting");
        QString endType;
        QDate end;
        const int e = percent();
        const QDate lastDay = std::min(assistEnd, m_today);
        if (e < 4 && since > 60) {
            end = dayIn(release.addDays(30), lastDay);
            endType = QStringLiteral("reoffended");
        } else if (e < 5 && since > 60) {
            end = dayIn(release.addDays(30), lastDay);
            endType = QStringLiteral("dead");
        } else if (e < 8 && since > 60) {
            end = dayIn(release.addDays(30), lastDay);
            endType = QStringLiteral("moved");
        } else if (assistEnd < m_today) {
            end = assistEnd.addDays(1);
            endType = QStringLiteral("expired");
        }
        if (!endType.isEmpty())
            status = endType;
        const QString s = uuid();
        const QDate registered = handedOver.isValid() ? handedOver : release;
        m_file->text(1, s).text(2, office).text(3, at(release)).text(4, personUuid)
            .text(5, QStringLiteral("AB%1%2").arg(release.year()).arg(i + 1, 6, 10, QLatin1Char('0')))
            .text(6, fromPrison ? QStringLiteral("prison") : QStringLiteral("correction")).text(7, status)
            .text(8, QStringLiteral("bench")).text(9, iso(release)).text(10, iso(assistEnd))
            .text(11, fromPrison ? QString::fromUtf8(kPrisons[m_rng.bounded(6)]) : QStringLiteral("象山县司法局"))
            .text(12, QString::fromUtf8(kCharges[m_rng.bounded(10)]))
            .text(13, QStringLiteral("有期徒刑%1年").arg(between(1, 10))).integer(14, sanwu ? 1 : 0)
            .integer(15, sanwu ? 1 : 0).integer(16, sanwu ? 1 : 0).text(17, category)
            .text(18, category == QLatin1String("key") ? QStringLiteral("high") : QStringLiteral("low")).text(19, mode)
            .text(20, handover).text(21, iso(handedOver)).text(22, iso(handedOver))
            .text(23, handedOver.isValid() && percent() < 90 ? iso(handedOver.addDays(between(0, 5))) : QString())
            .text(24, endType).text(25, iso(end)).text(26, endType == QLatin1String("moved") ? QStringLiteral("迁往外省") : QString());
        run(*m_file);
        if (!handedOver.isValid())
            continue;
        const QDate last = end.isValid() ? std::min(end, m_today) : m_today;
        // Risk assessments: at the hand-over, then every six months while a key person.
        QDate review = registered.addDays(between(0, 3));
        for (int r = 0; r < 6 && review <= last; ++r) {
            m_review->text(1, uuid()).text(2, office).text(3, at(review)).text(4, s).text(5, iso(review)).text(6, category)
                .text(7, category == QLatin1String("key") ? QStringLiteral("high") : QStringLiteral("low"))
                .text(8, r == 0 ? QStringLiteral("衔接评估") : QStringLiteral("定期复评")).text(9, QStringLiteral("bench"));
            run(*m_review);
            if (category != QLatin1String("key"))
                break;
            if (percent() < 30)
                category = QStringLiteral("general");
            review = review.addMonths(6);
        }
        for (int k = 0; k < 3; ++k) {
            m_member->text(1, uuid()).text(2, office).text(3, at(registered)).text(4, s).integer(5, k + 1)
                .text(6, k == 0 ? QStringLiteral("司法所专干") : m_people.fullName(percent() < 60))
                .text(7, k == 0 ? QStringLiteral("leader") : k == 1 ? QStringLiteral("village") : QStringLiteral("family"))
                .text(8, k == 1 ? QString::fromUtf8(kVillages[m_rng.bounded(8)]) + QStringLiteral("村委会") : QString())
                .text(9, m_people.phone());
            run(*m_member);
        }
        if (percent() < 90) {
            const QDate signedOn = std::min(last, registered.addDays(between(1, 15)));
            m_agreement->text(1, uuid()).text(2, office).text(3, at(signedOn)).text(4, s).text(5, iso(signedOn))
                .text(6, QStringLiteral("司法所、村委会、家属")).text(7, QString::fromUtf8(kVillages[m_rng.bounded(8)]))
                .text(8, QStringLiteral("帮教责任")).text(9, iso(assistEnd));
            run(*m_agreement);
        }
        if (percent() < 78) {
            int w = percent();
            int mi = 0;
            while (mi < 5 && w >= modeWeights[mi])
                w -= modeWeights[mi++];
            const QDate placed = std::min(last, registered.addDays(between(5, 180)));
            const QDate ended = percent() < 15 ? dayIn(placed, last) : QDate();
            m_placement->text(1, uuid()).text(2, office).text(3, at(placed)).text(4, s).text(5, QLatin1String(modes[mi]))
                .text(6, iso(placed)).text(7, mi == 4 ? QStringLiteral("象山县水产有限公司") : QString())
                .integer(8, percent() < 50 ? 1 : 0).text(9, iso(ended));
            run(*m_placement);
        }
        if (sanwu || percent() < 6) {
            for (int k = between(1, 2); k > 0; --k) {
                const QDate granted = dayIn(registered, last);
                m_assistance->text(1, uuid()).text(2, office).text(3, at(granted)).text(4, s)
                    .text(5, QLatin1String(aid[m_rng.bounded(6)])).text(6, iso(granted)).integer(7, between(5, 300) * 1000)
                    .text(8, QStringLiteral("县民政局"));
                run(*m_assistance);
            }
        }
    }
}

}  // namespace

bool isCounty(const QString &path, int disputes)
{
    if (!QFileInfo::exists(path))
        return false;
    Result<std::unique_ptr<Database>> db = Database::open(path);
    return db && (*db)->meta(QStringLiteral("bench.county")) == QStringLiteral("%1/%2").arg(disputes).arg(kCountyGeneratorVersion);
}

Status generateCounty(const QString &path, int disputes)
{
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);
    OfficeSetup setup{QStringLiteral("330225"), QStringLiteral("象山县司法局"), OfficeMode::County,
                      QStringLiteral("admin"), QString(), QStringLiteral("Bench-Pass-1")};
    Result<std::unique_ptr<Database>> created = Office::createDatabase(path, setup);
    if (!created)
        return created.status();
    Database &db = **created;
    out() << QStringLiteral("generating a county of %1 disputes into %2").arg(disputes).arg(path) << Qt::endl;
    QElapsedTimer t;
    t.start();
    (void)db.exec(QStringLiteral("PRAGMA cache_size = -262144"));  // 256 MiB while loading
    (void)db.exec(QStringLiteral("PRAGMA synchronous = OFF"));
    rawExec(db.handle(), "BEGIN");
    QRandomGenerator rng(20260630);
    const DemoRecipes recipes = DemoRecipes::load();
    County county(db.handle(), rng, recipes);
    county.generate(disputes);
    rawExec(db.handle(), "COMMIT");
    const double load = static_cast<double>(t.elapsed()) / 1000;
    t.restart();
    Status s = DisputeSearch::rebuildAll(db, [](qint64 done, qint64 total) {
        if (done % 200000 == 0 || done == total)
            out() << QStringLiteral("  search index: %1 of %2").arg(done).arg(total) << Qt::endl;
    });
    if (!s.ok())
        return s;
    const double index = static_cast<double>(t.elapsed()) / 1000;
    (void)db.setMeta(QStringLiteral("bench.county"), QStringLiteral("%1/%2").arg(disputes).arg(kCountyGeneratorVersion));
    (void)db.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    out() << QStringLiteral("generated in %1 s (projection tables) + %2 s (DisputeSearch::rebuildAll)")
                 .arg(load, 0, 'f', 1).arg(index, 0, 'f', 1)
          << Qt::endl;
    out() << QStringLiteral("memory while generating: VmHWM %1").arg(procStatus("VmHWM:")) << Qt::endl;
    return {};
}

bool hasCaseload(Database &db, int subjects, int files)
{
    return db.meta(QStringLiteral("bench.caseload"))
           == QStringLiteral("%1/%2/%3").arg(subjects).arg(files).arg(kCaseloadGeneratorVersion);
}

Status addCaseload(Database &db, int subjects, int files)
{
    out() << QStringLiteral("adding %1 correction subjects and %2 resettlement files").arg(subjects).arg(files)
          << Qt::endl;
    QElapsedTimer t;
    t.start();
    (void)db.exec(QStringLiteral("PRAGMA cache_size = -262144"));
    (void)db.exec(QStringLiteral("PRAGMA synchronous = OFF"));
    rawExec(db.handle(), "BEGIN");
    // A caseload generated before is replaced (a different size or generator).
    for (const char *table : {"cc_subject", "cc_grade_change", "cc_activity", "cc_request", "cc_sanction", "cc_missing",
                              "cc_monitoring", "cc_assessment", "rp_subject", "rp_risk_review", "rp_member",
                              "rp_agreement", "rp_placement", "rp_assistance"}) {
        rawExec(db.handle(), (QByteArray("DELETE FROM ") + table + " WHERE created_by = 'bench'").constData());
    }
    rawExec(db.handle(), "DELETE FROM person WHERE created_by = 'bench'");
    QRandomGenerator rng(20260701);
    const DemoRecipes recipes = DemoRecipes::load();
    Caseload caseload(db.handle(), rng, recipes);
    caseload.subjects(subjects);
    out() << QStringLiteral("  correction: %1 rows (%2 s)").arg(caseload.rows()).arg(static_cast<double>(t.elapsed()) / 1000, 0, 'f', 1)
          << Qt::endl;
    caseload.files(files);
    rawExec(db.handle(), "COMMIT");
    (void)db.setMeta(QStringLiteral("bench.caseload"),
                     QStringLiteral("%1/%2/%3").arg(subjects).arg(files).arg(kCaseloadGeneratorVersion));
    (void)db.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    out() << QStringLiteral("  %1 rows in %2 s").arg(caseload.rows()).arg(static_cast<double>(t.elapsed()) / 1000, 0, 'f', 1)
          << Qt::endl;
    return {};
}

}  // namespace sifa::bench
