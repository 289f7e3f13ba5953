#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QVariant>

namespace sifa {
namespace ui {

// The words the sync pages show for the core's identifiers: entities, ledger statuses,
// directions, times. Everything translated; an unknown identifier is shown as it is.
class SyncLabels {
    Q_DECLARE_TR_FUNCTIONS(SyncLabels)
public:
    static QString entity(const QString &name);
    static QString ledgerStatus(const QString &status);
    static QString importStatus(const QString &status);
    static QString direction(const QString &direction);
    static QString mode(const QString &mode);
    static QString transferStatus(const QString &status);
    // "2026-03-02 14:05" in local time from an ISO wall time; empty stays empty.
    static QString when(const QString &iso);
    // "3 days ago", "today", "never".
    static QString daysAgo(int days);
    // A conflict's value as a person reads it (empty: "(empty)").
    static QString value(const QVariant &v);
    // The office's name with its code, or the code alone.
    static QString office(const QString &code, const QString &name);
};

} // namespace ui
} // namespace sifa
