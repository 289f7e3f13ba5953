#pragma once

// Building blocks for the mediation tests: a committee, a mediator and a registered dispute.

#include "TestSupport.h"

#include "mediation/DisputeService.h"
#include "mediation/MediationSetup.h"

namespace sifa::test {

struct MediationFixture {
    TestOffice office;
    Session mediator;
    QString committeeUuid;
    QString mediatorUuid;

    MediationFixture();
    Database &db() { return *office.db; }

    // 张三 (applicant) against 李四 (respondent), a neighbourhood dispute registered on `registered`.
    Dispute sample(const QDate &registered) const;
    QString registerSample(const QDate &registered);
    // Registered, accepted and with one mediation session on the given days.
    QString mediatingCase(const QDate &registered, const QDate &accepted, const QDate &session);
    DisputeRecord session(const QString &disputeUuid, const QDate &day) const;
    Agreement agreement(const QString &disputeUuid, const QDate &day) const;
};

}  // namespace sifa::test
