#pragma once

#include "stats/StatSpec.h"

#include <QCoreApplication>

namespace sifa {

// The three statutory reports (domain README §2.6, §3.9, §4.7), built in the UI language.
class MediationStats {
    Q_DECLARE_TR_FUNCTIONS(MediationStats)
public:
    static StatSpec spec();
};

class CorrectionStats {
    Q_DECLARE_TR_FUNCTIONS(CorrectionStats)
public:
    static StatSpec spec();
};

class PlacementStats {
    Q_DECLARE_TR_FUNCTIONS(PlacementStats)
public:
    static StatSpec spec();
};

// Small helpers shared by the definitions.
namespace statspec {

StatColumn column(const QString &id, const QString &header, const QString &sql, const QString &codeTable = {});
StatColumn labelled(const QString &id, const QString &header, const QString &sql,
                    std::function<QString(const QString &)> format);
// "a = 'x'" or "a IN ('x','y')".
QString in(const QString &column, const QStringList &values);
// Adds a check that figure `a` <= figure `b`.
void notMore(StatSpec &spec, StatCheck::Severity severity, const QString &id, const QString &a, const QString &b,
             const QString &message);
// Adds a warning or error when hidden figure `key` is not zero.
void noneOf(StatSpec &spec, StatCheck::Severity severity, const QString &id, const QString &key, const QString &message);

}  // namespace statspec
}  // namespace sifa
