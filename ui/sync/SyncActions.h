#pragma once

#include "security/Session.h"
#include "sync/SyncTypes.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

class QWidget;

namespace sifa {
class Database;
}

namespace sifa {
namespace ui {

// The exchange page's three sensitive steps, each with the password asked again, the work on a
// worker thread with a progress dialog, and a clear message at the end. The choices (which
// township, which file) are made by the caller.
class SyncActions {
    Q_DECLARE_TR_FUNCTIONS(SyncActions)
public:
    struct Outcome {
        bool ran = false;     // false: cancelled, or the keys were not opened
        bool changed = false; // the database changed (an import applied something)
        QString message;      // what the user was told
    };
    // `toOffice`: empty for a township (its county); the township's code in a county.
    static Outcome exportBundle(QWidget *parent, Database &db, const Session &session, const QString &toOffice,
                                const QString &outPath);
    // A dry run first (ImportPreviewDialog), then the import when confirmed.
    static Outcome importBundles(QWidget *parent, Database &db, const Session &session, const QStringList &paths);
    static Outcome retryQuarantined(QWidget *parent, Database &db, const Session &session);

    // Sentences for the results, one paragraph per bundle.
    static QString exportMessage(const ExportReport &report);
    static QString importMessage(const QList<Result<ImportReport>> &results, bool *anyFailed = nullptr);
};

} // namespace ui
} // namespace sifa
