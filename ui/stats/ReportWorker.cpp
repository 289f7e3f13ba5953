#include "stats/ReportWorker.h"

#include "stats/Statistics.h"
#include "storage/Database.h"

#include <QElapsedTimer>

namespace sifa {
namespace ui {

ReportWorker::ReportWorker(QString databasePath, Session session, Generation latest)
    : m_path(std::move(databasePath)), m_session(std::move(session)), m_latest(std::move(latest))
{
}

ReportWorker::~ReportWorker() = default;

Database *ReportWorker::connection()
{
    if (m_db)
        return m_db.get();
    Database::OpenOptions options;
    options.migrate = false;  // the window's own connection migrated it already
    Result<std::unique_ptr<Database>> db = Database::open(m_path, options);
    if (!db) {
        m_openError = db.message();
        return nullptr;
    }
    m_db = std::move(db).value();
    (void)m_db->exec(QStringLiteral("PRAGMA query_only = ON"));
    return m_db.get();
}

void ReportWorker::run(quint64 generation, const QString &reportId, const StatPeriod &period, const QString &office)
{
    if (generation != m_latest->load())
        return;  // the clerk has asked for another report since
    Database *db = connection();
    if (!db) {
        Q_EMIT failed(generation, m_openError);
        return;
    }
    QElapsedTimer timer;
    timer.start();
    Result<StatReportData> report = Statistics::run(*db, m_session, reportId, period, office);
    if (!report) {
        Q_EMIT failed(generation, report.message());
        return;
    }
    Q_EMIT ready(generation, *report, timer.elapsed());
}

}  // namespace ui
}  // namespace sifa
