#pragma once

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <optional>

namespace sifa {

// The columns of a resettlement ledger (安置帮教人员台账) as offices keep it in Excel, and the
// header texts that name them. Canonical headers, in the order SifaDesk exports them:
//
//   姓名 身份证号 性别 人员来源 释放日期 释放单位 罪名 原判刑期 衔接方式 衔接日期 衔接状态 是否三无
//   帮教类别 安置方式 安置日期 帮教期满日期 解除日期 解除原因
//
// Recognised variants (after whitespace, a trailing colon and "*" are dropped and full-width
// characters folded, as for the other ledgers):
//
//   姓名          帮教对象姓名 刑释人员姓名 对象姓名 名字
//   身份证号      身份证号码 身份证 公民身份号码 公民身份证号码 证件号码
//   性别
//   人员来源      来源 来源类别 人员类别 人员类型 对象来源 对象类别
//   释放日期      刑满释放日期 释放时间 刑释日期 出狱日期 解矫日期 解除矫正日期 释放(解矫)日期
//   释放单位      释放机关 服刑单位 原服刑单位 服刑场所 原服刑场所 释放监狱 监狱名称
//   罪名          所犯罪名 原罪名 原犯罪名 犯罪罪名 具体罪名
//   原判刑期      原判刑罚 刑期 判处刑罚 原判刑种 刑罚
//   衔接方式      接回方式 衔接形式
//   衔接日期      衔接时间 接回日期 接回时间
//   衔接状态      衔接情况 是否衔接
//   是否三无      三无 三无人员 是否三无人员
//   帮教类别      帮教类型 帮教等级 对象等级
//   安置方式      安置类型 安置形式 安置情况
//   安置日期      安置时间
//   帮教期满日期  帮教期满时间 帮教期满 期满日期 帮教期止 帮教结束日期
//   解除日期      解除帮教日期 解除时间 帮教解除日期
//   解除原因      解除帮教原因 解除类型 解除方式
//
// Required (a file without them is refused as a whole): 姓名, 身份证号 and 释放日期. Without a
// 人员来源 column every row is a release from prison (刑满释放).
enum class PlacementField {
    Name,
    IdNumber,
    Sex,
    Source,
    ReleaseDate,
    ReleasingOrg,
    Charge,
    Sentence,
    HandoverMode,
    HandoverDate,
    HandoverStatus,
    Sanwu,
    Category,
    PlacementMode,
    PlacementDate,
    AssistEnd,
    EndDate,
    EndType,
};

struct PlacementColumn {
    int index = 0;    // zero-based column in the file
    QString header;   // as written
    PlacementField field = PlacementField::Name;
};

// The header row of a ledger and what each column means.
struct PlacementHeader {
    int row = -1;  // zero-based row of the header in the file
    QList<PlacementColumn> columns;
    QList<QPair<int, QString>> unknown;  // (column, header) of columns not imported

    const PlacementColumn *column(PlacementField field) const;
    bool has(PlacementField field) const { return column(field) != nullptr; }
};

class PlacementColumns {
    Q_DECLARE_TR_FUNCTIONS(PlacementColumns)
public:
    // The header SifaDesk writes for a field ("人员来源").
    static QString canonical(PlacementField field);
    // Every field in the order of an exported ledger.
    static const QList<PlacementField> &all();

    static std::optional<PlacementField> recognise(const QString &header);
    static PlacementHeader map(const QStringList &headers);
    // Finds the header row among the first rows: the first with at least three recognised
    // headers (title rows above it are skipped). Fails with a translated sentence when no row
    // qualifies, a required column is missing, or two columns name the same field.
    static std::optional<PlacementHeader> find(const QList<QStringList> &firstRows, QString *error);

    // The column a field of the core (PlacementService, PersonService, the file's records) is
    // read from: "release_date" → 释放日期, "placed_date" → 安置日期.
    static std::optional<PlacementField> fromCoreField(const QString &coreField);

    static constexpr int kMaxTitleRows = 30;  // rows searched for the header
};

}  // namespace sifa
