#pragma once

#include "security/Session.h"
#include "stats/StatReport.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTableWidget;

namespace sifa {
class Database;
}

namespace sifa {
namespace ui {

// The records behind a figure (StatDrill): one row each, as the figure counts them; a double
// click or Enter opens the record's window; the list can be saved as CSV or XLSX.
class DrillDialog : public QDialog {
    Q_OBJECT
public:
    // `context`: what the figure is of, e.g. "People's mediation statistics · 2026-11".
    DrillDialog(Database &db, const Session &session, const StatDrill &drill, const QString &context,
                QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    const StatDrill &drill() const { return m_drill; }
    // The drill row shown at table row `row` (sorting moves rows), or -1.
    int drillRow(int row) const;
    // Whether a record window opened from here changed something (the figures may have moved).
    bool changed() const { return m_changed; }
    // Writes the list as CSV or XLSX by the file's suffix.
    Status exportTo(const QString &path);

public Q_SLOTS:
    void openRow(int row);

private:
    void exportList();

    Database &m_db;
    Session m_session;
    StatDrill m_drill;
    QTableWidget *m_table;
    QLabel *m_summary;
    bool m_changed = false;
};

}  // namespace ui
}  // namespace sifa
