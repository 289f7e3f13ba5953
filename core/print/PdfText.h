#pragma once

#include <QByteArray>

namespace sifa {

// Repairs the text layer of a PDF that Qt wrote: its ToUnicode maps give each glyph the lowest
// code point the font maps to it, and fonts such as Noto CJK map the radicals (⺠ U+2EE0, ⼈
// U+2F08) to the same glyphs as the ideographs (民, 人), so copied or searched text came out in
// radicals. Rewrites those destinations to the unified ideographs, in place (same length: the
// PDF's cross-reference offsets stay valid). Returns how many were rewritten.
int fixRadicalsInToUnicode(QByteArray &pdf);

}  // namespace sifa
