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

// Orders names the way a clerk looks for them: by pinyin initials, then by character.
int pinyinCollation(void *, int lenA, const void *a, int lenB, const void *b)
{
    const QString sa = QString::fromUtf8(static_cast<const char *>(a), lenA);
    const QString sb = QString::fromUtf8(static_cast<const char *>(b), lenB);
    const int byInitials = QString::compare(pinyinInitials(sa), pinyinInitials(sb));
    if (byInitials != 0)
        return byInitials;
    return QString::compare(sa, sb);
}

}  // namespace

void registerSqlFunctions(sqlite3 *db)
{
    sqlite3_create_collation_v2(db, "PINYIN", SQLITE_UTF8, nullptr, &pinyinCollation, nullptr);
    sqlite3_create_function_v2(db, "sifa_search_keys", 4, SQLITE_UTF8 | SQLITE_DETERMINISTIC, nullptr,
                               &searchKeys, nullptr, nullptr, nullptr);
}

}  // namespace sifa
