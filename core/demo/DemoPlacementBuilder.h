#pragma once

// The steps of the resettlement demo (private to core/demo): DemoPlacement.cpp has the scenarios,
// DemoPlacementSteps.cpp the records of a file.

#include "demo/DemoPlacement.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantMap>

namespace sifa::demo_placement {

QString u(const char *s);
QString iso(const QDate &d);

// A released person to be made and how far the file has come.
struct Spec {
    int releasedAgo = 120;           // days
    QString source = QStringLiteral("prison");
    bool male = true;
    int age = 0;                     // at release; 0: drawn
    int crime = -1;                  // index into the crimes; -1: drawn
    int termMonths = 36;
    bool fromNotice = false;         // opened from the prison's notice (checked, family told)
    QString handover;                // escort, family, self; empty: pending; "unknown": not found
    int handoverAfter = 0;           // days after release
    bool police = true;              // registered with the police
    QString category;                // key, general; empty: not assessed yet
    QStringList factors;             // placement_risk_factor codes for a key person
    int lastReviewAgo = -1;          // days since the latest assessment; -1: by the six-month rhythm
    bool sanwu = false;
    bool assistance = true;          // social assistance for a 三无 person
    QString placement;               // placement_mode code; empty: not placed
    bool records = true;             // group, agreement and visits
    int visitGap = 0;                // days since the last visit (0: by the rhythm, recent)
    QString dualRole;                // hukou, residence: listed in two places
    QString move;                    // placement_move code of a move while assisted
    QString end;                     // expired, reoffended, dead, moved
    int endAgo = 0;                  // days since the end
};

// What a file turned out as.
struct Made {
    QString uuid;
    Person person;
    QString village;     // 东门村
    QString prison;      // the releasing prison
    QDate release;
    QDate handover;      // invalid while pending
    QDate until;         // the last day records go up to (today, or the end)
    bool key = false;
};

class Builder {
public:
    Builder(Database &db, const Session &officer, DemoPeople &people, QRandomGenerator &rng, const QDate &today);

    Status run(int count, DemoPlacementSummary &summary);

private:
    QDate ago(int days) const { return m_today.addDays(-days); }
    int between(int lo, int hi) { return hi <= lo ? lo : lo + static_cast<int>(m_rng.bounded(hi - lo + 1)); }
    bool chance(int percent) { return static_cast<int>(m_rng.bounded(100)) < percent; }
    template <typename T, int N>
    QString pick(T const (&list)[N])
    {
        return u(list[m_rng.bounded(N)]);
    }

    // DemoPlacement.cpp
    Status scenarios(int count, int *made);
    Status notices();
    Spec ordinary();
    Result<Made> file(const Spec &s, const QString &noticeUuid = QString());
    Status fromCorrection();
    Status end(const Made &m, const Spec &s);

    // DemoPlacementSteps.cpp
    Person person(const Spec &s, const QDate &birth);
    Status handOver(Made &m, const Spec &s);
    Status group(const Made &m);
    Status agreement(const Made &m);
    Status reviews(const Made &m, const Spec &s);
    Status visits(const Made &m, const Spec &s);
    Status placement(const Made &m, const QString &mode);
    Status assistance(const Made &m, bool sanwu);
    Status move(const Made &m, const QString &kind, const QDate &day);
    Status assess(const Made &m, const QDate &day, const QString &category, const QStringList &factors,
                  const QString &reason);
    Result<QString> record(const char *entity, const Made &m, QVariantMap fields);

    Database &m_db;
    const Session &m_officer;
    DemoPeople &m_people;
    QRandomGenerator &m_rng;
    QDate m_today;
    QString m_officerName;
    QString m_office;
    int m_serial = 0;
    DemoPlacementSummary *m_summary = nullptr;
};

}  // namespace sifa::demo_placement
