#include "mediation/LedgerRow.h"

#include "mediation/LedgerValues.h"
#include "people/IdNumber.h"
#include "people/PersonService.h"
#include "util/Time.h"

#include <QSet>

#include <array>

namespace sifa {

namespace {

using F = LedgerField;

QString u8(const char *s)
{
    return QString::fromUtf8(s);
}

struct Reader {
    const LedgerSheet &sheet;
    int row;
    const LedgerHeader &header;
    const QDate &today;
    QStringList *problems;
    std::array<int, 32> columns{};

    Reader(const LedgerSheet &s, int r, const LedgerHeader &h, const QDate &t, QStringList *p)
        : sheet(s), row(r), header(h), today(t), problems(p)
    {
        columns.fill(-1);
        for (const LedgerColumn &c : h.columns)
            columns[static_cast<size_t>(c.field)] = c.index;
    }

    bool has(F f) const { return columns[static_cast<size_t>(f)] >= 0; }
    LedgerCell cell(F f) const
    {
        const int c = columns[static_cast<size_t>(f)];
        return c < 0 ? LedgerCell() : sheet.cell(row, c);
    }
    QString text(F f) const { return cell(f).text.trimmed(); }
    QString what(F f) const
    {
        const LedgerColumn *c = header.column(f);
        return c ? c->header.trimmed() : LedgerColumns::canonical(f);
    }

    template <typename T>
    T take(std::optional<T> v, const QString &problem, T fallback = T())
    {
        if (v)
            return *v;
        *problems << problem;
        return fallback;
    }

    QDate date(F f)
    {
        QString problem;
        const QDate d = take(LedgerValues::date(cell(f), what(f), &problem), problem);
        if (d.isValid() && d > today) {
            *problems << LedgerRow::tr("The %1 (%2) lies in the future.").arg(what(f), toStoredDate(d));
            return QDate();
        }
        return d;
    }

    QList<LedgerParty> parties(F names, F ids, const QString &role)
    {
        QList<LedgerParty> out;
        const QStringList nameList = LedgerValues::split(text(names));
        const LedgerCell idCell = cell(ids);
        if (idCell.kind == LedgerCell::Kind::Number) {
            *problems << LedgerRow::tr("The ID number in %1 (%2) is stored as a number, so Excel has already replaced "
                                       "its last digits with zeros. Format the column as text in Excel, type the "
                                       "numbers again and import the file again.")
                             .arg(what(ids), idCell.text);
            return out;
        }
        const QStringList idList = LedgerValues::split(idCell.text);
        if (!idList.isEmpty() && idList.size() != nameList.size()) {
            *problems << LedgerRow::tr("%1 names %n person(s) but %2 holds %3 ID number(s); list them in the same "
                                       "order, separated by 、",
                                       "", static_cast<int>(nameList.size()))
                             .arg(what(names), what(ids))
                             .arg(idList.size());
            return out;
        }
        for (int i = 0; i < nameList.size(); ++i) {
            LedgerParty p;
            p.role = role;
            p.name = PersonService::normalizeName(nameList.at(i));
            const QString id = idList.value(i).trimmed().toUpper();
            if (p.name.isEmpty()) {
                if (!id.isEmpty())
                    *problems << LedgerRow::tr("The ID number %1 in %2 has no name beside it.").arg(id, what(ids));
                continue;
            }
            if (p.name.size() > 100) {
                *problems << LedgerRow::tr("The name in %1 is longer than 100 characters.").arg(what(names));
                continue;
            }
            if (id.isEmpty()) {
                p.organisation = LedgerRow::looksLikeOrganisation(p.name);
                out << p;
                continue;
            }
            if (LedgerValues::isScientific(id)) {
                *problems << LedgerRow::tr("The ID number of %1 reads \"%2\": Excel turned it into a number and "
                                           "destroyed its last digits. Format the column as text in Excel, type the "
                                           "numbers again and import the file again.")
                                 .arg(p.name, id);
                continue;
            }
            Person person;
            person.name = p.name;
            person.idNumber = id;
            const Person n = PersonService::normalized(person, today);
            const QList<Error> errors = PersonService::validate(n, today);
            if (!errors.isEmpty()) {
                *problems << LedgerRow::tr("%1 %2: %3").arg(what(names), p.name, errors.first().message);
                continue;
            }
            p.idNumber = n.idNumber;
            out << p;
        }
        return out;
    }
};

}  // namespace

bool LedgerRow::looksLikeOrganisation(const QString &name)
{
    static const QStringList words =
        u8("公司 厂 店 集团 合作社 委员会 村委 居委 学校 医院 银行 中心 局 协会 工作室 超市 酒店 饭店 门市 物业 "
           "经营部 商行 事务所 幼儿园 卫生院 站 社区 村民小组")
            .split(QLatin1Char(' '));
    for (const QString &w : words) {
        if (name.contains(w))
            return true;
    }
    return false;
}

LedgerRecord LedgerRow::read(const LedgerSheet &sheet, int row, const LedgerHeader &header, const QDate &today,
                             QStringList *problems)
{
    Reader r(sheet, row, header, today, problems);
    LedgerRecord rec;
    QString problem;

    const LedgerCell caseNo = r.cell(F::CaseNo);
    if (caseNo.kind == LedgerCell::Kind::Number && caseNo.precisionLost) {
        *problems << tr("The case number %1 is stored as a number too long for Excel, which changed its last "
                        "digits. Format the column as text and type it again.")
                         .arg(caseNo.text);
    }
    rec.caseNo = caseNo.text.trimmed();

    LedgerFacts facts;
    facts.registered = r.date(F::RegisteredDate);
    // A ledger without a 受理日期 column lists the cases it took in under 登记日期.
    facts.accepted = r.has(F::AcceptedDate) ? r.date(F::AcceptedDate) : facts.registered;
    facts.agreed = r.date(F::AgreedDate);
    facts.closed = r.date(F::ClosedDate);
    facts.archived = r.date(F::ArchivedDate);
    facts.archiveColumn = r.has(F::ArchivedDate);
    facts.result = r.take(LedgerValues::result(r.text(F::Result), &problem), problem);
    facts.form = r.take(LedgerValues::form(r.text(F::Form), &problem), problem);
    facts.performance = r.take(LedgerValues::performance(r.text(F::Performance), &problem), problem);
    // 状态 words SifaDesk does not know are left aside: the other columns decide.
    facts.status = LedgerValues::status(r.text(F::Status), &problem).value_or(QString());
    const LedgerColumn *agreedColumn = header.column(F::AgreedAmount);
    rec.agreedFen = r.take(LedgerValues::amount(r.cell(F::AgreedAmount), agreedColumn && agreedColumn->tenThousand,
                                                r.what(F::AgreedAmount), &problem),
                           problem, qint64(0));
    facts.agreedAmount = !r.cell(F::AgreedAmount).isEmpty();

    rec.registered = facts.registered.isValid() ? facts.registered : facts.accepted;
    rec.accepted = facts.accepted;
    // A value that could not be read is reported as such; the course of the case is judged only
    // from values that were read (else a mistyped date would also read as a missing one).
    const qsizetype valueProblems = problems->size();
    QStringList courseProblems;
    if (std::optional<LedgerOutcome> o = LedgerLifecycle::decide(facts, &courseProblems))
        rec.outcome = *o;
    if (valueProblems == 0)
        *problems << courseProblems;

    if (rec.caseNo.isEmpty() && rec.accepted.isValid())
        *problems << tr("An accepted case needs its case number (案号).");

    const std::optional<LedgerValues::Source> source = LedgerValues::source(r.text(F::Source), &problem);
    if (source) {
        rec.source = source->source;
        rec.referralKind = source->referralKind;
    } else {
        *problems << problem;
    }
    rec.type = r.take(LedgerValues::type(r.text(F::Type), &problem), problem);

    const qsizetype beforeParties = problems->size();
    rec.parties = r.parties(F::Applicants, F::ApplicantIds, QStringLiteral("applicant"));
    const int applicants = static_cast<int>(rec.parties.size());
    rec.parties << r.parties(F::Respondents, F::RespondentIds, QStringLiteral("respondent"));
    const bool partiesRead = problems->size() == beforeParties;
    if (rec.parties.isEmpty() && partiesRead)
        *problems << tr("The row names no party (申请人).");
    else if (applicants == 0 && rec.source == QLatin1String("application") && partiesRead)
        *problems << tr("A dispute brought by application (当事人申请) needs its applicant (申请人).");
    QSet<QString> ids;
    for (const LedgerParty &p : std::as_const(rec.parties)) {
        if (p.idNumber.isEmpty())
            continue;
        if (ids.contains(p.idNumber))
            *problems << tr("The ID number of %1 appears twice among the parties of this case.").arg(p.name);
        ids.insert(p.idNumber);
    }

    rec.summary = r.text(F::Summary);
    if (rec.summary.isEmpty())
        *problems << tr("The summary of the dispute (纠纷简要情况) is empty.");
    rec.persons = r.take(LedgerValues::count(r.cell(F::Persons), r.what(F::Persons), &problem), problem, 0);
    const LedgerColumn *amountColumn = header.column(F::Amount);
    rec.amountFen = r.take(LedgerValues::amount(r.cell(F::Amount), amountColumn && amountColumn->tenThousand,
                                                r.what(F::Amount), &problem),
                           problem, qint64(0));
    rec.committee = r.text(F::Committee).simplified();
    rec.mediators = LedgerValues::split(r.text(F::Mediators));
    rec.mediators.removeAll(QString());
    for (QString &m : rec.mediators)
        m = m.simplified();
    if (rec.mediators.size() > 2) {
        *problems << tr("%1 names %2 mediators; a case has one leading and at most one assisting mediator.")
                         .arg(r.what(F::Mediators))
                         .arg(rec.mediators.size());
    } else if (rec.mediators.size() == 2 && rec.mediators.at(0) == rec.mediators.at(1)) {
        *problems << tr("The assisting mediator must be someone else than the leading one.");
    }
    return rec;
}

}  // namespace sifa
