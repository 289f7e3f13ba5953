#include "CatchCompat.h"
#include "TestSupport.h"

#include "people/Pinyin.h"
#include "people/PersonService.h"
#include "util/Time.h"

using namespace sifa;

namespace {

Person valid()
{
    Person p;
    p.name = QStringLiteral("陈小明");
    p.idNumber = test::makeId(QStringLiteral("330225"), QDate(1980, 5, 6), true);
    p.phone = QStringLiteral("13812345678");
    p.ethnicity = QStringLiteral("01");
    p.residenceDivision = QStringLiteral("330225101");
    p.residenceAddress = QStringLiteral("东门村12号");
    return p;
}

QString firstErrorField(const Person &p)
{
    const QList<Error> errors = PersonService::validate(PersonService::normalized(p, QDate(2026, 11, 22)), QDate(2026, 11, 22));
    return errors.isEmpty() ? QString() : errors.first().field;
}

}  // namespace

TEST_CASE("the ID number fills birth date and sex", "[people]")
{
    const Person p = PersonService::normalized(valid(), QDate(2026, 11, 22));
    CHECK(p.birthDate == QDate(1980, 5, 6));
    CHECK(p.sex == QStringLiteral("1"));
    CHECK(PersonService::validate(p, QDate(2026, 11, 22)).isEmpty());
    CHECK(ageOn(p.birthDate, QDate(2026, 5, 5)) == 45);
    CHECK(ageOn(p.birthDate, QDate(2026, 5, 6)) == 46);
}

TEST_CASE("validation names the field and says what is wrong", "[people]")
{
    Person p = valid();
    p.name = QString();
    CHECK(firstErrorField(p) == QStringLiteral("name"));
    p = valid();
    p.name = QStringLiteral("张3");
    CHECK(firstErrorField(p) == QStringLiteral("name"));
    p = valid();
    p.sex = QStringLiteral("2");  // the number says male
    CHECK(firstErrorField(p) == QStringLiteral("sex"));
    p = valid();
    p.birthDate = QDate(1980, 5, 7);
    CHECK(firstErrorField(p) == QStringLiteral("birth_date"));
    p = valid();
    p.idNumber.chop(1);
    p.idNumber += QLatin1Char('0') == valid().idNumber.back() ? QLatin1Char('1') : QLatin1Char('0');
    CHECK(firstErrorField(p) == QStringLiteral("id_number"));
    p = valid();
    p.phone = QStringLiteral("12345");
    CHECK(firstErrorField(p) == QStringLiteral("phone"));
    p = valid();
    p.residenceDivision = QStringLiteral("330299999");
    CHECK(firstErrorField(p) == QStringLiteral("residence_division"));
    p = valid();
    p.ethnicity = QStringLiteral("77");
    CHECK(firstErrorField(p) == QStringLiteral("ethnicity"));
    p = valid();
    p.phone = QStringLiteral("0574-65981234");
    CHECK(firstErrorField(p).isEmpty());
}

TEST_CASE("minority names keep their middle dot however it was typed", "[people]")
{
    CHECK(PersonService::normalizeName(QStringLiteral("艾力•买买提")) == QStringLiteral("艾力·买买提"));
    CHECK(PersonService::normalizeName(QStringLiteral("艾力 · 买买提")) == QStringLiteral("艾力·买买提"));
    CHECK(PersonService::normalizeName(QStringLiteral("  艾力・买买提 ")) == QStringLiteral("艾力·买买提"));
    Person p = valid();
    p.name = QStringLiteral("艾力•买买提");
    CHECK(firstErrorField(p).isEmpty());
}

TEST_CASE("a second person with the same ID number is refused and the existing one offered", "[people]")
{
    test::TestOffice office;
    Database &db = *office.db;
    const Session clerk = office.signIn(QStringLiteral("clerk"));
    Result<PersonSaveResult> first = PersonService::create(db, clerk, valid());
    REQUIRE(first.ok());

    Person again = valid();
    again.name = QStringLiteral("陈晓明");
    Result<PersonSaveResult> dup = PersonService::create(db, clerk, again);
    REQUIRE_FALSE(dup.ok());
    CHECK(dup.code() == ErrorCode::Duplicate);
    CHECK(dup.error().detail.toString() == first->uuid);
    CHECK(dup.message().contains(QStringLiteral("陈小明")));

    SECTION("also when typed as the old 15-digit number")
    {
        const QString id18 = valid().idNumber;
        Person legacy = valid();
        legacy.idNumber = id18.left(6) + id18.mid(8, 9);
        CHECK(PersonService::create(db, clerk, legacy).code() == ErrorCode::Duplicate);
    }
    SECTION("possible duplicates by name and birth date")
    {
        Person noId;
        noId.name = QStringLiteral("陈小明");
        noId.birthDate = QDate(1980, 5, 6);
        Result<QList<PersonListItem>> similar = PersonService::possibleDuplicates(db, clerk, noId);
        REQUIRE(similar.ok());
        REQUIRE(similar->size() == 1);
        CHECK(similar->first().uuid == first->uuid);
    }
    SECTION("a removed person's number can be entered again, and then the old record cannot come back")
    {
        REQUIRE(PersonService::remove(db, clerk, first->uuid, QStringLiteral("entered by mistake")).ok());
        Result<PersonSaveResult> fresh = PersonService::create(db, clerk, again);
        REQUIRE(fresh.ok());
        CHECK(PersonService::restore(db, clerk, first->uuid, QStringLiteral("undo")).code() == ErrorCode::Duplicate);
    }
}

TEST_CASE("a 15-digit number is stored as 18 digits with a notice", "[people]")
{
    test::TestOffice office;
    const Session clerk = office.signIn(QStringLiteral("clerk"));
    Person p;
    p.name = QStringLiteral("老李");
    p.idNumber = QStringLiteral("110105491231002");
    Result<PersonSaveResult> r = PersonService::create(*office.db, clerk, p);
    REQUIRE(r.ok());
    REQUIRE(r->notices.size() == 1);
    CHECK(PersonService::get(*office.db, clerk, r->uuid)->idNumber == QStringLiteral("11010519491231002X"));
}

TEST_CASE("searching by name short name pinyin initials ID number and phone", "[people][search]")
{
    CHECK(pinyinInitials(QStringLiteral("张三丰")) == QStringLiteral("zsf"));
    CHECK(pinyinInitials(QStringLiteral("欧阳Ke")) == QStringLiteral("oyke"));

    test::TestOffice office;
    Database &db = *office.db;
    const Session clerk = office.signIn(QStringLiteral("clerk"));
    auto add = [&](const QString &name, int n, const QString &phone) {
        Person p;
        p.name = name;
        p.idNumber = test::makeId(QStringLiteral("330225"), QDate(1975, 1, 1).addDays(n), n % 2 == 1, 20 + n);
        p.phone = phone;
        Result<PersonSaveResult> r = PersonService::create(db, clerk, p);
        REQUIRE(r.ok());
        return r->uuid;
    };
    const QString zhang = add(QStringLiteral("张三"), 1, QStringLiteral("13811112222"));
    add(QStringLiteral("张三丰"), 2, QStringLiteral("13933334444"));
    add(QStringLiteral("李四"), 3, QString());
    auto names = [&](const QString &text) {
        QStringList out;
        for (const PersonListItem &it : *PersonService::search(db, clerk, PersonQuery{text, false, 100, 0}))
            out << it.name;
        return out;
    };
    CHECK(names(QStringLiteral("张三")) == QStringList{QStringLiteral("张三"), QStringLiteral("张三丰")});
    CHECK(names(QStringLiteral("三丰")) == QStringList{QStringLiteral("张三丰")});
    CHECK(names(QStringLiteral("张三丰")) == QStringList{QStringLiteral("张三丰")});  // 3 characters: FTS5
    CHECK(names(QStringLiteral("zs")) == QStringList{QStringLiteral("张三"), QStringLiteral("张三丰")});
    CHECK(names(QStringLiteral("ZSF")) == QStringList{QStringLiteral("张三丰")});
    CHECK(names(QStringLiteral("1111222")) == QStringList{QStringLiteral("张三")});
    CHECK(names(QStringLiteral("李")) == QStringList{QStringLiteral("李四")});
    CHECK(names(QStringLiteral("王")).isEmpty());
    CHECK(names(QStringLiteral("%")).isEmpty());
    CHECK(names(QStringLiteral("\"")).isEmpty());
    CHECK(names(QString()).size() == 3);

    // The index follows edits and removals.
    Person p = *PersonService::get(db, clerk, zhang);
    p.name = QStringLiteral("章三");
    REQUIRE(PersonService::update(db, clerk, p).ok());
    CHECK(names(QStringLiteral("张三")) == QStringList{QStringLiteral("张三丰")});
    CHECK(names(QStringLiteral("章三")) == QStringList{QStringLiteral("章三")});
    REQUIRE(PersonService::remove(db, clerk, zhang, QStringLiteral("test")).ok());
    CHECK(names(QStringLiteral("章三")).isEmpty());
    PersonQuery withDeleted{QStringLiteral("章三"), true, 100, 0};
    CHECK(PersonService::search(db, clerk, withDeleted)->size() == 1);
}
