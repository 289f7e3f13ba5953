#pragma once

#include "mediation/Dispute.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <functional>

namespace sifa {

class Database;
struct LedgerQuery;

// The one search box of the mediation ledger: any part of a party's name (two-character names
// and single surnames too), a case number, a fragment of an ID or phone number, words of the
// summary, and the pinyin of a party's name ("zs" and "zhangsan" find 张三).
//
// Each dispute has a document in dispute_search (its rid is the dispute's rid), indexed by two
// FTS5 tables (see storage/SchemaMediation.cpp); a query becomes one MATCH expression for each.
// Terms separated by spaces must all match. The document also carries the ledger's filter
// fields as tags (status, type, source, risk, committee, mediators, the ledger date, deleted),
// so that a search with filters, or filters alone, is one MATCH that the index answers by
// skipping through its lists instead of reading every candidate case.
class DisputeSearch {
    Q_DECLARE_TR_FUNCTIONS(DisputeSearch)
public:
    struct Document {
        QString uni;     // single CJK characters of party names
        QString bi;      // overlapping CJK character pairs of names, title, summary, place, case number
        QString py;      // full pinyin and initials of party names, with their prefixes (see pinyinTokens)
        QString tags;    // the ledger's filter fields (see tag())
        QString digits;  // case number, ID numbers, phones
    };

    struct Terms {
        QString words;   // MATCH expression for dispute_fts_words, empty for none
        QString digits;  // MATCH expression for dispute_fts_digits, empty for none
        bool empty() const { return words.isEmpty() && digits.isEmpty(); }
    };

    // `dispute` needs the text fields and, for the tags, the ledger's filter fields.
    static Document build(const Dispute &dispute, const QList<DisputeParty> &parties);
    static Terms parse(const QString &text);

    // The ledger filters of `query` as a MATCH expression on the tags of dispute_fts_words (the
    // terms joined with AND), empty when it has none. Deleted cases are the caller's concern:
    // `deletedTag()` marks them.
    static QString filterTerms(const LedgerQuery &query);
    static QString deletedTag() { return QStringLiteral("deleted"); }

    // The projection hooks: rebuild one dispute's document.
    static Status reindex(Database &db, const QString &disputeUuid);
    static Status reindexForParty(Database &db, const QString &partyUuid);
    // reindex() for many disputes in a few statements (the bulk hook a ChangeLog::Batch runs).
    static Status reindexMany(Database &db, const QStringList &disputeUuids);
    // Every dispute's document again, from the projection tables, in one transaction (after a
    // bulk load or to repair the index), then the index merged into one segment per table;
    // `progress` gets (done, total) now and then.
    static Status rebuildAll(Database &db, const std::function<void(qint64, qint64)> &progress = {});

    // The CJK character pairs of `text` ("张三丰" → "张三 三丰"), runs split at other characters.
    static QStringList bigrams(const QString &text);
    static bool isCjk(QChar c);

    // The pinyin tokens of a name ("王伟" → wa wan wang wangw wangwe wangwei ww): every prefix
    // of the full pinyin and of the initials up to kPinyinPrefix letters, and the whole of a
    // longer one. A pinyin query of up to kPinyinPrefix letters is then one exact token and a
    // longer one a prefix query, which is the same as "a prefix of the name's pinyin" without a
    // prefix index (that index would also copy every bigram of the table).
    static constexpr int kPinyinPrefix = 6;
    static QStringList pinyinTokens(const QString &name);

    // One tag: a kind letter and the value in hex (or a hash of a long value), one unicode61
    // token. Kinds: s status, t type, o source, r risk, c committee, m mediator.
    static QString tag(char kind, const QString &value);
    // The date tags of a day: y2 y20 y201 y2019 y201903 y20190315 (millennium to day).
    static QStringList dayTags(const QDate &day);
    // The fewest date tags whose days are exactly [from, to] (an invalid end is open).
    static QStringList dayRangeTags(const QDate &from, const QDate &to);
};

}  // namespace sifa
