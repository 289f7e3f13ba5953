#pragma once

#include "people/Person.h"
#include "placement/PlacementColumns.h"
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
struct PlacementIssue {
    int row = 0;
    int column = -1;  // zero-based column in the file; -1 when the file has no such column
    QString header;   // the column as written (or its canonical name); empty: the row as a whole
    QString reason;   // a translated sentence

    // "row 3, 衔接方式 (column I): <reason>", "row 3, 人员来源: <reason>" (no such column in the
    // file) or "row 3: <reason>". The frame is fixed, for scripts; the reason translated.
    QString text() const;
};

// What an import would do (a dry run) or did.
struct PlacementImportPlan {
    QString format;      // CSV | XLSX
    QString encoding;    // of a CSV file
    int headerLine = 0;  // 1-based line of the header row in the file
    QList<PlacementColumn> columns;             // recognised columns, in file order
    QList<QPair<int, QString>> unknownColumns;  // (zero-based column, header): not imported
    int dataRows = 0;    // rows after the header that hold anything
    QList<PlacementIssue> issues;
    QMap<QString, int> statuses;   // placement_status code → files
    QMap<QString, int> sources;    // placement_source code → files
    QMap<QString, int> handovers;  // handover_status code → files
    int placements = 0;   // placement records the rows add
    int reviews = 0;      // categories recorded as assessments
    int newPeople = 0;    // persons entered into the people index
    int linkedPeople = 0; // files linked to persons already in the index
    bool sourceAssumed = false;  // no 人员来源 column: every row a release from prison

    bool ok() const { return issues.isEmpty(); }
};

struct PlacementImportResult {
    PlacementImportPlan plan;
    bool written = false;    // the files are in the database
    bool cancelled = false;  // stopped through the progress callback: nothing was written
    int subjects = 0;        // files written (or that a dry run would write)
};

struct PlacementImportOptions {
    bool dryRun = false;
    // Called now and then with the work done and the work in all (rows checked, then rows
    // written); return false to cancel. A cancelled run writes nothing.
    std::function<bool(qint64 done, qint64 total)> progress;
};

// One data row read and checked: what PlacementService::registerFromLedger receives.
struct PlacementRecord {
    Person person;          // name, ID number (normalised), sex, birth date from the number
    QVariantMap fields;     // rp_subject fields, dates as yyyy-MM-dd; empty ones left out
    QVariantMap placement;  // rp_placement fields (安置方式, 安置日期), or empty
    QVariantMap review;     // rp_risk_review fields (帮教类别), or empty
    QString status;         // placement_status code the file starts in
};

// Imports an existing resettlement ledger (安置帮教人员台账) from CSV or XLSX, with the columns of
// PlacementColumns. Each row becomes one file through PlacementService::registerFromLedger, its
// person found in the people index by ID number or entered there.
//
// Values: 人员来源 刑满释放 / 解除社区矫正 (刑释, 解矫, 社区矫正 …); 衔接方式 必接必送 / 家属接回 /
// 自行返回 (接送, 亲属接回, 自行回归 …); 衔接状态 已衔接 / 未衔接 / 下落不明 (失联); 是否三无 是 / 否 (1/0,
// √); 帮教类别 重点 / 一般 (重点帮教对象 …); 安置方式 by name or code 01…06 (责任田, 公益性岗位, 自主创业,
// 个体经营, 企业就业, 其他 …); 解除原因 期满解除 / 重新犯罪 / 死亡 / 迁出 (期满, 再犯罪, 外迁 …); codes and
// English names too. 性别 as 男/女 (from the ID number when empty); dates in any form the other
// ledgers read. 身份证号 is required: a file belongs to an identified person.
//
// The state: 解除原因 with 解除日期 ends the file (the status is the reason), else it is under
// assistance. 衔接状态 when given, else 已衔接 with a 衔接日期 and 未衔接 without. 是否三无 是 sets no
// home, no job and no family. 安置方式 with 安置日期 adds a placement; 帮教类别 records the category as
// an assessment dated the hand-over (else the release) with the reason "ledger import". An empty
// 帮教期满日期 comes from the rules by source.
//
// Every row is checked before anything is written, every problem reported with its row and
// column. Beyond each row's own checks a row is bad when the same file (ID number and release
// date) is in the database already or earlier in the ledger (a ledger is imported once), when
// the person has an open file (in the database or an earlier row) and the row is open too, when
// its ID number belongs to someone else's name in the people index or an earlier row, or to a
// person removed from the index. Then every row is written in one transaction and one
// ChangeLog::Batch (one audit record, "placement.import", with the counts). All-or-nothing:
// nothing is written when any row is bad, on any error, on a dry run (which writes and rolls
// back, so it finds exactly what the real run would) or when cancelled. Needs placement.write,
// and people.write for new persons.
class PlacementImport {
    Q_DECLARE_TR_FUNCTIONS(PlacementImport)
public:
    static Result<PlacementImportResult> run(Database &db, const Access &access, const QString &path,
                                             const PlacementImportOptions &options = {});
    static Result<PlacementImportResult> run(Database &db, const Access &access, const LedgerSheet &sheet,
                                             const PlacementImportOptions &options = {});

    // Reads data row `row` (zero-based in the sheet) under `header`; every problem goes to
    // `issues`. The checks that need the database are run()'s.
    static PlacementRecord read(const LedgerSheet &sheet, int row, const PlacementHeader &header, const QDate &today,
                                QList<PlacementIssue> *issues);

    // The code of a value in one of the tables the ledger uses ("placement_source",
    // "handover_mode", "handover_status", "placement_category", "placement_mode",
    // "placement_end_type", "sex"): its code, its Chinese or English name, or a common short form.
    static std::optional<QString> code(const QString &tableId, const QString &text);
    // 是否三无: 是 / 否 and their short forms; nothing when unreadable, false when empty.
    static std::optional<bool> yesNo(const QString &text);
    // The word an exported ledger writes for a code (the Chinese name; the code if unknown).
    static QString word(const QString &tableId, const QString &code);
};

}  // namespace sifa
