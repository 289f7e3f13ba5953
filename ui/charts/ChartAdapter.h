#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QWidget>

class QChart;
class QChartView;

namespace sifa {
namespace ui {

// What a chart shows: categories along the axis (bars, a line) or as slices (a pie), and one
// or more named series of values, one per category.
struct ChartData {
    // HorizontalBar: for long category names; the first category at the top.
    enum class Kind { Bar, HorizontalBar, Line, Pie };
    struct Series {
        QString name;
        QList<double> values;
    };
    Kind kind = Kind::Bar;
    QString unit;  // shown after values in labels and tooltips: 件, %
    int decimals = 0;
    QString axisTitle;  // under the categories, e.g. 月份 when they are month numbers
    QStringList categories;
    QList<Series> series;
};

// The one place that knows Qt Charts: a bar, line or pie chart from ChartData, with a tooltip
// on hover, a click reported as (series, category), and export as PNG. The rest of the UI
// never includes QtCharts.
class ChartAdapter : public QWidget {
    Q_OBJECT
public:
    explicit ChartAdapter(QWidget *parent = nullptr);
    ~ChartAdapter() override;

    void setData(const ChartData &data);
    const ChartData &data() const { return m_data; }
    // The chart as it is drawn now, as a PNG file.
    bool savePng(const QString &path);
    // The tooltip text of a value ("2026 · 3月: 12 件").
    QString describe(int series, int category) const;
    // As if the value had been clicked (for keyboard users' menus and tests).
    void activate(int series, int category);
    // For tests: how many bars, points or slices are drawn, and where a bar's middle or a
    // point is on the widget (bar and line charts).
    int drawnValues() const;
    QPoint valuePosition(int series, int category) const;
    QWidget *viewport() const;

Q_SIGNALS:
    void valueClicked(int series, int category);

private:
    void buildBars();
    void buildLine();
    void buildPie();
    void hover(bool on, int series, int category);

    ChartData m_data;
    QChart *m_chart = nullptr;
    QChartView *m_view;
};

}  // namespace ui
}  // namespace sifa
