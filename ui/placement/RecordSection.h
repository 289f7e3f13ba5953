#pragma once

#include "security/Session.h"
#include "sync/Record.h"

#include <QGroupBox>

#include <functional>

class QLabel;
class QPushButton;
class QTableWidget;

namespace sifa {
class Database;
}

namespace sifa {
namespace ui {

// A box with one kind of a file's records (group members, agreements, visits, placements,
// assistance, moves): a table, and Add / Change / Remove for an officer who may write while the
// file is open. `editor` runs the form for a record (an empty one to add) and says whether it
// saved; removing asks for the reason, which the change log keeps.
class RecordSection : public QGroupBox {
    Q_OBJECT
public:
    using Cells = std::function<QStringList(const Record &)>;
    using Editor = std::function<bool(const Record &)>;

    RecordSection(Database &db, const Session &session, const QString &entity, const QString &name,
                  const QString &title, const QStringList &headers, Cells cells, Editor editor,
                  QWidget *parent = nullptr);

    // `writable`: the user may write and the file is open.
    void setRecords(const QList<Record> &records, bool writable);
    // A line under the table (e.g. when the next visit is due); empty hides it.
    void setNote(const QString &note);
    QTableWidget *table() const { return m_table; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *editButton() const { return m_edit; }
    QPushButton *removeButton() const { return m_remove; }

public Q_SLOTS:
    void add();
    void editSelected();
    void removeSelected();

Q_SIGNALS:
    void changed();

private:
    Database &m_db;
    Session m_session;
    QString m_entity;
    Cells m_cells;
    Editor m_editor;
    QList<Record> m_records;
    bool m_writable = false;
    QTableWidget *m_table;
    QLabel *m_note;
    QPushButton *m_add;
    QPushButton *m_edit;
    QPushButton *m_remove;
};

} // namespace ui
} // namespace sifa
