// Benchmark of the mediation ledger (人民调解台账) and its one search box on a synthetic county:
// every query kind the ledger issues (first page of a search, the status-bar count, opening,
// sorting and scrolling the ledger, filters), p50 and p95 of each, beside raw SQLite doing the
// same work on the same tables without SifaDesk's search index, query building and Qt Sql.
// Run by hand (never inside ctest):
//
//   build/tests/bench/sifa_bench_mediation [DISPUTES=1000000] [DB=sifa-bench-mediation-DISPUTES.sqlite]
//
// The synthetic county (象山县: 18 townships × 10 years, ~16 committees and ~50 mediators per
// township, parties drawn from the demo recipes' surname weights and given-name characters so
// 2-character names and common surnames are very frequent, valid ID numbers, mobiles, summaries
// from each dispute type's usual phrases, most cases archived) is written straight into the
// projection tables (committee, mediator, dispute, dispute_party, agreement) with prepared
// statements in one transaction: going through the change log would take hours for a million
// cases. The search documents are then built by the production code, DisputeSearch::rebuildAll.
// The file is kept and reused while it holds the same number of disputes from the same generator
// version (delete it to regenerate).
//
// Figures are wall-clock on this machine with the file in the OS cache; each query kind runs
// several different search terms or keys a few times, first runs included.
#include "domain/Office.h"
#include "demo/DemoPeople.h"
#include "demo/DemoRecipes.h"
#include "mediation/DisputeRepository.h"
#include "mediation/DisputeSearch.h"
#include "people/Pinyin.h"
#include "storage/Database.h"
#include "codes/Divisions.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QTextStream>
#include <QUuid>

#include <sqlite3.h>
#include <unistd.h>

#include <algorithm>
#include <functional>
#include <vector>

using namespace sifa;

namespace {

constexpr int kGeneratorVersion = 1;

QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

// ---------------------------------------------------------------------------------------------
// Raw SQLite helpers

class Stmt {
public:
    Stmt(sqlite3 *db, const char *sql)
    {
        if (sqlite3_prepare_v2(db, sql, -1, &m_st, nullptr) != SQLITE_OK) {
            out() << "prepare failed: " << QString::fromUtf8(sqlite3_errmsg(db)) << "\n" << QString::fromUtf8(sql) << Qt::endl;
            std::abort();
        }
    }
    ~Stmt() { sqlite3_finalize(m_st); }
    Stmt(const Stmt &) = delete;
    Stmt &operator=(const Stmt &) = delete;

    Stmt &text(int i, const QString &v)
    {
        const QByteArray b = v.toUtf8();
        sqlite3_bind_text(m_st, i, b.constData(), static_cast<int>(b.size()), SQLITE_TRANSIENT);
        return *this;
    }
    Stmt &integer(int i, qint64 v)
    {
        sqlite3_bind_int64(m_st, i, v);
        return *this;
    }
    void run()
    {
        const int rc = sqlite3_step(m_st);
        if (rc != SQLITE_DONE && rc != SQLITE_ROW) {
            out() << "step failed: " << QString::fromUtf8(sqlite3_errmsg(sqlite3_db_handle(m_st))) << Qt::endl;
            std::abort();
        }
        sqlite3_reset(m_st);
    }
    // Steps through all rows; returns how many.
    int rows()
    {
        int n = 0;
        while (sqlite3_step(m_st) == SQLITE_ROW)
            ++n;
        sqlite3_reset(m_st);
        return n;
    }
    bool next() { return sqlite3_step(m_st) == SQLITE_ROW; }
    void reset() { sqlite3_reset(m_st); }
    QString col(int i) const
    {
        return QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(m_st, i)), sqlite3_column_bytes(m_st, i));
    }
    qint64 colInt(int i) const { return sqlite3_column_int64(m_st, i); }

private:
    sqlite3_stmt *m_st = nullptr;
};

void rawExec(sqlite3 *db, const char *sql)
{
    char *err = nullptr;
    if (sqlite3_exec(db, sql, nullptr, nullptr, &err) != SQLITE_OK) {
        out() << "exec failed: " << QString::fromUtf8(err) << Qt::endl;
        sqlite3_free(err);
        std::abort();
    }
}

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
// Measuring

struct Figures {
    std::vector<qint64> ns;
    double percentile(double p) const
    {
        if (ns.empty())
            return 0;
        std::vector<qint64> v = ns;
        std::sort(v.begin(), v.end());
        const size_t i = std::min(v.size() - 1, static_cast<size_t>(p * static_cast<double>(v.size() - 1) + 0.5));
        return static_cast<double>(v[i]) / 1e6;
    }
};

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

void header()
{
    out() << QStringLiteral("%1 %2 %3 %4 %5")
                 .arg(QStringLiteral("query kind"), -48)
                 .arg(QStringLiteral("p50 ms"), 9)
                 .arg(QStringLiteral("p95 ms"), 9)
                 .arg(QStringLiteral("raw ms"), 9)
                 .arg(QStringLiteral("rows/matches"), 14)
          << Qt::endl;
}

void row(const QString &what, const Figures &sifa, const Figures &raw, const QString &note)
{
    out() << QStringLiteral("%1 %2 %3 %4 %5")
                 .arg(what, -48)
                 .arg(sifa.percentile(0.5), 9, 'f', 2)
                 .arg(sifa.percentile(0.95), 9, 'f', 2)
                 .arg(raw.ns.empty() ? QStringLiteral("-") : QString::number(raw.percentile(0.5), 'f', 2), 9)
                 .arg(note, 14)
          << Qt::endl;
}

// The raw-SQLite equivalent of a search: a LIKE scan over the same tables, newest first.
const char *const kRawSearch =
    "SELECT d.rowid, d.uuid, d.case_no, d.status FROM dispute d WHERE d.deleted = 0 AND (d.case_no LIKE ?1 OR "
    "d.summary LIKE ?1 OR d.title LIKE ?1 OR EXISTS (SELECT 1 FROM dispute_party p WHERE p.dispute_uuid = d.uuid AND "
    "(p.name LIKE ?1 OR p.id_number LIKE ?1 OR p.phone LIKE ?1))) ORDER BY d.rowid DESC LIMIT 200";


// What the ledger shows, run by the same SQL text through plain sqlite3 (the "raw" figure of the
// ledger queries: what Qt Sql, the query building and the value types cost on top).
QByteArray rawLedgerSql(LedgerQuery::Sort sort, bool descending, bool after)
{
    const char *col = sort == LedgerQuery::Sort::Registered ? "registered_date"
        : sort == LedgerQuery::Sort::Accepted              ? "accepted_date"
        : sort == LedgerQuery::Sort::CaseNo                ? "case_no"
        : sort == LedgerQuery::Sort::Status                ? "status"
        : sort == LedgerQuery::Sort::Type                  ? "dispute_type"
                                                           : nullptr;
    const QByteArray dir = descending ? "DESC" : "ASC";
    const QByteArray cmp = descending ? "<" : ">";
    QByteArray sql = "SELECT d.rowid, d.uuid, d.case_no, d.title, d.registered_date, d.accepted_date, d.dispute_type, d.source, "
                     "d.status, (SELECT group_concat(p.name, '、') FROM dispute_party p WHERE p.dispute_uuid = d.uuid AND "
                     "p.deleted = 0 AND p.role IN ('applicant', 'respondent')), (SELECT c.name FROM committee c WHERE c.uuid = "
                     "d.committee_uuid), (SELECT m.name FROM mediator m WHERE m.uuid = d.lead_mediator_uuid), d.risk_level, "
                     "d.result, d.closed_date FROM dispute d WHERE d.deleted = 0";
    if (col) {
        if (after)
            sql += " AND (d." + QByteArray(col) + ", d.rowid) " + cmp + " (?1, ?2)";
        sql += " ORDER BY d." + QByteArray(col) + " " + dir + ", d.rowid " + dir;
    } else {
        if (after)
            sql += " AND d.rowid " + cmp + " ?2";
        sql += " ORDER BY d.rowid " + dir;
    }
    return sql + " LIMIT 200";
}

QString sortName(LedgerQuery::Sort sort)
{
    switch (sort) {
    case LedgerQuery::Sort::Entered: return QStringLiteral("entered");
    case LedgerQuery::Sort::Registered: return QStringLiteral("registered");
    case LedgerQuery::Sort::Accepted: return QStringLiteral("accepted");
    case LedgerQuery::Sort::CaseNo: return QStringLiteral("case no");
    case LedgerQuery::Sort::Status: return QStringLiteral("status");
    case LedgerQuery::Sort::Type: return QStringLiteral("type");
    }
    return QString();
}

class Bench {
public:
    Bench(Database &db, sqlite3 *raw) : m_db(db), m_raw(raw) {}

    void run();

private:
    QStringList column(const char *sql)
    {
        Stmt st(m_raw, sql);
        QStringList out;
        while (st.next())
            out << st.col(0);
        return out;
    }
    // Random rows' values of one column (non-empty ones).
    QStringList sample(const char *table, const char *col, int n)
    {
        const QByteArray max = QByteArray("SELECT MAX(rowid) FROM ") + table;
        Stmt m(m_raw, max.constData());
        m.next();
        const qint64 top = m.colInt(0);
        const QByteArray sql = QByteArray("SELECT ") + col + " FROM " + table + " WHERE rowid = ?1";
        Stmt st(m_raw, sql.constData());
        QStringList out;
        for (int guard = 0; out.size() < n && guard < n * 50; ++guard) {
            st.integer(1, 1 + static_cast<qint64>(m_rng.bounded(static_cast<quint64>(top))));
            if (st.next() && !st.col(0).isEmpty())
                out << st.col(0);
            st.reset();
        }
        return out;
    }
    QString mid(const QString &s, int len)
    {
        if (s.size() <= len)
            return s;
        return s.mid(static_cast<int>(m_rng.bounded(s.size() - len + 1)), len);
    }

    // One search kind: each term a few times through DisputeRepository::list (first page) and
    // the bounded count, the raw LIKE scan once per term (it can take seconds).
    void search(const QString &label, const QStringList &terms, bool rawToo, const LedgerQuery &base = LedgerQuery());
    void ledger(const QString &label, const QList<LedgerQuery> &queries, const QList<QByteArray> &rawSql = {},
                const QList<QVariantList> &rawArgs = {});
    qint64 bindRun(const QByteArray &sql, const QVariantList &args)
    {
        Stmt st(m_raw, sql.constData());
        for (int i = 0; i < args.size(); ++i) {
            if (args[i].typeId() == QMetaType::QString)
                st.text(i + 1, args[i].toString());
            else
                st.integer(i + 1, args[i].toLongLong());
        }
        return st.rows();
    }

    Database &m_db;
    sqlite3 *m_raw;
    QRandomGenerator m_rng{7};
    static constexpr int kRepeat = 3;
};

void Bench::search(const QString &label, const QStringList &terms, bool rawToo, const LedgerQuery &base)
{
    Figures list, count, exact, raw;
    qint64 rows = 0, matches = 0;
    bool more = false;
    for (const QString &term : terms) {
        LedgerQuery q = base;
        q.search = term;
        for (int i = 0; i < kRepeat; ++i) {
            list.ns.push_back(timed([&] {
                Result<QList<DisputeListItem>> r = DisputeRepository::list(m_db, q);
                rows += r ? r->size() : -1000000;
            }));
            count.ns.push_back(timed([&] {
                Result<DisputeRepository::Count> c = DisputeRepository::count(m_db, q, 1000);
                more = more || (c && c->more);
            }));
        }
        exact.ns.push_back(timed([&] {
            Result<qint64> c = DisputeRepository::count(m_db, q);
            matches += c ? *c : 0;
        }));
        if (rawToo && q.statuses.isEmpty() && q.disputeType.isEmpty() && !q.from.isValid() && q.committeeUuid.isEmpty()) {
            raw.ns.push_back(timed([&] {
                Stmt st(m_raw, kRawSearch);
                st.text(1, QLatin1Char('%') + term + QLatin1Char('%'));
                st.rows();
            }));
        }
    }
    const qint64 runs = static_cast<qint64>(terms.size()) * kRepeat;
    row(label + QStringLiteral(": first page"), list, raw, QStringLiteral("%1/%2").arg(runs ? rows / runs : 0).arg(terms.isEmpty() ? 0 : matches / terms.size()));
    row(label + QStringLiteral(": count (1000+)"), count, Figures(), more ? QStringLiteral("1000+") : QString());
    row(label + QStringLiteral(": exact count"), exact, Figures(), QString());
}

void Bench::ledger(const QString &label, const QList<LedgerQuery> &queries, const QList<QByteArray> &rawSql,
                   const QList<QVariantList> &rawArgs)
{
    Figures list, raw;
    qint64 rows = 0;
    for (int k = 0; k < queries.size(); ++k) {
        for (int i = 0; i < kRepeat; ++i) {
            list.ns.push_back(timed([&] {
                Result<QList<DisputeListItem>> r = DisputeRepository::list(m_db, queries[k]);
                rows += r ? r->size() : -1000000;
            }));
            if (k < rawSql.size())
                raw.ns.push_back(timed([&] { bindRun(rawSql[k], rawArgs.value(k)); }));
        }
    }
    row(label, list, raw, QString::number(queries.isEmpty() ? 0 : rows / (queries.size() * kRepeat)));
}

void Bench::run()
{
    out() << QStringLiteral("picking search terms from the data (not timed)") << Qt::endl;
    const QStringList common2 = column("SELECT name FROM dispute_party WHERE length(name) = 2 GROUP BY name "
                                       "ORDER BY COUNT(*) DESC LIMIT 8");
    const QStringList rare2 = column("SELECT name FROM (SELECT name, COUNT(*) AS n FROM dispute_party WHERE length(name) = 2 "
                                     "AND kind = 'person' GROUP BY name) WHERE n <= 3 ORDER BY name LIMIT 8");
    QStringList names3;
    for (const QString &n : sample("dispute_party", "name", 40)) {
        if (n.size() == 3 && names3.size() < 8)
            names3 << n;
    }
    const QStringList surnames{QStringLiteral("张"), QStringLiteral("王"), QStringLiteral("陈"), QStringLiteral("林"),
                               QStringLiteral("俞"), QStringLiteral("邓"), QStringLiteral("曾"), QStringLiteral("韩")};
    QStringList initials, fullPinyin;
    for (const QString &n : common2.mid(0, 4) + rare2.mid(0, 2) + names3.mid(0, 2)) {
        initials << pinyinInitials(n);
        fullPinyin << pinyinFull(n);
    }
    fullPinyin << QStringLiteral("zhang") << QStringLiteral("wang");
    QStringList idFragments, phoneFragments, caseFragments, caseNos;
    int len = 6;
    for (const QString &id : sample("dispute_party", "id_number", 8))
        idFragments << mid(id, len++ % 3 + 6);
    for (const QString &ph : sample("dispute_party", "phone", 8))
        phoneFragments << mid(ph, len++ % 4 + 5);
    caseNos = sample("dispute", "case_no", 4);
    for (const QString &c : caseNos) {
        caseFragments << c;
        caseFragments << c.mid(c.indexOf(QStringLiteral("人调字")));  // 人调字第123号
    }
    const QStringList words{QStringLiteral("宅基地"), QStringLiteral("工程款"), QStringLiteral("噪音"), QStringLiteral("赡养费"),
                            QStringLiteral("交通事故"), QStringLiteral("拖欠工资"), QStringLiteral("彩礼"), QStringLiteral("渔船")};
    const QStringList committees = sample("dispute", "committee_uuid", 4);
    const QStringList mediators = sample("dispute", "lead_mediator_uuid", 4);

    out() << QStringLiteral("common 2-character names: %1").arg(common2.join(u' ')) << Qt::endl;
    out() << QStringLiteral("rare 2-character names: %1").arg(rare2.join(u' ')) << Qt::endl;
    out() << Qt::endl;
    header();

    // --- The search box -------------------------------------------------------------------
    search(QStringLiteral("2-char name, common (王伟…)"), common2, true);
    search(QStringLiteral("2-char name, rare"), rare2, true);
    search(QStringLiteral("3-char name"), names3, true);
    search(QStringLiteral("single surname (张, 王, 邓…)"), surnames, true);
    search(QStringLiteral("pinyin initials (ww, zs…)"), initials, false);
    search(QStringLiteral("full pinyin (wangwei, zhang…)"), fullPinyin, false);
    search(QStringLiteral("ID number fragment (6–8 digits)"), idFragments, true);
    search(QStringLiteral("phone fragment (5–8 digits)"), phoneFragments, true);
    search(QStringLiteral("case number and fragment"), caseFragments, true);
    search(QStringLiteral("summary words (宅基地, 工程款…)"), words, true);
    {
        LedgerQuery f;
        f.statuses = {QStringLiteral("mediating")};
        search(QStringLiteral("search + status 调解中"), QStringList{surnames.mid(0, 4)} + common2.mid(0, 2) + words.mid(0, 2), false, f);
        f = LedgerQuery();
        f.statuses = {QStringLiteral("archived")};
        search(QStringLiteral("search + status 已归档"), surnames.mid(0, 4) + common2.mid(0, 2) + words.mid(0, 2), false, f);
        f = LedgerQuery();
        f.disputeType = QStringLiteral("12");
        search(QStringLiteral("search + type 医疗 (rare)"), surnames.mid(0, 4) + common2.mid(0, 2) + initials.mid(0, 2), false, f);
        f = LedgerQuery();
        f.from = QDate(2020, 3, 1);
        f.to = QDate(2020, 3, 31);
        search(QStringLiteral("search + one month"), surnames.mid(0, 4) + common2.mid(0, 2) + words.mid(0, 2), false, f);
        f = LedgerQuery();
        f.from = QDate(2023, 1, 1);
        f.to = QDate(2023, 12, 31);
        search(QStringLiteral("search + one year"), surnames.mid(0, 4) + common2.mid(0, 2) + fullPinyin.mid(0, 2), false, f);
        f = LedgerQuery();
        f.committeeUuid = committees.value(0);
        search(QStringLiteral("search + committee"), surnames.mid(0, 4) + common2.mid(0, 2) + words.mid(0, 2), false, f);
        f = LedgerQuery();
        f.mediatorUuid = mediators.value(0);
        search(QStringLiteral("search + mediator"), surnames.mid(0, 4) + common2.mid(0, 2) + words.mid(0, 2), false, f);
    }
    {
        // A search sorted by a column (the clerk clicks a header while searching).
        QList<LedgerQuery> qs;
        for (const QString &term : QStringList{surnames.value(0), common2.value(0), rare2.value(0), words.value(0)}) {
            for (LedgerQuery::Sort sort : {LedgerQuery::Sort::Accepted, LedgerQuery::Sort::CaseNo, LedgerQuery::Sort::Status}) {
                LedgerQuery q;
                q.search = term;
                q.sort = sort;
                qs << q;
            }
        }
        ledger(QStringLiteral("search sorted by accepted/case no/status"), qs);
    }

    // --- The ledger: opening, sorting, scrolling ---------------------------------------------
    out() << Qt::endl;
    for (LedgerQuery::Sort sort : {LedgerQuery::Sort::Entered, LedgerQuery::Sort::Registered, LedgerQuery::Sort::Accepted,
                                   LedgerQuery::Sort::CaseNo, LedgerQuery::Sort::Status, LedgerQuery::Sort::Type}) {
        for (bool descending : {true, false}) {
            LedgerQuery q;
            q.sort = sort;
            q.descending = descending;
            const QString name = QStringLiteral("%1 %2").arg(sortName(sort), descending ? QStringLiteral("desc") : QStringLiteral("asc"));
            ledger(QStringLiteral("open, sorted by %1").arg(name), {q}, {rawLedgerSql(sort, descending, false)});
            // Scrolling: 30 pages one after the other, each after the last row of the one before.
            QList<LedgerQuery> pages;
            QList<QVariantList> args;
            LedgerQuery page = q;
            for (int n = 0; n < 30; ++n) {
                Result<QList<DisputeListItem>> r = DisputeRepository::list(m_db, page);
                if (!r || r->isEmpty())
                    break;
                page.after = qMakePair(DisputeRepository::sortValue(r->last(), sort), r->last().rowid);
                pages << page;
                args << QVariantList{page.after->first, page.after->second};
            }
            QList<QByteArray> rawSql;
            for (int n = 0; n < pages.size(); ++n)
                rawSql << rawLedgerSql(sort, descending, true);
            ledger(QStringLiteral("  next pages, %1").arg(name), pages, rawSql, args);
            // Deep pages: after rows at 10 %, 30 %, 50 %, 70 % and 90 % of the ledger.
            QList<LedgerQuery> deep;
            QList<QVariantList> deepArgs;
            QList<QByteArray> deepSql;
            Stmt total(m_raw, "SELECT COUNT(*) FROM dispute WHERE deleted = 0");
            total.next();
            const qint64 all = total.colInt(0);
            for (int pct : {10, 30, 50, 70, 90}) {
                QByteArray sql = rawLedgerSql(sort, descending, false);
                sql.replace("LIMIT 200", "LIMIT 1 OFFSET " + QByteArray::number(all * pct / 100));
                Stmt st(m_raw, sql.constData());
                if (!st.next())
                    continue;
                DisputeListItem item;
                item.rowid = st.colInt(0);
                item.registeredDate = QDate::fromString(st.col(4), Qt::ISODate);
                item.acceptedDate = QDate::fromString(st.col(5), Qt::ISODate);
                item.caseNo = st.col(2);
                item.status = st.col(8);
                item.disputeType = st.col(6);
                LedgerQuery d = q;
                d.after = qMakePair(DisputeRepository::sortValue(item, sort), item.rowid);
                deep << d;
                deepArgs << QVariantList{d.after->first, d.after->second};
                deepSql << rawLedgerSql(sort, descending, true);
            }
            ledger(QStringLiteral("  deep pages, %1").arg(name), deep, deepSql, deepArgs);
        }
    }

    // --- Filters without a search ---------------------------------------------------------------
    out() << Qt::endl;
    auto filtered = [&](const QString &label, const std::function<void(LedgerQuery &)> &set) {
        LedgerQuery q;
        set(q);
        ledger(QStringLiteral("filter %1: first page").arg(label), {q});
        Figures c, e;
        bool more = false;
        qint64 n = 0;
        for (int i = 0; i < kRepeat; ++i) {
            c.ns.push_back(timed([&] {
                Result<DisputeRepository::Count> r = DisputeRepository::count(m_db, q, 1000);
                more = r && r->more;
            }));
            e.ns.push_back(timed([&] {
                Result<qint64> r = DisputeRepository::count(m_db, q);
                n = r ? *r : -1;
            }));
        }
        row(QStringLiteral("filter %1: count (1000+)").arg(label), c, Figures(), more ? QStringLiteral("1000+") : QString());
        row(QStringLiteral("filter %1: exact count").arg(label), e, Figures(), QString::number(n));
    };
    filtered(QStringLiteral("none (whole ledger)"), [](LedgerQuery &) {});
    filtered(QStringLiteral("status 调解中"), [](LedgerQuery &q) { q.statuses = {QStringLiteral("mediating")}; });
    filtered(QStringLiteral("status 已归档"), [](LedgerQuery &q) { q.statuses = {QStringLiteral("archived")}; });
    filtered(QStringLiteral("open cases (5 statuses)"), [](LedgerQuery &q) {
        q.statuses = {QStringLiteral("registered"), QStringLiteral("accepted"), QStringLiteral("investigating"),
                      QStringLiteral("mediating"), QStringLiteral("performing")};
    });
    filtered(QStringLiteral("type 宅基地"), [](LedgerQuery &q) { q.disputeType = QStringLiteral("03"); });
    filtered(QStringLiteral("type 医疗 (rare)"), [](LedgerQuery &q) { q.disputeType = QStringLiteral("12"); });
    filtered(QStringLiteral("source referral"), [](LedgerQuery &q) { q.source = QStringLiteral("referral"); });
    filtered(QStringLiteral("risk red"), [](LedgerQuery &q) { q.riskLevel = QStringLiteral("red"); });
    filtered(QStringLiteral("one month"), [](LedgerQuery &q) {
        q.from = QDate(2020, 3, 1);
        q.to = QDate(2020, 3, 31);
    });
    filtered(QStringLiteral("one year"), [](LedgerQuery &q) {
        q.from = QDate(2023, 1, 1);
        q.to = QDate(2023, 12, 31);
    });
    filtered(QStringLiteral("committee"), [&](LedgerQuery &q) { q.committeeUuid = committees.value(1); });
    filtered(QStringLiteral("mediator"), [&](LedgerQuery &q) { q.mediatorUuid = mediators.value(1); });
    filtered(QStringLiteral("archived + type + year"), [](LedgerQuery &q) {
        q.statuses = {QStringLiteral("archived")};
        q.disputeType = QStringLiteral("03");
        q.from = QDate(2019, 1, 1);
        q.to = QDate(2019, 12, 31);
    });
    {
        LedgerQuery q;
        q.committeeUuid = committees.value(2);
        q.sort = LedgerQuery::Sort::CaseNo;
        LedgerQuery r;
        r.statuses = {QStringLiteral("mediating")};
        r.sort = LedgerQuery::Sort::Accepted;
        LedgerQuery t;
        t.disputeType = QStringLiteral("12");
        t.sort = LedgerQuery::Sort::Registered;
        t.descending = false;
        ledger(QStringLiteral("filter + sort (committee/case no …)"), {q, r, t});
    }
}
}  // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int disputes = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 1000000;
    const QString path = argc > 2 ? QString::fromLocal8Bit(argv[2])
                                  : QDir::current().filePath(QStringLiteral("sifa-bench-mediation-%1.sqlite").arg(disputes));
    const QString stamp = QStringLiteral("%1/%2").arg(disputes).arg(kGeneratorVersion);

    // The county: reuse the file if it holds the same county, else generate it.
    bool reuse = false;
    if (QFileInfo::exists(path)) {
        Result<std::unique_ptr<Database>> db = Database::open(path);
        reuse = db && (*db)->meta(QStringLiteral("bench.county")) == stamp;
        if (!reuse)
            out() << QStringLiteral("%1 is not this county (%2): regenerating").arg(path, db ? QStringLiteral("different") : db.message())
                  << Qt::endl;
    }
    if (!reuse) {
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(path + suffix);
        OfficeSetup setup{QStringLiteral("330225"), QStringLiteral("象山县司法局"), OfficeMode::County,
                          QStringLiteral("admin"), QString(), QStringLiteral("Bench-Pass-1")};
        Result<std::unique_ptr<Database>> created = Office::createDatabase(path, setup);
        if (!created) {
            out() << created.message() << Qt::endl;
            return 1;
        }
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
        if (!s.ok()) {
            out() << s.message() << Qt::endl;
            return 1;
        }
        const double index = static_cast<double>(t.elapsed()) / 1000;
        (void)db.setMeta(QStringLiteral("bench.county"), stamp);
        (void)db.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        out() << QStringLiteral("generated in %1 s (projection tables) + %2 s (DisputeSearch::rebuildAll)")
                     .arg(load, 0, 'f', 1).arg(index, 0, 'f', 1)
              << Qt::endl;
        out() << QStringLiteral("memory while generating: VmHWM %1").arg(procStatus("VmHWM:")) << Qt::endl;
        // Measure in a fresh process: the loader's cache and heap would count against the queries.
        created->reset();
        out().flush();
        execv("/proc/self/exe", argv);
    }
    out() << QStringLiteral("database file: %1 MiB").arg(static_cast<double>(QFileInfo(path).size()) / 1048576.0, 0, 'f', 1)
          << Qt::endl;
    QElapsedTimer t;
    t.start();
    Result<std::unique_ptr<Database>> opened = Database::open(path);
    if (!opened) {
        out() << opened.message() << Qt::endl;
        return 1;
    }
    out() << QStringLiteral("opening the database: %1 ms").arg(static_cast<double>(t.nsecsElapsed()) / 1e6, 0, 'f', 1) << Qt::endl;
    sqlite3 *raw = nullptr;
    sqlite3_open_v2(QFile::encodeName(path).constData(), &raw, SQLITE_OPEN_READONLY, nullptr);
    {
        Bench bench(**opened, raw);
        bench.run();
    }
    sqlite3_close(raw);
    out() << Qt::endl
          << QStringLiteral("memory while querying: VmRSS %1, VmHWM %2").arg(procStatus("VmRSS:"), procStatus("VmHWM:")) << Qt::endl;
    return 0;
}
