#pragma once

#include "security/Session.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace sifa {

class Database;

struct DocType {
    QString id;             // e.g. mediation.case
    QString defaultPattern; // e.g. （{year}）{abbr}人调字第{n}号
};

struct AllocatedNumber {
    int year = 0;
    int sequence = 0;
    QString text;
};

// Human-readable numbers (案号, 协议编号, ...): one sequence per office, document type and
// year, allocated inside the caller's transaction so a rolled-back save does not use a number.
// Patterns are office settings; placeholders: {year}, {n}, {n:4} (zero-padded), {abbr}.
class Numbering {
    Q_DECLARE_TR_FUNCTIONS(Numbering)
public:
    static const QList<DocType> &docTypes();
    static const DocType *docType(const QString &id);
    static QString label(const QString &docTypeId);  // translated

    static QString pattern(const Database &db, const QString &docTypeId);
    static Status setPattern(Database &db, const Session &session, const QString &docTypeId, const QString &pattern);
    static Status validatePattern(const QString &pattern);
    static QString format(const QString &pattern, int year, int n, const QString &abbreviation);

    static Result<AllocatedNumber> allocate(Database &db, const QString &docTypeId, int year);
    // What the next number would be, without allocating it (for previews).
    static Result<AllocatedNumber> peek(const Database &db, const QString &docTypeId, int year);
};

}  // namespace sifa
