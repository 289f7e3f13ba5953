#pragma once

#include <QCoreApplication>
#include <QFont>
#include <QString>
#include <QStringList>

namespace sifa {

// The typefaces of official forms, each by a fallback chain: the font the standard names first
// (方正小标宋 for titles, 仿宋_GB2312 for 公文 text, 宋体 for tables, 黑体 and 楷体 for headings),
// then the common substitutes, then Noto Serif/Sans CJK, which Debian's fonts-noto-cjk provides.
// The licensed 方正 fonts are never bundled: an office that owns them installs them.
class FormFonts {
    Q_DECLARE_TR_FUNCTIONS(FormFonts)
public:
    // role: title | fangsong | song | hei | kai
    static QStringList chain(const QString &role);
    // The first family of the chain that is installed; empty if none is.
    static QString family(const QString &role);
    // Fonts after every chain for the signs the CJK fonts lack (☑ of a ticked box): Segoe UI
    // Symbol on Windows, DejaVu Sans (Debian's fonts-dejavu-core) elsewhere.
    static QStringList symbolFallbacks();
    // A font of the role at `points`, with the whole chain and the symbol fonts as fallback
    // families.
    static QFont font(const QString &role, double points, bool bold = false);
    // One sentence per role whose preferred font is missing, naming the one used instead.
    static QStringList warnings();
};

}  // namespace sifa
