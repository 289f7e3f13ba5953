#pragma once

#include "correction/SubjectColumns.h"
#include "people/Person.h"
#include "security/Access.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QMap>
#include <QString>
#include <QVariantMap>

#include <functional>
#include <optional>

namespace sifa {

class Database;
class LedgerSheet;

// A bad row, or one bad value of it. `row` counts data rows from 1 (the first row after the
// header; empty rows count too, so that row N is N lines below the header in the clerk's file).
struct SubjectIssue {
    int row = 0;
    int column = -1;  // zero-based column in the file; -1 when the file has no such column
    QString header;   // the column as written (or its canonical name); empty: the row as a whole
    QString reason;   // a translated sentence

    // "row 3, 矫正类别 (column D): <reason>", "row 3, 暂予监外执行情形: <reason>" (no such column
    // in the file) or "row 3: <reason>". The frame is fixed, for scripts; the reason translated.
    QString text() const;
};

// What an import would do (a dry run) or did.
struct SubjectImportPlan {
    QString format;       // CSV | XLSX
    QString encoding;     // of a CSV file
    int headerLine = 0;   // 1-based line of the header row in the file
    QList<SubjectColumn> columns;               // recognised columns, in file order
    QList<QPair<int, QString>> unknownColumns;  // (zero-based column, header): not imported
    int dataRows = 0;     // rows after the header that hold anything
    QList<SubjectIssue> issues;
    QMap<QString, int> statuses;  // correction_status code → files that start (would start) in it
    QMap<QString, int> types;     // correction_type code → files
    int newPeople = 0;     // persons entered into the people index
    int linkedPeople = 0;  // files linked to persons already in the index
    // No 生效日期 column: the date the judgment took effect is taken from 判决日期 (from
    // 矫正起始日期 where that is empty).
    bool effectiveFromJudgment = false;

    bool ok() const { return issues.isEmpty(); }
};

struct SubjectImportResult {
    SubjectImportPlan plan;
    bool written = false;    // the files are in the database
    bool cancelled = false;  // stopped through the progress callback: nothing was written
    int subjects = 0;        // files written
};

struct SubjectImportOptions {
    bool dryRun = false;
    // Called now and then with the work done and the work in all (rows checked, then rows
    // written); return false to cancel. A cancelled run writes nothing.
    std::function<bool(qint64 done, qint64 total)> progress;
};

// One data row read and checked: the person and the fields CorrectionService::registerSubject
// receives, and the state the file will start in.
struct SubjectRecord {
    Person person;        // name, ID number (normalised), sex, birth date from the number
    QVariantMap fields;   // cc_subject fields by logical name, dates as yyyy-MM-dd; empty ones left out
    QString status;       // correction_status code the file starts in
    bool transferred = false;  // 状态 已迁出: opened, then recorded as transferred on 解除日期
    QDate transferDate;
    // The column effective_date was taken from: 生效日期, else 判决日期, else 矫正起始日期.
    SubjectField effectiveFrom = SubjectField::EffectiveDate;
};

// Imports an existing community-correction ledger (社区矫正对象台账) from CSV or XLSX, with the
// columns of SubjectColumns. Each row becomes one file through CorrectionService::registerSubject,
// its person found in the people index by ID number or entered there.
//
// Values: 矫正类别, 管理类别, 解除类型 and 暂予监外执行情形 by their code names (管制/缓刑/假释/暂予监外执行,
// 严管/普管/宽管, 期满解除/撤销缓刑/撤销假释/收监执行/死亡, 保外就医/怀孕或者正在哺乳自己婴儿/生活不能自理),
// by their codes (01…04, strict…, expired…, medical…) or common short forms (监外执行, 严格管理, 期满,
// 怀孕, 哺乳); 性别 as 男/女 or 1/2 (from the ID number when empty); dates in any form the mediation
// ledger reads (2024-03-15, 2024/3/5, 2024年3月5日, Excel dates). 身份证号 is required: a file
// belongs to an identified person. 状态 is read only to check the other columns (已解除 with an
// empty 解除类型 is a mistake) and for 已迁出, which opens the file and records the transfer on
// 解除日期; otherwise the dates decide the state as registerSubject does (解除类型 → released or
// terminated, 入矫宣告日期 → under correction, 接收日期 → received, else awaiting report-in).
//
// Every row is checked before anything is written, every problem reported with its row and
// column. Beyond each row's own checks a row is bad when its person already has an open file
// (in the database or an earlier row), when the same file (person, type, start of the period)
// is there already (a ledger is imported once), when its ID number belongs to someone else's
// name in the people index, or to a person removed from it. Then every row is written in one
// transaction and one ChangeLog::Batch (one audit record, "correction.import", with the counts);
// a row the core refuses even so is reported like the others. All-or-nothing: nothing is
// written when any row is bad, on any error, on a dry run (which writes and rolls back, so it
// finds exactly what the real run would) or when cancelled. Needs correction.write, people.write
// for new persons and correction.minors for a minor's file.
class SubjectImport {
    Q_DECLARE_TR_FUNCTIONS(SubjectImport)
public:
    static Result<SubjectImportResult> run(Database &db, const Access &access, const QString &path,
                                           const SubjectImportOptions &options = {});
    static Result<SubjectImportResult> run(Database &db, const Access &access, const LedgerSheet &sheet,
                                           const SubjectImportOptions &options = {});

    // Reads data row `row` (zero-based in the sheet) under `header`; every problem goes to
    // `issues`, numbered as data row `header.row` lines above. The checks that need the database
    // are run()'s.
    static SubjectRecord read(const LedgerSheet &sheet, int row, const SubjectHeader &header, const QDate &today,
                              QList<SubjectIssue> *issues);

    // The code of a value in one of the correction code tables ("correction_type",
    // "supervision_grade", "correction_end_type", "outside_execution_reason",
    // "correction_status", "sex"): its code, its Chinese or English name, or a common short form.
    static std::optional<QString> code(const QString &tableId, const QString &text);
    // The word an exported ledger writes for a code (the Chinese name; the code if unknown).
    static QString word(const QString &tableId, const QString &code);
};

}  // namespace sifa
