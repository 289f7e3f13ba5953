#pragma once

#include "people/Person.h"
#include "sync/Record.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QVariantMap>

namespace sifa {

// One row of a 社区矫正 table (see sync/Record.h).
using CcRecord = Record;

// A subject's whole file, as opening it shows it.
struct SubjectFile {
    CcRecord subject;
    Person person;
    QList<CcRecord> grades;      // oldest first
    QList<CcRecord> team;        // by seq
    QList<CcRecord> family;
    QList<CcRecord> activities;  // newest first
    QList<CcRecord> requests;    // newest first
    QList<CcRecord> sanctions;   // newest first
    QList<CcRecord> scores;      // newest first
    QList<CcRecord> monitoring;
    QList<CcRecord> missing;
    QList<CcRecord> keyPeriods;  // the key periods the subject belongs to

    QString uuid() const { return subject.uuid; }
    QString status() const { return subject.text(QStringLiteral("status")); }
    QString correctionType() const { return subject.text(QStringLiteral("correction_type")); }
    // The grade in force on `day` by the dated history (the subject's current grade if none).
    QString gradeOn(const QDate &day) const;
};

// One row of the subject list.
struct SubjectListItem {
    QString uuid;
    QString personUuid;
    QString name;
    QString sex;
    QString idNumber;  // masked unless the query revealed it
    QDate birthDate;
    QString correctionType;
    QString status;
    QString grade;
    QString charge;
    QDate periodFrom;
    QDate periodTo;
    QDate effectiveDate;
    QDate reportedDate;
    bool minor = false;
    QString tags;
    QString officer;
};

struct SubjectQuery {
    QString status;  // a correction_status code; "active": awaiting report-in, received or under correction; empty: all
    QString text;    // name, pinyin initials, ID number, phone, charge, subject number
    QString grade;
    QString correctionType;
    bool revealIdNumbers = false;  // audited
};

}  // namespace sifa
