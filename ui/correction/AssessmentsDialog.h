#pragma once

#include "correction/CcRecord.h"
#include "security/Session.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace sifa {
class Database;
}

namespace sifa {
namespace ui {

// 调查评估: the entrustments received, with their due dates (overdue in red), the opinion given;
// a new entrustment, a correction, the opinion.
class AssessmentsDialog : public QDialog {
    Q_OBJECT
public:
    AssessmentsDialog(Database &db, const Session &session, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    const QList<CcRecord> &assessments() const { return m_all; }
    bool changed() const { return m_changed; }
    void select(const QString &uuid);

public Q_SLOTS:
    void refresh();
    void add();
    void edit();
    void complete();

private:
    void updateButtons();

    Database &m_db;
    Session m_session;
    QList<CcRecord> m_all;
    QList<CcRecord> m_shown;
    bool m_changed = false;
    QCheckBox *m_openOnly;
    QTableWidget *m_table;
    QLabel *m_count;
    QPushButton *m_add;
    QPushButton *m_edit;
    QPushButton *m_complete;
};

} // namespace ui
} // namespace sifa
