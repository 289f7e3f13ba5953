#include "placement/RecordDialogs.h"

#include "correction/CorrectionUi.h"
#include "placement/PlacementService.h"
#include "placement/PlacementUi.h"
#include "util/Time.h"
#include "widgets/FormDialog.h"

#include <QLineEdit>

namespace sifa {
namespace ui {

namespace {

using U = CorrectionUi;

QString title(const QString &entity, bool adding)
{
    if (entity == QLatin1String("rp_member"))
        return adding ? RecordDialogs::tr("Add a group member") : RecordDialogs::tr("Change a group member");
    if (entity == QLatin1String("rp_agreement"))
        return adding ? RecordDialogs::tr("Add an agreement") : RecordDialogs::tr("Change an agreement");
    if (entity == QLatin1String("rp_visit"))
        return adding ? RecordDialogs::tr("Record a visit") : RecordDialogs::tr("Change a visit");
    if (entity == QLatin1String("rp_placement"))
        return adding ? RecordDialogs::tr("Record a placement") : RecordDialogs::tr("Change a placement");
    if (entity == QLatin1String("rp_assistance"))
        return adding ? RecordDialogs::tr("Record social assistance") : RecordDialogs::tr("Change social assistance");
    return adding ? RecordDialogs::tr("Record a move") : RecordDialogs::tr("Change a move");
}

// The form's values into the record's fields: dates as stored text, checks as 0/1, choices as
// codes, the amount in fen.
QVariantMap values(const FormDialog &f, const QStringList &dates, const QStringList &checks, const QStringList &texts)
{
    QVariantMap m;
    for (const QString &k : dates)
        m.insert(k, U::date(f.date(k)));
    for (const QString &k : checks)
        m.insert(k, f.checked(k) ? 1 : 0);
    for (const QString &k : texts)
        m.insert(k, f.text(k));
    return m;
}

void member(FormDialog &f, const Record &r)
{
    f.addLine(QStringLiteral("name"), RecordDialogs::tr("Name *:"), r.text(QStringLiteral("name")));
    f.addChoice(QStringLiteral("role"), RecordDialogs::tr("Taking part as:"),
                U::codeItems(QStringLiteral("placement_member_role"), true), r.text(QStringLiteral("role")));
    f.addLine(QStringLiteral("unit"), RecordDialogs::tr("Unit:"), r.text(QStringLiteral("unit")));
    f.addLine(QStringLiteral("relation"), RecordDialogs::tr("Relation to the person:"),
              r.text(QStringLiteral("relation")));
    f.addLine(QStringLiteral("phone"), RecordDialogs::tr("Phone:"), r.text(QStringLiteral("phone")));
    f.addText(QStringLiteral("duty"), RecordDialogs::tr("Duty in the group:"), r.text(QStringLiteral("duty")), 2);
}

void agreement(FormDialog &f, const Record &r)
{
    f.addDate(QStringLiteral("signed_date"), RecordDialogs::tr("Signed on *:"),
              r.uuid.isEmpty() ? Clock::today() : r.date(QStringLiteral("signed_date")));
    f.addLine(QStringLiteral("parties"), RecordDialogs::tr("Parties:"), r.text(QStringLiteral("parties")))
        ->setPlaceholderText(RecordDialogs::tr("the office, the village committee, the family, the person"));
    f.addLine(QStringLiteral("village"), RecordDialogs::tr("Village or community:"), r.text(QStringLiteral("village")));
    f.addLine(QStringLiteral("family_signatory"), RecordDialogs::tr("Signed for the family by:"),
              r.text(QStringLiteral("family_signatory")));
    f.addText(QStringLiteral("obligations"), RecordDialogs::tr("Obligations:"), r.text(QStringLiteral("obligations")),
              4);
    f.addDate(QStringLiteral("valid_until"), RecordDialogs::tr("Valid until:"), r.date(QStringLiteral("valid_until")),
              true, false);
    f.addText(QStringLiteral("note"), RecordDialogs::tr("Note:"), r.text(QStringLiteral("note")), 2);
}

void visit(FormDialog &f, const Record &r, const Session &session)
{
    const bool adding = r.uuid.isEmpty();
    f.addChoice(QStringLiteral("kind"), RecordDialogs::tr("Kind *:"), U::codeItems(QStringLiteral("placement_visit")),
                adding ? QStringLiteral("visit") : r.text(QStringLiteral("kind")));
    f.addDate(QStringLiteral("visit_date"), RecordDialogs::tr("Date *:"),
              adding ? Clock::today() : r.date(QStringLiteral("visit_date")));
    f.addLine(QStringLiteral("place"), RecordDialogs::tr("Place:"), r.text(QStringLiteral("place")));
    f.addLine(QStringLiteral("participants"), RecordDialogs::tr("Taking part:"), r.text(QStringLiteral("participants")));
    f.addText(QStringLiteral("content"), RecordDialogs::tr("What was talked about:"), r.text(QStringLiteral("content")),
              4);
    f.addText(QStringLiteral("effect"), RecordDialogs::tr("Effect:"), r.text(QStringLiteral("effect")), 2);
    f.addChoice(QStringLiteral("rating"), RecordDialogs::tr("Current conduct:"),
                U::codeItems(QStringLiteral("placement_rating"), true), r.text(QStringLiteral("rating")));
    f.addLine(QStringLiteral("staff"), RecordDialogs::tr("Staff:"),
              adding ? PlacementUi::who(session) : r.text(QStringLiteral("staff")));
    f.addCheck(QStringLiteral("signed"), RecordDialogs::tr("Signed by the person"), r.flag(QStringLiteral("signed")));
}

void placement(FormDialog &f, const Record &r)
{
    const bool adding = r.uuid.isEmpty();
    f.addChoice(QStringLiteral("mode"), RecordDialogs::tr("How *:"), U::codeItems(QStringLiteral("placement_mode")),
                r.text(QStringLiteral("mode")));
    f.addDate(QStringLiteral("placed_date"), RecordDialogs::tr("Placed on *:"),
              adding ? Clock::today() : r.date(QStringLiteral("placed_date")));
    f.addLine(QStringLiteral("employer"), RecordDialogs::tr("Employer:"), r.text(QStringLiteral("employer")));
    f.addLine(QStringLiteral("employer_phone"), RecordDialogs::tr("Employer's phone:"),
              r.text(QStringLiteral("employer_phone")));
    f.addLine(QStringLiteral("position"), RecordDialogs::tr("Work:"), r.text(QStringLiteral("position")));
    f.addCheck(QStringLiteral("social_insurance"), RecordDialogs::tr("Takes part in social insurance"),
               r.flag(QStringLiteral("social_insurance")));
    f.addCheck(QStringLiteral("relief_policy"), RecordDialogs::tr("Tax or fee relief granted"),
               r.flag(QStringLiteral("relief_policy")));
    f.addDate(QStringLiteral("ended_date"), RecordDialogs::tr("Ended on:"), r.date(QStringLiteral("ended_date")), true);
    f.addText(QStringLiteral("note"), RecordDialogs::tr("Note:"), r.text(QStringLiteral("note")), 2);
}

void assistance(FormDialog &f, const Record &r)
{
    const bool adding = r.uuid.isEmpty();
    f.addChoice(QStringLiteral("kind"), RecordDialogs::tr("Kind *:"),
                U::codeItems(QStringLiteral("placement_assistance")), r.text(QStringLiteral("kind")));
    f.addDate(QStringLiteral("granted_date"), RecordDialogs::tr("Granted on *:"),
              adding ? Clock::today() : r.date(QStringLiteral("granted_date")));
    f.addAmount(QStringLiteral("amount"), RecordDialogs::tr("Amount (yuan):"),
                r.fields.value(QStringLiteral("amount_fen")).toLongLong());
    f.addLine(QStringLiteral("provider"), RecordDialogs::tr("Granted by:"), r.text(QStringLiteral("provider")));
    f.addDate(QStringLiteral("until_date"), RecordDialogs::tr("Until:"), r.date(QStringLiteral("until_date")), true,
              false);
    f.addText(QStringLiteral("note"), RecordDialogs::tr("Note:"), r.text(QStringLiteral("note")), 2);
}

void move(FormDialog &f, const Record &r)
{
    f.addChoice(QStringLiteral("kind"), RecordDialogs::tr("Kind *:"), U::codeItems(QStringLiteral("placement_move")),
                r.text(QStringLiteral("kind")));
    f.addDate(QStringLiteral("move_date"), RecordDialogs::tr("On *:"),
              r.uuid.isEmpty() ? Clock::today() : r.date(QStringLiteral("move_date")));
    f.addLine(QStringLiteral("destination"), RecordDialogs::tr("To:"), r.text(QStringLiteral("destination")));
    f.addLine(QStringLiteral("other_office"), RecordDialogs::tr("The other judicial office:"),
              r.text(QStringLiteral("other_office")));
    f.addText(QStringLiteral("note"), RecordDialogs::tr("Note:"), r.text(QStringLiteral("note")), 2);
}

} // namespace

bool RecordDialogs::edit(QWidget *parent, Database &db, const Session &session, const PlacementFile &file,
                         const QString &entity, const Record &record)
{
    const bool adding = record.uuid.isEmpty();
    FormDialog f(title(entity, adding), file.person.name, parent);
    std::function<QVariantMap()> read;
    if (entity == QLatin1String("rp_member")) {
        member(f, record);
        read = [&] { return values(f, {}, {}, {QStringLiteral("name"), QStringLiteral("role"), QStringLiteral("unit"),
                                              QStringLiteral("relation"), QStringLiteral("phone"),
                                              QStringLiteral("duty")}); };
    } else if (entity == QLatin1String("rp_agreement")) {
        agreement(f, record);
        read = [&] {
            return values(f, {QStringLiteral("signed_date"), QStringLiteral("valid_until")}, {},
                          {QStringLiteral("parties"), QStringLiteral("village"), QStringLiteral("family_signatory"),
                           QStringLiteral("obligations"), QStringLiteral("note")});
        };
    } else if (entity == QLatin1String("rp_visit")) {
        visit(f, record, session);
        read = [&] {
            return values(f, {QStringLiteral("visit_date")}, {QStringLiteral("signed")},
                          {QStringLiteral("kind"), QStringLiteral("place"), QStringLiteral("participants"),
                           QStringLiteral("content"), QStringLiteral("effect"), QStringLiteral("rating"),
                           QStringLiteral("staff")});
        };
    } else if (entity == QLatin1String("rp_placement")) {
        placement(f, record);
        read = [&] {
            return values(f, {QStringLiteral("placed_date"), QStringLiteral("ended_date")},
                          {QStringLiteral("social_insurance"), QStringLiteral("relief_policy")},
                          {QStringLiteral("mode"), QStringLiteral("employer"), QStringLiteral("employer_phone"),
                           QStringLiteral("position"), QStringLiteral("note")});
        };
    } else if (entity == QLatin1String("rp_assistance")) {
        assistance(f, record);
        read = [&] {
            QVariantMap m = values(f, {QStringLiteral("granted_date"), QStringLiteral("until_date")}, {},
                                   {QStringLiteral("kind"), QStringLiteral("provider"), QStringLiteral("note")});
            m.insert(QStringLiteral("amount_fen"), f.amount(QStringLiteral("amount")).value_or(0));
            return m;
        };
    } else if (entity == QLatin1String("rp_move")) {
        move(f, record);
        read = [&] {
            return values(f, {QStringLiteral("move_date")}, {},
                          {QStringLiteral("kind"), QStringLiteral("destination"), QStringLiteral("other_office"),
                           QStringLiteral("note")});
        };
    } else {
        return false;
    }
    f.setAction([&]() -> Status {
        if (entity == QLatin1String("rp_assistance") && !f.amount(QStringLiteral("amount")))
            return Status::failure(ErrorCode::InvalidInput, tr("Type the amount in yuan, e.g. 500 or 1200.50."),
                                   QStringLiteral("amount"));
        QVariantMap m = read();
        if (adding)
            m.insert(QStringLiteral("subject_uuid"), file.uuid());
        return PlacementService::saveRecord(db, session, entity, record.uuid, m).status();
    });
    return f.exec() == QDialog::Accepted;
}

} // namespace ui
} // namespace sifa
