#pragma once

#include "placement/PlacementFile.h"
#include "security/Access.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QVariantMap>

namespace sifa {

class Database;
struct SubjectFile;

// What the file lacks or what is due, worked out from the file and the rules (shown on the file
// and the to-do view).
struct PlacementCheck {
    QString kind;  // handover, police, visit, review, agreement, group, assistance, escort, end
    QString text;  // a translated sentence
    QDate due;     // when it is or was due (may be invalid)
};

// The office's work for people released from prison or from community correction (domain
// README §4): prison notices checked on the ground, one file per person, hand-over, the risk
// category reviewed every six months, the assistance group and agreement, visits, placement,
// social assistance, moves and the end of assistance. Every operation checks PlacementRead/Write,
// validates, and writes through the change log in one transaction; a refusal is a translated
// sentence. Fields are named as in PlacementEntities.
class PlacementService {
    Q_DECLARE_TR_FUNCTIONS(PlacementService)
public:
    // --- files (PlacementSubjects.cpp)
    // Opens a file: the person is found in the people index by ID number or entered into it;
    // one open file per person. The period's end comes from the rules by source unless given;
    // the hand-over starts pending unless `fields` records it (an imported ledger).
    static Result<QString> registerSubject(Database &db, const Access &access, const Person &person,
                                           const QVariantMap &fields);
    // A file from an existing ledger (台账): registerSubject, with what the ledger records of the
    // file's history, written even when the file has ended (PlacementLedger.cpp): its placement
    // (rp_placement fields; nothing when empty) and its category, recorded as an assessment
    // (rp_risk_review fields: review_date, category, reason, reviewer — the importing user when
    // empty; nothing when empty) that sets the file's category as assessRisk does. One transaction.
    static Result<QString> registerFromLedger(Database &db, const Access &access, const Person &person,
                                              const QVariantMap &fields, const QVariantMap &placement,
                                              const QVariantMap &review);
    // Corrects the file's data; the steps (hand-over, category, end) have their own operations.
    // A changed release date or source moves the period's end with it unless it is given too.
    static Status update(Database &db, const Access &access, const QString &uuid, const QVariantMap &fields);
    // Opening a file is audited.
    static Result<PlacementFile> open(Database &db, const Access &access, const QString &uuid);
    // The same without an audit entry, for a window refreshing a file it opened (audited) itself.
    static Result<PlacementFile> reload(Database &db, const Access &access, const QString &uuid);
    // ID numbers masked unless revealed (the reveal is audited).
    static Result<QList<PlacementListItem>> list(Database &db, const Access &access, const PlacementQuery &query);
    // A file for a correction subject the correction module released: the judgment, the period's
    // end and the release appraisal carried over. Refused when the person has an open file.
    static Result<QString> openFromCorrection(Database &db, const Access &access, const QString &ccSubjectUuid);
    // The same inside CorrectionService::release (its transaction, its permission): the
    // correction officer hands the person over, so no placement permission is asked.
    static Result<QString> handOverFromCorrection(Database &db, const Access &access, const SubjectFile &released);
    // Reopening a correction file after a mistaken release (inside CorrectionService::reopen):
    // the resettlement file that release opened is removed while nothing has been recorded in it;
    // once the resettlement officer has worked on it, the reopening is refused until they end it.
    static Status withdrawHandOver(Database &db, const Access &access, const QString &ccSubjectUuid,
                                   const QString &reason);

    // --- prison notices (PlacementNotices.cpp)
    static Result<QList<Record>> notices(Database &db, const Access &access);
    // `uuid` empty adds a notice, else corrects it.
    static Result<QString> saveNotice(Database &db, const Access &access, const QString &uuid,
                                      const QVariantMap &fields);
    // The check on the ground: located, not_located or elsewhere, with the date and what was done.
    static Status checkNotice(Database &db, const Access &access, const QString &uuid, const QString &outcome,
                              const QDate &date, const QString &note);
    static Status recordFamilyInformed(Database &db, const Access &access, const QString &uuid, const QDate &date);
    // Opens the file from the notice (its data carried over; `fields` adds the release's).
    static Result<QString> openFromNotice(Database &db, const Access &access, const QString &noticeUuid,
                                          const QVariantMap &fields);

    // --- the steps (PlacementWorkflow.cpp)
    // 衔接: how (handover_mode), when (handover_date), where, who went; with the dates the person
    // reported to the office and registered with the police when known.
    static Status recordHandover(Database &db, const Access &access, const QString &uuid, const QVariantMap &handover);
    // 下落不明: not found after release, with what was done to find the person.
    static Status markWhereaboutsUnknown(Database &db, const Access &access, const QString &uuid,
                                         const QString &note);
    static Status recordPoliceRegistration(Database &db, const Access &access, const QString &uuid, const QDate &date);
    // 危险性评估: the factors ticked (placement_risk_factor codes), the category and the reason;
    // the file's category follows the latest assessment.
    static Result<QString> assessRisk(Database &db, const Access &access, const QString &uuid,
                                      const QVariantMap &review);
    // 解除帮教: expired (not before the period's end), reoffended (with the new charge), dead,
    // moved (with where to). `fields`: end_reason, end_office_opinion, end_approver,
    // end_approved_date, new_charge, new_sentence, moved_to.
    static Status endAssistance(Database &db, const Access &access, const QString &uuid, const QString &endType,
                                const QDate &date, const QVariantMap &fields);
    // Back under assistance after a mistaken end: audited.
    static Status reopen(Database &db, const Access &access, const QString &uuid, const QString &reason);

    // --- the file's records (PlacementRecords.cpp): rp_member, rp_agreement, rp_visit,
    // rp_placement, rp_assistance, rp_move. `uuid` empty adds, else changes.
    static Result<QString> saveRecord(Database &db, const Access &access, const QString &entity,
                                      const QString &uuid, const QVariantMap &fields);
    static Status removeRecord(Database &db, const Access &access, const QString &entity, const QString &uuid,
                               const QString &reason);

    // --- rules on a file (PlacementChecks.cpp)
    // The end of assistance by source from the release date (rule data).
    static QDate assistEnd(const QString &source, const QDate &release);
    static QDate nextVisitDue(const PlacementFile &file);
    static QDate nextReviewDue(const PlacementFile &file);
    // What is due or missing today: hand-over and its escalation, police registration, first
    // visit, assessment, visits, re-assessment, agreement, group, 三无 without help, key person
    // not escorted, the period's end.
    static QList<PlacementCheck> checks(const PlacementFile &file, const QDate &today);
    // 未衔接人员名单 as of the end of `month` (the first day of it), or today for the month running.
    static Result<QList<UnmatchedPerson>> unmatched(Database &db, const Access &access, const QDate &month);

    static QString statusName(const QString &status);
};

}  // namespace sifa
