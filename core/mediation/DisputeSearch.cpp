#include "mediation/DisputeSearch.h"

#include "people/Pinyin.h"
#include "storage/Database.h"
#include "storage/Query.h"

#include <QCoreApplication>
#include <QSet>

namespace sifa {

namespace {

constexpr int kSummaryChars = 400;  // the index covers the start of long texts

QString tr(const char *s)
{
    return QCoreApplication::translate("DisputeSearch", s);
}

// Splits a term into runs: CJK characters, ASCII letters, digits (with ASCII letters mixed in).
struct Runs {
    QStringList cjk;
    QStringList letters;
    QStringList digits;
};

Runs splitRuns(const QString &term)
{
    Runs runs;
    QString cur;
    int kind = 0;  // 1 cjk, 2 letters, 3 digits
    auto flush = [&] {
        if (cur.isEmpty())
            return;
        if (kind == 1)
            runs.cjk << cur;
        else if (kind == 2)
            runs.letters << cur.toLower();
        else if (kind == 3)
            runs.digits << cur.toUpper();
        cur.clear();
    };
    for (QChar c : term) {
        int k = 0;
        if (DisputeSearch::isCjk(c))
            k = 1;
        else if (c.isDigit() && c.unicode() < 128)
            k = 3;
        else if (c.isLetter() && c.unicode() < 128)
            k = (kind == 3) ? 3 : 2;  // "11010519491231002X": the X stays with the digits
        if (k == 0) {
            flush();
            kind = 0;
            continue;
        }
        if (k != kind)
            flush();
        kind = k;
        cur += c;
    }
    flush();
    return runs;
}

// Full-width digits, letters and brackets as their ASCII forms: "（２０２６）" and "(2026)" match.
QString folded(const QString &s)
{
    return s.normalized(QString::NormalizationForm_KC).toUpper();
}

bool hasDigit(const QString &s)
{
    for (QChar c : s) {
        if (c.isDigit())
            return true;
    }
    return false;
}

QString quoted(const QString &s)
{
    QString q = s;
    q.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + q + QLatin1Char('"');
}

}  // namespace

bool DisputeSearch::isCjk(QChar c)
{
    const ushort u = c.unicode();
    return (u >= 0x3400 && u <= 0x9FFF) || (u >= 0xF900 && u <= 0xFAFF);
}

QStringList DisputeSearch::bigrams(const QString &text)
{
    QStringList out;
    QString run;
    auto flush = [&] {
        for (int i = 0; i + 1 < run.size(); ++i)
            out << run.mid(i, 2);
        run.clear();
    };
    for (QChar c : text) {
        if (isCjk(c))
            run += c;
        else
            flush();
    }
    flush();
    return out;
}

DisputeSearch::Document DisputeSearch::build(const Dispute &d, const QList<DisputeParty> &parties)
{
    Document doc;
    QStringList uni, bi, py, digits;
    QSet<QChar> seen;
    for (const DisputeParty &p : parties) {
        if (p.deleted)
            continue;
        for (QChar c : p.name) {
            if (isCjk(c) && !seen.contains(c)) {
                seen.insert(c);
                uni << QString(c);
            }
        }
        bi << bigrams(p.name);
        const QString full = pinyinFull(p.name);
        if (!full.isEmpty()) {
            py << full;
            const QString initials = pinyinInitials(p.name);
            if (initials != full)
                py << initials;
        }
        if (!p.idNumber.isEmpty())
            digits << folded(p.idNumber);
        if (!p.phone.isEmpty())
            digits << folded(p.phone);
    }
    for (const QString &text : {d.caseNo, d.title, d.place, d.referralBody, d.summary.left(kSummaryChars),
                                d.claims.left(kSummaryChars)})
        bi << bigrams(text);
    if (!d.caseNo.isEmpty())
        digits << folded(d.caseNo).remove(QLatin1Char(' '));
    doc.uni = uni.join(QLatin1Char(' '));
    doc.bi = bi.join(QLatin1Char(' '));
    doc.py = py.join(QLatin1Char(' '));
    doc.digits = digits.join(QLatin1Char(' '));
    return doc;
}

DisputeSearch::Terms DisputeSearch::parse(const QString &text)
{
    QStringList words, digitTerms;
    for (const QString &term : text.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        // A case number or part of one ("人调字第12号", "（2024）石"): the whole term, as written,
        // is a substring of the number.
        const QString f = folded(term);
        if (hasDigit(f) && f.size() >= 3) {
            bool mixed = false;
            for (QChar c : f)
                mixed = mixed || isCjk(c) || (!c.isLetterOrNumber());
            if (mixed) {
                digitTerms << quoted(f);
                continue;
            }
        }
        const Runs runs = splitRuns(term);
        for (const QString &cjk : runs.cjk) {
            if (cjk.size() == 1)
                words << QStringLiteral("uni : %1").arg(quoted(cjk));
            else
                words << QStringLiteral("bi : %1").arg(quoted(bigrams(cjk).join(QLatin1Char(' '))));
        }
        for (const QString &letters : runs.letters) {
            if (letters.size() >= 2)
                words << QStringLiteral("py : %1*").arg(quoted(letters));
        }
        for (const QString &digits : runs.digits) {
            if (digits.size() >= 3)
                digitTerms << quoted(digits);
        }
    }
    Terms q;
    q.words = words.join(QStringLiteral(" AND "));
    q.digits = digitTerms.join(QStringLiteral(" AND "));
    return q;
}

Status DisputeSearch::reindex(Database &db, const QString &disputeUuid)
{
    const QString doing = tr("updating the search index");
    Dispute d;
    {
        Query q(db, QStringLiteral("SELECT case_no, title, place, referral_body, summary, claims FROM dispute WHERE uuid = :u"),
                Query::Cached);
        q.bind(QStringLiteral(":u"), disputeUuid);
        if (Status s = q.exec(doing); !s.ok())
            return s;
        if (!q.next())
            return {};
        d.caseNo = q.text(0);
        d.title = q.text(1);
        d.place = q.text(2);
        d.referralBody = q.text(3);
        d.summary = q.text(4);
        d.claims = q.text(5);
    }
    QList<DisputeParty> parties;
    {
        Query q(db, QStringLiteral("SELECT name, id_number, phone, deleted FROM dispute_party WHERE dispute_uuid = :u"),
                Query::Cached);
        q.bind(QStringLiteral(":u"), disputeUuid);
        if (Status s = q.exec(doing); !s.ok())
            return s;
        while (q.next()) {
            DisputeParty p;
            p.name = q.text(0);
            p.idNumber = q.text(1);
            p.phone = q.text(2);
            p.deleted = q.integer(3) != 0;
            parties << p;
        }
    }
    const Document doc = build(d, parties);
    Query up(db, QStringLiteral("INSERT INTO dispute_search(uuid, uni, bi, py, digits) VALUES (:u, :a, :b, :c, :d) "
                                "ON CONFLICT(uuid) DO UPDATE SET uni = excluded.uni, bi = excluded.bi, py = excluded.py, "
                                "digits = excluded.digits"),
             Query::Cached);
    up.bind(QStringLiteral(":u"), disputeUuid)
        .bind(QStringLiteral(":a"), doc.uni)
        .bind(QStringLiteral(":b"), doc.bi)
        .bind(QStringLiteral(":c"), doc.py)
        .bind(QStringLiteral(":d"), doc.digits);
    return up.exec(doing);
}

Status DisputeSearch::reindexForParty(Database &db, const QString &partyUuid)
{
    Result<QVariant> dispute = Query::scalar(db, QStringLiteral("SELECT dispute_uuid FROM dispute_party WHERE uuid = :u"),
                                             {{QStringLiteral(":u"), partyUuid}}, tr("updating the search index"));
    if (!dispute)
        return dispute.status();
    if (dispute->isNull())
        return {};
    return reindex(db, dispute->toString());
}

}  // namespace sifa
