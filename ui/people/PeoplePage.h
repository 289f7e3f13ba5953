#pragma once

#include "security/Session.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTimer;

namespace sifa {
class Database;
}

namespace sifa {
namespace ui {

class PeopleTableModel;

// The people ledger (人员): instant search by name, pinyin initials, ID number or phone;
// new, edit, remove and restore; masked ID numbers; remembered columns.
class PeoplePage : public QWidget {
    Q_OBJECT
public:
    PeoplePage(Database &db, const Session &session, QWidget *parent = nullptr);

    PeopleTableModel *model() const { return m_model; }
    QLineEdit *searchBox() const { return m_search; }
    QTableView *table() const { return m_table; }

public Q_SLOTS:
    void refresh();
    void newPerson();
    void editSelected();
    void openPerson(const QString &uuid);
    void removeSelected();
    void restoreSelected();

private:
    QString selectedUuid() const;
    void selectUuid(const QString &uuid);
    void updateButtons();

    Database &m_db;
    Session m_session;
    PeopleTableModel *m_model;
    QTableView *m_table;
    QLineEdit *m_search;
    QCheckBox *m_showRemoved;
    QLabel *m_count;
    QPushButton *m_new;
    QPushButton *m_edit;
    QPushButton *m_remove;
    QPushButton *m_restore;
    QTimer *m_debounce;
};

}  // namespace ui
}  // namespace sifa
