#pragma once

#include "security/Session.h"

#include <QWidget>

class QLabel;

namespace sifa {
class Database;
}

namespace sifa {
namespace ui {

// 工作台: the office, the signed-in user and what the role may do, the people index and the
// state of the backups, all read from the database when shown.
class HomePage : public QWidget {
    Q_OBJECT
public:
    HomePage(Database &db, const Session &session, QWidget *parent = nullptr);

public Q_SLOTS:
    void refresh();

Q_SIGNALS:
    void openPage(const QString &pageId);

protected:
    void showEvent(QShowEvent *event) override;

private:
    Database &m_db;
    Session m_session;
    QLabel *m_office;
    QLabel *m_account;
    QLabel *m_people;
    QLabel *m_backups;
};

}  // namespace ui
}  // namespace sifa
