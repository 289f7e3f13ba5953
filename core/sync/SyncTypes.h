#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>

#include <functional>

namespace sifa {

// Progress of a long sync step: (done, total, stage); returning false cancels (nothing is
// written). Called now and then from the thread doing the work.
using SyncProgress = std::function<bool(qint64 done, qint64 total, const QString &stage)>;

// What an import did (or, in a dry run, would do) to the records of one entity.
struct EntityCounts {
    int created = 0;
    int updated = 0;
    int unchanged = 0;  // ops already known, or already the field's last
    int conflicts = 0;  // fields in conflict (provisional winner applied, kept for a person)
    int rejected = 0;   // ops this office may not take (another office's records, unknown entity)
};

struct ImportReport {
    QString file;
    QString bundleId;        // hex
    QString senderOffice;
    QString senderName;
    QString senderMode;
    // applied | dry-run | already-imported | quarantined
    QString status;
    bool dryRun = false;
    int ops = 0;
    int auditRecords = 0;
    int blobs = 0;
    int newConflicts = 0;
    QMap<QString, EntityCounts> perEntity;  // by entity name
    QStringList notes;                      // translated remarks (returned ops, keys learned...)
    QJsonObject toJson() const;
};

struct ExportReport {
    QString file;
    QString bundleId;  // hex
    QString recipientOffice;
    QString recipientName;
    int incarnation = 0;
    qint64 fromOrder = 0;  // the local order range this bundle covers
    qint64 toOrder = 0;
    int ops = 0;
    int auditRecords = 0;
    int blobs = 0;
    qint64 bytes = 0;
    QJsonObject toJson() const;
};

}  // namespace sifa
