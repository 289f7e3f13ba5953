#pragma once

// Offices that exchange bundles for the sync GUI tests: a county bureau and its townships, each
// in its own database with a head, their keys trusted both ways; records written through the
// change log, bundles written and imported through the core.
#include "CatchCompat.h"
#include "TestSupport.h"

#include "sync/SyncTypes.h"

#include <QDate>
#include <QTemporaryDir>

#include <memory>

namespace sifa::test {

struct Desk {
    QTemporaryDir dir;
    QString path;
    QString code;
    QString name;
    std::unique_ptr<Database> db;
    Session admin;
    Session head;

    Desk(const QString &officeCode, const QString &officeName, bool county);
    // This desk trusts `other`'s key (the fingerprint as read over the phone).
    void trust(Desk &other);
    // A person of this office; returns the uuid.
    QString addPerson(const QString &personName);
    // A correction subject (grade and status are county-owned fields).
    QString addSubject(const QString &personUuid, const QString &grade);
    void setField(const QString &entity, const QString &uuid, const QString &field, const QVariant &value);
    void remove(const QString &entity, const QString &uuid);
    // Writes a bundle into `folder` (to the county, or to `toOffice` from a county).
    ExportReport exportTo(const QString &folder, const QString &toOffice = QString());
    ImportReport import(const QString &file);
};

// 象山县司法局 and three townships: 石浦镇 sent a bundle today, 西周镇 ten days ago (late: amber),
// 贤庠镇 is trusted but never sent one (red). 石浦镇 and the county changed the same field of a
// correction subject at once (a field conflict), and the county changed a subject 石浦镇
// deleted (delete against edit).
struct CountyScenario {
    std::unique_ptr<Desk> county;
    std::unique_ptr<Desk> shipu;
    std::unique_ptr<Desk> xizhou;
    std::unique_ptr<Desk> xianxiang;
    QTemporaryDir outbox;
    QString subjectUuid;
    QString deletedSubjectUuid;
    QDate today;

    // `withConflicts`: also the concurrent changes and the bundle that brings them.
    explicit CountyScenario(bool withConflicts = true);
    ~CountyScenario();
};

} // namespace sifa::test
