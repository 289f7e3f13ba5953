#pragma once

#include "sync/SyncTypes.h"

#include <QCoreApplication>
#include <QString>

#include <functional>

class QWidget;

namespace sifa {
class Database;
}

namespace sifa {
namespace ui {

// Runs one long sync step (writing or reading bundles) on a worker thread over a connection of
// its own to the same database file, with a progress dialog in the window that stays
// responsive; Cancel asks the step to stop (the core writes nothing then). Returns when the
// step has finished. `work` gets that connection and the progress callback to hand to the core.
class SyncJob {
    Q_DECLARE_TR_FUNCTIONS(SyncJob)
public:
    using Work = std::function<void(Database &db, const SyncProgress &progress)>;
    // false when the worker's connection could not be opened (`*error` says why).
    static bool run(QWidget *parent, const QString &title, const QString &databasePath, const Work &work,
                    QString *error = nullptr);
};

} // namespace ui
} // namespace sifa
