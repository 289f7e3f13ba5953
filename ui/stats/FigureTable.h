#pragma once

#include "stats/StatReport.h"

#include <QHash>
#include <QSet>
#include <QTreeWidget>

namespace sifa {
namespace ui {

// A report's figures as the table is printed: a heading row per section, the main figures
// under it and their "of which" figures indented under them; value and unit; the definition
// as the tooltip. Enter or a double click asks for the records behind a figure.
class FigureTable : public QTreeWidget {
    Q_OBJECT
public:
    explicit FigureTable(QWidget *parent = nullptr);

    void setReport(const StatReportData &report);
    void clearFigures();
    QString currentKey() const;
    bool selectFigure(const QString &key);
    QTreeWidgetItem *itemFor(const QString &key) const { return m_items.value(key); }
    // Figures that differ from the submitted report (shaded), and those a check names (marked).
    void markChanged(const QSet<QString> &keys);
    void markChecked(const QHash<QString, bool> &keysWithError);
    int figureCount() const { return static_cast<int>(m_items.size()); }

Q_SIGNALS:
    void figureSelected(const QString &key);
    void figureActivated(const QString &key);

private:
    QHash<QString, QTreeWidgetItem *> m_items;
};

}  // namespace ui
}  // namespace sifa
