#include "TestSupport.h"

#include "CatchCompat.h"

#include "domain/Office.h"
#include "people/IdNumber.h"
#include "security/Users.h"

namespace sifa::test {

TestOffice::TestOffice(bool withRoleUsers)
{
    REQUIRE(dir.isValid());
    path = dir.filePath(QStringLiteral("office.sqlite"));
    OfficeSetup setup{QStringLiteral("330225101"), QStringLiteral("石浦镇司法所"), OfficeMode::Township,
                      QStringLiteral("admin"), QStringLiteral("管理员"), kPassword};
    Result<std::unique_ptr<Database>> created = Office::createDatabase(path, setup);
    INFO(created.message());
    REQUIRE(created.ok());
    db = std::move(created).value();
    if (!withRoleUsers)
        return;
    const Session admin = signIn(QStringLiteral("admin"));
    for (Role r : Roles::all()) {
        if (r == Role::Admin)
            continue;
        Status s = Users::add(*db, admin, NewUser{Roles::id(r), Roles::id(r), r, kPassword, false});
        INFO(s.message());
        REQUIRE(s.ok());
    }
}

Session TestOffice::signIn(const QString &user)
{
    Result<Session> s = Users::signIn(*db, user, kPassword);
    INFO(s.message());
    REQUIRE(s.ok());
    return s.value();
}

void TestOffice::reopen()
{
    db.reset();
    Result<std::unique_ptr<Database>> opened = Database::open(path);
    INFO(opened.message());
    REQUIRE(opened.ok());
    db = std::move(opened).value();
}

QString dataFile(const QString &name)
{
    return QStringLiteral(SIFA_TEST_DATA_DIR "/") + name;
}

QString makeId(const QString &county, const QDate &birth, bool male, int seq)
{
    if ((seq % 2 == 1) != male)
        ++seq;
    const QString first17 = county + birth.toString(QStringLiteral("yyyyMMdd")) + QStringLiteral("%1").arg(seq, 3, 10, QLatin1Char('0'));
    return first17 + IdNumbers::checkCharacter(first17);
}

}  // namespace sifa::test
