#pragma once

#include "mediation/LedgerColumns.h"
#include "mediation/LedgerLifecycle.h"
#include "mediation/LedgerSheet.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace sifa {

// One party named in a ledger row.
struct LedgerParty {
    QString role;  // applicant | respondent
    QString name;
    QString idNumber;  // validated and normalised (18 characters, upper-case X); empty when none
    bool organisation = false;  // a company, shop, committee... (only for names without an ID number)
};

// A ledger row read and checked: the case as it will be registered.
struct LedgerRecord {
    QString caseNo;  // as written, trimmed
    LedgerOutcome outcome;
    QDate registered;
    QDate accepted;
    QString source = QStringLiteral("application");
    QString referralKind;
    QString type;
    QList<LedgerParty> parties;
    QString summary;
    int persons = 0;
    qint64 amountFen = 0;
    qint64 agreedFen = 0;
    QString committee;
    QStringList mediators;  // lead, then assisting
};

// Reads one data row of a ledger. Every problem found is a translated sentence in `problems`
// (the row is bad when any is there); the checks that need the database (duplicate case
// numbers, people already in the index) are LedgerImport's.
class LedgerRow {
    Q_DECLARE_TR_FUNCTIONS(LedgerRow)
public:
    static LedgerRecord read(const LedgerSheet &sheet, int row, const LedgerHeader &header, const QDate &today,
                             QStringList *problems);

    // Whether a name without an ID number is an organisation's (公司, 厂, 店, 合作社, 委员会 …).
    static bool looksLikeOrganisation(const QString &name);
};

}  // namespace sifa
