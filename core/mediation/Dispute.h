#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QVariantMap>

#include <optional>

namespace sifa {

// Status ids of a mediation case (domain README §2.2); labels in MediationCodes.
namespace DisputeStatus {
inline const QString Registered = QStringLiteral("registered");
inline const QString NotAccepted = QStringLiteral("not_accepted");
inline const QString Accepted = QStringLiteral("accepted");
inline const QString Investigating = QStringLiteral("investigating");
inline const QString Mediating = QStringLiteral("mediating");
inline const QString Agreed = QStringLiteral("agreed");
inline const QString Terminated = QStringLiteral("terminated");
inline const QString Performing = QStringLiteral("performing");
inline const QString Performed = QStringLiteral("performed");
inline const QString NotPerformed = QStringLiteral("not_performed");
inline const QString Archived = QStringLiteral("archived");
}  // namespace DisputeStatus

// 当事人.
struct DisputeParty {
    QString uuid;
    QString disputeUuid;
    int seq = 0;
    QString role = QStringLiteral("applicant");  // applicant | respondent | third | agent
    QString kind = QStringLiteral("person");     // person | org
    QString personUuid;                          // the people index, for kind person
    QString name;                                // person's name or organisation's name
    QString legalRep;                            // organisation: 法定代表人
    QString address;
    QString phone;
    QString idNumber;
    bool deleted = false;

    QVariantMap fields() const;
};

// 调查记录 (kind "investigation") and 调解记录 (kind "session").
struct DisputeRecord {
    QString uuid;
    QString disputeUuid;
    QString kind = QStringLiteral("session");
    QDateTime time;  // local time of the meeting
    QString place;
    QString staff;         // 调查人 / 调解员
    QString subjects;      // 被调查人 / 到场当事人
    QString participants;  // 参加人 (invited helpers)
    QString recorder;
    QString content;
    bool deleted = false;

    QVariantMap fields() const;
};

struct AgreementClause {
    QString uuid;
    QString agreementUuid;
    int seq = 0;
    QString text;
    qint64 amountFen = 0;
    QDate dueDate;
    bool deleted = false;
};

// 调解协议.
struct Agreement {
    QString uuid;
    QString disputeUuid;
    QString agreementNo;
    QString form = QStringLiteral("written");  // written | oral
    QDate agreedDate;
    QDate effectiveDate;
    QString facts;              // 纠纷主要事实、争议事项及各方责任
    QString performanceMethod;  // 履行方式
    QDate performanceDeadline;
    int copies = 0;
    qint64 amountFen = 0;
    QString performanceStatus;  // pending | partial | done | failed
    QDate performanceDate;
    QDate jcAppliedDate;  // 司法确认
    QString jcCourt;
    QString jcResult;  // pending | confirmed | rejected
    QString jcRulingNo;
    QDate jcResultDate;
    QList<AgreementClause> clauses;
};

// 回访记录.
struct ReturnVisit {
    QString uuid;
    QString disputeUuid;
    QDate visitDate;
    QString visitor;
    QString visited;
    QString performance;   // pending | partial | done | failed
    QString satisfaction;  // satisfied | fair | dissatisfied
    bool sued = false;
    QString situation;
    QString measures;
    bool deleted = false;
};

// The dispute and the state of its case.
struct Dispute {
    QString uuid;
    QString officeCode;
    QString caseNo;
    QString title;
    QString source = QStringLiteral("application");  // application | initiative | referral | screening
    QString referralKind;                           // code table referral_kind
    QString referralBody;
    QString screeningUuid;
    QString disputeType = QStringLiteral("99");
    QString summary;
    QString claims;
    int personsInvolved = 0;
    qint64 amountInvolvedFen = 0;
    QString place;
    QString committeeUuid;
    QString leadMediatorUuid;
    QString assistMediatorUuid;
    QString status = DisputeStatus::Registered;
    QDate registeredDate;
    QDate acceptedDate;
    QDate decidedDate;
    QString notAcceptedReason;
    QString riskLevel;  // red | orange | yellow | ""
    bool isGroup = false;
    int groupHeadcount = 0;
    bool isMajor = false;
    bool reportedToPolice = false;
    int preventCriminalCases = 0;
    int preventCriminalPersons = 0;
    int preventPetitionCases = 0;
    int preventPetitionPersons = 0;
    int preventFightCases = 0;
    int preventFightPersons = 0;
    int preventSuicideCases = 0;
    int preventSuicidePersons = 0;
    QDate extensionUntil;
    QString extensionNote;
    QString result;  // written | oral | failed | terminated
    QDate resultDate;
    QString terminationReason;
    bool routesExplained = false;
    QDate closedDate;
    QDate archivedDate;
    QString filedBy;
    QString retention;
    QString responsibleLeader;
    QDate responsibleDeadline;
    QDate responsibleAssigned;
    QDate responsibleClosed;
    QString registrar;
    QString createdAt;
    QString updatedAt;
    QString updatedBy;
    bool deleted = false;

    QList<DisputeParty> parties;

    // The registration fields (what a clerk types when registering or correcting a case).
    QVariantMap registrationFields() const;
    // 张三与李四邻里纠纷: the title when none was given.
    QString displayTitle() const;
};

// Everything of one case, for the case view and the forms.
struct DisputeFile {
    Dispute dispute;
    QList<DisputeRecord> records;
    std::optional<Agreement> agreement;
    QList<ReturnVisit> visits;
};

// One row of the ledger.
struct DisputeListItem {
    qint64 rowid = 0;
    QString uuid;
    QString caseNo;
    QString title;
    QDate registeredDate;
    QDate acceptedDate;
    QString disputeType;
    QString source;
    QString status;
    QString parties;  // "张三、李四"
    QString committee;
    QString leadMediator;
    QString riskLevel;
    QString result;
    QDate closedDate;
};

// 调委会, 调解员, 排查.
struct Committee {
    QString uuid;
    QString name;
    QString kind = QStringLiteral("village");
    QString divisionCode;
    QString address;
    QString note;
    bool deleted = false;
};

struct Mediator {
    QString uuid;
    QString name;
    QString personUuid;
    QString committeeUuid;
    bool fullTime = false;
    QString phone;
    QString username;  // the SifaDesk account, for the to-do list
    QDate appointedDate;
    bool active = true;
    bool deleted = false;
};

struct Screening {
    QString uuid;
    QDate date;
    QString period;  // yyyy-MM
    QString scope;
    QString method;
    int foundCount = 0;
    int preventedCount = 0;
    QString reporter;
    QString committeeUuid;
    bool zeroReport = false;
    QString note;
    bool deleted = false;
};

// Money is kept in fen; this is how a clerk reads and types it.
QString formatYuan(qint64 fen);
std::optional<qint64> parseYuan(const QString &text);

}  // namespace sifa
