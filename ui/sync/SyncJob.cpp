#include "sync/SyncJob.h"

#include "storage/Database.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QFutureWatcher>
#include <QMutex>
#include <QMutexLocker>
#include <QPointer>
#include <QProgressDialog>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

#include <atomic>
#include <memory>

namespace sifa {
namespace ui {

namespace {

// What the worker reports, read by the window's thread.
struct Shared {
    std::atomic<bool> cancelled{false};
    std::atomic<qint64> done{0};
    std::atomic<qint64> total{0};
    QMutex mutex;
    QString stage;
};

} // namespace

bool SyncJob::run(QWidget *parent, const QString &title, const QString &databasePath, const Work &work, QString *error)
{
    auto shared = std::make_shared<Shared>();
    QProgressDialog progress(title, tr("Cancel"), 0, 0, parent);
    progress.setObjectName(QStringLiteral("syncProgress"));
    progress.setWindowTitle(title);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    progress.setAutoClose(false);
    progress.setAutoReset(false);
    progress.setMinimumWidth(420);
    QObject::connect(&progress, &QProgressDialog::canceled, &progress, [shared] { shared->cancelled = true; });

    QString openError;
    const SyncProgress report = [shared](qint64 done, qint64 total, const QString &stage) {
        shared->done = done;
        shared->total = total;
        {
            QMutexLocker lock(&shared->mutex);
            shared->stage = stage;
        }
        return !shared->cancelled.load();
    };
    QFuture<void> future = QtConcurrent::run([databasePath, work, report, &openError] {
        Database::OpenOptions options;
        options.migrate = false; // the window's own connection migrated it already
        Result<std::unique_ptr<Database>> db = Database::open(databasePath, options);
        if (!db) {
            openError = db.message();
            return;
        }
        work(**db, report);
    });
    QFutureWatcher<void> watcher;
    QEventLoop loop;
    QObject::connect(&watcher, &QFutureWatcher<void>::finished, &loop, &QEventLoop::quit);
    QTimer timer;
    QElapsedTimer elapsed;
    elapsed.start();
    QObject::connect(&timer, &QTimer::timeout, &progress, [&progress, &elapsed, shared] {
        if (!progress.isVisible() && elapsed.elapsed() >= 300)
            progress.show(); // only for a step long enough to be seen
        const qint64 total = shared->total.load();
        const qint64 done = shared->done.load();
        QString stage;
        {
            QMutexLocker lock(&shared->mutex);
            stage = shared->stage;
        }
        if (total > 0) {
            // QProgressDialog counts in int: scale large totals.
            const double scale = total > 1000000 ? 1000000.0 / static_cast<double>(total) : 1.0;
            progress.setMaximum(static_cast<int>(static_cast<double>(total) * scale));
            progress.setValue(static_cast<int>(static_cast<double>(done) * scale));
        }
        if (!stage.isEmpty())
            progress.setLabelText(stage);
    });
    watcher.setFuture(future);
    timer.start(100);
    if (!future.isFinished())
        loop.exec();
    timer.stop();
    progress.reset();
    progress.hide();
    if (!openError.isEmpty()) {
        if (error)
            *error = openError;
        return false;
    }
    return true;
}

} // namespace ui
} // namespace sifa
