#include "people/Person.h"

#include "util/Time.h"

namespace sifa {

QVariantMap Person::fields() const
{
    return {
        {QStringLiteral("office_code"), officeCode},
        {QStringLiteral("name"), name},
        {QStringLiteral("alias"), alias},
        {QStringLiteral("sex"), sex},
        {QStringLiteral("ethnicity"), ethnicity},
        {QStringLiteral("id_type"), idType},
        {QStringLiteral("id_number"), idNumber},
        {QStringLiteral("birth_date"), toStoredDate(birthDate)},
        {QStringLiteral("education"), education},
        {QStringLiteral("marital_status"), maritalStatus},
        {QStringLiteral("political_status"), politicalStatus},
        {QStringLiteral("occupation"), occupation},
        {QStringLiteral("employer"), employer},
        {QStringLiteral("phone"), phone},
        {QStringLiteral("hukou_division"), hukouDivision},
        {QStringLiteral("hukou_address"), hukouAddress},
        {QStringLiteral("residence_division"), residenceDivision},
        {QStringLiteral("residence_address"), residenceAddress},
        {QStringLiteral("note"), note},
    };
}

}  // namespace sifa
