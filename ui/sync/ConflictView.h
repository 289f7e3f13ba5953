#pragma once

#include "sync/Conflicts.h"

#include <QWidget>

class QLabel;
class QTableWidget;

namespace sifa {
namespace ui {

// One conflict's competing values side by side, a column each: the value, who set it, in
// which office and role, when; the provisional winner marked. The value the record holds now
// and, once resolved, who decided, when and why.
class ConflictView : public QWidget {
    Q_OBJECT
public:
    enum Row { Value, Who, Role, Office, When, RowCount };
    explicit ConflictView(QWidget *parent = nullptr);
    void setConflict(const ConflictItem *conflict);
    QTableWidget *table() const { return m_table; }
    QLabel *heading() const { return m_heading; }
    QLabel *resolution() const { return m_resolution; }
    int winnerColumn() const;

private:
    QLabel *m_heading;
    QTableWidget *m_table;
    QLabel *m_resolution;
};

} // namespace ui
} // namespace sifa
