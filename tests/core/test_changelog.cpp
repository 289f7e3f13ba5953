#include "CatchCompat.h"
#include "TestSupport.h"

#include "people/PersonService.h"
#include "storage/Query.h"
#include "storage/Transaction.h"
#include "sync/ChangeLog.h"
#include "sync/Entities.h"
#include "sync/Hlc.h"
#include "sync/RebuildCompare.h"
#include "sync/Replica.h"
#include "util/Time.h"

#include <QRandomGenerator>

using namespace sifa;

namespace {

Person somebody(const QString &name, int n)
{
    Person p;
    p.name = name;
    p.idNumber = test::makeId(QStringLiteral("330225"), QDate(1970, 1, 1).addDays(n * 37), n % 2 == 0, 10 + n);
    p.phone = QStringLiteral("139%1").arg(10000000 + n);
    return p;
}

void requireRebuildClean(Database &db)
{
    Result<RebuildReport> r = RebuildCompare::run(db);
    REQUIRE(r.ok());
    INFO(r->differences.join(u"\n").toStdString());
    CHECK(r->ok());
}

}  // namespace

TEST_CASE("the hybrid logical clock never goes backwards", "[sync][hlc]")
{
    HybridClock c;
    const qint64 a = c.tick(1000);
    const qint64 b = c.tick(1000);  // same millisecond: logical part advances
    const qint64 d = c.tick(900);   // wall clock went back: still increases
    const qint64 e = c.tick(2000);
    CHECK(a < b);
    CHECK(b < d);
    CHECK(d < e);
    CHECK(HybridClock::physicalMs(e) == 2000);
    CHECK(HybridClock::logical(e) == 0);
    const qint64 r = c.observe(HybridClock::make(5000, 7), 2100);
    CHECK(HybridClock::physicalMs(r) == 5000);
    CHECK(HybridClock::logical(r) == 8);
}

TEST_CASE("each change writes one immutable op with base ops in the same transaction", "[sync]")
{
    test::TestOffice office;
    Database &db = *office.db;
    const Session head = office.signIn(QStringLiteral("head"));

    Result<PersonSaveResult> created = PersonService::create(db, head, somebody(QStringLiteral("张三"), 1));
    REQUIRE(created.ok());
    const QString uuid = created->uuid;

    Result<QList<Op>> ops = ChangeLog::opsForRow(db, uuid);
    REQUIRE(ops.ok());
    REQUIRE(ops->size() == 1);
    const Op &first = ops->first();
    CHECK(first.kind == QStringLiteral("upsert"));
    CHECK(first.entity == QStringLiteral("person"));
    CHECK(first.actor == QStringLiteral("head"));
    CHECK(first.actorRole == QStringLiteral("head"));
    CHECK(first.opId.size() == 32);
    CHECK(first.stamp.incarnation == 1);
    // A creation carries every field that differs from its column default, and no other.
    const QVariantMap values = PersonService::get(db, head, uuid)->fields();
    int nonDefault = 0;
    for (const FieldDef &f : Entities::person().fields)
        nonDefault += values.value(f.name).toString() != f.defaultValue.toString() ? 1 : 0;
    CHECK(first.fields.size() == nonDefault);
    for (const OpField &f : first.fields) {
        CHECK(f.baseOpId.isEmpty());
        CHECK(values.value(f.field).toString() == f.value.toString());
    }

    Result<Person> p = PersonService::get(db, head, uuid);
    REQUIRE(p.ok());
    Person changed = *p;
    changed.phone = QStringLiteral("13700000000");
    changed.occupation = QStringLiteral("渔民");
    REQUIRE(PersonService::update(db, head, changed).ok());
    // Saving again without changes writes nothing.
    REQUIRE(PersonService::update(db, head, changed).ok());

    ops = ChangeLog::opsForRow(db, uuid);
    REQUIRE(ops->size() == 2);
    const Op &second = ops->at(1);
    REQUIRE(second.fields.size() == 2);
    for (const OpField &f : second.fields) {
        // phone was set by the creation; occupation was empty, so it has no base yet.
        bool inFirst = false;
        for (const OpField &g : first.fields)
            inFirst = inFirst || g.field == f.field;
        CHECK(f.baseOpId == (inFirst ? first.opId : QString()));
    }
    CHECK(second.stamp.seq == first.stamp.seq + 1);
    CHECK(second.stamp.hlc > first.stamp.hlc);

    // A rolled-back change leaves neither row nor op.
    const qint64 before = *ChangeLog::count(db);
    {
        Transaction tx(db);
        REQUIRE(ChangeLog::upsert(db, head.actor(), Entities::person(), uuid, {{QStringLiteral("note"), QStringLiteral("draft")}}).ok());
    }
    CHECK(*ChangeLog::count(db) == before);
    CHECK(PersonService::get(db, head, uuid)->note.isEmpty());

    // Ops cannot be edited or deleted.
    CHECK_FALSE(db.exec(QStringLiteral("UPDATE op SET actor = 'x'")).ok());
    CHECK_FALSE(db.exec(QStringLiteral("DELETE FROM op_field")).ok());
    requireRebuildClean(db);
}

TEST_CASE("rebuild-compare finds nothing after any mix of operations", "[sync][rebuild]")
{
    test::TestOffice office;
    Database &db = *office.db;
    const Session head = office.signIn(QStringLiteral("head"));
    QRandomGenerator rng(7);
    QStringList uuids;
    for (int i = 0; i < 40; ++i) {
        Result<PersonSaveResult> r = PersonService::create(db, head, somebody(QStringLiteral("测试%1").arg(QChar(0x4E00 + i)), i));
        REQUIRE(r.ok());
        uuids << r->uuid;
    }
    for (int step = 0; step < 300; ++step) {
        const QString uuid = uuids.at(static_cast<int>(rng.bounded(uuids.size())));
        Person p = *PersonService::get(db, head, uuid);
        switch (rng.bounded(5)) {
        case 0:
            if (!p.deleted)
                REQUIRE(PersonService::remove(db, head, uuid, QStringLiteral("test")).ok());
            break;
        case 1:
            if (p.deleted)
                (void)PersonService::restore(db, head, uuid, QStringLiteral("test"));
            break;
        default:
            if (!p.deleted) {
                p.phone = QStringLiteral("138%1").arg(rng.bounded(10000000, 99999999));
                p.note = QStringLiteral("step %1").arg(step);
                if (rng.bounded(2))
                    p.residenceAddress = QStringLiteral("东门村%1号").arg(step);
                REQUIRE(PersonService::update(db, head, p).ok());
            }
        }
    }
    requireRebuildClean(db);
    office.reopen();
    requireRebuildClean(*office.db);
}

TEST_CASE("entity field definitions match the table columns and defaults", "[sync]")
{
    test::TestOffice office(false);
    for (const EntityDef *e : Entities::all()) {
        // A local rowid alias (dispute.rid: INTEGER PRIMARY KEY) is neither meta nor synced.
        Query q(*office.db, QStringLiteral("SELECT name, dflt_value FROM pragma_table_info(:t) "
                                           "WHERE NOT (pk = 1 AND type = 'INTEGER' AND name = 'rid')"));
        q.bind(QStringLiteral(":t"), e->table);
        REQUIRE(q.exec(QString()).ok());
        QMap<QString, QString> defaults;
        while (q.next())
            defaults.insert(q.text(0), q.value(1).isNull() ? QString() : q.text(1));
        QStringList expected = e->allColumns();
        expected << QStringLiteral("office_code");
        expected.removeDuplicates();
        QStringList actual = defaults.keys();
        expected.sort();
        actual.sort();
        CHECK(actual == expected);  // every column is either meta or a synced field
        for (const FieldDef &f : e->fields) {
            if (f.required)
                continue;
            INFO(e->name.toStdString() << "." << f.name.toStdString());
            const QString ddl = defaults.value(f.column);  // '' for text, 0 for integers
            if (f.type == FieldType::Integer)
                CHECK(ddl == f.defaultValue.toString());
            else
                CHECK(ddl == QStringLiteral("'%1'").arg(f.defaultValue.toString()));
        }
    }
}

TEST_CASE("rebuild-compare reports a write that bypassed the change log", "[sync][rebuild]")
{
    test::TestOffice office;
    Database &db = *office.db;
    const Session head = office.signIn(QStringLiteral("head"));
    const QString uuid = PersonService::create(db, head, somebody(QStringLiteral("李四"), 3))->uuid;
    REQUIRE(db.exec(QStringLiteral("UPDATE person SET phone = '13000000000' WHERE uuid = '%1'").arg(uuid)).ok());
    Result<RebuildReport> r = RebuildCompare::run(db);
    REQUIRE(r.ok());
    REQUIRE(r->differences.size() == 1);
    CHECK(r->differences.first().contains(uuid));
    CHECK(r->differences.first().contains(QStringLiteral("phone")));
}

TEST_CASE("deleting is a tombstone that keeps the data", "[sync]")
{
    test::TestOffice office;
    Database &db = *office.db;
    const Session head = office.signIn(QStringLiteral("head"));
    const QString uuid = PersonService::create(db, head, somebody(QStringLiteral("王五"), 5))->uuid;
    REQUIRE(PersonService::remove(db, head, uuid, QStringLiteral("重复登记")).ok());
    Result<Person> p = PersonService::get(db, head, uuid);
    REQUIRE(p.ok());
    CHECK(p->deleted);
    CHECK(p->name == QStringLiteral("王五"));
    Result<QList<Op>> ops = ChangeLog::opsForRow(db, uuid);
    CHECK(ops->last().kind == QStringLiteral("delete"));
    CHECK(ops->last().reason == QStringLiteral("重复登记"));
    REQUIRE(PersonService::restore(db, head, uuid, QStringLiteral("误删")).ok());
    CHECK_FALSE(PersonService::get(db, head, uuid)->deleted);
    requireRebuildClean(db);
}

TEST_CASE("a restore raises the incarnation so sequence numbers are never reused", "[sync]")
{
    test::TestOffice office(false);
    Database &db = *office.db;
    const int before = Replica::info(db)->incarnation;
    {
        Transaction tx(db);
        REQUIRE(Replica::bumpIncarnation(db, before + 3).ok());
        REQUIRE(tx.commit().ok());
    }
    CHECK(Replica::info(db)->incarnation > before + 3);  // past both, by a random step
}
