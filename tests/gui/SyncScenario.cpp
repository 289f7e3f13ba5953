#include "SyncScenario.h"

#include "correction/CorrectionEntities.h"
#include "domain/Office.h"
#include "security/Users.h"
#include "storage/Transaction.h"
#include "sync/ChangeLog.h"
#include "sync/Entities.h"
#include "sync/OfficeKeys.h"
#include "sync/SyncExport.h"
#include "sync/SyncImport.h"
#include "util/Time.h"

#include <QUuid>

namespace sifa::test {

namespace {

const EntityDef &entityNamed(const QString &name)
{
    const EntityDef *e = Entities::find(name);
    REQUIRE(e);
    return *e;
}

QString newUuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

void pinAt(const QDateTime &utc)
{
    Clock::pinForTesting(utc);
}

} // namespace

Desk::Desk(const QString &officeCode, const QString &officeName, bool county) : code(officeCode), name(officeName)
{
    REQUIRE(dir.isValid());
    path = dir.filePath(QStringLiteral("office.sqlite"));
    const OfficeSetup setup{officeCode,
                            officeName,
                            county ? OfficeMode::County : OfficeMode::Township,
                            QStringLiteral("admin"),
                            QStringLiteral("管理员"),
                            kPassword};
    Result<std::unique_ptr<Database>> created = Office::createDatabase(path, setup);
    INFO(created.message().toStdString());
    REQUIRE(created.ok());
    db = std::move(created).value();
    Result<Session> a = Users::signIn(*db, QStringLiteral("admin"), kPassword);
    REQUIRE(a.ok());
    admin = *a;
    Status added =
        Users::add(*db, admin, NewUser{QStringLiteral("head"), QStringLiteral("王所长"), Role::Head, kPassword, false});
    INFO(added.message().toStdString());
    REQUIRE(added.ok());
    // The first holder's unlock grants the office key to the head.
    (void)OfficeKeys::unlock(*db, admin, kPassword);
    Result<Session> h = Users::signIn(*db, QStringLiteral("head"), kPassword);
    REQUIRE(h.ok());
    head = *h;
}

void Desk::trust(Desk &other)
{
    Result<QByteArray> file = OfficeKeys::exportPublic(*other.db);
    INFO(file.message().toStdString());
    REQUIRE(file.ok());
    Result<PublicKeySet> keys = OfficeKeys::parsePublic(*file);
    REQUIRE(keys.ok());
    Status s = OfficeKeys::trust(*db, head, *file, OfficeKeys::fingerprint(*keys));
    INFO(s.message().toStdString());
    REQUIRE(s.ok());
}

QString Desk::addPerson(const QString &personName)
{
    const QString uuid = newUuid();
    Transaction tx(*db);
    REQUIRE(tx.ok());
    Result<QString> op =
        ChangeLog::upsert(*db, head.actor(), Entities::person(), uuid,
                          {{QStringLiteral("office_code"), code}, {QStringLiteral("name"), personName}});
    INFO(op.message().toStdString());
    REQUIRE(op.ok());
    REQUIRE(tx.commit().ok());
    return uuid;
}

QString Desk::addSubject(const QString &personUuid, const QString &grade)
{
    const QString uuid = newUuid();
    Transaction tx(*db);
    REQUIRE(tx.ok());
    Result<QString> op = ChangeLog::upsert(*db, head.actor(), CorrectionEntities::subject(), uuid,
                                           {{QStringLiteral("office_code"), code},
                                            {QStringLiteral("person_uuid"), personUuid},
                                            {QStringLiteral("grade"), grade},
                                            {QStringLiteral("status"), QStringLiteral("received")}});
    INFO(op.message().toStdString());
    REQUIRE(op.ok());
    REQUIRE(tx.commit().ok());
    return uuid;
}

void Desk::setField(const QString &entity, const QString &uuid, const QString &field, const QVariant &value)
{
    Transaction tx(*db);
    REQUIRE(tx.ok());
    Result<QString> op = ChangeLog::upsert(*db, head.actor(), entityNamed(entity), uuid, {{field, value}});
    INFO(op.message().toStdString());
    REQUIRE(op.ok());
    REQUIRE(tx.commit().ok());
}

void Desk::remove(const QString &entity, const QString &uuid)
{
    Transaction tx(*db);
    REQUIRE(tx.ok());
    Result<QString> op =
        ChangeLog::remove(*db, head.actor(), entityNamed(entity), uuid, QStringLiteral("entered twice"));
    INFO(op.message().toStdString());
    REQUIRE(op.ok());
    REQUIRE(tx.commit().ok());
}

ExportReport Desk::exportTo(const QString &folder, const QString &toOffice)
{
    Result<std::unique_ptr<UnlockedKeys>> keys = OfficeKeys::unlock(*db, head, kPassword);
    INFO(keys.message().toStdString());
    REQUIRE(keys.ok());
    Result<ExportReport> r = SyncExport::write(*db, head, **keys, toOffice, folder);
    INFO(r.message().toStdString());
    REQUIRE(r.ok());
    return *r;
}

ImportReport Desk::import(const QString &file)
{
    Result<std::unique_ptr<UnlockedKeys>> keys = OfficeKeys::unlock(*db, head, kPassword);
    INFO(keys.message().toStdString());
    REQUIRE(keys.ok());
    Result<ImportReport> r = SyncImport::import(*db, head, **keys, file);
    INFO(r.message().toStdString());
    REQUIRE(r.ok());
    return *r;
}

CountyScenario::CountyScenario(bool withConflicts)
{
    REQUIRE(outbox.isValid());
    today = QDate(2026, 3, 16);
    const QDateTime tenDaysAgo(today.addDays(-10), QTime(9, 0), Qt::UTC);
    pinAt(tenDaysAgo);
    county = std::make_unique<Desk>(QStringLiteral("330225"), QStringLiteral("象山县司法局"), true);
    shipu = std::make_unique<Desk>(QStringLiteral("330225101"), QStringLiteral("石浦镇司法所"), false);
    xizhou = std::make_unique<Desk>(QStringLiteral("330225102"), QStringLiteral("西周镇司法所"), false);
    xianxiang = std::make_unique<Desk>(QStringLiteral("330225104"), QStringLiteral("贤庠镇司法所"), false);
    for (Desk *t : {shipu.get(), xizhou.get(), xianxiang.get()}) {
        county->trust(*t);
        t->trust(*county);
    }
    // Ten days ago: 西周镇's only bundle.
    xizhou->addPerson(QStringLiteral("赵六"));
    xizhou->addPerson(QStringLiteral("孙七"));
    county->import(xizhou->exportTo(outbox.path()).file);

    // A week ago: 石浦镇's first bundle, with two correction subjects.
    pinAt(QDateTime(today.addDays(-7), QTime(9, 0), Qt::UTC));
    const QString zhang = shipu->addPerson(QStringLiteral("张三"));
    const QString li = shipu->addPerson(QStringLiteral("李四"));
    shipu->addPerson(QStringLiteral("王五"));
    subjectUuid = shipu->addSubject(zhang, QStringLiteral("normal"));
    deletedSubjectUuid = shipu->addSubject(li, QStringLiteral("normal"));
    county->import(shipu->exportTo(outbox.path()).file);
    // The county answers (its acknowledgement), 石浦镇 imports it.
    shipu->import(county->exportTo(outbox.path(), shipu->code).file);

    // Today: concurrent changes, then 石浦镇's second bundle.
    pinAt(QDateTime(today, QTime(8, 0), Qt::UTC));
    if (withConflicts) {
        county->setField(QStringLiteral("cc_subject"), subjectUuid, QStringLiteral("grade"), QStringLiteral("strict"));
        county->setField(QStringLiteral("cc_subject"), deletedSubjectUuid, QStringLiteral("grade"),
                         QStringLiteral("lenient"));
        pinAt(QDateTime(today, QTime(9, 0), Qt::UTC));
        shipu->setField(QStringLiteral("cc_subject"), subjectUuid, QStringLiteral("grade"), QStringLiteral("lenient"));
        shipu->remove(QStringLiteral("cc_subject"), deletedSubjectUuid);
    }
    shipu->addPerson(QStringLiteral("钱八"));
    pinAt(QDateTime(today, QTime(10, 0), Qt::UTC));
    county->import(shipu->exportTo(outbox.path()).file);
}

CountyScenario::~CountyScenario()
{
    Clock::pinForTesting(QDateTime());
}

} // namespace sifa::test
