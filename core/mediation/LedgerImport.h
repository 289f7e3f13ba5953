#pragma once

#include "mediation/LedgerColumns.h"
#include "security/Access.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <functional>

namespace sifa {

class Database;
class LedgerSheet;

// A bad row: `row` counts data rows from 1 (the first row after the header); empty rows count
// too, so that row N is N lines below the header in the clerk's file.
struct LedgerIssue {
    int row = 0;
    QString reason;  // a translated sentence
    QString text() const { return QStringLiteral("row %1: %2").arg(row).arg(reason); }
};

// What an import would do (a dry run) or did.
struct LedgerImportPlan {
    QString format;    // CSV | XLSX
    QString encoding;  // of a CSV file: UTF-8, UTF-16LE, UTF-16BE, GB18030
    int headerLine = 0;  // 1-based line of the header row in the file
    QList<LedgerColumn> columns;  // recognised columns, in file order
    QList<QPair<int, QString>> unknownColumns;  // (zero-based column, header): not imported
    int dataRows = 0;  // rows after the header that hold anything
    QList<LedgerIssue> issues;
    QMap<QString, int> statuses;  // status id → cases that land (would land) in it
    QStringList newMediators;     // 调解员 not yet known, entered with the import
    QStringList newCommittees;    // 调委会 not yet known, entered with the import
    int newPeople = 0;     // persons with an ID number entered into the people index
    int linkedPeople = 0;  // parties linked to persons already in the index

    bool ok() const { return issues.isEmpty(); }
};

struct LedgerImportResult {
    LedgerImportPlan plan;
    bool written = false;    // the cases are in the database
    bool cancelled = false;  // stopped through the progress callback: nothing was written
    int disputes = 0;        // cases written
};

struct LedgerImportOptions {
    bool dryRun = false;
    // Called every few hundred rows with the work done and the work in all (rows checked, then
    // written, then indexed for search); return false to cancel. A cancelled run writes nothing.
    std::function<bool(qint64 done, qint64 total)> progress;
};

// Imports an existing mediation ledger (人民调解台账) from CSV or XLSX: column headers as in
// LedgerColumns, values as in LedgerValues, each row's state as in LedgerLifecycle.
//
// Every row is checked before anything is written, and every problem is reported as
// `row N: <reason>`; besides the row's own checks (LedgerRow), a case number that appears twice
// in the file or is already in the database, and an ID number whose person was removed from
// the people index, make a row bad. The import is all-or-nothing: one transaction, nothing
// written when any row is bad, on any error, or when cancelled.
//
// Written through the change log in one ChangeLog::Batch (the audit trail gets one record,
// "dispute.import", with the counts; the search index is built once per case at the end):
//   - 调委会 and 调解员 not yet known, by name (a committee's kind guessed from its name);
//   - persons with an ID number not yet in the people index (found there by ID number
//     otherwise); a party without an ID number keeps its name on the case only;
//   - the dispute with the state, dates and result LedgerLifecycle gives, its parties (first
//     applicants, then respondents, in the order written), and for a successful mediation the
//     agreement (no agreement number) with one clause holding the agreed amount.
// An imported case number is kept exactly as written (trimmed). Needs mediation.write, and
// people.write when persons are added to the people index.
class LedgerImport {
    Q_DECLARE_TR_FUNCTIONS(LedgerImport)
public:
    static Result<LedgerImportResult> run(Database &db, const Access &access, const QString &path,
                                          const LedgerImportOptions &options = {});
    static Result<LedgerImportResult> run(Database &db, const Access &access, const LedgerSheet &sheet,
                                          const LedgerImportOptions &options = {});

    // The kind of committee a name suggests (村/居/社区 village, 镇/乡/街道 township, 公司/企业/厂
    // enterprise, 交通/医疗/劳动/物业/行业/专业 professional; township otherwise).
    static QString committeeKind(const QString &name);
};

}  // namespace sifa
