#include "mediation/Dispute.h"

#include "util/Time.h"

#include <QLocale>
#include <QRegularExpression>

namespace sifa {

QVariantMap DisputeParty::fields() const
{
    return {{QStringLiteral("dispute_uuid"), disputeUuid}, {QStringLiteral("seq"), seq},
            {QStringLiteral("role"), role},                {QStringLiteral("kind"), kind},
            {QStringLiteral("person_uuid"), personUuid},   {QStringLiteral("name"), name},
            {QStringLiteral("legal_rep"), legalRep},       {QStringLiteral("address"), address},
            {QStringLiteral("phone"), phone},              {QStringLiteral("id_number"), idNumber}};
}

QVariantMap DisputeRecord::fields() const
{
    return {{QStringLiteral("dispute_uuid"), disputeUuid},
            {QStringLiteral("kind"), kind},
            {QStringLiteral("record_time"), time.isValid() ? time.toString(QStringLiteral("yyyy-MM-ddTHH:mm")) : QString()},
            {QStringLiteral("place"), place},
            {QStringLiteral("staff"), staff},
            {QStringLiteral("subjects"), subjects},
            {QStringLiteral("participants"), participants},
            {QStringLiteral("recorder"), recorder},
            {QStringLiteral("content"), content}};
}

QVariantMap Dispute::registrationFields() const
{
    return {
        {QStringLiteral("title"), title},
        {QStringLiteral("source"), source},
        {QStringLiteral("referral_kind"), referralKind},
        {QStringLiteral("referral_body"), referralBody},
        {QStringLiteral("screening_uuid"), screeningUuid},
        {QStringLiteral("dispute_type"), disputeType},
        {QStringLiteral("summary"), summary},
        {QStringLiteral("claims"), claims},
        {QStringLiteral("persons_involved"), personsInvolved},
        {QStringLiteral("amount_involved"), amountInvolvedFen},
        {QStringLiteral("place"), place},
        {QStringLiteral("committee_uuid"), committeeUuid},
        {QStringLiteral("lead_mediator_uuid"), leadMediatorUuid},
        {QStringLiteral("assist_mediator_uuid"), assistMediatorUuid},
        {QStringLiteral("registered_date"), toStoredDate(registeredDate)},
        {QStringLiteral("risk_level"), riskLevel},
        {QStringLiteral("is_group"), isGroup ? 1 : 0},
        {QStringLiteral("group_headcount"), groupHeadcount},
        {QStringLiteral("is_major"), isMajor ? 1 : 0},
        {QStringLiteral("reported_to_police"), reportedToPolice ? 1 : 0},
        {QStringLiteral("prevent_criminal_cases"), preventCriminalCases},
        {QStringLiteral("prevent_criminal_persons"), preventCriminalPersons},
        {QStringLiteral("prevent_petition_cases"), preventPetitionCases},
        {QStringLiteral("prevent_petition_persons"), preventPetitionPersons},
        {QStringLiteral("prevent_fight_cases"), preventFightCases},
        {QStringLiteral("prevent_fight_persons"), preventFightPersons},
        {QStringLiteral("prevent_suicide_cases"), preventSuicideCases},
        {QStringLiteral("prevent_suicide_persons"), preventSuicidePersons},
        {QStringLiteral("registrar"), registrar},
    };
}

QString Dispute::displayTitle() const
{
    if (!title.trimmed().isEmpty())
        return title;
    QStringList names;
    for (const DisputeParty &p : parties) {
        if (!p.deleted && (p.role == QLatin1String("applicant") || p.role == QLatin1String("respondent")))
            names << p.name;
    }
    return names.join(QStringLiteral("与"));
}

QString formatYuan(qint64 fen)
{
    const QString sign = fen < 0 ? QStringLiteral("-") : QString();
    const qint64 a = fen < 0 ? -fen : fen;
    return QStringLiteral("%1%2.%3").arg(sign).arg(a / 100).arg(a % 100, 2, 10, QLatin1Char('0'));
}

std::optional<qint64> parseYuan(const QString &text)
{
    QString t = text.trimmed();
    t.remove(QLatin1Char(',')).remove(QStringLiteral("，")).remove(QStringLiteral("元")).remove(QLatin1Char(' '));
    if (t.isEmpty())
        return 0;
    qint64 factor = 100;
    if (t.endsWith(QStringLiteral("万"))) {
        t.chop(1);
        factor = 1000000;
    }
    static const QRegularExpression number(QStringLiteral("^-?\\d+(\\.\\d{1,2})?$"));
    if (factor == 100 && !number.match(t).hasMatch())
        return std::nullopt;
    bool ok = false;
    const double v = t.toDouble(&ok);
    if (!ok || v > 1e13 || v < -1e13)
        return std::nullopt;
    return static_cast<qint64>(v * static_cast<double>(factor) + (v < 0 ? -0.5 : 0.5));
}

}  // namespace sifa
