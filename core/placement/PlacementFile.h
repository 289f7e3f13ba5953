#pragma once

#include "people/Person.h"
#include "sync/Record.h"

#include <QDate>
#include <QList>
#include <QString>

namespace sifa {

// A released person's whole file (一人一档), as opening it shows it.
struct PlacementFile {
    Record subject;
    Person person;
    QList<Record> members;     // 帮教小组, by seq
    QList<Record> agreements;  // newest first
    QList<Record> visits;      // newest first
    QList<Record> placements;  // newest first
    QList<Record> assistance;  // newest first
    QList<Record> reviews;     // risk assessments, newest first
    QList<Record> moves;       // newest first

    QString uuid() const { return subject.uuid; }
    QString status() const { return subject.text(QStringLiteral("status")); }
    QString source() const { return subject.text(QStringLiteral("source_type")); }
    bool isOpen() const { return status() == QLatin1String("assisting"); }
    // 三无: no home, no job and no family to rely on.
    bool sanwu() const
    {
        return subject.flag(QStringLiteral("no_home")) && subject.flag(QStringLiteral("no_job"))
            && subject.flag(QStringLiteral("no_family"));
    }
    bool keyPerson() const { return subject.text(QStringLiteral("category")) == QLatin1String("key"); }
    QDate lastVisit() const;       // the latest visit, talk or return visit (not a phone call)
    const Record *currentPlacement() const;  // the latest one not ended
};

// One row of the resettlement list.
struct PlacementListItem {
    QString uuid;
    QString personUuid;
    QString name;
    QString sex;
    QString idNumber;  // masked unless the query revealed it
    QDate birthDate;
    QString source;
    QString status;
    QString category;
    QString handoverMode;
    QString handoverStatus;
    QDate releaseDate;
    QDate assistEnd;
    QString charge;
    QString releasingOrg;
    QString placementMode;  // current placement, if any
    QDate lastVisit;
    bool sanwu = false;
    bool dualListed = false;
    bool minor = false;
    QString officer;
};

struct PlacementQuery {
    QString status;          // a placement_status code; empty: all
    QString text;            // name, pinyin initials, ID number, phone, charge, file number, prison
    QString category;        // key / general
    QString handoverStatus;  // done / pending / unknown
    QString source;
    bool revealIdNumbers = false;  // audited
};

// One line of the monthly list of people not handed over (未衔接人员名单): an open file whose
// hand-over is not done, or a prison notice whose person was not located.
struct UnmatchedPerson {
    QString subjectUuid;  // empty for a notice
    QString noticeUuid;   // empty for a file
    QString name;
    QString sex;
    QString idNumber;
    QString prison;
    QString charge;
    QDate releaseDate;
    QString handoverStatus;  // pending / unknown, or the notice's status
    QString measures;        // what the office did: the check note or the whereabouts note
    int daysSinceRelease = 0;
};

}  // namespace sifa
