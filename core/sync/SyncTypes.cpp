#include "sync/SyncTypes.h"

namespace sifa {

QJsonObject ImportReport::toJson() const
{
    QJsonObject entities;
    int created = 0, updated = 0, unchanged = 0, conflicts = 0, rejected = 0;
    for (auto it = perEntity.cbegin(); it != perEntity.cend(); ++it) {
        entities.insert(it.key(), QJsonObject{{QStringLiteral("created"), it->created},
                                              {QStringLiteral("updated"), it->updated},
                                              {QStringLiteral("unchanged"), it->unchanged},
                                              {QStringLiteral("conflicts"), it->conflicts},
                                              {QStringLiteral("rejected"), it->rejected}});
        created += it->created;
        updated += it->updated;
        unchanged += it->unchanged;
        conflicts += it->conflicts;
        rejected += it->rejected;
    }
    QJsonArray notesJson;
    for (const QString &n : notes)
        notesJson.append(n);
    return QJsonObject{{QStringLiteral("file"), file},
                       {QStringLiteral("bundle_id"), bundleId},
                       {QStringLiteral("sender_office"), senderOffice},
                       {QStringLiteral("sender_name"), senderName},
                       {QStringLiteral("sender_mode"), senderMode},
                       {QStringLiteral("status"), status},
                       {QStringLiteral("dry_run"), dryRun},
                       {QStringLiteral("ops"), ops},
                       {QStringLiteral("audit_records"), auditRecords},
                       {QStringLiteral("blobs"), blobs},
                       {QStringLiteral("new_conflicts"), newConflicts},
                       {QStringLiteral("totals"), QJsonObject{{QStringLiteral("created"), created},
                                                              {QStringLiteral("updated"), updated},
                                                              {QStringLiteral("unchanged"), unchanged},
                                                              {QStringLiteral("conflicts"), conflicts},
                                                              {QStringLiteral("rejected"), rejected}}},
                       {QStringLiteral("entities"), entities},
                       {QStringLiteral("notes"), notesJson}};
}

QJsonObject ExportReport::toJson() const
{
    return QJsonObject{{QStringLiteral("file"), file},
                       {QStringLiteral("bundle_id"), bundleId},
                       {QStringLiteral("recipient_office"), recipientOffice},
                       {QStringLiteral("recipient_name"), recipientName},
                       {QStringLiteral("incarnation"), incarnation},
                       {QStringLiteral("from"), static_cast<double>(fromOrder)},
                       {QStringLiteral("to"), static_cast<double>(toOrder)},
                       {QStringLiteral("ops"), ops},
                       {QStringLiteral("audit_records"), auditRecords},
                       {QStringLiteral("blobs"), blobs},
                       {QStringLiteral("bytes"), static_cast<double>(bytes)}};
}

}  // namespace sifa
