#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QStringList>

#include <optional>

namespace sifa {

// What a ledger row says about the course of its case (values already read, see LedgerValues).
struct LedgerFacts {
    QDate registered;  // 登记日期 (the 受理日期 when not given)
    QDate accepted;    // 受理日期 (the 登记日期 when the file has no 受理日期 column)
    QString result;    // success | failed | terminated | not_accepted | ""
    QString form;      // written | oral | "" (协议形式)
    QDate agreed;      // 协议日期
    bool agreedAmount = false;  // 协议金额 given
    QString performance;  // done | partial | none | "" (履行情况)
    QDate closed;      // 结案日期
    QDate archived;    // 归档日期
    QString status;    // 状态, when it names a SifaDesk status; "" otherwise
    bool archiveColumn = false;  // the file has an 归档日期 column
};

// The state a historical case enters, and the dates and result stored with it.
struct LedgerOutcome {
    QString status;
    QString result;  // the dispute's result: written | oral | failed | terminated | ""
    QDate decided;   // acceptance or refusal
    QDate resultDate;
    QDate closed;
    QDate archived;
    bool agreement = false;  // an agreement (调解协议) is recorded
    QString form;            // its form
    QDate agreedDate;
    QString performanceStatus;  // pending | partial | done | failed
    QDate performanceDate;
};

// The lifecycle state a historical ledger row implies (domain README §2.2):
//
//   受理日期  调解结果        协议日期        履行情况         结案日期  → state
//   –         –               –               –                –         registered
//   –         不予受理        –               –                date      not_accepted (decided = closed = 结案日期) *
//   date      –               –               –                –         accepted (investigating or mediating when
//                                                                        the 状态 column says so)
//   date      成功            date (a)        – or 未履行      –         agreed (performance pending)
//   date      成功            date (a)        部分履行         –         performing
//   date      成功            date (a)        履行完毕         –         performed (closing date unknown)
//   date      成功            date (a)        履行完毕 or –    date      performed, closed on 结案日期 *
//   date      成功            date (a)        未履行           date      not_performed, closed on 结案日期 *
//   date      不成功 or 终止  –               –                – / date  terminated (result failed / terminated),
//                                                                        closed on 结案日期 when given *
//
//   (a) 成功 without a 协议日期 takes the 结案日期 as the agreement date.
//   *   archived: in a file without an 归档日期 column, a closed case with a 结案日期 is archived on
//       that date (a past year's ledger lists cases closed and filed); in a file with one (as
//       SifaDesk exports), a case is archived exactly when its 归档日期 is filled in. A 状态 column
//       naming the closed state itself keeps such a case unarchived.
//   An agreement (form 书面 when 协议形式 is empty) is recorded for every 成功 row.
//
// Bad rows (each a sentence in `problems`): no 受理日期 and no 登记日期; 登记日期 after 受理日期;
// 成功/不成功/终止 without 受理日期; 不予受理 with a 受理日期 or without a 结案日期; 协议形式, 协议日期,
// 协议金额 or 履行情况 without 成功; 成功 with neither 协议日期 nor 结案日期; 协议日期 before 受理日期;
// 部分履行 with a 结案日期; a 结案日期 without a result, or before the 受理日期 (登记日期) or the
// 协议日期; an 归档日期 on a case that is not closed, or before its 结案日期; a 状态 that
// contradicts the other columns. (Dates in the future are refused where they are read.)
class LedgerLifecycle {
    Q_DECLARE_TR_FUNCTIONS(LedgerLifecycle)
public:
    static std::optional<LedgerOutcome> decide(const LedgerFacts &facts, QStringList *problems);
};

}  // namespace sifa
