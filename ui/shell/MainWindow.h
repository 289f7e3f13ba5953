#pragma once

#include "security/Session.h"

#include <QMainWindow>
#include <QMap>

class QLabel;
class QListWidget;
class QStackedWidget;

namespace sifa {
class Database;
}

namespace sifa {
namespace ui {

class TodoPage;

// The application shell: navigation on the left (only the modules the role may open), the
// page on the right, the office and the signed-in user in the status bar.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    MainWindow(Database &db, const Session &session, QWidget *parent = nullptr);
    ~MainWindow() override;

    QStringList pageIds() const;
    bool showPage(const QString &id);
    QString currentPageId() const;
    QWidget *page(const QString &id) const { return m_pages.value(id); }
    QListWidget *navigation() const { return m_nav; }
    void showStatus(const QString &message);
    // Pages that show what changed elsewhere (e.g. a backup made in the background) read again.
    void refreshOverview();

Q_SIGNALS:
    void signOutRequested();
    void lockRequested();
    void changePasswordRequested();
    void restoreRequested(const QString &backupFile);
    void quitRequested();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void addPage(const QString &id, const QString &title, QWidget *page);
    void buildPages();
    void buildSyncPages(TodoPage *todo);
    void buildMenus();
    void about();

    Database &m_db;
    Session m_session;
    QListWidget *m_nav;
    QStackedWidget *m_stack;
    QMap<QString, QWidget *> m_pages;
    QStringList m_order;
    QLabel *m_officeLabel;
    QLabel *m_userLabel;
};

}  // namespace ui
}  // namespace sifa
