#include "CatchCompat.h"
#include "TestSupport.h"

#include "security/AuditLog.h"
#include "security/Users.h"
#include "settings/DbSettings.h"
#include "storage/Query.h"
#include "util/Time.h"

using namespace sifa;

TEST_CASE("signing in with the right and the wrong password", "[users]")
{
    test::TestOffice office;
    Database &db = *office.db;
    Result<Session> ok = Users::signIn(db, QStringLiteral("mediator"), test::kPassword);
    REQUIRE(ok.ok());
    CHECK(ok->role == Role::Mediator);
    CHECK(Users::signIn(db, QStringLiteral("MEDIATOR"), test::kPassword).ok());  // names ignore case
    Result<Session> wrong = Users::signIn(db, QStringLiteral("mediator"), QStringLiteral("guess-guess"));
    CHECK(wrong.code() == ErrorCode::AuthFailed);
    Result<Session> unknown = Users::signIn(db, QStringLiteral("nobody"), test::kPassword);
    CHECK(unknown.code() == ErrorCode::AuthFailed);
    CHECK(unknown.message() == wrong.message());  // does not reveal which names exist
}

TEST_CASE("passwords are stored as Argon2id hashes", "[users]")
{
    test::TestOffice office(false);
    Result<QVariant> hash = Query::scalar(*office.db, QStringLiteral("SELECT password_hash FROM app_user"), {}, QString());
    REQUIRE(hash.ok());
    CHECK(hash->toString().startsWith(QStringLiteral("$argon2id$")));
    CHECK_FALSE(hash->toString().contains(test::kPassword));
}

TEST_CASE("repeated failures lock the account until it expires or an administrator unlocks it", "[users]")
{
    test::TestOffice office;
    Database &db = *office.db;
    const int max = DbSettings::get(db, DbSettings::MaxFailedSignIns);
    REQUIRE(max == 5);
    for (int i = 0; i < max - 1; ++i)
        CHECK(Users::signIn(db, QStringLiteral("clerk"), QStringLiteral("wrong-one")).code() == ErrorCode::AuthFailed);
    CHECK(Users::signIn(db, QStringLiteral("clerk"), QStringLiteral("wrong-one")).code() == ErrorCode::Locked);
    // Even the right password is refused while locked.
    Result<Session> locked = Users::signIn(db, QStringLiteral("clerk"), test::kPassword);
    CHECK(locked.code() == ErrorCode::Locked);
    CHECK(locked.message().contains(QStringLiteral("locked")));
    AuditFilter f;
    f.actionPrefix = QStringLiteral("auth.lockout");
    CHECK(*AuditLog::count(db, office.signIn(QStringLiteral("auditor")), f) == 1);

    SECTION("the lock expires")
    {
        Clock::pinForTesting(Clock::nowUtc().addSecs(16 * 60));
        CHECK(Users::signIn(db, QStringLiteral("clerk"), test::kPassword).ok());
        Clock::pinForTesting(QDateTime());
    }
    SECTION("an administrator unlocks it")
    {
        const Session admin = office.signIn(QStringLiteral("admin"));
        REQUIRE(Users::unlock(db, admin, QStringLiteral("clerk")).ok());
        CHECK(Users::signIn(db, QStringLiteral("clerk"), test::kPassword).ok());
    }
}

TEST_CASE("changing one's own password", "[users]")
{
    test::TestOffice office;
    Database &db = *office.db;
    Session s = office.signIn(QStringLiteral("mediator"));
    CHECK(Users::changePassword(db, s, QStringLiteral("not-the-old-one"), QStringLiteral("New-Secret-9")).code()
          == ErrorCode::AuthFailed);
    CHECK(Users::changePassword(db, s, test::kPassword, QStringLiteral("short")).code() == ErrorCode::InvalidInput);
    CHECK(Users::changePassword(db, s, test::kPassword, QStringLiteral("mediator")).code() == ErrorCode::InvalidInput);
    CHECK(Users::changePassword(db, s, test::kPassword, test::kPassword).code() == ErrorCode::InvalidInput);
    REQUIRE(Users::changePassword(db, s, test::kPassword, QStringLiteral("New-Secret-9")).ok());
    CHECK_FALSE(Users::signIn(db, QStringLiteral("mediator"), test::kPassword).ok());
    CHECK(Users::signIn(db, QStringLiteral("mediator"), QStringLiteral("New-Secret-9")).ok());
}

TEST_CASE("an administrator resets a password - the user must change it", "[users]")
{
    test::TestOffice office;
    Database &db = *office.db;
    const Session admin = office.signIn(QStringLiteral("admin"));
    const Session head = office.signIn(QStringLiteral("head"));
    CHECK(Users::resetPassword(db, head, QStringLiteral("clerk"), QStringLiteral("Temporary-1"), true).code()
          == ErrorCode::PermissionDenied);
    REQUIRE(Users::resetPassword(db, admin, QStringLiteral("clerk"), QStringLiteral("Temporary-1"), true).ok());
    Result<Session> s = Users::signIn(db, QStringLiteral("clerk"), QStringLiteral("Temporary-1"));
    REQUIRE(s.ok());
    CHECK(s->mustChangePassword);
    Session clerk = *s;
    REQUIRE(Users::changePassword(db, clerk, QStringLiteral("Temporary-1"), QStringLiteral("My-Own-Pass-2")).ok());
    CHECK_FALSE(Users::signIn(db, QStringLiteral("clerk"), QStringLiteral("My-Own-Pass-2"))->mustChangePassword);
}

TEST_CASE("accounts: duplicates disabling roles and the last administrator", "[users]")
{
    test::TestOffice office;
    Database &db = *office.db;
    const Session admin = office.signIn(QStringLiteral("admin"));
    CHECK(Users::add(db, admin, NewUser{QStringLiteral("Clerk"), QString(), Role::Clerk, test::kPassword, false}).code()
          == ErrorCode::Duplicate);
    CHECK(Users::add(db, admin, NewUser{QStringLiteral("a b"), QString(), Role::Clerk, test::kPassword, false}).code()
          == ErrorCode::InvalidInput);
    REQUIRE(Users::setDisabled(db, admin, QStringLiteral("clerk"), true).ok());
    CHECK(Users::signIn(db, QStringLiteral("clerk"), test::kPassword).code() == ErrorCode::Disabled);
    REQUIRE(Users::setRole(db, admin, QStringLiteral("head"), Role::Mediator).ok());
    CHECK(Users::signIn(db, QStringLiteral("head"), test::kPassword)->role == Role::Mediator);
    // The only administrator can be neither disabled nor demoted.
    CHECK(Users::setDisabled(db, admin, QStringLiteral("admin"), true).code() == ErrorCode::Conflict);
    CHECK(Users::setRole(db, admin, QStringLiteral("admin"), Role::Clerk).code() == ErrorCode::Conflict);
    Result<QList<UserInfo>> users = Users::list(db, admin);
    REQUIRE(users.ok());
    CHECK(users->size() == Roles::all().size());
}
