#include "dashboard/DashboardPage.h"

#include "charts/ChartAdapter.h"
#include "stats/DrillDialog.h"
#include "util/Time.h"
#include "widgets/MessageBox.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileDialog>
#include <QFileInfo>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QSettings>
#include <QVBoxLayout>

namespace sifa {
namespace ui {

namespace {

ChartData chartData(const DashboardChart &chart)
{
    ChartData d;
    switch (chart.kind) {
    case DashboardChart::Kind::Bar: d.kind = ChartData::Kind::Bar; break;
    case DashboardChart::Kind::HorizontalBar: d.kind = ChartData::Kind::HorizontalBar; break;
    case DashboardChart::Kind::Line: d.kind = ChartData::Kind::Line; break;
    case DashboardChart::Kind::Pie: d.kind = ChartData::Kind::Pie; break;
    }
    d.unit = chart.unit;
    d.decimals = chart.unit == QLatin1String("%") ? 1 : 0;
    d.axisTitle = chart.axisTitle;
    d.categories = chart.categories;
    for (const DashboardSeries &s : chart.series) {
        ChartData::Series series;
        series.name = s.name;
        for (const DashboardPoint &p : s.points)
            series.values << p.value;
        d.series << series;
    }
    return d;
}

}  // namespace

DashboardPage::DashboardPage(Database &db, const Session &session, QWidget *parent)
    : QWidget(parent), m_db(db), m_session(session)
{
    auto *v = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(QStringLiteral("<h2>%1</h2>").arg(tr("Overview").toHtmlEscaped()), this));
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("dashboardSummary"));
    m_summary->setStyleSheet(QStringLiteral("color: #555;"));
    top->addWidget(m_summary, 1);
    auto *refreshButton = new QPushButton(tr("&Refresh"), this);
    refreshButton->setObjectName(QStringLiteral("refreshDashboard"));
    top->addWidget(refreshButton);
    v->addLayout(top);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_grid = new QWidget(scroll);
    m_layout = new QGridLayout(m_grid);
    m_layout->setSpacing(12);
    scroll->setWidget(m_grid);
    v->addWidget(scroll, 1);
    connect(refreshButton, &QPushButton::clicked, this, &DashboardPage::refresh);
}

void DashboardPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_built)
        refresh();
}

void DashboardPage::refresh()
{
    m_built = true;
    QElapsedTimer timer;
    timer.start();
    Result<QList<DashboardChart>> charts = Dashboard::build(m_db, m_session, Clock::today());
    const qint64 computed = timer.elapsed();
    while (QLayoutItem *item = m_layout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_adapters.clear();
    m_data.clear();
    if (!charts) {
        m_summary->setText(charts.message());
        return;
    }
    m_data = *charts;
    for (int i = 0; i < m_data.size(); ++i)
        m_layout->addWidget(card(m_data.at(i)), i / 2, i % 2);
    m_layout->setRowStretch(static_cast<int>((m_data.size() + 1) / 2), 1);
    m_lastMs = timer.elapsed();
    //: %1 the date, %2 and %3 milliseconds
    m_summary->setText(tr("As of %1. Click a bar, point or slice to list its records. (Counted in %2 ms, drawn in %3 ms.)")
                           .arg(toStoredDate(Clock::today()))
                           .arg(computed)
                           .arg(m_lastMs - computed));
    if (m_data.isEmpty())
        m_summary->setText(tr("There is nothing your role may see here."));
}

QWidget *DashboardPage::card(const DashboardChart &chart)
{
    auto *frame = new QFrame(m_grid);
    QString name = QStringLiteral("card_") + chart.id;
    name.replace(QLatin1Char('.'), QLatin1Char('_'));
    frame->setObjectName(name);
    frame->setFrameShape(QFrame::StyledPanel);
    frame->setStyleSheet(QStringLiteral("QFrame#%1 { background: white; border: 1px solid #d5dde8; }").arg(name));
    auto *v = new QVBoxLayout(frame);
    auto *head = new QHBoxLayout;
    auto *title = new QLabel(QStringLiteral("<b>%1</b>").arg(chart.title.toHtmlEscaped()), frame);
    title->setWordWrap(true);
    head->addWidget(title, 1);
    auto *save = new QPushButton(tr("Save as PNG…"), frame);
    save->setObjectName(QStringLiteral("savePng"));
    save->setToolTip(tr("Saves this chart as a picture."));
    head->addWidget(save);
    v->addLayout(head);
    if (!chart.note.isEmpty()) {
        auto *note = new QLabel(chart.note, frame);
        note->setWordWrap(true);
        note->setStyleSheet(QStringLiteral("color: #666;"));
        v->addWidget(note);
    }
    auto *adapter = new ChartAdapter(frame);
    adapter->setObjectName(chart.id);
    adapter->setMinimumHeight(280);
    adapter->setData(chartData(chart));
    m_adapters.insert(chart.id, adapter);
    v->addWidget(adapter, 1);
    if (chart.total() == 0) {
        // An empty chart says so instead of showing bare axes.
        adapter->hide();
        auto *empty = new QLabel(tr("Nothing to count yet."), frame);
        empty->setObjectName(QStringLiteral("emptyChart"));
        empty->setAlignment(Qt::AlignCenter);
        empty->setMinimumHeight(280);
        empty->setStyleSheet(QStringLiteral("color: #888; font-size: 15px;"));
        v->addWidget(empty, 1);
        save->setEnabled(false);
    }
    const QString id = chart.id;
    connect(save, &QPushButton::clicked, this, [this, id] { saveChart(id); });
    connect(adapter, &ChartAdapter::valueClicked, this,
            [this, id](int series, int category) { openDrill(id, series, category); });
    return frame;
}

std::unique_ptr<DrillDialog> DashboardPage::drillDialog(const QString &chartId, int series, int category)
{
    for (const DashboardChart &c : std::as_const(m_data)) {
        if (c.id != chartId)
            continue;
        const DashboardSeries s = c.series.value(series);
        if (category < 0 || category >= s.points.size() || s.points.at(category).target.source.isEmpty())
            return nullptr;
        const DashboardPoint &p = s.points.at(category);
        Result<StatDrill> d = Dashboard::drill(m_db, m_session, p.target, Clock::today());
        if (!d) {
            MessageBox::warning(this, tr("Records behind a value"), d.message());
            return nullptr;
        }
        StatDrill drill = *d;
        if (drill.label.isEmpty())
            drill.label = p.category;
        // What the value is of: the chart and its period (a day: "as of").
        const StatPeriod &period = p.target.period;
        const QString when = period.kind == StatPeriod::Kind::Range && period.from == period.to
                                 ? tr("as of %1").arg(toStoredDate(period.from))
                                 : period.label();
        const QString context = tr("%1 · %2").arg(c.title, when);
        return std::make_unique<DrillDialog>(m_db, m_session, drill, context, this);
    }
    return nullptr;
}

void DashboardPage::openDrill(const QString &chartId, int series, int category)
{
    std::unique_ptr<DrillDialog> dialog = drillDialog(chartId, series, category);
    if (!dialog)
        return;
    Q_EMIT drillOpened(dialog.get());
    dialog->exec();
    if (dialog->changed()) {
        Q_EMIT recordsChanged();
        refresh();
    }
}

void DashboardPage::saveChart(const QString &chartId)
{
    ChartAdapter *adapter = m_adapters.value(chartId);
    if (!adapter)
        return;
    QString title = chartId;
    for (const DashboardChart &c : std::as_const(m_data)) {
        if (c.id == chartId)
            title = c.title;
    }
    title.replace(QRegularExpression(QStringLiteral("[\\\\/:*?\"<>|]+")), QStringLiteral("_"));
    QSettings settings;
    const QString folder = settings.value(QStringLiteral("export/folder"), QDir::homePath()).toString();
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the chart"),
                                                      QDir(folder).filePath(title + QStringLiteral(".png")),
                                                      tr("PNG pictures (*.png)"));
    if (path.isEmpty())
        return;
    settings.setValue(QStringLiteral("export/folder"), QFileInfo(path).absolutePath());
    if (!adapter->savePng(path))
        MessageBox::warning(this, tr("Save the chart"), tr("Cannot write %1.").arg(QDir::toNativeSeparators(path)));
    else
        m_summary->setText(tr("Saved as %1.").arg(QDir::toNativeSeparators(path)));
}

}  // namespace ui
}  // namespace sifa
