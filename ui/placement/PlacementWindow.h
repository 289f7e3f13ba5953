#pragma once

#include "placement/PlacementActions.h"
#include "placement/PlacementFile.h"
#include "placement/PlacementTab.h"
#include "security/Session.h"

#include <QDialog>
#include <QMap>

class QLabel;
class QPushButton;
class QTabWidget;
class QTextBrowser;

namespace sifa {
class Database;
}

namespace sifa {
namespace ui {

// One released person's file (一人一档): where it stands (source, status, category, hand-over,
// release, the period's end), what is due or missing (PlacementService::checks), the steps the
// file allows now as buttons, and tabs with the data and the records. The file is opened once
// (audited) and read again after each change without a new audit entry.
class PlacementWindow : public QDialog {
    Q_OBJECT
public:
    PlacementWindow(Database &db, const Session &session, const QString &uuid, QWidget *parent = nullptr);

    bool loaded() const { return m_loaded; }
    QString loadError() const { return m_loadError; }
    bool changed() const { return m_changed; }
    const PlacementFile &file() const { return m_file; }
    // The button of a step in the window's bar if it is offered now, enabled or not (for tests).
    QPushButton *actionButton(PlacementActions::Action action) const;
    QTabWidget *tabs() const { return m_tabs; }
    template <typename T> T *tab() const
    {
        for (PlacementTab *t : m_fileTabs) {
            if (auto *found = qobject_cast<T *>(t))
                return found;
        }
        return nullptr;
    }

public Q_SLOTS:
    // Reads the file again (not audited) and shows it.
    void reload();
    void run(PlacementActions::Action action);
    void printForms();

private:
    void display(PlacementFile file);
    void showHeader();
    void updateActions();
    void onChanged();

    Database &m_db;
    Session m_session;
    QString m_uuid;
    PlacementFile m_file;
    bool m_loaded = false;
    bool m_changed = false;
    QString m_loadError;

    QLabel *m_title;
    QLabel *m_status;
    QLabel *m_warnings;
    QWidget *m_actionBar;
    QMap<PlacementActions::Action, QPushButton *> m_buttons;
    QTabWidget *m_tabs;
    QList<PlacementTab *> m_fileTabs;
    QTextBrowser *m_history;
};

} // namespace ui
} // namespace sifa
