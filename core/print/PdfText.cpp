#include "print/PdfText.h"

#include <QHash>

namespace sifa {

namespace {

const QHash<uint, uint> &radicals()
{
    static const QHash<uint, uint> map = [] {
        static const uint pairs[][2] = {
#include "radical_ideographs.inc"
        };
        QHash<uint, uint> m;
        for (const auto &p : pairs)
            m.insert(p[0], p[1]);
        return m;
    }();
    return map;
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    return -1;
}

// Rewrites the destination codes in lines [from, to) of a bfchar or bfrange section: every
// <XXXX> after the first `sources` tokens of a line.
int fixSection(QByteArray &pdf, qsizetype from, qsizetype to, int sources)
{
    static const char digits[] = "0123456789ABCDEF";
    int fixed = 0;
    int token = 0;
    bool array = false;
    for (qsizetype i = from; i < to; ++i) {
        const char c = pdf.at(i);
        if (c == '\n') {
            token = 0;
            array = false;
            continue;
        }
        if (c == '[')
            array = true;
        if (c != '<')
            continue;
        const qsizetype close = pdf.indexOf('>', i);
        if (close < 0 || close > to)
            break;
        const bool destination = token >= sources;
        // A range's single destination counts up through the range: only a one-glyph range is safe.
        const bool safe = array || sources == 1 || pdf.mid(i - 14, 6) == pdf.mid(i - 7, 6);
        if (destination && safe && close - i == 5) {
            uint code = 0;
            bool ok = true;
            for (qsizetype k = i + 1; k < close; ++k) {
                const int v = hexValue(pdf.at(k));
                ok = ok && v >= 0;
                code = code * 16 + static_cast<uint>(qMax(0, v));
            }
            if (const auto it = radicals().constFind(code); ok && it != radicals().cend() && *it <= 0xFFFF) {
                for (int k = 0; k < 4; ++k)
                    pdf[i + 1 + k] = digits[(*it >> (12 - 4 * k)) & 0xF];
                ++fixed;
            }
        }
        ++token;
        i = close;
    }
    return fixed;
}

}  // namespace

int fixRadicalsInToUnicode(QByteArray &pdf)
{
    int fixed = 0;
    const QList<QPair<QByteArray, QByteArray>> sections{{"beginbfrange", "endbfrange"}, {"beginbfchar", "endbfchar"}};
    for (const auto &[begin, end] : sections) {
        const int sources = begin == "beginbfrange" ? 2 : 1;
        qsizetype at = 0;
        while ((at = pdf.indexOf(begin, at)) >= 0) {
            const qsizetype stop = pdf.indexOf(end, at);
            if (stop < 0)
                break;
            fixed += fixSection(pdf, at + begin.size(), stop, sources);
            at = stop;
        }
    }
    return fixed;
}

}  // namespace sifa
