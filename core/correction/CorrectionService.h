#pragma once

#include "correction/CcRecord.h"
#include "correction/Escalation.h"
#include "correction/GradeRules.h"
#include "correction/LeaveRules.h"
#include "security/Access.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QVariantMap>

namespace sifa {

class Database;

// A month's supervision of one subject against the grade's expectations.
struct MonthReview {
    QDate month;           // the first day
    QString grade;         // in force for most of the month
    int days = 0;          // days under correction in the month
    int daysInMonth = 0;
    MonthActivity done;
    QList<Shortfall> shortfalls;
};

// The office's work on a person under community correction (domain README §3), on the county
// agency's entrustment: it records, reminds, proposes and prints. Decisions that are the
// county's (grades, warnings, approvals above the office's limit, revocation) are recorded when
// they arrive, never made here. Every operation checks CorrectionRead/Write (and
// CorrectionMinors for a minor's file), validates, and writes through the change log in one
// transaction; a refusal is a translated sentence. Fields are named as in CorrectionEntities.
class CorrectionService {
    Q_DECLARE_TR_FUNCTIONS(CorrectionService)
public:
    // --- subjects (CorrectionSubjects.cpp)
    // Opens a file from the judgment: the person is found in the people index by ID number or
    // entered into it. The file starts awaiting report-in unless `subject` carries the dates of
    // later steps (an import of an existing ledger: received, released or terminated).
    static Result<QString> registerSubject(Database &db, const Access &access, const Person &person,
                                           const QVariantMap &subject);
    // Corrects the file's data; the steps of the workflow have their own operations.
    static Status update(Database &db, const Access &access, const QString &uuid, const QVariantMap &fields);
    // Opening a file is audited. A sealed file needs the approval number that allows it.
    static Result<SubjectFile> open(Database &db, const Access &access, const QString &uuid,
                                    const QString &sealApproval = QString());
    // The file again for a window that opened it with open() and stays open (its refreshes, the
    // print preview from it): the same permission, minors' and seal checks, no new audit row —
    // one opening is one entry, however often the window refreshes.
    static Result<SubjectFile> reread(Database &db, const Access &access, const QString &uuid,
                                      const QString &sealApproval = QString());
    // Sealed files never appear here; minors only for CorrectionMinors. Revealing ID numbers is
    // audited.
    static Result<QList<SubjectListItem>> list(Database &db, const Access &access, const SubjectQuery &query);
    // A sealed file by the person's ID number, with the approval number; audited.
    static Result<QString> findSealed(Database &db, const Access &access, const QString &idNumber,
                                      const QString &approval);
    // 封存: a minor's file disappears from lists, search, statistics and exports.
    static Status seal(Database &db, const Access &access, const QString &uuid, const QString &reason);
    static Status unseal(Database &db, const Access &access, const QString &uuid, const QString &approval);

    // --- workflow (CorrectionLifecycle.cpp)
    // `checks`: what the reception form records besides (reception_documents_date,
    // reception_documents_check, reception_identity_check, reception_notified); they can be
    // corrected later with update().
    static Status recordReception(Database &db, const Access &access, const QString &uuid, const QDate &reported,
                                  const QDate &received, const QString &mode, const QString &staff,
                                  const QVariantMap &checks = {});
    // 入矫宣告: needs a 矫正小组 that meets the law (a woman for a woman, someone who knows
    // minors for a minor).
    static Status announce(Database &db, const Access &access, const QString &uuid, const QDate &date);
    // The county's grade decision, dated; the history keeps every change.
    static Status changeGrade(Database &db, const Access &access, const QString &uuid, const QString &grade,
                              const QDate &from, const QString &reason, const QString &decidedBy);
    // 解除: at the end of the period (or earlier with `earlyReason`, an amnesty), with the
    // appraisal in `appraisal` (appraisal_* fields, summary_*, release_*); refused while a
    // revocation is pending.
    static Status release(Database &db, const Access &access, const QString &uuid, const QDate &date,
                          const QVariantMap &appraisal, const QString &earlyReason = QString());
    // 终止: revocation, commitment or death (correction_end_type other than expired). `reoffence`,
    // when valid, is the date a new offence committed under correction was established (核实重新
    // 违法犯罪; the re-offences of the statistics): not before the reception, not in the future,
    // and not with a death.
    static Status terminate(Database &db, const Access &access, const QString &uuid, const QString &endType,
                            const QDate &date, const QString &reason, const QDate &reoffence = QDate());
    // Records, corrects or (with an invalid date) clears the date a new offence was established,
    // on a file under correction or terminated; the same checks as terminate().
    static Status recordReoffence(Database &db, const Access &access, const QString &uuid, const QDate &date);
    // The new county accepted an approved change of residence.
    static Status transferOut(Database &db, const Access &access, const QString &uuid, const QDate &date);
    // The court or deciding body did not revoke (or commit): the pending flag is lifted.
    static Status revocationRefused(Database &db, const Access &access, const QString &uuid, const QString &ruling);
    // Back under correction after a mistaken release, termination or transfer: audited.
    static Status reopen(Database &db, const Access &access, const QString &uuid, const QString &reason);

    // --- the file's records (CorrectionRecords.cpp). `uuid` empty adds, else changes.
    static Result<QString> saveRecord(Database &db, const Access &access, const QString &entity,
                                      const QString &uuid, const QVariantMap &fields);
    static Status removeRecord(Database &db, const Access &access, const QString &entity, const QString &uuid,
                               const QString &reason);
    // What the file lacks by law: the team's composition.
    static QStringList teamProblems(const SubjectFile &file);
    static MonthReview monthReview(const SubjectFile &file, const QDate &month);
    static QList<Suggestion> suggestions(const SubjectFile &file, const QDate &today);
    // Declares a key period for the chosen subjects (daily reports while it lasts).
    static Result<QString> declareKeyPeriod(Database &db, const Access &access, const QString &name,
                                            const QDate &from, const QDate &to, const QStringList &subjects,
                                            const QString &note);

    // --- requests and sanctions (CorrectionRequests.cpp)
    // Leave gets its approval level from LeaveRules (notes in `notes`: late, overlapping).
    static Result<QString> submitRequest(Database &db, const Access &access, const QVariantMap &fields,
                                         QStringList *notes = nullptr);
    static Result<LeaveCheck> checkLeave(Database &db, const Access &access, const QString &subjectUuid,
                                         const QDate &from, const QDate &to, const QDate &appliedOn,
                                         const QString &exceptRequest = QString());
    // The office's review (opinion, reviewer, date).
    static Status reviewRequest(Database &db, const Access &access, const QString &uuid, const QString &opinion,
                                const QString &reviewer, const QDate &date);
    // The decision: the office's own within its entrusted limit, otherwise the one that arrived.
    static Status decideRequest(Database &db, const Access &access, const QString &uuid, bool approved,
                                const QString &approver, const QDate &date, const QString &decisionNo,
                                const QString &opinion);
    static Status recordReturn(Database &db, const Access &access, const QString &uuid, const QDate &date,
                               const QString &staff);
    // The steps that follow a decision and the request's notes: consulted_date, new_reply_date,
    // new_opinion, files_sent_date (a change of residence), certificate_no, companion, evidence,
    // note. The status and the decision change only by their own steps.
    static Status updateRequest(Database &db, const Access &access, const QString &uuid, const QVariantMap &fields);
    static Status withdrawRequest(Database &db, const Access &access, const QString &uuid, const QString &reason);
    static Result<QString> propose(Database &db, const Access &access, const QVariantMap &fields);
    static Status recordDecision(Database &db, const Access &access, const QString &uuid, bool adopted,
                                 const QString &decisionNo, const QDate &date, const QString &opinion);

    // --- 调查评估 (CorrectionAssessments.cpp)
    static Result<QList<CcRecord>> assessments(Database &db, const Access &access);
    static Result<QString> saveAssessment(Database &db, const Access &access, const QString &uuid,
                                          const QVariantMap &fields);
    static Status completeAssessment(Database &db, const Access &access, const QString &uuid, const QString &opinion,
                                     const QString &text, const QString &reviewer, const QDate &date);
    // The due date: 10 working days (5 fast-track) from receipt, or the agreed extension.
    static QDate assessmentDue(const CcRecord &assessment);

    static QString statusName(const QString &status);
    // Whether a correction_end_type applies to a correction type: expiry and death to all,
    // revoking probation to 缓刑, revoking parole to 假释, commitment to 暂予监外执行.
    static bool endingFits(const QString &endType, const QString &correctionType);
};

}  // namespace sifa
