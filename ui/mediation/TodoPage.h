#pragma once

#include "security/Session.h"
#include "todo/Todo.h"

#include <QWidget>

class QLabel;
class QTreeWidget;
class QTreeWidgetItem;

namespace sifa {
class Database;
}

namespace sifa {
namespace ui {

// 待办: the signed-in user's deadlines from every module, grouped into overdue, due today,
// due this week and upcoming; a double click opens the case.
class TodoPage : public QWidget {
    Q_OBJECT
public:
    TodoPage(Database &db, const Session &session, QWidget *parent = nullptr);

    QTreeWidget *tree() const { return m_tree; }
    TodoCounts counts() const { return m_counts; }
    const QList<TodoItem> &items() const { return m_items; }
    // The navigation label: 待办 (overdue/today) when something is pressing.
    static QString navigationLabel(const TodoCounts &counts);

public Q_SLOTS:
    void refresh();
    void openItem(int index);

Q_SIGNALS:
    void countsChanged(const sifa::TodoCounts &counts);
    void openCaseRequested(const QString &uuid);
    void openScreeningRequested(const QString &period);
    void openSubjectRequested(const QString &uuid);     // a correction file (cc_subject)
    void openAssessmentRequested(const QString &uuid);  // a pre-sentence assessment (cc_assessment)
    void openPlacementRequested(const QString &uuid);   // a resettlement file (rp_subject)
    void openNoticeRequested(const QString &uuid);      // a prison release notice (rp_notice)
    void openReportRequested(const QString &reportId, const QString &period);  // a report owed (stat_report)

protected:
    void showEvent(QShowEvent *event) override;

private:
    Database &m_db;
    Session m_session;
    QList<TodoItem> m_items;
    TodoCounts m_counts;
    QLabel *m_summary;
    QTreeWidget *m_tree;
};

}  // namespace ui
}  // namespace sifa

Q_DECLARE_METATYPE(sifa::TodoCounts)
