#pragma once

#include "correction/SubjectTab.h"

class QGroupBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace sifa {

struct MonthReview;

namespace ui {

// 日常监管: reports, talks, visits, checks, health reports, education and community service,
// and this month's and last month's supervision against the grade's expectations.
class SupervisionTab : public SubjectTab {
    Q_OBJECT
public:
    SupervisionTab(Database &db, const Session &session, QWidget *parent = nullptr);

    QTableWidget *activities() const { return m_activities; }
    QTableWidget *monthTable(int i) const { return m_months[i]; }

public Q_SLOTS:
    void addActivity();
    void editActivity();
    void removeActivity();

protected:
    void showFile() override;

private:
    bool activityDialog(const CcRecord &activity);
    void showMonth(int i, const MonthReview &review, bool current);

    QTableWidget *m_activities;
    QGroupBox *m_monthBoxes[2];
    QTableWidget *m_months[2];
    QLabel *m_monthNotes[2];
    QLabel *m_keyPeriods;
    QList<QPushButton *> m_writeButtons;
};

} // namespace ui
} // namespace sifa
