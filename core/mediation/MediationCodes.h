#pragma once

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>

namespace sifa {

// The fixed codes of a mediation case and their translated labels. Lists a county may change
// (dispute types, referral bodies, committee kinds) are code tables in resources/codes.
class MediationCodes {
    Q_DECLARE_TR_FUNCTIONS(MediationCodes)
public:
    using Items = QList<QPair<QString, QString>>;  // (id, label)

    static Items statuses();
    static Items sources();
    static Items partyRoles();
    static Items riskLevels();          // with "" first: not assessed
    static Items results();
    static Items agreementForms();
    static Items performanceStates();
    static Items courtResults();
    static Items satisfactions();

    static QString statusLabel(const QString &id);
    static QString sourceLabel(const QString &id);
    static QString roleLabel(const QString &id);
    static QString riskLabel(const QString &id);
    static QString resultLabel(const QString &id);
    static QString formLabel(const QString &id);
    static QString performanceLabel(const QString &id);
    static QString courtResultLabel(const QString &id);
    static QString satisfactionLabel(const QString &id);
    static QString recordKindLabel(const QString &kind);  // investigation | session
    static QString disputeTypeLabel(const QString &code);  // from the code table

    static bool contains(const Items &items, const QString &id);
};

}  // namespace sifa
