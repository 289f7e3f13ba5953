#pragma once

#include "mediation/Dispute.h"
#include "mediation/DisputeWorkflow.h"
#include "security/Session.h"

#include <QDialog>
#include <QMap>

class QLabel;
class QPushButton;
class QTabWidget;
class QTableWidget;
class QTextBrowser;
class QToolButton;

namespace sifa {
class Database;
}

namespace sifa {
namespace ui {

class AttachmentsPanel;

// One mediation case: where it stands and what is due, the next steps the lifecycle allows
// as buttons, and tabs with the registration, the records, the agreement, return visits,
// attachments and the history of every change.
class CaseWindow : public QDialog {
    Q_OBJECT
public:
    CaseWindow(Database &db, const Session &session, const QString &uuid, QWidget *parent = nullptr);

    bool loaded() const { return m_loaded; }
    QString loadError() const { return m_loadError; }
    bool changed() const { return m_changed; }
    const DisputeFile &file() const { return m_file; }
    // The button of an action, if the case allows it now (for tests).
    QPushButton *actionButton(DisputeWorkflow::Action action) const;
    QTabWidget *tabs() const { return m_tabs; }

public Q_SLOTS:
    void reload();
    void run(DisputeWorkflow::Action action);

private:
    void buildActions();
    void showRecords();
    void showVisits();

    Database &m_db;
    Session m_session;
    QString m_uuid;
    DisputeFile m_file;
    bool m_loaded = false;
    bool m_changed = false;
    QString m_loadError;

    QLabel *m_title;
    QLabel *m_status;
    QLabel *m_deadlines;
    QWidget *m_actionBar;
    QToolButton *m_more;
    QMap<DisputeWorkflow::Action, QPushButton *> m_buttons;
    QTabWidget *m_tabs;
    QTextBrowser *m_overview;
    QTableWidget *m_records;
    QTextBrowser *m_agreement;
    QTableWidget *m_visits;
    AttachmentsPanel *m_attachments;
    QTextBrowser *m_history;
};

}  // namespace ui
}  // namespace sifa
