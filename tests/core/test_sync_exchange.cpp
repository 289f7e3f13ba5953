// Sync between townships and their county through bundles (SYNC.md §3–§5, the fault cases of
// §7 that involve databases): acknowledgement, loss, replay, order, conflicts, delete versus
// edit, quarantine, restore, and convergence of several townships under random delivery.
#include "CatchCompat.h"
#include "SyncFixture.h"
#include "TestSupport.h"

#include "storage/Query.h"
#include "storage/Transaction.h"
#include "sync/ChangeLog.h"
#include "sync/Conflicts.h"
#include "sync/Entities.h"
#include "sync/SyncEntities.h"
#include "sync/BundleFile.h"
#include "sync/Replica.h"
#include "sync/SyncState.h"
#include "util/Time.h"

#include <QFile>
#include <QRandomGenerator>

using namespace sifa;
using namespace sifa::test;

namespace {

qint64 scalar(const SyncNode &n, const QString &sql)
{
    Result<QVariant> v = Query::scalar(*n.db, sql, {}, QString(), 0);
    REQUIRE(v.ok());
    return v->toLongLong();
}

QList<ConflictItem> openConflicts(SyncNode &n)
{
    Result<QList<ConflictItem>> list = Conflicts::list(*n.db, n.head, true);
    INFO(list.message());
    REQUIRE(list.ok());
    return *list;
}

// A transfer record: township data (reason, deletion) with county-owned fields (status).
void writeTransfer(SyncNode &n, const QString &uuid, const QVariantMap &values)
{
    Transaction tx(*n.db);
    REQUIRE(tx.ok());
    Result<QString> op = ChangeLog::upsert(*n.db, n.head.actor(), SyncEntities::transfer(), uuid, values);
    INFO(op.message());
    REQUIRE(op.ok());
    REQUIRE(tx.commit().ok());
}

QString transferField(SyncNode &n, const QString &uuid, const QString &column)
{
    Result<QVariant> v = Query::scalar(*n.db, QStringLiteral("SELECT %1 FROM sync_transfer WHERE uuid = :u").arg(column),
                                       {{QStringLiteral(":u"), uuid}}, QString());
    REQUIRE(v.ok());
    return v->toString();
}

const QString kTransfer = QStringLiteral("7d1e0c52-5b1b-4b8e-9a43-000000000001");

// A township's transfer request known to both sides.
void sharedTransfer(SyncWorld &w)
{
    SyncNode &t = w.town();
    const QString p = t.addPerson(QStringLiteral("钱七"));
    writeTransfer(t, kTransfer,
                  {{QStringLiteral("office_code"), t.code},
                   {QStringLiteral("subject_entity"), QStringLiteral("rp_subject")},
                   {QStringLiteral("subject_uuid"), p},
                   {QStringLiteral("from_office"), t.code},
                   {QStringLiteral("to_office"), QStringLiteral("330225102")},
                   {QStringLiteral("reason"), QStringLiteral("迁居")},
                   {QStringLiteral("status"), QStringLiteral("requested")}});
    w.county->importOk(t.exportTo(*w.county));
    t.importOk(w.county->exportTo(t));
}

}  // namespace

TEST_CASE("a township's changes reach the county once, and the county's acknowledgement moves the start", "[sync]")
{
    SyncWorld w(1);
    SyncNode &t = w.town();
    const QString zhang = t.addPerson(QStringLiteral("张三"), {{QStringLiteral("phone"), QStringLiteral("13800000001")}});

    ExportReport first;
    const QString b1 = t.exportTo(*w.county, &first);
    CHECK(first.ops >= 1);
    CHECK(first.auditRecords > 0);

    // A dry run reports without writing.
    Result<ImportReport> dry = w.county->import(b1, true);
    INFO(dry.message());
    REQUIRE(dry.ok());
    CHECK(dry->perEntity.value(QStringLiteral("person")).created == 1);
    CHECK(w.county->person(zhang).isEmpty());

    const ImportReport applied = w.county->importOk(b1);
    CHECK(applied.status == QStringLiteral("applied"));
    CHECK(w.county->person(zhang).value(QStringLiteral("name")).toString() == QStringLiteral("张三"));
    CHECK(scalar(*w.county, QStringLiteral("SELECT COUNT(*) FROM partner_audit")) == first.auditRecords);

    // The same file again: already imported, nothing changes.
    const qint64 ops = scalar(*w.county, QStringLiteral("SELECT COUNT(*) FROM op"));
    Result<ImportReport> again = w.county->import(b1);
    REQUIRE_FALSE(again.ok());
    CHECK(again.error().code == ErrorCode::Duplicate);
    CHECK(scalar(*w.county, QStringLiteral("SELECT COUNT(*) FROM op")) == ops);

    // Export does not move the start; an acknowledgement does.
    ExportReport second;
    t.exportTo(*w.county, &second);
    CHECK(second.fromOrder == first.fromOrder);
    const QString down = w.county->exportTo(t);
    t.importOk(down);
    ExportReport third;
    t.exportTo(*w.county, &third);
    CHECK(third.fromOrder > first.toOrder);

    Result<SyncStatus> status = SyncState::status(*w.county->db, w.county->head);
    REQUIRE(status.ok());
    REQUIRE(status->partners.size() == 1);
    CHECK(status->partners.first().officeCode == t.code);
    CHECK(status->partners.first().receivedOrder == first.toOrder);
    CHECK_FALSE(status->partners.first().late);
    t.checkSound();
    w.county->checkSound();
}

TEST_CASE("a lost bundle needs no repair, and bundles out of order or twice are harmless", "[sync]")
{
    SyncWorld w(1);
    SyncNode &t = w.town();
    const QString a = t.addPerson(QStringLiteral("李四"));
    const QString lost = t.exportTo(*w.county);
    const QString b = t.addPerson(QStringLiteral("王五"));
    t.edit(a, {{QStringLiteral("phone"), QStringLiteral("13900000002")}});
    const QString later = t.exportTo(*w.county);
    Q_UNUSED(lost);

    w.county->importOk(later);  // the first never arrives: the second covers it
    CHECK(w.county->person(a).value(QStringLiteral("phone")).toString() == QStringLiteral("13900000002"));
    CHECK(w.county->person(b).value(QStringLiteral("name")).toString() == QStringLiteral("王五"));

    // The lost one turns up afterwards (out of order): known ops, nothing changes.
    const QStringList before = w.county->snapshot();
    const ImportReport stale = w.county->importOk(lost);
    CHECK(stale.perEntity.value(QStringLiteral("person")).unchanged >= 1);
    CHECK(w.county->snapshot() == before);
    CHECK(w.county->snapshot(t.code) == t.snapshot(t.code));
    w.county->checkSound();
}

TEST_CASE("the county sees a township's records read-only except the fields it owns", "[sync]")
{
    SyncWorld w(1);
    SyncNode &t = w.town();
    const QString p = t.addPerson(QStringLiteral("赵六"));
    w.county->importOk(t.exportTo(*w.county));
    Transaction tx(*w.county->db);
    Result<QString> op = ChangeLog::upsert(*w.county->db, w.county->head.actor(), Entities::person(), p,
                                           {{QStringLiteral("note"), QStringLiteral("县局备注")}});
    REQUIRE_FALSE(op.ok());
    CHECK(op.error().code == ErrorCode::PermissionDenied);
}

TEST_CASE("concurrent edits of different fields merge without a conflict", "[sync]")
{
    SyncWorld w(1);
    SyncNode &t = w.town();
    sharedTransfer(w);
    writeTransfer(t, kTransfer, {{QStringLiteral("reason"), QStringLiteral("迁居至丹西街道")}});
    writeTransfer(*w.county, kTransfer, {{QStringLiteral("status"), QStringLiteral("forwarded")}});
    const QString up = t.exportTo(*w.county);
    const QString down = w.county->exportTo(t);
    w.county->importOk(up);
    t.importOk(down);
    for (SyncNode *n : {&t, w.county.get()}) {
        CHECK(transferField(*n, kTransfer, QStringLiteral("reason")) == QStringLiteral("迁居至丹西街道"));
        CHECK(transferField(*n, kTransfer, QStringLiteral("status")) == QStringLiteral("forwarded"));
        CHECK(openConflicts(*n).isEmpty());
    }
    CHECK(w.county->snapshot(t.code) == t.snapshot(t.code));
}

TEST_CASE("the same value on both sides is no conflict", "[sync]")
{
    SyncWorld w(1);
    SyncNode &t = w.town();
    sharedTransfer(w);
    writeTransfer(t, kTransfer, {{QStringLiteral("status"), QStringLiteral("cancelled")}});
    writeTransfer(*w.county, kTransfer, {{QStringLiteral("status"), QStringLiteral("cancelled")}});
    const QString up = t.exportTo(*w.county);
    const QString down = w.county->exportTo(t);
    w.county->importOk(up);
    t.importOk(down);
    CHECK(openConflicts(t).isEmpty());
    CHECK(openConflicts(*w.county).isEmpty());
    CHECK(w.county->snapshot(t.code) == t.snapshot(t.code));
    t.checkSound();
    w.county->checkSound();
}

TEST_CASE("the same field changed on both sides: one winner everywhere, a person's decision converges", "[sync]")
{
    SyncWorld w(1);
    SyncNode &t = w.town();
    sharedTransfer(w);
    writeTransfer(t, kTransfer, {{QStringLiteral("status"), QStringLiteral("cancelled")}});
    writeTransfer(*w.county, kTransfer, {{QStringLiteral("status"), QStringLiteral("forwarded")}});
    const QString up = t.exportTo(*w.county);
    const QString down = w.county->exportTo(t);
    w.county->importOk(up);
    t.importOk(down);

    // status is county-owned: the county's value is the provisional winner on both sides.
    CHECK(transferField(*w.county, kTransfer, QStringLiteral("status")) == QStringLiteral("forwarded"));
    CHECK(transferField(t, kTransfer, QStringLiteral("status")) == QStringLiteral("forwarded"));
    const QList<ConflictItem> atCounty = openConflicts(*w.county);
    const QList<ConflictItem> atTown = openConflicts(t);
    REQUIRE(atCounty.size() == 1);
    REQUIRE(atTown.size() == 1);
    CHECK(atCounty.first().field == QStringLiteral("status"));
    REQUIRE(atCounty.first().competitors.size() == 2);
    CHECK(atTown.first().competitors.size() == 2);
    // The losing value is kept, with who and where.
    bool keptLoser = false;
    for (const ConflictCompetitor &c : atCounty.first().competitors)
        keptLoser = keptLoser || (c.value.toString() == QStringLiteral("cancelled") && !c.winner && c.officeCode == t.code);
    CHECK(keptLoser);

    // The township's head decides; the decision travels and closes the county's copy.
    const Status resolved = Conflicts::resolve(*t.db, t.head, atTown.first().id, QStringLiteral("cancelled"),
                                               QStringLiteral("电话核实：移交已撤回"));
    INFO(resolved.message());
    REQUIRE(resolved.ok());
    CHECK(openConflicts(t).isEmpty());
    w.county->importOk(t.exportTo(*w.county));
    CHECK(transferField(*w.county, kTransfer, QStringLiteral("status")) == QStringLiteral("cancelled"));
    CHECK(openConflicts(*w.county).isEmpty());
    t.importOk(w.county->exportTo(t));
    CHECK(w.county->snapshot(t.code) == t.snapshot(t.code));
    t.checkSound();
    w.county->checkSound();
}

TEST_CASE("a deletion against a concurrent edit keeps the data and is flagged on both sides", "[sync]")
{
    SyncWorld w(1);
    SyncNode &t = w.town();
    sharedTransfer(w);
    {
        Transaction tx(*t.db);
        REQUIRE(ChangeLog::remove(*t.db, t.head.actor(), SyncEntities::transfer(), kTransfer, QStringLiteral("误录")).ok());
        REQUIRE(tx.commit().ok());
    }
    writeTransfer(*w.county, kTransfer, {{QStringLiteral("status"), QStringLiteral("forwarded")}});
    const QString up = t.exportTo(*w.county);
    const QString down = w.county->exportTo(t);
    w.county->importOk(up);
    t.importOk(down);
    for (SyncNode *n : {&t, w.county.get()}) {
        CHECK(transferField(*n, kTransfer, QStringLiteral("deleted")) == QStringLiteral("1"));
        CHECK(transferField(*n, kTransfer, QStringLiteral("status")) == QStringLiteral("forwarded"));
        const QList<ConflictItem> open = openConflicts(*n);
        REQUIRE(open.size() == 1);
        CHECK(open.first().kind == QStringLiteral("delete_edit"));
    }
    // Restoring the record is a decision like any other.
    const QString id = openConflicts(*w.county).first().id;
    REQUIRE(Conflicts::resolve(*w.county->db, w.county->head, id, 0, QStringLiteral("移交仍在办理")).ok());
    t.importOk(w.county->exportTo(t));
    CHECK(transferField(t, kTransfer, QStringLiteral("deleted")) == QStringLiteral("0"));
    CHECK(openConflicts(t).isEmpty());
    CHECK(w.county->snapshot(t.code) == t.snapshot(t.code));
    t.checkSound();
    w.county->checkSound();
}

TEST_CASE("a bundle from the wrong sender or for another office is refused before anything changes", "[sync]")
{
    SyncWorld w(2);
    SyncNode &a = w.town(0);
    SyncNode &b = w.town(1);
    a.addPerson(QStringLiteral("孙八"));
    const QString toCounty = a.exportTo(*w.county);
    // Another township cannot open the county's bundle.
    Result<ImportReport> elsewhere = b.import(toCounty);
    REQUIRE_FALSE(elsewhere.ok());
    CHECK(elsewhere.error().code == ErrorCode::PermissionDenied);
    CHECK(elsewhere.error().detail.toInt() == static_cast<int>(BundleFault::AddressedElsewhere));
    // A revoked signer.
    Result<PublicKeySet> aKeys = OfficeKeys::own(*a.db);
    REQUIRE(aKeys.ok());
    REQUIRE(OfficeKeys::revoke(*w.county->db, w.county->head, aKeys->keyId, QStringLiteral("U盘遗失")).ok());
    const qint64 before = scalar(*w.county, QStringLiteral("SELECT COUNT(*) FROM op"));
    Result<ImportReport> revoked = w.county->import(toCounty);
    REQUIRE_FALSE(revoked.ok());
    CHECK(revoked.error().code == ErrorCode::PermissionDenied);
    CHECK(scalar(*w.county, QStringLiteral("SELECT COUNT(*) FROM op")) == before);
}

TEST_CASE("a township restored from an old backup gets back what it lost", "[sync]")
{
    SyncWorld w(1);
    SyncNode &t = w.town();
    const QString keep = t.addPerson(QStringLiteral("周九"));
    w.county->importOk(t.exportTo(*w.county));
    t.importOk(w.county->exportTo(t));
    // A copy of the database now is the "old backup".
    const QString backup = t.dir.filePath(QStringLiteral("old.sqlite"));
    REQUIRE(t.db->exec(QStringLiteral("VACUUM INTO '%1'").arg(backup)).ok());
    const QString lost = t.addPerson(QStringLiteral("吴十"));
    w.county->importOk(t.exportTo(*w.county));
    t.importOk(w.county->exportTo(t));

    // The disk fails; the office restores the old copy (the restore bumps the incarnation).
    t.db.reset();
    QFile::remove(t.path);
    QFile::remove(t.path + QStringLiteral("-wal"));
    QFile::remove(t.path + QStringLiteral("-shm"));
    REQUIRE(QFile::copy(backup, t.path));
    t.reopen();
    {
        Transaction tx(*t.db);
        REQUIRE(Replica::bumpIncarnation(*t.db, 0).ok());
        REQUIRE(tx.commit().ok());
    }
    t.unlock();
    CHECK(t.person(lost).isEmpty());
    const QString fresh = t.addPerson(QStringLiteral("郑十一"));

    w.county->importOk(t.exportTo(*w.county));   // the new work reaches the county
    CHECK(w.county->person(fresh).value(QStringLiteral("name")).toString() == QStringLiteral("郑十一"));
    t.importOk(w.county->exportTo(t));            // and the lost record comes back
    CHECK(t.person(lost).value(QStringLiteral("name")).toString() == QStringLiteral("吴十"));
    CHECK(t.person(keep).value(QStringLiteral("name")).toString() == QStringLiteral("周九"));
    CHECK(w.county->snapshot(t.code) == t.snapshot(t.code));
    t.checkSound();
    w.county->checkSound();
}

TEST_CASE("several townships, random loss, duplication and order: everyone converges", "[sync][property]")
{
    QRandomGenerator rng(20261123);
    SyncWorld w(3);
    QList<QStringList> people(3);
    QList<QStringList> upBundles(3);
    QList<QStringList> downBundles(3);
    for (int round = 0; round < 12; ++round) {
        for (int i = 0; i < 3; ++i) {
            SyncNode &t = w.town(i);
            const int action = static_cast<int>(rng.bounded(4));
            if (action == 0 || people[i].isEmpty())
                people[i] << t.addPerson(QStringLiteral("人员%1-%2").arg(i).arg(round));
            else if (action == 1)
                t.edit(people[i].at(static_cast<int>(rng.bounded(people[i].size()))),
                       {{QStringLiteral("phone"), QStringLiteral("1380000%1").arg(rng.bounded(10000), 4, 10, QLatin1Char('0'))}});
            else if (action == 2)
                t.edit(people[i].at(static_cast<int>(rng.bounded(people[i].size()))),
                       {{QStringLiteral("occupation"), QStringLiteral("职业%1").arg(round)}});
            upBundles[i] << t.exportTo(*w.county);
            downBundles[i] << w.county->exportTo(t);
        }
        // Deliver a random selection, in random order, some twice; some never.
        for (int i = 0; i < 3; ++i) {
            for (QStringList *list : {&upBundles[i], &downBundles[i]}) {
                if (list->isEmpty() || rng.bounded(3) == 0)
                    continue;
                const QString file = list->at(static_cast<int>(rng.bounded(list->size())));
                SyncNode &to = list == &upBundles[i] ? *w.county : w.town(i);
                Result<ImportReport> r = to.import(file);
                CHECK((r.ok() || r.error().code == ErrorCode::Duplicate));
            }
        }
    }
    // Finally everyone exchanges once more, twice over (the acknowledgements settle).
    for (int pass = 0; pass < 2; ++pass) {
        for (int i = 0; i < 3; ++i) {
            w.county->importOk(w.town(i).exportTo(*w.county));
            w.town(i).importOk(w.county->exportTo(w.town(i)));
        }
    }
    for (int i = 0; i < 3; ++i) {
        CHECK(w.county->snapshot(w.town(i).code) == w.town(i).snapshot(w.town(i).code));
        w.town(i).checkSound();
    }
    w.county->checkSound();
}
