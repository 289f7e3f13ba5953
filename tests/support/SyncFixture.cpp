#include "SyncFixture.h"

#include "CatchCompat.h"
#include "TestSupport.h"

#include "domain/Office.h"
#include "security/Users.h"
#include "storage/Query.h"
#include "storage/Transaction.h"
#include "sync/ChangeLog.h"
#include "sync/Entities.h"
#include "sync/RebuildCompare.h"
#include "sync/SyncExport.h"
#include "sync/SyncImport.h"

#include <QUuid>

namespace sifa::test {

SyncNode::SyncNode(const QString &officeCode, const QString &name, bool county) : code(officeCode)
{
    REQUIRE(dir.isValid());
    path = dir.filePath(QStringLiteral("office.sqlite"));
    OfficeSetup setup{officeCode, name, county ? OfficeMode::County : OfficeMode::Township, QStringLiteral("admin"),
                      QStringLiteral("管理员"), kPassword};
    Result<std::unique_ptr<Database>> created = Office::createDatabase(path, setup);
    INFO(created.message());
    REQUIRE(created.ok());
    db = std::move(created).value();
    Result<Session> admin = Users::signIn(*db, QStringLiteral("admin"), kPassword);
    REQUIRE(admin.ok());
    REQUIRE(Users::add(*db, *admin, NewUser{QStringLiteral("head"), QStringLiteral("所长"), Role::Head, kPassword, false}).ok());
    // The administrator's unlock hands the office key to the new head.
    REQUIRE(OfficeKeys::unlock(*db, *admin, kPassword).ok());
    Result<Session> h = Users::signIn(*db, QStringLiteral("head"), kPassword);
    REQUIRE(h.ok());
    head = *h;
    unlock();
}

void SyncNode::unlock()
{
    Result<std::unique_ptr<UnlockedKeys>> k = OfficeKeys::unlock(*db, head, kPassword);
    INFO(k.message());
    REQUIRE(k.ok());
    keys = std::move(k).value();
}

void SyncNode::reopen()
{
    db.reset();
    Result<std::unique_ptr<Database>> opened = Database::open(path);
    INFO(opened.message());
    REQUIRE(opened.ok());
    db = std::move(opened).value();
}

void SyncNode::trust(const SyncNode &other)
{
    Result<QByteArray> file = OfficeKeys::exportPublic(*other.db);
    REQUIRE(file.ok());
    Result<PublicKeySet> keysOf = OfficeKeys::parsePublic(*file);
    REQUIRE(keysOf.ok());
    const Status s = OfficeKeys::trust(*db, head, *file, keysOf->fingerprint());
    INFO(s.message());
    REQUIRE(s.ok());
}

QString SyncNode::exportTo(const SyncNode &to, ExportReport *report)
{
    static int n = 0;
    const QString file = dir.filePath(QStringLiteral("bundle-%1.sifabundle").arg(++n));
    Result<ExportReport> r = SyncExport::write(*db, head, *keys, Office::info(*db).isCounty() ? to.code : QString(), file);
    INFO(r.message());
    REQUIRE(r.ok());
    if (report)
        *report = *r;
    return file;
}

Result<ImportReport> SyncNode::import(const QString &file, bool dryRun)
{
    return SyncImport::import(*db, head, *keys, file, dryRun);
}

ImportReport SyncNode::importOk(const QString &file)
{
    Result<ImportReport> r = import(file);
    INFO(r.message());
    REQUIRE(r.ok());
    return *r;
}

QString SyncNode::addPerson(const QString &name, const QVariantMap &more)
{
    const QString uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QVariantMap values = more;
    values.insert(QStringLiteral("office_code"), code);
    values.insert(QStringLiteral("name"), name);
    Transaction tx(*db);
    REQUIRE(tx.ok());
    Result<QString> op = ChangeLog::upsert(*db, head.actor(), Entities::person(), uuid, values);
    INFO(op.message());
    REQUIRE(op.ok());
    REQUIRE(tx.commit().ok());
    return uuid;
}

void SyncNode::edit(const QString &uuid, const QVariantMap &values)
{
    Transaction tx(*db);
    REQUIRE(tx.ok());
    Result<QString> op = ChangeLog::upsert(*db, head.actor(), Entities::person(), uuid, values);
    INFO(op.message());
    REQUIRE(op.ok());
    REQUIRE(tx.commit().ok());
}

void SyncNode::remove(const QString &uuid)
{
    Transaction tx(*db);
    REQUIRE(tx.ok());
    Result<QString> op = ChangeLog::remove(*db, head.actor(), Entities::person(), uuid, QStringLiteral("重复登记"));
    INFO(op.message());
    REQUIRE(op.ok());
    REQUIRE(tx.commit().ok());
}

QVariantMap SyncNode::person(const QString &uuid) const
{
    Query q(*db, QStringLiteral("SELECT name, phone, note, occupation, deleted FROM person WHERE uuid = :u"));
    q.bind(QStringLiteral(":u"), uuid);
    REQUIRE(q.exec(QString()).ok());
    if (!q.next())
        return {};
    return QVariantMap{{QStringLiteral("name"), q.text(0)},      {QStringLiteral("phone"), q.text(1)},
                       {QStringLiteral("note"), q.text(2)},      {QStringLiteral("occupation"), q.text(3)},
                       {QStringLiteral("deleted"), q.integer(4)}};
}

QStringList SyncNode::snapshot(const QString &office) const
{
    QStringList rows;
    for (const EntityDef *e : Entities::all()) {
        QStringList cols = e->columns();
        cols << QStringLiteral("deleted");
        Query q(*db, QStringLiteral("SELECT uuid, %1 FROM %2 %3 ORDER BY uuid")
                         .arg(cols.join(QStringLiteral(" || '|' || ")), e->table,
                              office.isEmpty() ? QString() : QStringLiteral("WHERE office_code = :o")));
        if (!office.isEmpty())
            q.bind(QStringLiteral(":o"), office);
        REQUIRE(q.exec(QString()).ok());
        while (q.next())
            rows << e->name + QLatin1Char(':') + q.text(0) + QLatin1Char('=') + q.text(1);
    }
    return rows;
}

void SyncNode::checkSound() const
{
    Result<QStringList> integrity = db->integrityCheck();
    REQUIRE(integrity.ok());
    CHECK(integrity->isEmpty());
    Result<RebuildReport> rebuilt = RebuildCompare::run(*db);
    INFO(rebuilt.message());
    REQUIRE(rebuilt.ok());
    INFO(rebuilt->differences.join(QStringLiteral("\n")).toStdString());
    CHECK(rebuilt->ok());
}

SyncWorld::SyncWorld(int townshipCount)
{
    county = std::make_unique<SyncNode>(QStringLiteral("330225"), QStringLiteral("象山县司法局"), true);
    static const char *names[] = {"石浦镇司法所", "丹西街道司法所", "爵溪街道司法所", "西周镇司法所", "定塘镇司法所"};
    for (int i = 0; i < townshipCount; ++i) {
        auto t = std::make_unique<SyncNode>(QStringLiteral("3302251%1").arg(i + 1, 2, 10, QLatin1Char('0')),
                                            QString::fromUtf8(names[i % 5]), false);
        t->trust(*county);
        county->trust(*t);
        townships.push_back(std::move(t));
    }
}

}  // namespace sifa::test
