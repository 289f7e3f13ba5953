#pragma once

// The builder of the 社区矫正 demo (private to core/demo): DemoCorrection.cpp makes a subject's
// file step by step through CorrectionService; DemoCorrectionScenarios.cpp lists the scenarios.

#include "demo/DemoCorrection.h"
#include "demo/DemoPeople.h"
#include "people/Person.h"
#include "security/Session.h"
#include "util/Result.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QRandomGenerator>
#include <QString>
#include <QVariantMap>

namespace sifa {

class Database;

namespace demo_correction {

inline QString u(const char *s)
{
    return QString::fromUtf8(s);
}

inline QString iso(const QDate &d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

enum ChargeId {
    DrunkDriving,
    Theft,
    Fraud,
    Assault,
    TrafficAccident,
    Gambling,
    CardRenting,
    IllegalFishing,
    Provocation,
    IllegalDeposits
};

// A subject to be made: the judgment, the person and how far the file has come.
struct Spec {
    QString type = QStringLiteral("02");
    QString outside;                  // 暂予监外执行: medical, pregnant, dependent
    bool male = true;
    int age = 35;                     // on the day the judgment took effect
    int charge = Theft;
    int effectiveAgo = 200;           // days
    int prisonMonths = 12;            // the sentence (管制: its term)
    int periodMonths = 24;            // the correction period
    int reportAfter = 3;              // days after the judgment took effect; < 0: not reported yet
    bool announce = true;
    bool womanInTeam = true;          // false: a woman's team still without a woman
    QString court;                    // empty: by the correction type
    int lenientAfter = 0;             // months after reception; 0: stays normal
    bool stayStrict = false;          // strict for the whole period
    bool ableToWork = true;
    QList<int> shortMonths;           // months (0 = the reception month, -1 = this month) that fall short
    int activitiesUntilAgo = 1;       // supervision records up to this many days ago
    QString employment;
    QString employer;
    QString tags;
    struct Grade {
        QDate from;
        QString grade;
        QString reason;
    };
    QList<Grade> grades;              // after the usual ones (严管 at first, 普管 after two months)
};

// What a subject turned out as.
struct Made {
    QString uuid;
    Person person;
    QString village;  // 东门村
    QDate effective;
    QDate received;
    QDate announced;
    QDate periodFrom;
    QDate periodTo;
    QList<Spec::Grade> grades;
};

class Builder {
public:
    Builder(Database &db, const Session &officer, DemoPeople &people, QRandomGenerator &rng, const QDate &today)
        : m_db(db), m_officer(officer), m_people(people), m_rng(rng), m_today(today)
    {
    }

    Status run(int count, DemoCorrectionSummary &summary);

private:
    QDate ago(int days) const { return m_today.addDays(-days); }
    QDate yesterday() const { return m_today.addDays(-1); }
    int between(int lo, int hi) { return hi <= lo ? lo : lo + static_cast<int>(m_rng.bounded(hi - lo + 1)); }
    bool chance(int percent) { return static_cast<int>(m_rng.bounded(100)) < percent; }
    template <typename T, int N>
    QString pick(T const (&list)[N])
    {
        return u(list[m_rng.bounded(N)]);
    }
    Result<Made> subject(const Spec &s);
    Status family(const Made &m, const Spec &s, QList<QVariantMap> *members);
    Status team(const Made &m, const Spec &s, const QList<QVariantMap> &family);
    Status plan(const Made &m, const Spec &s);
    Status supervise(const Made &m, const Spec &s, const QDate &until);
    Status activity(const Made &m, const QString &kind, const QDate &day, int minutes, const QString &place,
                    const QString &content, const QString &result = QString());
    Status score(const Made &m, const QDate &day, int points, const QString &reason, const QString &rule = QString());

    Result<QString> request(const Made &m, const QString &kind, const QDate &applied, const QDate &from,
                            const QDate &to, const QString &reason, const QVariantMap &extra = {});
    Status review(const QString &request, const QDate &day, const QString &opinion);
    Status decide(const QString &request, bool approved, const QDate &day, bool office, const QString &opinion);
    Result<QString> sanction(const Made &m, const QString &kind, const QDate &proposed, const QString &facts,
                             const QString &basis, const QDate &decided, bool adopted = true);
    Status release(const Made &m, bool withSummary);

    Status scenarios(int count, int *made);
    Status ordinary(int index);
    Status assessments(DemoCorrectionSummary &summary);

    Database &m_db;
    const Session &m_officer;
    DemoPeople &m_people;
    QRandomGenerator &m_rng;
    QDate m_today;
    QString m_officerName;
    QString m_headName;
    QString m_countyApprover;
    QString m_county = QStringLiteral("象山县社区矫正管理局");
    QString m_office;
    int m_serial = 0;
    QHash<QString, Made> m_byRole;  // the scenarios by their part, for the key period
    DemoCorrectionSummary *m_summary = nullptr;
};

}  // namespace demo_correction
}  // namespace sifa
