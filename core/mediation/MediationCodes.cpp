#include "mediation/MediationCodes.h"

#include "codes/CodeTables.h"

namespace sifa {

namespace {

QString labelOf(const MediationCodes::Items &items, const QString &id)
{
    for (const auto &[code, label] : items) {
        if (code == id)
            return label;
    }
    return id;
}

}  // namespace

MediationCodes::Items MediationCodes::statuses()
{
    return {{QStringLiteral("registered"), tr("Registered")},
            {QStringLiteral("not_accepted"), tr("Not accepted")},
            {QStringLiteral("accepted"), tr("Accepted")},
            {QStringLiteral("investigating"), tr("Investigating")},
            {QStringLiteral("mediating"), tr("Mediating")},
            {QStringLiteral("agreed"), tr("Agreement reached")},
            {QStringLiteral("terminated"), tr("Mediation terminated")},
            {QStringLiteral("performing"), tr("Being performed")},
            {QStringLiteral("performed"), tr("Performed")},
            {QStringLiteral("not_performed"), tr("Not performed")},
            {QStringLiteral("archived"), tr("Archived")}};
}

MediationCodes::Items MediationCodes::sources()
{
    return {{QStringLiteral("application"), tr("Application by a party")},
            {QStringLiteral("initiative"), tr("Committee's own initiative")},
            {QStringLiteral("referral"), tr("Referred by another body")},
            {QStringLiteral("screening"), tr("Found in screening")}};
}

MediationCodes::Items MediationCodes::partyRoles()
{
    return {{QStringLiteral("applicant"), tr("Applicant")},
            {QStringLiteral("respondent"), tr("Respondent")},
            {QStringLiteral("third"), tr("Third party")},
            {QStringLiteral("agent"), tr("Agent")}};
}

MediationCodes::Items MediationCodes::riskLevels()
{
    return {{QString(), tr("Not assessed")},
            {QStringLiteral("yellow"), tr("Yellow")},
            {QStringLiteral("orange"), tr("Orange")},
            {QStringLiteral("red"), tr("Red")}};
}

MediationCodes::Items MediationCodes::results()
{
    return {{QStringLiteral("written"), tr("Succeeded (written agreement)")},
            {QStringLiteral("oral"), tr("Succeeded (oral agreement)")},
            {QStringLiteral("failed"), tr("Failed")},
            {QStringLiteral("terminated"), tr("Terminated")}};
}

MediationCodes::Items MediationCodes::agreementForms()
{
    return {{QStringLiteral("written"), tr("Written")}, {QStringLiteral("oral"), tr("Oral")}};
}

MediationCodes::Items MediationCodes::performanceStates()
{
    return {{QStringLiteral("pending"), tr("Not yet performed")},
            {QStringLiteral("partial"), tr("Partly performed")},
            {QStringLiteral("done"), tr("Fully performed")},
            {QStringLiteral("failed"), tr("Not performed")}};
}

MediationCodes::Items MediationCodes::courtResults()
{
    return {{QStringLiteral("pending"), tr("Pending at court")},
            {QStringLiteral("confirmed"), tr("Confirmed valid")},
            {QStringLiteral("rejected"), tr("Not confirmed")}};
}

MediationCodes::Items MediationCodes::satisfactions()
{
    return {{QStringLiteral("satisfied"), tr("Satisfied")},
            {QStringLiteral("fair"), tr("Fairly satisfied")},
            {QStringLiteral("dissatisfied"), tr("Dissatisfied")}};
}

QString MediationCodes::statusLabel(const QString &id) { return labelOf(statuses(), id); }
QString MediationCodes::sourceLabel(const QString &id) { return labelOf(sources(), id); }
QString MediationCodes::roleLabel(const QString &id) { return labelOf(partyRoles(), id); }
QString MediationCodes::riskLabel(const QString &id) { return labelOf(riskLevels(), id); }
QString MediationCodes::resultLabel(const QString &id) { return labelOf(results(), id); }
QString MediationCodes::formLabel(const QString &id) { return labelOf(agreementForms(), id); }
QString MediationCodes::performanceLabel(const QString &id) { return labelOf(performanceStates(), id); }
QString MediationCodes::courtResultLabel(const QString &id) { return labelOf(courtResults(), id); }
QString MediationCodes::satisfactionLabel(const QString &id) { return labelOf(satisfactions(), id); }

QString MediationCodes::recordKindLabel(const QString &kind)
{
    return kind == QLatin1String("investigation") ? tr("Investigation record") : tr("Mediation session record");
}

QString MediationCodes::disputeTypeLabel(const QString &code)
{
    const CodeTable *t = CodeTables::instance().table(QStringLiteral("dispute_type"));
    const QString name = t ? t->displayName(code) : QString();
    return name.isEmpty() ? code : name;
}

bool MediationCodes::contains(const Items &items, const QString &id)
{
    for (const auto &item : items) {
        if (item.first == id)
            return true;
    }
    return false;
}

}  // namespace sifa
