#pragma once

#include "security/Session.h"
#include "stats/Dashboard.h"

#include <QHash>
#include <QWidget>

#include <memory>

class QGridLayout;
class QLabel;

namespace sifa {
class Database;
}

namespace sifa {
namespace ui {

class ChartAdapter;
class DrillDialog;

// 工作概览: the office's work at a glance, in charts (Dashboard): disputes by month this year
// and last, by type and risk, the success rate; the correction and resettlement caseloads; the
// to-do items by when they fall due. Only the charts the role may see. Clicking a bar, point or
// slice lists the records behind it; each chart can be saved as a PNG picture.
class DashboardPage : public QWidget {
    Q_OBJECT
public:
    DashboardPage(Database &db, const Session &session, QWidget *parent = nullptr);

    const QList<DashboardChart> &charts() const { return m_data; }
    ChartAdapter *chart(const QString &id) const { return m_adapters.value(id); }
    qint64 lastBuildMs() const { return m_lastMs; }
    // The records behind a value, in a dialog not shown yet (nullptr with the reason shown).
    std::unique_ptr<DrillDialog> drillDialog(const QString &chartId, int series, int category);

public Q_SLOTS:
    void refresh();
    void saveChart(const QString &chartId);

Q_SIGNALS:
    // A drill-down dialog is about to be shown (modal); tests close it from here.
    void drillOpened(sifa::ui::DrillDialog *dialog);
    void recordsChanged();

protected:
    void showEvent(QShowEvent *event) override;

private:
    QWidget *card(const DashboardChart &chart);
    void openDrill(const QString &chartId, int series, int category);

    Database &m_db;
    Session m_session;
    bool m_built = false;
    qint64 m_lastMs = -1;
    QList<DashboardChart> m_data;
    QHash<QString, ChartAdapter *> m_adapters;
    QLabel *m_summary;
    QWidget *m_grid;
    QGridLayout *m_layout;
};

}  // namespace ui
}  // namespace sifa
