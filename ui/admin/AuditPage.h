#pragma once

#include "security/Session.h"

#include <QWidget>

class QDateEdit;
class QLabel;
class QLineEdit;
class QStandardItemModel;
class QTableView;

namespace sifa {
class Database;
}

namespace sifa {
namespace ui {

// The audit trail for the auditor: filter by user, action and dates; verify the hash chain.
class AuditPage : public QWidget {
    Q_OBJECT
public:
    AuditPage(Database &db, const Session &session, QWidget *parent = nullptr);
    QStandardItemModel *model() const { return m_model; }
    QLabel *verification() const { return m_verification; }

public Q_SLOTS:
    void refresh();
    void verify();

private:
    Database &m_db;
    Session m_session;
    QLineEdit *m_actor;
    QLineEdit *m_action;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QStandardItemModel *m_model;
    QTableView *m_table;
    QLabel *m_count;
    QLabel *m_verification;
};

}  // namespace ui
}  // namespace sifa
