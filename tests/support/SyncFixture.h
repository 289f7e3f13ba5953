#pragma once

#include "security/Session.h"
#include "storage/Database.h"
#include "sync/OfficeKeys.h"
#include "sync/SyncTypes.h"

#include <QTemporaryDir>
#include <QVariantMap>

#include <memory>

namespace sifa::test {

// One office of a sync test: its database, its head (who may run every bundle command) and
// the office's keys opened for the head.
struct SyncNode {
    QTemporaryDir dir;
    QString path;
    QString code;
    std::unique_ptr<Database> db;
    Session head;
    std::unique_ptr<UnlockedKeys> keys;

    SyncNode(const QString &officeCode, const QString &name, bool county);
    void unlock();
    void reopen();
    // Trust `other`'s key, as after comparing its fingerprint.
    void trust(const SyncNode &other);
    // A bundle to `to` written into this node's folder; the file's path.
    QString exportTo(const SyncNode &to, ExportReport *report = nullptr);
    Result<ImportReport> import(const QString &file, bool dryRun = false);
    ImportReport importOk(const QString &file);

    // A person of this office written through the change log; its uuid.
    QString addPerson(const QString &name, const QVariantMap &more = {});
    void edit(const QString &uuid, const QVariantMap &values);
    void remove(const QString &uuid);
    QVariantMap person(const QString &uuid) const;  // the visible row, "deleted" included
    // Every synced row of the office `office` (all when empty), for comparing replicas.
    QStringList snapshot(const QString &office = QString()) const;
    void checkSound() const;  // integrity_check and projection = replay(log)
};

// A county and its townships that trust each other.
struct SyncWorld {
    std::unique_ptr<SyncNode> county;
    std::vector<std::unique_ptr<SyncNode>> townships;
    explicit SyncWorld(int townshipCount = 1);
    SyncNode &town(int i = 0) { return *townships.at(static_cast<size_t>(i)); }
};

}  // namespace sifa::test
