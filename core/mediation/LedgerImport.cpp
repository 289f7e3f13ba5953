#include "mediation/LedgerImport.h"

#include "mediation/LedgerImportDetail.h"
#include "mediation/LedgerRow.h"
#include "mediation/LedgerSheet.h"
#include "people/IdNumber.h"
#include "storage/Database.h"
#include "storage/Query.h"
#include "util/Time.h"

namespace sifa {

namespace ledger_detail {

Result<Known> Known::load(const Database &db)
{
    const QString doing = LedgerImport::tr("reading what the database holds");
    Known k;
    {
        Query q(db, QStringLiteral("SELECT case_no FROM dispute WHERE deleted = 0 AND case_no <> ''"));
        if (Status s = q.exec(doing); !s.ok())
            return s.error();
        while (q.next())
            k.caseNos.insert(q.text(0));
    }
    {
        Query q(db, QStringLiteral("SELECT id_number, uuid, deleted, office_code = :o FROM person "
                                   "WHERE id_number <> '' AND id_type = :t ORDER BY created_at"));
        q.bind(QStringLiteral(":o"), db.meta(QStringLiteral("office_code"))).bind(QStringLiteral(":t"), IdType::Resident);
        if (Status s = q.exec(doing); !s.ok())
            return s.error();
        while (q.next()) {
            if (q.integer(2) == 0) {
                if (!k.people.contains(q.text(0)))
                    k.people.insert(q.text(0), q.text(1));
            } else if (q.integer(3) != 0) {
                k.removedPeople.insert(q.text(0));
            }
        }
    }
    for (const auto &[table, map] : {std::pair{QStringLiteral("mediator"), &k.mediators},
                                     std::pair{QStringLiteral("committee"), &k.committees}}) {
        Query q(db, QStringLiteral("SELECT name, uuid FROM %1 WHERE deleted = 0 ORDER BY created_at").arg(table));
        if (Status s = q.exec(doing); !s.ok())
            return s.error();
        while (q.next()) {
            if (!map->contains(q.text(0)))
                map->insert(q.text(0), q.text(1));
        }
    }
    return k;
}


}  // namespace ledger_detail

using namespace ledger_detail;

QString LedgerImport::committeeKind(const QString &name)
{
    auto has = [&name](const char *words) {
        for (const QString &w : QString::fromUtf8(words).split(QLatin1Char(' '))) {
            if (name.contains(w))
                return true;
        }
        return false;
    };
    if (has("交通 医疗 医患 劳动 劳资 物业 行业 专业 消费 婚姻家庭 旅游 保险"))
        return QStringLiteral("professional");
    if (has("村 居 社区"))
        return QStringLiteral("village");
    if (has("公司 企业 厂 集团"))
        return QStringLiteral("enterprise");
    return QStringLiteral("township");
}

Result<LedgerImportResult> LedgerImport::run(Database &db, const Access &access, const QString &path,
                                             const LedgerImportOptions &options)
{
    if (Status s = access.require(db, Permission::MediationWrite); !s.ok())
        return s.error();
    Result<LedgerSheet> sheet = LedgerSheet::read(path);
    if (!sheet)
        return sheet.error();
    return run(db, access, *sheet, options);
}

Result<LedgerImportResult> LedgerImport::run(Database &db, const Access &access, const LedgerSheet &sheet,
                                             const LedgerImportOptions &options)
{
    if (Status s = access.require(db, Permission::MediationWrite); !s.ok())
        return s.error();
    QList<QStringList> first;
    for (int r = 0; r < sheet.rowCount() && r < LedgerColumns::kMaxTitleRows; ++r)
        first << sheet.texts(r);
    QString error;
    std::optional<LedgerHeader> header = LedgerColumns::find(first, &error);
    if (!header)
        return Result<LedgerImportResult>::failure(ErrorCode::InvalidInput, error);

    LedgerImportResult result;
    LedgerImportPlan &plan = result.plan;
    plan.format = sheet.format();
    plan.encoding = sheet.encoding();
    plan.headerLine = header->row + 1;
    plan.columns = header->columns;
    plan.unknownColumns = header->unknown;
    Result<Known> known = Known::load(db);
    if (!known)
        return known.error();

    Checked checked;
    checked.header = *header;
    const int firstData = header->row + 1;
    const qint64 rows = qMax(0, sheet.rowCount() - firstData);
    // Checking is one unit a row; writing two (the rows, then their search index).
    Progress progress(options.progress, options.dryRun ? rows : rows * 3);
    const QDate today = Clock::today();
    QHash<QString, int> caseRows;  // case number → first row naming it
    QSet<QString> newPeople;
    QSet<QString> newMediators;
    QSet<QString> newCommittees;
    for (int r = firstData; r < sheet.rowCount(); ++r) {
        if (!progress.advance())
            break;
        if (sheet.rowIsEmpty(r))
            continue;
        const int n = r - header->row;
        ++plan.dataRows;
        QStringList problems;
        const LedgerRecord rec = LedgerRow::read(sheet, r, *header, today, &problems);
        if (!rec.caseNo.isEmpty()) {
            if (known->caseNos.contains(rec.caseNo)) {
                problems << tr("The case number %1 is already in the database; a ledger is imported only once.")
                                .arg(rec.caseNo);
            } else if (const int firstRow = caseRows.value(rec.caseNo); firstRow > 0) {
                problems << tr("The case number %1 appears again (first in row %2).").arg(rec.caseNo).arg(firstRow);
            } else {
                caseRows.insert(rec.caseNo, n);
            }
        }
        int linked = 0;
        QStringList fresh;
        for (const LedgerParty &p : rec.parties) {
            if (p.idNumber.isEmpty())
                continue;
            if (known->people.contains(p.idNumber)) {
                ++linked;
            } else if (known->removedPeople.contains(p.idNumber)) {
                problems << tr("%1 was removed from the people index; restore the person there before importing "
                               "this case.")
                                .arg(p.name);
            } else {
                fresh << p.idNumber;
            }
        }
        if (!problems.isEmpty()) {
            for (const QString &p : std::as_const(problems))
                plan.issues << LedgerIssue{n, p};
            continue;
        }
        plan.statuses[rec.outcome.status] += 1;
        plan.linkedPeople += linked;
        for (const QString &id : std::as_const(fresh)) {
            if (!newPeople.contains(id)) {
                newPeople.insert(id);
                ++plan.newPeople;
            }
        }
        if (!rec.committee.isEmpty() && !known->committees.contains(rec.committee) && !newCommittees.contains(rec.committee)) {
            newCommittees.insert(rec.committee);
            plan.newCommittees << rec.committee;
        }
        for (const QString &m : rec.mediators) {
            if (!known->mediators.contains(m) && !newMediators.contains(m)) {
                newMediators.insert(m);
                plan.newMediators << m;
                checked.mediatorCommittee.insert(m, rec.committee);
            }
        }
    }
    if (progress.cancelled()) {
        result.cancelled = true;
        return result;
    }
    if (options.dryRun || !plan.ok() || plan.dataRows == 0)
        return result;
    if (plan.newPeople > 0) {
        if (Status s = access.require(db, Permission::PeopleWrite); !s.ok())
            return s.error();
    }
    if (Status s = write(db, access, sheet, checked, plan, *known, progress, &result.disputes); !s.ok())
        return s.error();
    result.cancelled = progress.cancelled();
    result.written = !result.cancelled;
    if (result.cancelled)
        result.disputes = 0;
    return result;
}

}  // namespace sifa
