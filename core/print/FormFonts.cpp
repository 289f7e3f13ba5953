#include "print/FormFonts.h"

#include <QFontDatabase>
#include <QHash>
#include <QMap>

namespace sifa {

QStringList FormFonts::chain(const QString &role)
{
    static const QHash<QString, QStringList> chains{
        {QStringLiteral("title"),
         {QStringLiteral("方正小标宋简体"), QStringLiteral("方正小标宋_GBK"), QStringLiteral("FZXiaoBiaoSong-B05S"),
          QStringLiteral("华文中宋"), QStringLiteral("STZhongsong"), QStringLiteral("宋体"), QStringLiteral("SimSun"),
          QStringLiteral("Noto Serif CJK SC"), QStringLiteral("Noto Sans CJK SC")}},
        {QStringLiteral("fangsong"),
         {QStringLiteral("仿宋_GB2312"), QStringLiteral("FangSong_GB2312"), QStringLiteral("仿宋"),
          QStringLiteral("FangSong"), QStringLiteral("宋体"), QStringLiteral("SimSun"),
          QStringLiteral("Noto Serif CJK SC"), QStringLiteral("Noto Sans CJK SC")}},
        {QStringLiteral("song"),
         {QStringLiteral("宋体"), QStringLiteral("SimSun"), QStringLiteral("Noto Serif CJK SC"),
          QStringLiteral("Noto Sans CJK SC")}},
        {QStringLiteral("hei"),
         {QStringLiteral("黑体"), QStringLiteral("SimHei"), QStringLiteral("Noto Sans CJK SC"),
          QStringLiteral("Noto Serif CJK SC")}},
        {QStringLiteral("kai"),
         {QStringLiteral("楷体_GB2312"), QStringLiteral("KaiTi_GB2312"), QStringLiteral("楷体"), QStringLiteral("KaiTi"),
          QStringLiteral("Noto Serif CJK SC"), QStringLiteral("Noto Sans CJK SC")}},
    };
    return chains.value(role, chains.value(QStringLiteral("song")));
}

QString FormFonts::family(const QString &role)
{
    const QStringList installed = QFontDatabase::families();
    for (const QString &name : chain(role)) {
        if (installed.contains(name, Qt::CaseInsensitive))
            return name;
    }
    return QString();
}

QStringList FormFonts::symbolFallbacks()
{
    return {QStringLiteral("Segoe UI Symbol"), QStringLiteral("DejaVu Sans")};
}

QFont FormFonts::font(const QString &role, double points, bool bold)
{
    QFont f;
    QStringList families = chain(role);
    if (const QString first = family(role); !first.isEmpty()) {
        families.removeAll(first);
        families.prepend(first);
    }
    families += symbolFallbacks();
    f.setFamilies(families);
    f.setPointSizeF(points);
    f.setBold(bold);
    f.setKerning(false);
    f.setStyleStrategy(QFont::PreferOutline);
    return f;
}

QStringList FormFonts::warnings()
{
    static const QList<QPair<QString, QString>> roles{
        {QStringLiteral("title"), QStringLiteral("方正小标宋简体")}, {QStringLiteral("fangsong"), QStringLiteral("仿宋_GB2312")},
        {QStringLiteral("song"), QStringLiteral("宋体")},           {QStringLiteral("hei"), QStringLiteral("黑体")},
        {QStringLiteral("kai"), QStringLiteral("楷体_GB2312")}};
    // The chains' official names come before the Noto fonts: a Noto font means a fallback.
    // Grouped by the font printed instead, one sentence each.
    QStringList missing;
    QMap<QString, QStringList> instead;
    for (const auto &[role, preferred] : roles) {
        const QString used = family(role);
        if (used.isEmpty())
            missing << preferred;
        else if (used.startsWith(QLatin1String("Noto")))
            instead[used] << preferred;
    }
    QStringList out;
    for (auto it = instead.cbegin(); it != instead.cend(); ++it) {
        //: %1 the official fonts (e.g. 仿宋_GB2312、宋体), %2 the one printed instead
        out << tr("%1 not installed: forms print with %2 instead.").arg(it.value().join(QStringLiteral("、")), it.key());
    }
    if (!missing.isEmpty()) {
        out << tr("No font for %1 is installed; install fonts-noto-cjk or the official fonts.")
                   .arg(missing.join(QStringLiteral("、")));
    }
    return out;
}

}  // namespace sifa
