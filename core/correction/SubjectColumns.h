#pragma once

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <optional>

namespace sifa {

// The columns of a community-correction ledger (社区矫正对象台账) as offices keep it in Excel, and
// the header texts that name them. Canonical headers, in the order SifaDesk exports them:
//
//   姓名 身份证号 性别 矫正类别 罪名 原判刑罚 判决日期 决定机关 矫正起始日期 矫正终止日期 接收日期
//   管理类别 解除日期 解除类型
//
// followed by the optional columns an export adds so that every file imports back as it was:
//
//   暂予监外执行情形 生效日期 入矫宣告日期 状态
//
// Recognised variants (after whitespace, a trailing colon and "*" are dropped and full-width
// characters folded, as for the mediation ledger):
//
//   姓名            矫正对象姓名 社区矫正对象姓名 对象姓名 名字
//   身份证号        身份证号码 身份证 公民身份号码 公民身份证号码 证件号码
//   性别
//   矫正类别        矫正类型 社区矫正类别 矫正种类
//   罪名            所犯罪名 具体罪名 犯罪罪名
//   原判刑罚        刑罚 判处刑罚 原判刑种
//   判决日期        判决时间 裁判日期 判决裁定日期 判决(裁定)日期
//   决定机关        社区矫正决定机关 判决机关 原判法院 决定机关名称
//   矫正起始日期    矫正开始日期 矫正起始时间 矫正起日 矫正期限起 矫正期起 起始日期
//   矫正终止日期    矫正结束日期 矫正期满日期 矫正终止时间 矫正止日 矫正期限止 矫正期止 终止日期
//   接收日期        接收时间 报到日期 报到时间
//   管理类别        管理等级 管理级别 分类管理类别 监管类别 监管等级
//   解除日期        解除矫正日期 解矫日期 解除(终止)日期 解除终止日期 终止矫正日期
//   解除类型        解除矫正类型 解矫类型 解除(终止)类型 解除终止类型 终止矫正类型
//   暂予监外执行情形  监外执行情形 暂予监外执行原因 监外执行原因 暂予监外执行类型
//   生效日期        判决生效日期 文书生效日期 裁判生效日期 生效时间
//   入矫宣告日期    宣告日期 入矫宣告时间
//   状态            矫正状态 对象状态
//
// Required (a file without them is refused as a whole): 姓名, 身份证号, 矫正类别, 矫正起始日期 and
// 矫正终止日期.
enum class SubjectField {
    Name,
    IdNumber,
    Sex,
    Type,
    Charge,
    Sentence,
    JudgmentDate,
    DecisionBody,
    PeriodFrom,
    PeriodTo,
    ReceivedDate,
    Grade,
    EndDate,
    EndType,
    OutsideReason,
    EffectiveDate,
    AnnouncedDate,
    Status,
};

// One column of the file and what it holds.
struct SubjectColumn {
    int index = 0;    // zero-based column in the file
    QString header;   // as written
    SubjectField field = SubjectField::Name;
};

// The header row of a ledger and what each column means.
struct SubjectHeader {
    int row = -1;  // zero-based row of the header in the file
    QList<SubjectColumn> columns;
    QList<QPair<int, QString>> unknown;  // (column, header) of columns not imported

    const SubjectColumn *column(SubjectField field) const;
    bool has(SubjectField field) const { return column(field) != nullptr; }
};

class SubjectColumns {
    Q_DECLARE_TR_FUNCTIONS(SubjectColumns)
public:
    // The header SifaDesk writes for a field ("矫正类别").
    static QString canonical(SubjectField field);
    // Every field in the order of an exported ledger (the canonical ones, then the optional).
    static const QList<SubjectField> &all();

    // The field a header names, if any.
    static std::optional<SubjectField> recognise(const QString &header);
    static SubjectHeader map(const QStringList &headers);
    // Finds the header row among the first rows: the first with at least three recognised
    // headers (title rows above it are skipped). Fails with a translated sentence when no row
    // qualifies, a required column is missing, or two columns name the same field.
    static std::optional<SubjectHeader> find(const QList<QStringList> &firstRows, QString *error);

    // The column a field of the core (CorrectionService, PersonService) is read from: the
    // logical field name ("period_to", "id_number") to the ledger's field.
    static std::optional<SubjectField> fromCoreField(const QString &coreField);

    static constexpr int kMaxTitleRows = 30;  // rows searched for the header
};

}  // namespace sifa
