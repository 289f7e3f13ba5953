#include "charts/ChartAdapter.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QHorizontalBarSeries>
#include <QChart>
#include <QChartView>
#include <QCursor>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QPieSeries>
#include <QPieSlice>
#include <QPixmap>
#include <QScatterSeries>
#include <QToolTip>
#include <QValueAxis>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace sifa {
namespace ui {

namespace {

// Calm colours that print well in grey too; the first is the shell's blue.
const QList<QColor> &seriesColours()
{
    static const QList<QColor> colours{QColor(0x3d, 0x5a, 0x80), QColor(0xe0, 0x7a, 0x1f), QColor(0x2e, 0x8b, 0x57),
                                       QColor(0x9b, 0x3d, 0x8c), QColor(0xc6, 0x28, 0x28), QColor(0x15, 0x8f, 0xad),
                                       QColor(0x8d, 0x6e, 0x3f), QColor(0x6b, 0x7b, 0x8c), QColor(0xb5, 0xa0, 0x2a),
                                       QColor(0x5c, 0x6b, 0xc0)};
    return colours;
}

QString number(double v, int decimals)
{
    return QLocale().toString(v, 'f', decimals);
}

// A round maximum for the value axis a little above the largest value (room for the labels
// on the bars); whole numbers for counts.
double niceMaximum(double max, bool integer)
{
    if (max <= 0)
        return integer ? 4 : 1;
    const double wanted = max * 1.12;
    const double magnitude = std::pow(10.0, std::floor(std::log10(wanted)));
    for (double step : {1.0, 1.2, 1.5, 2.0, 2.5, 3.0, 4.0, 5.0, 6.0, 8.0, 10.0}) {
        const double candidate = step * magnitude;
        if (integer && std::abs(candidate - std::round(candidate)) > 1e-9)
            continue;
        if (candidate >= wanted)
            return candidate;
    }
    return 10 * magnitude;
}

// The axis from 0 to `top`: ticks on whole numbers for counts.
void shapeAxis(QValueAxis *axis, double top, bool integer)
{
    axis->setRange(0, top);
    axis->setLabelFormat(integer ? QStringLiteral("%d") : QStringLiteral("%.0f"));
    int ticks = 6;
    if (integer && top <= 10) {
        ticks = static_cast<int>(top) + 1;
    } else {
        for (int n : {5, 4, 6, 3, 7}) {
            const double step = top / n;
            if (!integer || std::abs(step - std::round(step)) < 1e-9) {
                ticks = n + 1;
                break;
            }
        }
    }
    axis->setTickCount(ticks);
}

}  // namespace

ChartAdapter::ChartAdapter(QWidget *parent) : QWidget(parent)
{
    auto *v = new QVBoxLayout(this);
    v->setContentsMargins(0, 0, 0, 0);
    m_view = new QChartView(this);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumHeight(260);
    v->addWidget(m_view);
}

ChartAdapter::~ChartAdapter() = default;

void ChartAdapter::setData(const ChartData &data)
{
    m_data = data;
    m_chart = new QChart;
    m_chart->setAnimationOptions(QChart::NoAnimation);
    m_chart->setMargins(QMargins(4, 4, 4, 4));
    m_chart->setBackgroundRoundness(0);
    QFont font = this->font();
    m_chart->legend()->setFont(font);
    switch (data.kind) {
    case ChartData::Kind::Bar:
    case ChartData::Kind::HorizontalBar: buildBars(); break;
    case ChartData::Kind::Line: buildLine(); break;
    case ChartData::Kind::Pie: buildPie(); break;
    }
    QChart *old = m_view->chart();
    m_view->setChart(m_chart);  // the view owns the new chart
    delete old;
}

void ChartAdapter::buildBars()
{
    const bool horizontal = m_data.kind == ChartData::Kind::HorizontalBar;
    const auto n = static_cast<int>(m_data.categories.size());
    // Horizontal bars are drawn from the bottom up: reversed, so the first category is on top.
    const auto at = [horizontal, n](int i) { return horizontal ? n - 1 - i : i; };
    QAbstractBarSeries *bars = horizontal ? static_cast<QAbstractBarSeries *>(new QHorizontalBarSeries(m_chart))
                                          : static_cast<QAbstractBarSeries *>(new QBarSeries(m_chart));
    double max = 0;
    for (int s = 0; s < m_data.series.size(); ++s) {
        const ChartData::Series &series = m_data.series.at(s);
        auto *set = new QBarSet(series.name, bars);
        set->setColor(seriesColours().at(s % seriesColours().size()));
        set->setLabelColor(QColor(0x33, 0x33, 0x33));
        for (int i = 0; i < n; ++i) {
            const double v = series.values.value(at(i));
            set->append(v);
            max = std::max(max, v);
        }
        bars->append(set);
        connect(set, &QBarSet::hovered, this, [this, s, at](bool on, int index) { hover(on, s, at(index)); });
        connect(set, &QBarSet::clicked, this, [this, s, at](int index) { Q_EMIT valueClicked(s, at(index)); });
    }
    if (horizontal) {
        bars->setBarWidth(0.7);
        // Room for every name on the axis: a name squeezed below its line height shows as "…".
        m_view->setMinimumHeight(std::max(260, (fontMetrics().height() + 8) * n + 70));
    }
    // The value on each bar when there are few enough to read.
    const qsizetype count = m_data.categories.size() * m_data.series.size();
    bars->setLabelsVisible(count <= 26);
    bars->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    bars->setLabelsFormat(QStringLiteral("@value"));
    bars->setLabelsPrecision(m_data.decimals + 3);
    m_chart->addSeries(bars);
    auto *categories = new QBarCategoryAxis(m_chart);
    for (int i = 0; i < n; ++i)
        categories->append(m_data.categories.at(at(i)));
    categories->setLabelsFont(font());
    // Whole names beside horizontal bars: the chart makes room rather than writing "…".
    categories->setTruncateLabels(!horizontal);
    if (!m_data.axisTitle.isEmpty()) {
        categories->setTitleText(m_data.axisTitle);
        categories->setTitleFont(font());
    }
    m_chart->addAxis(categories, horizontal ? Qt::AlignLeft : Qt::AlignBottom);
    bars->attachAxis(categories);
    auto *values = new QValueAxis(m_chart);
    const bool integer = m_data.decimals == 0;
    shapeAxis(values, niceMaximum(max, integer), integer);
    m_chart->addAxis(values, horizontal ? Qt::AlignBottom : Qt::AlignLeft);
    bars->attachAxis(values);
    m_chart->legend()->setVisible(m_data.series.size() > 1);
    m_chart->legend()->setAlignment(Qt::AlignTop);
}

void ChartAdapter::buildLine()
{
    double max = 0;
    auto *x = new QBarCategoryAxis(m_chart);
    x->append(m_data.categories);
    x->setLabelsFont(font());
    if (!m_data.axisTitle.isEmpty()) {
        x->setTitleText(m_data.axisTitle);
        x->setTitleFont(font());
    }
    m_chart->addAxis(x, Qt::AlignBottom);
    auto *y = new QValueAxis(m_chart);
    m_chart->addAxis(y, Qt::AlignLeft);
    for (int s = 0; s < m_data.series.size(); ++s) {
        const ChartData::Series &series = m_data.series.at(s);
        auto *line = new QLineSeries(m_chart);
        line->setName(series.name);
        QPen pen(seriesColours().at(s % seriesColours().size()));
        pen.setWidth(3);
        line->setPen(pen);
        // Dots on the points, so that each month can be pointed at and clicked.
        auto *dots = new QScatterSeries(m_chart);
        dots->setName(series.name);
        dots->setColor(pen.color());
        dots->setBorderColor(Qt::white);
        dots->setMarkerSize(11);
        for (int i = 0; i < series.values.size(); ++i) {
            line->append(i, series.values.at(i));
            dots->append(i, series.values.at(i));
            max = std::max(max, series.values.at(i));
        }
        dots->setPointLabelsVisible(series.values.size() <= 13);
        dots->setPointLabelsFormat(QStringLiteral("@yPoint"));
        dots->setPointLabelsClipping(false);
        m_chart->addSeries(line);
        m_chart->addSeries(dots);
        for (QAbstractSeries *a : {static_cast<QAbstractSeries *>(line), static_cast<QAbstractSeries *>(dots)}) {
            a->attachAxis(x);
            a->attachAxis(y);
        }
        const auto indexOf = [](const QPointF &p) { return static_cast<int>(std::lround(p.x())); };
        connect(dots, &QScatterSeries::hovered, this,
                [this, s, indexOf](const QPointF &p, bool on) { hover(on, s, indexOf(p)); });
        connect(dots, &QScatterSeries::clicked, this,
                [this, s, indexOf](const QPointF &p) { Q_EMIT valueClicked(s, indexOf(p)); });
        connect(line, &QLineSeries::clicked, this,
                [this, s, indexOf](const QPointF &p) { Q_EMIT valueClicked(s, indexOf(p)); });
        // One legend entry per series: the dots' marker is left out.
        for (QLegendMarker *marker : m_chart->legend()->markers(dots))
            marker->setVisible(false);
    }
    const bool integer = m_data.decimals == 0;
    // A percentage from 0 to 100, or above when a rate exceeds it (successes of cases accepted
    // in an earlier month).
    const bool percent = m_data.unit == QLatin1String("%");
    shapeAxis(y, percent && max <= 100 ? 100 : niceMaximum(max, integer), integer);
    m_chart->legend()->setVisible(m_data.series.size() > 1);
}

void ChartAdapter::buildPie()
{
    auto *pie = new QPieSeries(m_chart);
    const ChartData::Series series = m_data.series.value(0);
    double total = 0;
    for (double v : series.values)
        total += v;
    for (int i = 0; i < series.values.size() && i < m_data.categories.size(); ++i) {
        const double v = series.values.at(i);
        auto *slice = pie->append(m_data.categories.at(i), v);
        slice->setColor(seriesColours().at(i % seriesColours().size()));
        slice->setBorderColor(Qt::white);
        // The share inside the slice when it is big enough to hold it; the legend names them all
        // with their values.
        slice->setLabel(total > 0 ? QStringLiteral("%1%").arg(number(v * 100 / total, 0)) : QString());
        slice->setLabelVisible(total > 0 && v / total >= 0.08);
        slice->setLabelPosition(QPieSlice::LabelInsideHorizontal);
        slice->setLabelColor(Qt::white);
        connect(slice, &QPieSlice::hovered, this, [this, slice, i](bool on) {
            slice->setExploded(on);
            hover(on, 0, i);
        });
        connect(slice, &QPieSlice::clicked, this, [this, i] { Q_EMIT valueClicked(0, i); });
    }
    pie->setPieSize(0.75);  // of the room left of the legend, centred in it
    m_chart->addSeries(pie);
    const QList<QLegendMarker *> markers = m_chart->legend()->markers(pie);
    for (int i = 0; i < markers.size() && i < m_data.categories.size(); ++i)
        markers.at(i)->setLabel(QStringLiteral("%1  %2").arg(m_data.categories.at(i),
                                                              number(series.values.value(i), m_data.decimals)));
    m_chart->legend()->setAlignment(Qt::AlignRight);
    m_chart->legend()->setVisible(true);
}

QString ChartAdapter::describe(int series, int category) const
{
    const ChartData::Series s = m_data.series.value(series);
    const QString value = number(s.values.value(category), m_data.decimals);
    const QString what = m_data.categories.value(category);
    const QString unit = m_data.unit == QLatin1String("%") ? m_data.unit : QStringLiteral(" ") + m_data.unit;
    //: A chart's tooltip: %1 the series (a year) and the category (a month), %2 the value, %3 its unit
    return s.name.isEmpty() ? tr("%1: %2%3").arg(what, value, unit)
                            : tr("%1: %2%3").arg(tr("%1 · %2").arg(s.name, what), value, unit);
}

void ChartAdapter::hover(bool on, int series, int category)
{
    if (!on) {
        QToolTip::hideText();
        return;
    }
    QToolTip::showText(QCursor::pos(), describe(series, category) + QLatin1Char('\n') + tr("Click to list the records."),
                       this);
}

void ChartAdapter::activate(int series, int category)
{
    if (series >= 0 && series < m_data.series.size() && category >= 0 && category < m_data.categories.size())
        Q_EMIT valueClicked(series, category);
}

int ChartAdapter::drawnValues() const
{
    if (!m_chart)
        return 0;
    int n = 0;
    for (QAbstractSeries *s : m_chart->series()) {
        if (auto *bars = qobject_cast<QAbstractBarSeries *>(s)) {
            for (QBarSet *set : bars->barSets())
                n += static_cast<int>(set->count());
        } else if (auto *dots = qobject_cast<QScatterSeries *>(s)) {
            n += static_cast<int>(dots->count());
        } else if (auto *pie = qobject_cast<QPieSeries *>(s)) {
            n += static_cast<int>(pie->count());
        }
    }
    return n;
}

QPoint ChartAdapter::valuePosition(int series, int category) const
{
    if (!m_chart || m_chart->series().isEmpty() || m_data.kind == ChartData::Kind::Pie)
        return {};
    QAbstractSeries *target = m_chart->series().first();
    const double value = m_data.series.value(series).values.value(category);
    double x = category;
    if (auto *bars = qobject_cast<QAbstractBarSeries *>(target)) {
        // The sets of a category share the bar width side by side.
        const qsizetype sets = std::max<qsizetype>(1, bars->count());
        const double width = bars->barWidth();
        if (m_data.kind == ChartData::Kind::HorizontalBar) {
            const double y = (m_data.categories.size() - 1 - category) - width / 2 +
                             (series + 0.5) * width / static_cast<double>(sets);
            return m_view->mapFromScene(m_chart->mapToScene(m_chart->mapToPosition(QPointF(value / 2, y), target)));
        }
        x = category - width / 2 + (series + 0.5) * width / static_cast<double>(sets);
    } else {
        target = m_chart->series().value(series * 2 + 1, target);  // the series' dots
    }
    const QPointF inChart = m_chart->mapToPosition(QPointF(x, value / (m_data.kind == ChartData::Kind::Bar ? 2 : 1)),
                                                   target);
    return m_view->mapFromScene(m_chart->mapToScene(inChart));
}

QWidget *ChartAdapter::viewport() const
{
    return m_view->viewport();
}

bool ChartAdapter::savePng(const QString &path)
{
    return m_view->grab().save(path, "PNG");
}

}  // namespace ui
}  // namespace sifa
