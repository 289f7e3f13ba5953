#include "correction/SubjectColumns.h"

#include "mediation/LedgerColumns.h"

#include <QHash>

namespace sifa {

namespace {

using F = SubjectField;

struct Names {
    F field;
    const char *canonical;  // UTF-8
    const char *variants;   // UTF-8, separated by spaces
};

// The canonical header of each field and the variants offices write (see SubjectColumns.h), in
// the order of an exported ledger.
const QList<Names> &names()
{
    static const QList<Names> list{
        {F::Name, "姓名", "矫正对象姓名 社区矫正对象姓名 对象姓名 名字"},
        {F::IdNumber, "身份证号", "身份证号码 身份证 公民身份号码 公民身份证号码 证件号码"},
        {F::Sex, "性别", ""},
        {F::Type, "矫正类别", "矫正类型 社区矫正类别 矫正种类"},
        {F::Charge, "罪名", "所犯罪名 具体罪名 犯罪罪名"},
        {F::Sentence, "原判刑罚", "刑罚 判处刑罚 原判刑种"},
        {F::JudgmentDate, "判决日期", "判决时间 裁判日期 判决裁定日期 判决(裁定)日期"},
        {F::DecisionBody, "决定机关", "社区矫正决定机关 判决机关 原判法院 决定机关名称"},
        {F::PeriodFrom, "矫正起始日期", "矫正开始日期 矫正起始时间 矫正起日 矫正期限起 矫正期起 起始日期"},
        {F::PeriodTo, "矫正终止日期", "矫正结束日期 矫正期满日期 矫正终止时间 矫正止日 矫正期限止 矫正期止 终止日期"},
        {F::ReceivedDate, "接收日期", "接收时间 报到日期 报到时间"},
        {F::Grade, "管理类别", "管理等级 管理级别 分类管理类别 监管类别 监管等级"},
        {F::EndDate, "解除日期", "解除矫正日期 解矫日期 解除(终止)日期 解除终止日期 终止矫正日期"},
        {F::EndType, "解除类型", "解除矫正类型 解矫类型 解除(终止)类型 解除终止类型 终止矫正类型"},
        {F::OutsideReason, "暂予监外执行情形", "监外执行情形 暂予监外执行原因 监外执行原因 暂予监外执行类型"},
        {F::EffectiveDate, "生效日期", "判决生效日期 文书生效日期 裁判生效日期 生效时间"},
        {F::AnnouncedDate, "入矫宣告日期", "宣告日期 入矫宣告时间"},
        {F::Status, "状态", "矫正状态 对象状态"},
    };
    return list;
}

const QHash<QString, F> &lookup()
{
    static const QHash<QString, F> table = [] {
        QHash<QString, F> t;
        for (const Names &n : names()) {
            t.insert(QString::fromUtf8(n.canonical), n.field);
            for (const QString &v : QString::fromUtf8(n.variants).split(QLatin1Char(' '), Qt::SkipEmptyParts))
                t.insert(LedgerColumns::normalizeHeader(v), n.field);
        }
        return t;
    }();
    return table;
}

}  // namespace

const SubjectColumn *SubjectHeader::column(SubjectField field) const
{
    for (const SubjectColumn &c : columns) {
        if (c.field == field)
            return &c;
    }
    return nullptr;
}

QString SubjectColumns::canonical(SubjectField field)
{
    for (const Names &n : names()) {
        if (n.field == field)
            return QString::fromUtf8(n.canonical);
    }
    return QString();
}

const QList<SubjectField> &SubjectColumns::all()
{
    static const QList<SubjectField> list = [] {
        QList<SubjectField> l;
        for (const Names &n : names())
            l << n.field;
        return l;
    }();
    return list;
}

std::optional<SubjectField> SubjectColumns::recognise(const QString &header)
{
    const QString h = LedgerColumns::normalizeHeader(header);
    if (h.isEmpty())
        return std::nullopt;
    const QHash<QString, F> &t = lookup();
    if (const auto it = t.constFind(h); it != t.constEnd())
        return *it;
    return std::nullopt;
}

SubjectHeader SubjectColumns::map(const QStringList &headers)
{
    SubjectHeader header;
    for (int i = 0; i < headers.size(); ++i) {
        const QString text = headers.at(i).trimmed();
        if (text.isEmpty())
            continue;
        const std::optional<F> field = recognise(text);
        if (!field) {
            header.unknown.append({i, text});
            continue;
        }
        header.columns.append(SubjectColumn{i, text, *field});
    }
    return header;
}

std::optional<SubjectHeader> SubjectColumns::find(const QList<QStringList> &firstRows, QString *error)
{
    for (int r = 0; r < firstRows.size() && r < kMaxTitleRows; ++r) {
        SubjectHeader header = map(firstRows.at(r));
        if (header.columns.size() < 3)
            continue;
        header.row = r;
        // Two columns for one field: which one is meant cannot be guessed.
        for (int i = 0; i < header.columns.size(); ++i) {
            for (int j = i + 1; j < header.columns.size(); ++j) {
                const SubjectColumn &a = header.columns.at(i);
                const SubjectColumn &b = header.columns.at(j);
                if (a.field == b.field) {
                    *error = tr("The columns \"%1\" (%2) and \"%3\" (%4) both hold %5; remove or rename one of them.")
                                 .arg(a.header, LedgerHeader::columnName(a.index), b.header, LedgerHeader::columnName(b.index),
                                      canonical(a.field));
                    return std::nullopt;
                }
            }
        }
        QStringList missing;
        for (F f : {F::Name, F::IdNumber, F::Type, F::PeriodFrom, F::PeriodTo}) {
            if (!header.has(f))
                missing << canonical(f);
        }
        if (!missing.isEmpty()) {
            *error = tr("The ledger has no column for %1 (header found on line %2). Name the columns as an exported "
                        "ledger does, e.g. %3.")
                         .arg(missing.join(QStringLiteral("、")))
                         .arg(r + 1)
                         .arg(QStringLiteral("姓名、身份证号、矫正类别、矫正起始日期、矫正终止日期"));
            return std::nullopt;
        }
        return header;
    }
    *error = tr("No header row was found in the first %1 lines: a ledger needs a row naming its columns, such as "
                "姓名, 身份证号, 矫正类别, 矫正起始日期 and 矫正终止日期.")
                 .arg(kMaxTitleRows);
    return std::nullopt;
}

std::optional<SubjectField> SubjectColumns::fromCoreField(const QString &coreField)
{
    static const QHash<QString, F> byField{
        {QStringLiteral("name"), F::Name},
        {QStringLiteral("id_number"), F::IdNumber},
        {QStringLiteral("id_type"), F::IdNumber},
        {QStringLiteral("birth_date"), F::IdNumber},
        {QStringLiteral("person_uuid"), F::IdNumber},
        {QStringLiteral("sex"), F::Sex},
        {QStringLiteral("correction_type"), F::Type},
        {QStringLiteral("charge"), F::Charge},
        {QStringLiteral("original_sentence"), F::Sentence},
        {QStringLiteral("judgment_date"), F::JudgmentDate},
        {QStringLiteral("decision_body"), F::DecisionBody},
        {QStringLiteral("period_from"), F::PeriodFrom},
        {QStringLiteral("period_to"), F::PeriodTo},
        {QStringLiteral("received_date"), F::ReceivedDate},
        {QStringLiteral("reported_date"), F::ReceivedDate},
        {QStringLiteral("grade"), F::Grade},
        {QStringLiteral("end_date"), F::EndDate},
        {QStringLiteral("end_type"), F::EndType},
        {QStringLiteral("outside_reason"), F::OutsideReason},
        {QStringLiteral("effective_date"), F::EffectiveDate},
        {QStringLiteral("announced_date"), F::AnnouncedDate},
        {QStringLiteral("status"), F::Status},
    };
    if (const auto it = byField.constFind(coreField); it != byField.cend())
        return *it;
    return std::nullopt;
}

}  // namespace sifa
