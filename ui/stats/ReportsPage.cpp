#include "stats/ReportsPage.h"

#include "domain/Office.h"
#include "security/Users.h"
#include "stats/ChecksView.h"
#include "stats/DrillDialog.h"
#include "stats/FigureTable.h"
#include "stats/PeriodPicker.h"
#include "stats/ReportActions.h"
#include "stats/StatOffices.h"
#include "stats/StatSubmissions.h"
#include "stats/Statistics.h"
#include "stats/SubmissionPanel.h"
#include "storage/Database.h"
#include "widgets/MessageBox.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QVBoxLayout>

#include <algorithm>

namespace sifa {
namespace ui {

ReportsPage::ReportsPage(Database &db, const Session &session, QWidget *parent)
    : QWidget(parent), m_db(db), m_session(session), m_county(Office::info(db).isCounty()),
      m_generation(std::make_shared<std::atomic<quint64>>(0))
{
    qRegisterMetaType<StatPeriod>();
    qRegisterMetaType<StatReportData>();
    buildUi();
}

ReportsPage::~ReportsPage()
{
    m_thread.quit();
    m_thread.wait();
}

void ReportsPage::buildUi()
{
    auto *v = new QVBoxLayout(this);
    auto *controls = new QHBoxLayout;
    m_reportBox = new QComboBox(this);
    m_reportBox->setObjectName(QStringLiteral("report"));
    for (const QString &id : Statistics::reportIds()) {
        if (m_session.can(Statistics::permission(id)))
            m_reportBox->addItem(Statistics::title(id), id);
    }
    m_period = new PeriodPicker(this);
    m_officeLabel = new QLabel(tr("Office"), this);
    m_officeBox = new QComboBox(this);
    m_officeBox->setObjectName(QStringLiteral("office"));
    m_officeBox->setMinimumContentsLength(12);
    auto *refresh = new QPushButton(tr("&Compute again"), this);
    refresh->setObjectName(QStringLiteral("recompute"));
    refresh->setToolTip(tr("Counts the figures again from the records (after changes in another window)."));
    controls->addWidget(new QLabel(tr("Report"), this));
    controls->addWidget(m_reportBox);
    controls->addSpacing(12);
    controls->addWidget(new QLabel(tr("Period"), this));
    controls->addWidget(m_period);
    controls->addSpacing(12);
    controls->addWidget(m_officeLabel);
    controls->addWidget(m_officeBox);
    controls->addStretch(1);
    controls->addWidget(refresh);
    v->addLayout(controls);
    m_officeLabel->setVisible(m_county);
    m_officeBox->setVisible(m_county);

    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("reportTitle"));
    m_title->setTextFormat(Qt::RichText);
    v->addWidget(m_title);

    auto *split = new QSplitter(Qt::Horizontal, this);
    auto *left = new QWidget(split);
    auto *lv = new QVBoxLayout(left);
    lv->setContentsMargins(0, 0, 0, 0);
    m_figures = new FigureTable(left);
    lv->addWidget(m_figures, 1);
    m_definition = new QLabel(left);
    m_definition->setObjectName(QStringLiteral("definition"));
    m_definition->setWordWrap(true);
    m_definition->setTextFormat(Qt::RichText);
    m_definition->setMinimumHeight(m_definition->fontMetrics().lineSpacing() * 3);
    m_definition->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_definition->setStyleSheet(QStringLiteral("background: #f6f8fb; border: 1px solid #d5dde8; padding: 6px;"));
    lv->addWidget(m_definition);
    auto *right = new QWidget(split);
    auto *rv = new QVBoxLayout(right);
    rv->setContentsMargins(0, 0, 0, 0);
    rv->addWidget(new QLabel(QStringLiteral("<b>%1</b>").arg(tr("Checks before submitting").toHtmlEscaped()), right));
    m_checks = new ChecksView(right);
    rv->addWidget(m_checks, 1);
    m_submission = new SubmissionPanel(right);
    rv->addWidget(m_submission);
    split->addWidget(left);
    split->addWidget(right);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    v->addWidget(split, 1);

    auto *buttons = new QHBoxLayout;
    const auto action = [this, buttons](const QString &id, const QString &text, auto slot) {
        auto *b = new QPushButton(text, this);
        b->setObjectName(id);
        buttons->addWidget(b);
        connect(b, &QPushButton::clicked, this, slot);
        m_actions << b;
        return b;
    };
    action(QStringLiteral("print"), tr("&Print preview…"), [this] { printPreview(); });
    action(QStringLiteral("exportPdf"), tr("Save as P&DF…"), [this] { exportAs(QStringLiteral("pdf")); });
    action(QStringLiteral("exportXlsx"), tr("Save as &XLSX…"), [this] { exportAs(QStringLiteral("xlsx")); });
    action(QStringLiteral("exportCsv"), tr("Save as CS&V…"), [this] { exportAs(QStringLiteral("csv")); });
    action(QStringLiteral("rules"), tr("Counting rules…"), [this] {
        if (m_report)
            ReportActions::showCountingRules(this, *m_report);
    });
    buttons->addStretch(1);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("reportStatus"));
    buttons->addWidget(m_status);
    v->addLayout(buttons);
    setActionsEnabled(false);

    fillOffices();
    connect(m_reportBox, &QComboBox::currentIndexChanged, this, [this] {
        fillOffices();
        recompute();
    });
    connect(m_period, &PeriodPicker::periodChanged, this, &ReportsPage::recompute);
    connect(m_officeBox, &QComboBox::currentIndexChanged, this, &ReportsPage::recompute);
    connect(refresh, &QPushButton::clicked, this, &ReportsPage::recompute);
    connect(m_figures, &FigureTable::figureSelected, this, &ReportsPage::showDefinition);
    connect(m_figures, &FigureTable::figureActivated, this, &ReportsPage::drillInto);
    connect(m_checks, &ChecksView::figureSelected, m_figures, &FigureTable::selectFigure);
    connect(m_checks, &ChecksView::figureActivated, this, &ReportsPage::drillInto);
    connect(m_submission, &SubmissionPanel::figureSelected, m_figures, &FigureTable::selectFigure);
    connect(m_submission, &SubmissionPanel::submitRequested, this, &ReportsPage::submit);
}

QStringList ReportsPage::reportIds() const
{
    QStringList out;
    for (int i = 0; i < m_reportBox->count(); ++i)
        out << m_reportBox->itemData(i).toString();
    return out;
}

QString ReportsPage::currentReportId() const
{
    return m_reportBox->currentData().toString();
}

QString ReportsPage::currentOffice() const
{
    return m_county ? m_officeBox->currentData().toString() : QString();
}

void ReportsPage::setReport(const QString &reportId)
{
    const int i = m_reportBox->findData(reportId);
    if (i >= 0)
        m_reportBox->setCurrentIndex(i);
}

void ReportsPage::setPeriod(const StatPeriod &period)
{
    m_period->setPeriod(period);
}

void ReportsPage::setOffice(const QString &office)
{
    const int i = m_officeBox->findData(office);
    if (i >= 0)
        m_officeBox->setCurrentIndex(i);
}

void ReportsPage::fillOffices()
{
    if (!m_county)
        return;
    const QString keep = m_officeBox->currentData().toString();
    const QSignalBlocker block(m_officeBox);
    m_officeBox->clear();
    m_officeBox->addItem(tr("Whole county"), QString());
    const Result<QStringList> codes = StatOffices::inData(m_db, currentReportId());
    for (const QString &code : codes ? *codes : QStringList())
        m_officeBox->addItem(code, code);
    m_officeBox->setCurrentIndex(std::max(0, m_officeBox->findData(keep)));
}

void ReportsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_shownOnce) {
        m_shownOnce = true;
        recompute();
    }
}

void ReportsPage::recompute()
{
    const QString reportId = currentReportId();
    const StatPeriod period = m_period->period();
    if (reportId.isEmpty())
        return;
    if (!period.isValid()) {
        m_status->setText(tr("The period ends before it begins."));
        return;
    }
    if (!m_worker) {
        m_worker = new ReportWorker(m_db.path(), m_session, m_generation);
        m_worker->moveToThread(&m_thread);
        connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
        connect(this, &ReportsPage::requestReport, m_worker, &ReportWorker::run, Qt::QueuedConnection);
        connect(m_worker, &ReportWorker::ready, this, &ReportsPage::received, Qt::QueuedConnection);
        connect(m_worker, &ReportWorker::failed, this, &ReportsPage::failed, Qt::QueuedConnection);
        m_thread.start();
    }
    m_shownOnce = true;
    m_computing = true;
    m_figures->setEnabled(false);
    setActionsEnabled(false);
    m_status->setText(tr("Counting…"));
    Q_EMIT requestReport(++*m_generation, reportId, period, currentOffice());
}

void ReportsPage::received(quint64 generation, const StatReportData &report, qint64 elapsedMs)
{
    if (generation != m_generation->load())
        return;
    m_computing = false;
    m_lastMs = elapsedMs;
    m_report = report;
    m_title->setText(QStringLiteral("<h3>%1</h3>%2 · %3 · %4")
                         .arg(report.title.toHtmlEscaped(), report.period.label().toHtmlEscaped(),
                              report.officeName.toHtmlEscaped(),
                              tr("counting rules %1").arg(report.ruleVersion).toHtmlEscaped()));
    m_figures->setEnabled(true);
    m_figures->setReport(report);
    m_checks->setReport(report);
    QHash<QString, bool> checked;
    for (const StatCheck &c : report.checks) {
        for (const QString &key : c.keys)
            checked[key] = checked.value(key) || c.severity == StatCheck::Severity::Error;
    }
    m_figures->markChecked(checked);
    setActionsEnabled(true);
    //: %1 milliseconds
    m_status->setText(tr("Counted from the records in %1 ms.").arg(elapsedMs));
    showSubmission();
    showDefinition(m_figures->currentKey());
    Q_EMIT reportShown();
}

void ReportsPage::failed(quint64 generation, const QString &message)
{
    if (generation != m_generation->load())
        return;
    m_computing = false;
    m_report.reset();
    m_figures->clearFigures();
    m_checks->clearChecks();
    m_title->clear();
    m_definition->clear();
    m_submission->setUnavailable(QString());
    m_status->setText(message);
    Q_EMIT reportShown();
}

void ReportsPage::setActionsEnabled(bool enabled)
{
    for (QPushButton *b : std::as_const(m_actions))
        b->setEnabled(enabled);
    const bool errors = m_report && m_report->hasErrors();
    m_submission->setSubmitEnabled(enabled && !errors,
                                   errors ? tr("A check has found an error: correct the records first.") : QString());
}

void ReportsPage::showSubmission()
{
    if (!m_report)
        return;
    Result<std::optional<StatSubmission>> current =
        StatSubmissions::current(m_db, m_session, m_report->reportId, m_report->period, m_report->office);
    if (!current) {
        m_submission->setUnavailable(current.message());
        m_figures->markChanged({});
        return;
    }
    const QList<StatChange> changes =
        current->has_value() ? StatSubmissions::changes(**current, *m_report) : QList<StatChange>();
    QString submitter;
    if (current->has_value()) {
        const Result<UserInfo> user = Users::find(m_db, (*current)->submittedBy);
        submitter = user && !user->displayName.isEmpty()
                        ? tr("%1 (%2)").arg(user->displayName, (*current)->submittedBy)
                        : (*current)->submittedBy;
    }
    m_submission->setSubmission(*current, changes, submitter);
    QSet<QString> keys;
    for (const StatChange &c : changes)
        keys.insert(c.key);
    m_figures->markChanged(keys);
}

void ReportsPage::showDefinition(const QString &key)
{
    const StatFigure *f = m_report ? m_report->figure(key) : nullptr;
    if (!f) {
        m_definition->setText(tr("Choose a figure to see how it is counted."));
        return;
    }
    m_definition->setText(QStringLiteral("<b>%1</b>: %2 %3<br>%4<br><span style='color:#666'>%5</span>")
                              .arg(f->label.toHtmlEscaped(), f->text(), f->unit.toHtmlEscaped(),
                                   f->definition.toHtmlEscaped(),
                                   f->drillable ? tr("Double-click the figure or press Enter to list its records.")
                                                : QString()));
}

QString ReportsPage::context() const
{
    if (!m_report)
        return QString();
    return QStringLiteral("%1 · %2 · %3").arg(m_report->title, m_report->period.label(), m_report->officeName);
}

std::unique_ptr<DrillDialog> ReportsPage::drillDialog(const QString &key)
{
    if (!m_report)
        return nullptr;
    const StatFigure *f = m_report->figure(key);
    if (f && !f->drillable)
        return nullptr;
    const QString office = m_county ? currentOffice() : QString();
    Result<StatDrill> d = Statistics::drill(m_db, m_session, m_report->reportId, key, m_report->period, office);
    if (!d) {
        MessageBox::warning(this, tr("Records behind a figure"), d.message());
        return nullptr;
    }
    return std::make_unique<DrillDialog>(m_db, m_session, *d, context(), this);
}

void ReportsPage::drillInto(const QString &key)
{
    std::unique_ptr<DrillDialog> dialog = drillDialog(key);
    if (!dialog)
        return;
    dialog->exec();
    if (dialog->changed()) {
        Q_EMIT recordsChanged();
        recompute();
    }
}

void ReportsPage::submit()
{
    if (!m_report)
        return;
    const ReportActions::Submitted s =
        ReportActions::submit(this, m_db, m_session, *m_report, currentOffice(), m_submission->note());
    if (s.now)
        received(m_generation->load(), *s.now, m_lastMs);
    if (s.done) {
        m_submission->clearNote();
        m_status->setText(s.message);
    }
}

void ReportsPage::printPreview()
{
    if (m_report)
        ReportActions::printPreview(this, m_db, m_session, *m_report);
}

void ReportsPage::exportAs(const QString &format)
{
    if (!m_report)
        return;
    const QString done = ReportActions::exportAs(this, m_db, *m_report, format);
    if (!done.isEmpty())
        m_status->setText(done);
}

}  // namespace ui
}  // namespace sifa
