#pragma once

struct sqlite3;

namespace sifa {

// SQL functions SifaDesk's schema relies on (triggers call them), registered on every
// connection the application opens:
//   sifa_search_keys(name, alias, id_number, phone) → the people search index text;
//   COLLATE PINYIN orders names by pinyin initials, then by character.
void registerSqlFunctions(sqlite3 *db);

}  // namespace sifa
