#include "mediation/DisputeSearch.h"

#include "mediation/DisputeRepository.h"
#include "people/Pinyin.h"

#include <QCryptographicHash>
#include <QSet>

namespace sifa {

namespace {

constexpr int kSummaryChars = 400;  // the index covers the start of long texts

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

QStringList DisputeSearch::pinyinTokens(const QString &name)
{
    QStringList out;
    for (const QString &token : {pinyinFull(name), pinyinInitials(name)}) {
        for (int n = 2; n <= qMin<int>(kPinyinPrefix, static_cast<int>(token.size())); ++n)
            out << token.left(n);
        if (token.size() > kPinyinPrefix)
            out << token;
    }
    out.removeDuplicates();
    return out;
}

QString DisputeSearch::tag(char kind, const QString &value)
{
    const QByteArray utf8 = value.toUtf8();
    if (utf8.size() <= 8)
        return QLatin1Char(kind) + QString::fromLatin1(utf8.toHex());
    // 'h' is no hex digit: a hashed value never spells a short one.
    return QString(QLatin1Char(kind)) + QLatin1Char('h')
        + QString::fromLatin1(QCryptographicHash::hash(utf8, QCryptographicHash::Sha1).toHex().left(16));
}

QStringList DisputeSearch::dayTags(const QDate &day)
{
    if (!day.isValid() || day.year() < 1000 || day.year() > 9999)
        return {};
    const QString digits = day.toString(QStringLiteral("yyyyMMdd"));
    QStringList out;
    for (int n : {1, 2, 3, 4, 6, 8})
        out << QLatin1Char('y') + digits.left(n);
    return out;
}

QStringList DisputeSearch::dayRangeTags(const QDate &from, const QDate &to)
{
    QDate at = from.isValid() ? from : QDate(1000, 1, 1);
    const QDate last = to.isValid() ? to : QDate(9999, 12, 31);
    QStringList out;
    while (at.isValid() && at <= last && at.year() <= 9999) {
        // The largest unit that starts at `at` and ends no later than `last`.
        QDate end = at;
        int digits = 8;
        if (at.day() == 1) {
            const QDate monthEnd = at.addMonths(1).addDays(-1);
            if (monthEnd <= last) {
                end = monthEnd;
                digits = 6;
                if (at.month() == 1) {
                    for (int span : {1, 10, 100, 1000}) {
                        if (at.year() % span != 0)
                            break;
                        const QDate unitEnd = QDate(at.year() + span - 1, 12, 31);
                        if (unitEnd > last)
                            break;
                        end = unitEnd;
                        digits = span == 1 ? 4 : span == 10 ? 3 : span == 100 ? 2 : 1;
                    }
                }
            }
        }
        if (at.year() < 1000) {  // before the tagged years: nothing to find
            at = QDate(1000, 1, 1);
            continue;
        }
        out << QLatin1Char('y') + at.toString(QStringLiteral("yyyyMMdd")).left(digits);
        at = end.addDays(1);
    }
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
        py << pinyinTokens(p.name);
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
    py.removeDuplicates();

    // The ledger's filters (DisputeRepository filters on the same fields in SQL).
    QStringList tags;
    const QList<QPair<char, QString>> fields{{'s', d.status},
                                            {'t', d.disputeType},
                                            {'o', d.source},
                                            {'r', d.riskLevel},
                                            {'c', d.committeeUuid},
                                            {'m', d.leadMediatorUuid},
                                            {'m', d.assistMediatorUuid}};
    for (const auto &[kind, value] : fields) {
        if (!value.isEmpty())
            tags << tag(kind, value);
    }
    tags << dayTags(d.acceptedDate.isValid() ? d.acceptedDate : d.registeredDate);
    if (d.deleted)
        tags << deletedTag();
    tags.removeDuplicates();

    doc.uni = uni.join(QLatin1Char(' '));
    doc.bi = bi.join(QLatin1Char(' '));
    doc.py = py.join(QLatin1Char(' '));
    doc.tags = tags.join(QLatin1Char(' '));
    doc.digits = digits.join(QLatin1Char(' '));
    return doc;
}

QString DisputeSearch::filterTerms(const LedgerQuery &q)
{
    QStringList terms;
    auto anyOf = [&terms](const QStringList &tags) {
        if (!tags.isEmpty())
            terms << QStringLiteral("tags : (%1)").arg(tags.join(QStringLiteral(" OR ")));
    };
    QStringList statuses;
    for (const QString &s : q.statuses)
        statuses << tag('s', s);
    anyOf(statuses);
    for (const auto &[kind, value] : QList<QPair<char, QString>>{{'t', q.disputeType},
                                                                 {'o', q.source},
                                                                 {'c', q.committeeUuid},
                                                                 {'m', q.mediatorUuid},
                                                                 {'r', q.riskLevel}}) {
        if (!value.isEmpty())
            anyOf({tag(kind, value)});
    }
    if (q.from.isValid() || q.to.isValid()) {
        const QStringList days = dayRangeTags(q.from, q.to);
        if (days.isEmpty())
            return QStringLiteral("tags : %1").arg(quoted(QStringLiteral("nothing")));  // an empty range
        anyOf(days);
    }
    return terms.join(QStringLiteral(" AND "));
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
            // A prefix of the pinyin: short ones are tokens of their own (pinyinTokens).
            if (letters.size() >= 2 && letters.size() <= kPinyinPrefix)
                words << QStringLiteral("py : %1").arg(quoted(letters));
            else if (letters.size() > kPinyinPrefix)
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

}  // namespace sifa
