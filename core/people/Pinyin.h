#pragma once

#include <QString>

namespace sifa {

// Lower-case pinyin initials of the Chinese characters in `text` ("张三" → "zs"). Latin letters
// are kept, other characters dropped.
QString pinyinInitials(const QString &text);

// A key that sorts names the way a clerk looks for them: character by character, first by
// the pinyin initial, then by the character itself, so 曹超 < 陈斌 < 陈成鹏 (same surnames stay
// together, surnames ordered by initial). COLLATE PINYIN orders the same way.
QString pinyinSortKey(const QString &text);

// The toneless pinyin of the Chinese characters in `text`, concatenated ("王伟" → "wangwei",
// "吕" → "lv"); Latin letters are kept, other characters dropped.
QString pinyinFull(const QString &text);
// The toneless syllable of one character ("zhang"), or nullptr when it has none.
const char *pinyinSyllableOf(char32_t codePoint);

// The lower-case initial of one character: the pinyin initial of a CJK ideograph, the letter
// itself for A–Z/a–z, 0 for anything else.
char pinyinInitialOf(char32_t codePoint);

// The text the people search index holds for one person: name, former name, their initials,
// ID number and phone, lower-cased.
QString personSearchKeys(const QString &name, const QString &alias, const QString &idNumber,
                         const QString &phone);

}  // namespace sifa
