#pragma once

#include "security/Session.h"

#include <QWidget>

class QTabWidget;

namespace sifa {
class Database;
}

namespace sifa {
namespace ui {

class CommitteesPage;
class LedgerPage;
class ScreeningPage;

// 人民调解: the ledger of cases, the screening log and the committees with their mediators.
class MediationPage : public QWidget {
    Q_OBJECT
public:
    MediationPage(Database &db, const Session &session, QWidget *parent = nullptr);

    LedgerPage *ledger() const { return m_ledger; }
    ScreeningPage *screening() const { return m_screening; }
    CommitteesPage *committees() const { return m_committees; }
    QTabWidget *tabs() const { return m_tabs; }
    void showScreening(const QString &period);

Q_SIGNALS:
    void changed();  // cases, screenings or mediators: the to-do list looks again

private:
    QTabWidget *m_tabs;
    LedgerPage *m_ledger;
    ScreeningPage *m_screening;
    CommitteesPage *m_committees;
};

}  // namespace ui
}  // namespace sifa
