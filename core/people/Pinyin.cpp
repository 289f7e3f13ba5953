#include "people/Pinyin.h"

#include "pinyin_initials.inc"

#include <QStringList>

namespace sifa {

const char *pinyinSyllableOf(char32_t cp)
{
    if (cp < kPinyinFirst || cp > kPinyinLast)
        return nullptr;
    const unsigned short i = kPinyinIndex[cp - kPinyinFirst];
    return i == 0 ? nullptr : kPinyinSyllables[i];
}

char pinyinInitialOf(char32_t cp)
{
    if (cp >= kPinyinFirst && cp <= kPinyinLast) {
        const char *syllable = pinyinSyllableOf(cp);
        return syllable ? syllable[0] : 0;
    }
    if (cp >= 'a' && cp <= 'z')
        return static_cast<char>(cp);
    if (cp >= 'A' && cp <= 'Z')
        return static_cast<char>(cp - 'A' + 'a');
    return 0;
}

QString pinyinInitials(const QString &text)
{
    QString out;
    for (QChar c : text) {
        if (const char letter = pinyinInitialOf(c.unicode()))
            out += QLatin1Char(letter);
    }
    return out;
}

QString pinyinFull(const QString &text)
{
    QString out;
    for (QChar c : text) {
        if (const char *syllable = pinyinSyllableOf(c.unicode()))
            out += QLatin1String(syllable);
        else if (const char letter = pinyinInitialOf(c.unicode()))
            out += QLatin1Char(letter);
    }
    return out;
}

QString pinyinSortKey(const QString &text)
{
    QString key;
    key.reserve(text.size() * 2);
    for (QChar c : text) {
        const char letter = pinyinInitialOf(c.unicode());
        key += letter ? QLatin1Char(letter) : QLatin1Char('~');  // others after the letters
        key += c;
    }
    return key;
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
