#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace sifa {

// The columns of a mediation ledger (人民调解台账) as clerks keep it in Excel, and the header
// texts that name them. Canonical headers (what SifaDesk writes when it exports a ledger):
//
//   案号 登记日期 受理日期 案件来源 纠纷类型 申请人 申请人身份证号 被申请人 被申请人身份证号 纠纷简要情况
//   涉及人数 涉及金额 调委会 调解员 调解结果 协议形式 协议日期 协议金额 履行情况 结案日期 归档日期 状态
//
// Recognised variants (after whitespace, a trailing colon and "*" are dropped and full-width
// brackets folded to ASCII; a bracketed unit such as "(元)" is ignored, "(万元)" reads amounts in
// units of 10,000 yuan, and "当事人(申请人)" is read by its bracketed word):
//
//   案号        编号 卷号 卷宗号 案件编号 案件号 案卷号 卷宗编号 调解案号
//   登记日期    登记时间 登记日
//   受理日期    受理时间 受理日 收案日期 收案时间 受案日期 受案时间
//   案件来源    来源 纠纷来源 案件来源方式 受理方式
//   纠纷类型    纠纷类别 纠纷种类 案件类型 案件类别 类型 类别
//   申请人      当事人 申请人姓名 当事人姓名 申请方 申请人(当事人)
//   申请人身份证号  申请人身份证号码 申请人身份证 申请人公民身份号码 当事人身份证号 当事人身份证号码
//   被申请人    被申请人姓名 被申请方 对方当事人 另一方当事人
//   被申请人身份证号  被申请人身份证号码 被申请人身份证 被申请人公民身份号码
//   (身份证号, 身份证号码, 身份证, 公民身份号码 alone: the ID numbers of the party column
//    nearest to their left — 申请人 when none is)
//   纠纷简要情况  简要案情 纠纷情况 主要事实 纠纷简要事实 简要情况 案情简介 基本案情 案情 纠纷事由
//               纠纷概况 案由
//   涉及人数    人数 涉案人数 当事人人数
//   涉及金额    金额 标的额 标的金额 涉案金额 争议金额
//   调委会      人民调解委员会 调解委员会 调解组织
//   调解员      调解人员 主持调解员 主办调解员 承办调解员 调解人 承办人
//   调解结果    结果 调解情况 调处结果 调解结论
//   协议形式    协议类型 协议方式
//   协议日期    协议时间 达成协议日期 协议签订日期 签订日期
//   协议金额    协议涉及金额 协议标的额
//   履行情况    履行 协议履行情况 履行状态
//   结案日期    结案时间 结案日 办结日期 办结时间
//   归档日期    归档时间 立卷日期
//   状态        案件状态
//
// Required (a file without them is refused as a whole): 案号, 受理日期 or 登记日期, 纠纷类型,
// 申请人, 纠纷简要情况. 案号 is required so that importing the same ledger twice is refused
// case by case.
enum class LedgerField {
    CaseNo,
    RegisteredDate,
    AcceptedDate,
    Source,
    Type,
    Applicants,
    ApplicantIds,
    Respondents,
    RespondentIds,
    Summary,
    Persons,
    Amount,
    Committee,
    Mediators,
    Result,
    Form,
    AgreedDate,
    AgreedAmount,
    Performance,
    ClosedDate,
    ArchivedDate,
    Status,
};

// One column of the file and what it holds.
struct LedgerColumn {
    int index = 0;  // zero-based column in the file
    QString header;  // as written
    LedgerField field = LedgerField::CaseNo;
    bool tenThousand = false;  // amounts in 万元
};

// The header row of a ledger and what each column means.
struct LedgerHeader {
    int row = -1;  // zero-based row of the header in the file
    QList<LedgerColumn> columns;
    QList<QPair<int, QString>> unknown;  // (column, header) of columns not imported

    const LedgerColumn *column(LedgerField field) const;
    bool has(LedgerField field) const { return column(field) != nullptr; }
    // Column letters as Excel shows them: A, B, ..., Z, AA.
    static QString columnName(int index);
};

class LedgerColumns {
    Q_DECLARE_TR_FUNCTIONS(LedgerColumns)
public:
    // The header SifaDesk writes for a field ("案号").
    static QString canonical(LedgerField field);
    // Every field in the order of an exported ledger.
    static const QList<LedgerField> &all();

    // The field a header names, if any (a generic ID header has no field on its own).
    static std::optional<LedgerField> recognise(const QString &header);
    // Maps a header row; generic ID headers go to the party column nearest to their left.
    static LedgerHeader map(const QStringList &headers);
    // Finds the header row among the first rows: the first with at least three recognised
    // headers (title rows such as "XX镇人民调解台账" above it are skipped). Rows are given as
    // texts. Fails with a translated sentence when no row qualifies, a required column is
    // missing, or two columns name the same field.
    static std::optional<LedgerHeader> find(const QList<QStringList> &firstRows, QString *error);

    static QString normalizeHeader(const QString &header);

    static constexpr int kMaxTitleRows = 30;  // rows searched for the header
};

}  // namespace sifa
