#pragma once

#include "mediation/Dispute.h"
#include "security/Session.h"

#include <QWidget>

class QTableWidget;

namespace sifa {
class Database;
}

namespace sifa {
namespace ui {

// 调委会与调解员: the committees that mediate and their mediators; a mediator can be linked
// to a SifaDesk account so that their cases fill their to-do list.
class CommitteesPage : public QWidget {
    Q_OBJECT
public:
    CommitteesPage(Database &db, const Session &session, QWidget *parent = nullptr);
    QTableWidget *committeesTable() const { return m_committees; }
    QTableWidget *mediatorsTable() const { return m_mediators; }

public Q_SLOTS:
    void refresh();
    bool editCommittee(const Committee &committee);
    bool editMediator(const Mediator &mediator);
    void removeCommittee();

Q_SIGNALS:
    void changed();

private:
    Database &m_db;
    Session m_session;
    QList<Committee> m_committeeRows;
    QList<Mediator> m_mediatorRows;
    QTableWidget *m_committees;
    QTableWidget *m_mediators;
};

}  // namespace ui
}  // namespace sifa
