#pragma once

#include "mediation/LedgerSheet.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QStringList>

#include <optional>

namespace sifa {

// Reading the values of a ledger's cells, and the words SifaDesk writes for them on export.
// Each reader returns nothing and sets `problem` (a translated sentence) when the value cannot
// be read; an empty cell reads as "not given" (an invalid date, 0, an empty string).
//
//   dates    2024-03-15, 2024/3/5, 2024.3.5, 2024年3月5日, 20240315, a time after the date is
//            ignored; an Excel date cell; an Excel serial number (45366) or yyyymmdd as a number
//   amounts  2000, 2,000.50, 2000元, ￥2000, 0.2万 (in yuan, two decimals at most); plain numbers
//            in a column headed "(万元)" are in units of 10,000 yuan
//   counts   3, 3人
//   来源     申请, 当事人申请 → application; 主动, 调委会主动(调解) → initiative; 排查, 排查发现 →
//            screening; 移送, 委托, 移交, 指派, 交办 → referral, by whom: 公安/派出所 → police,
//            法院/法庭 → court, 信访 → petition, 政府/部门/乡/镇/街道 → government, else other;
//            an empty cell: application
//   类型     a code of the dispute_type table (01, 1), its name with or without 纠纷, or a common
//            short name (婚姻, 家庭, 继承, 宅基地, 土地, 拆迁, 劳动, 劳资, 医患, 交通事故, 其它 …)
//   结果     成功, 调解成功, 达成协议 → success; 不成功, 调解不成功, 调解不成, 失败, 未成功 → failed;
//            终止, 终止调解 → terminated; 不予受理, 不受理 → not_accepted
//   形式     书面, 书面协议 → written; 口头, 口头协议 → oral
//   履行     履行完毕, 已履行, 全部履行, 已履行完毕 → done; 部分履行, 正在履行, 履行中 → partial;
//            未履行, 不履行, 拒不履行, 未履行完毕 → not (yet) performed ("none")
//   状态     SifaDesk's words (see statusWord), the status ids, and the status labels
class LedgerValues {
    Q_DECLARE_TR_FUNCTIONS(LedgerValues)
public:
    static std::optional<QDate> date(const LedgerCell &cell, const QString &what, QString *problem);
    static std::optional<qint64> amount(const LedgerCell &cell, bool tenThousand, const QString &what,
                                        QString *problem);
    static std::optional<int> count(const LedgerCell &cell, const QString &what, QString *problem);

    struct Source {
        QString source = QStringLiteral("application");
        QString referralKind;
    };
    static std::optional<Source> source(const QString &text, QString *problem);
    static std::optional<QString> type(const QString &text, QString *problem);
    static std::optional<QString> result(const QString &text, QString *problem);
    static std::optional<QString> form(const QString &text, QString *problem);
    static std::optional<QString> performance(const QString &text, QString *problem);
    static std::optional<QString> status(const QString &text, QString *problem);

    // Several names or ID numbers in one cell, separated by 、，,;；/ or line breaks. Empty
    // entries between separators are kept (so that ID numbers stay in step with the names);
    // leading and trailing empty entries are dropped.
    static QStringList split(const QString &text);
    // 3.30225E+17: what Excel makes of an 18-digit number it was allowed to read as a number.
    static bool isScientific(const QString &text);
    // A value as written, trimmed and with full-width letters and digits folded (NFKC).
    static QString folded(const QString &text);

    // The words an exported ledger uses (fixed Chinese, the ledger's own language).
    static QString sourceWord(const QString &source, const QString &referralKind);
    // `notAccepted`: the case was not accepted (it may be archived since).
    static QString resultWord(const QString &result, bool notAccepted);
    static QString formWord(const QString &form);
    static QString performanceWord(const QString &performanceStatus);
    static QString statusWord(const QString &status);
    static QString typeName(const QString &code);
};

}  // namespace sifa
