#pragma once

#include "correction/SubjectTab.h"

class QLabel;
class QPushButton;
class QTableWidget;

namespace sifa {
namespace ui {

// 电子定位与失联: electronic monitoring (on the approval of the county bureau's head, at most
// three months at a time) and the times contact was lost, with the search.
class MonitoringTab : public SubjectTab {
    Q_OBJECT
public:
    MonitoringTab(Database &db, const Session &session, QWidget *parent = nullptr);

    QTableWidget *monitoring() const { return m_monitoring; }
    QTableWidget *missing() const { return m_missing; }

public Q_SLOTS:
    void addMonitoring();
    void extendMonitoring();
    void endMonitoring();
    void addMissing();
    void editMissing();

protected:
    void showFile() override;

private:
    bool monitoringDialog(const CcRecord &record, const QString &title, const QDate &from);
    bool missingDialog(const CcRecord &record);
    void removeSelected(QTableWidget *table, const QList<CcRecord> &records, const QString &entity);
    void updateButtons();

    QLabel *m_state;
    QTableWidget *m_monitoring;
    QTableWidget *m_missing;
    QPushButton *m_add;
    QPushButton *m_extend;
    QPushButton *m_end;
    QPushButton *m_removeMonitoring;
    QPushButton *m_lost;
    QPushButton *m_found;
    QPushButton *m_removeMissing;
};

} // namespace ui
} // namespace sifa
