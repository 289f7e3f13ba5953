#pragma once

#include "mediation/Dispute.h"
#include "util/Result.h"

#include <QString>
#include <QStringList>

namespace sifa {

class Database;

// The one search box of the mediation ledger: any part of a party's name (two-character names
// and single surnames too), a case number, a fragment of an ID or phone number, words of the
// summary, and the pinyin of a party's name ("zs" and "zhangsan" find 张三).
//
// Each dispute has a document in dispute_search, indexed by two FTS5 tables (see
// storage/SchemaMediation.cpp); a query becomes one MATCH expression for each. Terms separated
// by spaces must all match.
class DisputeSearch {
public:
    struct Document {
        QString uni;     // single CJK characters of party names
        QString bi;      // overlapping CJK character pairs of names, title, summary, place, case number
        QString py;      // full pinyin and initials of party names
        QString digits;  // case number, ID numbers, phones
    };

    struct Terms {
        QString words;   // MATCH expression for dispute_fts_words, empty for none
        QString digits;  // MATCH expression for dispute_fts_digits, empty for none
        bool empty() const { return words.isEmpty() && digits.isEmpty(); }
    };

    static Document build(const Dispute &dispute, const QList<DisputeParty> &parties);
    static Terms parse(const QString &text);

    // The projection hooks: rebuild one dispute's document.
    static Status reindex(Database &db, const QString &disputeUuid);
    static Status reindexForParty(Database &db, const QString &partyUuid);

    // The CJK character pairs of `text` ("张三丰" → "张三 三丰"), runs split at other characters.
    static QStringList bigrams(const QString &text);
    static bool isCjk(QChar c);
};

}  // namespace sifa
