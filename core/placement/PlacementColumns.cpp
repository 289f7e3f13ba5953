#include "placement/PlacementColumns.h"

#include "mediation/LedgerColumns.h"

#include <QHash>

namespace sifa {

namespace {

using F = PlacementField;

struct Names {
    F field;
    const char *canonical;  // UTF-8
    const char *variants;   // UTF-8, separated by spaces
};

// The canonical header of each field and the variants offices write (see PlacementColumns.h),
// in the order of an exported ledger.
const QList<Names> &names()
{
    static const QList<Names> list{
        {F::Name, "姓名", "帮教对象姓名 刑释人员姓名 对象姓名 名字"},
        {F::IdNumber, "身份证号", "身份证号码 身份证 公民身份号码 公民身份证号码 证件号码"},
        {F::Sex, "性别", ""},
        {F::Source, "人员来源", "来源 来源类别 人员类别 人员类型 对象来源 对象类别"},
        {F::ReleaseDate, "释放日期", "刑满释放日期 释放时间 刑释日期 出狱日期 解矫日期 解除矫正日期 释放(解矫)日期"},
        {F::ReleasingOrg, "释放单位", "释放机关 服刑单位 原服刑单位 服刑场所 原服刑场所 释放监狱 监狱名称"},
        {F::Charge, "罪名", "所犯罪名 原罪名 原犯罪名 犯罪罪名 具体罪名"},
        {F::Sentence, "原判刑期", "原判刑罚 刑期 判处刑罚 原判刑种 刑罚"},
        {F::HandoverMode, "衔接方式", "接回方式 衔接形式"},
        {F::HandoverDate, "衔接日期", "衔接时间 接回日期 接回时间"},
        {F::HandoverStatus, "衔接状态", "衔接情况 是否衔接"},
        {F::Sanwu, "是否三无", "三无 三无人员 是否三无人员"},
        {F::Category, "帮教类别", "帮教类型 帮教等级 对象等级"},
        {F::PlacementMode, "安置方式", "安置类型 安置形式 安置情况"},
        {F::PlacementDate, "安置日期", "安置时间"},
        {F::AssistEnd, "帮教期满日期", "帮教期满时间 帮教期满 期满日期 帮教期止 帮教结束日期"},
        {F::EndDate, "解除日期", "解除帮教日期 解除时间 帮教解除日期"},
        {F::EndType, "解除原因", "解除帮教原因 解除类型 解除方式"},
    };
    return list;
}

const QHash<QString, F> &lookup()
{
    static const QHash<QString, F> table = [] {
        QHash<QString, F> t;
        for (const Names &n : names()) {
            t.insert(LedgerColumns::normalizeHeader(QString::fromUtf8(n.canonical)), n.field);
            for (const QString &v : QString::fromUtf8(n.variants).split(QLatin1Char(' '), Qt::SkipEmptyParts))
                t.insert(LedgerColumns::normalizeHeader(v), n.field);
        }
        return t;
    }();
    return table;
}

}  // namespace

const PlacementColumn *PlacementHeader::column(PlacementField field) const
{
    for (const PlacementColumn &c : columns) {
        if (c.field == field)
            return &c;
    }
    return nullptr;
}

QString PlacementColumns::canonical(PlacementField field)
{
    for (const Names &n : names()) {
        if (n.field == field)
            return QString::fromUtf8(n.canonical);
    }
    return QString();
}

const QList<PlacementField> &PlacementColumns::all()
{
    static const QList<PlacementField> list = [] {
        QList<PlacementField> l;
        for (const Names &n : names())
            l << n.field;
        return l;
    }();
    return list;
}

std::optional<PlacementField> PlacementColumns::recognise(const QString &header)
{
    const QString h = LedgerColumns::normalizeHeader(header);
    if (h.isEmpty())
        return std::nullopt;
    const QHash<QString, F> &t = lookup();
    if (const auto it = t.constFind(h); it != t.constEnd())
        return *it;
    return std::nullopt;
}

PlacementHeader PlacementColumns::map(const QStringList &headers)
{
    PlacementHeader header;
    for (int i = 0; i < headers.size(); ++i) {
        const QString text = headers.at(i).trimmed();
        if (text.isEmpty())
            continue;
        const std::optional<F> field = recognise(text);
        if (!field) {
            header.unknown.append({i, text});
            continue;
        }
        header.columns.append(PlacementColumn{i, text, *field});
    }
    return header;
}

std::optional<PlacementHeader> PlacementColumns::find(const QList<QStringList> &firstRows, QString *error)
{
    for (int r = 0; r < firstRows.size() && r < kMaxTitleRows; ++r) {
        PlacementHeader header = map(firstRows.at(r));
        if (header.columns.size() < 3)
            continue;
        header.row = r;
        // Two columns for one field: which one is meant cannot be guessed.
        for (int i = 0; i < header.columns.size(); ++i) {
            for (int j = i + 1; j < header.columns.size(); ++j) {
                const PlacementColumn &a = header.columns.at(i);
                const PlacementColumn &b = header.columns.at(j);
                if (a.field == b.field) {
                    *error = tr("The columns \"%1\" (%2) and \"%3\" (%4) both hold %5; remove or rename one of them.")
                                 .arg(a.header, LedgerHeader::columnName(a.index), b.header,
                                      LedgerHeader::columnName(b.index), canonical(a.field));
                    return std::nullopt;
                }
            }
        }
        QStringList missing;
        for (F f : {F::Name, F::IdNumber, F::ReleaseDate}) {
            if (!header.has(f))
                missing << canonical(f);
        }
        if (!missing.isEmpty()) {
            *error = tr("The ledger has no column for %1 (header found on line %2). Name the columns as an exported "
                        "ledger does, e.g. %3.")
                         .arg(missing.join(QStringLiteral("、")))
                         .arg(r + 1)
                         .arg(QStringLiteral("姓名、身份证号、人员来源、释放日期"));
            return std::nullopt;
        }
        return header;
    }
    *error = tr("No header row was found in the first %1 lines: a ledger needs a row naming its columns, such as "
                "姓名, 身份证号, 人员来源 and 释放日期.")
                 .arg(kMaxTitleRows);
    return std::nullopt;
}

std::optional<PlacementField> PlacementColumns::fromCoreField(const QString &coreField)
{
    static const QHash<QString, F> byField{
        {QStringLiteral("name"), F::Name},
        {QStringLiteral("id_number"), F::IdNumber},
        {QStringLiteral("id_type"), F::IdNumber},
        {QStringLiteral("birth_date"), F::IdNumber},
        {QStringLiteral("person_uuid"), F::IdNumber},
        {QStringLiteral("sex"), F::Sex},
        {QStringLiteral("source_type"), F::Source},
        {QStringLiteral("release_date"), F::ReleaseDate},
        {QStringLiteral("releasing_org"), F::ReleasingOrg},
        {QStringLiteral("charge"), F::Charge},
        {QStringLiteral("original_sentence"), F::Sentence},
        {QStringLiteral("handover_mode"), F::HandoverMode},
        {QStringLiteral("handover_date"), F::HandoverDate},
        {QStringLiteral("reported_date"), F::HandoverDate},
        {QStringLiteral("handover_status"), F::HandoverStatus},
        {QStringLiteral("no_home"), F::Sanwu},
        {QStringLiteral("no_job"), F::Sanwu},
        {QStringLiteral("no_family"), F::Sanwu},
        {QStringLiteral("category"), F::Category},
        {QStringLiteral("review_date"), F::Category},
        {QStringLiteral("mode"), F::PlacementMode},
        {QStringLiteral("placed_date"), F::PlacementDate},
        {QStringLiteral("assist_end_date"), F::AssistEnd},
        {QStringLiteral("end_date"), F::EndDate},
        {QStringLiteral("end_type"), F::EndType},
        {QStringLiteral("status"), F::EndType},
    };
    if (const auto it = byField.constFind(coreField); it != byField.cend())
        return *it;
    return std::nullopt;
}

}  // namespace sifa
