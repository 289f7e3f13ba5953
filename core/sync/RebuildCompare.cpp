#include "sync/RebuildCompare.h"

#include "storage/Database.h"
#include "storage/Query.h"
#include "storage/Transaction.h"
#include "sync/ChangeLog.h"
#include "sync/Entities.h"

#include <QTemporaryDir>

namespace sifa {

namespace {

constexpr int kMaxReported = 100;

Result<QStringList> column(Database &db, const QString &sql, const QString &doing)
{
    Query q(db, sql);
    if (Status s = q.exec(doing); !s.ok())
        return s.error();
    QStringList out;
    while (q.next())
        out << q.text(0);
    return out;
}

// Columns of one row in main and scratch that differ.
Result<QStringList> differingColumns(Database &db, const EntityDef &e, const QString &uuid)
{
    const QStringList cols = e.allColumns();
    QStringList exprs;
    for (const QString &c : cols)
        exprs << QStringLiteral("m.%1 IS NOT s.%1").arg(c);
    Query q(db, QStringLiteral("SELECT %1 FROM main.%2 m JOIN scratch.%2 s ON s.uuid = m.uuid WHERE m.uuid = :u")
                    .arg(exprs.join(u", "), e.table));
    q.bind(QStringLiteral(":u"), uuid);
    if (Status s = q.exec(RebuildCompare::tr("comparing records")); !s.ok())
        return s.error();
    QStringList out;
    if (q.next()) {
        for (int i = 0; i < cols.size(); ++i)
            if (q.value(i).toInt() != 0)
                out << cols[i];
    }
    return out;
}

Status compareEntity(Database &db, const EntityDef &e, RebuildReport &report)
{
    const QString doing = RebuildCompare::tr("comparing records");
    const QString cols = e.allColumns().join(u", ");
    Result<QStringList> extra = column(db, QStringLiteral("SELECT uuid FROM main.%1 EXCEPT SELECT uuid FROM scratch.%1")
                                               .arg(e.table), doing);
    Result<QStringList> missing = column(db, QStringLiteral("SELECT uuid FROM scratch.%1 EXCEPT SELECT uuid FROM main.%1")
                                                 .arg(e.table), doing);
    Result<QStringList> changed = column(
        db, QStringLiteral("SELECT uuid FROM (SELECT %2 FROM main.%1 EXCEPT SELECT %2 FROM scratch.%1) "
                           "WHERE uuid IN (SELECT uuid FROM scratch.%1)")
                .arg(e.table, cols),
        doing);
    Result<QVariant> rows = Query::scalar(db, QStringLiteral("SELECT COUNT(*) FROM main.%1").arg(e.table), {}, doing, 0);
    if (!extra || !missing || !changed || !rows)
        return !extra ? extra.status() : !missing ? missing.status() : !changed ? changed.status() : rows.status();
    report.rowsCompared += rows->toLongLong();
    for (const QString &u : *extra) {
        if (report.differences.size() < kMaxReported)
            report.differences << RebuildCompare::tr("%1 %2 exists in the database but no change in the log "
                                                     "created it.").arg(e.name, u);
    }
    for (const QString &u : *missing) {
        if (report.differences.size() < kMaxReported)
            report.differences << RebuildCompare::tr("%1 %2 is in the change log but missing from the database.")
                                      .arg(e.name, u);
    }
    for (const QString &u : *changed) {
        Result<QStringList> which = differingColumns(db, e, u);
        if (!which)
            return which.status();
        if (report.differences.size() < kMaxReported)
            report.differences << RebuildCompare::tr("%1 %2 differs from the change log in: %3.")
                                      .arg(e.name, u, which->join(u", "));
    }
    return {};
}

Status compareFieldClock(Database &db, RebuildReport &report)
{
    const QString doing = RebuildCompare::tr("comparing the field clock");
    const QString cols = QStringLiteral("row_uuid, field, entity, last_op_id, hlc");
    Result<QStringList> a = column(db, QStringLiteral("SELECT row_uuid || '.' || field FROM (SELECT %1 FROM main.field_clock "
                                                      "EXCEPT SELECT %1 FROM scratch.field_clock)").arg(cols), doing);
    Result<QStringList> b = column(db, QStringLiteral("SELECT row_uuid || '.' || field FROM (SELECT %1 FROM scratch.field_clock "
                                                      "EXCEPT SELECT %1 FROM main.field_clock)").arg(cols), doing);
    if (!a || !b)
        return !a ? a.status() : b.status();
    QStringList keys = *a + *b;
    keys.removeDuplicates();
    for (const QString &k : keys) {
        if (report.differences.size() < kMaxReported)
            report.differences << RebuildCompare::tr("The field clock of %1 does not match the change log.").arg(k);
    }
    return {};
}

}  // namespace

namespace {
// Identifies the state of the log: if it moved while we replayed and compared, another program
// wrote meanwhile and the comparison is retried.
QString logMark(Database &db)
{
    Result<QVariant> v = Query::scalar(db, QStringLiteral("SELECT COUNT(*) || ':' || IFNULL(MAX(rowid), 0) FROM op"), {},
                                       RebuildCompare::tr("reading the change log"));
    return v ? v->toString() : QString();
}
}  // namespace

Result<RebuildReport> RebuildCompare::run(Database &db)
{
    Result<RebuildReport> r = Result<RebuildReport>::failure(ErrorCode::Busy, QString());
    for (int attempt = 0; attempt < 3; ++attempt) {
        const QString before = logMark(db);
        r = runOnce(db);
        if (!r || logMark(db) == before)
            return r;
    }
    return Result<RebuildReport>::failure(ErrorCode::Busy,
                                          tr("The database kept changing while it was checked; check again when "
                                             "nobody is working in it."));
}

Result<RebuildReport> RebuildCompare::runOnce(Database &db)
{
    if (db.transactionDepth() != 0)
        return Result<RebuildReport>::failure(ErrorCode::Internal, QStringLiteral("rebuild-compare inside a transaction"));
    QTemporaryDir dir;
    if (!dir.isValid())
        return Result<RebuildReport>::failure(ErrorCode::Io, tr("No temporary folder is available for the check."));
    const QString scratchPath = dir.filePath(QStringLiteral("rebuild.sqlite"));
    RebuildReport report;
    {
        Result<std::unique_ptr<Database>> scratch = Database::create(scratchPath, nullptr);
        if (!scratch)
            return scratch.error();
        Database &s = **scratch;
        Transaction tx(s);
        if (!tx.ok())
            return tx.status().error();
        Status st = ChangeLog::forEachOp(db, [&](const Op &op) {
            ++report.opsReplayed;
            return ChangeLog::project(s, op, false);
        });
        if (!st.ok())
            return st.error();
        if (Status c = tx.commit(); !c.ok())
            return c.error();
    }

    Query attach(db, QStringLiteral("ATTACH DATABASE :path AS scratch"));
    attach.bind(QStringLiteral(":path"), scratchPath);
    if (Status s = attach.exec(tr("opening the rebuilt copy")); !s.ok())
        return s.error();
    Status st;
    for (const EntityDef *e : Entities::all()) {
        st = compareEntity(db, *e, report);
        if (!st.ok())
            break;
    }
    if (st.ok())
        st = compareFieldClock(db, report);
    (void)db.exec(QStringLiteral("DETACH DATABASE scratch"));
    if (!st.ok())
        return st.error();
    return report;
}

}  // namespace sifa
