#pragma once

#include "placement/PlacementFile.h"
#include "security/Session.h"

#include <QDialog>

class QDateEdit;
class QLabel;
class QPushButton;
class QTableWidget;

namespace sifa {
class Database;
}

namespace sifa {
namespace ui {

// 未衔接人员名单: the office's monthly list of people not handed over (open files not handed over,
// notices whose person was not located), as of the end of the month picked; saved as CSV for the
// county (with the full ID numbers, audited) or printed as the form.
class UnmatchedDialog : public QDialog {
    Q_OBJECT
public:
    UnmatchedDialog(Database &db, const Session &session, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    QDateEdit *monthEdit() const { return m_month; }
    const QList<UnmatchedPerson> &people() const { return m_people; }
    QDate month() const;
    // The rows of the CSV file: a heading row, then one row per person.
    QList<QStringList> csvRows() const;
    Status exportCsv(const QString &path);

public Q_SLOTS:
    void refresh();
    void saveCsv();
    void print();

Q_SIGNALS:
    void openFileRequested(const QString &subjectUuid);
    void openNoticeRequested(const QString &noticeUuid);

private:
    Database &m_db;
    Session m_session;
    QList<UnmatchedPerson> m_people;
    QDateEdit *m_month;
    QTableWidget *m_table;
    QLabel *m_count;
};

} // namespace ui
} // namespace sifa
