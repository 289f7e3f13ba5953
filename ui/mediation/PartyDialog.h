#pragma once

#include "mediation/Dispute.h"
#include "security/Session.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace sifa {
class Database;
}

namespace sifa {
namespace ui {

// Picks a person from the people index (search as you type).
class PersonPicker : public QDialog {
    Q_OBJECT
public:
    PersonPicker(Database &db, const Session &session, QWidget *parent = nullptr);
    QString chosenUuid() const { return m_chosen; }
    QLineEdit *searchBox() const { return m_search; }
    QTableWidget *table() const { return m_table; }

private:
    void search();
    Database &m_db;
    Session m_session;
    QLineEdit *m_search;
    QTableWidget *m_table;
    QString m_chosen;
};

// One party of a dispute: a person (from the people index or typed in) or an organisation.
class PartyDialog : public QDialog {
    Q_OBJECT
public:
    PartyDialog(Database &db, const Session &session, QWidget *parent = nullptr);
    void setParty(const DisputeParty &party);
    DisputeParty party() const;
    // Links the party to a person of the index (fills name, ID number, phone, address).
    void linkPerson(const QString &personUuid);

public Q_SLOTS:
    void pickPerson();
    void submit();

private:
    void updateKind();

    Database &m_db;
    Session m_session;
    DisputeParty m_party;
    QComboBox *m_role;
    QComboBox *m_kind;
    QLineEdit *m_name;
    QLineEdit *m_idNumber;
    QLineEdit *m_phone;
    QLineEdit *m_address;
    QLineEdit *m_legalRep;
    QLabel *m_linked;
    QLabel *m_error;
    QPushButton *m_pick;
    QPushButton *m_unlink;
};

}  // namespace ui
}  // namespace sifa
