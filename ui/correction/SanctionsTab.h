#pragma once

#include "correction/SubjectTab.h"

class QLabel;
class QPushButton;
class QTableWidget;

namespace sifa {
namespace ui {

// 考核奖惩: the office's proposals of praise, admonitions, warnings and revocation with the
// county's (or the court's) decisions, and the running score.
class SanctionsTab : public SubjectTab {
    Q_OBJECT
public:
    SanctionsTab(Database &db, const Session &session, QWidget *parent = nullptr);

    QTableWidget *proposals() const { return m_proposals; }
    QTableWidget *scores() const { return m_scores; }

public Q_SLOTS:
    void propose();
    void recordDecision();
    void addScore();
    void editScore();
    void removeScore();
    void revocationRefused();

protected:
    void showFile() override;

private:
    bool scoreDialog(const CcRecord &score);
    void updateButtons();

    QLabel *m_suggestions;
    QLabel *m_pending;
    QTableWidget *m_proposals;
    QTableWidget *m_scores;
    QLabel *m_total;
    QPushButton *m_propose;
    QPushButton *m_decision;
    QPushButton *m_refused;
    QList<QPushButton *> m_scoreButtons;
};

} // namespace ui
} // namespace sifa
