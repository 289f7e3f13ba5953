#include "storage/SqlFunctions.h"

#include "people/Pinyin.h"

#include <QString>

#include <sqlite3.h>

namespace sifa {

namespace {

QString argText(sqlite3_value *v)
{
    const auto *text = reinterpret_cast<const char *>(sqlite3_value_text(v));
    return text ? QString::fromUtf8(text, sqlite3_value_bytes(v)) : QString();
}

void searchKeys(sqlite3_context *ctx, int argc, sqlite3_value **argv)
{
    if (argc != 4) {
        sqlite3_result_error(ctx, "sifa_search_keys takes 4 arguments", -1);
        return;
    }
    const QByteArray out =
        personSearchKeys(argText(argv[0]), argText(argv[1]), argText(argv[2]), argText(argv[3])).toUtf8();
    sqlite3_result_text(ctx, out.constData(), static_cast<int>(out.size()), SQLITE_TRANSIENT);
}

// Walks the code points of a UTF-8 string without allocating (SQLite hands over valid UTF-8).
class Utf8Cursor {
public:
    Utf8Cursor(const void *data, int len)
        : m_p(static_cast<const unsigned char *>(data)), m_end(m_p + len) {}
    bool atEnd() const { return m_p >= m_end; }
    char32_t next()
    {
        const unsigned char c = *m_p++;
        int extra = c >= 0xF0 ? 3 : c >= 0xE0 ? 2 : c >= 0xC0 ? 1 : 0;
        char32_t cp = extra == 3 ? (c & 0x07u) : extra == 2 ? (c & 0x0Fu) : extra == 1 ? (c & 0x1Fu) : c;
        while (extra-- > 0 && m_p < m_end)
            cp = (cp << 6) | (*m_p++ & 0x3Fu);
        return cp;
    }

private:
    const unsigned char *m_p;
    const unsigned char *m_end;
};

// Orders names the way a clerk looks for them: character by character, by pinyin initial and
// then by the character (see pinyinSortKey). Runs for every comparison of an ORDER BY, so it
// allocates nothing.
int pinyinCollation(void *, int lenA, const void *a, int lenB, const void *b)
{
    Utf8Cursor ia(a, lenA), ib(b, lenB);
    while (!ia.atEnd() && !ib.atEnd()) {
        const char32_t x = ia.next(), y = ib.next();
        if (x == y)
            continue;
        const char kx = pinyinInitialOf(x), ky = pinyinInitialOf(y);
        const char sx = kx ? kx : '~', sy = ky ? ky : '~';
        if (sx != sy)
            return sx < sy ? -1 : 1;
        return x < y ? -1 : 1;
    }
    return ia.atEnd() == ib.atEnd() ? 0 : (ia.atEnd() ? -1 : 1);
}

}  // namespace

void registerSqlFunctions(sqlite3 *db)
{
    sqlite3_create_collation_v2(db, "PINYIN", SQLITE_UTF8, nullptr, &pinyinCollation, nullptr);
    sqlite3_create_function_v2(db, "sifa_search_keys", 4, SQLITE_UTF8 | SQLITE_DETERMINISTIC, nullptr,
                               &searchKeys, nullptr, nullptr, nullptr);
}

}  // namespace sifa
