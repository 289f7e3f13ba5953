#include "mediation/LedgerValues.h"

#include "codes/CodeTables.h"
#include "io/XlsxValues.h"
#include "mediation/Dispute.h"
#include "mediation/MediationCodes.h"

#include <QRegularExpression>

#include <cmath>

namespace sifa {

namespace {

QString u8(const char *s)
{
    return QString::fromUtf8(s);
}

bool containsAny(const QString &text, const char *words)
{
    for (const QString &w : u8(words).split(QLatin1Char(' '))) {
        if (text.contains(w))
            return true;
    }
    return false;
}

bool isOneOf(const QString &text, const char *words)
{
    return u8(words).split(QLatin1Char(' ')).contains(text);
}

// Text without any whitespace, folded.
QString compact(const QString &text)
{
    QString out;
    const QString f = LedgerValues::folded(text);
    for (QChar c : f) {
        if (!c.isSpace())
            out += c;
    }
    return out;
}

std::optional<QDate> plausible(const QDate &d, const QString &what, const QString &text, QString *problem)
{
    if (d.isValid() && d.year() >= 1950)
        return d;
    *problem = LedgerValues::tr("The %1 \"%2\" is not a date; write it as 2024-03-15.").arg(what, text);
    return std::nullopt;
}

}  // namespace

QString LedgerValues::folded(const QString &text)
{
    return text.trimmed().normalized(QString::NormalizationForm_KC).trimmed();
}

std::optional<QDate> LedgerValues::date(const LedgerCell &cell, const QString &what, QString *problem)
{
    switch (cell.kind) {
    case LedgerCell::Kind::Empty:
        return QDate();
    case LedgerCell::Kind::Date:
        return plausible(cell.date, what, cell.text, problem);
    case LedgerCell::Kind::Number: {
        const double n = cell.number;
        if (n >= 19000101 && n <= 29991231 && n == std::floor(n)) {
            const qint64 v = static_cast<qint64>(n);
            return plausible(QDate(static_cast<int>(v / 10000), static_cast<int>(v / 100 % 100), static_cast<int>(v % 100)),
                             what, cell.text, problem);
        }
        const std::optional<QDateTime> dt = XlsxValues::dateFromSerial(n, false);
        return plausible(dt ? dt->date() : QDate(), what, cell.text, problem);
    }
    case LedgerCell::Kind::Text:
        break;
    }
    const QString t = folded(cell.text);
    static const QRegularExpression dashed(QStringLiteral("^(\\d{4})\\s*[-/.]\\s*(\\d{1,2})\\s*[-/.]\\s*(\\d{1,2})(?:[ T].*)?$"));
    static const QRegularExpression chinese(QStringLiteral("^(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*[日号]?(?:\\s.*)?$"));
    static const QRegularExpression digits(QStringLiteral("^(\\d{4})(\\d{2})(\\d{2})$"));
    static const QRegularExpression serial(QStringLiteral("^\\d{5}$"));
    for (const QRegularExpression *re : {&dashed, &chinese, &digits}) {
        const QRegularExpressionMatch m = re->match(t);
        if (m.hasMatch())
            return plausible(QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt()), what, t, problem);
    }
    if (serial.match(t).hasMatch()) {
        // An Excel date that lost its format on the way to CSV.
        const std::optional<QDateTime> dt = XlsxValues::dateFromSerial(t.toDouble(), false);
        return plausible(dt ? dt->date() : QDate(), what, t, problem);
    }
    return plausible(QDate(), what, t, problem);
}

std::optional<qint64> LedgerValues::amount(const LedgerCell &cell, bool tenThousand, const QString &what,
                                           QString *problem)
{
    QString t;
    switch (cell.kind) {
    case LedgerCell::Kind::Empty:
        return 0;
    case LedgerCell::Kind::Date:
        *problem = tr("The %1 \"%2\" is a date, not an amount.").arg(what, cell.text);
        return std::nullopt;
    case LedgerCell::Kind::Number:
        t = XlsxValues::numberText(cell.number);
        break;
    case LedgerCell::Kind::Text:
        t = compact(cell.text);
        t.remove(QChar(u'¥')).remove(QChar(u'￥')).remove(u8("人民币"));
        break;
    }
    static const QRegularExpression plain(QStringLiteral("^-?[\\d,]+(\\.\\d+)?$"));
    if (tenThousand && plain.match(t).hasMatch())
        t += u8("万");
    const std::optional<qint64> fen = parseYuan(t);
    if (!fen) {
        *problem = tr("The %1 \"%2\" is not an amount in yuan (e.g. 2000, 2,000.50, 2000元 or 0.2万).")
                       .arg(what, cell.text.trimmed());
        return std::nullopt;
    }
    if (*fen < 0) {
        *problem = tr("The %1 cannot be negative.").arg(what);
        return std::nullopt;
    }
    return fen;
}

std::optional<int> LedgerValues::count(const LedgerCell &cell, const QString &what, QString *problem)
{
    if (cell.isEmpty())
        return 0;
    QString t = compact(cell.text);
    if (t.endsWith(u8("人")) || t.endsWith(u8("名")))
        t.chop(1);
    bool ok = false;
    const int n = t.toInt(&ok);
    if (!ok || n < 0 || n > 1000000) {
        *problem = tr("The %1 \"%2\" is not a number of persons.").arg(what, cell.text.trimmed());
        return std::nullopt;
    }
    return n;
}

std::optional<LedgerValues::Source> LedgerValues::source(const QString &text, QString *problem)
{
    const QString t = compact(text);
    Source s;
    if (t.isEmpty() || t == QLatin1String("application"))
        return s;
    if (t == QLatin1String("initiative") || t == QLatin1String("screening")) {
        s.source = t;
        return s;
    }
    if (t.contains(u8("排查"))) {
        s.source = QStringLiteral("screening");
    } else if (t.contains(u8("主动"))) {
        s.source = QStringLiteral("initiative");
    } else if (containsAny(t, "移送 委托 移交 指派 交办 转交 指定")) {
        s.source = QStringLiteral("referral");
        if (containsAny(t, "公安 派出所 警"))
            s.referralKind = QStringLiteral("police");
        else if (containsAny(t, "法院 法庭 审判"))
            s.referralKind = QStringLiteral("court");
        else if (t.contains(u8("信访")))
            s.referralKind = QStringLiteral("petition");
        else if (containsAny(t, "政府 部门 乡 镇 街道"))
            s.referralKind = QStringLiteral("government");
        else
            s.referralKind = QStringLiteral("other");
    } else if (t.contains(u8("申请"))) {
        s.source = QStringLiteral("application");
    } else {
        *problem = tr("The source \"%1\" is not one of 当事人申请, 调委会主动调解, 委托移送 (e.g. 公安移送, 法院委托, "
                      "信访移送) or 排查发现.")
                       .arg(text.trimmed());
        return std::nullopt;
    }
    return s;
}

std::optional<QString> LedgerValues::type(const QString &text, QString *problem)
{
    const QString t = compact(text);
    const CodeTable *types = CodeTables::instance().table(QStringLiteral("dispute_type"));
    if (!t.isEmpty() && types) {
        const QString suffix = u8("纠纷");
        const QString padded = t.size() == 1 && t.at(0).isDigit() ? QLatin1Char('0') + t : t;
        for (const CodeItem &item : types->items) {
            if (item.code == t || item.code == padded || item.name == t)
                return item.code;
            if (item.name.endsWith(suffix) && item.name.chopped(suffix.size()) == t)
                return item.code;
            if (t.endsWith(suffix) && item.name == t.chopped(suffix.size()))
                return item.code;
            if (!item.nameEn.isEmpty() && item.nameEn.compare(t, Qt::CaseInsensitive) == 0)
                return item.code;
        }
        static const QList<QPair<const char *, const char *>> aliases{
            {"婚姻", "01"},   {"家庭", "01"},   {"婚姻家庭继承", "01"}, {"继承", "01"},   {"赡养", "01"},
            {"邻里", "02"},   {"宅基地", "03"}, {"房屋", "03"},         {"合同", "04"},   {"土地", "07"},
            {"山林", "07"},   {"土地承包", "07"}, {"山林土地承包经营权", "07"}, {"征地", "08"}, {"拆迁", "08"},
            {"环境", "09"},   {"环境保护", "09"}, {"劳动", "10"},       {"劳资", "10"},   {"欠薪", "10"},
            {"消费者", "11"}, {"医患", "12"},   {"医疗事故", "12"},     {"交通事故", "13"}, {"交通", "13"},
            {"其它", "99"},   {"其他", "99"},
        };
        QString bare = t;
        if (bare.endsWith(suffix))
            bare.chop(suffix.size());
        for (const auto &[alias, code] : aliases) {
            if (bare == u8(alias) && types->contains(QString::fromLatin1(code)))
                return QString::fromLatin1(code);
        }
    }
    if (t.isEmpty())
        *problem = tr("The type of dispute (纠纷类型) is empty.");
    else
        *problem = tr("The type of dispute \"%1\" is not in the list of dispute types.").arg(text.trimmed());
    return std::nullopt;
}

std::optional<QString> LedgerValues::result(const QString &text, QString *problem)
{
    const QString t = compact(text);
    if (t.isEmpty())
        return QString();
    if (isOneOf(t, "成功 调解成功 达成协议 已达成协议 success"))
        return QStringLiteral("success");
    if (isOneOf(t, "不成功 调解不成功 调解不成 失败 调解失败 未成功 未达成协议 failed"))
        return QStringLiteral("failed");
    if (isOneOf(t, "终止 终止调解 调解终止 terminated"))
        return QStringLiteral("terminated");
    if (isOneOf(t, "不予受理 不受理 not_accepted"))
        return QStringLiteral("not_accepted");
    *problem = tr("The result \"%1\" is not one of 成功, 不成功, 终止 or 不予受理.").arg(text.trimmed());
    return std::nullopt;
}

std::optional<QString> LedgerValues::form(const QString &text, QString *problem)
{
    const QString t = compact(text);
    if (t.isEmpty())
        return QString();
    if (isOneOf(t, "书面 书面协议 written"))
        return QStringLiteral("written");
    if (isOneOf(t, "口头 口头协议 oral"))
        return QStringLiteral("oral");
    *problem = tr("The form of agreement \"%1\" is neither 书面 nor 口头.").arg(text.trimmed());
    return std::nullopt;
}

std::optional<QString> LedgerValues::performance(const QString &text, QString *problem)
{
    const QString t = compact(text);
    if (t.isEmpty())
        return QString();
    if (isOneOf(t, "履行完毕 已履行 全部履行 已履行完毕 已全部履行 done"))
        return QStringLiteral("done");
    if (isOneOf(t, "部分履行 正在履行 履行中 partial"))
        return QStringLiteral("partial");
    if (isOneOf(t, "未履行 不履行 拒不履行 未履行完毕 尚未履行 pending failed"))
        return QStringLiteral("none");
    *problem = tr("The performance \"%1\" is not one of 履行完毕, 部分履行 or 未履行.").arg(text.trimmed());
    return std::nullopt;
}

std::optional<QString> LedgerValues::status(const QString &text, QString *problem)
{
    const QString t = compact(text);
    if (t.isEmpty())
        return QString();
    for (const auto &[id, label] : MediationCodes::statuses()) {
        if (t == id || t == compact(label) || t == statusWord(id))
            return id;
    }
    *problem = tr("The status \"%1\" is not a status SifaDesk knows.").arg(text.trimmed());
    return std::nullopt;
}

QStringList LedgerValues::split(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[、，,;；/\\n\\r]"));
    QStringList parts = text.split(separators);
    for (QString &p : parts)
        p = p.trimmed();
    while (!parts.isEmpty() && parts.first().isEmpty())
        parts.removeFirst();
    while (!parts.isEmpty() && parts.last().isEmpty())
        parts.removeLast();
    return parts;
}

bool LedgerValues::isScientific(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("^\\d(\\.\\d+)?[eE][+]?\\d+$"));
    return re.match(text.trimmed()).hasMatch();
}

QString LedgerValues::sourceWord(const QString &source, const QString &referralKind)
{
    if (source == QLatin1String("initiative"))
        return u8("调委会主动调解");
    if (source == QLatin1String("screening"))
        return u8("排查发现");
    if (source == QLatin1String("referral")) {
        if (referralKind == QLatin1String("police"))
            return u8("公安机关移送");
        if (referralKind == QLatin1String("court"))
            return u8("人民法院委托");
        if (referralKind == QLatin1String("petition"))
            return u8("信访部门移送");
        if (referralKind == QLatin1String("government"))
            return u8("政府部门移送");
        return u8("委托移送");
    }
    return u8("当事人申请");
}

QString LedgerValues::resultWord(const QString &result, bool notAccepted)
{
    if (result == QLatin1String("written") || result == QLatin1String("oral"))
        return u8("成功");
    if (result == QLatin1String("failed"))
        return u8("不成功");
    if (result == QLatin1String("terminated"))
        return u8("终止");
    return notAccepted ? u8("不予受理") : QString();
}

QString LedgerValues::formWord(const QString &form)
{
    if (form == QLatin1String("written"))
        return u8("书面");
    if (form == QLatin1String("oral"))
        return u8("口头");
    return QString();
}

QString LedgerValues::performanceWord(const QString &performanceStatus)
{
    if (performanceStatus == QLatin1String("done"))
        return u8("履行完毕");
    if (performanceStatus == QLatin1String("partial"))
        return u8("部分履行");
    if (performanceStatus == QLatin1String("pending") || performanceStatus == QLatin1String("failed"))
        return u8("未履行");
    return QString();
}

QString LedgerValues::statusWord(const QString &status)
{
    static const QList<QPair<const char *, const char *>> words{
        {"registered", "已登记"},      {"not_accepted", "不予受理"}, {"accepted", "已受理"},
        {"investigating", "调查中"},   {"mediating", "调解中"},     {"agreed", "达成协议"},
        {"terminated", "调解终止"},    {"performing", "履行中"},    {"performed", "履行完毕"},
        {"not_performed", "未履行"},   {"archived", "已归档"},
    };
    for (const auto &[id, word] : words) {
        if (status == QLatin1String(id))
            return u8(word);
    }
    return status;
}

QString LedgerValues::typeName(const QString &code)
{
    const CodeTable *types = CodeTables::instance().table(QStringLiteral("dispute_type"));
    const QString name = types ? types->name(code) : QString();
    return name.isEmpty() ? code : name;
}

}  // namespace sifa
