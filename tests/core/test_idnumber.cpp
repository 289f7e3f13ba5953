#include "CatchCompat.h"

#include "people/IdNumber.h"

using namespace sifa;

namespace {
const QDate kToday(2026, 11, 22);
}

TEST_CASE("the check character follows ISO 7064 MOD 11-2", "[id]")
{
    CHECK(IdNumbers::checkCharacter(u"11010519491231002") == QLatin1Char('X'));
    CHECK(IdNumbers::checkCharacter(u"33022519800101001") == QLatin1Char('8'));
}

TEST_CASE("a valid resident ID number gives birth date and sex", "[id]")
{
    const IdCheck c = IdNumbers::checkResident(QStringLiteral("11010519491231002x"), kToday);
    REQUIRE(c.ok());
    CHECK(c.normalized == QStringLiteral("11010519491231002X"));  // upper-cased X
    CHECK(c.birthDate == QDate(1949, 12, 31));
    CHECK(c.sexCode == QStringLiteral("2"));  // digit 17 = 2, even: female
    CHECK_FALSE(c.upgradedFrom15);

    const IdCheck male = IdNumbers::checkResident(QStringLiteral("330225198001010018"), kToday);
    REQUIRE(male.ok());
    CHECK(male.sexCode == QStringLiteral("1"));
}

TEST_CASE("full-width digits and spaces typed with a Chinese input method are accepted", "[id]")
{
    const IdCheck c = IdNumbers::checkResident(QStringLiteral("１１０１０５ １９４９１２３１００２Ｘ"), kToday);
    REQUIRE(c.ok());
    CHECK(c.normalized == QStringLiteral("11010519491231002X"));
}

TEST_CASE("15-digit numbers are upgraded to 18", "[id]")
{
    const IdCheck c = IdNumbers::checkResident(QStringLiteral("110105491231002"), kToday);
    REQUIRE(c.ok());
    CHECK(c.upgradedFrom15);
    CHECK(c.normalized == QStringLiteral("11010519491231002X"));
    CHECK(c.birthDate == QDate(1949, 12, 31));
    CHECK(IdNumbers::upgrade15(QStringLiteral("110105491231002")) == QStringLiteral("11010519491231002X"));
}

TEST_CASE("each kind of invalid number has its own error and message", "[id]")
{
    struct Case {
        const char *input;
        IdError error;
    };
    const Case cases[] = {
        {"", IdError::Empty},
        {"1101051949123100", IdError::WrongLength},      // 16 characters
        {"1101051949123100211", IdError::WrongLength},   // 19 characters
        {"11010519491231A02X", IdError::BadCharacters},  // a letter inside
        {"11010519491231002Y", IdError::BadCharacters},  // only X may end it
        {"99010519491231002X", IdError::BadProvince},    // 99 is no province
        {"110105194913310021", IdError::BadDate},         // month 13
        {"110105194902300021", IdError::BadDate},         // 30 February
        {"110105189912310021", IdError::Before1900},
        {"110105203001010021", IdError::FutureDate},
        {"110105194912310021", IdError::BadCheck},        // should end in X
        {"11010549123100A", IdError::BadCharacters},      // 15 characters with a letter
    };
    QStringList messages;
    for (const Case &c : cases) {
        const IdCheck r = IdNumbers::checkResident(QString::fromUtf8(c.input), kToday);
        INFO(c.input);
        CHECK(r.error == c.error);
        CHECK_FALSE(r.message.isEmpty());
        messages << r.message;
    }
    // The check-character message names the expected character.
    CHECK(IdNumbers::checkResident(QStringLiteral("110105194912310021"), kToday).message.contains(QLatin1Char('X')));
    // Different mistakes read differently.
    QStringList distinct = messages;
    distinct.removeDuplicates();
    CHECK(distinct.size() >= 9);
}

TEST_CASE("a future date is judged against today", "[id]")
{
    const QString id = []() -> QString {
        const QString first17 = QStringLiteral("33022520261123001");
        return first17 + IdNumbers::checkCharacter(first17);
    }();
    CHECK(IdNumbers::checkResident(id, kToday).error == IdError::FutureDate);
    CHECK(IdNumbers::checkResident(id, kToday.addDays(1)).ok());
}

TEST_CASE("residence permits for Hong Kong Macao and Taiwan residents", "[id]")
{
    const QString first17 = QStringLiteral("81000019900101001");
    const QString permit = first17 + IdNumbers::checkCharacter(first17);
    const IdCheck ok = IdNumbers::check(IdType::HkMoTwPermit, permit, kToday);
    REQUIRE(ok.ok());
    CHECK(ok.birthDate == QDate(1990, 1, 1));
    const QString other = QStringLiteral("33022519900101001");
    CHECK(IdNumbers::check(IdType::HkMoTwPermit, other + IdNumbers::checkCharacter(other), kToday).error
          == IdError::BadPermitPrefix);
}

TEST_CASE("foreign permanent residence IDs and other documents", "[id]")
{
    const QString first17 = QStringLiteral("93384019850615001");
    CHECK(IdNumbers::check(IdType::ForeignPermanent, first17 + IdNumbers::checkCharacter(first17), kToday).ok());
    const QChar wrong = IdNumbers::checkCharacter(first17) == QLatin1Char('0') ? QLatin1Char('1') : QLatin1Char('0');
    CHECK(IdNumbers::check(IdType::ForeignPermanent, first17 + wrong, kToday).error == IdError::BadCheck);
    CHECK(IdNumbers::check(IdType::ForeignPermanent, QStringLiteral("USA330619850"), kToday).error == IdError::WrongLength);
    CHECK(IdNumbers::check(IdType::ForeignPermanent, QStringLiteral("USA330619850615"), kToday).ok());
    CHECK(IdNumbers::check(QStringLiteral("4"), QStringLiteral("E12345678"), kToday).ok());
    CHECK(IdNumbers::check(QStringLiteral("4"), QStringLiteral("E1 2#"), kToday).error == IdError::BadCharacters);
}

TEST_CASE("ID numbers are masked in lists", "[id]")
{
    CHECK(IdNumbers::mask(QStringLiteral("11010519491231002X")) == QStringLiteral("110105********002X"));
    CHECK(IdNumbers::mask(QString()).isEmpty());
    CHECK(IdNumbers::mask(QStringLiteral("E12345678")) == QStringLiteral("E1***5678"));
}
