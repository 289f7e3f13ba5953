#include "people/Pinyin.h"

#include "pinyin_initials.inc"

#include <QStringList>

namespace sifa {

QString pinyinInitials(const QString &text)
{
    QString out;
    for (QChar c : text) {
        const unsigned u = c.unicode();
        if (u >= kPinyinFirst && u <= kPinyinLast) {
            const char letter = kPinyinInitials[u - kPinyinFirst];
            if (letter != '.')
                out += QLatin1Char(letter);
        } else if (c.isLetter() && u < 128) {
            out += c.toLower();
        }
    }
    return out;
}

QString personSearchKeys(const QString &name, const QString &alias, const QString &idNumber,
                         const QString &phone)
{
    QStringList parts{name, pinyinInitials(name)};
    if (!alias.isEmpty())
        parts << alias << pinyinInitials(alias);
    parts << idNumber << phone;
    parts.removeAll(QString());
    return parts.join(QLatin1Char(' ')).toLower();
}

}  // namespace sifa
