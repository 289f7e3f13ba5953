#include "sync/SyncLabels.h"

#include <QHash>

namespace sifa {
namespace ui {

QString SyncLabels::entity(const QString &name)
{
    static const QHash<QString, const char *> names{
        {QStringLiteral("person"), QT_TR_NOOP("Person")},
        {QStringLiteral("committee"), QT_TR_NOOP("Mediation committee")},
        {QStringLiteral("mediator"), QT_TR_NOOP("Mediator")},
        {QStringLiteral("screening"), QT_TR_NOOP("Dispute screening")},
        {QStringLiteral("dispute"), QT_TR_NOOP("Dispute")},
        {QStringLiteral("dispute_party"), QT_TR_NOOP("Dispute party")},
        {QStringLiteral("dispute_record"), QT_TR_NOOP("Mediation record")},
        {QStringLiteral("agreement"), QT_TR_NOOP("Mediation agreement")},
        {QStringLiteral("agreement_clause"), QT_TR_NOOP("Agreement clause")},
        {QStringLiteral("return_visit"), QT_TR_NOOP("Return visit")},
        {QStringLiteral("attachment"), QT_TR_NOOP("Attachment")},
        {QStringLiteral("cc_subject"), QT_TR_NOOP("Correction subject")},
        {QStringLiteral("cc_family"), QT_TR_NOOP("Correction: family member")},
        {QStringLiteral("cc_team_member"), QT_TR_NOOP("Correction: team member")},
        {QStringLiteral("cc_activity"), QT_TR_NOOP("Correction: activity")},
        {QStringLiteral("cc_sanction"), QT_TR_NOOP("Correction: reward or sanction")},
        {QStringLiteral("cc_score"), QT_TR_NOOP("Correction: score")},
        {QStringLiteral("cc_monitoring"), QT_TR_NOOP("Correction: electronic monitoring")},
        {QStringLiteral("cc_key_period"), QT_TR_NOOP("Correction: key period")},
        {QStringLiteral("cc_key_member"), QT_TR_NOOP("Correction: key period member")},
        {QStringLiteral("cc_grade_change"), QT_TR_NOOP("Correction: grade change")},
        {QStringLiteral("cc_missing"), QT_TR_NOOP("Correction: loss of contact")},
        {QStringLiteral("cc_request"), QT_TR_NOOP("Correction: request")},
        {QStringLiteral("rp_subject"), QT_TR_NOOP("Resettlement file")},
        {QStringLiteral("rp_agreement"), QT_TR_NOOP("Resettlement: agreement")},
        {QStringLiteral("rp_placement"), QT_TR_NOOP("Resettlement: placement")},
        {QStringLiteral("rp_risk_review"), QT_TR_NOOP("Resettlement: risk review")},
        {QStringLiteral("rp_visit"), QT_TR_NOOP("Resettlement: visit")},
        {QStringLiteral("sync_transfer"), QT_TR_NOOP("Transfer")},
        {QStringLiteral("stat_submission"), QT_TR_NOOP("Report submission")},
    };
    const auto it = names.constFind(name);
    return it == names.cend() ? name : tr(it.value());
}

QString SyncLabels::ledgerStatus(const QString &status)
{
    if (status == QLatin1String("exported"))
        return tr("exported");
    if (status == QLatin1String("applied"))
        return tr("applied");
    if (status == QLatin1String("rejected"))
        return tr("rejected");
    if (status == QLatin1String("quarantined"))
        return tr("quarantined");
    if (status == QLatin1String("retried"))
        return tr("retried");
    return status;
}

QString SyncLabels::importStatus(const QString &status)
{
    if (status == QLatin1String("applied"))
        return tr("imported");
    if (status == QLatin1String("dry-run"))
        return tr("checked, not imported yet");
    if (status == QLatin1String("already-imported"))
        return tr("already imported, nothing changed");
    if (status == QLatin1String("quarantined"))
        return tr("quarantined (needs a newer SifaDesk)");
    if (status == QLatin1String("rejected"))
        return tr("refused");
    return status;
}

QString SyncLabels::direction(const QString &direction)
{
    if (direction == QLatin1String("in"))
        return tr("received");
    if (direction == QLatin1String("out"))
        return tr("sent");
    return direction;
}

QString SyncLabels::mode(const QString &mode)
{
    if (mode == QLatin1String("county"))
        return tr("county bureau");
    if (mode == QLatin1String("township"))
        return tr("township office");
    return mode;
}

QString SyncLabels::transferStatus(const QString &status)
{
    if (status == QLatin1String("requested"))
        return tr("requested");
    if (status == QLatin1String("forwarded"))
        return tr("forwarded by the county");
    if (status == QLatin1String("accepted"))
        return tr("accepted");
    if (status == QLatin1String("rejected"))
        return tr("rejected");
    if (status == QLatin1String("cancelled"))
        return tr("cancelled");
    return status;
}

QString SyncLabels::when(const QString &iso)
{
    if (iso.isEmpty())
        return QString();
    QDateTime t = QDateTime::fromString(iso, Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(iso, Qt::ISODate);
    if (!t.isValid())
        return iso;
    return t.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

QString SyncLabels::daysAgo(int days)
{
    if (days < 0)
        return tr("never");
    if (days == 0)
        return tr("today");
    return tr("%n day(s) ago", nullptr, days);
}

QString SyncLabels::value(const QVariant &v)
{
    if (!v.isValid() || v.isNull() || v.toString().isEmpty())
        return tr("(empty)");
    return v.toString();
}

QString SyncLabels::office(const QString &code, const QString &name)
{
    if (name.isEmpty())
        return code;
    if (code.isEmpty())
        return name;
    return tr("%1 (%2)").arg(name, code);
}

} // namespace ui
} // namespace sifa
