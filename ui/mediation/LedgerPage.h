#pragma once

#include "security/Session.h"

#include <QWidget>

class QComboBox;
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

class DateField;
class LedgerModel;

// 人民调解台账: every dispute, filtered and searched as the clerk types, sorted by any
// dated or coded column, opened with a double click; registration, import and export.
class LedgerPage : public QWidget {
    Q_OBJECT
public:
    LedgerPage(Database &db, const Session &session, QWidget *parent = nullptr);

    LedgerModel *model() const { return m_model; }
    QLineEdit *searchBox() const { return m_search; }
    QTableView *table() const { return m_table; }
    QLabel *countLabel() const { return m_count; }

public Q_SLOTS:
    void refresh();
    void registerDispute();
    void openSelected();
    void openCase(const QString &uuid);
    void importLedger();
    void exportLedger();
    // Exports what the ledger shows to `path` (.xlsx or .csv); what exportLedger does after
    // its file dialog.
    bool exportTo(const QString &path);
    void reloadChoices();  // committees and mediators changed

Q_SIGNALS:
    void casesChanged();

private:
    void applyFilters();
    void updateCount();
    QString selectedUuid() const;

    Database &m_db;
    Session m_session;
    LedgerModel *m_model;
    QTableView *m_table;
    QLineEdit *m_search;
    QComboBox *m_status;
    QComboBox *m_type;
    QComboBox *m_source;
    QComboBox *m_committee;
    QComboBox *m_mediator;
    QComboBox *m_risk;
    DateField *m_from;
    DateField *m_to;
    QLabel *m_count;
    QPushButton *m_open;
    QTimer *m_debounce;
    int m_lastSortColumn = -1;
};

}  // namespace ui
}  // namespace sifa
