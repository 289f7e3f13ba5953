#include "correction/SubjectImport.h"

#include "codes/CodeTables.h"
#include "correction/CorrectionEntities.h"
#include "correction/CorrectionRepository.h"
#include "correction/CorrectionService.h"
#include "correction/CorrectionWrite.h"
#include "io/ImportSupport.h"
#include "mediation/LedgerColumns.h"
#include "mediation/LedgerSheet.h"
#include "mediation/LedgerValues.h"
#include "people/IdNumber.h"
#include "people/PersonRepository.h"
#include "people/PersonService.h"
#include "storage/Database.h"
#include "storage/Query.h"
#include "storage/Transaction.h"
#include "sync/ChangeLog.h"
#include "util/Time.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <array>

namespace sifa {

namespace {

using F = SubjectField;

QString u8(const char *s)
{
    return QString::fromUtf8(s);
}

// A value as written, folded (NFKC) and without any whitespace.
QString compact(const QString &text)
{
    QString out;
    const QString f = LedgerValues::folded(text);
    for (QChar c : f) {
        if (!c.isSpace())
            out += c;
    }
    return out;
}

// Short forms offices write for the codes, by table: (alias, code).
const QHash<QString, QList<QPair<const char *, const char *>>> &aliases()
{
    static const QHash<QString, QList<QPair<const char *, const char *>>> table{
        {QStringLiteral("correction_type"), {{"监外执行", "04"}, {"暂予监外", "04"}}},
        {QStringLiteral("supervision_grade"),
         {{"严格管理", "strict"}, {"严", "strict"}, {"普通管理", "normal"}, {"普", "normal"}, {"一般管理", "normal"},
          {"宽松管理", "lenient"}, {"宽", "lenient"}}},
        {QStringLiteral("correction_end_type"),
         {{"期满", "expired"}, {"矫正期满", "expired"}, {"期满解矫", "expired"}, {"矫正期满解除", "expired"},
          {"解除矫正", "expired"}, {"撤缓", "revoked_probation"}, {"撤假", "revoked_parole"}, {"收监", "committed"},
          {"死亡终止", "death"}}},
        {QStringLiteral("outside_execution_reason"),
         {{"就医", "medical"}, {"怀孕", "pregnant"}, {"哺乳", "pregnant"}, {"怀孕或哺乳", "pregnant"},
          {"正在哺乳自己婴儿", "pregnant"}, {"怀孕或者正在哺乳", "pregnant"}, {"不能自理", "dependent"}}},
        {QStringLiteral("correction_status"),
         {{"在矫正", "under_correction"}, {"矫正中", "under_correction"}, {"在册", "under_correction"},
          {"迁出", "transferred_out"}, {"解除", "released"}, {"解矫", "released"}, {"期满解除", "released"},
          {"终止", "terminated"}}},
        {QStringLiteral("sex"), {{"男性", "1"}, {"女性", "2"}}},
    };
    return table;
}

bool isOpen(const QString &status)
{
    return status == QLatin1String("awaiting_report") || status == QLatin1String("received")
        || status == QLatin1String("under_correction");
}

bool isClosed(const QString &status)
{
    return status == QLatin1String("released") || status == QLatin1String("terminated");
}

// The state registerSubject gives a file from the steps its data records.
QString stateFromDates(const QString &endType, const QDate &announced, const QDate &received)
{
    if (!endType.isEmpty())
        return endType == QLatin1String("expired") ? QStringLiteral("released") : QStringLiteral("terminated");
    if (announced.isValid())
        return QStringLiteral("under_correction");
    if (received.isValid())
        return QStringLiteral("received");
    return QStringLiteral("awaiting_report");
}

QString dateText(const QDate &d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

void addIssue(QList<SubjectIssue> *issues, const SubjectHeader &header, int n, F field, const QString &reason)
{
    const SubjectColumn *c = header.column(field);
    issues->append(SubjectIssue{n, c ? c->index : -1, c ? c->header.trimmed() : SubjectColumns::canonical(field),
                                reason});
}

struct Reader {
    const LedgerSheet &sheet;
    int row;
    const SubjectHeader &header;
    const QDate &today;
    int n;
    QList<SubjectIssue> *issues;
    std::array<int, 32> columns{};

    Reader(const LedgerSheet &s, int r, const SubjectHeader &h, const QDate &t, QList<SubjectIssue> *i)
        : sheet(s), row(r), header(h), today(t), n(r - h.row), issues(i)
    {
        columns.fill(-1);
        for (const SubjectColumn &c : h.columns)
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
        const SubjectColumn *c = header.column(f);
        return c ? c->header.trimmed() : SubjectColumns::canonical(f);
    }
    void problem(F f, const QString &reason) { addIssue(issues, header, n, f, reason); }

    // Nothing when the value cannot be read (the problem is reported); an invalid date when the
    // cell is empty. `past`: the date of something that happened, so not after today.
    std::optional<QDate> date(F f, bool past)
    {
        QString problemText;
        const std::optional<QDate> d = LedgerValues::date(cell(f), what(f), &problemText);
        if (!d) {
            problem(f, problemText);
            return std::nullopt;
        }
        if (past && d->isValid() && *d > today) {
            problem(f, SubjectImport::tr("The %1 (%2) lies in the future.").arg(what(f), dateText(*d)));
            return std::nullopt;
        }
        return d;
    }

    // Nothing when the value is not one of the table's; an empty string when the cell is empty.
    std::optional<QString> code(F f, const QString &tableId, const QString &choices)
    {
        const QString t = text(f);
        if (t.isEmpty())
            return QString();
        if (std::optional<QString> c = SubjectImport::code(tableId, t))
            return c;
        problem(f, SubjectImport::tr("\"%1\" is not one of %2.").arg(t, choices));
        return std::nullopt;
    }
};

}  // namespace

QString SubjectIssue::text() const
{
    if (header.isEmpty())
        return QStringLiteral("row %1: %2").arg(row).arg(reason);
    if (column < 0)
        return QStringLiteral("row %1, %2: %3").arg(QString::number(row), header, reason);
    return QStringLiteral("row %1, %2 (column %3): %4")
        .arg(QString::number(row), header, LedgerHeader::columnName(column), reason);
}

std::optional<QString> SubjectImport::code(const QString &tableId, const QString &text)
{
    const QString t = compact(text);
    const CodeTable *table = CodeTables::instance().table(tableId);
    if (t.isEmpty() || !table)
        return std::nullopt;
    // 1 → 01 for the two-digit correction types.
    const QString padded = t.size() == 1 && t.at(0).isDigit() ? QLatin1Char('0') + t : t;
    for (const CodeItem &item : table->items) {
        if (item.code == t || item.name == t || compact(item.name) == t
            || (!item.nameEn.isEmpty() && item.nameEn.compare(t, Qt::CaseInsensitive) == 0))
            return item.code;
    }
    for (const CodeItem &item : table->items) {
        if (item.code == padded)
            return item.code;
    }
    for (const auto &[alias, code] : aliases().value(tableId)) {
        if (t == u8(alias) && table->contains(QString::fromLatin1(code)))
            return QString::fromLatin1(code);
    }
    return std::nullopt;
}

QString SubjectImport::word(const QString &tableId, const QString &code)
{
    return import_support::word(tableId, code);
}

SubjectRecord SubjectImport::read(const LedgerSheet &sheet, int row, const SubjectHeader &header, const QDate &today,
                                  QList<SubjectIssue> *issues)
{
    Reader r(sheet, row, header, today, issues);
    SubjectRecord rec;

    // --- the person
    const QString name = PersonService::normalizeName(r.text(F::Name));
    if (name.isEmpty())
        r.problem(F::Name, tr("The name is empty."));
    const LedgerCell idCell = r.cell(F::IdNumber);
    QString id;
    bool idReadable = false;
    if (idCell.kind == LedgerCell::Kind::Number) {
        r.problem(F::IdNumber, tr("The ID number %1 is stored as a number, so Excel has already replaced its last "
                                  "digits with zeros. Format the column as text in Excel, type the numbers again and "
                                  "import the file again.")
                                   .arg(idCell.text));
    } else {
        id = compact(idCell.text).toUpper();
        if (id.isEmpty())
            r.problem(F::IdNumber, tr("The ID number is empty; a correction file belongs to an identified person."));
        else if (LedgerValues::isScientific(id))
            r.problem(F::IdNumber, tr("The ID number reads \"%1\": Excel turned it into a number and destroyed its "
                                      "last digits. Format the column as text in Excel, type the numbers again and "
                                      "import the file again.")
                                       .arg(id));
        else
            idReadable = true;
    }
    QString sex;
    if (const QString s = r.text(F::Sex); !s.isEmpty()) {
        if (std::optional<QString> c = code(QStringLiteral("sex"), s))
            sex = *c;
        else
            r.problem(F::Sex, tr("\"%1\" is not a sex: write 男 or 女.").arg(s));
    }
    Person person;
    person.name = name;
    person.idNumber = id;
    person.sex = sex;
    rec.person = PersonService::normalized(person, today);
    if (idReadable) {
        for (const Error &e : PersonService::validate(rec.person, today)) {
            if (e.field == QLatin1String("name") && name.isEmpty())
                continue;  // said above
            r.problem(SubjectColumns::fromCoreField(e.field).value_or(F::IdNumber), e.message);
        }
    }

    // --- the judgment
    const std::optional<QString> type = r.code(F::Type, QStringLiteral("correction_type"),
                                               import_support::choicesOf(QStringLiteral("correction_type")));
    if (type && type->isEmpty())
        r.problem(F::Type, tr("The correction type is empty: write 管制, 缓刑, 假释 or 暂予监外执行."));
    const std::optional<QString> outside = r.code(F::OutsideReason, QStringLiteral("outside_execution_reason"),
                                                  import_support::choicesOf(QStringLiteral("outside_execution_reason")));
    if (type && outside) {
        if (*type == QLatin1String("04") && outside->isEmpty()) {
            r.problem(F::OutsideReason, tr("Temporary execution outside prison (暂予监外执行) needs its circumstance "
                                           "in 暂予监外执行情形: 保外就医, 怀孕或者正在哺乳自己婴儿 or 生活不能自理."));
        } else if (!type->isEmpty() && *type != QLatin1String("04") && !outside->isEmpty()) {
            r.problem(F::OutsideReason, tr("Only temporary execution outside prison (暂予监外执行) has a "
                                           "暂予监外执行情形; leave it empty for %1.")
                                            .arg(word(QStringLiteral("correction_type"), *type)));
        }
    }
    const QString charge = r.text(F::Charge).simplified();
    const QString sentence = r.text(F::Sentence).simplified();
    const QString decisionBody = r.text(F::DecisionBody).simplified();
    const std::optional<QDate> judged = r.date(F::JudgmentDate, true);
    const std::optional<QDate> effectiveCell = r.date(F::EffectiveDate, true);
    const std::optional<QDate> from = r.date(F::PeriodFrom, false);
    const std::optional<QDate> to = r.date(F::PeriodTo, false);
    if (from && !from->isValid())
        r.problem(F::PeriodFrom, tr("The first day of the correction period (%1) is empty.").arg(r.what(F::PeriodFrom)));
    if (to && !to->isValid())
        r.problem(F::PeriodTo, tr("The last day of the correction period (%1) is empty.").arg(r.what(F::PeriodTo)));
    if (from && to && from->isValid() && to->isValid() && *to < *from)
        r.problem(F::PeriodTo, tr("The correction period ends (%1) before it begins (%2).")
                                   .arg(dateText(*to), dateText(*from)));

    // The core needs the date the judgment or decision took effect (effective_date): the
    // report-in deadline runs from it and a minor is one under 18 on that day. Ledgers seldom
    // have a column for it (生效日期 is read when they do). Without one the judgment date is the
    // closest date the ledger records (a judgment takes effect when the time to appeal has run,
    // days later), and the first day of the correction period where 判决日期 is empty too.
    QDate effective;
    rec.effectiveFrom = F::EffectiveDate;
    if (effectiveCell && effectiveCell->isValid()) {
        effective = *effectiveCell;
    } else if (judged && judged->isValid()) {
        effective = *judged;
        rec.effectiveFrom = F::JudgmentDate;
    } else if (from && from->isValid() && judged) {
        effective = *from;
        rec.effectiveFrom = F::PeriodFrom;
        if (effective > today)
            r.problem(F::JudgmentDate, tr("The judgment date is empty and the correction period begins in the future "
                                          "(%1); enter the date of the judgment.")
                                           .arg(dateText(effective)));
    }
    if (judged && judged->isValid() && effective.isValid() && *judged > effective)
        r.problem(F::JudgmentDate, tr("The judgment is dated (%1) after it took effect (%2).")
                                       .arg(dateText(*judged), dateText(effective)));

    // --- reception, grade, the end
    const std::optional<QDate> received = r.date(F::ReceivedDate, true);
    const std::optional<QDate> announced = r.date(F::AnnouncedDate, true);
    const std::optional<QString> grade = r.code(F::Grade, QStringLiteral("supervision_grade"),
                                                import_support::choicesOf(QStringLiteral("supervision_grade")));
    const std::optional<QDate> endDate = r.date(F::EndDate, true);
    const std::optional<QString> endType = r.code(F::EndType, QStringLiteral("correction_end_type"),
                                                  import_support::choicesOf(QStringLiteral("correction_end_type")));
    // 状态 words SifaDesk does not know are left aside: the other columns decide.
    const QString status = code(QStringLiteral("correction_status"), r.text(F::Status)).value_or(QString());
    const bool transferred = status == QLatin1String("transferred_out");
    if (endType && !endType->isEmpty() && endDate && !endDate->isValid())
        r.problem(F::EndDate, tr("A released or terminated file needs the date it ended (解除日期)."));
    if (endType && endType->isEmpty() && endDate && endDate->isValid() && !transferred)
        r.problem(F::EndType, tr("解除日期 is filled in but 解除类型 is empty: write 期满解除, 撤销缓刑, 撤销假释, 收监执行 "
                                 "or 死亡."));
    if (endType && !endType->isEmpty() && type && !type->isEmpty() && !CorrectionService::endingFits(*endType, *type))
        r.problem(F::EndType, tr("%1 does not end %2: 撤销缓刑 ends only 缓刑, 撤销假释 only 假释, 收监执行 only "
                                 "暂予监外执行.")
                                  .arg(word(QStringLiteral("correction_end_type"), *endType),
                                       word(QStringLiteral("correction_type"), *type)));
    if (endDate && endDate->isValid() && from && from->isValid() && *endDate < *from)
        r.problem(F::EndDate, tr("The file ends (%1) before the correction period begins (%2).")
                                  .arg(dateText(*endDate), dateText(*from)));

    const QString derived = stateFromDates(endType.value_or(QString()), announced.value_or(QDate()),
                                           received.value_or(QDate()));
    rec.status = derived;
    if (transferred) {
        if (endType && !endType->isEmpty())
            r.problem(F::Status, tr("A file transferred to another county (已迁出) has no 解除类型; leave it empty."));
        if (endDate && !endDate->isValid())
            r.problem(F::EndDate, tr("A file transferred to another county (已迁出) needs the date of the transfer "
                                     "in 解除日期."));
        rec.transferred = true;
        rec.status = status;
    } else if (!status.isEmpty() && endType
               && (isClosed(status) != isClosed(derived) || (isClosed(status) && status != derived))) {
        r.problem(F::Status, tr("%1 says %2, but the other columns give %3: check 解除类型 and 解除日期.")
                                 .arg(r.what(F::Status), word(QStringLiteral("correction_status"), status),
                                      word(QStringLiteral("correction_status"), derived)));
    }

    // --- the fields registerSubject receives (empty ones left out)
    QVariantMap &f = rec.fields;
    auto put = [&f](const char *key, const QString &value) {
        if (!value.isEmpty())
            f.insert(QString::fromLatin1(key), value);
    };
    put("correction_type", type.value_or(QString()));
    put("outside_reason", outside.value_or(QString()));
    put("charge", charge);
    put("original_sentence", sentence);
    put("judgment_date", dateText(judged.value_or(QDate())));
    put("decision_body", decisionBody);
    put("effective_date", dateText(effective));
    put("period_from", dateText(from.value_or(QDate())));
    put("period_to", dateText(to.value_or(QDate())));
    // The ledger records one date for reporting in and being received (接收日期).
    put("reported_date", dateText(received.value_or(QDate())));
    put("received_date", dateText(received.value_or(QDate())));
    put("announced_date", dateText(announced.value_or(QDate())));
    put("grade", grade.value_or(QString()));
    if (!transferred) {
        put("end_type", endType.value_or(QString()));
        put("end_date", dateText(endDate.value_or(QDate())));
    }
    rec.transferDate = transferred ? endDate.value_or(QDate()) : QDate();
    return rec;
}

Result<SubjectImportResult> SubjectImport::run(Database &db, const Access &access, const QString &path,
                                               const SubjectImportOptions &options)
{
    if (Status s = access.require(db, Permission::CorrectionWrite); !s.ok())
        return s.error();
    Result<LedgerSheet> sheet = LedgerSheet::read(path);
    if (!sheet)
        return sheet.error();
    return run(db, access, *sheet, options);
}

Result<SubjectImportResult> SubjectImport::run(Database &db, const Access &access, const LedgerSheet &sheet,
                                               const SubjectImportOptions &options)
{
    if (Status s = access.require(db, Permission::CorrectionWrite); !s.ok())
        return s.error();
    QList<QStringList> first;
    for (int r = 0; r < sheet.rowCount() && r < SubjectColumns::kMaxTitleRows; ++r)
        first << sheet.texts(r);
    QString error;
    const std::optional<SubjectHeader> header = SubjectColumns::find(first, &error);
    if (!header)
        return Result<SubjectImportResult>::failure(ErrorCode::InvalidInput, error);

    SubjectImportResult result;
    SubjectImportPlan &plan = result.plan;
    plan.format = sheet.format();
    plan.encoding = sheet.encoding();
    plan.headerLine = header->row + 1;
    plan.columns = header->columns;
    plan.unknownColumns = header->unknown;
    plan.effectiveFromJudgment = !header->has(F::EffectiveDate);

    const QDate today = Clock::today();
    const int firstData = header->row + 1;
    const qint64 rows = qMax(0, sheet.rowCount() - firstData);
    // Checking is one unit a row, writing another.
    ImportProgress progress(options.progress, rows * 2);
    const QString doing = tr("reading what the database holds");
    const QString office = db.meta(QStringLiteral("office_code"));

    struct Seen {
        int row = 0;
        QString name;
        int openRow = 0;  // the row of this person's open file, if any
    };
    QHash<QString, Seen> seen;          // ID number → the first row naming it
    QHash<QString, int> files;          // ID number, type and start → row
    QHash<QString, std::optional<Person>> people;  // ID number → live person (cached look-ups)
    QList<QPair<int, SubjectRecord>> records;
    for (int r = firstData; r < sheet.rowCount(); ++r) {
        if (!progress.advance())
            break;
        if (sheet.rowIsEmpty(r))
            continue;
        const int n = r - header->row;
        ++plan.dataRows;
        const qsizetype before = plan.issues.size();
        const SubjectRecord rec = read(sheet, r, *header, today, &plan.issues);
        if (plan.issues.size() > before)
            continue;  // the checks below need the row's values
        auto issue = [&](F f, const QString &reason) { addIssue(&plan.issues, *header, n, f, reason); };
        const QString id = rec.person.idNumber;
        const QString name = rec.person.name;
        const QString type = rec.fields.value(QStringLiteral("correction_type")).toString();
        const QString start = rec.fields.value(QStringLiteral("period_from")).toString();
        const bool open = isOpen(rec.status);

        // Within the file.
        const auto earlier = seen.constFind(id);
        if (earlier != seen.cend()) {
            if (earlier->name != name)
                issue(F::Name, tr("The ID number %1 is given to %2 in row %3; one number belongs to one person.")
                                   .arg(id, earlier->name)
                                   .arg(earlier->row));
            if (open && earlier->openRow > 0)
                issue(F::IdNumber, tr("%1 has an open file in row %2 already; a person has one open correction file "
                                      "at a time.")
                                       .arg(name)
                                       .arg(earlier->openRow));
        }
        const QString fileKey = id + QLatin1Char('|') + type + QLatin1Char('|') + start;
        if (const int firstRow = files.value(fileKey); firstRow > 0)
            issue(F::IdNumber, tr("This file appears twice (first in row %1).").arg(firstRow));

        // Against the database.
        if (!people.contains(id)) {
            Result<std::optional<Person>> found = PersonRepository::findByIdNumber(db, IdType::Resident, id);
            if (!found)
                return found.error();
            people.insert(id, *found);
        }
        const std::optional<Person> &person = people[id];
        if (person) {
            if (person->name != name)
                issue(F::Name, tr("The ID number %1 belongs to %2 in the people index, not to %3; correct the name or "
                                  "the number.")
                                   .arg(id, person->name, name));
            Result<QList<CcRecord>> existing = CorrectionRepository::subjectsOfPerson(db, person->uuid);
            if (!existing)
                return existing.error();
            for (const CcRecord &e : *existing) {
                if (e.text(QStringLiteral("correction_type")) == type && e.text(QStringLiteral("period_from")) == start) {
                    issue(F::IdNumber, tr("The file of %1 (%2 from %3) is already in the database; a ledger is "
                                          "imported only once.")
                                           .arg(name, word(QStringLiteral("correction_type"), type), start));
                    break;
                }
                if (open && isOpen(e.text(QStringLiteral("status")))) {
                    issue(F::IdNumber, tr("%1 already has an open correction file in the database.").arg(name));
                    break;
                }
            }
        } else {
            Result<QVariant> removed = Query::scalar(
                db,
                QStringLiteral("SELECT count(*) FROM person WHERE id_number = :n AND id_type = :t AND deleted <> 0 "
                               "AND office_code = :o"),
                {{QStringLiteral(":n"), id}, {QStringLiteral(":t"), IdType::Resident}, {QStringLiteral(":o"), office}},
                doing, 0);
            if (!removed)
                return removed.error();
            if (removed->toInt() > 0)
                issue(F::IdNumber, tr("%1 was removed from the people index; restore the person there before importing "
                                      "this file.")
                                       .arg(name));
        }
        if (plan.issues.size() > before)
            continue;

        if (earlier == seen.cend()) {
            seen.insert(id, Seen{n, name, open ? n : 0});
            if (person)
                ++plan.linkedPeople;
            else
                ++plan.newPeople;
        } else if (open) {
            seen[id].openRow = n;
        }
        files.insert(fileKey, n);
        plan.statuses[rec.status] += 1;
        plan.types[type] += 1;
        records.append({n, rec});
    }
    if (progress.cancelled()) {
        result.cancelled = true;
        return result;
    }
    if (!plan.ok() || records.isEmpty())
        return result;
    if (plan.newPeople > 0) {
        if (Status s = access.require(db, Permission::PeopleWrite); !s.ok())
            return s.error();
    }

    // Every file in one transaction; a dry run does the same and rolls back, so that it finds
    // whatever the core would refuse.
    Transaction tx(db);
    if (!tx.ok())
        return tx.status().error();
    ChangeLog::Batch batch(db, access.actor(), QStringLiteral("correction.import"),
                           QStringLiteral("%1, %2 rows").arg(plan.format).arg(plan.dataRows));
    // In the ledger's order, except that a file transferred out goes before its person's open
    // file of an earlier row: it is opened (open for a moment) and closed at once, and would
    // otherwise meet that file open.
    {
        QList<QPair<int, SubjectRecord>> ordered;
        QHash<QString, qsizetype> openAt;  // ID number → position of the person's open file
        for (const auto &entry : std::as_const(records)) {
            const QString id = entry.second.person.idNumber;
            const auto open = openAt.constFind(id);
            if (entry.second.transferred && open != openAt.cend()) {
                const qsizetype at = *open;
                ordered.insert(at, entry);
                for (auto it = openAt.begin(); it != openAt.end(); ++it) {
                    if (*it >= at)
                        ++*it;
                }
                continue;
            }
            if (isOpen(entry.second.status))
                openAt.insert(id, ordered.size());
            ordered.append(entry);
        }
        records = ordered;
    }
    for (const auto &[n, rec] : std::as_const(records)) {
        if (!progress.advance()) {
            result.cancelled = true;
            result.subjects = 0;
            return result;  // the transaction rolls back
        }
        Result<QString> uuid = CorrectionService::registerSubject(db, access, rec.person, rec.fields);
        if (!uuid) {
            if (!import_support::isRowError(uuid.error().code))
                return uuid.error();
            std::optional<F> field = SubjectColumns::fromCoreField(uuid.error().field);
            if (field == F::EffectiveDate)
                field = rec.effectiveFrom;
            const SubjectColumn *c = field ? header->column(*field) : nullptr;
            plan.issues << SubjectIssue{n, c ? c->index : -1,
                                        c ? c->header.trimmed() : (field ? SubjectColumns::canonical(*field) : QString()),
                                        uuid.error().message};
            continue;
        }
        if (rec.transferred) {
            // The file left for another county before the ledger came here: opened as received,
            // then closed on the transfer's date as CorrectionService::transferOut does.
            const QVariantMap f{{QStringLiteral("status"), QStringLiteral("transferred_out")},
                                {QStringLiteral("end_date"), dateText(rec.transferDate)}};
            if (Status s = correction_detail::save(db, access, CorrectionEntities::subject(), *uuid, f,
                                                   tr("Transferred out before the ledger was imported"));
                !s.ok())
                return s.error();
        }
        ++result.subjects;
    }
    if (!plan.ok() || options.dryRun) {
        std::stable_sort(plan.issues.begin(), plan.issues.end(),
                         [](const SubjectIssue &a, const SubjectIssue &b) { return a.row < b.row; });
        result.subjects = plan.ok() ? result.subjects : 0;
        return result;  // the transaction rolls back
    }
    if (Status s = batch.finish(); !s.ok())
        return s.error();
    if (Status s = tx.commit(); !s.ok())
        return s.error();
    result.written = true;
    return result;
}

}  // namespace sifa
