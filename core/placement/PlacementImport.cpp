// Importing a resettlement ledger: every row checked (its own values, then against the earlier
// rows and the database), then every file written in one transaction, or nothing.
#include "placement/PlacementImport.h"

#include "io/ImportSupport.h"
#include "mediation/LedgerSheet.h"
#include "people/IdNumber.h"
#include "people/PersonRepository.h"
#include "placement/PlacementRepository.h"
#include "placement/PlacementService.h"
#include "storage/Database.h"
#include "storage/Query.h"
#include "storage/Transaction.h"
#include "sync/ChangeLog.h"
#include "util/Time.h"

#include <QHash>

#include <algorithm>

namespace sifa {

namespace {

using F = PlacementField;

void addIssue(QList<PlacementIssue> *issues, const PlacementHeader &header, int n, F field, const QString &reason)
{
    const PlacementColumn *c = header.column(field);
    issues->append(PlacementIssue{n, c ? c->index : -1,
                                  c ? c->header.trimmed() : PlacementColumns::canonical(field), reason});
}

struct Seen {
    int row = 0;
    QString name;
    int openRow = 0;  // the row of this person's open file, if any
};

}  // namespace

Result<PlacementImportResult> PlacementImport::run(Database &db, const Access &access, const QString &path,
                                                   const PlacementImportOptions &options)
{
    if (Status s = access.require(db, Permission::PlacementWrite); !s.ok())
        return s.error();
    Result<LedgerSheet> sheet = LedgerSheet::read(path);
    if (!sheet)
        return sheet.error();
    return run(db, access, *sheet, options);
}

Result<PlacementImportResult> PlacementImport::run(Database &db, const Access &access, const LedgerSheet &sheet,
                                                   const PlacementImportOptions &options)
{
    if (Status s = access.require(db, Permission::PlacementWrite); !s.ok())
        return s.error();
    QList<QStringList> first;
    for (int r = 0; r < sheet.rowCount() && r < PlacementColumns::kMaxTitleRows; ++r)
        first << sheet.texts(r);
    QString error;
    const std::optional<PlacementHeader> header = PlacementColumns::find(first, &error);
    if (!header)
        return Result<PlacementImportResult>::failure(ErrorCode::InvalidInput, error);

    PlacementImportResult result;
    PlacementImportPlan &plan = result.plan;
    plan.format = sheet.format();
    plan.encoding = sheet.encoding();
    plan.headerLine = header->row + 1;
    plan.columns = header->columns;
    plan.unknownColumns = header->unknown;
    plan.sourceAssumed = !header->has(F::Source);

    const QDate today = Clock::today();
    const int firstData = header->row + 1;
    const qint64 rows = qMax(0, sheet.rowCount() - firstData);
    // Checking is one unit a row, writing another.
    ImportProgress progress(options.progress, rows * 2);
    const QString doing = tr("reading what the database holds");
    const QString office = db.meta(QStringLiteral("office_code"));

    QHash<QString, Seen> seen;                     // ID number → the first row naming it
    QHash<QString, int> files;                     // ID number and release date → row
    QHash<QString, std::optional<Person>> people;  // ID number → live person (cached look-ups)
    QList<QPair<int, PlacementRecord>> records;
    for (int r = firstData; r < sheet.rowCount(); ++r) {
        if (!progress.advance())
            break;
        if (sheet.rowIsEmpty(r))
            continue;
        const int n = r - header->row;
        ++plan.dataRows;
        const qsizetype before = plan.issues.size();
        const PlacementRecord rec = read(sheet, r, *header, today, &plan.issues);
        if (plan.issues.size() > before)
            continue;  // the checks below need the row's values
        auto issue = [&](F f, const QString &reason) { addIssue(&plan.issues, *header, n, f, reason); };
        const QString id = rec.person.idNumber;
        const QString name = rec.person.name;
        const QString release = rec.fields.value(QStringLiteral("release_date")).toString();
        const bool open = rec.status == QLatin1String("assisting");

        // Within the file.
        const auto earlier = seen.constFind(id);
        if (earlier != seen.cend()) {
            if (earlier->name != name)
                issue(F::Name, tr("The ID number %1 is given to %2 in row %3; one number belongs to one person.")
                                   .arg(id, earlier->name)
                                   .arg(earlier->row));
            if (open && earlier->openRow > 0)
                issue(F::IdNumber, tr("%1 has an open file in row %2 already; a person has one open resettlement "
                                      "file at a time.")
                                       .arg(name)
                                       .arg(earlier->openRow));
        }
        const QString fileKey = id + QLatin1Char('|') + release;
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
            Result<QList<Record>> existing = PlacementRepository::subjectsOfPerson(db, person->uuid);
            if (!existing)
                return existing.error();
            for (const Record &e : *existing) {
                if (e.text(QStringLiteral("release_date")) == release) {
                    issue(F::IdNumber, tr("The file of %1 (released on %2) is already in the database; a ledger is "
                                          "imported only once.")
                                           .arg(name, release));
                    break;
                }
                if (open && e.text(QStringLiteral("status")) == QLatin1String("assisting")) {
                    issue(F::IdNumber, tr("%1 already has an open resettlement file in the database.").arg(name));
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
        plan.sources[rec.fields.value(QStringLiteral("source_type")).toString()] += 1;
        plan.handovers[rec.fields.value(QStringLiteral("handover_status")).toString()] += 1;
        plan.placements += rec.placement.isEmpty() ? 0 : 1;
        plan.reviews += rec.review.isEmpty() ? 0 : 1;
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
    // whatever the core would refuse. Ended files first: a person's earlier file, ended, and the
    // open one of a later release meet in that order whatever the ledger's.
    std::stable_sort(records.begin(), records.end(), [](const auto &a, const auto &b) {
        return a.second.status != QLatin1String("assisting") && b.second.status == QLatin1String("assisting");
    });
    Transaction tx(db);
    if (!tx.ok())
        return tx.status().error();
    ChangeLog::Batch batch(db, access.actor(), QStringLiteral("placement.import"),
                           QStringLiteral("%1, %2 rows").arg(plan.format).arg(plan.dataRows));
    for (const auto &[n, rec] : std::as_const(records)) {
        if (!progress.advance()) {
            result.cancelled = true;
            result.subjects = 0;
            return result;  // the transaction rolls back
        }
        Result<QString> uuid =
            PlacementService::registerFromLedger(db, access, rec.person, rec.fields, rec.placement, rec.review);
        if (!uuid) {
            if (!import_support::isRowError(uuid.error().code))
                return uuid.error();
            const std::optional<F> field = PlacementColumns::fromCoreField(uuid.error().field);
            const PlacementColumn *c = field ? header->column(*field) : nullptr;
            plan.issues << PlacementIssue{n, c ? c->index : -1,
                                          c ? c->header.trimmed()
                                            : (field ? PlacementColumns::canonical(*field) : QString()),
                                          uuid.error().message};
            continue;
        }
        ++result.subjects;
    }
    if (!plan.ok() || options.dryRun) {
        std::stable_sort(plan.issues.begin(), plan.issues.end(),
                         [](const PlacementIssue &a, const PlacementIssue &b) { return a.row < b.row; });
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
