// The scenarios of the 社区矫正 demo: each file shows a state of the workflow or a rule; and
// the ordinary files around them.
#include "demo/DemoCorrectionBuilder.h"

#include "correction/CorrectionService.h"
#include "storage/Database.h"
#include "util/Time.h"

#include <algorithm>
#include <functional>
#include <iterator>

namespace sifa {
namespace demo_correction {

// The scenarios of the demo, in the order they are made: each shows a state or a rule.
Status Builder::scenarios(int count, int *made)
{
    QList<std::function<Status()>> list;

    // Awaiting report-in, six days overdue (an admonition is suggested).
    list << [this]() -> Status {
        Spec s;
        s.charge = DrunkDriving;
        s.age = 41;
        s.prisonMonths = 3;
        s.periodMonths = 6;
        s.effectiveAgo = 16;
        s.reportAfter = -1;
        return subject(s).status();
    };
    // Awaiting report-in within the ten days (管制); assessed before the judgment.
    list << [this]() -> Status {
        Spec s;
        s.type = QStringLiteral("01");
        s.charge = Assault;
        s.age = 29;
        s.periodMonths = 12;
        s.effectiveAgo = 4;
        s.reportAfter = -1;
        Result<Made> m = subject(s);
        if (m)
            m_byRole.insert(QStringLiteral("assessed"), *m);
        return m.status();
    };
    // Received, but a woman's team still has no woman: it cannot be announced yet.
    list << [this]() -> Status {
        Spec s;
        s.male = false;
        s.age = 26;
        s.charge = CardRenting;
        s.prisonMonths = 10;
        s.periodMonths = 12;
        s.effectiveAgo = 9;
        s.reportAfter = 4;
        s.womanInTeam = false;
        s.announce = false;
        return subject(s).status();
    };
    // 严管 in the first two months; in the key period.
    list << [this]() -> Status {
        Spec s;
        s.charge = Theft;
        s.age = 23;
        s.prisonMonths = 8;
        s.periodMonths = 12;
        s.effectiveAgo = 48;
        s.reportAfter = 2;
        s.activitiesUntilAgo = 1;
        Result<Made> m = subject(s);
        if (m)
            m_byRole.insert(QStringLiteral("key1"), *m);
        return m.status();
    };
    // 假释, 普管, praised after six months, with frequent travel approved and scores.
    list << [this]() -> Status {
        Spec s;
        s.type = QStringLiteral("03");
        s.charge = Fraud;
        s.age = 44;
        s.prisonMonths = 60;
        s.periodMonths = 20;
        s.effectiveAgo = 250;
        s.employer = u("象山县某物流有限公司");
        s.employment = u("货车驾驶员");
        Result<Made> m = subject(s);
        if (!m)
            return m.status();
        const QDate praise = m->periodFrom.addMonths(6).addDays(5);
        if (Result<QString> p = sanction(*m, QStringLiteral("praise"), praise,
                                         u("该社区矫正对象入矫以来认罪悔罪，遵守监督管理规定，积极参加教育学习和公益活动，"
                                           "今年台风期间主动参与村里的防台物资转运，表现突出。"),
                                         u("《中华人民共和国社区矫正法实施办法》第三十三条"), praise.addDays(6));
            !p)
            return p.status();
        for (int i = 1; i <= 2; ++i) {
            if (Status st = score(*m, m->received.addMonths(3 * i).addDays(-1), 2, u("季度考核合格，表现良好"), u("KH-01"));
                !st.ok())
                return st;
        }
        if (Status st = score(*m, praise.addDays(6), 5, u("受到表扬"), u("KH-05")); !st.ok())
            return st;
        Result<QString> travel = request(*m, QStringLiteral("frequent_travel"), ago(40), ago(30), ago(30).addMonths(6),
                                         u("受雇于物流公司从事货物运输，需经常往返宁波市区、舟山市送货"),
                                         {{QStringLiteral("destination"), u("宁波市海曙区、鄞州区，舟山市定海区")},
                                          {QStringLiteral("frequency"), u("每周二至三次，当日往返")},
                                          {QStringLiteral("evidence"), u("劳动合同、单位出具的工作证明")}});
        if (!travel)
            return travel.status();
        if (Status st = review(*travel, ago(38), u("情况属实，建议批准，外出期间每次通过电话报告行程。")); !st.ok())
            return st;
        return decide(*travel, true, ago(30), false, u("同意，有效期六个月。"));
    };
    // 宽管 after a year, leave approved by the office and returned on time.
    list << [this]() -> Status {
        Spec s;
        s.charge = TrafficAccident;
        s.age = 52;
        s.prisonMonths = 18;
        s.periodMonths = 30;
        s.effectiveAgo = 430;
        s.lenientAfter = 8;
        s.employer = u("象山县石浦某水产食品有限公司");
        Result<Made> m = subject(s);
        if (!m)
            return m.status();
        Result<QString> leave = request(*m, QStringLiteral("leave"), ago(45), ago(40), ago(36), u("陪同母亲到杭州就医"),
                                        {{QStringLiteral("destination"), u("浙江省杭州市上城区浙江大学医学院附属第一医院")},
                                         {QStringLiteral("companion"), u("妻子")},
                                         {QStringLiteral("evidence"), u("医院预约挂号单")}});
        if (!leave)
            return leave.status();
        if (Status st = review(*leave, ago(44), u("情况属实，同意外出五日，外出期间每日电话报告。")); !st.ok())
            return st;
        if (Status st = decide(*leave, true, ago(44), true, u("同意。")); !st.ok())
            return st;
        return CorrectionService::recordReturn(m_db, m_officer, *leave, ago(36), m_officerName);
    };
    // 暂予监外执行 on medical parole: monthly health reports, a re-examination every three months.
    list << [this]() -> Status {
        Spec s;
        s.type = QStringLiteral("04");
        s.outside = QStringLiteral("medical");
        s.charge = IllegalDeposits;
        s.age = 61;
        s.prisonMonths = 48;
        s.periodMonths = 30;
        s.effectiveAgo = 300;
        s.ableToWork = false;
        s.employment = u("无业（患病）");
        s.tags = QStringLiteral("concern.illness");
        return subject(s).status();
    };
    // 暂予监外执行 for a woman nursing her baby: a woman on the team.
    list << [this]() -> Status {
        Spec s;
        s.type = QStringLiteral("04");
        s.outside = QStringLiteral("pregnant");
        s.male = false;
        s.age = 27;
        s.charge = CardRenting;
        s.prisonMonths = 14;
        s.periodMonths = 14;
        s.effectiveAgo = 150;
        s.ableToWork = false;
        s.employment = u("哺乳期，无业");
        return subject(s).status();
    };
    // 暂予监外执行, unable to look after himself, 宽管.
    list << [this]() -> Status {
        Spec s;
        s.type = QStringLiteral("04");
        s.outside = QStringLiteral("dependent");
        s.charge = Gambling;
        s.age = 67;
        s.prisonMonths = 30;
        s.periodMonths = 26;
        s.effectiveAgo = 480;
        s.lenientAfter = 9;
        s.ableToWork = false;
        s.court = u("象山县人民法院");
        s.employment = u("无业（瘫痪在床）");
        return subject(s).status();
    };
    // 管制, leave approved and not back: the return is overdue.
    list << [this]() -> Status {
        Spec s;
        s.type = QStringLiteral("01");
        s.charge = Provocation;
        s.age = 33;
        s.periodMonths = 12;
        s.effectiveAgo = 210;
        s.activitiesUntilAgo = 11;
        Result<Made> m = subject(s);
        if (!m)
            return m.status();
        Result<QString> leave = request(*m, QStringLiteral("leave"), ago(13), ago(10), ago(4), u("到宁波市参加表哥婚礼"),
                                        {{QStringLiteral("destination"), u("浙江省宁波市鄞州区")},
                                         {QStringLiteral("evidence"), u("婚礼请柬")}});
        if (!leave)
            return leave.status();
        if (Status st = review(*leave, ago(12), u("情况属实，同意外出。")); !st.ok())
            return st;
        return decide(*leave, true, ago(12), true, u("同意，按期返回并报告。"));
    };
    // Two admonitions: a warning is suggested; a leave refused; in the key period.
    list << [this]() -> Status {
        Spec s;
        s.charge = DrunkDriving;
        s.age = 38;
        s.prisonMonths = 4;
        s.periodMonths = 12;
        s.effectiveAgo = 320;
        s.grades << Spec::Grade{ago(33), QStringLiteral("strict"), u("两次受到训诫，调整为严管")};
        Result<Made> m = subject(s);
        if (!m)
            return m.status();
        const QDate first = ago(150);
        if (Result<QString> a = sanction(*m, QStringLiteral("admonition"), first,
                                         u("该社区矫正对象未按规定时间到司法所报告，经电话通知后迟到三日报告，无正当理由。"),
                                         u("《中华人民共和国社区矫正法实施办法》第三十五条第（一）项"), first.addDays(6));
            !a)
            return a.status();
        if (Status st = score(*m, first.addDays(6), -3, u("无正当理由迟延报告，受到训诫"), u("KH-12")); !st.ok())
            return st;
        const QDate second = ago(40);
        if (Result<QString> a = sanction(*m, QStringLiteral("admonition"), second,
                                         u("该社区矫正对象未经批准擅自离开象山县前往宁波市区，当日返回，经信息化核查发现。"),
                                         u("《中华人民共和国社区矫正法实施办法》第三十五条第（二）项"), second.addDays(7));
            !a)
            return a.status();
        if (Status st = score(*m, second.addDays(7), -3, u("未经批准离开所居住县，受到训诫"), u("KH-12")); !st.ok())
            return st;
        Result<QString> leave = request(*m, QStringLiteral("leave"), ago(60), ago(55), ago(41), u("到云南省旅游"),
                                        {{QStringLiteral("destination"), u("云南省昆明市、大理白族自治州")}});
        if (!leave)
            return leave.status();
        if (Status st = review(*leave, ago(59), u("外出事由不属于就医、就学、诉讼或处理家庭、工作重要事务，建议不予批准。"));
            !st.ok())
            return st;
        if (Status st = decide(*leave, false, ago(57), false, u("外出事由不充分，不予批准。")); !st.ok())
            return st;
        m_byRole.insert(QStringLiteral("key2"), *m);
        return {};
    };
    // Leave over seven days: reviewed by the office, waiting for the county for nine days.
    list << [this]() -> Status {
        Spec s;
        s.charge = Fraud;
        s.age = 36;
        s.prisonMonths = 24;
        s.periodMonths = 36;
        s.effectiveAgo = 270;
        s.employer = u("象山县某建筑劳务有限公司");
        Result<Made> m = subject(s);
        if (!m)
            return m.status();
        Result<QString> leave = request(*m, QStringLiteral("leave"), ago(10), ago(-3), ago(-14),
                                        u("受单位指派到杭州市参加建筑施工安全员培训并考取证书"),
                                        {{QStringLiteral("destination"), u("浙江省杭州市西湖区")},
                                         {QStringLiteral("evidence"), u("单位证明、培训通知")}});
        if (!leave)
            return leave.status();
        return review(*leave, ago(9), u("情况属实，外出十二日，超过司法所审批权限，报请县社区矫正管理局审批。"));
    };
    // A visitor: meeting the victim to settle the compensation, approved.
    list << [this]() -> Status {
        Spec s;
        s.charge = Assault;
        s.age = 47;
        s.prisonMonths = 10;
        s.periodMonths = 18;
        s.effectiveAgo = 180;
        Result<Made> m = subject(s);
        if (!m)
            return m.status();
        // The victim: a neighbour of the same township.
        const Person victim = m_people.local(true, m_today.addYears(-52).addDays(-between(0, 300)));
        Result<QString> visit = request(*m, QStringLiteral("visitor"), ago(20), ago(12), ago(12),
                                        u("与被害人协商剩余民事赔偿款的支付事宜，由村人民调解委员会主持"),
                                        {{QStringLiteral("visitor_name"), victim.name},
                                         {QStringLiteral("visitor_identity"), QStringLiteral("victim")},
                                         {QStringLiteral("visitor_relation"), u("同村村民")},
                                         {QStringLiteral("visitor_sex"), victim.sex},
                                         {QStringLiteral("visitor_id_number"), victim.idNumber},
                                         {QStringLiteral("visitor_address"), u("石浦镇") + victim.residenceAddress},
                                         {QStringLiteral("visitor_phone"), victim.phone},
                                         {QStringLiteral("destination"), u("石浦镇%1人民调解委员会调解室").arg(m->village)}});
        if (!visit)
            return visit.status();
        if (Status st = review(*visit, ago(19), u("会客事由正当，由调解员在场主持，建议批准。")); !st.ok())
            return st;
        return decide(*visit, true, ago(15), false, u("同意。"));
    };
    // 假释: a change of residence approved, the files still to be sent.
    list << [this]() -> Status {
        Spec s;
        s.type = QStringLiteral("03");
        s.charge = Theft;
        s.age = 31;
        s.prisonMonths = 42;
        s.periodMonths = 18;
        s.effectiveAgo = 290;
        Result<Made> m = subject(s);
        if (!m)
            return m.status();
        Result<QString> move = request(*m, QStringLiteral("transfer"), ago(25), ago(-10), QDate(),
                                       u("已在宁波市鄞州区购房并与妻子共同居住，妻子在当地工作"),
                                       {{QStringLiteral("new_address"), u("浙江省宁波市鄞州区首南街道某小区8幢2单元501室")},
                                        {QStringLiteral("new_agency"), u("宁波市鄞州区社区矫正管理局")},
                                        {QStringLiteral("evidence"), u("不动产权证书、结婚证复印件")}});
        if (!move)
            return move.status();
        if (Status st = review(*move, ago(23), u("情况属实，有固定住所，建议同意变更执行地。")); !st.ok())
            return st;
        if (Status st = CorrectionService::updateRequest(
                m_db, m_officer, *move,
                {{QStringLiteral("consulted_date"), iso(ago(20))},
                 {QStringLiteral("new_reply_date"), iso(ago(16))},
                 {QStringLiteral("new_opinion"), u("经核实，该社区矫正对象在我区有固定住所，同意接收。")}});
            !st.ok())
            return st;
        return decide(*move, true, ago(3), false, u("经征求宁波市鄞州区社区矫正管理局意见，同意变更执行地。"));
    };
    // Transferred out to the new county.
    list << [this]() -> Status {
        Spec s;
        s.charge = IllegalFishing;
        s.age = 45;
        s.prisonMonths = 8;
        s.periodMonths = 12;
        s.effectiveAgo = 280;
        s.activitiesUntilAgo = 40;
        Result<Made> m = subject(s);
        if (!m)
            return m.status();
        Result<QString> move = request(*m, QStringLiteral("transfer"), ago(75), ago(40), QDate(),
                                       u("随子女迁居舟山市定海区，在当地渔业公司就业"),
                                       {{QStringLiteral("new_address"), u("浙江省舟山市定海区盐仓街道某村12号")},
                                        {QStringLiteral("new_agency"), u("舟山市定海区社区矫正管理局")},
                                        {QStringLiteral("evidence"), u("房屋租赁合同、用工证明")}});
        if (!move)
            return move.status();
        if (Status st = review(*move, ago(73), u("情况属实，建议同意。")); !st.ok())
            return st;
        if (Status st = CorrectionService::updateRequest(
                m_db, m_officer, *move,
                {{QStringLiteral("consulted_date"), iso(ago(70))},
                 {QStringLiteral("new_reply_date"), iso(ago(66))},
                 {QStringLiteral("new_opinion"), u("经调查核实，同意接收。")}});
            !st.ok())
            return st;
        if (Status st = decide(*move, true, ago(45), false, u("同意变更执行地至舟山市定海区。")); !st.ok())
            return st;
        if (Status st = CorrectionService::updateRequest(m_db, m_officer, *move,
                                                         {{QStringLiteral("files_sent_date"), iso(ago(42))}});
            !st.ok())
            return st;
        return CorrectionService::transferOut(m_db, m_officer, m->uuid, ago(39));
    };
    // Breached the prohibition order: a warning, 严管, electronic monitoring ending within a week.
    list << [this]() -> Status {
        Spec s;
        s.charge = Gambling;
        s.age = 50;
        s.prisonMonths = 18;
        s.periodMonths = 24;
        s.effectiveAgo = 220;
        const QDate warned = ago(95);
        s.grades << Spec::Grade{warned, QStringLiteral("strict"), u("违反禁止令受到警告，调整为严管")};
        Result<Made> m = subject(s);
        if (!m)
            return m.status();
        if (Result<QString> w = sanction(*m, QStringLiteral("warning"), warned.addDays(-6),
                                         u("该社区矫正对象违反人民法院禁止令，进入石浦镇某麻将馆参与打麻将，被民警检查发现。"),
                                         u("《中华人民共和国社区矫正法实施办法》第三十六条第（一）项"), warned);
            !w)
            return w.status();
        if (Status st = score(*m, warned, -10, u("违反禁止令，受到警告"), u("KH-21")); !st.ok())
            return st;
        const QDate end = ago(-4);
        const QVariantMap tag{{QStringLiteral("subject_uuid"), m->uuid},
                              {QStringLiteral("ground"), QStringLiteral("prohibition")},
                              {QStringLiteral("approval_no"), u("象司电定〔%1〕%2号").arg(warned.year()).arg(between(3, 15))},
                              {QStringLiteral("approved_by"), u("象山县司法局")},
                              {QStringLiteral("start_date"), iso(end.addMonths(-3).addDays(3))},
                              {QStringLiteral("end_date"), iso(end)}};
        return CorrectionService::saveRecord(m_db, m_officer, QStringLiteral("cc_monitoring"), QString(), tag).status();
    };
    // Missing for three days, the police told: the search is on.
    list << [this]() -> Status {
        Spec s;
        s.charge = Theft;
        s.age = 28;
        s.prisonMonths = 10;
        s.periodMonths = 18;
        s.effectiveAgo = 125;
        s.activitiesUntilAgo = 4;
        s.reportAfter = 13;  // three days late
        s.shortMonths = {-1};
        s.employment = u("无业");
        s.tags = QStringLiteral("concern.jobless");
        Result<Made> m = subject(s);
        if (!m)
            return m.status();
        if (Result<QString> a = sanction(*m, QStringLiteral("admonition"), m->received.addDays(2),
                                         u("该社区矫正对象在判决生效后未在十日内报到，超期三日报到，无正当理由。"),
                                         u("《中华人民共和国社区矫正法实施办法》第三十五条第（一）项"),
                                         m->received.addDays(7));
            !a)
            return a.status();
        const QVariantMap lost{{QStringLiteral("subject_uuid"), m->uuid},
                               {QStringLiteral("lost_date"), iso(ago(3))},
                               {QStringLiteral("police_notified"), 1},
                               {QStringLiteral("search_record"),
                                u("电话无法接通，信息化核查无定位信息；已走访其家属和所在村，均称不知去向，已通报石浦派出所协助查找。")}};
        return CorrectionService::saveRecord(m_db, m_officer, QStringLiteral("cc_missing"), QString(), lost).status();
    };
    // The period ends within thirty days: the release is due on the to-do list.
    list << [this]() -> Status {
        Spec s;
        s.charge = TrafficAccident;
        s.age = 39;
        s.prisonMonths = 12;
        s.periodMonths = 18;
        s.effectiveAgo = 18 * 30 + 3 - 18;
        s.lenientAfter = 8;
        return subject(s).status();
    };
    // Released, with the summary, the appraisal and the certificate.
    list << [this]() -> Status {
        Spec s;
        s.charge = DrunkDriving;
        s.age = 35;
        s.prisonMonths = 5;
        s.periodMonths = 10;
        s.effectiveAgo = 10 * 30 + 60;
        s.lenientAfter = 6;
        Result<Made> m = subject(s);
        return m ? release(*m, true) : m.status();
    };
    list << [this]() -> Status {
        Spec s;
        s.type = QStringLiteral("01");
        s.charge = Assault;
        s.age = 57;
        s.periodMonths = 10;
        s.effectiveAgo = 10 * 30 + 150;
        Result<Made> m = subject(s);
        return m ? release(*m, true) : m.status();
    };
    list << [this]() -> Status {
        Spec s;
        s.type = QStringLiteral("03");
        s.charge = Fraud;
        s.age = 49;
        s.prisonMonths = 66;
        s.periodMonths = 14;
        s.effectiveAgo = 14 * 30 + 270;
        s.lenientAfter = 7;
        Result<Made> m = subject(s);
        return m ? release(*m, false) : m.status();
    };
    // Revoked: two warnings, the proposal adopted, the court revoked the suspended sentence.
    list << [this]() -> Status {
        Spec s;
        s.charge = Theft;
        s.age = 34;
        s.prisonMonths = 12;
        s.periodMonths = 24;
        s.effectiveAgo = 400;
        s.activitiesUntilAgo = 21;
        s.grades << Spec::Grade{ago(180), QStringLiteral("strict"), u("受到警告，调整为严管")};
        s.tags = QStringLiteral("four_history.drug");
        Result<Made> m = subject(s);
        if (!m)
            return m.status();
        if (Result<QString> w = sanction(*m, QStringLiteral("warning"), ago(186),
                                         u("该社区矫正对象脱离监管十五日，经查找后到案，无正当理由。"),
                                         u("《中华人民共和国社区矫正法实施办法》第三十六条第（二）项"), ago(180));
            !w)
            return w.status();
        if (Result<QString> w = sanction(*m, QStringLiteral("warning"), ago(96),
                                         u("该社区矫正对象受到警告后仍不改正，再次未经批准离开象山县，并拒不接受电话核查。"),
                                         u("《中华人民共和国社区矫正法实施办法》第三十六条第（六）项"), ago(90));
            !w)
            return w.status();
        if (Result<QString> r = sanction(*m, QStringLiteral("revoke_probation"), ago(52),
                                         u("该社区矫正对象在缓刑考验期内两次受到警告仍不改正，违反监督管理规定，情节严重。"),
                                         u("《中华人民共和国刑法》第七十七条第二款、《中华人民共和国社区矫正法》第四十六条"), ago(48));
            !r)
            return r.status();
        return CorrectionService::terminate(m_db, m_officer, m->uuid, QStringLiteral("revoked_probation"), ago(20),
                                            u("象山县人民法院（%1）浙0225刑更%2号刑事裁定书：撤销缓刑，收监执行原判刑罚")
                                                .arg(ago(20).year())
                                                .arg(between(20, 90)));
    };
    // Re-offended: a new theft under probation, established when the police detained him; the
    // court that judged it revoked the suspended sentence (刑法第七十七条第一款), so the file
    // is terminated with the date the new offence was established (the statistics' 再犯罪).
    list << [this]() -> Status {
        Spec s;
        s.charge = Theft;
        s.age = 27;
        s.prisonMonths = 8;
        s.periodMonths = 18;
        s.effectiveAgo = 330;
        s.activitiesUntilAgo = 62;
        Result<Made> m = subject(s);
        if (!m)
            return m.status();
        return CorrectionService::terminate(
            m_db, m_officer, m->uuid, QStringLiteral("revoked_probation"), ago(12),
            u("象山县人民法院（%1）浙0225刑初%2号刑事判决书：在缓刑考验期限内犯盗窃罪，撤销缓刑，数罪并罚")
                .arg(ago(12).year())
                .arg(between(100, 400)),
            ago(60));
    };
    // A minor: released, and the file sealed.
    list << [this]() -> Status {
        Spec s;
        s.charge = Theft;
        s.age = 16;
        s.prisonMonths = 6;
        s.periodMonths = 12;
        s.effectiveAgo = 12 * 30 + 130;
        s.employment = u("在校学生");
        Result<Made> m = subject(s);
        if (!m)
            return m.status();
        if (Status st = release(*m, true); !st.ok())
            return st;
        ++m_summary->sealed;
        return CorrectionService::seal(m_db, m_officer, m->uuid,
                                       u("犯罪时不满十八周岁，被判处五年有期徒刑以下刑罚，依照《中华人民共和国刑事诉讼法》"
                                         "第二百八十六条封存犯罪记录"));
    };
    // A minor under correction, not sealed: a team with people who know minors.
    list << [this]() -> Status {
        Spec s;
        s.charge = Provocation;
        s.age = 16;
        s.prisonMonths = 8;
        s.periodMonths = 12;
        s.effectiveAgo = 150;
        s.employment = u("在校学生");
        return subject(s).status();
    };
    // A restricted place: entering a KTV for work, approved under the prohibition order.
    list << [this]() -> Status {
        Spec s;
        s.charge = Provocation;
        s.age = 30;
        s.prisonMonths = 10;
        s.periodMonths = 18;
        s.effectiveAgo = 240;
        s.employer = u("象山县石浦某大酒店");
        Result<Made> m = subject(s);
        if (!m)
            return m.status();
        Result<QString> place = request(*m, QStringLiteral("place"), ago(33), ago(28), ago(-30),
                                        u("受所在酒店安排在酒店附设KTV区域负责后厨送餐，需进入该场所"),
                                        {{QStringLiteral("destination"), u("象山县石浦某大酒店三楼KTV区域")},
                                         {QStringLiteral("evidence"), u("酒店出具的工作证明、排班表")}});
        if (!place)
            return place.status();
        if (Status st = review(*place, ago(32), u("因工作需要，仅限工作时间进入，不得参与娱乐活动，建议批准。")); !st.ok())
            return st;
        return decide(*place, true, ago(29), false, u("同意，限工作时间内进入。"));
    };

    for (int i = 0; i < list.size() && *made < count; ++i) {
        if (Status st = list[i](); !st.ok())
            return Status::failure(st.error().code, DemoCorrection::tr("Demo subject %1: %2").arg(i + 1).arg(st.message()));
        ++*made;
    }
    return {};
}

// An ordinary file under correction: mostly suspended sentences, some leave and scores.
Status Builder::ordinary(int index)
{
    static const int charges[] = {DrunkDriving, DrunkDriving, DrunkDriving, Theft, Theft, Fraud, Fraud, Assault,
                                  TrafficAccident, Gambling, CardRenting, CardRenting, IllegalFishing, Provocation};
    Spec s;
    s.charge = charges[m_rng.bounded(static_cast<int>(std::size(charges)))];
    s.male = chance(85);
    s.age = between(20, 60);
    const int r = static_cast<int>(m_rng.bounded(100));
    s.type = r < 82 ? QStringLiteral("02") : r < 92 ? QStringLiteral("03") : QStringLiteral("01");
    s.periodMonths = s.charge == DrunkDriving ? between(4, 12)
                     : s.type == QLatin1String("01") ? between(6, 24)
                                                      : between(12, 36);
    s.prisonMonths = s.type == QLatin1String("03") ? between(36, 96)
                     : s.charge == DrunkDriving    ? std::max(1, s.periodMonths / 2)
                                                   : std::min(s.periodMonths, between(6, 30));
    // Well inside the period: at least two months under correction and two to go.
    const int periodDays = s.periodMonths * 30;
    s.effectiveAgo = between(70, std::max(71, periodDays - 60));
    s.reportAfter = between(1, 9);
    if (s.effectiveAgo > 240 && chance(50))
        s.lenientAfter = between(6, 10);
    if (s.type == QLatin1String("02") && chance(15))
        s.court = QStringLiteral("宁波市中级人民法院");
    Result<Made> m = subject(s);
    if (!m)
        return Status::failure(m.error().code, DemoCorrection::tr("Demo subject %1: %2").arg(index).arg(m.message()));
    if (chance(30) && m->received.daysTo(m_today) > 60) {
        const int back = between(20, 50);
        Result<QString> leave = request(*m, QStringLiteral("leave"), ago(back + 5), ago(back), ago(back - between(1, 5)),
                                        chance(50) ? u("回老家处理房屋拆迁事宜") : u("陪同家人到上海就医"),
                                        {{QStringLiteral("destination"), chance(50) ? u("浙江省台州市") : u("上海市")}});
        if (!leave)
            return leave.status();
        if (Status st = review(*leave, ago(back + 4), u("情况属实，同意外出。")); !st.ok())
            return st;
        if (Status st = decide(*leave, true, ago(back + 4), true, u("同意。")); !st.ok())
            return st;
        if (Status st = CorrectionService::recordReturn(m_db, m_officer, *leave, ago(back - 6), m_officerName); !st.ok())
            return st;
    }
    if (chance(40) && m->received.addMonths(3) < m_today) {
        if (Status st = score(*m, m->received.addMonths(3), 2, u("季度考核合格，表现良好"), u("KH-01")); !st.ok())
            return st;
    }
    return {};
}

}  // namespace demo_correction
}  // namespace sifa
