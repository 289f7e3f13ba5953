// Build-time generator: reads Unihan_Readings.txt (from Debian's unicode-data) on standard
// input or from the file named as the first argument, and writes a C++ table of the first
// letter of each CJK ideograph's most common Mandarin reading (kMandarin), for
// U+3400..U+9FFF. Used to search the people index by pinyin initials ("zs" finds 张三).
#include <cstdio>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

namespace {

constexpr unsigned kFirst = 0x3400;
constexpr unsigned kLast = 0x9FFF;

// First code point of a UTF-8 string.
unsigned firstCodePoint(const std::string &s)
{
    if (s.empty())
        return 0;
    const auto c0 = static_cast<unsigned char>(s[0]);
    if (c0 < 0x80)
        return c0;
    if ((c0 & 0xE0) == 0xC0 && s.size() >= 2)
        return ((c0 & 0x1Fu) << 6) | (static_cast<unsigned char>(s[1]) & 0x3Fu);
    if ((c0 & 0xF0) == 0xE0 && s.size() >= 3)
        return ((c0 & 0x0Fu) << 12) | ((static_cast<unsigned char>(s[1]) & 0x3Fu) << 6)
            | (static_cast<unsigned char>(s[2]) & 0x3Fu);
    return 0;
}

// The base Latin letter of a pinyin syllable's first character (tone marks removed).
char baseLetter(unsigned cp)
{
    if (cp >= 'a' && cp <= 'z')
        return static_cast<char>(cp);
    if (cp >= 'A' && cp <= 'Z')
        return static_cast<char>(cp - 'A' + 'a');
    switch (cp) {
    case 0x0101: case 0x00E1: case 0x01CE: case 0x00E0: return 'a';
    case 0x0113: case 0x00E9: case 0x011B: case 0x00E8: case 0x00EA: case 0x1EBF: case 0x1EC1: return 'e';
    case 0x014D: case 0x00F3: case 0x01D2: case 0x00F2: return 'o';
    case 0x1E3F: return 'm';
    case 0x0144: case 0x0148: case 0x01F9: return 'n';
    default: return 0;
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
    std::vector<char> table(kLast - kFirst + 1, '.');
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
        const char letter = baseLetter(firstCodePoint(value));
        if (letter) {
            table[cp - kFirst] = letter;
            ++found;
        }
    }
    if (found < 20000) {
        std::cerr << "only " << found << " readings found: is this Unihan_Readings.txt?\n";
        return 1;
    }
    std::cout << "// Generated at build time by gen_pinyin_initials from Unihan_Readings.txt. Do not edit.\n"
              << "static constexpr unsigned kPinyinFirst = 0x" << std::hex << kFirst << ";\n"
              << "static constexpr unsigned kPinyinLast = 0x" << kLast << std::dec << ";\n"
              << "static const char kPinyinInitials[] =\n";
    for (std::size_t i = 0; i < table.size(); i += 96)
        std::cout << "    \"" << std::string(table.begin() + static_cast<long>(i),
                                             table.begin() + static_cast<long>(std::min(i + 96, table.size())))
                  << "\"\n";
    std::cout << ";\n";
    return 0;
}
