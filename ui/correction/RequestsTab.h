#pragma once

#include "correction/SubjectTab.h"

class QPushButton;
class QTableWidget;
class QTextBrowser;
class QToolButton;

namespace sifa {
namespace ui {

// 申请审批: the person's requests with their approval chain: the office's review, the decision
// (the office's own within its entrusted limit, otherwise the one that arrived), the return from
// leave, withdrawal.
class RequestsTab : public SubjectTab {
    Q_OBJECT
public:
    RequestsTab(Database &db, const Session &session, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    QPushButton *button(const QString &name) const;

public Q_SLOTS:
    void newRequest(const QString &kind);
    void review();
    void decide();
    void recordReturn();
    void followUp();
    void withdraw();

protected:
    void showFile() override;

private:
    const CcRecord *current() const;
    void updateButtons();

    QTableWidget *m_table;
    QTextBrowser *m_detail;
    QPushButton *m_leave;
    QToolButton *m_other;
    QPushButton *m_review;
    QPushButton *m_decide;
    QPushButton *m_return;
    QPushButton *m_followUp;
    QPushButton *m_withdraw;
};

} // namespace ui
} // namespace sifa
