#pragma once

#include "security/Session.h"
#include "sync/Conflicts.h"

#include <QWidget>

#include <memory>

class QCheckBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace sifa {
class Database;
}

namespace sifa {
namespace ui {

class ConflictView;
class ResolveConflictDialog;

// 冲突收件箱: the open conflicts (resolved ones on request), the selected one's competing values
// side by side, and resolving it with a reason.
class ConflictInbox : public QWidget {
    Q_OBJECT
public:
    ConflictInbox(Database &db, const Session &session, QWidget *parent = nullptr);

    void refresh();
    void setShowResolved(bool on);
    bool selectConflict(const QString &id);
    QString selectedId() const;
    std::unique_ptr<ResolveConflictDialog> resolveDialog(const QString &id);
    int openCount() const { return m_openCount; }
    QTableWidget *list() const { return m_list; }
    ConflictView *view() const { return m_view; }
    const QList<ConflictItem> &items() const { return m_items; }

    // "Conflicts (3)" for the navigation.
    static QString navigationLabel(int openCount);

Q_SIGNALS:
    void openCountChanged(int count);
    void recordsChanged();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void showSelected();
    void resolveSelected();

    Database &m_db;
    Session m_session;
    QLabel *m_summary;
    QCheckBox *m_showResolved;
    QTableWidget *m_list;
    ConflictView *m_view;
    QPushButton *m_resolve;
    QList<ConflictItem> m_items;
    int m_openCount = -1;
};

} // namespace ui
} // namespace sifa
