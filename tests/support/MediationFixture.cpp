#include "MediationFixture.h"

#include "CatchCompat.h"

namespace sifa::test {

MediationFixture::MediationFixture()
{
    mediator = office.signIn(QStringLiteral("mediator"));
    Committee c;
    c.name = QStringLiteral("东门村人民调解委员会");
    c.kind = QStringLiteral("village");
    Result<QString> cu = MediationSetup::saveCommittee(db(), mediator, c);
    REQUIRE(cu);
    committeeUuid = *cu;
    Mediator m;
    m.name = QStringLiteral("王调解");
    m.committeeUuid = committeeUuid;
    m.username = QStringLiteral("mediator");
    Result<QString> mu = MediationSetup::saveMediator(db(), mediator, m);
    REQUIRE(mu);
    mediatorUuid = *mu;
}

Dispute MediationFixture::sample(const QDate &registered) const
{
    Dispute d;
    d.source = QStringLiteral("application");
    d.disputeType = QStringLiteral("01");
    d.summary = QStringLiteral("两家因宅基地边界的围墙发生争执");
    d.personsInvolved = 2;
    d.registeredDate = registered;
    d.committeeUuid = committeeUuid;
    d.leadMediatorUuid = mediatorUuid;
    DisputeParty a;
    a.role = QStringLiteral("applicant");
    a.name = QStringLiteral("张三");
    a.idNumber = makeId(QStringLiteral("330225"), QDate(1970, 3, 4), true, 31);
    a.phone = QStringLiteral("13905741234");
    DisputeParty b;
    b.role = QStringLiteral("respondent");
    b.name = QStringLiteral("李四");
    b.idNumber = makeId(QStringLiteral("330225"), QDate(1968, 7, 8), true, 53);
    d.parties = {a, b};
    return d;
}

QString MediationFixture::registerSample(const QDate &registered)
{
    Result<QString> uuid = DisputeService::registerDispute(db(), mediator, sample(registered));
    REQUIRE(uuid);
    return *uuid;
}

DisputeRecord MediationFixture::session(const QString &disputeUuid, const QDate &day) const
{
    DisputeRecord r;
    r.disputeUuid = disputeUuid;
    r.kind = QStringLiteral("session");
    r.time = QDateTime(day, QTime(9, 30));
    r.place = QStringLiteral("东门村调解室");
    r.staff = QStringLiteral("王调解");
    r.subjects = QStringLiteral("张三、李四");
    r.content = QStringLiteral("双方陈述了围墙的位置，调解员释明了相关规定。");
    return r;
}

Agreement MediationFixture::agreement(const QString &disputeUuid, const QDate &day) const
{
    Agreement a;
    a.disputeUuid = disputeUuid;
    a.form = QStringLiteral("written");
    a.agreedDate = day;
    a.facts = QStringLiteral("围墙越界约三十厘米，双方各有责任。");
    a.performanceMethod = QStringLiteral("现金支付");
    AgreementClause c;
    c.text = QStringLiteral("李四于十日内拆除越界部分围墙。");
    c.dueDate = day.addDays(10);
    AgreementClause money;
    money.text = QStringLiteral("张三补偿李四砌墙费用人民币伍佰元。");
    money.amountFen = 50000;
    a.clauses = {c, money};
    return a;
}

QString MediationFixture::mediatingCase(const QDate &registered, const QDate &accepted, const QDate &day)
{
    const QString uuid = registerSample(registered);
    REQUIRE(DisputeService::accept(db(), mediator, uuid, accepted).ok());
    REQUIRE(DisputeService::addRecord(db(), mediator, session(uuid, day)));
    return uuid;
}

}  // namespace sifa::test
