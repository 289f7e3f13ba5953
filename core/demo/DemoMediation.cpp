#include "demo/DemoMediation.h"

#include "mediation/DisputeRepository.h"
#include "mediation/DisputeService.h"
#include "mediation/MediationSetup.h"
#include "security/Users.h"
#include "storage/Database.h"

#include <QFile>

#include <algorithm>

namespace sifa {

namespace {

struct Template {
    QString type;
    QString summary;
    QString claims;
    QStringList terms;
    int amountFrom = 0;
    int amountTo = 0;
};

QList<Template> loadTemplates()
{
    QList<Template> out;
    QFile f(QStringLiteral(":/demo/disputes.txt"));
    if (!f.open(QIODevice::ReadOnly))
        return out;
    for (const QString &line : QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'))) {
        if (line.trimmed().isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        const QStringList p = line.split(QLatin1Char('|'));
        if (p.size() != 6)
            continue;
        out << Template{p[0], p[1], p[2], p[3].split(QLatin1Char(';')), p[4].toInt(), p[5].toInt()};
    }
    return out;
}

const char *const kVillages[] = {"东门", "番西", "沙塘湾", "海峰", "大岙", "后沙"};
const char *const kOrgSuffixes[] = {"水产有限公司", "建筑工程有限公司", "渔业专业合作社", "物业管理有限公司", "家电商行",
                                    "诊所"};
const char *const kScopes[] = {"各村（社区）网格", "渔港码头及船东", "辖区企业", "外来务工人员集中居住点", "重点信访户",
                               "婚姻家庭矛盾易发户"};
const char *const kMethods[] = {"入户走访", "召开排查会", "网格员上报", "电话回访", "联合派出所排查"};

// The demo's step-by-step case builder.
class Builder {
public:
    Builder(Database &db, const Session &head, DemoPeople &people, QRandomGenerator &rng, const QDate &today)
        : m_db(db), m_head(head), m_people(people), m_rng(rng), m_today(today), m_templates(loadTemplates())
    {
    }

    Status setUp(DemoMediationSummary &summary);
    Status screenings(DemoMediationSummary &summary);
    Status dispute(int index, int count);

private:
    QDate cap(const QDate &d) const { return std::min(d, m_today); }
    int between(int lo, int hi) { return hi <= lo ? lo : lo + static_cast<int>(m_rng.bounded(hi - lo + 1)); }
    QString village() { return QString::fromUtf8(kVillages[m_rng.bounded(6)]); }
    DisputeParty person(const QString &role);
    QString fill(const QString &text, const QString &a, const QString &b, const QString &v, qint64 yuan) const;

    Database &m_db;
    const Session &m_head;
    DemoPeople &m_people;
    QRandomGenerator &m_rng;
    QDate m_today;
    QList<Template> m_templates;
    QStringList m_committees;      // uuids; [0] the township committee
    QList<QPair<QString, QString>> m_mediators;  // (uuid, name), index-aligned with committees where possible
    QStringList m_screenings;
    QString m_headName;
};

DisputeParty Builder::person(const QString &role)
{
    const Person p = m_people.next();
    DisputeParty party;
    party.role = role;
    party.name = p.name;
    party.idNumber = p.idNumber;
    party.phone = p.phone;
    party.address = p.residenceAddress;
    return party;
}

QString Builder::fill(const QString &text, const QString &a, const QString &b, const QString &v, qint64 yuan) const
{
    QString t = text;
    t.replace(QStringLiteral("{A}"), a).replace(QStringLiteral("{B}"), b).replace(QStringLiteral("{V}"), v + QStringLiteral("村"));
    t.replace(QStringLiteral("{M}"), QString::number(yuan));
    return t;
}

Status Builder::setUp(DemoMediationSummary &summary)
{
    m_headName = Users::find(m_db, QStringLiteral("head")).value_or(UserInfo()).displayName;
    Committee township;
    township.name = QStringLiteral("石浦镇人民调解委员会");
    township.kind = QStringLiteral("township");
    township.address = QStringLiteral("石浦镇人民政府一楼调解室");
    QList<Committee> list{township};
    for (int i = 0; i < 4; ++i) {
        Committee c;
        c.name = QStringLiteral("%1村人民调解委员会").arg(QString::fromUtf8(kVillages[i]));
        c.kind = QStringLiteral("village");
        c.address = QStringLiteral("%1村村民委员会").arg(QString::fromUtf8(kVillages[i]));
        list << c;
    }
    Committee trade;
    trade.name = QStringLiteral("石浦镇渔业纠纷人民调解委员会");
    trade.kind = QStringLiteral("professional");
    list << trade;
    for (const Committee &c : list) {
        Result<QString> uuid = MediationSetup::saveCommittee(m_db, m_head, c);
        if (!uuid)
            return uuid.status();
        m_committees << *uuid;
    }
    summary.committees = static_cast<int>(m_committees.size());

    // The two mediator accounts of the demo are the township committee's full-time mediators.
    for (const char *account : {"mediator", "mediator2"}) {
        Mediator m;
        m.username = QString::fromLatin1(account);
        m.name = Users::find(m_db, m.username).value_or(UserInfo()).displayName;
        m.committeeUuid = m_committees[0];
        m.fullTime = true;
        m.appointedDate = m_today.addYears(-3).addDays(between(0, 300));
        m.phone = QStringLiteral("0574-6598%1").arg(between(1000, 9999));
        Result<QString> uuid = MediationSetup::saveMediator(m_db, m_head, m);
        if (!uuid)
            return uuid.status();
        m_mediators << qMakePair(*uuid, m.name);
    }
    for (int i = 1; i < m_committees.size(); ++i) {
        Mediator m;
        m.name = m_people.fullName(m_rng.bounded(3) != 0);
        m.committeeUuid = m_committees[i];
        m.appointedDate = m_today.addYears(-2).addDays(between(0, 500));
        Result<QString> uuid = MediationSetup::saveMediator(m_db, m_head, m);
        if (!uuid)
            return uuid.status();
        m_mediators << qMakePair(*uuid, m.name);
    }
    summary.mediators = static_cast<int>(m_mediators.size());
    return {};
}

Status Builder::screenings(DemoMediationSummary &summary)
{
    // A year of screening; last month's report is still to be filed (it shows on the to-do list).
    const QDate thisMonth(m_today.year(), m_today.month(), 1);
    for (int back = 12; back >= 2; --back) {
        const QDate month = thisMonth.addMonths(-back);
        if (back == 7) {
            Result<QString> zero = MediationSetup::fileZeroReport(m_db, m_head, month.toString(QStringLiteral("yyyy-MM")),
                                                                  m_mediators[0].second, month.addMonths(1).addDays(1));
            if (!zero)
                return zero.status();
            ++summary.screenings;
            continue;
        }
        const int n = between(1, 3);
        for (int i = 0; i < n; ++i) {
            Screening s;
            s.date = month.addDays(between(2, month.daysInMonth() - 2));
            s.scope = QString::fromUtf8(kScopes[m_rng.bounded(6)]);
            s.method = QString::fromUtf8(kMethods[m_rng.bounded(5)]);
            s.foundCount = between(0, 4);
            s.preventedCount = between(0, s.foundCount);
            s.reporter = m_mediators[m_rng.bounded(2)].second;
            s.committeeUuid = m_committees[0];
            Result<QString> uuid = MediationSetup::saveScreening(m_db, m_head, s);
            if (!uuid)
                return uuid.status();
            if (s.foundCount > 0)
                m_screenings << *uuid;
            ++summary.screenings;
        }
    }
    return {};
}

Status Builder::dispute(int index, int count)
{
    const Template &t = m_templates[static_cast<int>(m_rng.bounded(static_cast<int>(m_templates.size())))];
    // Older cases are fewer in the ledger's first pages: spread over two years, the last ones recent.
    const int age = index >= count - 4 ? between(0, 3) : index >= count - 14 ? between(4, 40) : between(30, 720);
    const QDate registered = m_today.addDays(-age);
    const QString v = village();

    Dispute d;
    d.registeredDate = registered;
    d.disputeType = t.type;
    const int mediatorIndex = m_rng.bounded(100) < 70 ? static_cast<int>(m_rng.bounded(2))
                                                      : static_cast<int>(m_rng.bounded(static_cast<int>(m_mediators.size())));
    d.leadMediatorUuid = m_mediators[mediatorIndex].first;
    d.committeeUuid = mediatorIndex < 2 ? m_committees[0] : m_committees[mediatorIndex - 1];
    if (m_rng.bounded(3) == 0)
        d.assistMediatorUuid = m_mediators[(mediatorIndex + 1) % m_mediators.size()].first;
    const int src = static_cast<int>(m_rng.bounded(100));
    if (src < 55) {
        d.source = QStringLiteral("application");
    } else if (src < 70) {
        d.source = QStringLiteral("initiative");
    } else if (src < 88 || m_screenings.isEmpty()) {
        d.source = QStringLiteral("referral");
        const bool police = m_rng.bounded(3) != 0;
        d.referralKind = police ? QStringLiteral("police") : QStringLiteral("court");
        d.referralBody = police ? QStringLiteral("象山县公安局石浦派出所") : QStringLiteral("象山县人民法院石浦人民法庭");
    } else {
        d.source = QStringLiteral("screening");
        d.screeningUuid = m_screenings[static_cast<int>(m_rng.bounded(static_cast<int>(m_screenings.size())))];
    }
    DisputeParty a = person(QStringLiteral("applicant"));
    DisputeParty b = person(QStringLiteral("respondent"));
    if (QStringList{QStringLiteral("04"), QStringLiteral("10"), QStringLiteral("11"), QStringLiteral("12"), QStringLiteral("14")}
            .contains(t.type)
        && m_rng.bounded(2) == 0) {
        b = DisputeParty();
        b.role = QStringLiteral("respondent");
        b.kind = QStringLiteral("org");
        b.name = QStringLiteral("象山县石浦%1%2").arg(v, QString::fromUtf8(kOrgSuffixes[m_rng.bounded(6)]));
        b.legalRep = m_people.fullName(true);
        b.address = QStringLiteral("石浦镇%1村").arg(v);
    }
    const qint64 yuan = t.amountTo > 0 ? between(t.amountFrom / 100, t.amountTo / 100) * 100 : 0;
    d.summary = fill(t.summary, a.name, b.name, v, yuan);
    d.claims = fill(t.claims, a.name, b.name, v, yuan);
    d.amountInvolvedFen = yuan * 100;
    d.personsInvolved = 2;
    d.place = QStringLiteral("石浦镇%1村").arg(v);
    d.parties = {a, b};
    const int risk = static_cast<int>(m_rng.bounded(100));
    d.riskLevel = risk < 4 ? QStringLiteral("red") : risk < 12 ? QStringLiteral("orange") : risk < 30 ? QStringLiteral("yellow") : QString();
    if (risk < 4) {
        d.isMajor = true;
        d.reportedToPolice = true;
        d.preventCriminalCases = 1;
        d.preventCriminalPersons = 2;
    }
    if (t.type == QLatin1String("08") || t.type == QLatin1String("09")) {
        d.isGroup = true;
        d.groupHeadcount = between(5, 30);
        d.personsInvolved = d.groupHeadcount;
        d.preventPetitionCases = 1;
        d.preventPetitionPersons = d.groupHeadcount;
    }
    Result<QString> uuid = DisputeService::registerDispute(m_db, m_head, d);
    if (!uuid)
        return uuid.status();
    const QString id = *uuid;

    // How far the case has come depends on its age.
    if (age <= 2 && m_rng.bounded(3) != 0)
        return {};  // waiting for the decision to accept
    if (age > 3 && m_rng.bounded(40) == 0)
        return DisputeService::notAccept(m_db, m_head, id, cap(registered.addDays(1)), QStringLiteral("一方当事人明确拒绝调解，已告知其通过诉讼途径解决"));
    const QDate accepted = cap(registered.addDays(between(0, 2)));
    if (Status s = DisputeService::accept(m_db, m_head, id, accepted); !s.ok())
        return s;
    if (d.isMajor && age < 60)
        (void)DisputeService::assignResponsibility(m_db, m_head, id, m_headName, QDate());
    QDate day = accepted;
    if (m_rng.bounded(3) == 0 && accepted.daysTo(m_today) > 2) {
        DisputeRecord inv;
        inv.disputeUuid = id;
        inv.kind = QStringLiteral("investigation");
        day = cap(day.addDays(between(1, 3)));
        inv.time = QDateTime(day, QTime(between(8, 16), 30));
        inv.place = d.place;
        inv.staff = m_mediators[mediatorIndex].second;
        inv.subjects = b.name;
        inv.content = QStringLiteral("到现场查看并分别听取了双方陈述，核实了争议事实，双方均同意调解。");
        if (Result<QString> r = DisputeService::addRecord(m_db, m_head, inv); !r)
            return r.status();
    }
    if (age <= 3)
        return {};
    const int sessions = between(1, 3);
    for (int i = 0; i < sessions; ++i) {
        DisputeRecord r;
        r.disputeUuid = id;
        r.kind = QStringLiteral("session");
        day = cap(day.addDays(between(1, 6)));
        r.time = QDateTime(day, QTime(between(8, 16), 0));
        r.place = QStringLiteral("石浦镇人民调解委员会调解室");
        r.staff = m_mediators[mediatorIndex].second;
        r.subjects = QStringLiteral("%1、%2").arg(a.name, b.name);
        r.recorder = m_mediators[(mediatorIndex + 1) % 2].second;
        r.content = i + 1 < sessions ? QStringLiteral("双方分别陈述了各自意见，调解员释明相关法律规定，双方分歧仍较大，约定再次调解。")
                                     : QStringLiteral("经调解员耐心疏导，双方互谅互让，就争议事项达成一致意见。");
        if (Result<QString> rr = DisputeService::addRecord(m_db, m_head, r); !rr)
            return rr.status();
    }
    // Young cases are still being mediated; a few are left to run over their time limit.
    if (age < 12 || (age < 45 && m_rng.bounded(4) == 0))
        return {};
    if (m_rng.bounded(100) < 10) {
        return DisputeService::terminate(m_db, m_head, id, cap(day.addDays(between(0, 5))),
                                         QStringLiteral("双方分歧较大，经多次调解未能达成协议"), true);
    }
    Agreement ag;
    ag.disputeUuid = id;
    ag.form = m_rng.bounded(5) == 0 ? QStringLiteral("oral") : QStringLiteral("written");
    ag.agreedDate = day;
    ag.facts = d.summary;
    ag.performanceMethod = yuan > 0 ? QStringLiteral("银行转账或现金支付") : QStringLiteral("按协议约定自行履行");
    ag.performanceDeadline = day.addDays(between(5, 30));
    for (const QString &term : t.terms) {
        AgreementClause c;
        c.text = fill(term, a.name, b.name, v, yuan) + QStringLiteral("。");
        if (term.contains(QStringLiteral("{M}")))
            c.amountFen = yuan * 100;
        ag.clauses << c;
    }
    const bool atOnce = ag.form == QLatin1String("oral");
    if (Result<QString> r = DisputeService::recordAgreement(m_db, m_head, ag, atOnce); !r)
        return r.status();
    QDate closed = day;
    if (!atOnce) {
        const QDate performed = day.addDays(between(3, 25));
        if (performed > m_today) {
            if (m_rng.bounded(2) == 0)
                (void)DisputeService::recordPerformance(m_db, m_head, id, QStringLiteral("partial"), cap(day.addDays(2)));
            return {};
        }
        const bool failed = m_rng.bounded(25) == 0;
        if (Status s = DisputeService::recordPerformance(m_db, m_head, id, failed ? QStringLiteral("failed") : QStringLiteral("done"),
                                                         performed);
            !s.ok())
            return s;
        closed = performed;
    }
    if (ag.form == QLatin1String("written") && m_rng.bounded(12) == 0)
        (void)DisputeService::applyJudicialConfirmation(m_db, m_head, id, cap(day.addDays(between(2, 20))),
                                                        QStringLiteral("象山县人民法院"));
    const QDate visit = day.addDays(between(7, 25));
    if (visit <= m_today && m_rng.bounded(5) != 0) {
        ReturnVisit rv;
        rv.disputeUuid = id;
        rv.visitDate = visit;
        rv.visitor = m_mediators[mediatorIndex].second;
        rv.visited = a.name;
        rv.performance = visit >= closed ? QStringLiteral("done") : QStringLiteral("partial");
        rv.satisfaction = m_rng.bounded(6) == 0 ? QStringLiteral("fair") : QStringLiteral("satisfied");
        rv.situation = QStringLiteral("当事人表示协议已按约定履行，双方关系已缓和。");
        if (Result<QString> r = DisputeService::addReturnVisit(m_db, m_head, rv); !r)
            return r.status();
    }
    const QDate archive = closed.addDays(between(3, 20));
    if (archive <= m_today && age > 40)
        return DisputeService::archive(m_db, m_head, id, archive, m_mediators[mediatorIndex].second, QStringLiteral("长期"));
    return {};
}

}  // namespace

Result<DemoMediationSummary> DemoMediation::create(Database &db, const Session &head, DemoPeople &people,
                                                   QRandomGenerator &rng, const QDate &today, int disputes)
{
    Builder b(db, head, people, rng, today);
    DemoMediationSummary summary;
    if (Status s = b.setUp(summary); !s.ok())
        return s.error();
    if (Status s = b.screenings(summary); !s.ok())
        return s.error();
    for (int i = 0; i < disputes; ++i) {
        if (Status s = b.dispute(i, disputes); !s.ok())
            return Result<DemoMediationSummary>::failure(s.error().code, tr("Demo case %1: %2").arg(i + 1).arg(s.message()));
        ++summary.disputes;
    }
    return summary;
}

}  // namespace sifa
