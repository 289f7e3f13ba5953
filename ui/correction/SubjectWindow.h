#pragma once

#include "correction/CcRecord.h"
#include "correction/SubjectActions.h"
#include "correction/SubjectTab.h"
#include "security/Session.h"

#include <QDialog>
#include <QMap>

class QLabel;
class QPushButton;
class QTabWidget;
class QTextBrowser;
class QToolButton;

namespace sifa {
class Database;
}

namespace sifa {
namespace ui {

// One person's correction file (社区矫正档案): where it stands (type, status, grade, period,
// report-in), what the law finds missing and what the rules suggest (the county decides), the
// steps the file allows now as buttons, and tabs with the data and the records.
class SubjectWindow : public QDialog {
    Q_OBJECT
public:
    // `sealApproval`: the approval number that allows opening a sealed file.
    SubjectWindow(Database &db, const Session &session, const QString &uuid, const QString &sealApproval = QString(),
                  QWidget *parent = nullptr);

    bool loaded() const { return m_loaded; }
    QString loadError() const { return m_loadError; }
    bool changed() const { return m_changed; }
    const SubjectFile &file() const { return m_file; }
    // The button of a step if it is offered (shown) now, enabled or not (for tests).
    QPushButton *actionButton(SubjectActions::Action action) const;
    QTabWidget *tabs() const { return m_tabs; }
    template <typename T> T *tab() const
    {
        for (SubjectTab *t : m_subjectTabs) {
            if (auto *found = qobject_cast<T *>(t))
                return found;
        }
        return nullptr;
    }

public Q_SLOTS:
    void reload();
    void run(SubjectActions::Action action);
    // The print dialog with the file's correction forms.
    void printForms();

private:
    QWidget *buildOverviewTab();
    void buildActionBar(QWidget *bar);
    void showHeader();
    void updateActions();
    void onChanged();

    Database &m_db;
    Session m_session;
    QString m_uuid;
    QString m_sealApproval;
    SubjectFile m_file;
    bool m_loaded = false;
    bool m_changed = false;
    QString m_loadError;

    QLabel *m_title;
    QLabel *m_status;
    QLabel *m_warnings;
    QLabel *m_suggestions;
    QWidget *m_actionBar;
    QToolButton *m_more;
    QMap<SubjectActions::Action, QPushButton *> m_buttons;
    QTabWidget *m_tabs;
    QTextBrowser *m_overview;
    QList<QPushButton *> m_overviewButtons;
    QList<SubjectTab *> m_subjectTabs;
    QTextBrowser *m_history;
};

} // namespace ui
} // namespace sifa
