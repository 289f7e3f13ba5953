// Build-time generator: reads Unihan_Readings.txt (from Debian's unicode-data) on standard
// input or from the file named as the first argument, and writes a C++ table of the toneless
// pinyin syllable of each CJK ideograph's most common Mandarin reading (kMandarin), for
// U+3400..U+9FFF: an index per character into a table of syllables ("zhang", "lv", ...).
// Used to search by pinyin ("wangwei" finds 王伟) and by initials ("zs" finds 张三).
#include <algorithm>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

namespace {

constexpr unsigned kFirst = 0x3400;
constexpr unsigned kLast = 0x9FFF;

// Decodes UTF-8 into code points.
std::vector<unsigned> codePoints(const std::string &s)
{
    std::vector<unsigned> out;
    for (std::size_t i = 0; i < s.size();) {
        const auto c0 = static_cast<unsigned char>(s[i]);
        int extra = c0 >= 0xF0 ? 3 : c0 >= 0xE0 ? 2 : c0 >= 0xC0 ? 1 : 0;
        unsigned cp = extra == 3 ? (c0 & 0x07u) : extra == 2 ? (c0 & 0x0Fu) : extra == 1 ? (c0 & 0x1Fu) : c0;
        ++i;
        while (extra-- > 0 && i < s.size())
            cp = (cp << 6) | (static_cast<unsigned char>(s[i++]) & 0x3Fu);
        out.push_back(cp);
    }
    return out;
}

// The toneless Latin letter(s) for one character of a pinyin reading; "" to drop it.
std::string plain(unsigned cp)
{
    if (cp >= 'a' && cp <= 'z')
        return std::string(1, static_cast<char>(cp));
    if (cp >= 'A' && cp <= 'Z')
        return std::string(1, static_cast<char>(cp - 'A' + 'a'));
    if (cp >= 0x0300 && cp <= 0x036F)
        return std::string();  // combining tone marks
    switch (cp) {
    case 0x0101: case 0x00E1: case 0x01CE: case 0x00E0: return "a";
    case 0x0113: case 0x00E9: case 0x011B: case 0x00E8: case 0x00EA: case 0x1EBF: case 0x1EC1: return "e";
    case 0x012B: case 0x00ED: case 0x01D0: case 0x00EC: return "i";
    case 0x014D: case 0x00F3: case 0x01D2: case 0x00F2: return "o";
    case 0x016B: case 0x00FA: case 0x01D4: case 0x00F9: return "u";
    case 0x01D6: case 0x01D8: case 0x01DA: case 0x01DC: case 0x00FC: return "v";  // ü is typed v
    case 0x1E3F: return "m";
    case 0x0144: case 0x0148: case 0x01F9: return "n";
    default: return std::string();
    }
}

}  // namespace

int main(int argc, char **argv)
{
    std::ifstream file;
    std::istream *in = &std::cin;
    if (argc > 1) {
        file.open(argv[1]);
        if (!file) {
            std::cerr << "cannot read " << argv[1] << "\n";
            return 1;
        }
        in = &file;
    }
    std::vector<std::string> reading(kLast - kFirst + 1);
    std::string line;
    int found = 0;
    while (std::getline(*in, line)) {
        if (line.rfind("U+", 0) != 0)
            continue;
        std::istringstream cols(line);
        std::string code, field, value;
        if (!std::getline(cols, code, '\t') || !std::getline(cols, field, '\t') || !std::getline(cols, value))
            continue;
        if (field != "kMandarin")
            continue;
        const unsigned cp = static_cast<unsigned>(std::stoul(code.substr(2), nullptr, 16));
        if (cp < kFirst || cp > kLast)
            continue;
        const std::string first = value.substr(0, value.find(' '));  // the most common reading
        std::string syllable;
        for (unsigned c : codePoints(first))
            syllable += plain(c);
        if (!syllable.empty()) {
            reading[cp - kFirst] = syllable;
            ++found;
        }
    }
    if (found < 20000) {
        std::cerr << "only " << found << " readings found: is this Unihan_Readings.txt?\n";
        return 1;
    }
    std::vector<std::string> syllables(reading.begin(), reading.end());
    std::sort(syllables.begin(), syllables.end());
    syllables.erase(std::unique(syllables.begin(), syllables.end()), syllables.end());  // "" stays first
    std::map<std::string, int> index;
    for (std::size_t i = 0; i < syllables.size(); ++i)
        index[syllables[i]] = static_cast<int>(i);

    std::cout << "// Generated at build time by gen_pinyin_initials from Unihan_Readings.txt. Do not edit.\n"
              << "static constexpr unsigned kPinyinFirst = 0x" << std::hex << kFirst << ";\n"
              << "static constexpr unsigned kPinyinLast = 0x" << kLast << std::dec << ";\n"
              << "static const char *const kPinyinSyllables[] = {";
    for (std::size_t i = 0; i < syllables.size(); ++i)
        std::cout << (i % 12 == 0 ? "\n    " : " ") << '"' << syllables[i] << "\",";
    std::cout << "\n};\nstatic const unsigned short kPinyinIndex[] = {";
    for (std::size_t i = 0; i < reading.size(); ++i)
        std::cout << (i % 24 == 0 ? "\n    " : " ") << index[reading[i]] << ',';
    std::cout << "\n};\n";
    return 0;
}
