#pragma once

#include "security/Session.h"
#include "sync/Record.h"

#include <QDialog>
#include <QMap>

class QCheckBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace sifa {
class Database;
}

namespace sifa {
namespace ui {

// 刑满释放人员通知书: the prisons' release notices, newest release first; adding and correcting
// one, the check on the ground (located, not located, lives elsewhere, with what was done), the
// family told of the release, and opening the file from the notice on release.
class NoticesDialog : public QDialog {
    Q_OBJECT
public:
    NoticesDialog(Database &db, const Session &session, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    QPushButton *button(const QString &name) const { return m_buttons.value(name); }
    bool changed() const { return m_changed; }
    const Record *selected() const;
    void select(const QString &uuid);

public Q_SLOTS:
    void refresh();
    void addNotice();
    void editNotice();
    void checkNotice();
    void familyInformed();
    void openFile();

Q_SIGNALS:
    // The file opened from a notice (or opened before), for the page to show.
    void openFileRequested(const QString &subjectUuid);

private:
    bool noticeForm(const Record &notice);
    void updateButtons();
    void afterStep(const Status &status);

    Database &m_db;
    Session m_session;
    QList<Record> m_notices;
    bool m_changed = false;
    QTableWidget *m_table;
    QCheckBox *m_all;
    QLabel *m_count;
    QMap<QString, QPushButton *> m_buttons;
};

} // namespace ui
} // namespace sifa
