#include "mediation/LedgerColumns.h"

#include <QHash>
#include <QRegularExpression>

namespace sifa {

namespace {

using F = LedgerField;

struct Names {
    F field;
    const char *canonical;  // UTF-8
    const char *variants;   // UTF-8, separated by spaces
};

// The canonical header of each field and the variants clerks write (see LedgerColumns.h).
const QList<Names> &names()
{
    static const QList<Names> list{
        {F::CaseNo, "案号", "编号 卷号 卷宗号 案件编号 案件号 案卷号 卷宗编号 调解案号"},
        {F::RegisteredDate, "登记日期", "登记时间 登记日"},
        {F::AcceptedDate, "受理日期", "受理时间 受理日 收案日期 收案时间 受案日期 受案时间"},
        {F::Source, "案件来源", "来源 纠纷来源 案件来源方式 受理方式"},
        {F::Type, "纠纷类型", "纠纷类别 纠纷种类 案件类型 案件类别 类型 类别"},
        {F::Applicants, "申请人", "当事人 申请人姓名 当事人姓名 申请方"},
        {F::ApplicantIds, "申请人身份证号",
         "申请人身份证号码 申请人身份证 申请人公民身份号码 当事人身份证号 当事人身份证号码"},
        {F::Respondents, "被申请人", "被申请人姓名 被申请方 对方当事人 另一方当事人"},
        {F::RespondentIds, "被申请人身份证号", "被申请人身份证号码 被申请人身份证 被申请人公民身份号码"},
        {F::Summary, "纠纷简要情况",
         "简要案情 纠纷情况 主要事实 纠纷简要事实 简要情况 案情简介 基本案情 案情 纠纷事由 纠纷概况 案由"},
        {F::Persons, "涉及人数", "人数 涉案人数 当事人人数"},
        {F::Amount, "涉及金额", "金额 标的额 标的金额 涉案金额 争议金额"},
        {F::Committee, "调委会", "人民调解委员会 调解委员会 调解组织"},
        {F::Mediators, "调解员", "调解人员 主持调解员 主办调解员 承办调解员 调解人 承办人"},
        {F::Result, "调解结果", "结果 调解情况 调处结果 调解结论"},
        {F::Form, "协议形式", "协议类型 协议方式"},
        {F::AgreedDate, "协议日期", "协议时间 达成协议日期 协议签订日期 签订日期"},
        {F::AgreedAmount, "协议金额", "协议涉及金额 协议标的额"},
        {F::Performance, "履行情况", "履行 协议履行情况 履行状态"},
        {F::ClosedDate, "结案日期", "结案时间 结案日 办结日期 办结时间"},
        {F::ArchivedDate, "归档日期", "归档时间 立卷日期"},
        {F::Status, "状态", "案件状态"},
    };
    return list;
}

// Headers naming ID numbers without saying whose.
const QStringList &genericIdHeaders()
{
    static const QStringList list =
        QString::fromUtf8("身份证号 身份证号码 身份证 公民身份号码 公民身份证号码").split(QLatin1Char(' '));
    return list;
}

const QHash<QString, F> &lookup()
{
    static const QHash<QString, F> table = [] {
        QHash<QString, F> t;
        for (const Names &n : names()) {
            t.insert(QString::fromUtf8(n.canonical), n.field);
            for (const QString &v : QString::fromUtf8(n.variants).split(QLatin1Char(' ')))
                t.insert(v, n.field);
        }
        return t;
    }();
    return table;
}

// "涉及金额(万元)" → ("涉及金额", "万元"); no brackets → (header, "").
QPair<QString, QString> splitBracket(const QString &header)
{
    static const QRegularExpression re(QStringLiteral("^(.*)\\(([^()]*)\\)$"));
    const QRegularExpressionMatch m = re.match(header);
    if (!m.hasMatch())
        return {header, QString()};
    return {m.captured(1), m.captured(2)};
}

bool isGenericId(const QString &normalized)
{
    return genericIdHeaders().contains(normalized) || genericIdHeaders().contains(splitBracket(normalized).first);
}

F idFieldOf(F party)
{
    return party == F::Respondents ? F::RespondentIds : F::ApplicantIds;
}

}  // namespace

const LedgerColumn *LedgerHeader::column(LedgerField field) const
{
    for (const LedgerColumn &c : columns) {
        if (c.field == field)
            return &c;
    }
    return nullptr;
}

QString LedgerHeader::columnName(int index)
{
    QString name;
    int n = index + 1;
    while (n > 0) {
        const int rem = (n - 1) % 26;
        name.prepend(QChar(u'A' + rem));
        n = (n - 1) / 26;
    }
    return name;
}

QString LedgerColumns::canonical(LedgerField field)
{
    for (const Names &n : names()) {
        if (n.field == field)
            return QString::fromUtf8(n.canonical);
    }
    return QString();
}

const QList<LedgerField> &LedgerColumns::all()
{
    static const QList<LedgerField> list = [] {
        QList<LedgerField> l;
        for (const Names &n : names())
            l << n.field;
        return l;
    }();
    return list;
}

QString LedgerColumns::normalizeHeader(const QString &header)
{
    // NFKC folds full-width brackets, colons and letters to their ASCII forms.
    QString h = header.normalized(QString::NormalizationForm_KC);
    QString out;
    out.reserve(h.size());
    for (QChar c : std::as_const(h)) {
        if (c.isSpace() || c == QLatin1Char('*'))
            continue;
        out += c;
    }
    while (out.endsWith(QLatin1Char(':')))
        out.chop(1);
    return out;
}

std::optional<LedgerField> LedgerColumns::recognise(const QString &header)
{
    const QString h = normalizeHeader(header);
    if (h.isEmpty())
        return std::nullopt;
    const QHash<QString, F> &t = lookup();
    if (auto it = t.constFind(h); it != t.constEnd())
        return *it;
    const auto [outside, inside] = splitBracket(h);
    if (auto it = t.constFind(outside); it != t.constEnd())
        return *it;  // "涉及金额(元)"
    if (auto it = t.constFind(inside); it != t.constEnd())
        return *it;  // "当事人(申请人)"
    return std::nullopt;
}

LedgerHeader LedgerColumns::map(const QStringList &headers)
{
    LedgerHeader header;
    F lastParty = F::Applicants;
    for (int i = 0; i < headers.size(); ++i) {
        const QString text = headers.at(i).trimmed();
        if (text.isEmpty())
            continue;
        const QString h = normalizeHeader(text);
        std::optional<F> field = recognise(text);
        if (!field && isGenericId(h))
            field = idFieldOf(lastParty);
        if (!field) {
            header.unknown.append({i, text});
            continue;
        }
        if (*field == F::Applicants || *field == F::Respondents)
            lastParty = *field;
        const bool tenThousand = splitBracket(h).second.contains(QStringLiteral("万"));
        header.columns.append(LedgerColumn{i, text, *field, tenThousand});
    }
    return header;
}

std::optional<LedgerHeader> LedgerColumns::find(const QList<QStringList> &firstRows, QString *error)
{
    for (int r = 0; r < firstRows.size() && r < kMaxTitleRows; ++r) {
        LedgerHeader header = map(firstRows.at(r));
        if (header.columns.size() < 3)
            continue;
        header.row = r;
        // Two columns for one field: which one is meant cannot be guessed.
        for (int i = 0; i < header.columns.size(); ++i) {
            for (int j = i + 1; j < header.columns.size(); ++j) {
                if (header.columns[i].field == header.columns[j].field) {
                    *error = tr("The columns \"%1\" (%2) and \"%3\" (%4) both hold %5; remove or rename one of them.")
                                 .arg(header.columns[i].header, LedgerHeader::columnName(header.columns[i].index),
                                      header.columns[j].header, LedgerHeader::columnName(header.columns[j].index),
                                      canonical(header.columns[i].field));
                    return std::nullopt;
                }
            }
        }
        QStringList missing;
        if (!header.has(F::CaseNo))
            missing << canonical(F::CaseNo);
        if (!header.has(F::AcceptedDate) && !header.has(F::RegisteredDate))
            missing << canonical(F::AcceptedDate);
        for (F f : {F::Type, F::Applicants, F::Summary}) {
            if (!header.has(f))
                missing << canonical(f);
        }
        if (!missing.isEmpty()) {
            *error = tr("The ledger has no column for %1 (header found on line %2). Name the columns as the "
                        "ledger template does, e.g. %3.")
                         .arg(missing.join(QStringLiteral("、")))
                         .arg(r + 1)
                         .arg(QStringLiteral("案号、受理日期、纠纷类型、申请人、纠纷简要情况"));
            return std::nullopt;
        }
        return header;
    }
    *error = tr("No header row was found in the first %1 lines: a ledger needs a row naming its columns, such as "
                "案号, 受理日期, 纠纷类型, 申请人 and 纠纷简要情况.")
                 .arg(kMaxTitleRows);
    return std::nullopt;
}

}  // namespace sifa
