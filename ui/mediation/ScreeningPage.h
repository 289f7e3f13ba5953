#pragma once

#include "mediation/Dispute.h"
#include "security/Session.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace sifa {
class Database;
}

namespace sifa {
namespace ui {

// 矛盾纠纷排查: the screening log of one month and its report — the month's screenings, or
// the zero report when nothing was found — with the date it is due.
class ScreeningPage : public QWidget {
    Q_OBJECT
public:
    ScreeningPage(Database &db, const Session &session, QWidget *parent = nullptr);
    void showMonth(const QString &period);  // yyyy-MM
    QTableWidget *table() const { return m_table; }
    QLabel *monthSummary() const { return m_summary; }

public Q_SLOTS:
    void refresh();
    void addScreening();
    void editSelected();
    void removeSelected();
    void fileZeroReport();

Q_SIGNALS:
    void changed();

private:
    bool editScreening(Screening s);
    QString period() const;

    Database &m_db;
    Session m_session;
    QComboBox *m_month;
    QLabel *m_summary;
    QTableWidget *m_table;
    QPushButton *m_zero;
    QList<Screening> m_rows;
};

}  // namespace ui
}  // namespace sifa
