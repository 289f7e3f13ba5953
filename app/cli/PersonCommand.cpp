#include "Commands.h"
#include "Console.h"

#include "codes/CodeTables.h"
#include "codes/Divisions.h"
#include "people/IdNumber.h"
#include "people/PersonService.h"
#include "storage/Database.h"
#include "util/Time.h"

#include <QJsonArray>
#include <QJsonObject>

namespace sifa::cli {

namespace {

struct FieldOption {
    const char *option;
    const char *help;
    QString Person::*member;
};

// The text fields of a person that `person add` and `person edit` accept.
const QList<FieldOption> &fieldOptions()
{
    static const QList<FieldOption> list{
        {"name", QT_TRANSLATE_NOOP("Cli", "Name (\"·\" allowed)."), &Person::name},
        {"alias", QT_TRANSLATE_NOOP("Cli", "Former name or alias."), &Person::alias},
        {"sex", QT_TRANSLATE_NOOP("Cli", "Sex code: 1 male, 2 female (filled from the ID number if omitted)."), &Person::sex},
        {"ethnicity", QT_TRANSLATE_NOOP("Cli", "Ethnicity code (GB/T 3304, 01 = 汉族)."), &Person::ethnicity},
        {"id-type", QT_TRANSLATE_NOOP("Cli", "Document type code (1 = 居民身份证, the default)."), &Person::idType},
        {"id-number", QT_TRANSLATE_NOOP("Cli", "Document number (15-digit numbers are upgraded to 18)."), &Person::idNumber},
        {"education", QT_TRANSLATE_NOOP("Cli", "Education code."), &Person::education},
        {"marital", QT_TRANSLATE_NOOP("Cli", "Marital status code (GB/T 2261.2)."), &Person::maritalStatus},
        {"political", QT_TRANSLATE_NOOP("Cli", "Political status code (GB/T 4762)."), &Person::politicalStatus},
        {"occupation", QT_TRANSLATE_NOOP("Cli", "Occupation."), &Person::occupation},
        {"employer", QT_TRANSLATE_NOOP("Cli", "Employer."), &Person::employer},
        {"phone", QT_TRANSLATE_NOOP("Cli", "Phone number."), &Person::phone},
        {"hukou-division", QT_TRANSLATE_NOOP("Cli", "Household registration division code (6, 9 or 12 digits)."), &Person::hukouDivision},
        {"hukou-address", QT_TRANSLATE_NOOP("Cli", "Household registration address."), &Person::hukouAddress},
        {"residence-division", QT_TRANSLATE_NOOP("Cli", "Residence division code."), &Person::residenceDivision},
        {"residence-address", QT_TRANSLATE_NOOP("Cli", "Residence address."), &Person::residenceAddress},
        {"note", QT_TRANSLATE_NOOP("Cli", "Note."), &Person::note},
    };
    return list;
}

void addFieldOptions(QCommandLineParser &p)
{
    for (const FieldOption &f : fieldOptions())
        p.addOption({QString::fromLatin1(f.option), Cli::tr(f.help), QStringLiteral("VALUE")});
    p.addOption({QStringLiteral("birth-date"), Cli::tr("Birth date yyyy-MM-dd (filled from the ID number if omitted)."),
                 QStringLiteral("DATE")});
}

// Applies the options given on the command line to `p`; returns an error message or "".
QString applyFields(const QCommandLineParser &parser, Person &p)
{
    for (const FieldOption &f : fieldOptions()) {
        const QString name = QString::fromLatin1(f.option);
        if (parser.isSet(name))
            p.*(f.member) = parser.value(name);
    }
    if (parser.isSet(QStringLiteral("birth-date"))) {
        const QString v = parser.value(QStringLiteral("birth-date"));
        p.birthDate = fromStoredDate(v);
        if (!v.isEmpty() && !p.birthDate.isValid())
            return Cli::tr("--birth-date must be a date written yyyy-MM-dd.");
    }
    return QString();
}

QString codeName(const QString &table, const QString &code)
{
    const CodeTable *t = CodeTables::instance().table(table);
    return t ? t->displayName(code) : code;
}

QJsonObject toJson(const Person &p)
{
    return QJsonObject{
        {QStringLiteral("uuid"), p.uuid},
        {QStringLiteral("office_code"), p.officeCode},
        {QStringLiteral("name"), p.name},
        {QStringLiteral("alias"), p.alias},
        {QStringLiteral("sex"), p.sex},
        {QStringLiteral("ethnicity"), p.ethnicity},
        {QStringLiteral("id_type"), p.idType},
        {QStringLiteral("id_number"), p.idNumber},
        {QStringLiteral("birth_date"), toStoredDate(p.birthDate)},
        {QStringLiteral("age"), p.birthDate.isValid() ? ageOn(p.birthDate, Clock::today()) : QJsonValue()},
        {QStringLiteral("education"), p.education},
        {QStringLiteral("marital_status"), p.maritalStatus},
        {QStringLiteral("political_status"), p.politicalStatus},
        {QStringLiteral("occupation"), p.occupation},
        {QStringLiteral("employer"), p.employer},
        {QStringLiteral("phone"), p.phone},
        {QStringLiteral("hukou_division"), p.hukouDivision},
        {QStringLiteral("hukou_address"), p.hukouAddress},
        {QStringLiteral("residence_division"), p.residenceDivision},
        {QStringLiteral("residence_address"), p.residenceAddress},
        {QStringLiteral("note"), p.note},
        {QStringLiteral("created_at"), p.createdAt},
        {QStringLiteral("created_by"), p.createdBy},
        {QStringLiteral("updated_at"), p.updatedAt},
        {QStringLiteral("updated_by"), p.updatedBy},
        {QStringLiteral("deleted"), p.deleted},
    };
}

int add(const QStringList &args)
{
    QCommandLineParser p;
    p.addOption(dbOption());
    p.addOption(userOption());
    addFieldOptions(p);
    if (std::optional<int> stop = parse(p, args, Cli::tr("Add a person to the people index. Prints the new "
                                                         "person's id. If the ID number is already in the index, "
                                                         "nothing is added, the existing person's id is named and "
                                                         "the exit code is 3.")))
        return *stop;
    Person person;
    if (const QString e = applyFields(p, person); !e.isEmpty())
        return fail(e, Usage);
    int code = Ok;
    auto in = openAndSignIn(p, &code);
    if (!in)
        return code;
    auto *db = &in->db;  // **db is the Database
    const Session *session = &in->session;
    Result<PersonSaveResult> r = PersonService::create(**db, *session, person);
    if (!r)
        return fail(r.error());
    for (const QString &n : r->notices)
        err() << Cli::tr("note: %1").arg(n) << Qt::endl;
    out() << r->uuid << Qt::endl;
    return Ok;
}

int edit(const QStringList &args)
{
    QCommandLineParser p;
    p.addOption(dbOption());
    p.addOption(userOption());
    p.addOption({QStringLiteral("uuid"), Cli::tr("The person to change."), QStringLiteral("UUID")});
    addFieldOptions(p);
    if (std::optional<int> stop = parse(p, args, Cli::tr("Change fields of a person; fields not given stay as they are.")))
        return *stop;
    int code = Ok;
    auto in = openAndSignIn(p, &code);
    if (!in)
        return code;
    auto *db = &in->db;  // **db is the Database
    const Session *session = &in->session;
    Result<Person> person = PersonService::get(**db, *session, p.value(QStringLiteral("uuid")));
    if (!person)
        return fail(person.error());
    if (const QString e = applyFields(p, person.value()); !e.isEmpty())
        return fail(e, Usage);
    Result<PersonSaveResult> r = PersonService::update(**db, *session, person.value());
    if (!r)
        return fail(r.error());
    for (const QString &n : r->notices)
        err() << Cli::tr("note: %1").arg(n) << Qt::endl;
    out() << r->uuid << Qt::endl;
    return Ok;
}

int list(const QStringList &args)
{
    QCommandLineParser p;
    p.addOption(dbOption());
    p.addOption(userOption());
    p.addOption(jsonOption());
    p.addOption({QStringLiteral("search"), Cli::tr("Name, pinyin initials, ID number or phone."), QStringLiteral("TEXT")});
    p.addOption({QStringLiteral("limit"), Cli::tr("At most N people (default 500)."), QStringLiteral("N"),
                 QStringLiteral("500")});
    p.addOption({QStringLiteral("include-deleted"), Cli::tr("Also list removed people.")});
    p.addOption({QStringLiteral("show-id"), Cli::tr("Show ID numbers in full (recorded in the audit trail).")});
    if (std::optional<int> stop = parse(p, args, Cli::tr("List the people index. ID numbers are masked unless --show-id.")))
        return *stop;
    int code = Ok;
    auto in = openAndSignIn(p, &code);
    if (!in)
        return code;
    auto *db = &in->db;  // **db is the Database
    const Session *session = &in->session;
    PersonQuery q;
    q.text = p.value(QStringLiteral("search"));
    q.limit = qBound(1, p.value(QStringLiteral("limit")).toInt(), 100000);
    q.includeDeleted = p.isSet(QStringLiteral("include-deleted"));
    const bool full = p.isSet(QStringLiteral("show-id"));
    q.revealIdNumbers = full;
    Result<QList<PersonListItem>> rows = PersonService::search(**db, *session, q);
    if (!rows)
        return fail(rows.error());
    const QDate today = Clock::today();
    if (p.isSet(QStringLiteral("json"))) {
        QJsonArray arr;
        for (const PersonListItem &it : *rows) {
            arr.append(QJsonObject{{QStringLiteral("uuid"), it.uuid},
                                   {QStringLiteral("name"), it.name},
                                   {QStringLiteral("sex"), it.sex},
                                   {QStringLiteral("id_type"), it.idType},
                                   {QStringLiteral("id_number"), full ? it.idNumber : IdNumbers::mask(it.idNumber)},
                                   {QStringLiteral("birth_date"), toStoredDate(it.birthDate)},
                                   {QStringLiteral("age"), it.birthDate.isValid() ? ageOn(it.birthDate, today) : QJsonValue()},
                                   {QStringLiteral("phone"), it.phone},
                                   {QStringLiteral("residence_division"), it.residenceDivision},
                                   {QStringLiteral("residence_address"), it.residenceAddress},
                                   {QStringLiteral("deleted"), it.deleted}});
        }
        printJson(arr);
        return Ok;
    }
    for (const PersonListItem &it : *rows) {
        out() << it.uuid << '\t' << it.name << '\t' << codeName(CodeTables::sexTable(), it.sex) << '\t'
              << (full ? it.idNumber : IdNumbers::mask(it.idNumber)) << '\t' << toStoredDate(it.birthDate) << '\t'
              << it.phone << '\t' << Divisions::instance().fullName(it.residenceDivision) << it.residenceAddress
              << (it.deleted ? QStringLiteral("\t") + Cli::tr("(removed)") : QString()) << Qt::endl;
    }
    return Ok;
}

int show(const QStringList &args)
{
    QCommandLineParser p;
    p.addOption(dbOption());
    p.addOption(userOption());
    p.addOption(jsonOption());
    p.addOption({QStringLiteral("uuid"), Cli::tr("The person's id."), QStringLiteral("UUID")});
    p.addOption({QStringLiteral("id-number"), Cli::tr("Find the person by resident ID number instead."),
                 QStringLiteral("NUMBER")});
    if (std::optional<int> stop = parse(p, args, Cli::tr("Show one person.")))
        return *stop;
    int code = Ok;
    auto in = openAndSignIn(p, &code);
    if (!in)
        return code;
    auto *db = &in->db;  // **db is the Database
    const Session *session = &in->session;
    QString uuid = p.value(QStringLiteral("uuid"));
    if (uuid.isEmpty() && p.isSet(QStringLiteral("id-number"))) {
        const IdCheck check = IdNumbers::checkResident(p.value(QStringLiteral("id-number")), Clock::today());
        if (!check.ok())
            return fail(check.message);
        PersonQuery q;
        q.text = check.normalized;
        Result<QList<PersonListItem>> found = PersonService::search(**db, *session, q);
        if (!found)
            return fail(found.error());
        for (const PersonListItem &it : *found)
            if (it.idNumber == check.normalized)
                uuid = it.uuid;
        if (uuid.isEmpty())
            return fail(Cli::tr("Nobody with this ID number is in the people index."));
    }
    if (uuid.isEmpty())
        return fail(Cli::tr("Name the person with --uuid or --id-number."), Usage);
    Result<Person> person = PersonService::get(**db, *session, uuid);
    if (!person)
        return fail(person.error());
    if (p.isSet(QStringLiteral("json"))) {
        printJson(toJson(*person));
        return Ok;
    }
    const Person &x = *person;
    const Divisions &d = Divisions::instance();
    auto line = [](const QString &label, const QString &value) {
        if (!value.isEmpty())
            out() << label << ": " << value << Qt::endl;
    };
    line(Cli::tr("Name"), x.name);
    line(Cli::tr("Former name"), x.alias);
    line(Cli::tr("Sex"), codeName(CodeTables::sexTable(), x.sex));
    line(Cli::tr("Ethnicity"), codeName(CodeTables::ethnicityTable(), x.ethnicity));
    line(codeName(CodeTables::idTypeTable(), x.idType), x.idNumber);
    line(Cli::tr("Birth date"), x.birthDate.isValid()
                                    ? Cli::tr("%1 (age %2)").arg(toStoredDate(x.birthDate)).arg(ageOn(x.birthDate, Clock::today()))
                                    : QString());
    line(Cli::tr("Education"), codeName(CodeTables::educationTable(), x.education));
    line(Cli::tr("Marital status"), codeName(CodeTables::maritalTable(), x.maritalStatus));
    line(Cli::tr("Political status"), codeName(CodeTables::politicalTable(), x.politicalStatus));
    line(Cli::tr("Occupation"), x.occupation);
    line(Cli::tr("Employer"), x.employer);
    line(Cli::tr("Phone"), x.phone);
    line(Cli::tr("Household registration"), d.fullName(x.hukouDivision) + x.hukouAddress);
    line(Cli::tr("Residence"), d.fullName(x.residenceDivision) + x.residenceAddress);
    line(Cli::tr("Note"), x.note);
    line(Cli::tr("Entered"), Cli::tr("%1 by %2").arg(x.createdAt, x.createdBy));
    line(Cli::tr("Last changed"), Cli::tr("%1 by %2").arg(x.updatedAt, x.updatedBy));
    if (x.deleted)
        out() << Cli::tr("This person was removed from the index.") << Qt::endl;
    return Ok;
}

int remove(const QStringList &args, bool restore)
{
    QCommandLineParser p;
    p.addOption(dbOption());
    p.addOption(userOption());
    p.addOption({QStringLiteral("uuid"), Cli::tr("The person's id."), QStringLiteral("UUID")});
    p.addOption({QStringLiteral("reason"), Cli::tr("Why (kept in the change log)."), QStringLiteral("TEXT")});
    if (std::optional<int> stop = parse(p, args, restore ? Cli::tr("Bring a removed person back into the index.")
                                                         : Cli::tr("Remove a person from the index (the record is "
                                                                   "kept as a tombstone).")))
        return *stop;
    int code = Ok;
    auto in = openAndSignIn(p, &code);
    if (!in)
        return code;
    auto *db = &in->db;  // **db is the Database
    const Session *session = &in->session;
    const QString uuid = p.value(QStringLiteral("uuid"));
    const QString reason = p.value(QStringLiteral("reason"));
    const Status s = restore ? PersonService::restore(**db, *session, uuid, reason)
                             : PersonService::remove(**db, *session, uuid, reason);
    if (!s.ok())
        return fail(s.error());
    out() << Cli::tr("Done.") << Qt::endl;
    return Ok;
}

}  // namespace

int runPerson(const QStringList &args)
{
    const QString sub = args.value(1);
    const QStringList rest = args.mid(1);
    if (sub == QLatin1String("add"))
        return add(rest);
    if (sub == QLatin1String("edit"))
        return edit(rest);
    if (sub == QLatin1String("list"))
        return list(rest);
    if (sub == QLatin1String("show"))
        return show(rest);
    if (sub == QLatin1String("delete"))
        return remove(rest, false);
    if (sub == QLatin1String("restore"))
        return remove(rest, true);
    const QString usage = Cli::tr("Usage: sifa person add|edit|list|show|delete|restore ... (--help on each)");
    if (sub == QLatin1String("--help") || sub == QLatin1String("-h")) {
        out() << usage << Qt::endl;
        return Ok;
    }
    return fail(usage, Usage);
}

}  // namespace sifa::cli
