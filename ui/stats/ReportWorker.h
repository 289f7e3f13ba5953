#pragma once

#include "security/Session.h"
#include "stats/StatReport.h"

#include <QMetaType>
#include <QObject>

#include <atomic>
#include <memory>

namespace sifa {
class Database;
}

namespace sifa {
namespace ui {

// Computes reports on a thread of its own, over its own read-only connection, so that a
// county's year of records never holds up the window. A request older than the latest one
// asked for is skipped.
class ReportWorker : public QObject {
    Q_OBJECT
public:
    using Generation = std::shared_ptr<std::atomic<quint64>>;
    ReportWorker(QString databasePath, Session session, Generation latest);
    ~ReportWorker() override;

public Q_SLOTS:
    void run(quint64 generation, const QString &reportId, const sifa::StatPeriod &period, const QString &office);

Q_SIGNALS:
    void ready(quint64 generation, const sifa::StatReportData &report, qint64 elapsedMs);
    void failed(quint64 generation, const QString &message);

private:
    Database *connection();

    QString m_path;
    Session m_session;
    std::unique_ptr<Database> m_db;
    QString m_openError;
    Generation m_latest;
};

}  // namespace ui
}  // namespace sifa

Q_DECLARE_METATYPE(sifa::StatPeriod)
Q_DECLARE_METATYPE(sifa::StatReportData)
